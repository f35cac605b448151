"""In the text of one voice, an officer named with a title of office and no actor ("..., said Foreign Minister X") is
the voice's own, and their surname later speaks for it (issue 14). Written for the rule, with other actors and
wording than the text that prompted it, and the near cases it must leave alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import facts

_OPENING = "Chile welcomed the ruling.\n\n"


@pytest.mark.parametrize(
    "named",
    [
        "“This is a good day,” said Foreign Minister Ana Rojas.",
        "Foreign Minister Ana Rojas said it was a good day.",
    ],
)
def test_the_voices_untitled_officer_speaks_for_it(named: str, lexicon: Lexicon) -> None:
    text = _OPENING + named + "\n\nRojas called on Peru to withdraw its troops."
    assert facts(text, lexicon, publisher="chile") == {("chile", "demandsOf", "peru", False)}


@pytest.mark.parametrize(
    "named",
    [
        "The minister met with Foreign Minister Luis Soto in Lima.",  # the title follows a verb: a guest
        "Peruvian Foreign Minister Luis Soto said it was a bad day.",  # the title names another state
    ],
)
def test_another_officer_does_not_speak_for_the_voice(named: str, lexicon: Lexicon) -> None:
    text = _OPENING + named + "\n\nSoto called on Bolivia to withdraw its troops."
    assert ("chile", "demandsOf", "bolivia", False) not in facts(text, lexicon, publisher="chile")
