"""A standing meeting of actors named by their hyphenated names is cooperation between them (issue 14): written for
the rule, with other actors and wording than the texts that prompted it, and the near cases it must leave alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers spoke at the India-Australia 2+2 dialogue in Delhi.",
            {("india", "cooperatesWith", "australia", False)},
        ),
        (
            "Ministers met at the Turkey-Azerbaijan-Georgia trilateral meeting in Tbilisi.",
            {
                ("turkiye", "cooperatesWith", "azerbaijan", False),
                ("turkiye", "cooperatesWith", "georgia", False),
                ("azerbaijan", "cooperatesWith", "georgia", False),
            },
        ),
    ],
)
def test_a_hyphenated_meeting_is_cooperation(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Iran-Iraq war lasted eight years.",  # no meeting
        "The leaders decided on a joint Kenya-Uganda summit next year.",  # planned
        "Chile and Peru could hold a Chile-Peru dialogue.",  # hoped for
        "The Kenya - Uganda summit was cancelled after the dispute.",  # spaced out: not one name
        "Delegates met at the Armenia-Azerbaijan peace summit in Prague.",  # adversaries settling a conflict
        "The Ethiopia-Eritrea talks resumed in Nairobi.",  # talks, as between adversaries
    ],
)
def test_no_cooperation_from_a_meeting_not_held(text: str, lexicon: Lexicon) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "cooperatesWith"}
