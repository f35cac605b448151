"""A body suspending a member, by a verb, a noun or in the passive ("X's membership of Y was suspended"), with the
body as subject or named after "from"; and what is no suspension (of talks, aid or sanctions; planned, threatened,
denied). The sentences are written here."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts

SUSPENDED = ("peru", "suspendedFrom", "oas", False)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("The OAS decided, on Friday, to suspend, with immediate effect, Peru's participation in all the"
         " organization's activities.", None),
        ("The OAS reacted quickly, suspending Peru of its rights of representation.", None),
        ("Chile suspended Peru from the OAS.", None),
        ("The OAS announced the suspension of Peru's membership.", None),
        # a membership suspended in the passive: its owner from the body named
        ("Peru's membership of the OAS was suspended.", None),
        ("Peru's participation in the OAS has been suspended until further notice.", None),
        # the statement's own body as the subject
        ("The Council suspended Peru from taking part in any of its activities.", "oas"),
    ],
)  # fmt: skip
def test_a_body_suspending_a_member(lexicon: Lexicon, text: str, publisher: str | None) -> None:
    assert SUSPENDED in facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon, publisher)


@pytest.mark.parametrize(
    "text",
    [
        "The OAS threatened to suspend Peru from its activities.",
        "The OAS will suspend Peru from its activities.",
        "The OAS did not suspend Peru from its activities.",
        "If Peru continues, the OAS will suspend it.",
        "Chile suspended talks with Peru.",
        "The OAS suspended aid to Peru.",
        "The OAS suspended sanctions on Peru.",
        "Peru's membership of the OAS could be suspended.",
        "Peru's membership of the OAS was renewed.",
        "Peru will suspend declaring sovereignty over the islands.",
        # no body suspends: a state's own act, with no body named
        "Chile suspended Peru's participation in the talks.",
    ],
)
def test_no_suspension_where_none_is_stated(lexicon: Lexicon, text: str) -> None:
    found = facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon)
    assert not {f for f in found if f[1] == "suspendedFrom"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from" that ends a participle's cue names the body, not a source (which would turn the claim round)
        ("Mali was suspended from the African Union.", ("mali", "suspendedFrom", "african-union", False)),
        (
            "Burundi, suspended from the EAC, held elections.",
            ("burundi", "suspendedFrom", "east-african-community", False),
        ),
    ],
)
def test_suspended_from_a_body_is_not_turned_round(lexicon: Lexicon, text: str, expected: Fact) -> None:
    found = facts(text, lexicon)
    assert expected in found
    assert (expected[2], "suspendedFrom", expected[0], False) not in found


def test_a_threat_from_an_actor_still_names_its_source(lexicon: Lexicon) -> None:
    assert ("peru", "criticises", "chile", False) in facts("Peru condemned the threat from Chile.", lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council decided to suspend the participation of Chad in African Union activities.",
            ("chad", "suspendedFrom", "african-union", False),
        ),
        ("ECOWAS suspended the membership of Mali with immediate effect.", ("mali", "suspendedFrom", "ecowas", False)),
    ],
)
def test_the_participation_of_a_state_suspended(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS could suspend the participation of Mali.",  # only possible
        "Chile suspended the participation of Peru in the talks.",  # no body suspends
    ],
)
def test_the_participation_of_a_state_not_suspended(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "suspendedFrom"}


@pytest.mark.parametrize(
    "text",
    [
        "Chad has frozen its membership in the African Union.",
        "Chad announced it was freezing its membership in the African Union.",
        "Chad suspends its membership in the African Union.",
    ],
)
def test_a_member_freezing_its_own_membership_is_suspended(lexicon: Lexicon, text: str) -> None:
    found = facts(text, lexicon)
    assert ("chad", "suspendedFrom", "african-union", False) in found
    assert ("chad", "memberOf", "african-union", False) not in found  # the membership frozen is no joining


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad has not frozen its membership in ECOWAS.", {("chad", "suspendedFrom", "ecowas", True)}),
        ("Chad may freeze its membership in ECOWAS.", set()),  # only possible
        ("Chad threatened to freeze its membership in ECOWAS.", set()),
    ],
)
def test_a_freeze_denied_or_only_possible(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus suspends its participation in the CSTO.", ("belarus", "suspendedFrom", "csto", False)),
        (
            "The Kremlin said Serbia has frozen its participation in the OSCE.",
            ("serbia", "suspendedFrom", "osce", False),
        ),
        ("Chile did not suspend its participation in the OAS.", ("chile", "suspendedFrom", "oas", True)),
    ],
)
def test_a_participation_suspended_or_frozen_is_a_suspension(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Chile suspended its participation in the talks with Peru.",  # from talks, not from a state
        "Chile suspended its membership in the group of friends of Peru.",
        "Chile could suspend its participation in the OAS.",  # only possible
    ],
)
def test_no_suspension_from_a_state_or_a_possible_one(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "suspendedFrom" and not f[3]}


@pytest.mark.parametrize(
    ("text", "members", "body"),
    [
        (
            "ECOWAS announced on Friday the suspension with immediate effect of Guinea, where the army seized power.",
            ("guinea",),
            "ecowas",
        ),
        ("The African Union suspended Mali with immediate effect.", ("mali",), "african-union"),
        ("ECOWAS suspended Niger, Mali and Guinea.", ("niger", "mali", "guinea"), "ecowas"),
    ],
)
def test_a_suspension_closed_by_its_manner_or_a_list(
    lexicon: Lexicon, text: str, members: tuple[str, ...], body: str
) -> None:
    found = facts(text, lexicon)
    assert {(m, "suspendedFrom", body, False) for m in members} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Russia suspended Ukraine with immediate effect.",  # no body suspends
        "ECOWAS could suspend Niger with immediate effect.",  # only possible
        "The United States suspended Ukraine aid.",  # the aid, not a member
    ],
)
def test_a_suspension_by_no_body_or_only_possible(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "suspendedFrom" and not f[3]}
