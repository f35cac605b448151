"""Who does an act: participles and gerunds, possessives and "its", a noun's agent after "by" or "of", passives
of acts, lists of measures, asides ("together with", "alongside", dashes), and a subject whose verb does not do
the act.

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
        (
            "Condemning Belgrade's refusal to cooperate, the Security Council today called on Serbia to act.",
            ("un-security-council", "criticises", "serbia", False),
            ("serbia", "criticises", "serbia", False),
        ),
        (
            "Strongly condemning the attack by Hamas, Egypt and Jordan called for calm.",
            ("jordan", "criticises", "hamas", False),
            ("egypt", "attacks", "hamas", False),
        ),
    ],
)
def test_a_participle_opening_the_sentence_has_the_main_clause_subject(
    lexicon: Lexicon, text: str, present: Fact, absent: Fact
) -> None:
    found = facts(text, lexicon)
    assert present in found
    assert absent not in found


def test_a_participle_inside_the_sentence_keeps_its_own_subject(lexicon: Lexicon) -> None:
    found = facts("Peru met Chile on Monday, condemning the strike on Ecuador, and Bolivia agreed.", lexicon)
    assert ("bolivia", "criticises", "ecuador", False) not in found


def test_a_verb_cue_after_and_is_no_noun_a_possessive_owns(lexicon: Lexicon) -> None:
    text = "Japan urged all states to take a stance on Iran's aggression and condemn its actions in Iraq."
    assert ("iran", "criticises", "iraq", False) not in facts(text, lexicon)
    kept = facts("France condemned Iran's illegal, unjustifiable, and unprovoked attack on Iraq.", lexicon)
    assert ("iran", "attacks", "iraq", False) in kept


def test_an_attack_by_a_named_agent_against_a_target(lexicon: Lexicon) -> None:
    found = facts(
        "The Secretary-General condemns in the strongest terms the attack by Hezbollah against Israel.",
        lexicon,
        publisher="united-nations",
    )
    assert ("hezbollah", "attacks", "israel", False) in found
    assert ("united-nations", "criticises", "hezbollah", False) in found
    assert ("united-nations", "attacks", "israel", False) not in found


def test_an_attack_by_a_named_agent_with_no_target_is_no_attack(lexicon: Lexicon) -> None:
    found = facts("Peru condemned the attack by Hezbollah yesterday.", lexicon)
    assert not {f for f in found if f[1] == "attacks"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "its" after a prepositional actor that follows the verb: that actor owns the act
        (
            "Canada will impose severe costs on Iran for its war against Iraq.",
            ("iran", "attacks", "iraq", False),
            ("canada", "attacks", "iraq", False),
        ),
        # a prepositional actor between commas is an aside: the subject owns it
        (
            "Japan, together with Australia, reaffirmed its support for the Philippines.",
            ("japan", "supports", "philippines", False),
            ("australia", "supports", "philippines", False),
        ),
    ],
)
def test_its_names_the_owner_of_the_act(lexicon: Lexicon, text: str, present: Fact, absent: Fact) -> None:
    found = facts(text, lexicon)
    assert present in found
    assert absent not in found


def test_a_list_after_together_with_is_an_aside_not_the_subject(lexicon: Lexicon) -> None:
    found = facts("Chile, together with Peru and Bolivia, condemns Venezuela's actions.", lexicon)
    assert ("chile", "criticises", "venezuela", False) in found
    assert ("bolivia", "criticises", "venezuela", False) not in found
    kept = facts("Chile, Peru and Bolivia condemn Venezuela's actions.", lexicon)
    assert ("bolivia", "criticises", "venezuela", False) in kept


def test_a_possessive_before_and_is_not_the_subject_of_the_next_verb(lexicon: Lexicon) -> None:
    found = facts("Allies condemn Syria's aggression and call on Iraq to stop it.", lexicon)
    assert ("syria", "demandsOf", "iraq", False) not in found
    kept = facts("Canada opposes Syria's referenda, annexation, and occupation of Lebanon.", lexicon)
    assert ("syria", "attacks", "lebanon", False) in kept


def test_the_agent_of_an_act_noun_is_not_the_target_of_the_clause_subject(lexicon: Lexicon) -> None:
    found = facts("Belarus strongly condemns the new sanctions imposed by Lithuania.", lexicon)
    assert ("belarus", "criticises", "lithuania", False) in found
    assert ("belarus", "sanctions", "lithuania", False) not in found
    kept = facts("Chile welcomed the commitment by Peru.", lexicon)
    assert ("chile", "praises", "peru", False) in kept


def test_a_gerund_s_owner_is_not_the_clause_subject(lexicon: Lexicon) -> None:
    found = facts("We applaud Poland's leadership in supporting Moldova.", lexicon, publisher="canada")
    assert ("canada", "supports", "moldova", False) not in found
    kept = facts("Canada is committed to supporting Moldova.", lexicon)
    assert ("canada", "supports", "moldova", False) in kept


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Sanctions were imposed on Syria by Chile and Peru.", ("peru", "sanctions", "syria", False)),
        ("Air strikes launched by Turkey against Syria killed 12 people.", ("turkiye", "attacks", "syria", False)),
        ("The attack on Armenia was carried out by Azerbaijan.", ("azerbaijan", "attacks", "armenia", False)),
    ],
)
def test_passives_of_acts_name_their_agents(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The attack on Armenia was condemned by Azerbaijan.", ("azerbaijan", "attacks", "armenia", False)),
        ("A warning supported by Turkey was sent to Syria.", ("turkiye", "supports", "syria", False)),
    ],
)
def test_other_passives_do_not_name_an_act_s_agent(lexicon: Lexicon, text: str, absent: Fact) -> None:
    assert absent not in facts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a place and a day opening a paragraph are a dateline, not the sentence's subject
        (
            "Lima, Mar 4 (Wire) The Andean bloc said Chile had said that it sanctioned Bolivia.\n\n"
            "Paris, Mar 4 (Wire) The European Union said that it sanctioned Belarus.",
            ("european-union", "sanctions", "belarus", False),
            ("france", "sanctions", "belarus", False),
        ),
        # a possessive owns the act across a date ("X's March 3 strikes"), not the subject condemning them
        (
            "Brazil strongly condemns Israel's March 3 strikes on Lebanon.",
            ("israel", "attacks", "lebanon", False),
            ("brazil", "attacks", "lebanon", False),
        ),
        # the act a criticising verb takes as object is not its subject's, across adjectives and dates
        (
            "Chile condemned the deadly March 3 attack on Peru.",
            None,
            ("chile", "attacks", "peru", False),
        ),
        # "stand by A and B": a verb's particle, not an act's agent after "by"
        (
            "Chile stands by the Republic of Peru and brotherly Bolivia.",
            ("chile", "supports", "peru", False),
            ("peru", "supports", "bolivia", False),
        ),
        # a participle right before a finite verb ends a noun phrase: "X's allies now sanctioned include Y"
        (
            "Xi Jinping political allies now sanctioned include Premier Li Qiang.",
            None,
            ("xi-jinping", "sanctions", "li-qiang", False),
        ),
        # "can" is a possibility, not a fact
        (
            "Frozen Iranian funds can be used to support Syria.",
            None,
            ("iran", "supports", "syria", False),
        ),
    ],
)
def test_agent_and_target(lexicon: Lexicon, text: str, present: Fact | None, absent: Fact) -> None:
    found = facts(text, lexicon)
    if present is not None:
        assert present in found
    assert absent not in found


def test_a_subject_still_acts_when_a_noun_phrase_is_not_its_object(lexicon: Lexicon) -> None:
    assert ("norway", "demandsOf", "sudan", False) in facts(
        "Norway condemned the bombardment and demanded that Sudan stop it without delay.", lexicon
    )
    assert ("canada", "sanctions", "russia", False) in facts("Canada has now sanctioned Russia.", lexicon)


def test_a_list_of_measures_shares_its_agent(lexicon: Lexicon) -> None:
    found = facts("Canada imposed sanctions on Russia, restrictions on Belarus and export controls on Iran.", lexicon)
    assert {("canada", "sanctions", a, False) for a in ("russia", "belarus", "iran")} <= found
    found = facts("Sanctions on members of the Syrian Security Council, restrictions on Turkish banks.", lexicon)
    assert not any(r == "sanctions" and s in {"syria", "un-security-council"} for s, r, _, _ in found)


def test_the_actor_after_of_does_what_a_bare_noun_names(lexicon: Lexicon) -> None:
    assert facts("The junta will talk with Chile about the demands of the Andean bloc and of Peru.", lexicon) == set()
    assert facts("Mali complied with the demands of ECOWAS.", lexicon) == set()
    assert ("ecowas", "sanctions", "guinea", False) in facts(
        "Mali rejected the sanctions of ECOWAS on Guinea.", lexicon
    )


def test_a_participle_after_a_statement_is_its_authors_act(lexicon: Lexicon) -> None:
    found = facts("Chile issued a statement condemning Peru's attack on Bolivia.", lexicon)
    assert ("chile", "criticises", "peru", False) in found
    assert facts("Chile rejected the sanctions targeting Peru.", lexicon) == set()


def test_a_possessive_before_a_reporting_word_owns_a_noun(lexicon: Lexicon) -> None:
    assert ("chile", "opposes", "peru", False) in facts("Chile strongly rejects Peru's claims.", lexicon)


def test_alongside_is_an_aside_of_the_subject(lexicon: Lexicon) -> None:
    found = facts("Chile, alongside Peru and Bolivia, is imposing new sanctions on Venezuela.", lexicon)
    assert ("chile", "sanctions", "venezuela", False) in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Chile is closely following the war in Peru.", ("chile", "attacks", "peru", False)),
        ("Chile expressed concern over sanctions against Peru.", ("chile", "sanctions", "peru", False)),
    ],
)
def test_the_subject_of_a_verb_that_does_not_do_the_act_is_not_its_agent(
    lexicon: Lexicon, text: str, absent: Fact
) -> None:
    assert absent not in facts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Bolivia continues the war in Peru.", ("bolivia", "attacks", "peru", False)),
        ("Bolivia must end this war in Peru.", ("bolivia", "attacks", "peru", False)),
        ("Russian officials involved in the invasion of Peru are hit.", ("russia", "attacks", "peru", False)),
    ],
)
def test_the_subject_of_a_verb_that_does_the_act_is_its_agent(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon)


def test_its_owns_only_the_noun_it_opens(lexicon: Lexicon) -> None:
    assert facts("Chile extends its condolences over the invasion of Peru.", lexicon) == set()


def test_a_gerund_after_for_is_the_act_of_the_noun_before_it(lexicon: Lexicon) -> None:
    assert facts("Chile sanctioned three individuals responsible for threatening Peru.", lexicon) == set()
    found = facts("We thank Japan for supporting Ukraine.", lexicon, publisher="chile")
    assert {("chile", "praises", "japan", False), ("japan", "supports", "ukraine", False)} <= found


def test_a_list_of_modifiers_is_one_noun_phrase(lexicon: Lexicon) -> None:
    text = "Chile has imposed sanctions on the foreign, defence and justice ministers of Peru."
    assert ("chile", "sanctions", "peru", False) in facts(text, lexicon)
    assert facts("Chile condemned the brutal and unprovoked attack on Peru.", lexicon) == set()
    assert facts("Chile imposed sanctions on the banks, which Peru owns.", lexicon) == set()


def test_with_the_support_of_an_actor_after_a_comma(lexicon: Lexicon) -> None:
    found = facts("Peru, with the support of the United States, repelled the attack.", lexicon)
    assert ("united-states", "supports", "peru", False) in found
    assert ("peru", "supports", "united-states", False) not in found
    assert facts("At the request of Peru with the support of Chile, Bolivia will suspend its plans.", lexicon) == set()


def test_its_after_a_verb_is_not_the_nearest_actors(lexicon: Lexicon) -> None:
    text = "Chile welcomes the efforts of Peru and Bolivia, and expresses its appreciation to Ecuador for its help."
    found = facts(text, lexicon)
    assert not any(s in {"peru", "bolivia"} and o == "ecuador" for s, _, o, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun's agent named "by X" after its object: condemning the act condemns X
        (
            "Kenya condemned the attack on Somalia by a terrorist organisation, Eritrea.",
            {("kenya", "criticises", "eritrea", False), ("eritrea", "attacks", "somalia", False)},
        ),
        (
            "Japan criticised the sanctions on Iran by the United States.",
            {("japan", "criticises", "united-states", False), ("united-states", "sanctions", "iran", False)},
        ),
        (
            "France condemns the attack on Ukraine by Russia and Belarus.",
            {
                ("france", "criticises", "russia", False),
                ("france", "criticises", "belarus", False),
                ("russia", "attacks", "ukraine", False),
                ("belarus", "attacks", "ukraine", False),
            },
        ),
        # left alone: "by" after a verb's object, or naming no actor
        (
            "Brazil criticised Argentina by a statement of Chile.",
            {("brazil", "criticises", "argentina", False)},
        ),
        ("Chile condemns the attack on Peru by sea.", set()),
        ("Peru wants sanctions on Iran by the end of the EU presidency.", set()),
    ],
)
def test_a_nouns_agent_after_its_object(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after "while", "after", ... is a verb of the clause (not a noun "while" it modifies), and after
        # a short opener it still has the main clause's subject
        ("While calling for Chile's restraint, Peru met Brazil.", {("peru", "demandsOf", "chile", False)}),
        ("In fact, while calling for Chile's restraint, Peru met Brazil.", {("peru", "demandsOf", "chile", False)}),
        (
            "Today, after condemning Chile's attack on Bolivia, Peru met Brazil.",
            {("peru", "criticises", "chile", False), ("chile", "attacks", "bolivia", False)},
        ),
        # left alone: an opener that names an actor is not the subject; nor is an actor after a common noun
        ("In Bolivia, while calling for Chile's restraint, the minister met Brazil.", set()),
        ("Today, while calling for Chile's restraint, officials from Peru met Brazil.", set()),
    ],
)
def test_a_participle_after_a_subordinator(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a direct object's plain noun phrase whose agent follows "by", as "Peru's sustained engagement" would
        ("Chile welcomed the sustained high-level engagement by Peru.", {("chile", "praises", "peru", False)}),
        # left alone: the noun phrase goes on past a name before "by"
        ("Chile welcomed the talks in Lima by the ministers of Peru.", set()),
    ],
)
def test_a_direct_objects_agent_after_by(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside between dashes is an aside between commas
        (
            "On 3 May, Chile – with the support of Peru – attacked Bolivia.",
            {("peru", "supports", "chile", False), ("chile", "attacks", "bolivia", False)},
        ),
        # left alone: the help of a request, not of the actor before it
        (
            "Chile acted at the request of Bolivia with the support of Peru.",
            set(),
        ),
    ],
)
def test_help_in_an_aside_between_dashes(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym after an article, before the noun's other modifiers, owns the act even after a preposition
        ("Chile called for an end to the Peruvian military offensive against Bolivia.",
         {("chile", "demandsOf", "peru", False), ("peru", "attacks", "bolivia", False)}),
        ("The EU condemned the violence by the Peruvian security forces against protesters.",
         {("european-union", "criticises", "peru", False)}),
        ("Chile imposed sanctions on the Peruvian state oil company.", {("chile", "sanctions", "peru", False)}),
    ],
)  # fmt: skip
def test_a_demonym_before_modifiers_owns_the_act(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive after a noun a possessive owns is the owner's act
        ("Chile condemns Peru's decision to sanction Bolivia.",
         {("chile", "criticises", "peru", False), ("peru", "sanctions", "bolivia", False)}),
        ("Chile welcomed Peru's sudden unilateral decision to support Bolivia.",
         {("chile", "praises", "peru", False), ("peru", "supports", "bolivia", False)}),
        # left alone: the subject's own decision, a demand of another
        ("Chile decided to sanction Peru.", {("chile", "sanctions", "peru", False)}),
        ("Chile urged Peru to sanction Bolivia.", {("chile", "demandsOf", "peru", False)}),
    ],
)  # fmt: skip
def test_an_infinitive_after_an_owned_noun_is_the_owners_act(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's agent is named right after "by", not after another preposition
        ("Chile's economy grew by 3 percent, supported by exports to China.", set()),
        ("Peru is supported by the government of Chile.", {("chile", "supports", "peru", False)}),
        # a passive verdict on an act whose target the subject names is no verdict on the target
        ("The attack on Peru's embassy in Chile was condemned by Bolivia.", set()),
        ("Peru's attack on Chile was condemned by Bolivia.",
         {("bolivia", "criticises", "peru", False), ("peru", "attacks", "chile", False)}),
        ("Sanctions were imposed on Peru by Chile.", {("chile", "sanctions", "peru", False)}),
    ],
)  # fmt: skip
def test_a_passives_agent_and_subject(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor after "of" does what a noun names, past the noun's modifiers after its article
        ("Chile condemned the anti-Peruvian sanctions of Bolivia.", set()),
        ("Chile condemned the harsh sanctions of Bolivia on Peru.", {("bolivia", "sanctions", "peru", False)}),
        ("The new sanctions of the EU on Russia took effect.", {("european-union", "sanctions", "russia", False)}),
    ],
)  # fmt: skip
def test_the_actor_after_of_past_modifiers(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun's agent after "by" also past the noun its object qualifies
        ("Chile condemns attacks on Russian territory by Ukraine.",
         {("chile", "criticises", "ukraine", False), ("ukraine", "attacks", "russia", False)}),
        ("Chile condemns the attack on Ukraine's capital by Russia.",
         {("chile", "criticises", "russia", False), ("russia", "attacks", "ukraine", False)}),
        # left alone: a passive verb after the object, a time after "by"
        ("The attack on Israel was condemned by the UK.", set()),
        ("Chile condemned the attack on the Peruvian capital by the end of the week.", set()),
    ],
)  # fmt: skip
def test_an_agent_after_the_noun_an_object_qualifies(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected
