"""Sources: the documents claims are drawn from, one named graph each; retraction drops the graph."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pyoxigraph import Literal, NamedNode

from graph.catalogue import catalogue
from graph.claim_reads import ActorRef, actor_ref, as_date, source_id
from graph.errors import NotFoundError
from graph.namespaces import ID
from graph.relations import Page, page
from graph.store import GraphStore

SOURCES_QUERY = """
PREFIX ent: <https://w3id.org/entente/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?source ?published ?title ?url ?publisher WHERE {
  ?source a ent:Source .
  ?source dct:issued ?published .
  OPTIONAL { ?source dct:title ?title }
  OPTIONAL { ?source foaf:page ?url }
  OPTIONAL { ?source dct:publisher ?publisher }
}
ORDER BY DESC(?published) ?source
"""

CLAIM_COUNTS_QUERY = """
PREFIX ent: <https://w3id.org/entente/ontology#>
SELECT ?source (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
  GRAPH ?source { ?claim a ent:Claim }
}
GROUP BY ?source
"""


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


def source_iri(key: str) -> str:
    """A source's IRI from its id (``2024-11-08-isw-...``), ``source/<id>`` or its full IRI."""
    key = key.strip()
    if key.startswith(ID):
        return key
    return ID + "source/" + key.removeprefix("id:").removeprefix("source/")


def list_sources(store: GraphStore, *, limit: int, offset: int) -> Page[SourceView]:
    """Every source, newest first, with its number of claims."""
    return page(_read_sources(store, None), limit, offset)


def read_source(store: GraphStore, key: str) -> SourceView:
    found = _read_sources(store, _node(key))
    if not found:
        raise NotFoundError("source", key)
    return found[0]


def retract_source(store: GraphStore, key: str) -> SourceView:
    """Drop a source's named graph, and with it its claims, evidence and direct edges; atomic."""
    source = read_source(store, key)
    store.remove_graph(NamedNode(source.iri))
    return source


def _node(key: str) -> NamedNode:
    try:
        return NamedNode(source_iri(key))
    except ValueError:
        raise NotFoundError("source", key) from None


def _read_sources(store: GraphStore, only: NamedNode | None) -> list[SourceView]:
    bindings = {"source": only} if only is not None else None
    counts = {
        source.value: int(n.value)
        for source, n in store.select(CLAIM_COUNTS_QUERY, bindings).rows
        if isinstance(source, NamedNode) and isinstance(n, Literal)
    }
    known = catalogue(store)
    views: dict[str, SourceView] = {}
    for row in store.select(SOURCES_QUERY, bindings).dicts():
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
