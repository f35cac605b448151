"""A state named again by "the country" as the subject of a reported clause (issue 14): other actors and wording
than the texts that prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        (
            "Chile's Foreign Ministry announced on Monday the country has suspended its membership in the OAS.",
            None,
            ("chile", "suspendedFrom", "oas", False),
        ),
        (
            "Norway will keep its aid, Foreign Minister Espen Barth Eide said on Friday, adding that the kingdom"
            " supports Moldova.",
            None,
            ("norway", "supports", "moldova", False),
        ),
        (
            "The minister said that the ministry condemned Russia's attack on Ukraine.",
            "nigeria",
            ("nigeria", "criticises", "russia", False),
        ),
        (
            "The minister told reporters on Tuesday that the country condemned Russia's attack on Ukraine.",
            "nigeria",
            ("nigeria", "criticises", "russia", False),
        ),
    ],
)
def test_the_country_is_the_state_that_speaks(
    lexicon: Lexicon, text: str, publisher: str | None, expected: Fact
) -> None:
    found = facts(text, lexicon, publisher=publisher)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Kenya condemned Russia's invasion of Ukraine, saying that the country threatens Moldova.",
            ("kenya", "threatens", "moldova", False),
        ),
        (
            "Kenya visited the country and the minister praised the talks in Moldova.",
            ("kenya", "praises", "moldova", False),
        ),
        ("Kenya said the country's troops supported Somalia.", ("kenya", "supports", "somalia", False)),
        (
            "Kenya condemned Russia, saying that the ministry threatens Moldova.",
            ("kenya", "threatens", "moldova", False),
        ),
    ],
)
def test_the_country_elsewhere_names_no_one(lexicon: Lexicon, text: str, wrong: Fact) -> None:
    assert wrong not in facts(text, lexicon)
