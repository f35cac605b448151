"""A state named as a bloc's chair is its member (issue 14): written for the rule, with other actors and wording
than the texts that prompted it, and the near cases it must leave alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("The summit was hosted by Ghana, the current chair of ECOWAS, in Accra.", ("ghana", "ecowas")),
        ("Kenya, as chair of the East African Community, welcomed the talks.", ("kenya", "east-african-community")),
        ("Ministers praised Indonesia's ASEAN chairmanship.", ("indonesia", "asean")),
        ("Angola's presidency of the SADC ends in August.", ("angola", "sadc")),
        (
            "Malta, as president of the UN Security Council this month, convened a meeting.",
            ("malta", "un-security-council"),
        ),
    ],
)
def test_a_states_chair_of_a_bloc_is_membership(text: str, member: tuple[str, str], lexicon: Lexicon) -> None:
    assert (*member[:1], "memberOf", member[1], False) in facts(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana could take the chair of ECOWAS next year.",  # supposed, not stated
        "Kenya thanked Ghana, the chair of the meeting.",  # a meeting is no bloc
        "Kenya met the chair of the African Union.",  # the state is not the one named as chair
    ],
)
def test_no_membership_without_a_state_named_as_chair(text: str, lexicon: Lexicon) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "memberOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause of holding the chair
        (
            "Kenya, which holds the presidency of the EAC, condemned the coup.",
            {("kenya", "memberOf", "east-african-community", False)},
        ),
        (
            "Senegal's President Macky Sall, who doubles as chairperson of the African Union, met Ghana.",
            {("senegal", "memberOf", "african-union", False)},
        ),
        # near case: a relative clause of another verb
        ("Kenya, which is a critic of the chair of the EAC, met Uganda.", set()),
    ],
)
def test_a_relative_clause_of_holding_the_chair(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert {f for f in facts(text, lexicon) if f[1] == "memberOf"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chair's noun of statehood, and the bloc named before the chair noun
        (
            "The summit was held in Ghana, the current chair country of ECOWAS.",
            {("ghana", "memberOf", "ecowas", False)},
        ),
        ("Ghana, the current ECOWAS chair, hosted the summit.", {("ghana", "memberOf", "ecowas", False)}),
        # near cases: another office of the bloc, a meeting with the chair, a supposed chair
        ("Ghana, the ECOWAS summit host, spoke.", set()),
        ("Ghana met the ECOWAS chair on Monday.", set()),
        ("If Ghana, the ECOWAS chair, agrees, the summit will go on.", set()),
    ],
)
def test_the_chair_named_by_its_country_or_after_the_bloc(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert {f for f in facts(text, lexicon) if f[1] == "memberOf"} == expected
