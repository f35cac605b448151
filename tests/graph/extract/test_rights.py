"""Affirming an actor's right of self-defence supports it; questioning or denying it does not. The sentences are
written here."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts

SUPPORT = {("chile", "supports", "bolivia", False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile reaffirmed Bolivia's right to defend itself.", SUPPORT),
        ("The President firmly reaffirmed Bolivia's right to self-defence against Peru.", SUPPORT),
        ("Chile recognises Bolivia's inherent right of self-defence.", SUPPORT),
        # left alone: denied, questioned
        ("Chile does not recognise Bolivia's right to defend itself.", set()),
        ("Peru questioned Bolivia's right to self-defence.", set()),
    ],
)
def test_affirming_a_right_of_self_defence_supports_its_owner(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nSantiago, 3 June 2024\n\n" + text, lexicon, publisher="chile") == expected
