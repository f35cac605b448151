"""Whose voice a statement speaks in: the issuer's organs, officers, spokespersons and ministries, its own
leader, "the government" of the one other state, signatories and delegations, "They" after them, the members of a
body, and verdicts stated in the voice (a copula, a failure to act, a reported verdict).

The sentences are written for the rules, with other actors than the labelled sets' texts; each rule with a case
it must leave alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


def test_ministers_without_the_speak_for_the_issuer(lexicon: Lexicon) -> None:
    text = "In the meeting, Ministers expressed their condemnation of Iran's attack.\nThey called on Iran to stop."
    found = facts(text, lexicon, publisher="asean")
    assert ("asean", "criticises", "iran", False) in found
    assert ("asean", "demandsOf", "iran", False) in found


@pytest.mark.parametrize(
    "text",
    [
        "Ministers of Finance met in Oslo and condemned the attack on Norway.",  # "of": whose ministers is said
        "In the meeting, Ministers Lavrov and Wang condemned the attack on Norway.",  # names follow: persons
    ],
)
def test_ministers_that_are_someone_else_s_are_not_the_issuer(lexicon: Lexicon, text: str) -> None:
    assert ("asean", "criticises", "norway", False) not in facts(text, lexicon, publisher="asean")


def test_the_government_is_the_one_other_state_named_so_far(lexicon: Lexicon) -> None:
    text = (
        "Statement by Canada on the elections in Venezuela.\n\n"
        "Canada is following the situation in Venezuela closely. "
        "We call on the de facto authorities to release all political prisoners."
    )
    assert ("canada", "demandsOf", "venezuela", False) in facts(text, lexicon, publisher="canada")


@pytest.mark.parametrize(
    "text",
    [
        # two other states named: whose government it is, is not known
        "Canada is following the situation in Venezuela and Cuba closely. We call on the government to act.",
        # no other state named yet
        "Canada is following the situation closely. We call on the government to act.",
        # "the government of X" names its state itself; the rule leaves it to the name
        "Canada is following the situation in Venezuela. We call on the government of Peru to act.",
    ],
)
def test_the_government_names_no_one_when_the_state_is_not_clear(lexicon: Lexicon, text: str) -> None:
    assert ("canada", "demandsOf", "venezuela", False) not in facts(text, lexicon, publisher="canada")


def test_parties_opening_a_later_sentence_do_not_become_the_statement_s_voice(lexicon: Lexicon) -> None:
    text = (
        "France sanctioned five entities today. The sanctions target the drone industry. "
        "France and Germany have also announced further measures. "
        "We reaffirmed our support for Armenia."
    )
    found = facts(text, lexicon, publisher="france")
    assert ("france", "supports", "armenia", False) in found
    assert ("germany", "supports", "armenia", False) not in found


def test_parties_opening_a_statement_are_its_signatories(lexicon: Lexicon) -> None:
    text = "Japan, Australia and the Philippines condemn the launch. We reaffirmed our support for Vietnam."
    assert ("australia", "supports", "vietnam", False) in facts(text, lexicon, publisher="japan")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Iran's repeated seizures of merchant ships are totally unacceptable.",
            ("canada", "criticises", "iran", False),
        ),
        (
            "We are clear: Moscow's claims to the islands are completely unlawful.",
            ("canada", "criticises", "russia", False),
        ),
        ("Norway is a steadfast and reliable partner.", ("canada", "praises", "norway", False)),
    ],
)
def test_a_verdict_stated_with_a_copula_in_the_statement_s_voice(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon, publisher="canada")


@pytest.mark.parametrize(
    "text",
    [
        "If Iran's seizures of ships are unacceptable, the council will say so.",  # a condition
        "Iran's seizures of ships are not unlawful.",  # negated
        "The seizure of ships near Iran is unacceptable.",  # the actor owns nothing: not the subject
        "Norway would be a reliable partner.",  # a hedge
        "Norway is a large country and a partner.",  # nothing laudatory
    ],
)
def test_no_verdict_without_its_actor_or_under_a_hedge(lexicon: Lexicon, text: str) -> None:
    found = facts(text, lexicon, publisher="canada")
    assert not {f for f in found if f[0] == "canada" and f[1] in {"criticises", "praises"}}


def test_the_issuing_state_s_leader_under_a_bare_title_speaks_as_the_state(lexicon: Lexicon) -> None:
    found = facts("Prime Minister Narendra Modi today praised Japan for its support.", lexicon, publisher="india")
    assert ("narendra-modi", "leaderOf", "india", False) in found
    assert ("india", "praises", "japan", False) in found
    assert ("narendra-modi", "praises", "japan", False) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi of Nepal praised Japan.",  # "of": another state's
        "Yesterday we met Prime Minister Narendra Modi in Delhi.",  # not the sentence's subject
        "Prime Minister Narendra Modi and President Joe Biden praised Japan.",  # two leaders: whose is whose
    ],
)
def test_a_leader_that_may_be_another_state_s_is_not_the_issuer_s(lexicon: Lexicon, text: str) -> None:
    found = facts(text, lexicon, publisher="india")
    assert ("narendra-modi", "leaderOf", "india", False) not in found
    assert ("joe-biden", "leaderOf", "india", False) not in found


def test_a_leader_in_a_news_report_stays_a_person(lexicon: Lexicon) -> None:
    found = facts("Prime Minister Narendra Modi praised Japan.", lexicon, publisher="Wire")
    assert ("narendra-modi", "praises", "japan", False) in found


def test_an_actor_that_has_failed_to_act_is_criticised_in_the_statement_s_voice(lexicon: Lexicon) -> None:
    found = facts("For years, Belarus has failed to hold free elections.", lexicon, publisher="canada")
    assert ("canada", "criticises", "belarus", False) in found


@pytest.mark.parametrize(
    "text",
    [
        "Attempts by Belarus have failed to end the crisis.",  # the actor is not the subject
        "If Belarus has failed to hold elections, we will act.",  # a condition
        "Belarus's efforts failed to convince the mission.",  # a possessive owns the noun that failed
    ],
)
def test_a_failure_that_is_not_the_actor_s_criticises_no_one(lexicon: Lexicon, text: str) -> None:
    assert ("canada", "criticises", "belarus", False) not in facts(text, lexicon, publisher="canada")


def test_the_high_representative_speaks_for_the_issuer(lexicon: Lexicon) -> None:
    found = facts(
        "The High Representative condemns the Syrian strikes on the port.", lexicon, publisher="european-union"
    )
    assert ("european-union", "criticises", "syria", False) in found


def test_statements_by_a_list_of_states_are_each_state_s(lexicon: Lexicon) -> None:
    found = facts("Statements by Chile, Peru and Bolivia condemned the Venezuelan strikes on Guyana.", lexicon)
    assert {("chile", "criticises", "venezuela", False), ("bolivia", "criticises", "venezuela", False)} <= found
    kept = facts("Talks with Chile, Peru and Bolivia ended, and Ecuador condemned Venezuela.", lexicon)
    assert ("chile", "criticises", "venezuela", False) not in kept


@pytest.mark.parametrize(
    ("text", "present", "publisher"),
    [
        (
            "The Council members condemned the attack by ISIL on Iraq.",
            ("un-security-council", "criticises", "isis", False),
            "un-security-council",
        ),
        (
            "Council members called on Israel to withdraw.",
            ("un-security-council", "demandsOf", "israel", False),
            "un-security-council",
        ),
        ("The Chairperson-in-Office urged Armenia to resume talks.", ("osce", "demandsOf", "armenia", False), "osce"),
    ],
)
def test_organs_with_members_and_hyphenated_titles_speak_for_the_issuer(
    lexicon: Lexicon, text: str, present: Fact, publisher: str
) -> None:
    assert present in facts(text, lexicon, publisher)


def test_the_members_alone_are_not_an_organ(lexicon: Lexicon) -> None:
    found = facts("The members called for cooperation with Mali.", lexicon, publisher="un-security-council")
    assert not {f for f in found if f[1] == "cooperatesWith"}


def test_capitalised_leaders_are_still_an_organ_and_not_yet_a_member_is_negated(lexicon: Lexicon) -> None:
    assert ("g7", "criticises", "iran", False) in facts(
        "The Leaders condemned Iran's attacks.", lexicon, publisher="g7"
    )
    found = facts("Georgia is not yet a member of the European Union.", lexicon)
    assert ("georgia", "memberOf", "european-union", True) in found


def test_allies_speak_for_the_bloc_that_issues_the_statement(lexicon: Lexicon) -> None:
    text = "Allies strongly condemn Syria's attacks on Israel."
    assert ("nato", "criticises", "syria", False) in facts(text, lexicon, publisher="nato")
    assert ("canada", "criticises", "syria", False) not in facts(text, lexicon, publisher="canada")


def test_an_organ_named_after_a_state_is_the_states(lexicon: Lexicon) -> None:
    assert facts("The Iranian Security Council condemned Israel.", lexicon) == {("iran", "criticises", "israel", False)}
    assert ("iran", "criticises", "israel", False) in facts("Iran's Security Council condemned Israel.", lexicon)
    assert ("un-security-council", "criticises", "israel", False) in facts(
        "The Security Council condemned Israel.", lexicon
    )


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


def test_an_office_in_lower_case_after_the_voice_speaks_for_it(lexicon: Lexicon) -> None:
    text = (
        "The ASEAN Foreign Ministers met in Jakarta. The ministers underscored the role of the bloc. "
        "They commended Thailand's efforts."
    )
    assert ("asean", "praises", "thailand", False) in facts(text, lexicon, publisher="asean")
    cold = "Chile met Peru. The ministers underscored the role of the bloc. They commended Thailand's efforts."
    assert ("asean", "praises", "thailand", False) not in facts(cold, lexicon, publisher="asean")


def test_the_members_of_a_body_open_a_sentence_as_the_body(lexicon: Lexicon) -> None:
    text = "The members of the Security Council met on Tuesday. They condemned Syria's attack on Jordan."
    assert ("un-security-council", "criticises", "syria", False) in facts(text, lexicon)


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


def test_a_blocs_mission_stands_for_the_bloc(lexicon: Lexicon) -> None:
    assert ("african-union", "attacks", "al-shabaab", False) in facts(
        "The African Union Transition Mission in Somalia attacked Al-Shabaab.", lexicon
    )


def test_they_again_after_and_is_the_same_voice(lexicon: Lexicon) -> None:
    text = (
        "The Ministers of ASEAN met. They reaffirmed their resolve to continue to support Myanmar in defending its "
        "borders and they commended Thailand's efforts."
    )
    found = facts(text, lexicon, publisher="asean")
    assert ("asean", "praises", "thailand", False) in found
    assert ("myanmar", "praises", "thailand", False) not in found


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


def test_a_reported_verdict_is_the_speakers(lexicon: Lexicon) -> None:
    found = facts("Peru said that Chile's actions were unacceptable.", lexicon)
    assert found == {("peru", "criticises", "chile", False)}


def test_the_speakers_own_noun_across_adjectives(lexicon: Lexicon) -> None:
    found = facts("The Council reiterates its full commitment to the security of Peru.", lexicon, publisher="chile")
    assert ("chile", "supports", "peru", False) in found
    assert ("european-union", "supports", "moldova", False) in facts(
        "The EU and its member states reaffirm their support for Moldova.", lexicon
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on a statement that its subject issued: the issuer acts
        (
            "On 3 May, Peru issued a Presidential Statement, which strongly condemns Chile's launch of the missile.",
            {("peru", "criticises", "chile", False)},
        ),
        ("Peru issued a statement which condemns Chile.", {("peru", "criticises", "chile", False)}),
        # left alone: a statement the subject did not issue
        ("Peru welcomed the statement, which condemns Chile.", set()),
        # a relative clause with its own subject judges the statement, so its issuer
        ("Peru issued a statement, which Chile condemned.", {("chile", "criticises", "peru", False)}),
    ],
)
def test_a_statements_relative_clause_is_its_issuers(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


def test_a_delegation_listed_once_acts_as_its_parties(lexicon: Lexicon) -> None:
    text = (
        "Representatives from Peru, Chile and the EU made a joint visit to the border region on 2 May.\n\n"
        "During the visit, diplomats met local officials.\n\n"
        "The delegation called on Bolivia to halt the expulsions.\n"
    )
    assert facts(text, lexicon) == {
        ("peru", "demandsOf", "bolivia", False),
        ("chile", "demandsOf", "bolivia", False),
        ("european-union", "demandsOf", "bolivia", False),
    }


@pytest.mark.parametrize(
    "text",
    [
        # no delegation listed before; a single party is no delegation; "The delegation of X" names its own party
        "The delegation called on Bolivia to halt the expulsions.",
        "Representatives from Peru made a visit.\n\nThe delegation called on Bolivia to halt the expulsions.",
        "Representatives from Peru and Chile made a visit.\n\nThe delegation of Ecuador then met Bolivia.",
    ],
)
def test_a_delegation_is_not_guessed(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[0] in {"peru", "chile"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the X side" names the state in a ministry's idiom
        ("The Peruvian side must immediately stop its unilateral actions.", {("chile", "demandsOf", "peru", False)}),
        ("The Chilean Government has decided to impose countermeasures on Peru.",
         {("chile", "sanctions", "peru", False)}),
        # left alone: a side of a border acted on by no one
        ("Troops crossed to the Peruvian side of the border.", set()),
    ],
)  # fmt: skip
def test_the_side_of_a_state_and_countermeasures(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nSantiago, 3 June 2024\n\n" + text, lexicon, publisher="chile") == expected


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        # "The Council" after a body named with a name ending in "Council" is that body, not the voice
        ("On Saturday, the Arab League Council suspended Peru from its activities.\n\n"
         "The Council called upon Peru to withdraw.", "chile",
         {("peru", "suspendedFrom", "arab-league", False), ("arab-league", "demandsOf", "peru", False)}),
        ("The UN Security Council met on Friday.\n\nThe Council called upon Peru to withdraw.", "united-nations",
         {("un-security-council", "demandsOf", "peru", False)}),
        # left alone: no such body named before, "The Council" is the voice's own
        ("The Council called upon Peru to withdraw.", "chile", {("chile", "demandsOf", "peru", False)}),
    ],
)  # fmt: skip
def test_an_organ_named_again_by_its_last_word(
    lexicon: Lexicon, text: str, publisher: str, expected: set[Fact]
) -> None:
    assert facts("Heading\n\nCairo, 3 June 2024\n\n" + text, lexicon, publisher) == expected
