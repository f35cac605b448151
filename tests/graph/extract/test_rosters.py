"""A bloc's members stated as its roster: by a verb of gathering, "members of X include", an apposition, an
admission (issue 14): other actors and wording than the brief's examples, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import facts


@pytest.mark.parametrize(
    ("text", "members", "bloc"),
    [
        (
            "Mercosur, which brings together Argentina, Brazil and Uruguay, met in Montevideo.",
            ("argentina", "brazil", "uruguay"),
            "mercosur",
        ),
        (
            "NATO met in Vilnius. The alliance brings together Norway, Denmark and Iceland.",
            ("norway", "denmark", "iceland"),
            "nato",
        ),
        ("Members of ASEAN include Vietnam, Laos and Cambodia.", ("vietnam", "laos", "cambodia"), "asean"),
        ("The members of the GCC are Qatar, Oman and Kuwait.", ("qatar", "oman", "kuwait"), "gcc"),
        (
            "Chad, Niger and Mali, members of the African Union, met in Bamako.",
            ("chad", "niger", "mali"),
            "african-union",
        ),
        ("The admission of Timor-Leste into ASEAN was welcomed.", ("timor-leste",), "asean"),
    ],
)
def test_a_roster_names_the_bloc_s_members(lexicon: Lexicon, text: str, members: tuple[str, ...], bloc: str) -> None:
    found = facts(text, lexicon)
    assert {(m, "memberOf", bloc, False) for m in members} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Members of ASEAN could include Vietnam, Laos and Cambodia.",  # only possible
        "Chad, Niger and Mali, not members of NATO, met in Bamako.",  # denied
        "The summit brings together Vietnam, Laos and Cambodia.",  # a meeting, no bloc
        "The grouping brings together Vietnam, Laos and Cambodia.",  # no bloc named before
        "The admission of Vietnam into the talks was welcomed.",  # talks, no bloc
    ],
)
def test_other_lists_are_no_roster(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "memberOf" and not f[3]}


@pytest.mark.parametrize(
    "text",
    [
        "The EU included Russia and Belarus in its sanctions list.",  # put in a list, not the bloc
        "Norway supports the admission of Palestine to the UN.",  # a wish, not an admission
        "The Assembly called for the admission of Palestine as a member of the UN.",
    ],
)
def test_no_roster_when_listed_into_something_else_or_only_wished(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "memberOf" and not f[3]}
