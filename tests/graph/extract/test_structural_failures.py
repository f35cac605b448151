"""Structural failures that made whole sentences or paragraphs give nothing (issue 14, the fourth blind set's
analysis), each fix with a case it must leave alone. The sentences are written here, with other actors."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon, lexicon_from_store
from tests.support.extraction import Fact, catalogue_store, facts


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return lexicon_from_store(catalogue_store())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun's agent named "by X" after its object: condemning the act condemns X
        (
            "Kenya condemned the attack on Somalia by a terrorist organisation, Eritrea.",
            {("kenya", "criticises", "eritrea", False), ("eritrea", "attacks", "somalia", False)},
        ),
        (
            "Japan criticised the sanctions on Iran by the United States.",
            {("japan", "criticises", "united-states", False), ("united-states", "sanctions", "iran", False)},
        ),
        (
            "France condemns the attack on Ukraine by Russia and Belarus.",
            {
                ("france", "criticises", "russia", False),
                ("france", "criticises", "belarus", False),
                ("russia", "attacks", "ukraine", False),
                ("belarus", "attacks", "ukraine", False),
            },
        ),
        # left alone: "by" after a verb's object, or naming no actor
        (
            "Brazil criticised Argentina by a statement of Chile.",
            {("brazil", "criticises", "argentina", False)},
        ),
        ("Chile condemns the attack on Peru by sea.", set()),
    ],
)
def test_a_nouns_agent_after_its_object(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
