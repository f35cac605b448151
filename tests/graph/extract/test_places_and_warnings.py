"""What an act's wording says of its target: the place support was given in and the danger a warning is about are
none, the author of a rejected statement is one (issue 14). Other actors and wording than the texts that prompted the rules, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import facts


@pytest.mark.parametrize(
    "text",
    [
        "Mexico criticised France, recalling the interventions that took place with its support in Haiti, Mali and Chad.",
        "Mexico recalled the many coups that Spain supported in Bolivia and Peru.",
    ],
)
def test_support_in_a_place_supports_no_one_there(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "supports"}


def test_the_verdict_beside_support_in_a_place_stays(lexicon: Lexicon) -> None:
    text = "Mexico criticised France, recalling the interventions that took place with its support in Haiti and Chad."
    assert facts(text, lexicon) == {("mexico", "criticises", "france", False)}


@pytest.mark.parametrize(
    "text",
    [
        "Spain supported Bolivia in its dispute with Chile.",
        "Spain expressed its support for Bolivia in its dispute with Chile.",
    ],
)
def test_whom_support_is_for_is_still_supported(lexicon: Lexicon, text: str) -> None:
    assert facts(text, lexicon) == {("spain", "supports", "bolivia", False)}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt warned of the grave consequences of the Turkish incursion.",
        "Egypt warned against any escalation by Turkey.",
        "Egypt warns about Turkey's military buildup.",
    ],
)
def test_a_warning_about_a_danger_threatens_no_one(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "threatens"}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt warned Turkey against any escalation.",
        "Egypt warned Turkey of grave consequences.",
        "Egypt warned that Turkey would pay a heavy price.",
    ],
)
def test_a_warning_to_an_actor_still_threatens_it(lexicon: Lexicon, text: str) -> None:
    assert ("egypt", "threatens", "turkiye", False) in facts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Ecuador rejects the statement from the Chilean Foreign Ministry.", "chile"),
        ("Ecuador firmly rejects the latest accusations from Chile.", "chile"),
        ("Peru rejects the remarks from Bolivia's foreign minister.", "bolivia"),
    ],
)
def test_from_after_a_noun_of_speech_names_its_author(lexicon: Lexicon, text: str, author: str) -> None:
    found = facts(text, lexicon)
    speaker = text.split()[0].lower()
    assert (speaker, "opposes", author, False) in found
    assert (author, "opposes", speaker, False) not in found


def test_support_from_a_source_still_goes_from_it(lexicon: Lexicon) -> None:
    assert facts("Peru received support from Chile.", lexicon) == {("chile", "supports", "peru", False)}
