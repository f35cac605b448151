"""Binding values into SPARQL as terms, never as pasted text.

pyoxigraph's ``substitutions=`` joins bound values after the WHERE clause is evaluated, so a
FILTER on an optional parameter never sees it (and 0.5 also demands the variable be projected).
Instead each query gets an inline ``VALUES`` block at the head of its WHERE group: standard
SPARQL 1.1 that every store understands, where FILTERs of that group see the values. The values
are RDF terms serialised by pyoxigraph, which escapes them; a user's text is never spliced in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def bind_values(query: str, bindings: Mapping[str, NamedNode | BlankNode | Literal | Triple | None]) -> str:
    """Return ``query`` with ``bindings`` as a one-row VALUES block at the head of its WHERE group.

    ``None`` binds a variable to UNDEF (unbound). The query must have a ``WHERE {``.
    """
    names = list(bindings)
    for name in names:
        if not _NAME.fullmatch(name):
            raise ValueError(f"not a SPARQL variable name: {name!r}")
    match = _first_where(query)
    if match is None:
        raise ValueError("the query has no WHERE clause to bind values in")
    head = " ".join("?" + name for name in names)
    row = " ".join(_term(bindings[name]) for name in names)
    block = "\n  VALUES (" + head + ") { (" + row + ") }\n"
    return query[: match.end()] + block + query[match.end() :]


def _first_where(query: str) -> re.Match[str] | None:
    for match in _WHERE.finditer(query):
        line_start = query.rfind("\n", 0, match.start()) + 1
        if "#" not in query[line_start : match.start()]:
            return match
    return None


def _term(term: NamedNode | BlankNode | Literal | Triple | None) -> str:
    if term is None:
        return "UNDEF"
    if isinstance(term, BlankNode):
        raise ValueError("a blank node cannot be bound in a query")
    return str(term)


def bind_rows(query: str, name: str, terms: list[NamedNode | Literal]) -> str:
    """Return ``query`` with ``?name`` bound to each of ``terms`` (one VALUES row each)."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a SPARQL variable name: {name!r}")
    match = _first_where(query)
    if match is None:
        raise ValueError("the query has no WHERE clause to bind values in")
    block = "\n  VALUES ?" + name + " { " + " ".join(_term(t) for t in terms) + " }\n"
    return query[: match.end()] + block + query[match.end() :]


def paged(query: str, limit: int, offset: int) -> str:
    """``query`` (with no LIMIT or OFFSET of its own) cut to one page; the bounds are integers."""
    if not (isinstance(limit, int) and isinstance(offset, int)) or limit < 0 or offset < 0:
        raise ValueError("limit and offset are non-negative integers")
    return query.rstrip() + "\nLIMIT " + str(limit) + " OFFSET " + str(offset) + "\n"


def insert_data(quads: Sequence[Quad]) -> str:
    """One ``INSERT DATA`` update for ``quads``, the terms written by pyoxigraph's serialiser."""
    by_graph: dict[NamedNode | DefaultGraph, list[Triple]] = defaultdict(list)
    for quad in quads:
        graph = quad.graph_name
        by_graph[graph if isinstance(graph, NamedNode) else DefaultGraph()].append(quad.triple)
    parts = ["INSERT DATA {"]
    for graph, triples in by_graph.items():
        body = (serialize(triples, format=RdfFormat.N_TRIPLES) or b"").decode()
        parts.append(body if isinstance(graph, DefaultGraph) else "GRAPH " + str(graph) + " {\n" + body + "}")
    parts.append("}")
    return "\n".join(parts)
