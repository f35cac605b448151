"""The claims as the projection reads them from the store.

Every query here joins the claim's patterns as sub-selects, one triple pattern each: the engine
scans each pattern once and joins the scans in memory (hash joins), instead of looking every claim
up in the on-disk indexes pattern by pattern, which at a million claims is random reads all the
way (see PERFORMANCE.md). Three shapes:

- ``EDGES_QUERY``: one row per (subject, relation, object) with what an edge derives from its
  claims (counts, sums, dates, sources, valid-time spells), aggregated by the engine, so no
  per-claim object is ever made in Python for a projection;
- ``DETAILS_QUERY``: per (subject, relation, object), the claim ids and asserters (exports, where
  the claims index does not answer them: :mod:`graph.index.details`);
- ``RECORDS_QUERY``: one row per claim with its evidence (quotes, for panels and exports).

Results are read as SPARQL TSV, written by the engine in Rust. Where the claims index is in step
with the store and answers the whole graph exactly, the edge rows and the viewer's timeline are
read from it instead (:mod:`graph.index.ties`): the same rows, grouped by SQLite from one table
scan; ``indexed=False`` asks the engine.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from pyoxigraph import Literal, NamedNode, Triple

from graph.index import ClaimsIndex, StaleIndexError, claims_index
from graph.index.ties import TieFilters
from graph.index.ties import edge_rows as indexed_edge_rows
from graph.model.catalogue import catalogue
from graph.model.ids import short_id
from graph.model.terms import date_term
from graph.namespaces import STATUSES, XSD_DECIMAL, sparql
from graph.reads.patterns import VALID_TIME, claim, evidence
from graph.store.base import GraphStore, Term
from graph.store.binding import bind_values

__all__ = [
    "EdgeRow",
    "Filters",
    "claim_bindings",
    "edge_details",
    "edge_row",
    "edge_rows",
    "iri_cell",
    "lexical_cell",
    "record_rows",
    "spell",
    "tsv_rows",
    "whole_index",
]

# The claims, each pattern a sub-select, joined by the engine in memory.
SCANS = """
  { SELECT ?claim ?status WHERE { ?claim ent:status ?status } }
  { SELECT ?claim WHERE { ?claim ent:negated false } }
  { SELECT ?claim ?relation WHERE { ?claim ent:relation ?relation } }
  { SELECT ?claim ?subject WHERE { ?claim ent:subject ?subject } }
  { SELECT ?claim ?object WHERE { ?claim ent:object ?object } }
  { SELECT ?claim ?confidence WHERE { ?claim ent:confidence ?confidence } }
  { SELECT ?claim ?assertedBy WHERE { ?claim ent:assertedBy ?assertedBy } }
  { SELECT ?claim ?evidence WHERE { ?claim prov:wasDerivedFrom ?evidence } }
  { SELECT ?evidence ?quote WHERE { ?evidence ent:quote ?quote } }
  { SELECT ?evidence ?source WHERE { ?evidence dct:source ?source } }
  { SELECT ?source ?published WHERE { ?source dct:issued ?published } }
  OPTIONAL { SELECT ?claim ?validFrom WHERE { ?claim ent:validFrom ?validFrom } }
  OPTIONAL { SELECT ?claim ?validUntil WHERE { ?claim ent:validUntil ?validUntil } }
"""
# The evidence scan selects ?quote only where quotes are wanted: an aggregate that never reads it
# keeps the pattern (an evidence without a quote is no evidence) but not the text.
SCANS_NO_QUOTE = SCANS.replace("SELECT ?evidence ?quote WHERE", "SELECT ?evidence WHERE")
# The claims that pass the filters (an unbound filter keeps all).
_FILTERS = """
  FILTER(ent:validOn(?validFrom, ?validUntil, ?as_of))
  FILTER(ent:knownBy(?published, ?known_at))
  FILTER(!BOUND(?min_confidence) || ?confidence >= ?min_confidence)
"""
_CLAIMS = SCANS + _FILTERS
_CLAIMS_NO_QUOTE = SCANS_NO_QUOTE + _FILTERS
# What a record reads of a claim and its evidence, and the claims it reads looked up pattern by pattern.
_RECORD = """
SELECT ?claim ?subject ?relation ?object ?confidence ?assertedBy ?validFrom ?validUntil
       ?evidence ?quote ?source ?published
