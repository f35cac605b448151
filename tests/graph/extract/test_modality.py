"""What is said but not done: negated and demanded cessations, hearsay, the future and what it presupposes,
"should", an act under an urging or named as a topic, obligations, warnings of consequences, reasons given.

The sentences are written for the rules, with other actors than the labelled sets' texts; each rule with a case
it must leave alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "not" before a verb that ends the act denies the ending: the act goes on
        (
            "The OSCE will act if Azerbaijan does not stop its offensive against Armenia.",
            ("azerbaijan", "attacks", "armenia", False),
            ("azerbaijan", "attacks", "armenia", True),
        ),
        (
            "Germany has not ended its support for Moldova.",
            ("germany", "supports", "moldova", False),
            ("germany", "supports", "moldova", True),
        ),
        # a cessation asked for is not one done: the act it would end holds
        (
            "The Security Council demanded that Ethiopia immediately cease its aggression against Eritrea.",
            ("ethiopia", "attacks", "eritrea", False),
            ("ethiopia", "attacks", "eritrea", True),
        ),
        # what it must leave alone: a cessation stated as done ends the act
        (
            "Canada ended its support for Venezuela in 2019.",
            ("canada", "supports", "venezuela", True),
            ("canada", "supports", "venezuela", False),
        ),
    ],
)
def test_negated_and_demanded_cessations(lexicon: Lexicon, text: str, present: Fact, absent: Fact) -> None:
    found = facts(text, lexicon)
    assert present in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "were joined by" is company, not membership
        (
            "The EU Foreign Ministers were joined by the Foreign Minister of Moldova.",
            ("moldova", "memberOf", "european-union", False),
        ),
        # ready, willing, prepared to: a disposition, not the act
        ("Georgia is a capable partner that is ready to join NATO.", ("georgia", "memberOf", "nato", False)),
        ("Serbia is willing to join the European Union.", ("serbia", "memberOf", "european-union", False)),
    ],
)
def test_company_and_dispositions_propose_nothing(lexicon: Lexicon, text: str, absent: Fact) -> None:
    assert absent not in facts(text, lexicon)


def test_an_act_in_an_infinitive_under_an_urging_is_not_done(lexicon: Lexicon) -> None:
    text = "The Council urged all States, in accordance with Council resolutions, to cooperate actively with Mali."
    found = facts(text, lexicon, publisher="un-security-council")
    assert not {f for f in found if f[1] == "cooperatesWith"}
    kept = facts("Chile agreed to cooperate closely with Peru.", lexicon)
    assert ("chile", "cooperatesWith", "peru", False) in kept or ("peru", "cooperatesWith", "chile", False) in kept


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Peru was blacklisted for allegedly supporting Venezuela.", ("peru", "supports", "venezuela", False)),
        ("Bolivian media spread rumours that Chile sent weapons to Peru.", ("chile", "supports", "peru", False)),
        ("Moscow dismissed the Georgian fake about “supplying weapons to Ukraine from Turkey”.", None),
        ("Cuba will face tougher sanctions and pressure from Canada.", ("canada", "sanctions", "cuba", False)),
        (
            "Australia will continue to work with its partners to urge Myanmar to release the prisoners.",
            ("australia", "demandsOf", "myanmar", False),
        ),
        ("Norway will support Moldova.", ("norway", "supports", "moldova", False)),
    ],
)
def test_hearsay_and_the_future_propose_nothing(lexicon: Lexicon, text: str, absent: Fact | None) -> None:
    found = facts(text, lexicon)
    assert found == set() if absent is None else absent not in found


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Norway will continue to support Moldova.", ("norway", "supports", "moldova", False)),
        ("Norway will continue supporting Moldova.", ("norway", "supports", "moldova", False)),
        (
            "Canada will continue to work with its allies and stand in solidarity with Japan.",
            ("canada", "supports", "japan", False),
        ),
        ("Chile showed its firm will to support Peru.", ("chile", "supports", "peru", False)),
    ],
)
def test_a_continuation_in_the_future_still_holds(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon)


def test_a_reason_given_as_grounds_is_not_stated(lexicon: Lexicon) -> None:
    found = facts("Canada listed Iranian firms on the grounds of supporting Russia's army.", lexicon)
    assert ("iran", "supports", "russia", False) not in found


def test_should_in_the_statements_voice_is_a_demand(lexicon: Lexicon) -> None:
    assert ("canada", "demandsOf", "iran", False) in facts(
        "Iran should release the detained sailors without delay.", lexicon, publisher="canada"
    )
    assert facts("The Canadian ministers should consider new measures against Iran.", lexicon, "canada") == set()
    assert facts("Iran should consider releasing the sailors.", lexicon, publisher="canada") == set()


def test_an_obligation_closed_by_who_demanded_it_is_their_demand(lexicon: Lexicon) -> None:
    text = "Peru must withdraw its troops from Bolivia, members of the Security Council demanded tonight."
    found = facts(text, lexicon, publisher="chile")
    assert ("un-security-council", "demandsOf", "peru", False) in found
    assert ("chile", "demandsOf", "peru", False) not in found


def test_a_warning_of_consequences_threatens(lexicon: Lexicon) -> None:
    assert ("chile", "threatens", "peru", False) in facts("Chile warned that Peru would pay a heavy price.", lexicon)
    assert facts("Chile warned that Peru would attack Bolivia.", lexicon) == set()


def test_deepening_a_cooperation_in_the_future_presupposes_it(lexicon: Lexicon) -> None:
    found = facts("The ministers confirmed that Chile and Peru will deepen their cooperation.", lexicon)
    assert ("chile", "cooperatesWith", "peru", False) in found or ("peru", "cooperatesWith", "chile", False) in found
    assert facts("Chile will strengthen sanctions against Peru.", lexicon) == set()


def test_an_act_named_as_a_topic_is_not_the_subjects(lexicon: Lexicon) -> None:
    assert facts("I am deeply concerned about the attack on Peru.", lexicon, publisher="chile") == set()
    assert facts("We are alarmed by the brutal strikes on Peru.", lexicon, publisher="chile") == set()
    assert ("bolivia", "attacks", "peru", False) in facts("Bolivia continued with the attack on Peru.", lexicon)
    found = facts("Chile is deeply concerned about the terror against Peru.", lexicon)
    assert ("chile", "attacks", "peru", False) not in found


def test_discussing_or_holding_a_position_on_an_act_is_not_doing_it(lexicon: Lexicon) -> None:
    assert facts("Chile's position on the invasion of Peru remains unchanged.", lexicon) == set()
    assert facts("Chile discussed the sanctions against Peru.", lexicon) == set()
    assert ("chile", "sanctions", "peru", False) in facts("Chile extended the sanctions against Peru.", lexicon)


def test_should_before_a_positive_relation_is_a_wish(lexicon: Lexicon) -> None:
    assert facts("Peru should join the Andean bloc and the EU.", lexicon, publisher="chile") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rejecting claims or reports that one did something denies it
        ("Chile rejected claims that it had attacked Peru.", {("chile", "attacks", "peru", True)}),
        ("Chile dismissed reports that it had supplied weapons to Peru.", {("chile", "supports", "peru", True)}),
        # left alone: a claim made, a rejection of another's claims
        ("Chile claims that Peru attacked Bolivia.", {("peru", "attacks", "bolivia", False)}),
        ("Chile rejected Peru's claims.", {("chile", "opposes", "peru", False), ("chile", "criticises", "peru", False)}),
    ],
)  # fmt: skip
def test_rejecting_claims_that_denies_them(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        # having refrained or abstained from an act is its negation
        ("Chile refrained from condemning Peru.", None, {("chile", "criticises", "peru", True)}),
        ("Chile abstained from criticising Peru.", None, {("chile", "criticises", "peru", True)}),
        # left alone: "should refrain" in the voice is still a demand
        ("North Korea should refrain from any further provocations.", "south-korea",
         {("south-korea", "demandsOf", "north-korea", False)}),
    ],
)  # fmt: skip
def test_refraining_negates_the_act(lexicon: Lexicon, text: str, publisher: str | None, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon, publisher) == expected
