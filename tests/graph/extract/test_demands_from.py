"""After a demand whose demander is named right before it, "from" names whom it is asked of (issue 14): other actors
and wording than the text that prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister repeated Kenya's demands from Somalia for an inquiry.",
            ("kenya", "demandsOf", "somalia", False),
        ),
        ("Peru demands from Bolivia an apology.", ("peru", "demandsOf", "bolivia", False)),
    ],
)
def test_a_demand_from_an_actor_is_asked_of_it(lexicon: Lexicon, text: str, expected: Fact) -> None:
    found = facts(text, lexicon)
    assert expected in found, found
    assert (expected[2], expected[1], expected[0], False) not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The minister rejected demands from Somalia for an inquiry by Kenya.",  # no demander before: who demands
        "Kenya's support from Somalia was welcomed.",  # not a demand: "from" names the giver
    ],
)
def test_from_after_other_nouns_names_the_source(lexicon: Lexicon, text: str) -> None:
    found = facts(text, lexicon)
    assert ("kenya", "demandsOf", "somalia", False) not in found, found
    assert ("kenya", "supports", "somalia", False) not in found, found
