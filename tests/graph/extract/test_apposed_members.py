"""A bloc's members listed in an aside of composition (issue 14): "Mercosur – comprising A, B and C –". Sentences
written for the rule, with other actors than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EAC, made up of Kenya, Uganda and Tanzania, met in Arusha.",
            {
                ("kenya", "memberOf", "east-african-community", False),
                ("uganda", "memberOf", "east-african-community", False),
                ("tanzania", "memberOf", "east-african-community", False),
            },
        ),
        (
            "Officials said ECOWAS – comprising Ghana, Nigeria and Senegal – would meet in Abuja.",
            {
                ("ghana", "memberOf", "ecowas", False),
                ("nigeria", "memberOf", "ecowas", False),
                ("senegal", "memberOf", "ecowas", False),
            },
        ),
        # near cases: an aside that is no composition, and one not closed after the states
        ("NATO, including Finland and Sweden, met.", set()),
        ("ASEAN, comprising Indonesia and Malaysia and talks with China, met.", set()),
    ],
)
def test_members_in_an_aside_of_composition(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
