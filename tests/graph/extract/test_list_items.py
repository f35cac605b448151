"""A list of items that a line ending in ":" opens, each continuing its sentence in lower case ("the Council:" / "•
condemned ...;" / "• urged ...;"): the items are body text, and the subject the opening line ends with acts in every
item that opens with its verb. With the cases it must leave alone. The texts are written here."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from graph.extract.text import body_sentences
from tests.support.extraction import Fact, facts

ITEMS = """
  • condemned in the strongest terms the armed attack on Peru by Chile in violation of international law;
  • urged Chile to immediately cease its military operations in Peru;
  • expressed their support to Peru and their solidarity with its people;

The Council also agreed to meet again on 25 February.
"""
OPENING = "Peru: decisions\n\nIn a decision adopted today, at a meeting of the 35 member states, {subject}:\n"


def test_the_items_and_the_line_that_opens_them_are_body_text() -> None:
    texts = [s.text for s in body_sentences(OPENING.format(subject="the Permanent Council of the OAS") + ITEMS)]
    assert texts[1:4] == [
        "condemned in the strongest terms the armed attack on Peru by Chile in violation of international law;",
        "urged Chile to immediately cease its military operations in Peru;",
        "expressed their support to Peru and their solidarity with its people;",
    ]
    assert texts[0].endswith("the Permanent Council of the OAS:")


@pytest.mark.parametrize(
    ("subject", "publisher"),
    [
        ("the Permanent Council of the OAS", None),  # an organ of the body named after "of"
        ("the OAS", None),
        ("the Committee of Ministers", "oas"),  # the voice's own organ
    ],
)
def test_the_subject_of_the_opening_line_acts_in_each_item(
    lexicon: Lexicon, subject: str, publisher: str | None
) -> None:
    assert facts(OPENING.format(subject=subject) + ITEMS, lexicon, publisher) == {
        ("chile", "attacks", "peru", False),
        ("oas", "criticises", "chile", False),
        ("oas", "demandsOf", "chile", False),
        ("oas", "supports", "peru", False),
    }


LEFT_ALONE: list[tuple[str, set[Fact]]] = [
    # the opening line names no subject of its own: the items' acts have no agent
    ("Peru: decisions\n\nThe decisions adopted at the meeting of the OAS include:\n"
     "  • condemned the armed attack on Peru by Chile;\n", {("chile", "attacks", "peru", False)}),
    # an item that opens with a noun, not a verb
    ("Peru: decisions\n\nIn a decision adopted today, the OAS:\n"
     "  • the continued cooperation with Chile;\n", set()),
    # items in lower case with no line ending in ":" before them stay out, as before
    ("Peru: decisions\n\nThe OAS met today.\n\n  • condemned the armed attack on Peru by Chile;\n", set()),
    # a sentence after the list opens anew: its verb is not the list's subject's
    ("Peru: decisions\n\nIn a decision adopted today, the OAS:\n"
     "  • condemned the armed attack on Peru by Chile;\n\nLater, condemned by many, Chile withdrew.\n",
     {("chile", "attacks", "peru", False), ("oas", "criticises", "chile", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LEFT_ALONE)
def test_items_left_alone(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
