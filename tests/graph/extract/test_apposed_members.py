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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition of a bloc's member noun, as a copula would say it
        ("Latvia, an EU member state, protested.", {("latvia", "memberOf", "european-union", False)}),
        ("Canada, a NATO ally, protested.", {("canada", "memberOf", "nato", False)}),
        # near cases: a candidate, and a partner of the members
        ("Serbia, an EU candidate, protested.", set()),
        ("Norway, a partner of the EU member states, protested.", set()),
    ],
)
def test_a_member_noun_in_an_apposition(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
