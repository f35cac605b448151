"""Precision and recall of the extractor on a labelled set of articles.

A set is a directory of ``NAME.txt`` articles, each with ``NAME.claims.csv`` (the gold claims:
subject, relation, object, negated; other columns optional) and optionally ``NAME.meta.json``
(published, title, publisher, source_url). A predicted claim is correct when subject, relation,
object and negation match a gold claim of the same article; symmetric relations match in
either direction; the asserting party is not compared.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graph.extract.lexicon import Lexicon
from graph.extract.mentions import find_mentions
from graph.extract.pipeline import CandidateClaim, extract
from graph.extract.text import body_sentences
from graph.intake.claims_format import TRUE

__all__ = [
    "ClaimKey",
    "DocumentResult",
    "Evaluation",
    "Score",
    "claim_key",
    "evaluate",
    "format_evaluation",
    "read_gold",
]

ClaimKey = tuple[str, str, str, bool]
_QUOTE_WIDTH = 220


@dataclass(frozen=True, slots=True)
class Score:
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.gold if self.gold else None


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One article's claims by outcome; ``quotes`` gives the sentence behind a proposed claim or,
    for a missed one, the first sentence that names both its actors (if any does)."""

    name: str
    correct: frozenset[ClaimKey]
    false_positives: frozenset[ClaimKey]
    false_negatives: frozenset[ClaimKey]
    quotes: Mapping[ClaimKey, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Evaluation:
    documents: tuple[DocumentResult, ...]
    overall: Score
    by_relation: Mapping[str, Score]


def claim_key(subject: str, relation: str, obj: str, negated: bool, symmetric: frozenset[str]) -> ClaimKey:
    if relation in symmetric and obj < subject:
        subject, obj = obj, subject
    return subject, relation, obj, negated


def read_gold(path: Path, symmetric: frozenset[str]) -> frozenset[ClaimKey]:
    """The gold claims of one article; raises ``ValueError`` naming the file and line of a bad row."""
    with path.open(newline="", encoding="utf-8") as handle:
        keys = set()
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                subject, relation, obj = row["subject"].strip(), row["relation"].strip(), row["object"].strip()
            except (KeyError, AttributeError) as error:
                raise ValueError(f"{path}:{line}: a gold claim needs subject, relation and object") from error
            if not (subject and relation and obj):
                raise ValueError(f"{path}:{line}: a gold claim needs subject, relation and object")
            negated = (row.get("negated") or "").strip().lower() in TRUE
            keys.add(claim_key(subject, relation, obj, negated, symmetric))
    return frozenset(keys)


def _predict(article: Path, text: str, lexicon: Lexicon) -> list[CandidateClaim]:
    meta_path = article.with_suffix(".meta.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    published = date.fromisoformat(meta["published"]) if meta.get("published") else None
    return extract(
        text,
        lexicon,
        published=published,
        source_url=meta.get("source_url"),
        title=meta.get("title"),
        publisher=meta.get("publisher"),
    )


def _naming_sentences(text: str, lexicon: Lexicon, keys: Iterable[ClaimKey]) -> dict[ClaimKey, str]:
    """For each missed claim, the first sentence that names both its actors (or its object, failing that)."""
    named = [
        (sentence.text, {a for m in find_mentions(sentence.tokens, lexicon) for a in m.named})
        for sentence in body_sentences(text)
    ]
    found = {}
    for key in keys:
        subject, _, obj, _ = key
        both = next((quote for quote, actors in named if {subject, obj} <= actors), None)
        either = both or next((quote for quote, actors in named if obj in actors), None)
        if either is not None:
            found[key] = either if both else f"(names only {obj}) {either}"
    return found


def _score(results: Sequence[DocumentResult], relation: str | None) -> Score:
    def count(found: Iterable[ClaimKey]) -> int:
        return sum(1 for k in found if relation is None or k[1] == relation)

    correct = sum(count(r.correct) for r in results)
    return Score(
        gold=correct + sum(count(r.false_negatives) for r in results),
        predicted=correct + sum(count(r.false_positives) for r in results),
        correct=correct,
    )


def evaluate(directory: Path, lexicon: Lexicon) -> Evaluation:
    """Run the extractor on every article of ``directory`` and score it against the gold claims.

    Raises ``FileNotFoundError`` if an article has no ``.claims.csv``.
    """
    documents = []
    for article in sorted(directory.glob("*.txt")):
        gold = read_gold(article.with_suffix(".claims.csv"), lexicon.symmetric)
        text = article.read_text(encoding="utf-8")
        quotes: dict[ClaimKey, str] = {}
        for c in _predict(article, text, lexicon):
            quotes.setdefault(claim_key(c.subject, c.relation, c.object, c.negated, lexicon.symmetric), c.quote)
        predicted = set(quotes)
        missed = gold - predicted
        quotes |= _naming_sentences(text, lexicon, missed)
        documents.append(
            DocumentResult(article.stem, frozenset(predicted & gold), frozenset(predicted - gold), missed, quotes)
        )
    relations = sorted({k[1] for d in documents for k in d.correct | d.false_positives | d.false_negatives})
    return Evaluation(tuple(documents), _score(documents, None), {r: _score(documents, r) for r in relations})


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _row(name: str, score: Score) -> str:
    return (
        f"{name:<16} {score.gold:>5} {score.predicted:>9} {score.correct:>7}"
        f" {_ratio(score.precision):>9} {_ratio(score.recall):>6}"
    )


def _claim(key: ClaimKey) -> str:
    subject, relation, obj, negated = key
    return f"{'NOT ' if negated else ''}{subject} {relation} {obj}"


def _quote(document: DocumentResult, key: ClaimKey) -> list[str]:
    quote = document.quotes.get(key)
    if quote is None:
        return []
    flat = " ".join(quote.split())
    return [f"      {flat[:_QUOTE_WIDTH] + ('...' if len(flat) > _QUOTE_WIDTH else '')}"]


def format_evaluation(evaluation: Evaluation, *, details: bool = False) -> str:
    """A table of precision and recall per relation type and overall; with ``details``, each article's
    false claims and misses, each with the sentence behind it (for a miss, one that names its actors)."""
    lines = [f"{'relation':<16} {'gold':>5} {'predicted':>9} {'correct':>7} {'precision':>9} {'recall':>6}"]
    lines += [_row(relation, score) for relation, score in evaluation.by_relation.items()]
    lines.append(_row("overall", evaluation.overall))
    if details:
        for document in evaluation.documents:
            wrong = sorted(document.false_positives)
            missed = sorted(document.false_negatives)
            if wrong or missed:
                lines.append(f"\n{document.name}")
                for k in wrong:
                    lines += [f"  false positive  {_claim(k)}", *_quote(document, k)]
                for k in missed:
                    lines += [f"  missed          {_claim(k)}", *_quote(document, k)]
    return "\n".join(lines)
