"""The speaker as subject (issue 14): "we" in a quotation is the state or bloc its speaker speaks for, and a speaker
named after the verb ("..., said the Foreign Minister") asserts the quotation. Written for the rules, with other
actors and wording than the texts that prompted them, and the near cases they must leave alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from graph.extract.pipeline import extract
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We condemn Serbia,” said the Croatian Foreign Minister.", {("croatia", "criticises", "serbia", False)}),
        ("“We stand with Moldova,” the Romanian Prime Minister said.", {("romania", "supports", "moldova", False)}),
        ("The Polish President said: “We support Ukraine and our allies.”", {("poland", "supports", "ukraine", False)}),
        # near cases: "we" outside a quotation, and a quotation with no one speaking for a state
        ("Croatia said it would act, while we condemn Serbia.", set()),
        ("“We condemn Serbia,” said a witness.", set()),
    ],
)
def test_we_in_a_quotation_is_the_speakers_state(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


def test_a_speaker_after_the_verb_asserts_the_quotation(lexicon: Lexicon) -> None:
    found = extract("“Serbia attacked Kosovo,” said the Croatian Foreign Minister.", lexicon)
    assert [(c.subject, c.relation, c.object, c.asserted_by) for c in found] == [
        ("serbia", "attacks", "kosovo", "croatia")
    ]


def test_a_longer_tail_after_the_speaker_is_not_read_as_the_speaker(lexicon: Lexicon) -> None:
    found = extract("“Serbia attacked Kosovo,” said the Croatian Foreign Minister in a statement.", lexicon)
    assert [(c.subject, c.asserted_by) for c in found] == [("serbia", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation mark closing inside a cue phrase is no word of it
        ('Vietnam lodged a "strong protest" with China.', {("vietnam", "criticises", "china", False)}),
        (
            'Malaysia has conveyed its "strongest protest" to Indonesia.',
            {("malaysia", "criticises", "indonesia", False)},
        ),
        # near cases: a quoted word with no actor after the cue, and a quoted cue denied
        ('Vietnam lodged a "strong protest" on Monday.', set()),
        ('Vietnam did not lodge a "formal protest" with China.', {("vietnam", "criticises", "china", True)}),
    ],
)
def test_a_closing_quote_inside_a_cue(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
