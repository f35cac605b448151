"""What the viewer draws of a large graph: the most active actors and their strongest ties on a
date, and an actor's strongest ties when it is expanded; never the whole graph.

Each claim's dates, confidence, source and relation are read once per store generation and claim
status (one aggregated query, :data:`TIMELINE_QUERY`); every view after that (a date, a clock,
relations, a confidence) is computed from them in memory, so moving the viewer's slider does not
project the store again. A view's ties carry what the Cytoscape export's carry, the claims as ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.analysis.claims import (
    SCANS_NO_QUOTE,
    Filters,
    iri_cell,
    lexical_cell,
    spell,
    tsv_rows,
    whole_index,
)
from graph.analysis.edges import claim_counts, claim_dates
from graph.analysis.projection import no_gc, node_attributes
from graph.clocks import known_by, valid_on
from graph.index import StaleIndexError
from graph.index.ties import timeline_rows
from graph.model.catalogue import RelationType, catalogue
from graph.model.ids import short_id
from graph.namespaces import STATUSES, sparql
from graph.store.base import GraphStore, Term
from graph.store.cache import cached

__all__ = ["MAX_ACTORS", "MAX_EXPANDED", "MAX_TIES", "overview"]

MAX_ACTORS = 200
MAX_TIES = 1000
MAX_EXPANDED = 20
PANEL_CLAIMS = 50  # claim ids a tie carries

# Per (subject, relation, object): each claim as "id|from|until|confidence|published|source".
TIMELINE_QUERY = sparql(
    """
SELECT ?subject ?relation ?object
  (GROUP_CONCAT(CONCAT(STR(?claim), "|", COALESCE(STR(?validFrom), ""), "|", COALESCE(STR(?validUntil), ""), "|",
     STR(?confidence), "|", STR(?published), "|", STR(?source)); separator=" ") AS ?claims)
WHERE {"""
    + SCANS_NO_QUOTE
    + """}
GROUP BY ?subject ?relation ?object
"""
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One claim (with one of its evidence) as the viewer weighs it. The timeline keeps one for
    every claim of the store, so without a ``__dict__``: 96 bytes each instead of 144."""

    claim: str
    subject: str
    valid_from: date | None
    valid_until: date | None
    confidence: float
    published: date
    source: str


Key = tuple[str, str, str]  # (from, to, relation name), as the projection keys edges
Table = dict[Key, tuple[RelationType, list[Entry]]]


def timeline(store: GraphStore, status: str) -> Table:
    """Every tie's claims of ``status`` (never negated ones), cached per store generation."""
    return cached(store, ("viz-timeline", status), lambda: read_timeline(store, status))


def read_timeline(store: GraphStore, status: str, indexed: bool = True) -> Table:
    """Every tie's claims of ``status``, from the claims index where it answers (``indexed``), else
    from the engine."""
    known = catalogue(store)
    bindings: dict[str, Term | None] = {"status": STATUSES[status]}
    found = whole_index(store, bindings) if indexed else None
    try:
        indexed_rows = timeline_rows(*found) if found is not None else None
    except StaleIndexError:  # a worker's read-only index, no longer at its view's revision
        indexed_rows = None
    rows: Iterable[tuple[str, str, str, str]] = (
        indexed_rows
        if indexed_rows is not None
        else (
            (iri_cell(s), iri_cell(r), iri_cell(o), lexical_cell(c))
            for s, r, o, c in tsv_rows(store, TIMELINE_QUERY, bindings)
        )
    )
    table: Table = {}
    sources: dict[str, str] = {}  # one string a source, however many claims cite it
    with no_gc():
        for subject_iri, relation_iri, object_iri, claims in rows:
            relation = known.relations.get(relation_iri)
            if relation is None:
                continue
            subject, obj = short_id(subject_iri), short_id(object_iri)
            a, b = (obj, subject) if relation.symmetric and obj < subject else (subject, obj)
            entries = table.setdefault((a, b, relation.name), (relation, []))[1]
            for item in claims.split(" "):
                claim, start, end, confidence, published, source = item.split("|")
                entries.append(
                    Entry(
                        short_id(claim),
                        subject,
                        *spell(start, end),
                        float(confidence),
                        _day(published),
                        sources.setdefault(source, source),
                    )
                )
    for _, entries in table.values():
        entries.sort(key=lambda e: (e.subject, e.claim))  # as records are ordered
    return table


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return date.min


