"""On whom an act falls: member nouns after a bloc, welcoming an actor or an agreement, praise of qualities,
working together between named parties, conduct referred back to, verdicts on lists of acts and with reasons,
sanctions on those linked to an actor, blocs and compositions, relative clauses and adjuncts.

The sentences are written for the rules, with other actors than the labelled sets' texts; each rule with a case
it must leave alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


def test_a_bloc_before_a_member_noun_names_its_members_not_the_bloc(lexicon: Lexicon) -> None:
    found = facts("Canada urged all EU member states to act.", lexicon)
    assert ("canada", "demandsOf", "european-union", False) not in found
    assert ("canada", "demandsOf", "european-union", False) in facts("Canada urged the EU to act.", lexicon)


def test_welcoming_an_actor_named_right_after_the_verb_praises_it(lexicon: Lexicon) -> None:
    found = facts("Today we warmly welcome Montenegro.", lexicon, publisher="canada")
    assert ("canada", "praises", "montenegro", False) in found


def test_welcoming_an_actor_as_a_member_is_its_admission_not_praise(lexicon: Lexicon) -> None:
    found = facts("Today we welcome Montenegro as the newest member of NATO.", lexicon, publisher="canada")
    assert found == {("montenegro", "memberOf", "nato", False)}


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary-General welcomes the ceasefire agreement in Montenegro.",  # what is welcomed is an act
        "We welcome the participation of Montenegro in the session.",  # a noun between: not the actor
        "We would welcome Montenegro as a member.",  # a hedge
    ],
)
def test_welcoming_something_else_than_an_actor_praises_no_one(lexicon: Lexicon, text: str) -> None:
    found = facts(text, lexicon, publisher="canada")
    assert not {f for f in found if f[1] == "praises"}


def test_praise_of_qualities_praises_their_owner(lexicon: Lexicon) -> None:
    text = (
        "Canada pays tribute to the extraordinary, unwavering courage and determination shown by the Moldovan people."
    )
    assert ("canada", "praises", "moldova", False) in facts(text, lexicon)


def test_praise_of_victims_does_not_praise_the_attacker(lexicon: Lexicon) -> None:
    text = "Canada pays tribute to the many innocent civilian victims of the brutal and senseless attack by Russia."
    assert ("canada", "praises", "russia", False) not in facts(text, lexicon)


def test_working_together_between_and_among_pairs_the_named_parties(lexicon: Lexicon) -> None:
    found = facts("We will continue to work closely together among Norway, Denmark and Sweden.", lexicon)
    pairs = {tuple(sorted((f[0], f[2]))) for f in found if f[1] == "cooperatesWith"}
    assert pairs == {("denmark", "norway"), ("norway", "sweden"), ("denmark", "sweden")}
    found = facts("Chile and Peru worked closely with Bolivia on the border.", lexicon)
    assert ("chile", "cooperatesWith", "bolivia", False) in found or (
        "bolivia",
        "cooperatesWith",
        "chile",
        False,
    ) in found


def test_working_together_with_someone_not_named_pairs_no_one(lexicon: Lexicon) -> None:
    text = "Japan, Australia and India condemn the launch. We will work together with the international community."
    found = facts(text, lexicon, publisher="japan")
    assert not {f for f in found if f[1] == "cooperatesWith"}


def test_condemning_this_behaviour_condemns_the_latest_attacker(lexicon: Lexicon) -> None:
    text = "Syria's attack on Lebanon was reckless. We unequivocally condemn this behaviour."
    assert ("canada", "criticises", "syria", False) in facts(text, lexicon, publisher="canada")


def test_the_behaviour_with_no_attack_told_names_no_one(lexicon: Lexicon) -> None:
    text = "Syria met Lebanon in May. We condemn this behaviour."
    assert not {f for f in facts(text, lexicon, publisher="canada") if f[1] == "criticises"}


def test_improving_relations_between_two_states_gives_each_with_the_other(lexicon: Lexicon) -> None:
    found = facts("Qatar hailed the good-neighbourly relations between Armenia and Azerbaijan.", lexicon)
    assert ("armenia", "seeksResetWith", "azerbaijan", False) in found
    assert ("azerbaijan", "seeksResetWith", "armenia", False) in found
    found = facts("Turkey is improving relations with Egypt.", lexicon)
    assert ("turkiye", "seeksResetWith", "egypt", False) in found
    assert ("egypt", "seeksResetWith", "turkiye", False) not in found


def test_joint_drills_by_others_do_not_pair_the_critic_with_them(lexicon: Lexicon) -> None:
    found = facts("Cuba denounced the joint drills by Peru and Chile.", lexicon)
    assert not {f for f in found if f[1] == "cooperatesWith" and "cuba" in (f[0], f[2])}


def test_the_accession_of_a_state_to_a_bloc_is_membership(lexicon: Lexicon) -> None:
    found = facts("Canada welcomes the accession of Montenegro to NATO.", lexicon, publisher="canada")
    assert ("montenegro", "memberOf", "nato", False) in found
    assert ("canada", "memberOf", "montenegro", False) not in found


def test_standing_with_a_bloc_against_a_third_party_is_a_bloc(lexicon: Lexicon) -> None:
    found = facts("Canada stands with Moldova and the OSCE against Russia's pressure.", lexicon)
    assert ("canada", "formsBlocWith", "osce", False) in found or ("osce", "formsBlocWith", "canada", False) in found
    assert ("canada", "supports", "moldova", False) in found
    assert ("canada", "supports", "osce", False) not in found
    kept = facts("Canada stands with Moldova and the OSCE.", lexicon)
    assert not {f for f in kept if f[1] == "formsBlocWith"}


def test_members_of_a_state_s_forces_in_an_object_list_are_not_a_membership(lexicon: Lexicon) -> None:
    text = "The Department of State is imposing visa restrictions on 40 individuals, including members of the Iranian military."
    found = facts(text, lexicon, publisher="united-states")
    assert not {f for f in found if f[1] == "memberOf"}
    kept = facts("Hungary and Poland are members of NATO.", lexicon)
    assert ("poland", "memberOf", "nato", False) in kept


def test_an_appositive_member_of_is_a_membership(lexicon: Lexicon) -> None:
    assert ("finland", "memberOf", "european-union", False) in facts(
        "Finland, a member of the European Union, spoke.", lexicon
    )


def test_a_verdict_on_a_list_of_acts_falls_on_each_owner(lexicon: Lexicon) -> None:
    found = facts(
        "Chile condemned Peru's attack on Bolivia, Brazil's support for it and the silence of Argentina.", lexicon
    )
    assert {("chile", "criticises", "peru", False), ("chile", "criticises", "brazil", False)} <= found
    assert ("brazil", "supports", "argentina", False) not in found
    assert ("chile", "supports", "brazil", False) not in facts(
        "Chile supports Peru's sovereignty, Brazil's claims.", lexicon
    )


def test_in_cooperation_with_after_a_common_noun_is_its_manner(lexicon: Lexicon) -> None:
    assert facts("Chile supports further international involvement in close cooperation with Peru.", lexicon) == set()
    assert ("chile", "cooperatesWith", "peru", False) in facts("Chile works in close cooperation with Peru.", lexicon)
    found = facts("Chile, in close cooperation with Peru, imposed sanctions on Bolivia.", lexicon)
    assert ("chile", "cooperatesWith", "peru", False) in found


def test_a_verdict_with_reasons_falls_on_each_actor_it_gives_one_for(lexicon: Lexicon) -> None:
    found = facts("Chile thanked Peru and its envoys for the talks and Bolivia for hosting them.", lexicon)
    assert {("chile", "praises", "peru", False), ("chile", "praises", "bolivia", False)} <= found
    assert ("chile", "criticises", "bolivia", False) not in facts(
        "Chile condemned Peru for its attack and Bolivia.", lexicon
    )


def test_welcoming_an_agreement_praises_its_parties(lexicon: Lexicon) -> None:
    text = "Chile welcomes the signing of the peace agreement between the Government of Peru and Bolivia."
    assert {("chile", "praises", "peru", False), ("chile", "praises", "bolivia", False)} <= facts(text, lexicon)
    assert facts("Chile welcomes the talks between Peru and Bolivia.", lexicon) == set()


def test_a_threat_from_is_the_sources(lexicon: Lexicon) -> None:
    assert ("peru", "threatens", "chile", False) in facts("Chile faces a serious threat from Peru.", lexicon)


def test_sanctions_on_those_linked_to_an_actor_are_on_the_actor(lexicon: Lexicon) -> None:
    text = "Chile has sanctioned more than 100 individuals and entities who are supporting Peru's invasion of Bolivia."
    assert ("chile", "sanctions", "peru", False) in facts(text, lexicon)
    assert ("chile", "sanctions", "peru", False) in facts(
        "Chile imposed restrictive measures against individuals and entities linked to Peru.", lexicon
    )


def test_sanctions_in_view_of_an_actors_act_are_on_the_actor(lexicon: Lexicon) -> None:
    text = "Chile adopted restrictive measures against six individuals in view of Peru's military support to Bolivia."
    assert ("chile", "sanctions", "peru", False) in facts(text, lexicon)
    assert facts("Chile imposed sanctions on officials in response to the war.", lexicon) == set()


def test_reasons_given_in_parallel_belong_to_the_verdict(lexicon: Lexicon) -> None:
    found = facts("Chile condemns Peru for its attack on Bolivia and Ecuador for its support to Peru.", lexicon)
    assert ("chile", "criticises", "ecuador", False) in found
    assert ("peru", "attacks", "ecuador", False) not in found
    assert ("chile", "supports", "peru", False) in facts(
        "Chile reaffirms its support for Peru for as long as it takes.", lexicon
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue closing a relative clause acts on the antecedent: an actor, or a statement's issuer
        ("Bolivia met Chile, which Peru praised.", {("peru", "praises", "chile", False)}),
        ("Chile, which Peru condemned, met Bolivia.", {("peru", "criticises", "chile", False)}),
        (
            "On 3 May, the Security Council issued a Presidential Statement, which Peru wholeheartedly welcomes.",
            {("peru", "praises", "un-security-council", False)},
        ),
        # left alone: an antecedent that is no actor nor a statement the sentence's actor issued
        ("Peru met the delegation, which Bolivia condemned.", set()),
        ("Peru signed an agreement with Chile, which Bolivia welcomed.", {("peru", "cooperatesWith", "chile", False)}),
        ("Peru read the statement, which Bolivia welcomes.", set()),
    ],
)
def test_a_cue_closing_a_relative_clause(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bloc's composition: a member noun and the states it lists in brackets or after a colon
        (
            "The African Union consists of 3 founding members (Ghana, Kenya, and the Republic of Senegal), among others.",
            {
                ("ghana", "memberOf", "african-union", False),
                ("kenya", "memberOf", "african-union", False),
                ("senegal", "memberOf", "african-union", False),
            },
        ),
        (
            "NATO comprises founding members: Belgium, Canada and Denmark.",
            {
                ("belgium", "memberOf", "nato", False),
                ("canada", "memberOf", "nato", False),
                ("denmark", "memberOf", "nato", False),
            },
        ),
        # left alone: a list that is not the member noun's, and a composition with no states listed
        ("NATO consists of members and partners, such as Peru and Chile.", set()),
        ("The African Union consists of 55 members (all of Africa).", set()),
    ],
)
def test_a_blocs_composition_lists_its_members(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict's object "from X" after a noun says where they come from: the verdict is still the subject's
        ("Chile commends participants from Peru for their progress.", {("chile", "praises", "peru", False)}),
        # a bare noun right after another relation's verb is its object, not the subject's own act
        ("Peru condemned arms transfers from Iran.", {("peru", "criticises", "iran", False)}),
        # left alone: receiving from X, and an act with its recipient named
        ("The Houthis procured weapons from Iran.", {("iran", "supports", "houthis", False)}),
        (
            "Peru condemned the arms transfers from Iran to Russia.",
            {("peru", "criticises", "iran", False), ("iran", "supports", "russia", False)},
        ),
    ],
)
def test_from_after_a_verdicts_object_and_a_verbs_bare_object(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short adjunct of time between a reporting verb and "that": the report (and a denial) still holds
        ("Chile denied on Thursday that it had supplied weapons to Peru.", {("chile", "supports", "peru", True)}),
        ("Chile denied on 12 May that it had supplied weapons to Peru.", {("chile", "supports", "peru", True)}),
        # left alone: a denial of a thing, not of a clause
        ("Chile denied the reports on Thursday.", set()),
    ],
)
def test_a_time_adjunct_before_that(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sanctions as the issuer's response to an actor's act are on the actor
        ("The Minister today announced a new tranche of 23 sanctions as part of the United Kingdom ongoing response"
         " to Russia's illegal assault on Ukraine.",
         {("united-kingdom", "sanctions", "russia", False), ("russia", "attacks", "ukraine", False)}),
        ("The Minister today announced 23 sanctions as part of our response to Russia's illegal assault on Ukraine.",
         {("united-kingdom", "sanctions", "russia", False), ("russia", "attacks", "ukraine", False)}),
        # left alone: a response to no actor's act
        ("The Minister today announced 23 sanctions as part of the response to the floods in Peru.", set()),
    ],
)  # fmt: skip
def test_sanctions_as_a_response_to_an_actors_act(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLondon, 3 June 2024\n\n" + text, lexicon, publisher="united-kingdom") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group named by a plural noun with its members listed in brackets: the act is on each member
        ("The EU welcomed the EU candidate countries (Ukraine, Moldova and Albania).",
         {("european-union", "praises", a, False) for a in ("ukraine", "moldova", "albania")}),
        ("The EU condemned the countries (Peru, Chile and Bolivia).",
         {("european-union", "criticises", a, False) for a in ("peru", "chile", "bolivia")}),
        # left alone: one actor in brackets glosses a place, not a group's members
        ("The EU welcomed the talks (Peru).", set()),
        ("The EU welcomed the talks in Lima (Peru).", set()),
    ],
)  # fmt: skip
def test_a_groups_members_in_brackets(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nBrussels, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verdict verbs coordinated right after each other share their object
        ("Chile condemns and rejects Peru's decision.",
         {("chile", "criticises", "peru", False), ("chile", "opposes", "peru", False)}),
        ("Chile strongly deplores and firmly opposes Peru's move.",
         {("chile", "criticises", "peru", False), ("chile", "opposes", "peru", False)}),
        ("Chile welcomes and supports Bolivia's efforts.",
         {("chile", "praises", "bolivia", False), ("chile", "supports", "bolivia", False)}),
        # an adverb without -ly before a verb: "has always supported"
        ("Chile has always supported Bolivia's independence.", {("chile", "supports", "bolivia", False)}),
        # left alone: the first verb with an object of its own, a demand after "and"
        ("Chile condemned the attack and rejected Peru's claims.",
         {("chile", "opposes", "peru", False), ("chile", "criticises", "peru", False)}),
        ("Chile condemns and calls on Peru to stop.", {("chile", "demandsOf", "peru", False)}),
        ("Chile condemned the brutal and deadly attack on Bolivia.", set()),
    ],
)  # fmt: skip
def test_coordinated_verdict_verbs_share_their_object(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected
