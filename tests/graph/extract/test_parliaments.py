"""A parliament named by its own name stands for its state, as a capital does (issue 14): other parliaments and
wording than the texts that prompted the names, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Knesset strongly condemned Iran's attack on Israel.", ("israel", "criticises", "iran", False)),
        ("Seimas today adopted a statement condemning Belarus.", ("lithuania", "criticises", "belarus", False)),
        ("The Verkhovna Rada thanked Poland for its support.", ("ukraine", "praises", "poland", False)),
    ],
)
def test_a_parliament_speaks_for_its_state(lexicon: Lexicon, text: str, expected: Fact) -> None:
    found = facts(text, lexicon)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Duma speaker Rada condemned Poland.", "ukraine"),  # "Rada" alone names no parliament
        ("The Riigikogu building was closed while Finland condemned Russia.", "estonia"),  # no act of the Riigikogu
    ],
)
def test_other_names_are_not_the_parliament_s_state(lexicon: Lexicon, text: str, absent: str) -> None:
    found = facts(text, lexicon)
    assert not {f for f in found if f[0] == absent}, found