WHERE {"""
_LOOKED_UP = evidence() + VALID_TIME + _FILTERS + "}\n"

EDGES_QUERY = sparql(
    """
SELECT ?subject ?relation ?object (COUNT(*) AS ?claims) (SUM(?confidence) AS ?total) (MAX(?confidence) AS ?best)
  (STR(MIN(?published)) AS ?first) (STR(MAX(?published)) AS ?last)
  (GROUP_CONCAT(DISTINCT STR(?source); separator=" ") AS ?sources)
  (GROUP_CONCAT(CONCAT(COALESCE(STR(?validFrom), ""), "/", COALESCE(STR(?validUntil), "")); separator=" ") AS ?spells)
WHERE {"""
    + _CLAIMS_NO_QUOTE
    + """}
GROUP BY ?subject ?relation ?object
"""
)
DETAILS_QUERY = sparql(
    """
SELECT ?subject ?relation ?object (GROUP_CONCAT(STR(?claim); separator=" ") AS ?ids)
  (GROUP_CONCAT(DISTINCT STR(?assertedBy); separator=" ") AS ?asserters)
WHERE {"""
    + _CLAIMS_NO_QUOTE
    + """}
GROUP BY ?subject ?relation ?object
"""
)
RECORDS_QUERY = sparql(_RECORD + _CLAIMS + "}\n")
# The claims of a few actors (either end): started from the actors, looked up pattern by pattern.
ACTOR_RECORDS_QUERY = sparql(
    _RECORD
    + """
  { ?claim ent:subject ?actor . BIND(?actor AS ?subject) ?claim ent:object ?object . }
  UNION
  { ?claim ent:object ?actor . BIND(?actor AS ?object) ?claim ent:subject ?subject . }"""
    + claim("status", "negated", "relation", "confidence", "assertedBy", negated="false")
    + _LOOKED_UP
)
# The claims of one (subject, relation, object), all three bound.
TIE_RECORDS_QUERY = sparql(
    _RECORD
    + claim("subject", "object", "relation", "status", "negated", "confidence", "assertedBy", negated="false")
    + _LOOKED_UP
)
TSV = "text/tab-separated-values"
# The index's ties are read in ranges of subjects, one per this many of the catalogue's actors (at
# 10k actors: 40 ranges), each read while the rows of the last one are made (see edge_rows).
RANGE_OF_ACTORS = 250


class EdgeRow(NamedTuple):
    """What the claims of one (subject, relation, object) give an edge; actors as ids."""

    subject: str
    relation: str  # the relation's IRI
    object: str
    claims: int
    total: float  # the sum of the claims' confidence
    best: float
    first: date
    last: date
    sources: tuple[str, ...]  # distinct source IRIs
    spells: tuple[tuple[date | None, date | None], ...]  # one per claim


@dataclass(frozen=True)
class Filters:
    """Which claims a projection keeps: valid on ``as_of``, reported by ``known_at``, of ``relations``
    (relation IRIs; empty means all), at least ``min_confidence``, with ``status``; never negated ones."""

    as_of: date | None = None
    known_at: date | None = None
    relations: frozenset[str] = frozenset()
    min_confidence: float | None = None
    status: str = "asserted"


def claim_bindings(filters: Filters) -> dict[str, Term | None]:
    """The bound values of the claims' filters (an unbound one keeps everything). Several relations
    are not bound: the caller keeps those it wants."""
    only = next(iter(filters.relations)) if len(filters.relations) == 1 else None
    return {
        "status": STATUSES[filters.status],
        "relation": NamedNode(only) if only else None,
        "as_of": date_term(filters.as_of),
        "known_at": date_term(filters.known_at),
        "min_confidence": None
        if filters.min_confidence is None
        else Literal(str(filters.min_confidence), datatype=XSD_DECIMAL),
    }


def whole_index(store: GraphStore, bindings: Mapping[str, Term | None]) -> tuple[ClaimsIndex, TieFilters] | None:
    """The claims index, when it is in step with the store and answers the whole graph exactly,
    and the filters of ``bindings`` as it takes them; else None (ask the engine)."""
    index = claims_index(store)
    if index is None or not index.whole():
        return None

    def value(name: str) -> str | None:
        term = bindings.get(name)
        return None if term is None or isinstance(term, Triple) else term.value

    confidence = value("min_confidence")
    status = value("status")
    assert status is not None, "a projection's claims have a status"
    filters = TieFilters(
        status, value("relation"), value("as_of"), value("known_at"), None if confidence is None else float(confidence)
    )
    return index, filters


def edge_rows(store: GraphStore, bindings: Mapping[str, Term | None], indexed: bool = True) -> Iterable[EdgeRow]:
    """The aggregated claims, one row per (subject, relation, object): from the claims index where
    it answers (``indexed``), else from the engine."""
    found = whole_index(store, bindings) if indexed else None
    if found is not None:
        index, filters = found
        bounds = sorted(catalogue(store).actors)[::RANGE_OF_ACTORS]
        rows: list[EdgeRow] = []
        try:
            for part in indexed_edge_rows(index, filters, bounds):  # the next part read meanwhile
                rows.extend(map(indexed_edge_row, part))
            return rows
        except StaleIndexError:  # written meanwhile, or a worker's read-only index behind its view
            pass
    return engine_edge_rows(store, bindings)


def engine_edge_rows(store: GraphStore, bindings: Mapping[str, Term | None]) -> Iterator[EdgeRow]:
    """The aggregated claims from the engine (:data:`EDGES_QUERY`)."""
    for subject, relation, obj, claims_cell, total_cell, best_cell, first, last, sources, spells in tsv_rows(
        store, EDGES_QUERY, bindings
    ):
        yield edge_row(
            iri_cell(subject),
            iri_cell(relation),
            iri_cell(obj),
            int(lexical_cell(claims_cell)),
            float(lexical_cell(total_cell)),
            float(lexical_cell(best_cell)),
            lexical_cell(first),
            lexical_cell(last),
            lexical_cell(sources).split(),
            lexical_cell(spells),
        )


def edge_row(
    subject: str,
    relation: str,
    obj: str,
    claims: int,
    total: float,
    best: float,
    first: str,
    last: str,
    sources: Sequence[str],
    spells: str,
) -> EdgeRow:
    """An edge row from the cells of an aggregated row (IRIs, dates as lexical forms, spells as
    ``from/until`` separated by spaces)."""
    return EdgeRow(
        short_id(subject),
        relation,
        short_id(obj),
        claims,
        total,
        best,
        _day(first) or date.min,
        _day(last) or date.min,
        tuple(sources),
        tuple(map(_spell, spells.split(" "))),
    )


def indexed_edge_row(cells: Sequence[Any]) -> EdgeRow:
    """An edge row from a row of :func:`graph.index.ties.edge_rows` (IRIs, dates, the sources as a
    JSON array)."""
    subject, relation, obj, claims, total, best, first, last, sources, spells = cells
    return edge_row(subject, relation, obj, claims, total, best, first, last, _iris(sources), spells)


def _iris(cell: str) -> tuple[str, ...]:
    """A JSON array of IRIs as SQLite writes it: an IRI holds no quote, backslash or control
    character, so none of its strings is escaped and the array splits at ``","`` (json.loads took a
    third of turning the ties of a million claims into rows); one with an escape is read as JSON."""
    if "\\" in cell:
        return tuple(json.loads(cell))
    return tuple(cell[2:-2].split('","')) if len(cell) > 2 else ()


def edge_details(
    store: GraphStore, bindings: Mapping[str, Term | None]
) -> Iterator[tuple[str, str, str, list[str], list[str]]]:
    """Per (subject, relation, object) as ids and relation IRI: the claim ids and asserter IRIs."""
    for subject, relation, obj, ids, asserters in tsv_rows(store, DETAILS_QUERY, bindings):
        yield (
            short_id(iri_cell(subject)),
            iri_cell(relation),
            short_id(iri_cell(obj)),
            [short_id(i) for i in lexical_cell(ids).split()],
            lexical_cell(asserters).split(),
        )


def record_rows(
    store: GraphStore,
    bindings: Mapping[str, Term | None],
    actors: list[str] | None = None,
    ties: Sequence[tuple[str, str, str]] = (),
) -> list[tuple[Term | None, ...]]:
    """Per claim and evidence: claim, subject, relation, object, confidence, asserter, valid from,
    valid until, evidence, quote, source, published; of all claims, those of ``actors`` (IRIs,
    either end), or those of ``ties`` ((subject, relation, object) IRIs)."""
    if ties:
        found: list[tuple[Term | None, ...]] = []
        for subject, relation, obj in ties:
            tie = {"subject": NamedNode(subject), "relation": NamedNode(relation), "object": NamedNode(obj)}
            found.extend(store.select(TIE_RECORDS_QUERY, {**bindings, **tie}).rows)
        return found
    if actors is None:
        return store.select(RECORDS_QUERY, bindings).rows
    rows: list[tuple[Term | None, ...]] = []
    for actor in actors:
        rows.extend(store.select(ACTOR_RECORDS_QUERY, {"actor": NamedNode(actor), **bindings}).rows)
    return rows


def tsv_rows(store: GraphStore, query: str, bindings: Mapping[str, Term | None]) -> Iterator[list[str]]:
    """The cells of each row of ``query``'s answer as SPARQL TSV, the header left out."""
    data, _ = store.query_serialized(bind_values(query, dict(bindings)), TSV)
    lines = io.BytesIO(data)  # line by line: no second copy of a large answer
    del data
    next(lines, None)  # the header
    for line in lines:
        if line := line.rstrip(b"\n"):
            yield line.decode().split("\t")


def iri_cell(cell: str) -> str:
    """The IRI of a TSV cell (``<...>``)."""
    if not (cell.startswith("<") and cell.endswith(">")):
        raise ValueError(f"expected an IRI in the results, not {cell!r}")
    return cell[1:-1]


def lexical_cell(cell: str) -> str:
    """The lexical form of a TSV cell: a number as written, a quoted literal without quotes and type."""
    if not cell.startswith('"'):
        return cell
    end = cell.rindex('"')
    value = cell[1:end]
    if "\\" in value:  # the texts read here are IRIs, dates and numbers: nothing to unescape
        raise ValueError(f"unexpected escape in a result: {cell!r}")
    return value


# Days and spells repeat across the edges (a few thousand days at a million claims): parsed once.
@lru_cache(maxsize=1 << 16)
def _day(cell: str) -> date | None:
    value = lexical_cell(cell)
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def spell(start: str, end: str) -> tuple[date | None, date | None]:
    """A valid-time spell from its ends as the results write them (an empty end is open)."""
    return (date.fromisoformat(start[:10]) if start else None, date.fromisoformat(end[:10]) if end else None)


@lru_cache(maxsize=1 << 16)
def _spell(text: str) -> tuple[date | None, date | None]:
    start, _, end = text.partition("/")
    return spell(start, end)
