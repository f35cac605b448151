"""A place named after a preposition is no subject (issue 14), also past a compass word ("in eastern DRC") or as the
bracketed short name of a long name after one ("in the Democratic Republic of Congo (DRC)"). Sentences written for
the rule, with other actors than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway was concerned about the fighting in northern Ethiopia and called on Eritrea to withdraw its troops.",
            {("norway", "demandsOf", "eritrea", False)},
        ),
        (
            "Belgium voiced concern over the situation in the Democratic Republic of Congo (DRC) and called on Uganda "
            "to withdraw its troops.",
            {("belgium", "demandsOf", "uganda", False)},
        ),
        # near cases: the same names as subjects
        (
            "The Democratic Republic of Congo (DRC) called on Uganda to withdraw its troops.",
            {("democratic-republic-of-the-congo", "demandsOf", "uganda", False)},
        ),
        ("Eastern Ukraine was attacked by Russia.", {("russia", "attacks", "ukraine", False)}),
    ],
)
def test_a_place_after_a_preposition_is_no_subject(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
