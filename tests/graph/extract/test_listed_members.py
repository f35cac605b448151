"""Memberships stated by the list of states a new member joins, or by a relative clause on a list (issue 14): other
actors and wording than the texts that prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import facts


@pytest.mark.parametrize(
    ("text", "members", "bloc"),
    [
        (
            "Ethiopia joined Egypt, Iran and the United Arab Emirates as full members of BRICS.",
            ("egypt", "iran", "united-arab-emirates"),
            "brics",
        ),
        (
            "Timor-Leste was welcomed into ASEAN on Sunday. It now joins Indonesia, Malaysia and Thailand in the bloc.",
            ("indonesia", "malaysia", "thailand"),
            "asean",
        ),
        (
            "Sweden formally entered NATO. Sweden joined Norway, Denmark and Finland as a member during the ceremony.",
            ("norway", "denmark", "finland"),
            "nato",
        ),
        (
            "Ministers of Chad, Niger and Cameroon, which are also members of the African Union, met in Abuja.",
            ("chad", "niger", "cameroon"),
            "african-union",
        ),
    ],
)
def test_a_listed_state_is_a_member(lexicon: Lexicon, text: str, members: tuple[str, ...], bloc: str) -> None:
    found = facts(text, lexicon)
    assert {(m, "memberOf", bloc, False) for m in members} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "NATO met in Brussels. Sweden joined Norway, Denmark and Finland in condemning the attack.",  # an act shared
        "NATO met in Brussels. Sweden joined Norway, Denmark and Finland in the talks.",  # no bloc joined
        "NATO met in Brussels. Sweden will join Norway, Denmark and Finland in the alliance.",  # only planned
        "NATO met in Brussels. Sweden could join Norway and Finland as a member.",  # only possible
        "Ministers of Chad, Niger and Cameroon, which are not members of NATO, met in Abuja.",  # denied
    ],
)
def test_other_lists_are_not_members(lexicon: Lexicon, text: str) -> None:
    found = facts(text, lexicon)
    assert not {f for f in found if f[1] == "memberOf" and f[0] in {"norway", "denmark", "chad"} and not f[3]}, found


@pytest.mark.parametrize(
    ("text", "bloc"),
    [
        ("NATO met in Brussels. Sweden joined Norway and Finland in the alliance.", "nato"),  # not the EU's Brussels
        ("Sweden's membership in NATO was approved. It joins Norway and Finland in the alliance.", "nato"),
    ],
)
def test_the_bloc_named_before_is_no_place(lexicon: Lexicon, text: str, bloc: str) -> None:
    found = facts(text, lexicon)
    assert {("norway", "memberOf", bloc, False), ("finland", "memberOf", bloc, False)} <= found, found
    assert not {f for f in found if f[1] == "memberOf" and f[2] != bloc}, found


def test_a_photo_of_the_bloc_is_no_bloc(lexicon: Lexicon) -> None:
    found = facts("NATO met in Brussels. Sweden joined Norway and Finland in the group photo.", lexicon)
    assert not {f for f in found if f[1] == "memberOf"}, found
