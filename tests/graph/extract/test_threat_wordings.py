"""Threats in their official wordings (issue 14): coercion and intimidation against an actor, threats made by one
actor against another (a place named "from" between them is no party). Sentences written for the rules, with other
actors than the texts that prompted them."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia has been escalating its military coercion against Moldova.",
            {("russia", "threatens", "moldova", False)},
        ),
        (
            "Greece condemned the threats made by the Turkish Foreign Minister from Cyprus against Greece.",
            {("greece", "criticises", "turkiye", False), ("turkiye", "threatens", "greece", False)},
        ),
        # near cases: threats by an actor on no one named, and a reply to them
        ("Japan condemned the threats by North Korea.", {("japan", "criticises", "north-korea", False)}),
        ("India, in response to repeated threats by Pakistani officials, reminded Islamabad of the treaty.", set()),
    ],
)
def test_threats_in_their_wordings(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
