"""Extraction of candidate claims from article text: the seed article, the rules, the evaluation set."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, Store

from graph.extract.dates import latest_on_or_before
from graph.extract.eval import claim_key, evaluate, format_evaluation, read_gold
from graph.extract.lexicon import Lexicon, lexicon_from_select, lexicon_from_store
from graph.extract.pipeline import CandidateClaim, candidates_to_rows, extract, write_candidates_csv
from graph.extract.text import body_sentences
from graph.intake.claims_format import COLUMNS, read_claims
from graph.model.catalogue import read_catalogue
from graph.namespaces import ENT, ID, SKOS
from graph.store.embedded import EmbeddedStore
from ontology import CATALOGUE_FILES
from tests.support.data import EXTRACT_SET, ONTOLOGY

ONTOLOGY = ONTOLOGY
DATA = EXTRACT_SET
SEED = DATA / "isw-putin-reset-2024-11-08.txt"
SEED_PUBLISHED = date(2024, 11, 8)

Fact = tuple[str, str, str, bool]


@pytest.fixture
def catalogue_store() -> Store:
    """A fresh in-memory pyoxigraph store with the vocabulary and the whole actor catalogue."""
    store = Store()
    for name in ("entente.ttl", *CATALOGUE_FILES):
        store.load(path=str(ONTOLOGY / name))
    return store


@pytest.fixture
def lexicon(catalogue_store: Store) -> Lexicon:
    return lexicon_from_store(catalogue_store)


@pytest.fixture
def seed_claims(lexicon: Lexicon) -> list[CandidateClaim]:
    return extract(
        SEED.read_text(encoding="utf-8"),
        lexicon,
        published=SEED_PUBLISHED,
        source_url="https://euromaidanpress.com/2024/11/08/isw-russian-president-seeks-reset/",
        title="ISW: Russian president seeks reset with Trump administration on Moscow's terms",
        publisher="Euromaidan Press",
    )


def facts(claims: list[CandidateClaim]) -> set[Fact]:
    return {(c.subject, c.relation, c.object, c.negated) for c in claims}


def facts_of(text: str, lexicon: Lexicon, published: date | None = SEED_PUBLISHED) -> set[Fact]:
    return facts(extract(text, lexicon, published=published))


def only(claims: list[CandidateClaim]) -> CandidateClaim:
    assert len(claims) == 1, claims
    return claims[0]


# --- The seed article ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "relation", "obj", "asserted_by"),
    [
        ("russia", "seeksResetWith", "united-states", "isw"),
        ("united-states", "sanctions", "russia", "isw"),
        ("united-states", "supports", "ukraine", "isw"),
        ("russia", "attacks", "ukraine", "isw"),
        ("russia", "formsBlocWith", "iran", "isw"),
        ("russia", "formsBlocWith", "north-korea", "isw"),
        ("russia", "formsBlocWith", "china", "isw"),
        ("vladimir-putin", "criticises", "nato", "isw"),
        ("donald-trump", "praises", "vladimir-putin", ""),
    ],
)
def test_seed_article_proposes_the_claims_with_their_asserting_party(
    seed_claims: list[CandidateClaim], subject: str, relation: str, obj: str, asserted_by: str
) -> None:
    found = {(c.subject, c.relation, c.object, c.negated, c.asserted_by) for c in seed_claims}
    assert (subject, relation, obj, False, asserted_by) in found


def test_seed_article_has_at_most_two_false_claims(seed_claims: list[CandidateClaim], lexicon: Lexicon) -> None:
    gold = read_gold(SEED.with_suffix(".claims.csv"), lexicon.symmetric)
    false = [
        c for c in seed_claims if claim_key(c.subject, c.relation, c.object, c.negated, lexicon.symmetric) not in gold
    ]
    assert len(false) <= 2, false


def test_seed_article_dates_the_valdai_claim_and_attributes_it_to_putin(seed_claims: list[CandidateClaim]) -> None:
    claim = only([c for c in seed_claims if (c.subject, c.relation) == ("donald-trump", "seeksResetWith")])
    assert (claim.object, claim.asserted_by, claim.valid_from) == ("russia", "vladimir-putin", date(2024, 11, 7))


def test_seed_article_keeps_one_candidate_per_claim(seed_claims: list[CandidateClaim], lexicon: Lexicon) -> None:
    keys = [c.key(lexicon.symmetric) for c in seed_claims]
    assert len(keys) == len(set(keys))


# --- Quotes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("article", sorted(DATA.glob("*.txt")), ids=lambda p: p.stem)
def test_quotes_are_verbatim_sentences_with_their_offsets(article: Path, lexicon: Lexicon) -> None:
    text = article.read_text(encoding="utf-8")
    claims = extract(text, lexicon, published=SEED_PUBLISHED)
    assert claims
    for claim in claims:
        assert text[claim.quote_start : claim.quote_end] == claim.quote
        assert claim.quote == claim.quote.strip() and claim.quote[-1] in ".\"”'"
        assert 0.0 <= claim.confidence <= 1.0


def test_the_quote_is_the_sentence_that_makes_the_claim(lexicon: Lexicon) -> None:
    text = "Talks resumed in Geneva. Russia attacked Ukraine on Monday. The weather was fine."
    claim = only(extract(text, lexicon, published=SEED_PUBLISHED))
    assert (claim.quote, claim.quote_start, claim.quote_end) == ("Russia attacked Ukraine on Monday.", 25, 59)


# --- Negation, hedges, attribution, dates -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran on Tuesday denied supplying Russia with drones.", {("iran", "supports", "russia", True)}),
        (
            "China has not condemned Russia's invasion of Ukraine.",
            {("china", "criticises", "russia", True), ("russia", "attacks", "ukraine", False)},
        ),
        ("Israel has so far declined to send weapons to Ukraine.", {("israel", "supports", "ukraine", True)}),
        ("Germany didn't sanction Iran.", {("germany", "sanctions", "iran", True)}),
        (
            "South Korea and Japan are not members of NATO.",
            {("south-korea", "memberOf", "nato", True), ("japan", "memberOf", "nato", True)},
        ),
        ("Germany sanctioned Iran.", {("germany", "sanctions", "iran", False)}),
    ],
)
def test_negation(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts_of(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The EU could impose sanctions on Iran.",
        "Poland is considering sanctions against Belarus.",
        "Zelensky urged Israel to supply weapons to Ukraine.",
        "Washington warned Beijing against supplying Russia with weapons.",
        "Ukraine's bid to join NATO was discussed.",
    ],
)
def test_hedged_relations_are_not_proposed(lexicon: Lexicon, text: str) -> None:
    relations = {relation for _, relation, _, _ in facts_of(text, lexicon)}
    assert relations <= {"threatens", "demandsOf"}, relations


@pytest.mark.parametrize(
    ("text", "asserted_by"),
    [
        ("ISW reports that Russia attacked Ukraine.", "isw"),
        ("According to the Kremlin, Ukraine attacked Russia.", "russia"),
        ("Ukraine attacked Russia, according to the Kremlin.", "russia"),
        ("Putin said the United States threatened Russia.", "vladimir-putin"),
        ("\u201cRussia attacked Ukraine,\u201d ISW writes.", "isw"),
        ("ISW notes that Iran supports Russia.", "isw"),
        ("Iran supports Russia, ISW noted.", "isw"),
        ("Russia attacked Ukraine.", ""),
    ],
)
def test_the_asserting_party_comes_from_attribution(lexicon: Lexicon, text: str, asserted_by: str) -> None:
    assert only(extract(text, lexicon, publisher="Euromaidan Press")).asserted_by == asserted_by


def test_a_report_named_earlier_keeps_speaking(lexicon: Lexicon) -> None:
    text = "ISW reports that Iran supports Russia. The report states that Russia attacked Ukraine."
    claims = extract(text, lexicon)
    assert {(c.relation, c.asserted_by) for c in claims} == {("supports", "isw"), ("attacks", "isw")}


def test_an_unknown_speaker_is_not_the_article_and_lowers_confidence(lexicon: Lexicon) -> None:
    plain = only(extract("Russia attacked Ukraine.", lexicon))
    reported = only(extract("\u201cRussia attacked Ukraine,\u201d Blinken said.", lexicon))
    assert reported.confidence < plain.confidence


@pytest.mark.parametrize(
    ("text", "published", "valid_from"),
    [
        ("On 7 November, Russia attacked Ukraine.", date(2024, 11, 8), date(2024, 11, 7)),
        ("On 7 November, Russia attacked Ukraine.", date(2024, 3, 1), date(2023, 11, 7)),
        ("Russia attacked Ukraine on November 7.", date(2024, 11, 7), date(2024, 11, 7)),
        ("Russia attacked Ukraine on Tuesday.", date(2024, 11, 8), date(2024, 11, 5)),
        ("Russia attacked Ukraine on 24 February 2022.", date(2024, 11, 8), date(2022, 2, 24)),
        ("On 7 November, Russia attacked Ukraine.", None, None),
        ("Iran attacked Israel, in retaliation for a strike on 1 April.", date(2024, 4, 14), None),
    ],
)
def test_dates_in_the_sentence_are_resolved_against_publication(
    lexicon: Lexicon, text: str, published: date | None, valid_from: date | None
) -> None:
    assert only(extract(text, lexicon, published=published)).valid_from == valid_from


def test_a_day_without_year_is_the_latest_not_after_publication() -> None:
    assert latest_on_or_before(2, 29, date(2025, 3, 1)) == date(2024, 2, 29)
    assert latest_on_or_before(12, 31, date(2025, 1, 1)) == date(2024, 12, 31)
    assert latest_on_or_before(1, 1, date(2025, 1, 1)) == date(2025, 1, 1)


# --- What produces nothing --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a "read also" block of headlines, in the same block as the marker or the next one
        "Talks resumed.\n\nRead also:\nRussia attacked Ukraine's power grid overnight.\nNATO condemned Russia.\n",
        "Talks resumed.\n\nRead also:\n\nRussia attacked Ukraine's power grid overnight.\nNATO condemned Russia.\n",
        "Talks resumed.\n\nRelated: Russia attacked Ukraine's power grid overnight.\n",
        # a donation appeal that mentions the war
        "Talks resumed.\n\nYou could close this page. Or you could join our community. We report on Russia's war"
        " against Ukraine. Become a Patron!\n",
        # a heading and a byline
        "Russia attacks Ukraine\n\nBy John Smith, Reuters.\n\nTalks resumed.\n",
    ],
)
def test_read_also_blocks_appeals_headings_and_bylines_produce_nothing(lexicon: Lexicon, text: str) -> None:
    assert extract(text, lexicon, published=SEED_PUBLISHED) == []


def test_the_seed_donation_appeal_produces_nothing(seed_claims: list[CandidateClaim]) -> None:
    text = SEED.read_text(encoding="utf-8")
    appeal_starts = text.index("Read also:")
    assert all(c.quote_end <= appeal_starts for c in seed_claims)


def test_hard_wrapped_paragraphs_and_abbreviations_keep_their_sentences_whole() -> None:
    text = (
        "Russia attacked Ukraine on Monday. The strikes hit the power grid of\n"
        "the capital overnight. NATO condemned Russia in a joint statement.\n\n"
        "Gen. Smith met officials in the U.S. on Nov. 8. They talked.\n"
    )
    assert [s.text for s in body_sentences(text)] == [
        "Russia attacked Ukraine on Monday.",
        "The strikes hit the power grid of\nthe capital overnight.",
        "NATO condemned Russia in a joint statement.",
        "Gen. Smith met officials in the U.S. on Nov. 8.",
        "They talked.",
    ]


# --- Small sentences by hand ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine was attacked by Russia.", {("russia", "attacks", "ukraine", False)}),
        (
            "The United States, Britain and Canada sanctioned Belarus.",
            {(s, "sanctions", "belarus", False) for s in ("united-states", "united-kingdom", "canada")},
        ),
        ("Russia's invasion of Ukraine continues.", {("russia", "attacks", "ukraine", False)}),
        ("US sanctions on Russia remain in force.", {("united-states", "sanctions", "russia", False)}),
        ("Paris condemned Moscow.", {("france", "criticises", "russia", False)}),
        ("French officials criticised Beijing.", {("france", "criticises", "china", False)}),
        ("Putin seeks a reset in US-Russia relations.", {("russia", "seeksResetWith", "united-states", False)}),
        (
            "Washington has accused Tehran of arming Moscow.",
            {("united-states", "criticises", "iran", False), ("iran", "supports", "russia", False)},
        ),
        (
            "Armenia accused Azerbaijan and called on Russia.",
            {
                ("armenia", "criticises", "azerbaijan", False),
                ("armenia", "demandsOf", "russia", False),
            },
        ),
        ("Minsk relied on Russia, which sent weapons to Serbia.", {("russia", "supports", "serbia", False)}),
        (
            "Iran attacked Israel. The G7 condemned the attack.",
            {
                ("iran", "attacks", "israel", False),
                ("g7", "criticises", "iran", False),
            },
        ),
        ("Former US President Barack Obama criticised Russia.", set()),
        ("Pro-Russian groups attacked Kyiv.", set()),
        ("On Monday, Melania Trump praised Putin.", set()),
        ("The Taiwan Strait was calm, officials said.", set()),
        ("Relations between Russia and Finland were discussed.", set()),
    ],
)
def test_hand_made_sentences(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts_of(text, lexicon) == expected


def test_a_symmetric_relation_among_the_named_partners_is_one_claim(lexicon: Lexicon) -> None:
    claim = only(extract("Mali and Niger formed an alliance.", lexicon))
    assert (claim.relation, {claim.subject, claim.object}) == ("formsBlocWith", {"mali", "niger"})


def test_a_bloc_composed_of_a_list_is_one_claim_per_member(lexicon: Lexicon) -> None:
    text = "Moscow is forming a new anti-Western bloc composed of Iran, North Korea, and China."
    assert facts_of(text, lexicon) == {("russia", "formsBlocWith", m, False) for m in ("iran", "north-korea", "china")}


def test_the_same_claim_twice_keeps_the_more_confident_quote(lexicon: Lexicon) -> None:
    text = "\u201cIran backs Russia,\u201d an official said. Iran backs Russia."
    claim = only(extract(text, lexicon))
    assert (claim.quote, claim.confidence) == ("Iran backs Russia.", 0.9)


def test_a_relative_clause_between_subject_and_verb_is_skipped(lexicon: Lexicon) -> None:
    text = "Iran, which Washington watches closely, has backed Russia."
    assert facts_of(text, lexicon) == {("iran", "supports", "russia", False)}


# --- The lexicon is data -------------------------------------------------------------------------


def test_an_ambiguous_name_is_left_out_not_guessed(catalogue_store: Store) -> None:
    text = "Russia attacked Georgia."
    assert facts_of(text, lexicon_from_store(catalogue_store)) == {("russia", "attacks", "georgia", False)}
    catalogue_store.load(
        input=f'<{ID}georgia-us> a <{ENT}State> ; <{SKOS}altLabel> "Georgia"@en .'.encode(),
        format=RdfFormat.TURTLE,
    )
    assert facts_of(text, lexicon_from_store(catalogue_store)) == set()


def test_cue_phrases_are_read_from_the_relation_types(catalogue_store: Store) -> None:
    text = "Iran extolled Russia."
    assert facts_of(text, lexicon_from_store(catalogue_store)) == set()
    catalogue_store.load(input=f'<{ENT}praises> <{SKOS}hiddenLabel> "extolled"@en .'.encode(), format=RdfFormat.TURTLE)
    assert facts_of(text, lexicon_from_store(catalogue_store)) == {("iran", "praises", "russia", False)}


def test_the_lexicon_builds_alike_from_any_select_runner(catalogue_store: Store, lexicon: Lexicon) -> None:
    graph = EmbeddedStore()
    graph.add(list(catalogue_store))
    from_rows = lexicon_from_select(lambda query: graph.select(query).dicts())
    assert (from_rows.surfaces, from_rows.cues, from_rows.leaderships) == (
        lexicon.surfaces,
        lexicon.cues,
        lexicon.leaderships,
    )
    assert from_rows.symmetric == {"formsBlocWith", "cooperatesWith"}


# --- Rows in the claims intake format ------------------------------------------------------------


def test_rows_are_candidates_in_the_intake_columns(seed_claims: list[CandidateClaim]) -> None:
    rows = candidates_to_rows(seed_claims)
    assert rows and all(tuple(row) == COLUMNS for row in rows)
    assert {row["status"] for row in rows} == {"candidate"}
    assert {row["negated"] for row in rows} <= {"true", "false"}
    assert {row["published"] for row in rows} == {"2024-11-08"}
    trump = next(row for row in rows if row["relation"] == "seeksResetWith" and row["subject"] == "donald-trump")
    assert (trump["valid_from"], trump["asserted_by"], trump["publisher"]) == (
        "2024-11-07",
        "vladimir-putin",
        "Euromaidan Press",
    )
    assert all(0 <= float(row["confidence"]) <= 1 for row in rows)


def test_the_csv_loads_through_the_claims_intake(seed_claims: list[CandidateClaim], bare_store: EmbeddedStore) -> None:
    out = io.StringIO()
    written = write_candidates_csv(seed_claims, out)
    assert written == len(seed_claims) == len(list(csv.DictReader(io.StringIO(out.getvalue()))))
    claims = read_claims(out.getvalue().encode(), "candidates.csv", read_catalogue(bare_store))
    assert len(claims) == written
    assert {c.status for c in claims} == {"candidate"}


# --- The evaluation set --------------------------------------------------------------------------


def test_the_evaluation_set_meets_the_precision_and_recall_targets(lexicon: Lexicon) -> None:
    evaluation = evaluate(DATA, lexicon)
    assert len(evaluation.documents) >= 11
    assert evaluation.overall.precision is not None and evaluation.overall.precision >= 0.9
    # leaderOf labels (2026-11-30) include people the catalogue does not name: misses by design
    assert evaluation.overall.recall is not None and evaluation.overall.recall >= 0.65


def test_the_blind_development_set_meets_the_issue_14_targets(lexicon: Lexicon) -> None:
    evaluation = evaluate(DATA.parent / "extract-blind", lexicon)
    assert len(evaluation.documents) >= 20
    assert evaluation.overall.precision is not None and evaluation.overall.precision >= 0.85
    assert evaluation.overall.recall is not None and evaluation.overall.recall >= 0.6


def test_the_evaluation_table_lists_every_relation_and_the_total(lexicon: Lexicon) -> None:
    evaluation = evaluate(DATA, lexicon)
    table = format_evaluation(evaluation)
    lines = table.splitlines()
    assert lines[0].split() == ["relation", "gold", "predicted", "correct", "precision", "recall"]
    assert [line.split()[0] for line in lines[1:]] == [*evaluation.by_relation, "overall"]
    assert "missed" in format_evaluation(evaluation, details=True)


def test_evaluation_matches_symmetric_claims_either_way_and_negation_exactly(tmp_path: Path, lexicon: Lexicon) -> None:
    (tmp_path / "a.txt").write_text("Mali and Niger formed an alliance. Russia has not attacked Finland.\n")
    (tmp_path / "a.claims.csv").write_text(
        "subject,relation,object,negated\nniger,formsBlocWith,mali,false\nrussia,attacks,finland,false\n"
    )
    evaluation = evaluate(tmp_path, lexicon)
    assert (evaluation.overall.gold, evaluation.overall.predicted, evaluation.overall.correct) == (2, 2, 1)
    assert evaluation.by_relation["attacks"].precision == 0.0
    assert evaluation.by_relation["formsBlocWith"].recall == 1.0


def test_a_gold_claim_without_an_object_names_its_file_and_line(tmp_path: Path, lexicon: Lexicon) -> None:
    (tmp_path / "a.claims.csv").write_text("subject,relation,object\nrussia,attacks,\n")
    with pytest.raises(ValueError, match=r"a\.claims\.csv:2"):
        read_gold(tmp_path / "a.claims.csv", lexicon.symmetric)
