"""Rejecting what another said, or calling it unfounded, criticises them (issue 14): other actors and wording than the
texts that prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import facts


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador firmly rejects Chile's baseless accusations.",
        "Ecuador rejects the claims made by Chile.",
        "Ecuador categorically rejected the irresponsible remarks of the Chilean foreign minister.",
    ],
)
def test_rejecting_anothers_words_criticises_them(lexicon: Lexicon, text: str) -> None:
    found = facts(text, lexicon)
    assert ("ecuador", "criticises", "chile", False) in found
    assert ("ecuador", "opposes", "chile", False) in found


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador rejects Chile's decision to close the border.",  # an act rejected: opposition only
        "Ecuador does not reject Chile's statement.",  # a rejection denied
    ],
)
def test_other_rejections_criticise_no_one(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "criticises"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile called Peru's claims unfounded.",
        "Chile described Peru's accusations as baseless.",
        'Chile called Peru\'s move a "flagrant" violation of the treaty.',  # quotation marks are no words
    ],
)
def test_calling_anothers_words_unfounded_criticises_them(lexicon: Lexicon, text: str) -> None:
    assert facts(text, lexicon) == {("chile", "criticises", "peru", False)}


@pytest.mark.parametrize(
    "text",
    [
        "Chile called the accusations against Peru unfounded.",  # Peru is accused, not accusing
        "Chile did not call Peru's claims unfounded.",
        "Chile called Peru's claims plausible.",
        'Chile called Peru\'s move a "welcome" step.',
    ],
)
def test_other_complements_criticise_no_one(lexicon: Lexicon, text: str) -> None:
    assert facts(text, lexicon) == set()
