"""Rules added for text nobody here has read (issue 14, after the second blind set was run whole). Each is tested
on sentences written for it, with other actors than the texts it came from, and with a case it must leave alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon, lexicon_from_store
from graph.extract.text import body_sentences
from tests.support.extraction import Fact, catalogue_store, facts


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return lexicon_from_store(catalogue_store())


# --- "Read also" inside a paragraph block ---------------------------------------------------------------------


def test_body_text_resumes_after_the_headlines_a_read_also_marker_links() -> None:
    text = (
        "Chile condemned the strike on the port. Peru said nothing about it at the meeting of the council.\n"
        "Read also\n"
        "Bolivia joins the regional trade bloc.\n"
        "This attack is a threat to regional security. It is a tragedy for the people of the coast, and the "
        "ministers will meet again next week to agree on a common answer.\n"
    )
    kept = [s.text for s in body_sentences(text)]
    assert "Bolivia joins the regional trade bloc." not in kept  # a linked headline: one short sentence
    assert "This attack is a threat to regional security." in kept  # a paragraph of several sentences: body


def test_the_lines_after_a_read_also_marker_stay_out_while_they_are_headlines(lexicon: Lexicon) -> None:
    text = "Talks resumed.\n\nRead also:\nRussia attacked Ukraine's power grid overnight.\nNATO condemned Russia.\n"
    assert facts(text, lexicon) == set()
