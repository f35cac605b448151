"""An actor named as the modifier of a common noun that an apposition then names (issue 14): "the EU candidate
country, Turkey," is Turkey. Sentences written for the rule, with other actors than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany calls on the EU candidate country, Serbia, to respect these principles.",
            {("germany", "demandsOf", "serbia", False)},
        ),
        (
            "Norway called on the NATO member, Hungary, to ratify the accession.",
            {("norway", "demandsOf", "hungary", False)},
        ),
        # near cases: the actor itself is the object, with no apposition or with a relative clause after the comma
        ("Germany calls on the EU to respect these principles.", {("germany", "demandsOf", "european-union", False)}),
        (
            "France condemns the Russian government, which has attacked Ukraine.",
            {("france", "criticises", "russia", False), ("russia", "attacks", "ukraine", False)},
        ),
    ],
)
def test_apposition_names_the_object(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of another relation used as an adjective does not end the search for the object
        ("Latvia summoned the designated Belarusian ambassador.", {("latvia", "criticises", "belarus", False)}),
        # near case: the same participle as a verb of its own, with its own object
        (
            "Latvia summoned the ambassador and designated Belarus a sponsor of terrorism.",
            {("latvia", "sanctions", "belarus", False)},
        ),
    ],
)
def test_a_participle_as_an_adjective(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement "attributed to" an actor is that actor's: the verdict on it reaches them
        (
            "Kenya rejects the statement attributed to the Foreign Minister of Somalia.",
            {("kenya", "opposes", "somalia", False), ("kenya", "criticises", "somalia", False)},
        ),
        (
            "Chile condemns the remarks attributed to the Bolivian president.",
            {("chile", "criticises", "bolivia", False)},
        ),
        # near case: attributing an act to someone is no verdict on them by itself
        ("Kenya attributed the attack to Al-Shabaab.", set()),
    ],
)
def test_a_statement_attributed_to_an_actor(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words of an office title are no distance to the actor it names
        (
            "Kenya rejects the irresponsible statement attributed to the Foreign Minister of Somalia.",
            {("kenya", "opposes", "somalia", False), ("kenya", "criticises", "somalia", False)},
        ),
        # near case: lower-case words of the same count still are
        ("Kenya rejects the irresponsible statement made at a long meeting of foreign ministers of Somalia.", set()),
    ],
)
def test_an_office_title_is_no_distance(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of several words is one word of distance
        (
            "Jordan condemns the storming of the Ibrahimi Mosque Compound by Israeli extremist settlers.",
            {("jordan", "criticises", "israel", False)},
        ),
        # near case: the name with no agent after it
        ("Jordan condemns the storming of the Ibrahimi Mosque Compound.", set()),
    ],
)
def test_a_name_of_several_words_is_one_word_of_distance(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "anti-" and an actor before a noun cue: whom the act is against
        ("The EU adopted new anti-Iranian sanctions.", {("european-union", "sanctions", "iran", False)}),
        ("Canada imposed anti-Russia sanctions.", {("canada", "sanctions", "russia", False)}),
        # near case: "anti-" before a bloc's noun stays an adjective
        ("Russia and China formed an anti-Western bloc.", {("russia", "formsBlocWith", "china", False)}),
    ],
)
def test_anti_names_the_object(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
