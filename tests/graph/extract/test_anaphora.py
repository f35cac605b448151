"""The subject of the previous sentence named again at the head of the next: "It" (before its verb, not "It is" or
"It was") for a state or an organisation that opened the previous sentence alone, "the body" or "the bloc" for a
bloc or an organisation, "the ministry" for a state. The sentences are written here."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The OAS met on Friday. It also urged Chile to withdraw.", {("oas", "demandsOf", "chile", False)}),
        ("The OAS met on Friday. Furthermore, it urged Chile to withdraw.", {("oas", "demandsOf", "chile", False)}),
        ("The OAS decided to act on Friday. The body also welcomed the statement by Peru.",
         {("oas", "praises", "peru", False)}),
        # left alone: "It is", "It was", a list before, a person before, a body noun for a state
        ("Peru condemned Chile. It is clear that Bolivia supports Chile.",
         {("peru", "criticises", "chile", False), ("bolivia", "supports", "chile", False)}),
        ("Peru condemned Chile. It was attacked by Bolivia.", {("peru", "criticises", "chile", False)}),
        ("Peru and Chile condemned Bolivia. It also urged Bolivia to withdraw.",
         {("peru", "criticises", "bolivia", False), ("chile", "criticises", "bolivia", False)}),
        ("Narendra Modi met the press. It also urged Chile to withdraw.", set()),
        ("Peru met on Friday. The body also urged Chile to withdraw.", set()),
    ],
)  # fmt: skip
def test_the_previous_subject_named_again(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected
