"""A membership ended by leaving is no membership (issue 14): other actors and wording than the texts that prompted
the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import facts


@pytest.mark.parametrize(
    ("text", "leavers", "bloc"),
    [
        ("Nicaragua withdrew from the OAS in 2023.", ("nicaragua",), "oas"),
        ("Gambia left the Commonwealth in 2013.", ("gambia",), "commonwealth"),
        (
            "The summit approved the withdrawal of Chad, Sudan and Libya from the African Union.",
            ("chad", "sudan", "libya"),
            "african-union",
        ),
        ("Britain's exit from the European Union took effect.", ("united-kingdom",), "european-union"),
        (
            "Leaders of Chad, Sudan and Libya, which are all members of the African Union, said that their decision to"
            " withdraw from ECOWAS is final.",
            ("chad", "sudan", "libya"),
            "ecowas",
        ),
    ],
)
def test_a_state_that_left_is_no_member(lexicon: Lexicon, text: str, leavers: tuple[str, ...], bloc: str) -> None:
    found = facts(text, lexicon)
    assert {(s, "memberOf", bloc, True) for s in leavers} <= found, found
    assert not {(s, "memberOf", bloc, False) for s in leavers} & found, found


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua threatened to withdraw from the OAS.",  # only threatened
        "Nicaragua did not withdraw from the OAS.",  # denied
        "Russia informed the Secretary General of its intention to leave the OAS.",  # intended
        "Nicaragua left the OAS summit early.",  # a meeting of the bloc
        "Russia withdrew its troops from Ukraine.",  # from a state, no membership
    ],
)
def test_no_withdrawal_or_no_bloc_ends_no_membership(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "memberOf" and f[3]}


def test_withdrawing_from_a_place_of_the_bloc_ends_no_membership(lexicon: Lexicon) -> None:
    found = facts("Israeli troops withdrew from the UN buffer zone.", lexicon)
    assert not {f for f in found if f[1] == "memberOf"}, found


def test_an_officer_leaving_a_city_ends_no_membership(lexicon: Lexicon) -> None:
    found = facts("Foreign Minister Sergey Lavrov left Brussels on Monday.", lexicon)  # Brussels stands for the EU
    assert not {f for f in found if f[1] == "memberOf"}, found
