"""The rules added for the second blind set (issue 14): who acts in a noun phrase, and where an object search
stops. Each is tested on sentences written for it, with other actors than the texts, and with a case it must leave
alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an actor between a determiner and the act noun is its agent, even after a preposition
        (
            "The OSCE responded to the Ethiopian aggression against Eritrea.",
            ("ethiopia", "attacks", "eritrea", False),
            ("osce", "attacks", "eritrea", False),
        ),
        # "its" before an act noun names the nearest actor that can own it, not the verb's subject
        (
            "France sanctioned ten companies that enabled Russia's campaign, including its brutal attack on Georgia.",
            ("russia", "attacks", "georgia", False),
            ("france", "attacks", "georgia", False),
        ),
        (
            "Canada reaffirmed its support for Ukraine.",
            ("canada", "supports", "ukraine", False),
            ("ukraine", "supports", "canada", False),
        ),
    ],
)
def test_the_agent_of_an_act_noun(lexicon: Lexicon, text: str, present: Fact, absent: Fact) -> None:
    found = facts(text, lexicon)
    assert present in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an adjunct of time or circumstance is no way to the object
        (
            "Norway announced these sanctions during his attendance at the OSCE meeting in Vienna.",
            ("norway", "sanctions", "osce"),
        ),
        # a verb in -ing right after the cue opens another act
        (
            "We have made clear our commitment to promoting accountability for Iran's malign actions.",
            ("canada", "supports", "iran"),
        ),
    ],
)
def test_the_object_search_stops(lexicon: Lexicon, text: str, absent: tuple[str, str, str]) -> None:
    assert {f[:3] for f in facts(text, lexicon, publisher="canada")}.isdisjoint({absent})


def test_the_object_search_still_reaches_a_plain_object(lexicon: Lexicon) -> None:
    assert ("norway", "sanctions", "iran", False) in facts(
        "Norway announced sanctions on Iran during the visit.", lexicon
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a participle right after a common noun says something of that noun
        ("Canada issued a firm warning backed by NATO.", ("nato", "supports", "canada")),
        ("Norway listed traders supplying Russia with Iranian drones.", ("norway", "supports", "russia")),
        ("Hamas fires rockets threatening towns in Israel.", ("hamas", "threatens", "israel")),
        # "any ... that" has its own, only supposed, subject
        (
            "We will punish any company, bank, or country that provides support for Russia.",
            ("canada", "supports", "russia"),
        ),
        # the actor another cue acts on is not the subject of a later act noun
        (
            "Earlier sanctions include Hezbollah and those responsible for the attack on Israel.",
            ("hezbollah", "attacks", "israel"),
        ),
    ],
)
def test_no_claim_from_a_modifier_or_a_supposed_subject(
    lexicon: Lexicon, text: str, absent: tuple[str, str, str]
) -> None:
    assert absent not in {f[:3] for f in facts(text, lexicon, publisher="canada")}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Iran has been supplying Russia with drones.", ("iran", "supports", "russia")),
        ("Israel was attacked by Iran.", ("iran", "attacks", "israel")),
        ("Hezbollah launched the attack on Israel.", ("hezbollah", "attacks", "israel")),
    ],
)
def test_verbs_and_owned_nouns_keep_their_subject(lexicon: Lexicon, text: str, present: tuple[str, str, str]) -> None:
    assert present in {f[:3] for f in facts(text, lexicon)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the statement's own demand stated as an obligation, by its voice
        ("Iran must release the crew of the ship immediately.", {("osce", "demandsOf", "iran", False)}),
        ("Russia must end its violations of international law.", {("osce", "demandsOf", "russia", False)}),
        # a wish without an object, another passive, a noun's "of X" and a condition are neither demand nor opposition;
        # a stated need to defeat the actor is opposition
        ("Israel must prevail, and we will help.", set()),
        ("ISIL must be defeated.", {("osce", "opposes", "isis", False)}),
        ("Iran must be consulted.", set()),
        ("The bloodshed of the people of Myanmar must be stopped.", set()),
        ("If Russia must retreat, it will.", set()),
        # "between A and B" closing the cue: each seeks it with the other
        (
            "The President and the King agreed to the full normalisation of relations between Morocco and Israel.",
            {("israel", "seeksResetWith", "morocco", False), ("morocco", "seeksResetWith", "israel", False)},
        ),
        # "between" reached past other words is not the cue's
        ("The sanctions on trade between Iran and Russia were announced by Canada.", set()),
        # cue phrases added as data: "encourage", "appreciation and gratitude to", "aggression in"
        ("Canada encourages Serbia to engage in the dialogue.", {("canada", "demandsOf", "serbia", False)}),
        (
            "We express our appreciation and gratitude to Qatar and Egypt.",
            {("osce", "praises", "egypt", False), ("osce", "praises", "qatar", False)},
        ),
        ("The Houthis procured drones from Iran.", {("iran", "supports", "houthis", False)}),
        (
            "Russia's incursion into Georgia was condemned by Canada.",
            {("canada", "criticises", "russia", False), ("russia", "attacks", "georgia", False)},
        ),
        (
            "Hungary condemned Russia's aggression in Georgia.",
            {("hungary", "criticises", "russia", False), ("russia", "attacks", "georgia", False)},
        ),
    ],
)
def test_obligations_mutual_relations_and_new_cues(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon, publisher="osce") == expected


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a joint statement's heading names its signatories: "we" speaks for each, not for the publisher alone
        (
            "Joint statement from the Governments of Norway, Canada and Germany on Sudan.\n\nWe condemn Russia.\n",
            {"norway", "canada", "germany"},
        ),
        ("The Lima Joint Statement from the Leaders of Brazil and India\n\nWe condemn Russia.\n", {"brazil", "india"}),
        # a statement that only mentions someone else's joint statement is not one
        ("Statement on the joint statement of Brazil and India.\n\nWe condemn Russia.\n", {"united-kingdom"}),
    ],
)
def test_a_joint_statements_heading_names_its_signatories(lexicon: Lexicon, text: str, subjects: set[str]) -> None:
    found = facts(text, lexicon, publisher="united-kingdom")
    assert {s for s, r, o, _ in found if (r, o) == ("criticises", "russia")} == subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the attack claimed by X": X is its agent; condemning it condemns X, and no one is said to attack X
        (
            "Canada condemns in the strongest terms the terrorist attack claimed by Hezbollah at a market in the north.",
            {("canada", "criticises", "hezbollah", False)},
        ),
        ("The attack carried out by Hamas against Israel was condemned.", {("hamas", "attacks", "israel", False)}),
        # a praise cue's "by" names whom it praises
        ("Canada welcomed the commitment by Serbia to hold talks.", {("canada", "praises", "serbia", False)}),
    ],
)
def test_an_act_noun_names_its_agent_after_by(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
