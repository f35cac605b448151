"""What an act's wording says is no target: the danger a warning is about (issue 14). Other actors and wording than the texts that prompted the rules, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import facts


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
