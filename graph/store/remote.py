"""A store on any SPARQL 1.1 Protocol endpoint (Oxigraph server, Fuseki, GraphDB, Virtuoso, QLever).

Reads are SPARQL queries over HTTP (retried on connection errors and 5xx); writes are one SPARQL
update per batch, which a conforming server applies atomically. Results are parsed by pyoxigraph
so callers see the same terms as with the embedded store.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import httpx
from pyoxigraph import (
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Triple,
    parse,
    parse_query_results,
)

from graph.errors import InputError, Problem, QuerySyntaxError, StoreError
from graph.store.base import Bindings, GraphStore, SelectResult
from graph.store.binding import bind_values, insert_data

READ_RETRIES = 2
GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
QUADS_QUERY = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True)
class Endpoints:
    """Where a SPARQL server answers, and how to ask it for the union default graph."""

    query: str
    update: str | None = None
    union_params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def oxigraph(cls, base_url: str) -> Endpoints:
        """An Oxigraph server's base URL: ``/query`` and ``/update``, union default graph by parameter."""
        base = base_url.rstrip("/")
        return cls(base + "/query", base + "/update", {"union-default-graph": ""})


class RemoteStore(GraphStore):
    """A :class:`GraphStore` over HTTP. The server's default graph must be the union of its graphs
    (Oxigraph: asked per query; Fuseki: ``tdb2:unionDefaultGraph true``; GraphDB and Virtuoso: by
    default)."""

    def __init__(
        self,
        endpoints: Endpoints,
        *,
        headers: dict[str, str] | None = None,
        timeout_s: float = 30.0,
        cache_ttl_s: float = 5.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__()
        self.endpoints = endpoints
        self.cache_ttl_s = cache_ttl_s
        self._client = httpx.Client(headers=headers or {}, timeout=timeout_s, transport=transport)

    @property
    def location(self) -> str:
        return self.endpoints.query

    @property
    def generation(self) -> int:
        # Other clients may write to the server too: cached reads expire after cache_ttl_s.
        return self._generation * 1_000_000_000 + int(time.monotonic() / self.cache_ttl_s)

    def _post_query(self, query: str, accept: str) -> httpx.Response:
        headers = {"Content-Type": "application/sparql-query", "Accept": accept}
        for attempt in range(READ_RETRIES + 1):
            try:
                response = self._client.post(
                    self.endpoints.query, content=query.encode(), headers=headers, params=self.endpoints.union_params
                )
            except httpx.TransportError as error:
                if attempt == READ_RETRIES:
                    raise StoreError(f"cannot reach {self.endpoints.query}: {error}") from error
            else:
                if response.status_code < 500 or attempt == READ_RETRIES:
                    return _checked(response, self.endpoints.query)
            time.sleep(0.2 * 2**attempt)
        raise AssertionError("unreachable")

    def select(self, query: str, bindings: Bindings | None = None) -> SelectResult:
        text = bind_values(query, bindings) if bindings else query
        response = self._post_query(text, "application/sparql-results+json")
        result = parse_query_results(response.content, format=QueryResultsFormat.JSON)
        if not isinstance(result, QuerySolutions):
            raise InputError("expected a SELECT query")
        return SelectResult([v.value for v in result.variables], [tuple(s) for s in result])

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        text = bind_values(query, bindings) if bindings else query
        response = self._post_query(text, "application/sparql-results+json")
        result = parse_query_results(response.content, format=QueryResultsFormat.JSON)
        if not isinstance(result, QueryBoolean):
            raise InputError("expected an ASK query")
        return bool(result)

    def construct(self, query: str, bindings: Bindings | None = None) -> list[Triple]:
        text = bind_values(query, bindings) if bindings else query
        response = self._post_query(text, "application/n-triples")
        return [q.triple for q in parse(response.content, format=RdfFormat.N_TRIPLES)]

    def query_serialized(self, query: str, media_type: str) -> tuple[bytes, str]:
        response = self._post_query(query, media_type)
        returned = response.headers.get("content-type", "").split(";")[0].strip()
        if returned.startswith("application/sparql-results") or returned in ("text/csv", "text/tab-separated-values"):
            kind = "boolean" if b'"boolean"' in response.content[:200] else "solutions"
        else:
            kind = "graph"
        return response.content, kind

    def update(self, update: str) -> None:
        if self.endpoints.update is None:
            raise StoreError("this remote store has no update endpoint configured")
        try:
            response = self._client.post(
                self.endpoints.update,
                content=update.encode(),
                headers={"Content-Type": "application/sparql-update"},
            )
        except httpx.TransportError as error:
            raise StoreError(f"cannot reach {self.endpoints.update}: {error}") from error
        _checked(response, self.endpoints.update)
        self._bump()

    def add(self, quads: Sequence[Quad]) -> None:
        if quads:
            self.update(insert_data(quads))

    def remove_graph(self, graph: NamedNode) -> bool:
        if not self.has_graph(graph):
            return False
        self.update("DROP SILENT GRAPH " + str(graph))
        return True

    def graphs(self) -> list[NamedNode]:
        return [g for (g,) in self.select(GRAPHS_QUERY).rows if isinstance(g, NamedNode)]

    def quads(self) -> Iterable[Quad]:
        for s, p, o, g in self.select(QUADS_QUERY).rows:
            yield Quad(s, p, o, g)  # type: ignore[arg-type]

    def __len__(self) -> int:
        [(count,)] = self.select(COUNT_QUERY).rows
        return int(count.value) if count is not None else 0  # type: ignore[union-attr]

    def close(self) -> None:
        self._client.close()


def _checked(response: httpx.Response, url: str) -> httpx.Response:
    if response.status_code == 400:
        raise QuerySyntaxError(Problem(response.text.strip()[:2000] or "bad request"))
    if response.status_code >= 400:
        raise StoreError(f"{url} answered {response.status_code}: {response.text.strip()[:500]}")
    return response
