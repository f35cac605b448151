"""Exports of the projected graph for visualisation tools (GEXF streamed: ``gexf``), and of the RDF
itself (``rdf``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Generator, Iterator
from contextlib import closing
from enum import StrEnum
from typing import TYPE_CHECKING, Any, BinaryIO

from pyoxigraph import Literal, NamedNode, RdfFormat

from graph.analysis.edges import Claims, edge_details_of, edge_records
from graph.analysis.projection import NO_FILTERS, ClaimRecord, Filters, project
from graph.export.flat import flat_attributes, iso
from graph.export.gexf import gexf_chunks, write_gexf
from graph.export.rdf import rdf_export
from graph.model.catalogue import Catalogue, catalogue
from graph.namespaces import sparql
from graph.reads.tables import safe_cell
from graph.store.base import GraphStore
from graph.store.cache import cached

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["FORMATS", "ExportFormat", "cytoscape", "export", "export_file", "export_to", "filename", "flat_graph"]


class ExportFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    cytoscape = "cytoscape"
    d3 = "d3"
    dot = "dot"
    csv = "csv"
    turtle = "turtle"
    trig = "trig"
    nquads = "nquads"
    jsonld = "jsonld"


# format -> (media type, file extension)
FORMATS: dict[ExportFormat, tuple[str, str]] = {
    ExportFormat.graphml: ("application/graphml+xml", "graphml"),
    ExportFormat.gexf: ("application/gexf+xml", "gexf"),
    ExportFormat.cytoscape: ("application/json", "cyjs"),
    ExportFormat.d3: ("application/json", "json"),
    ExportFormat.dot: ("text/vnd.graphviz", "dot"),
    ExportFormat.csv: ("text/csv", "csv"),
    ExportFormat.turtle: ("text/turtle", "ttl"),
    ExportFormat.trig: ("application/trig", "trig"),
    ExportFormat.nquads: ("application/n-quads", "nq"),
    ExportFormat.jsonld: ("application/ld+json", "jsonld"),
}
RDF_FORMATS = {
    ExportFormat.turtle: RdfFormat.TURTLE,
    ExportFormat.trig: RdfFormat.TRIG,
    ExportFormat.nquads: RdfFormat.N_QUADS,
    ExportFormat.jsonld: RdfFormat.JSON_LD,
}
POLARITY_COLOURS = {1: "#2e7d32", -1: "#c62828", 0: "#757575"}
CSV_COLUMNS = (
    "source",
    "target",
    "relation",
    "polarity",
    "weight",
    "confidence",
    "claims",
    "sources",
    "valid_from",
    "valid_until",
    "first_reported",
    "last_reported",
    "source_ids",
    "asserters",
    "claim_ids",
)

SOURCES_QUERY = sparql(
    """
