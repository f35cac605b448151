"""Membership stated by a role, not by a verb of joining: an admission welcomed ("welcomed X as a new member of
Y"), a sentence opening with the member's role ("As a member of Y, X ..."); and what is neither: welcoming a guest
or calling on one, joining in an act. Each rule with the cases it must leave alone. The sentences are written here."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


def _facts(text: str, lexicon: Lexicon) -> set[Fact]:
    return facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an admission welcomed is membership, not praise
        ("I am pleased to welcome Peru as a new Member State of the OAS.", {("peru", "memberOf", "oas", False)}),
        ("Chile welcomed Peru and Bolivia as new members of the OAS.",
         {("peru", "memberOf", "oas", False), ("bolivia", "memberOf", "oas", False)}),
        ("NATO welcomed Finland as its newest member.", {("finland", "memberOf", "nato", False)}),
        # a state that welcomes is no body to be a member of; still an admission, no praise
        ("Chile welcomed Peru as its newest member.", set()),
        # left alone: welcoming as something else than a member, welcoming an actor or its act
        ("Chile welcomed Peru as a partner in the talks.", {("chile", "praises", "peru", False)}),
        ("Poland welcomed Ukraine.", {("poland", "praises", "ukraine", False)}),
        ("Japan welcomed China's decision to join the talks.", {("japan", "praises", "china", False)}),
    ],
)  # fmt: skip
def test_an_admission_welcomed_is_membership(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert _facts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan welcomed China's foreign minister to Tokyo.",
        "Japan welcomed President Xi Jinping to Tokyo.",
        "Japan welcomed Chinese President Xi Jinping to Tokyo.",
        "Japan welcomed Narendra Modi to Tokyo.",
    ],
)
def test_welcoming_a_guest_praises_no_one(lexicon: Lexicon, text: str) -> None:
    assert _facts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As a member of the OAS, Chile joins the call for calm.", {("chile", "memberOf", "oas", False)}),
        ("As members of the OAS, Chile and Peru call for calm.",
         {("chile", "memberOf", "oas", False), ("peru", "memberOf", "oas", False)}),
        ("As a fellow OAS member state, Chile welcomes the talks.", {("chile", "memberOf", "oas", False)}),
        # the body named only by its abbreviation in brackets
        ("As a member of the Organization of Andean Friends (OAS), Chile joins in commending Peru for the step taken.",
         {("chile", "memberOf", "oas", False), ("chile", "praises", "peru", False)}),
        ("As a member of the OAS, Chile condemned Peru.",
         {("chile", "memberOf", "oas", False), ("chile", "criticises", "peru", False)}),
        # left alone: another role, another actor before the comma, a clause of its own, no body named
        ("As a close partner of the OAS, Chile condemned Peru.", {("chile", "criticises", "peru", False)}),
        ("As the Chair of the OAS, Chile condemned Peru.", {("chile", "criticises", "peru", False)}),
        ("As a member of the OAS and a partner of the EU, Chile condemned Peru.",
         {("chile", "criticises", "peru", False)}),
        ("As a member of the Andean circle (Peru), Chile condemned Bolivia.",
         {("chile", "criticises", "bolivia", False)}),
        ("As a member of the Andean friendship circle, Chile condemned Peru.",
         {("chile", "criticises", "peru", False)}),
    ],
)  # fmt: skip
def test_a_sentence_opening_with_a_members_role(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert _facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile joined in condemning Peru.", {("chile", "criticises", "peru", False)}),
        ("Chile joins in the efforts of Peru for peace.", set()),
        ("Sweden joined NATO in 2024.", {("sweden", "memberOf", "nato", False)}),
    ],
)
def test_joining_in_an_act_is_no_membership(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert _facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calling on a person without asking anything of them is a courtesy call
        ("The visiting Chilean Defence Minister called on Prime Minister Narendra Modi today.", set()),
        # a demand: an infinitive or "for" after the person, or a state called on
        ("Chile called on Prime Minister Narendra Modi to withdraw the troops.",
         {("chile", "demandsOf", "narendra-modi", False)}),
        ("Chile called on President Putin for restraint.", {("chile", "demandsOf", "vladimir-putin", False)}),
        ("Chile called on Peru to withdraw.", {("chile", "demandsOf", "peru", False)}),
    ],
)  # fmt: skip
def test_calling_on_a_person_is_a_visit_unless_something_is_asked(
    lexicon: Lexicon, text: str, expected: set[Fact]
) -> None:
    assert _facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who joins another in an act does it too; a state joined is no body to be a member of
        ("Chile joined Bolivia in condemning Peru.",
         {("chile", "criticises", "peru", False), ("bolivia", "criticises", "peru", False)}),
        ("Chile joined Peru.", set()),
        ("Chile joined the OAS in 1948.", {("chile", "memberOf", "oas", False)}),
    ],
)  # fmt: skip
def test_joining_another_in_an_act(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert _facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # applying or hoping to join is not membership
        ("Chile formally applied to join the OAS.", set()),
        ("Chile's application to join the OAS was accepted.", set()),
        ("Chile joined the OAS.", {("chile", "memberOf", "oas", False)}),
        # an alliance against a third party pairs the allies, not the adversary
        ("Chile and Bolivia formed an alliance against Peru.", {("chile", "formsBlocWith", "bolivia", False)}),
        ("Chile formed an alliance with Bolivia against Peru.", {("chile", "formsBlocWith", "bolivia", False)}),
    ],
)  # fmt: skip
def test_applications_and_alliances_against(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert _facts(text, lexicon) == expected
