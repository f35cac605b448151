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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministers met on Monday following airstrikes conducted by Turkey on northern Iraq.",
            ("turkiye", "attacks", "iraq", False),
        ),
        (
            "The Council convened after the raids carried out by Russian forces against a Georgian village.",
            ("russia", "attacks", "georgia", False),
        ),
        (
            "Talks resumed despite the shelling mounted by Armenia in Azerbaijan.",
            ("armenia", "attacks", "azerbaijan", False),
        ),
    ],
)
def test_an_act_of_force_done_by_an_agent_is_an_attack(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "The Council praised the operation launched by Kenya against corruption.",  # no act of force, no actor hit
        "The Council praised the talks conducted by Norway in Sudan.",  # talks, not force
        "Ministers met following suspected strikes carried out by Israel against Iran.",  # only suspected
        "Ministers met after strikes reported by Israel in Iran.",  # reported, not done, by the actor
    ],
)
def test_other_acts_done_by_an_agent_attack_no_one(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "attacks" and not f[3]}
