"""A mutual defence agreement or pact is an alliance (issue 14). Sentences written for the cue data, with other actors
than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan and the Philippines signed a strategic mutual defense agreement.",
            {("japan", "formsBlocWith", "philippines", False)},
        ),
        # near cases: not signed, and a defence agreement that is not mutual defence
        (
            "Japan and the Philippines did not sign a mutual defence pact.",
            {("japan", "formsBlocWith", "philippines", True)},
        ),
        ("Japan and the Philippines signed a defence agreement on training.", set()),
    ],
)
def test_a_mutual_defence_agreement_is_an_alliance(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    found = {(min(s, o), r, max(s, o), n) for s, r, o, n in facts(text, lexicon)}
    assert found == {(min(s, o), r, max(s, o), n) for s, r, o, n in expected}
