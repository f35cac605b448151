"""Which lines of an article are body text and how they split into sentences: "Read also" blocks, title
lines, wrapped paragraphs, datelines with an agency's mark, bylines in brackets, bulleted sentences, lines ending
with ";", honorific abbreviations, a speaker's line ending in "said:".

The sentences are written for the rules, with other actors than the labelled sets' texts; each rule with a case
it must leave alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from graph.extract.text import body_sentences
from tests.support.extraction import facts


def _texts(text: str) -> list[str]:
    return [s.text for s in body_sentences(text)]


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


def test_a_short_line_ending_in_said_colon_is_body_text() -> None:
    kept = [s.text for s in body_sentences("Heading of the release\n\nThe Foreign Minister said:\n\nWe act today.\n")]
    assert "The Foreign Minister said:" in kept
    assert "Heading of the release" not in kept
    assert "Related coverage:" not in [s.text for s in body_sentences("Related coverage:\n\nWe act today.\n")]


def test_a_speakers_paragraph_that_ends_with_a_question_is_body_text() -> None:
    text = (
        "Our Georgian friends held firm, and Moldova stood with them. Who could doubt their courage?\n\n"
        "Reporter: Chile said that it would send aid. Will you send aid too?\n"
    )
    assert _texts(text) == ["Our Georgian friends held firm, and Moldova stood with them."]


def test_a_title_line_over_a_paragraph_stands_alone() -> None:
    text = (
        "Peru: Chilean Naval Exercise Near Border Rejected\n"
        "Peru on Monday rejected the naval exercise held by Chile near the maritime border, stressing that\n"
        "it contradicts the spirit of the agreements signed by both countries over many years.\n"
    )
    first = _texts(text)[0]
    assert first.startswith("Peru on Monday rejected") and first.endswith("many years.")


def test_a_wrapped_paragraph_is_not_split_at_a_capitalised_line() -> None:
    text = (
        "We discussed the North-South Transport Corridor and the Lima-Santiago Eastern Maritime\n"
        "Corridor. Our trade has grown in the last decade and will keep growing in the next.\n"
    )
    assert _texts(text)[0] == (
        "We discussed the North-South Transport Corridor and the Lima-Santiago Eastern Maritime\nCorridor."
    )


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("(MENAFN- Gulf News Agency (GNA)) MANAMA, June 3 (GNA) -- Bahrain condemned the attack.", "Bahrain"),
        ("LIMA, March 4. /ANDINA/: Peru condemned the attack.", "Peru"),
        ("SANTIAGO: The ministry of Peru condemned the attack.", "The ministry"),
        ("Council Statement on Attacks against Chilean Personnel\n4 March 2012 - Peru condemned the attack.", "Peru"),
        ("LIMA, March 4. /ANDINA/. Peru condemned the attack.", "Peru"),
    ],
)
def test_a_news_agencys_mark_is_part_of_the_dateline(text: str, first: str) -> None:
    assert _texts(text)[0].startswith(first)


def test_a_paragraph_wholly_in_brackets_is_a_byline_one_that_only_opens_with_one_is_not() -> None:
    assert _texts("(Photo: Reuters / Chile's Foreign Ministry)\n\nPeru condemned the attack.\n") == [
        "Peru condemned the attack."
    ]
    assert _texts("(Agency) Peru condemned the attack on Chile (in a statement).\n")[0].startswith("(Agency) Peru")


def test_an_agency_report_under_a_title_line_gives_its_claims(lexicon: Lexicon) -> None:
    text = (
        "Bahrain: Attack On Qatar Rejected And Condemned\n"
        "(MENAFN- Gulf News Agency (GNA)) MANAMA, June 3 (GNA) -- Bahrain on Monday condemned the attack on Qatar\n"
        "by Iran, stressing that it threatens regional security and stability across the Gulf region. (end)\n"
    )
    assert facts(text, lexicon) == {("bahrain", "criticises", "iran", False), ("iran", "attacks", "qatar", False)}


def test_an_honorific_abbreviation_does_not_end_a_sentence() -> None:
    text = (
        "The Minister of Peru held a meeting with Hon. Ana B. Soto, Foreign Minister of Chile. They spoke at length.\n"
    )
    assert _texts(text) == [
        "The Minister of Peru held a meeting with Hon. Ana B. Soto, Foreign Minister of Chile.",
        "They spoke at length.",
    ]


def test_a_bulleted_sentence_without_a_full_stop_is_body_text() -> None:
    text = (
        "• Peru sanctions Chilean officials involved in recent unlawful detentions of journalists in the north\n"
        "• Sanctions also target officials involved in last year's crackdown on the press in the southern regions\n"
        "- Visit to Peru of the Minister of Foreign Affairs of Chile and the Secretary-General of the Organisation\n"
        "• in support of the detentions of journalists and the closure of newspapers across the country\n"
    )
    assert _texts(text) == [
        "Peru sanctions Chilean officials involved in recent unlawful detentions of journalists in the north",
        "Sanctions also target officials involved in last year's crackdown on the press in the southern regions",
    ]


def test_a_bulleted_sentence_gives_its_claim(lexicon: Lexicon) -> None:
    text = "Summary:\n\n• Peru sanctions Chilean officials involved in recent unlawful detentions of journalists\n"
    assert facts(text, lexicon) == {("peru", "sanctions", "chile", False)}


def test_lines_ending_with_a_semicolon_go_on_into_the_next(lexicon: Lexicon) -> None:
    text = "Peru has increased its support to Bolivia;\nreinforced its defence;\nand deepened its partnerships.\n"
    assert _texts(text) == [text.strip()]
    assert facts(text, lexicon) == {("peru", "supports", "bolivia", False)}
    assert _texts("Peru and Chile\nBolivia will increase its support to Peru.\n") == [
        "Bolivia will increase its support to Peru."
    ]
