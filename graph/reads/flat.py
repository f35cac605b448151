"""The read views as flat rows for CSV: each actor, relation type and source as its id with its
label (or title) in the next column, one row a claim and piece of evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graph.model.catalogue import Actor
from graph.reads.claims import ActorRef, ClaimView
from graph.reads.relations import RelationView
from graph.reads.search import SearchHit
from graph.reads.sources import SourceView

Rows = tuple[list[str], list[list[object]]]

CLAIM_COLUMNS = [
    "claim",
    "subject",
    "subject_label",
    "relation",
    "relation_label",
    "object",
    "object_label",
    "negated",
    "status",
    "confidence",
    "asserted_by",
    "asserted_by_label",
    "valid_from",
    "valid_until",
    "quote",
    "source",
    "source_title",
    "source_url",
    "published",
]


def _ref(ref: ActorRef | None) -> list[object]:
    return [ref.id, ref.label] if ref is not None else [None, None]


def _claim(claim: ClaimView) -> list[list[object]]:
    head: list[object] = [claim.id, *_ref(claim.subject), claim.relation, claim.relation_label, *_ref(claim.object)]
    head += [
        claim.negated,
        claim.status,
        claim.confidence,
        *_ref(claim.asserted_by),
        claim.valid_from,
        claim.valid_until,
    ]
    if not claim.evidence:
        return [[*head, None, None, None, None, None]]
    return [[*head, e.quote, e.source, e.title, e.url, e.published] for e in claim.evidence]


def claim_rows(claims: Iterable[ClaimView]) -> Rows:
    return CLAIM_COLUMNS, [row for claim in claims for row in _claim(claim)]


def relation_rows(relations: Iterable[RelationView]) -> Rows:
    return ["side", *CLAIM_COLUMNS], [[r.side, *row] for r in relations for c in r.claims for row in _claim(c)]


def actor_rows(actors: Iterable[Actor]) -> Rows:
    return ["actor", "label", "type", "iri"], [[a.id, a.label, a.type, a.iri] for a in actors]


def source_rows(sources: Iterable[SourceView]) -> Rows:
    header = ["source", "title", "url", "published", "publisher", "publisher_label", "claims"]
    rows: list[list[object]] = []
    for s in sources:
        publisher = _ref(s.publisher) if s.publisher is not None else [None, s.publisher_name]
        rows.append([s.id, s.title, s.url, s.published, *publisher, s.claims])
    return header, rows


def hit_rows(hits: Sequence[SearchHit]) -> Rows:
    header = ["kind", "score", "text", *CLAIM_COLUMNS[:10], "source", "source_title", "published"]
    rows: list[list[object]] = []
    for hit in hits:
        claim = _claim(hit.claim)[0][:10] if hit.claim is not None else [None] * 10
        rows.append([hit.kind, hit.score, hit.text, *claim, hit.source.id, hit.source.title, hit.source.published])
    return header, rows


__all__ = ["CLAIM_COLUMNS", "Rows", "actor_rows", "claim_rows", "hit_rows", "relation_rows", "source_rows"]
