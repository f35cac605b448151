"""Rules from the sixth blind set's false claims (issue 14): what a negation, a pronoun and a noun's complement reach.

The sentences are written for the rules, with other actors and wording than the texts that prompted them; each
rule has a near case it must leave alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "not least", "not only", "not just": a focus on what follows, not its negation
        (
            "The measures answer Iran's drone attacks on Israel, and not least its supply of missiles to Russia.",
            {("iran", "attacks", "israel", False), ("iran", "supports", "russia", False)},
        ),
        ("Chile not just supports Peru but also arms it.", {("chile", "supports", "peru", False)}),
        # near case: "not even" still denies
        ("Chile does not even support Peru.", {("chile", "supports", "peru", True)}),
    ],
)
def test_a_focus_after_not_is_no_negation(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" after a noun phrase a possessive opens is the possessive's, not the actor in the noun's complement
        (
            "Australia condemned Belarus's military support for Russia, and its attacks on Lithuania.",
            {
                ("australia", "criticises", "belarus", False),
                ("belarus", "supports", "russia", False),
                ("belarus", "attacks", "lithuania", False),
            },
        ),
        (
            "The report describes Sudan's attacks on Chad and its aid to the Houthis.",
            {("sudan", "attacks", "chad", False), ("sudan", "supports", "houthis", False)},
        ),
        # near case: an actor after a preposition outside such a noun phrase still owns "its"
        (
            "The Netherlands imposed sanctions on Iran for its attack on Israel.",
            {("netherlands", "sanctions", "iran", False), ("iran", "attacks", "israel", False)},
        ),
    ],
)
def test_its_belongs_to_the_possessive_of_the_noun_phrase_before(
    text: str, expected: set[Fact], lexicon: Lexicon
) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated verb with a preposition before a noun the subject owns: the noun is presupposed
        (
            "The allies will make sure that Azerbaijan does not profit from its offensive against Armenia.",
            {("azerbaijan", "attacks", "armenia", False)},
        ),
        ("Chile has not wavered in its support for Peru.", {("chile", "supports", "peru", False)}),
        # near cases: a verb of taking part denies it, and so does a verb that does the act to its object
        ("Serbia has never taken part in its attacks on Kosovo.", {("serbia", "attacks", "kosovo", True)}),
        ("Azerbaijan did not launch its offensive against Armenia.", {("azerbaijan", "attacks", "armenia", True)}),
        ("Azerbaijan did not persist in attacks on Armenia.", {("azerbaijan", "attacks", "armenia", True)}),
    ],
)
def test_a_negation_does_not_reach_a_presupposed_noun(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict on an act of violence "in" a state: the state is where it happened, not whom the verdict is on
        ("Ghana condemned the assassination attempt in Burkina Faso.", set()),
        ("Senegal strongly deplores the terrorist bombings in Somalia.", set()),
        # but an agent after the place is (and attacks the place, as "Israel's attacks in Lebanon" does)
        (
            "Senegal strongly deplores the bombings in Afghanistan by Pakistan.",
            {("senegal", "criticises", "pakistan", False), ("pakistan", "attacks", "afghanistan", False)},
        ),
        # near cases: a noun of the state's own conduct, and a possessive agent
        ("Ghana condemned the crackdown in Belarus.", {("ghana", "criticises", "belarus", False)}),
        (
            "Ghana condemned Israel's attacks in Lebanon.",
            {("ghana", "criticises", "israel", False), ("israel", "attacks", "lebanon", False)},
        ),
    ],
)
def test_the_place_of_violence_is_not_its_culprit(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand for a change to a body is about the body, not made of it
        ("India calls for the urgent reform of the UN Security Council.", set()),
        ("The Arab League ministers urged the restructuring of the African Union.", set()),
        # near cases: the body asked to change itself, and an act demanded of the actor it names
        (
            "India called on the UN Security Council to reform itself.",
            {("india", "demandsOf", "un-security-council", False)},
        ),
        ("India demanded the withdrawal of Pakistan from Kashmir.", {("india", "demandsOf", "pakistan", False)}),
    ],
)
def test_a_demanded_reform_of_a_body_is_not_a_demand_of_it(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act named "for" which someone is held to account is not the accuser's
        ("Estonia seeks justice for the attacks on Georgia.", set()),
        ("The Czech Republic pursues criminal liability for the invasion of Ukraine.", set()),
        ("Latvia seeks accountability for repression and support for Russia.", set()),
        # near cases: the accused named right before does it
        ("Estonia will hold Belarus responsible for support for Russia.", {("belarus", "supports", "russia", False)}),
        ("Belarus was held accountable for support for Russia.", {("belarus", "supports", "russia", False)}),
        # and "for" after another word is no accounting
        ("Estonia voted for sanctions on Russia.", {("estonia", "sanctions", "russia", False)}),
    ],
)
def test_an_act_held_to_account_is_not_the_accusers(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of day after the day between the subject and its verb
        ("Chile on Tuesday night condemned Peru.", {("chile", "criticises", "peru", False)}),
        ("Japan on Monday evening welcomed the Indian decision.", {("japan", "praises", "india", False)}),
        # near case: a day alone, as before
        ("Chile on Tuesday condemned Peru.", {("chile", "criticises", "peru", False)}),
    ],
)
def test_a_time_of_day_between_subject_and_verb(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of adjectives before a noun is one modifier, however long, on the way to the object
        (
            "Venezuela demanded the lifting of the illegal, unilateral and coercive sanctions imposed by Chile.",
            {("venezuela", "demandsOf", "chile", False)},
        ),
        (
            "The Government of Syria demanded the end of the economic, commercial and financial embargo imposed by "
            "the United States.",
            {("syria", "demandsOf", "united-states", False)},
        ),
        # near case: a comma after a noun, not an adjective, still ends the search
        ("Peru condemned the talks, and then Chile attacked Bolivia.", {("chile", "attacks", "bolivia", False)}),
    ],
)
def test_listed_adjectives_are_no_distance_to_the_object(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mutual act in an infinitive after "between A and B": each with the other
        (
            "The agreement between Egypt and Qatar to restore diplomatic relations was signed.",
            {("egypt", "seeksResetWith", "qatar", False), ("qatar", "seeksResetWith", "egypt", False)},
        ),
        # near cases: failed, and only urged
        ("Talks between Egypt and Qatar failed to restore diplomatic relations.", set()),
        (
            "Chile urged talks between Peru and Bolivia to restore diplomatic relations.",
            {("chile", "demandsOf", "peru", False), ("chile", "demandsOf", "bolivia", False)},
        ),
    ],
)
def test_a_mutual_act_of_the_parties_between(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand does not hedge the demand coordinated after it
        ("Norway called for a ceasefire and urged Sudan to withdraw.", {("norway", "demandsOf", "sudan", False)}),
        (
            "Norway urged Chad to stop and called on Sudan to withdraw.",
            {("norway", "demandsOf", "chad", False), ("norway", "demandsOf", "sudan", False)},
        ),
        # near cases: what is asked is still no fact
        ("Norway called on Chad to impose sanctions on Sudan.", {("norway", "demandsOf", "chad", False)}),
        ("Norway urged Chad to support Sudan.", {("norway", "demandsOf", "chad", False)}),
    ],
)
def test_a_demand_after_a_demand(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict stated with a copula on an act a possessive owns, with the act's own object between
        (
            "Serbia's attack on Kosovo was a flagrant violation of the ceasefire.",
            {("croatia", "criticises", "serbia", False), ("serbia", "attacks", "kosovo", False)},
        ),
        (
            "Hungary said that Serbia's support for Kosovo is unacceptable.",
            {("hungary", "criticises", "serbia", False), ("serbia", "supports", "kosovo", False)},
        ),
        # near case: denied, the verdict is not stated
        ("Serbia's attack on Kosovo was not a violation of the ceasefire.", {("serbia", "attacks", "kosovo", False)}),
    ],
)
def test_a_verdict_on_an_owned_act_with_its_object(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon, publisher="croatia") == expected
