"""A verdict on an act falls on the act's agent, however the noun phrase names it: after "by" at the end of a longer
noun phrase, and after an office of the agent ("by the Spokesperson of X"). Each rule with the cases it must leave
alone. The sentences are written here, with other actors than the labelled sets."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


def _facts(text: str, lexicon: Lexicon, publisher: str | None = None) -> set[Fact]:
    return facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon, publisher)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent "by" names after a noun phrase longer than an object search reaches
        ("Chile strongly condemns the gross violation of the truce by the Peruvian armed forces.",
         {("chile", "criticises", "peru", False)}),
        ("Chile praised the tireless humanitarian work carried out by Peru in the region.",
         {("chile", "praises", "peru", False)}),
        ("Chile rejected the gratuitous claims about the border dispute made by Peru.",
         {("chile", "opposes", "peru", False), ("chile", "criticises", "peru", False)}),
        # ... the same within the search's reach, as before
        ("Chile condemns the violation of the truce by Peru.", {("chile", "criticises", "peru", False)}),
        # left alone: "by" naming no actor, a time, a clause mark or another actor in between, a passive's agent
        ("Chile condemns the gross violation of the truce by sea.", set()),
        ("Chile condemns the violation of the truce by the time the talks began.", set()),
        ("Chile condemns the gross violation of the truce, which was reported by Peru.", set()),
        ("Chile condemns the repeated violations of the truce with Bolivia by Peru.", set()),
        ("Chile condemns the violations of the truce that were described by Peru.", set()),
        ("Chile was condemned by Peru.", {("peru", "criticises", "chile", False)}),
        # a reach of its own: not for other relations than verdicts
        ("Chile imposed sanctions on the many companies of the region owned by Peru.", set()),
    ],
)  # fmt: skip
def test_a_verdict_falls_on_the_agent_after_a_long_noun_phrase(
    lexicon: Lexicon, text: str, expected: set[Fact]
) -> None:
    assert _facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        # a verdict noun on statements someone issued is on their issuer, not that issuer's on whom they are about
        ("The Council expressed its condemnation of the hostile media statements issued by Peruvian officials"
         " regarding Bolivia.", "chile", {("chile", "criticises", "peru", False)}),
        ("Chile expressed its condemnation of the statements issued by Peru.", None,
         {("chile", "criticises", "peru", False)}),
        # the noun of another act still has its own agent and target
        ("Chile expressed its condemnation of the attack by Peru on Bolivia.", None,
         {("chile", "criticises", "peru", False), ("peru", "attacks", "bolivia", False)}),
    ],
)  # fmt: skip
def test_a_verdict_noun_on_what_an_actor_issued(
    lexicon: Lexicon, text: str, publisher: str | None, expected: set[Fact]
) -> None:
    assert _facts(text, lexicon, publisher) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office of the actor after "by" and before "of" speaks for it
        ("Chile rejected the remarks by the Spokesperson of the Peruvian Ministry of Foreign Affairs.",
         {("chile", "opposes", "peru", False), ("chile", "criticises", "peru", False)}),
        ("Chile condemned the attack on Bolivia by the Foreign Minister of Peru.",
         {("chile", "criticises", "peru", False), ("peru", "attacks", "bolivia", False)}),
        # left alone: a time after "by", an office with no actor after it
        ("Peru wants sanctions on Iran by the end of the EU presidency.", set()),
        ("Chile condemned the remarks by the President.", set()),
    ],
)  # fmt: skip
def test_an_office_of_the_agent_after_by(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert _facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of doing after a comma names the agent of what the verdict is on
        ("Peru expressed condemnation of the ongoing regional escalation, triggered by the Chilean unlawful missile"
         " attack on Bolivia on June 13.",
         {("peru", "criticises", "chile", False), ("chile", "attacks", "bolivia", False)}),
        # left alone: who reported it is no agent
        ("Peru condemned the violence, reported by Chile.", set()),
    ],
)  # fmt: skip
def test_a_participle_of_doing_names_the_agent(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert _facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive cue of the act names its agent after "by": the verdict is on it
        ("Chile strongly condemns the missile attack launched by Peru against Bolivia on Tuesday.",
         {("chile", "criticises", "peru", False), ("peru", "attacks", "bolivia", False)}),
        ("Chile praised the offensive launched by Peru.", {("chile", "praises", "peru", False)}),
    ],
)  # fmt: skip
def test_a_passive_cues_agent_is_what_the_verdict_is_on(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert _facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victim named as a modifier of the act's object is not what the verdict is on; the agent after "by" is
        ("Chile condemns the seizure of the Ukrainian vessel by Russia.", {("chile", "criticises", "russia", False)}),
        ("Chile condemns the detention of Ukrainian fishermen by Russia.", {("chile", "criticises", "russia", False)}),
        ("Chile condemns the bombing of the Ukrainian embassy, carried out by Russia.",
         {("chile", "criticises", "russia", False)}),
        # left alone: no agent after "by" (a means, a time): the verdict stays on the actor named
        ("Chile condemned Peru by a statement.", {("chile", "criticises", "peru", False)}),
        ("Chile condemned the Peruvian government by a unanimous vote.", {("chile", "criticises", "peru", False)}),
    ],
)  # fmt: skip
def test_a_victim_named_as_a_modifier_is_not_condemned(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert _facts(text, lexicon) == expected