SELECT ?source ?title ?publisher ?page WHERE {
  ?source a ent:Source .
  OPTIONAL { ?source dct:title ?title }
  OPTIONAL { ?source dct:publisher ?publisher }
  OPTIONAL { ?source foaf:page ?page }
}
"""
)


def filename(fmt: ExportFormat) -> str:
    """The file name an export is offered under: ``entente.gexf``."""
    return "entente." + FORMATS[fmt][1]


def export(store: GraphStore, fmt: ExportFormat, filters: Filters = NO_FILTERS) -> bytes:
    """The graph of the claims that pass ``filters`` in ``fmt``; RDF formats give the claims' quads
    (the whole dataset when no filter is set).

    Examples
    --------
    >>> from graph.intake.load import init_store
    >>> from graph.store.embedded import EmbeddedStore
    >>> store = EmbeddedStore(); _ = init_store(store)
    >>> export(store, ExportFormat.csv).splitlines()[0][:30]
    b'source,target,relation,polarit'
    """
    if fmt in RDF_FORMATS:
        return rdf_export(store, RDF_FORMATS[fmt], filters)
    if fmt is ExportFormat.gexf:
        out = io.BytesIO()
        write_gexf(store, filters, out)
        return out.getvalue()
    graph = project(store, filters)
    if fmt is ExportFormat.cytoscape:
        return _json(cytoscape(store, graph, filters))
    flat = flat_graph(graph, catalogue(store))
    if fmt is ExportFormat.graphml:
        from networkx import generate_graphml  # networkx is imported by the exports that use it, not at start

        return _lines(generate_graphml(_without(flat, "spells")))
    if fmt is ExportFormat.d3:
        return _json(_d3(flat))
    if fmt is ExportFormat.dot:
        return _dot(flat).encode()
    return _csv(flat).encode()


def export_to(store: GraphStore, fmt: ExportFormat, out: BinaryIO, filters: Filters = NO_FILTERS) -> None:
    """Write the export to ``out``; GEXF is written edge by edge, never whole in memory."""
    if fmt is ExportFormat.gexf:
        write_gexf(store, filters, out)
    else:
        out.write(export(store, fmt, filters))


def export_file(store: GraphStore, fmt: ExportFormat, filters: Filters, path: str, max_bytes: int = 0) -> bytes:
    """A job (:meth:`GraphStore.run_job`): the export written to the file ``path`` as it is produced
    (GEXF never whole in memory), stopped once it passes ``max_bytes`` (0: no limit); the bytes
    written, as ASCII digits (past ``max_bytes``: the export is larger than that, the file is cut)."""
    chunks = gexf_chunks(store, filters) if fmt is ExportFormat.gexf else _once(export(store, fmt, filters))
    written = 0
    with closing(chunks), open(path, "wb") as out:
        for chunk in chunks:
            written += len(chunk)
            if max_bytes and written > max_bytes:
                break
            out.write(chunk)
    return str(written).encode()


def _once(data: bytes) -> Generator[bytes, None, None]:
    yield data


def flat_graph(graph: nx.MultiDiGraph, known: Catalogue) -> nx.MultiDiGraph:
    """The projection with attributes every format can hold: numbers and strings, no ``None``; lists
    joined by ``"; "``, dates as ISO strings; ``spells`` kept as a list of (start, end) strings."""
    from networkx import MultiDiGraph

    flat = MultiDiGraph()
    details = edge_details_of(graph)
    for node, data in graph.nodes(data=True):
        flat.add_node(node, label=data["label"], type=data["type"], iri=data["iri"])
    for a, b, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(a, b, key=key, **flat_attributes(data, details.get((a, b, key), ((), ())), known))
    return flat


def cytoscape(store: GraphStore, graph: nx.MultiDiGraph, filters: Filters = NO_FILTERS) -> dict[str, Any]:
    """Cytoscape.js elements (``elements.nodes`` / ``elements.edges``, each with ``data``); each edge
    carries its evidence (claim, quote, asserter, source, dates) for a viewer to show."""
    known = catalogue(store)
    sources = source_titles(store)
    nodes = [
        {"data": {"id": node, "label": data["label"], "type": data["type"], "iri": data["iri"]}}
        for node, data in graph.nodes(data=True)
    ]
    edges = []
    claims = graph.graph.get("claims")
    if isinstance(claims, Claims):
        claims.load_all()
    for a, b, key, data in graph.edges(keys=True, data=True):
        records = edge_records(graph, a, b, key, data)
        edges.append(
            {
                "data": {
                    "id": f"{a}|{key}|{b}",
                    "source": a,
                    "target": b,
                    "relation": key,
                    "label": data["label"],
                    "polarity": data["polarity"],
                    "symmetric": data["symmetric"],
                    "weight": data["weight"],
                    "confidence": data["confidence"],
                    "claims": data["claims"],
                    "sources": data["sources"],
                    "valid_from": iso(data["valid_from"]),
                    "valid_until": iso(data["valid_until"]),
                    "first_reported": iso(data["first_reported"]),
                    "last_reported": iso(data["last_reported"]),
                    "evidence": [_evidence(r, known, sources) for r in records],
                }
            }
        )
    relations = sorted(known.relations.values(), key=lambda r: r.name)
    return {
        "data": {
            "as_of": iso(filters.as_of),
            "known_at": iso(filters.known_at),
            "min_confidence": filters.min_confidence,
            "status": filters.status,
            "relations": [{"name": r.name, "label": r.label, "polarity": r.polarity} for r in relations],
        },
        "elements": {"nodes": nodes, "edges": edges},
    }


def _evidence(record: ClaimRecord, known: Catalogue, sources: dict[str, dict[str, str]]) -> dict[str, Any]:
    source = sources.get(record.source, {})
    publisher = source.get("publisher")
    return {
        "claim": record.id,
        "quote": record.quote,
        "asserted_by": record.asserted_by,
        "asserted_by_label": known.label(record.asserted_by)
        if record.asserted_by in known.actors
        else source.get("title", record.asserted_by),
        "confidence": record.confidence,
        "valid_from": iso(record.valid_from),
        "valid_until": iso(record.valid_until),
        "source": record.source,
        "source_title": source.get("title"),
        "source_url": source.get("page"),
        "publisher": known.label(publisher) if publisher and publisher in known.actors else publisher,
        "published": record.published.isoformat(),
    }


def source_titles(store: GraphStore) -> dict[str, dict[str, str]]:
    """Each source's title, publisher and page, by IRI (one query, cached per store generation)."""

    def read() -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for row in store.select(SOURCES_QUERY).dicts():
            source = row["source"]
            if not isinstance(source, NamedNode):
                continue
            entry = found.setdefault(source.value, {})
            for name in ("title", "publisher", "page"):
                term = row[name]
                if isinstance(term, NamedNode | Literal):
                    entry.setdefault(name, term.value)
        return found

    return cached(store, "export-sources", read)


