"""Sources: the documents claims are drawn from, one named graph each; retraction drops the graph."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pyoxigraph import Literal, NamedNode

from graph.errors import NotFoundError
from graph.index import claims_index
from graph.index.listing import source_page
from graph.model.catalogue import catalogue
from graph.model.ids import source_id, source_iri
from graph.model.terms import as_date
from graph.namespaces import sparql
from graph.reads.claims import ActorRef, actor_ref
from graph.reads.relations import Page
from graph.store.base import GraphStore
from graph.store.binding import bind_rows, paged

SOURCES_QUERY = sparql(
    """
SELECT ?source ?published ?title ?url ?publisher WHERE {
  ?source a ent:Source .
  ?source dct:issued ?published .
  OPTIONAL { ?source dct:title ?title }
  OPTIONAL { ?source foaf:page ?url }
  OPTIONAL { ?source dct:publisher ?publisher }
}
ORDER BY DESC(?published) ?source
"""
)

PAGE_QUERY = sparql(
    """
SELECT ?source WHERE { ?source a ent:Source . ?source dct:issued ?published }
ORDER BY DESC(?published) ?source
"""
)

SOURCE_COUNT_QUERY = sparql(
    """
SELECT (COUNT(DISTINCT ?source) AS ?n) WHERE { ?source a ent:Source }
"""
)

CLAIM_COUNTS_QUERY = sparql(
    """
SELECT ?source (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
  GRAPH ?source { ?claim a ent:Claim }
}
GROUP BY ?source
"""
)


@dataclass(frozen=True)
class SourceView:
    id: str
    iri: str
    published: date | None
    title: str | None
    url: str | None
    publisher: ActorRef | None
    publisher_name: str | None
    claims: int


def list_sources(store: GraphStore, *, limit: int, offset: int, indexed: bool = True) -> Page[SourceView]:
    """One page of the sources, newest first, each with its number of claims. The page's sources and
    the total come from the claims index when it can answer exactly (``indexed=False``: through
    SPARQL whatever it could do); what the page shows of them always from SPARQL."""
    index = claims_index(store) if indexed else None
    listed = source_page(index, limit, offset) if index is not None else None
    if listed is not None:
        count, shown = listed.total, [NamedNode(iri) for iri in listed.claims]
    else:
        [(total,)] = store.select(SOURCE_COUNT_QUERY).rows
        count = int(total.value) if isinstance(total, Literal) else 0
        shown = [s for (s,) in store.select(paged(PAGE_QUERY, limit, offset)).rows if isinstance(s, NamedNode)]
    views = (
        {v.iri: v for v in _read_sources(store, None, bind_rows(SOURCES_QUERY, "source", list(shown)))} if shown else {}
    )
    return Page([views[s.value] for s in shown if s.value in views], count, limit, offset)


def read_source(store: GraphStore, key: str) -> SourceView:
    found = _read_sources(store, _node(key))
    if not found:
        raise NotFoundError("source", key)
    return found[0]


def _node(key: str) -> NamedNode:
    try:
        return NamedNode(source_iri(key))
    except ValueError:
        raise NotFoundError("source", key) from None


def _claim_counts(store: GraphStore, sources: list[NamedNode]) -> dict[str, int]:
    if not sources:
        return {}
    return {
        source.value: int(n.value)
        for source, n in store.select(bind_rows(CLAIM_COUNTS_QUERY, "source", list(sources))).rows
        if isinstance(source, NamedNode) and isinstance(n, Literal)
    }


def _read_sources(store: GraphStore, only: NamedNode | None, query: str = SOURCES_QUERY) -> list[SourceView]:
    """The sources ``query`` lists (or just ``only``), newest first, with their claim counts."""
    bindings = {"source": only} if only is not None else None
    rows = store.select(query, bindings).dicts()
    shown = list(dict.fromkeys(r["source"] for r in rows if isinstance(r["source"], NamedNode)))
    counts = _claim_counts(store, [s for s in shown if isinstance(s, NamedNode)])
    known = catalogue(store)
    views: dict[str, SourceView] = {}
    for row in rows:
        source, title, url, publisher = row["source"], row["title"], row["url"], row["publisher"]
        if not isinstance(source, NamedNode) or source.value in views:
            continue
        views[source.value] = SourceView(
            id=source_id(source.value),
            iri=source.value,
            published=as_date(row["published"]),
            title=title.value if isinstance(title, Literal) else None,
            url=url.value if isinstance(url, NamedNode) else None,
            publisher=actor_ref(known, publisher) if isinstance(publisher, NamedNode) else None,
            publisher_name=publisher.value if isinstance(publisher, Literal) else None,
            claims=counts.get(source.value, 0),
        )
    return list(views.values())
