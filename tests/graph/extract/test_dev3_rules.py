"""Rules added after the third blind set's first run (issue 14), each tested on sentences written for it, with
other actors than the texts it came from, and with a case it must leave alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon, lexicon_from_store
from tests.support.extraction import Fact, catalogue_store, facts


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return lexicon_from_store(catalogue_store())


# --- Agent and target --------------------------------------------------------------------------------------------


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


# --- Hedges, hearsay and the future ------------------------------------------------------------------------------


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


# --- A state's organ, and lists of measures ----------------------------------------------------------------------


def test_an_organ_named_after_a_state_is_the_states(lexicon: Lexicon) -> None:
    assert facts("The Iranian Security Council condemned Israel.", lexicon) == {("iran", "criticises", "israel", False)}
    assert ("iran", "criticises", "israel", False) in facts("Iran's Security Council condemned Israel.", lexicon)
    assert ("un-security-council", "criticises", "israel", False) in facts(
        "The Security Council condemned Israel.", lexicon
    )


def test_a_list_of_measures_shares_its_agent(lexicon: Lexicon) -> None:
    found = facts("Canada imposed sanctions on Russia, restrictions on Belarus and export controls on Iran.", lexicon)
    assert {("canada", "sanctions", a, False) for a in ("russia", "belarus", "iran")} <= found
    found = facts("Sanctions on members of the Syrian Security Council, restrictions on Turkish banks.", lexicon)
    assert not any(r == "sanctions" and s in {"syria", "un-security-council"} for s, r, _, _ in found)


# --- The agent after "of" ----------------------------------------------------------------------------------------


def test_the_actor_after_of_does_what_a_bare_noun_names(lexicon: Lexicon) -> None:
    assert facts("The junta will talk with Chile about the demands of the Andean bloc and of Peru.", lexicon) == set()
    assert facts("Mali complied with the demands of ECOWAS.", lexicon) == set()
    assert ("ecowas", "sanctions", "guinea", False) in facts(
        "Mali rejected the sanctions of ECOWAS on Guinea.", lexicon
    )


def test_a_reason_given_as_grounds_is_not_stated(lexicon: Lexicon) -> None:
    found = facts("Canada listed Iranian firms on the grounds of supporting Russia's army.", lexicon)
    assert ("iran", "supports", "russia", False) not in found


# --- "should" in the voice, and whose voice ----------------------------------------------------------------------


def test_should_in_the_statements_voice_is_a_demand(lexicon: Lexicon) -> None:
    assert ("canada", "demandsOf", "iran", False) in facts(
        "Iran should release the detained sailors without delay.", lexicon, publisher="canada"
    )
    assert facts("The Canadian ministers should consider new measures against Iran.", lexicon, "canada") == set()
    assert facts("Iran should consider releasing the sailors.", lexicon, publisher="canada") == set()


def test_a_states_report_of_a_blocs_meeting_speaks_in_the_blocs_voice(lexicon: Lexicon) -> None:
    text = "The European Council stresses its support for talks. Serbia should use its influence in the region."
    found = facts(text, lexicon, publisher="austria")
    assert ("european-union", "demandsOf", "serbia", False) in found
    assert ("austria", "demandsOf", "serbia", False) not in found
    own = facts("Austria stresses its support for talks. Serbia should use its influence.", lexicon, "austria")
    assert ("austria", "demandsOf", "serbia", False) in own


def test_a_states_adjective_before_a_blocs_name_is_the_blocs(lexicon: Lexicon) -> None:
    found = facts("Chile praised the Polish OSCE Chairmanship.", lexicon)
    assert ("chile", "praises", "osce", False) in found
    assert ("chile", "praises", "poland", False) not in found


# --- Statements, organs in lower case, lists of owners ----------------------------------------------------------


def test_a_participle_after_a_statement_is_its_authors_act(lexicon: Lexicon) -> None:
    found = facts("Chile issued a statement condemning Peru's attack on Bolivia.", lexicon)
    assert ("chile", "criticises", "peru", False) in found
    assert facts("Chile rejected the sanctions targeting Peru.", lexicon) == set()


def test_an_office_in_lower_case_after_the_voice_speaks_for_it(lexicon: Lexicon) -> None:
    text = (
        "The ASEAN Foreign Ministers met in Jakarta. The ministers underscored the role of the bloc. "
        "They commended Thailand's efforts."
    )
    assert ("asean", "praises", "thailand", False) in facts(text, lexicon, publisher="asean")
    cold = "Chile met Peru. The ministers underscored the role of the bloc. They commended Thailand's efforts."
    assert ("asean", "praises", "thailand", False) not in facts(cold, lexicon, publisher="asean")


def test_a_verdict_on_a_list_of_acts_falls_on_each_owner(lexicon: Lexicon) -> None:
    found = facts(
        "Chile condemned Peru's attack on Bolivia, Brazil's support for it and the silence of Argentina.", lexicon
    )
    assert {("chile", "criticises", "peru", False), ("chile", "criticises", "brazil", False)} <= found
    assert ("brazil", "supports", "argentina", False) not in found
    assert ("chile", "supports", "brazil", False) not in facts(
        "Chile supports Peru's sovereignty, Brazil's claims.", lexicon
    )


def test_the_members_of_a_body_open_a_sentence_as_the_body(lexicon: Lexicon) -> None:
    text = "The members of the Security Council met on Tuesday. They condemned Syria's attack on Jordan."
    assert ("un-security-council", "criticises", "syria", False) in facts(text, lexicon)


def test_in_cooperation_with_after_a_common_noun_is_its_manner(lexicon: Lexicon) -> None:
    assert facts("Chile supports further international involvement in close cooperation with Peru.", lexicon) == set()
    assert ("chile", "cooperatesWith", "peru", False) in facts("Chile works in close cooperation with Peru.", lexicon)
    found = facts("Chile, in close cooperation with Peru, imposed sanctions on Bolivia.", lexicon)
    assert ("chile", "cooperatesWith", "peru", False) in found


# --- The voice's officers by name --------------------------------------------------------------------------------


def test_an_officer_named_with_the_voices_office_speaks_for_it_later(lexicon: Lexicon) -> None:
    text = (
        "Chilean Foreign Ministry Spokeswoman Ana María Rojas-Vidal said the talks went well.\n\n"
        "Rojas-Vidal condemned Peru's attack on Bolivia."
    )
    assert ("chile", "criticises", "peru", False) in facts(text, lexicon, publisher="chile")
    other = "Peruvian Foreign Minister Ana Rojas said the talks went well.\n\nRojas condemned Brazil."
    assert ("chile", "criticises", "brazil", False) not in facts(other, lexicon, publisher="chile")


def test_a_heading_in_title_case_names_no_officer(lexicon: Lexicon) -> None:
    text = "Chilean Foreign Minister Announces Round Of Sanctions\n\nSanctions condemned Peru."
    assert ("chile", "criticises", "peru", False) not in facts(text, lexicon, publisher="chile")


def test_representations_and_rejection_as_data(lexicon: Lexicon) -> None:
    found = facts("Chile has lodged solemn representations with Peru.", lexicon)
    assert ("chile", "criticises", "peru", False) in found
    assert ("chile", "opposes", "peru", False) in facts("Chile issued a statement rejecting Peru's remarks.", lexicon)


def test_a_blocs_mission_stands_for_the_bloc(lexicon: Lexicon) -> None:
    assert ("african-union", "attacks", "al-shabaab", False) in facts(
        "The African Union Transition Mission in Somalia attacked Al-Shabaab.", lexicon
    )


def test_a_verdict_with_reasons_falls_on_each_actor_it_gives_one_for(lexicon: Lexicon) -> None:
    found = facts("Chile thanked Peru and its envoys for the talks and Bolivia for hosting them.", lexicon)
    assert {("chile", "praises", "peru", False), ("chile", "praises", "bolivia", False)} <= found
    assert ("chile", "criticises", "bolivia", False) not in facts(
        "Chile condemned Peru for its attack and Bolivia.", lexicon
    )


def test_they_again_after_and_is_the_same_voice(lexicon: Lexicon) -> None:
    text = (
        "The Ministers of ASEAN met. They reaffirmed their resolve to continue to support Myanmar in defending its "
        "borders and they commended Thailand's efforts."
    )
    found = facts(text, lexicon, publisher="asean")
    assert ("asean", "praises", "thailand", False) in found
    assert ("myanmar", "praises", "thailand", False) not in found


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Chile called on Peru to stop assisting Bolivia's army.", ("peru", "supports", "bolivia", False)),
        ("Chile condemned the hostilities by Peru against Bolivia.", ("peru", "attacks", "bolivia", False)),
    ],
)
def test_assisting_and_hostilities_as_data(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon)


# --- Listings in the voice ---------------------------------------------------------------------------------------


def test_a_passive_listing_without_its_agent_is_the_issuers(lexicon: Lexicon) -> None:
    assert ("canada", "sanctions", "iran", False) in facts(
        "Leading Iranian military officials have been sanctioned today.", lexicon, publisher="canada"
    )
    assert ("canada", "sanctions", "syria", False) in facts("Syria has now been sanctioned.", lexicon, "canada")
    for text in (
        "Russian banks have been sanctioned.",  # private bodies, not the state
        "Syrian officials will be sanctioned.",  # the future
        "Syrian officials have been sanctioned, Peru said.",  # reported
        "Syrian officials were sanctioned by Peru.",  # its agent named
    ):
        assert not any(s == "canada" for s, *_ in facts(text, lexicon, publisher="canada")), text
    assert facts("Syria has been attacked.", lexicon, publisher="canada") == set()


def test_an_obligation_closed_by_who_demanded_it_is_their_demand(lexicon: Lexicon) -> None:
    text = "Peru must withdraw its troops from Bolivia, members of the Security Council demanded tonight."
    found = facts(text, lexicon, publisher="chile")
    assert ("un-security-council", "demandsOf", "peru", False) in found
    assert ("chile", "demandsOf", "peru", False) not in found


def test_a_possessive_before_a_reporting_word_owns_a_noun(lexicon: Lexicon) -> None:
    assert ("chile", "opposes", "peru", False) in facts("Chile strongly rejects Peru's claims.", lexicon)


def test_welcoming_an_agreement_praises_its_parties(lexicon: Lexicon) -> None:
    text = "Chile welcomes the signing of the peace agreement between the Government of Peru and Bolivia."
    assert {("chile", "praises", "peru", False), ("chile", "praises", "bolivia", False)} <= facts(text, lexicon)
    assert facts("Chile welcomes the talks between Peru and Bolivia.", lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The spokesperson condemned Peru's remarks.",
        "The Ministry of Foreign Affairs strongly condemns Peru's remarks.",
        "The Foreign Office spokesperson condemned Peru's remarks.",
    ],
)
def test_the_issuers_spokesperson_and_ministry_speak_for_it(lexicon: Lexicon, text: str) -> None:
    assert ("chile", "criticises", "peru", False) in facts(text, lexicon, publisher="chile")


def test_another_states_spokesperson_does_not(lexicon: Lexicon) -> None:
    found = facts("The spokesperson of the Bolivian ministry condemned Peru.", lexicon, publisher="chile")
    assert ("chile", "criticises", "peru", False) not in found


def test_an_officer_with_a_second_title_speaks_for_the_first(lexicon: Lexicon) -> None:
    text = (
        "The talks resumed, said OSCE Chairperson-in-Office, Polish Foreign Minister Jan Kowalczyk.\n\n"
        "Kowalczyk urged Armenia and Azerbaijan to release all detainees."
    )
    found = facts(text, lexicon, publisher="osce")
    assert {("osce", "demandsOf", "armenia", False), ("osce", "demandsOf", "azerbaijan", False)} <= found

    titled = "Peace returned, said OSCE Chairperson-in-Office, Polish Foreign Minister Jan Kowalczyk.\n\nMinister Kowalczyk condemned Russia."
    assert ("osce", "criticises", "russia", False) in facts(titled, lexicon, publisher="osce")


def test_a_warning_of_consequences_threatens(lexicon: Lexicon) -> None:
    assert ("chile", "threatens", "peru", False) in facts("Chile warned that Peru would pay a heavy price.", lexicon)
    assert facts("Chile warned that Peru would attack Bolivia.", lexicon) == set()


def test_alongside_is_an_aside_of_the_subject(lexicon: Lexicon) -> None:
    found = facts("Chile, alongside Peru and Bolivia, is imposing new sanctions on Venezuela.", lexicon)
    assert ("chile", "sanctions", "venezuela", False) in found


def test_sanctions_target_as_data(lexicon: Lexicon) -> None:
    assert ("canada", "sanctions", "iran", False) in facts("Canadian sanctions target Iran.", lexicon)


def test_a_reported_verdict_is_the_speakers(lexicon: Lexicon) -> None:
    found = facts("Peru said that Chile's actions were unacceptable.", lexicon)
    assert found == {("peru", "criticises", "chile", False)}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("ASEAN Allies strongly condemn Myanmar's attack on Thailand.", ("asean", "criticises", "myanmar", False)),
        ("Chile salutes the courage of the Peruvian people.", ("chile", "praises", "peru", False)),
        ("We pay tribute to the Peruvian armed forces.", ("chile", "praises", "peru", False)),
        ("Peru's drone deliveries to Bolivia must stop.", ("peru", "supports", "bolivia", False)),
        ("Peru has become a decisive enabler of Bolivia's war.", ("peru", "supports", "bolivia", False)),
    ],
)
def test_more_cue_phrases_as_data(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon, publisher="chile")


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


def test_a_threat_from_is_the_sources(lexicon: Lexicon) -> None:
    assert ("peru", "threatens", "chile", False) in facts("Chile faces a serious threat from Peru.", lexicon)


def test_discussing_or_holding_a_position_on_an_act_is_not_doing_it(lexicon: Lexicon) -> None:
    assert facts("Chile's position on the invasion of Peru remains unchanged.", lexicon) == set()
    assert facts("Chile discussed the sanctions against Peru.", lexicon) == set()
    assert ("chile", "sanctions", "peru", False) in facts("Chile extended the sanctions against Peru.", lexicon)


def test_sanctions_on_those_linked_to_an_actor_are_on_the_actor(lexicon: Lexicon) -> None:
    text = "Chile has sanctioned more than 100 individuals and entities who are supporting Peru's invasion of Bolivia."
    assert ("chile", "sanctions", "peru", False) in facts(text, lexicon)
    assert ("chile", "sanctions", "peru", False) in facts(
        "Chile imposed restrictive measures against individuals and entities linked to Peru.", lexicon
    )


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


def test_sanctions_in_view_of_an_actors_act_are_on_the_actor(lexicon: Lexicon) -> None:
    text = "Chile adopted restrictive measures against six individuals in view of Peru's military support to Bolivia."
    assert ("chile", "sanctions", "peru", False) in facts(text, lexicon)
    assert facts("Chile imposed sanctions on officials in response to the war.", lexicon) == set()


def test_the_speakers_own_noun_across_adjectives(lexicon: Lexicon) -> None:
    found = facts("The Council reiterates its full commitment to the security of Peru.", lexicon, publisher="chile")
    assert ("chile", "supports", "peru", False) in found
    assert ("european-union", "supports", "moldova", False) in facts(
        "The EU and its member states reaffirm their support for Moldova.", lexicon
    )


def test_reasons_given_in_parallel_belong_to_the_verdict(lexicon: Lexicon) -> None:
    found = facts("Chile condemns Peru for its attack on Bolivia and Ecuador for its support to Peru.", lexicon)
    assert ("chile", "criticises", "ecuador", False) in found
    assert ("peru", "attacks", "ecuador", False) not in found
    assert ("chile", "supports", "peru", False) in facts(
        "Chile reaffirms its support for Peru for as long as it takes.", lexicon
    )


def test_should_before_a_positive_relation_is_a_wish(lexicon: Lexicon) -> None:
    assert facts("Peru should join the Andean bloc and the EU.", lexicon, publisher="chile") == set()
