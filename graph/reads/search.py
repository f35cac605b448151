"""Full-text search over the quotes of claims and the titles of sources: an SQLite FTS5 index
(Porter stems, diacritics folded), ranked by bm25, with the matching words highlighted.

The index is built from the store through SPARQL (so a remote store works alike) and kept in step
with it: before each search, if the store's ``generation`` has moved since the index was built, it
is brought up to date: the store's texts are read again (one SPARQL scan) and only the rows added or
gone are written. In memory, one index a store, built at the first search; a search that comes
while the index is brought up to date waits for it.
"""

from __future__ import annotations

import html
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from pyoxigraph import Literal, NamedNode

from graph.errors import InputError, Problem
from graph.model.ids import source_id
from graph.model.terms import as_date
from graph.namespaces import sparql
from graph.reads.claims import ClaimView
from graph.reads.listing import read_claims
from graph.reads.relations import Page
from graph.store.base import GraphStore
from graph.store.binding import bind_rows

QUOTES_QUERY = sparql(
    """
SELECT ?claim ?quote ?source WHERE {
  ?claim prov:wasDerivedFrom ?evidence .
  ?evidence ent:quote ?quote .
  ?evidence dct:source ?source .
}
"""
)
TITLES_QUERY = sparql(
    """
SELECT ?source ?title ?published ?url WHERE {
  ?source a ent:Source .
  ?source dct:title ?title .
  OPTIONAL { ?source dct:issued ?published }
  OPTIONAL { ?source foaf:page ?url }
}
"""
)
SOURCE_REFS_QUERY = sparql(
    """
SELECT ?source ?title ?published ?url WHERE {
  OPTIONAL { ?source dct:title ?title }
  OPTIONAL { ?source dct:issued ?published }
  OPTIONAL { ?source foaf:page ?url }
}
"""
)

SCHEMA = """
CREATE VIRTUAL TABLE texts USING fts5(
    body, kind UNINDEXED, item UNINDEXED, source UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
"""
# Marks that cannot occur in RDF text (control characters), turned into <mark> after escaping.
OPEN, CLOSE = "\x02", "\x03"
MAX_TERMS = 32
_TERM = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class SourceRef:
    id: str
    iri: str
    title: str | None
    url: str | None
    published: date | None


@dataclass(frozen=True)
class SearchHit:
    """A quote (``kind`` "claim", with its claim) or a source's title (``kind`` "source") that matches."""

    kind: str
    text: str  # the quote or title as stored
    highlighted: str  # the same, HTML-escaped, the matching words in <mark>...</mark>
    spans: list[tuple[int, int]]  # where in ``text`` the matching words are: [start, end)
    score: float  # bm25 relevance, higher is better
    source: SourceRef
    claim: ClaimView | None = None


def match_expression(text: str) -> str:
    """An FTS5 query for what a person typed: each word, or "quoted phrase", must occur (a trailing
    ``*`` makes a word a prefix). Everything is quoted, so no input is FTS5 syntax."""
    terms = []
    text = "".join(c if c.isprintable() else " " for c in text)  # FTS5 ends a string at NUL
    for phrase, word in _TERM.findall(text):
        term = phrase if phrase else word
        prefix = not phrase and term.endswith("*") and len(term) > 1
        term = term.rstrip("*") if prefix else term
        if term.strip():
            terms.append('"' + term.replace('"', '""') + '"' + ("*" if prefix else ""))
    if not terms:
        raise InputError(Problem("give some words to search for", column="q"))
    if len(terms) > MAX_TERMS:
        raise InputError(Problem(f"at most {MAX_TERMS} words or phrases", column="q"))
    return " AND ".join(terms)


Entry = tuple[str, str, str, str]  # body, kind, item IRI, source IRI
Key = tuple[int, str, str, str]  # an entry with its body's hash: what the index remembers of a row


class SearchIndex:
    """The FTS5 index of one store, brought up to date when the store's generation moves: the
    store's texts are read again (one SPARQL scan) and only those added or gone are written."""

    def __init__(self, store: GraphStore) -> None:
        self._store = weakref.ref(store)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.executescript(SCHEMA)
        self._rowids: dict[Key, int] = {}
        self.generation: int | None = None

    @property
    def rows(self) -> int:
        return len(self._rowids)

    def fresh(self) -> sqlite3.Connection:
        """The index, brought up to date first if the store has changed since (call under the lock)."""
        store = self._store()
        assert store is not None
        generation = store.generation
        if self.generation != generation:
            self._sync({(hash(e[0]), *e[1:]): e for e in entries(store)})
            self.generation = generation
        return self._db

    def _sync(self, current: dict[Key, Entry]) -> None:
        gone = [self._rowids.pop(key) for key in self._rowids.keys() - current.keys()]
        new = sorted(current.keys() - self._rowids.keys())
        with self._db:
            self._db.executemany("DELETE FROM texts WHERE rowid = ?", [(rowid,) for rowid in gone])
            for key in new:
                sql = "INSERT INTO texts (body, kind, item, source) VALUES (?, ?, ?, ?)"
                cursor = self._db.execute(sql, current[key])
                assert cursor.lastrowid is not None
                self._rowids[key] = cursor.lastrowid
        if len(new) + len(gone) > 1000:
            self._db.execute("INSERT INTO texts (texts) VALUES ('optimize')")

    def search(
        self, text: str, *, kind: str | None = None, limit: int, offset: int
    ) -> tuple[list[tuple[str, str, str, str, float]], int]:
        """The matching rows (kind, item IRI, source IRI, highlighted body, score), best first, of
        one ``kind`` ("claim" or "source") or both, and how many match."""
        expression = match_expression(text)
        with self._lock:
            db = self.fresh()
            [(total,)] = db.execute(
                "SELECT count(*) FROM texts WHERE texts MATCH ?1 AND (?2 IS NULL OR kind = ?2)", (expression, kind)
            ).fetchall()
            rows = db.execute(
                "SELECT kind, item, source, highlight(texts, 0, ?3, ?4), bm25(texts) FROM texts"
                " WHERE texts MATCH ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY bm25(texts), item LIMIT ?5 OFFSET ?6",
                (expression, kind, OPEN, CLOSE, limit, offset),
            ).fetchall()
        return [(k, i, s, h, -float(b)) for k, i, s, h, b in rows], int(total)

    def matching(self, text: str, kind: str = "claim") -> set[str]:
        """The IRIs of every item of ``kind`` whose text matches (for filtering a list)."""
        expression = match_expression(text)
        with self._lock:
            db = self.fresh()
            return {
                item
                for (item,) in db.execute("SELECT item FROM texts WHERE texts MATCH ? AND kind = ?", (expression, kind))
            }


