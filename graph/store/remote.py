"""A store on any SPARQL 1.1 Protocol endpoint (Oxigraph server, Virtuoso, Fuseki, GraphDB, QLever).

Reads are SPARQL queries over HTTP (retried on connection errors and 5xx); writes are one SPARQL
update per batch, which a conforming server applies atomically. Both are sent as HTML form posts
(``query=`` / ``update=``), the one way of the protocol every engine takes (Virtuoso 7.2 never
answers a ``application/sparql-query`` body). Answers are read by :mod:`graph.store.remote_results`
so callers see the same terms as with the embedded store, whichever engine answered.

Tested engines (see the README's "Engines"): Oxigraph server and Virtuoso Open Source 7.2.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

import httpx
from pyoxigraph import (
    BlankNode,
    NamedNode,
    Quad,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Triple,
    parse,
    parse_query_results,
)

from graph.errors import InputError, Problem, QuerySyntaxError, StoreError
from graph.store.base import Bindings, GraphStore, SelectResult
from graph.store.binding import bind_rows, bind_values, insert_data
from graph.store.remote_results import ASK_COLUMNS, boolean_document, canonical_triples, read_json

READ_RETRIES = 2
# GROUP BY, not DISTINCT: Virtuoso 7.2 does not answer DISTINCT ?g within a minute on 20k quads.
GRAPHS_QUERY = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
QUADS_QUERY = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
JSON_RESULTS = "application/sparql-results+json"
XML_RESULTS = "application/sparql-results+xml"
# The graphs a Virtuoso server keeps for itself (its RDF views' schema, the LDP vocabulary, the
# service description under the default [URIQA] DefaultHost): not part of the dataset.
VIRTUOSO_SYSTEM_GRAPHS = frozenset(
    {"http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#", "http://localuriqaserver/sparql"}
)


@dataclass(frozen=True)
class Endpoints:
    """Where a SPARQL server answers, how to ask it for the union default graph, and which of its
    graphs are the engine's own rather than the dataset's (``None``: those the engine is known to
    keep, recognised by its ``Server`` header; today Virtuoso's). An endpoint URL may carry
    ``user:password@``: the requests to it then answer an HTTP Digest challenge with them
    (Virtuoso's ``/sparql-auth``); Basic or bearer credentials go in a header instead."""

    query: str
    update: str | None = None
    union_params: dict[str, str] = field(default_factory=dict)
    system_graphs: frozenset[str] | None = None

    @classmethod
    def oxigraph(cls, base_url: str) -> Endpoints:
        """An Oxigraph server's base URL: ``/query`` and ``/update``, union default graph by parameter."""
        base = base_url.rstrip("/")
        return cls(base + "/query", base + "/update", {"union-default-graph": ""})

    @classmethod
    def virtuoso(cls, base_url: str, user: str, password: str) -> Endpoints:
        """A Virtuoso server's base URL: ``/sparql`` for queries (its default graph is the union of
        its graphs), ``/sparql-auth`` with ``user``'s digest credentials for updates."""
        url = httpx.URL(base_url)
        base = url.path.rstrip("/")
        update = url.copy_with(username=user, password=password, path=base + "/sparql-auth")
        return cls(str(url.copy_with(path=base + "/sparql")), str(update), {}, VIRTUOSO_SYSTEM_GRAPHS)


class RemoteStore(GraphStore):
    """A :class:`GraphStore` over HTTP. The server's default graph must be the union of its graphs
    (Oxigraph: asked per query; Virtuoso, GraphDB: by default; Fuseki: ``tdb2:unionDefaultGraph
    true``)."""

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
        self._query_url, self._query_auth = _without_credentials(endpoints.query)
        self._update_url: str | None = None
        self._update_auth: httpx.DigestAuth | None = None
        if endpoints.update:
            self._update_url, self._update_auth = _without_credentials(endpoints.update)
        self._server = ""
        self._client = httpx.Client(headers=headers or {}, timeout=timeout_s, transport=transport)

    @property
    def location(self) -> str:
        return self._query_url

    @property
    def generation(self) -> int:
        # Other clients may write to the server too: cached reads expire after cache_ttl_s.
        return self._generation * 1_000_000_000 + int(time.monotonic() / self.cache_ttl_s)

    @property
    def system_graphs(self) -> frozenset[str]:
        """The engine's own graphs, left out of :meth:`graphs`, :meth:`quads` and ``len``."""
        if self.endpoints.system_graphs is not None:
            return self.endpoints.system_graphs
        if not self._server:
            self.ask("ASK WHERE { }")  # one answer tells which engine this is
        return VIRTUOSO_SYSTEM_GRAPHS if self._server.startswith("Virtuoso") else frozenset()

    def _post_query(self, query: str, accept: str) -> httpx.Response:
        for attempt in range(READ_RETRIES + 1):
            try:
                response = self._client.post(
                    self._query_url,
                    data={"query": query},
                    headers={"Accept": accept},
                    params=self.endpoints.union_params,
                    auth=self._query_auth or httpx.USE_CLIENT_DEFAULT,
                )
            except httpx.TransportError as error:
                if attempt == READ_RETRIES:
                    raise StoreError(f"cannot reach {self._query_url}: {error}") from error
            else:
                self._server = response.headers.get("server", "")
                if response.status_code < 500 or attempt == READ_RETRIES:
                    return _whole(_checked(response, self._query_url), self._query_url)
            time.sleep(0.2 * 2**attempt)
        raise AssertionError("unreachable")

    def _read_json(self, query: str, bindings: Bindings | None) -> SelectResult | bool:
        text = bind_values(query, bindings) if bindings else query
        return read_json(self._post_query(text, JSON_RESULTS).content, self._query_url)

    def select(self, query: str, bindings: Bindings | None = None) -> SelectResult:
        result = self._read_json(query, bindings)
        if not isinstance(result, SelectResult):
            raise InputError("expected a SELECT query")
        return result

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        result = self._read_json(query, bindings)
        if not isinstance(result, bool):
            raise InputError("expected an ASK query")
        return result

    def construct(self, query: str, bindings: Bindings | None = None) -> list[Triple]:
        text = bind_values(query, bindings) if bindings else query
        response = self._post_query(text, "application/n-triples")
        return canonical_triples(q.triple for q in parse(response.content, format=RdfFormat.N_TRIPLES))

    def query_serialized(self, query: str, media_type: str) -> tuple[bytes, str]:
        response = self._post_query(query, media_type)
        returned = response.headers.get("content-type", "").split(";")[0].strip()
        if returned in (JSON_RESULTS, XML_RESULTS):
            answer = _ask_table(response.content, returned)
            document = boolean_document(answer, returned) if answer is not None else None
            if document is not None:
                return document, "boolean"
            head = response.content[:300]
            kind = "boolean" if b'"boolean"' in head or b"<boolean>" in head else "solutions"
        elif returned in ("text/csv", "text/tab-separated-values"):
            kind = "solutions"
        else:
            kind = "graph"
        return response.content, kind

    def update(self, update: str) -> None:
        if self._update_url is None:
            raise StoreError("this remote store has no update endpoint configured")
        try:
            response = self._client.post(
                self._update_url, data={"update": update}, auth=self._update_auth or httpx.USE_CLIENT_DEFAULT
            )
        except httpx.TransportError as error:
            raise StoreError(f"cannot reach {self._update_url}: {error}") from error
        _checked(response, self._update_url)
        self._bump()

    def add(self, quads: Sequence[Quad]) -> None:
        if quads:
            self.update(insert_quads(quads))

    def remove_graph(self, graph: NamedNode) -> bool:
        if not self.has_graph(graph):
            return False
        self.update("DROP SILENT GRAPH " + str(graph))
        return True

    def graphs(self) -> list[NamedNode]:
        hidden = self.system_graphs
        return [g for (g,) in self.select(GRAPHS_QUERY).rows if isinstance(g, NamedNode) and g.value not in hidden]

    def quads(self) -> Iterable[Quad]:
        hidden = self.system_graphs
        for s, p, o, g in self.select(QUADS_QUERY).rows:
            if isinstance(g, NamedNode) and g.value not in hidden:
                yield Quad(s, p, o, g)  # type: ignore[arg-type]

    def __len__(self) -> int:
        hidden = sorted(self.system_graphs)
        count = _count(self.select(COUNT_QUERY))
        if hidden:
            count -= _count(self.select(bind_rows(COUNT_QUERY, "g", [NamedNode(g) for g in hidden])))
        return count

    def close(self) -> None:
        self._client.close()


def insert_quads(quads: Sequence[Quad]) -> str:
    """One update writing ``quads``: ``INSERT DATA``, or, when a blank node is among them,
    ``INSERT { ... } WHERE { }`` (the same quads, fresh blank nodes as ``INSERT DATA`` makes;
    Virtuoso 7 refuses blank nodes in ``INSERT DATA``)."""
    text = insert_data(quads)
    if not any(isinstance(term, BlankNode) for quad in quads for term in (quad.subject, quad.object)):
        return text
    return "INSERT {" + text.removeprefix("INSERT DATA {") + " WHERE { }"


def _count(result: SelectResult) -> int:
    [(count,)] = result.rows
    return int(count.value) if count is not None else 0  # type: ignore[union-attr]


def _ask_table(content: bytes, media_type: str) -> bool | None:
    """The boolean of an ASK answered as a one-column table (see remote_results), else None."""
    if not any(column.encode() in content[:500] for column in ASK_COLUMNS):
        return None
    if media_type == JSON_RESULTS:
        result = read_json(content, "")
        return result if isinstance(result, bool) else None
    solutions = parse_query_results(content, format=QueryResultsFormat.XML)
    if not isinstance(solutions, QuerySolutions) or [v.value for v in solutions.variables] not in (
        [c] for c in ASK_COLUMNS
    ):
        return None
    return any(s[0] is not None and s[0].value not in ("0", "false") for s in solutions)


def _without_credentials(url: str) -> tuple[str, httpx.DigestAuth | None]:
    """``url`` without its ``user:password@`` part, and digest credentials made of that part."""
    parsed = httpx.URL(url)
    if not parsed.username:
        return url, None
    bare = str(parsed.copy_with(username=None, password=None))
    return bare, httpx.DigestAuth(unquote(parsed.username), unquote(parsed.password or ""))


def _whole(response: httpx.Response, url: str) -> httpx.Response:
    """``response``, unless the server says it cut the answer at its row limit (Virtuoso sends
    ``X-SPARQL-MaxRows`` then): a partial answer is never taken for the whole."""
    cut = response.headers.get("x-sparql-maxrows")
    if cut is not None:
        raise StoreError(
            f"{url} cut its answer at {cut} rows (Virtuoso: [SPARQL] ResultSetMaxRows); raise that limit"
            " above the number of quads the store holds"
        )
    return response


def _checked(response: httpx.Response, url: str) -> httpx.Response:
    if response.status_code == 400:
        raise QuerySyntaxError(Problem(response.text.strip()[:2000] or "bad request"))
    if response.status_code >= 400:
        raise StoreError(f"{url} answered {response.status_code}: {response.text.strip()[:500]}")
    return response
