"""The general rules added for recall on unseen official text (issue 14), each with a case it must leave alone.

The sentences are written for the rules, with other actors than the texts of the blind set.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # condemning an act condemns who does it, when the noun names them
        (
            "France condemns the supply of drones by Iran to Russia.",
            {("france", "criticises", "iran", False), ("iran", "supports", "russia", False)},
        ),
        (
            "Poland condemns in the strongest possible terms the military cooperation between Belarus and Russia.",
            {
                ("poland", "criticises", "belarus", False),
                ("poland", "criticises", "russia", False),
                ("belarus", "cooperatesWith", "russia", False),
            },
        ),
        # a bracketed abbreviation is part of the name before it
        (
            "Canada condemns the provision of shells by the Democratic People's Republic of Korea (DPRK) to Russia.",
            {("canada", "criticises", "north-korea", False), ("north-korea", "supports", "russia", False)},
        ),
        # hyphenated actors before a noun of a symmetric relation
        (
            "Close Australia-India-Japan coordination continues.",
            {
                ("australia", "cooperatesWith", "india", False),
                ("australia", "cooperatesWith", "japan", False),
                ("india", "cooperatesWith", "japan", False),
            },
        ),
        # a possessive agent across a list of adjectives
        (
            "Estonia again condemned Russia's illegal, brutal, and unprovoked invasion of Georgia.",
            {("estonia", "criticises", "russia", False), ("russia", "attacks", "georgia", False)},
        ),
        # others who did the same, each with its date
        (
            "Greece joined NATO on 18 February 1952, followed by Germany on 6 May 1955 and Spain on 30 May 1982.",
            {
                ("greece", "memberOf", "nato", False),
                ("germany", "memberOf", "nato", False),
                ("spain", "memberOf", "nato", False),
            },
        ),
        # the object search goes on into the examples
        (
            "Sweden will continue to coordinate closely with partners, including international organisations, in particular the EU.",
            {("sweden", "cooperatesWith", "european-union", False)},
        ),
        # an act by one actor against another, the noun before both
        ("The launch by Iran of missiles against Israel was reported.", {("iran", "attacks", "israel", False)}),
        # "A and B remain": B stays in the list
        (
            "The Canadian commitments to the defence of Latvia and Estonia remain firm.",
            {("canada", "supports", "latvia", False), ("canada", "supports", "estonia", False)},
        ),
        # a member list introduced by a member noun and a colon
        (
            "The founding members of NATO: Belgium, Canada and Denmark.",
            {
                ("belgium", "memberOf", "nato", False),
                ("canada", "memberOf", "nato", False),
                ("denmark", "memberOf", "nato", False),
            },
        ),
        # the others an act is on, after ", alongside" or ", as well as"
        (
            "Japan commends Norway's role in the talks, alongside the efforts of Oman and Kenya.",
            {
                ("japan", "praises", "norway", False),
                ("japan", "praises", "oman", False),
                ("japan", "praises", "kenya", False),
            },
        ),
    ],
)
def test_general_rules_find_the_claim(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They condemned the attacks against Myanmar security forces.",  # the critic did not attack
        "Hungary condemned the attacks against Ukraine.",  # no agent named: nothing, not Hungary
        "We are watching for any weapons that Iran supplies to Russia.",  # supposed, not stated
        "Britain will keep working with its allies in NATO and the G7.",  # allies "in" a bloc form no bloc with it
        "Britain could sanction Iran in the strongest possible terms.",  # still hedged
        "Canada condemns the transfer of shells by North Korea to Russia.",  # the verb's object acts, not Canada
        "Iran attacked the tanker, members of NATO reported.",  # "members of X reported": a subject, no membership
    ],
)
def test_general_rules_leave_these_alone(lexicon: Lexicon, text: str) -> None:
    found = facts(text, lexicon, publisher="united-kingdom")
    assert not {f for f in found if f[1] in {"attacks", "supports", "formsBlocWith", "sanctions", "memberOf"}}, found


def test_a_statements_own_act_is_its_issuers(lexicon: Lexicon) -> None:
    text = "This action marks a new round of sanctions targeting Iran's oil trade."
    assert facts(text, lexicon, publisher="united-states") == {("united-states", "sanctions", "iran", False)}
    assert (
        facts("This action by Russia marks a new round of sanctions targeting Iran.", lexicon, "united-states") == set()
    )


def test_the_speakers_own_noun_after_a_reporting_verb(lexicon: Lexicon) -> None:
    text = "The Chairperson reiterates his call for the authorities of Sudan to restore order."
    assert facts(text, lexicon, publisher="african-union") == {("african-union", "demandsOf", "sudan", False)}


def test_states_that_sign_a_blocs_statement_are_its_members(lexicon: Lexicon) -> None:
    text = "We, the Leaders of Brazil, Russia, India, China and South Africa, met today.\nWe support dialogue."
    found = facts(text, lexicon, publisher="brics")
    members = {s for s, r, o, _ in found if r == "memberOf" and o == "brics"}
    assert members == {"brazil", "russia", "india", "china", "south-africa"}
    assert not {f for f in facts(text, lexicon, publisher="brazil") if f[1] == "memberOf"}


def test_a_blocs_possessive_and_a_member_noun_name_its_members(lexicon: Lexicon) -> None:
    text = "We welcome our newest and thirty-third Ally, Ireland."
    assert facts(text, lexicon, publisher="nato") == {("ireland", "memberOf", "nato", False)}
    assert facts("ASEAN's newest member, Timor-Leste, was welcomed.", lexicon) >= {
        ("timor-leste", "memberOf", "asean", False)
    }
    assert not {f for f in facts("Russia's allies Iran and Belarus met.", lexicon) if f[1] == "memberOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary is now the only NATO member that has not ratified it.", {("hungary", "memberOf", "nato", False)}),
        ("Norway is not an EU member state.", {("norway", "memberOf", "european-union", True)}),
        ("Russia is the largest neighbour of the EU member states.", set()),
        ("Ukraine will become a NATO member.", set()),
        ("If Georgia were a NATO member, it would be defended.", set()),
    ],
)
def test_a_state_a_copula_and_a_blocs_member_noun(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert {f for f in facts(text, lexicon) if f[1] == "memberOf"} == expected


def test_an_officer_closing_a_blocs_list_speaks_as_the_bloc(lexicon: Lexicon) -> None:
    text = (
        "The G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, the United States,"
        " and the High Representative of the European Union condemned Russia."
    )
    found = facts(text, lexicon)
    assert ("g7", "criticises", "russia", False) in found
    assert ("european-union", "criticises", "russia", False) not in found
    assert ("european-union", "memberOf", "g7", False) not in found