def entries(store: GraphStore) -> Iterator[Entry]:
    """What the index holds for the store: each claim's quotes and each source's title."""
    for quote, claim, source in _quotes(store):
        yield quote, "claim", claim, source
    for title, source, _ in _titles(store):
        yield title, "source", source, source


def _quotes(store: GraphStore) -> Iterator[tuple[str, str, str]]:
    seen: set[tuple[str, str, str]] = set()
    for claim, quote, source in store.select(QUOTES_QUERY).rows:
        if isinstance(claim, NamedNode) and isinstance(quote, Literal) and isinstance(source, NamedNode):
            row = (quote.value, claim.value, source.value)
            if row not in seen:
                seen.add(row)
                yield row


def _titles(store: GraphStore) -> Iterator[tuple[str, str, str]]:
    seen: set[str] = set()
    for source, title, _published, _url in store.select(TITLES_QUERY).rows:
        if isinstance(source, NamedNode) and isinstance(title, Literal) and source.value not in seen:
            seen.add(source.value)
            yield title.value, source.value, source.value


_indexes: weakref.WeakKeyDictionary[GraphStore, SearchIndex] = weakref.WeakKeyDictionary()
_indexes_lock = threading.Lock()


def search_index(store: GraphStore) -> SearchIndex:
    """The store's search index (made at the first call, built at the first search)."""
    with _indexes_lock:
        index = _indexes.get(store)
        if index is None:
            index = _indexes[store] = SearchIndex(store)
        return index


def search(store: GraphStore, text: str, *, kind: str | None = None, limit: int, offset: int) -> Page[SearchHit]:
    """Quotes and source titles that contain every word of ``text`` (stems match: "sanction" finds
    "sanctions"), best first, with the claims the quotes support."""
    rows, total = search_index(store).search(text, kind=kind, limit=limit, offset=offset)
    claims = {c.iri: c for c in read_claims(store, sorted({item for kind, item, *_ in rows if kind == "claim"}))}
    sources = _sources(store, sorted({source for _, _, source, _, _ in rows}))
    hits = []
    for kind, item, source, marked, score in rows:
        claim = claims.get(item) if kind == "claim" else None
        if kind == "claim" and claim is None:
            continue  # gone since the index was built
        plain, spans = _spans(marked)
        hits.append(SearchHit(kind, plain, _html(marked), spans, round(score, 6), sources[source], claim))
    return Page(hits, total, limit, offset)


def claims_matching(store: GraphStore, text: str) -> set[str]:
    """The IRIs of the claims with a quote that contains every word of ``text``."""
    return search_index(store).matching(text, "claim")


def _sources(store: GraphStore, iris: list[str]) -> dict[str, SourceRef]:
    found = {i: SourceRef(source_id(i), i, None, None, None) for i in iris}
    if not iris:
        return found
    query = bind_rows(SOURCE_REFS_QUERY, "source", [NamedNode(i) for i in iris])
    for source, title, published, url in store.select(query).rows:
        if isinstance(source, NamedNode):
            found[source.value] = SourceRef(
                source_id(source.value),
                source.value,
                title.value if isinstance(title, Literal) else None,
                url.value if isinstance(url, NamedNode) else None,
                as_date(published),
            )
    return found


def _spans(marked: str) -> tuple[str, list[tuple[int, int]]]:
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    start = 0
    for part in re.split(f"([{OPEN}{CLOSE}])", marked):
        if part == OPEN:
            start = position
        elif part == CLOSE:
            spans.append((start, position))
        else:
            plain.append(part)
            position += len(part)
    return "".join(plain), spans


def _html(marked: str) -> str:
    return html.escape(marked, quote=False).replace(OPEN, "<mark>").replace(CLOSE, "</mark>")


__all__ = [
    "SearchHit",
    "SearchIndex",
    "SourceRef",
    "claims_matching",
    "entries",
    "match_expression",
    "search",
    "search_index",
]
