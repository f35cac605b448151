"""Where a list of actors ends (issue 14): a list closes with "and" before its last name; a comma alone closes an
opening phrase. Sentences written for the rule, with other actors than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of an opening participle is not a second subject
        ("After attacking Syria, Turkey launched attacks on Iraq.", {("turkiye", "attacks", "iraq", False)}),
        (
            "Before condemning Serbia, Croatia had imposed sanctions on Bosnia.",
            {("croatia", "criticises", "serbia", False), ("croatia", "sanctions", "bosnia-and-herzegovina", False)},
        ),
        # near cases: lists closed by "and" (with or without the serial comma) still act together
        (
            "Chile, Peru and Bolivia condemn Argentina.",
            {
                ("chile", "criticises", "argentina", False),
                ("peru", "criticises", "argentina", False),
                ("bolivia", "criticises", "argentina", False),
            },
        ),
        (
            "Kenya, Uganda, and Tanzania support Somalia.",
            {
                ("kenya", "supports", "somalia", False),
                ("uganda", "supports", "somalia", False),
                ("tanzania", "supports", "somalia", False),
            },
        ),
    ],
)
def test_a_comma_alone_closes_no_list(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinated noun phrase with a complement of its own is another thing, not the cue's object
        (
            "Ghana listed the end of the EU arms embargo and the accession into the African Union as its successes.",
            set(),
        ),
        # near case: a coordinated noun whose complement goes on to the object
        (
            "The US imposed sanctions and the freezing of assets on Iran.",
            {("united-states", "sanctions", "iran", False)},
        ),
    ],
)
def test_a_coordinated_noun_phrase_ends_the_object(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
