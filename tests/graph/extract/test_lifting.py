"""A sanction ended by a noun ("the lifting of the embargo on X") or by a passive ("the embargo on X was lifted") is
stated as no longer holding (issue 14); asked for or still to come, it holds. Sentences written for the rule, with
other actors than the texts that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, assert_stated, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Security Council welcomed the lifting of the arms embargo on Eritrea by the United Nations.",
            ("united-nations", "sanctions", "eritrea", True),
        ),
        ("The EU arms embargo on China was lifted in 2025.", ("european-union", "sanctions", "china", True)),
        # near cases: extended, or only demanded: the sanction holds
        ("The EU arms embargo on China was extended in 2025.", ("european-union", "sanctions", "china", False)),
        ("The EU arms embargo on China must be lifted.", ("european-union", "sanctions", "china", False)),
        ("Iran demanded the lifting of the US sanctions on Iran.", ("united-states", "sanctions", "iran", False)),
    ],
)
def test_an_ended_sanction_no_longer_holds(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert_stated(text, lexicon, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of ending rules its own object, not a verb coordinated after it
        (
            "Chad agreed to end the dispute and restore relations with Libya.",
            ("chad", "seeksResetWith", "libya", False),
        ),
        # near case: the ending's own object
        ("Chad ended its support for Boko Haram.", ("chad", "supports", "boko-haram", True)),
    ],
)
def test_an_ending_rules_only_its_object(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert_stated(text, lexicon, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the concessive "if not" before an adverb or adjective is no condition
        (
            "Tehran will respond firmly, if not necessarily in kind, to the new EU anti-Iranian sanctions.",
            ("european-union", "sanctions", "iran", False),
        ),
        # near case: "if not" before a participle is one
        ("If not stopped, Russia will attack Moldova.", None),
    ],
)
def test_a_concessive_if_not_is_no_condition(lexicon: Lexicon, text: str, expected: Fact | None) -> None:
    found = facts(text, lexicon)
    assert found == ({expected} if expected is not None else set())