def overview(
    store: GraphStore,
    filters: Filters,
    actors: int = 40,
    ties: int = 150,
    expand: Sequence[str] = (),
    per_actor: int = 25,
) -> dict[str, Any]:
    """The ``actors`` actors with the most claims under ``filters`` and the ``ties`` strongest ties
    among them (by the magnitude of their weight), with the ``per_actor`` strongest ties of each
    actor in ``expand``; as Cytoscape.js elements, with the totals they were chosen from."""
    actors, ties, per_actor = (
        max(0, min(n, most)) for n, most in ((actors, MAX_ACTORS), (ties, MAX_TIES), (per_actor, MAX_TIES))
    )
    known = catalogue(store)
    table = timeline(store, filters.status)
    kept = dict(_kept(table, filters))
    activity: dict[str, int] = {}
    for (a, b, _), claims in kept.items():
        activity[a] = activity.get(a, 0) + len(claims)
        activity[b] = activity.get(b, 0) + len(claims)
    top = set(sorted(activity, key=lambda n: (-activity[n], n))[:actors])
    strength = {
        key: abs(table[key][0].weight) * sum(e.confidence for e in claims)
        for key, claims in kept.items()
        if (key[0] in top and key[1] in top) or key[0] in expand or key[1] in expand
    }
    chosen = sorted((k for k in strength if k[0] in top and k[1] in top), key=lambda k: (-strength[k], k))[:ties]
    for actor in list(dict.fromkeys(expand))[:MAX_EXPANDED]:
        around = sorted((k for k in strength if actor in k[:2]), key=lambda k: (-strength[k], k))
        chosen += around[:per_actor]
    chosen = sorted(set(chosen))
    nodes = {n for a, b, _ in chosen for n in (a, b)} | (set(expand) & set(activity))
    if not chosen:
        nodes |= top
    edges = {key: _summary(table[key][0], kept[key]) for key in chosen}
    used = sorted({relation.name for relation, _ in table.values()})
    return {
        "data": {
            "actors": len(activity),
            "ties": len(kept),
            "first_day": _first_day(kept),
            "relations_used": used,
            "relations": [
                {"name": r.name, "label": r.label, "polarity": r.polarity}
                for r in sorted(known.relations.values(), key=lambda r: r.name)
            ],
        },
        "elements": {
            "nodes": [
                {"data": {"id": n, "activity": activity.get(n, 0), **node_attributes(n, known)}} for n in sorted(nodes)
            ],
            "edges": [{"data": _element(key, edges[key])} for key in chosen],
        },
    }


def _kept(table: Table, filters: Filters) -> Iterable[tuple[Key, list[Entry]]]:
    """Each tie's claims that pass ``filters`` (ties with none left out)."""
    day, known_at, least = filters.as_of, filters.known_at, filters.min_confidence
    for key, (relation, entries) in table.items():
        if filters.relations and relation.iri not in filters.relations:
            continue
        kept = entries
        if day is not None:
            kept = [e for e in kept if valid_on(e.valid_from, e.valid_until, day)]
        if known_at is not None:
            kept = [e for e in kept if known_by(e.published, known_at)]
        if least is not None:
            kept = [e for e in kept if e.confidence >= least]
        if kept:
            yield key, kept


def _summary(relation: RelationType, kept: list[Entry]) -> dict[str, Any]:
    return {
        "relation": relation.name,
        "label": relation.label,
        "polarity": relation.polarity,
        "symmetric": relation.symmetric,
        "weight": round(relation.polarity * abs(relation.weight) * sum(e.confidence for e in kept), 6),
        **claim_counts(kept),
        **claim_dates(kept),
        # the latest reported claims, for a panel to show (``claims`` counts them all)
        "claim_ids": list(dict.fromkeys(e.claim for e in sorted(kept, key=lambda e: e.published, reverse=True)))[
            :PANEL_CLAIMS
        ],
    }


def _element(key: Key, data: dict[str, Any]) -> dict[str, Any]:
    a, b, name = key
    iso = {
        k: (None if data[k] is None else data[k].isoformat())
        for k in ("valid_from", "valid_until", "first_reported", "last_reported")
    }
    plain = {k: v for k, v in data.items() if k != "spells"}
    return {"id": f"{a}|{name}|{b}", "source": a, "target": b, **plain, **iso}


def _first_day(kept: dict[Key, list[Entry]]) -> str | None:
    """The earliest valid-from or report date of the claims kept: where the slider may start."""
    days = [
        d for claims in kept.values() for e in claims for d in (e.valid_from, e.published) if d not in (None, date.min)
    ]
    return min(days).isoformat() if days else None
