"""A launch of weapons with its agent and its direction is an attack (issue 14): other actors and wording than the
text that prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar condemned Hamas's firing of rockets toward Israel.", ("hamas", "attacks", "israel", False)),
        (
            "Egypt condemned the launching of three drones by the Houthi militias towards Saudi Arabia.",
            ("houthis", "attacks", "saudi-arabia", False),
        ),
        ("Japan condemned the launch of missiles by Iran at Israel.", ("iran", "attacks", "israel", False)),
    ],
)
def test_a_launch_with_agent_and_target_is_an_attack(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar condemned the launch of talks by Iran with Israel.",  # no weapon
        "Qatar condemned the firing of rockets toward Israeli towns.",  # no agent
        "Qatar denied the launch of missiles by Iran at Israel.",  # denied
        "Iran could order the launch of missiles by Hezbollah at Israel.",  # only possible
    ],
)
def test_other_launches_attack_no_one(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "attacks" and not f[3]}