def _d3(flat: nx.MultiDiGraph) -> dict[str, Any]:
    nodes = [{"id": node, **data} for node, data in flat.nodes(data=True)]
    links = [
        {"source": a, "target": b, "key": key, **{k: v for k, v in data.items() if k != "spells"}}
        for a, b, key, data in flat.edges(keys=True, data=True)
    ]
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "links": links}


def _dot(flat: nx.MultiDiGraph) -> str:
    shapes = {"State": "ellipse", "Bloc": "hexagon", "Person": "box", "Organisation": "diamond"}
    lines = ["digraph entente {", "  graph [overlap=false, splines=true];"]
    for node, data in flat.nodes(data=True):
        attributes = {"label": data["label"], "type": data["type"], "iri": data["iri"]}
        attributes["shape"] = shapes.get(data["type"], "ellipse")
        lines.append(f"  {_quoted(node)} [{_dot_attributes(attributes)}];")
    for a, b, key, data in flat.edges(keys=True, data=True):
        attributes = {k: v for k, v in data.items() if k not in ("spells", "weight")}
        attributes["score"] = data["weight"]  # Graphviz's own "weight" must not be negative
        attributes["key"] = key
        attributes["color"] = POLARITY_COLOURS.get(data["polarity"], POLARITY_COLOURS[0])
        attributes["penwidth"] = round(1 + min(abs(data["weight"]), 10) / 3, 2)
        lines.append(f"  {_quoted(a)} -> {_quoted(b)} [{_dot_attributes(attributes)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_attributes(attributes: dict[str, Any]) -> str:
    return ", ".join(f"{name}={_quoted(str(value))}" for name, value in attributes.items())


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _csv(flat: nx.MultiDiGraph) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for a, b, data in flat.edges(data=True):
        row = {"source": a, "target": b, **data}
        writer.writerow([safe_cell(row.get(column, "")) for column in CSV_COLUMNS])
    return out.getvalue()


def _without(flat: nx.MultiDiGraph, name: str) -> nx.MultiDiGraph:
    copy = flat.copy()
    for _a, _b, data in copy.edges(data=True):
        data.pop(name, None)
    return copy


def _lines(chunks: Iterator[str]) -> bytes:
    return "\n".join(chunks).encode() + b"\n"


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode()
