"""The SPARQL 1.1 Protocol's work without HTTP: check, bound, run and serialise a user's query.

A request's dataset (``default-graph-uri``/``named-graph-uri``, or the query's own FROM clauses)
is answered on a scratch store holding just those graphs, copied from the store: the store's own
default graph is the union of all graphs, and that is what a query without a dataset sees. A
graph the store does not hold is an empty graph: nothing is ever fetched from the web.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple, serialize

import queries
from graph.clocks import expand
from graph.errors import InputError, Problem, QuerySyntaxError
from graph.namespaces import predeclared
from graph.sparql.guard import check_text, with_limit
from graph.sparql.named import bind_parameters
from graph.store.base import GraphStore
from graph.store.binding import bind_values
from graph.store.embedded import check_query_syntax, query_dataset
from graph.store.formats import GRAPH_FORMATS, RESULT_FORMATS

GRAPH_QUERY = """
CONSTRUCT { ?s ?p ?o } WHERE {
  GRAPH ?graph { ?s ?p ?o }
}
"""


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_results: int
    service_allow_list: tuple[str, ...] = ()
    max_response_bytes: int = 50_000_000


@dataclass(frozen=True)
class Dataset:
    """A protocol dataset: the graphs merged into the default graph, and the named graphs."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.default or self.named)


@dataclass(frozen=True)
class PreparedQuery:
    """A checked query: its form (SELECT, ASK, CONSTRUCT, DESCRIBE), the text to run, its dataset."""

    form: str
    text: str
    dataset: Dataset = field(default_factory=Dataset)
    from_clauses: tuple[str, ...] = ()
    original: str = ""  # the text as sent, before the LIMIT was added
    max_response_bytes: int = 50_000_000

    @property
    def capped(self) -> bool:
        """Whether the server lowered or added the query's LIMIT."""
        return bool(self.original) and self.original != self.text

    @property
    def returns_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


def prepare_query(store: GraphStore, text: str, limits: Limits, dataset: Dataset | None = None) -> PreparedQuery:
    """Check a query's text before the parser sees it and bound its results.

    Raises :class:`InputError` (nested too deep, an update sent as a query, a malformed graph
    IRI), ``TooLargeError`` (413) and :class:`ForbiddenOperationError` (SERVICE, LOAD). A dataset
    graph the store does not hold is empty, never fetched.
    """
    analysis = check_text(text, max_bytes=limits.max_bytes, service_allow_list=limits.service_allow_list)
    if analysis.form is None:
        first = next((t.text for t in analysis.tokens if t.kind == "word"), "")
        if first.upper() in ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"):
            raise InputError(Problem("this is an update: send it as 'update', by POST"))
        _parse_or_raise(text)
        raise InputError(Problem("expected SELECT, ASK, CONSTRUCT or DESCRIBE"))
    dataset = dataset or Dataset()
    for iri in (*dataset.default, *dataset.named):
        _named_node(iri)
    clauses = tuple(iri for _, iri in analysis.dataset_clauses())
    bounded = with_limit(analysis, text, limits.max_results) if analysis.form != "ASK" else text
    bounded = expand(predeclared(text) + bounded)
    return PreparedQuery(analysis.form, bounded, dataset, clauses, text, limits.max_response_bytes)


def run_query(store: GraphStore, query: PreparedQuery, media_type: str) -> bytes:
    """Run a prepared query and serialise its result in ``media_type`` (one of RESULT_FORMATS or
    GRAPH_FORMATS, as fits the query's form). A syntax error is reported at its place in the
    text as sent, not in the text with the added LIMIT."""
    try:
        body = _run(store, query, media_type)
    except QuerySyntaxError:
        if query.original and query.original != query.text:
            _parse_or_raise(query.original)
        raise
    if len(body) > query.max_response_bytes:
        message = (
            f"the result is {len(body):,} bytes, over this server's {query.max_response_bytes:,}; narrow the query"
        )
        raise InputError(Problem(message))
    return body


def _run(store: GraphStore, query: PreparedQuery, media_type: str) -> bytes:
    if not query.dataset and not query.from_clauses:
        return store.query_serialized(query.text, media_type)[0]
    # Copying graphs to a scratch store and querying it is work of its own: a pooled store does it
    # in a worker, bounded in time and memory like any query.
    with store.run_job("graph.sparql.protocol:answer_on_dataset", (query, media_type)) as answer:
        return answer.read()


def answer_on_dataset(store: GraphStore, query: PreparedQuery, media_type: str) -> bytes:
    """The answer of a query with a dataset (FROM, or the protocol's graph parameters): its graphs
    copied from ``store`` to a scratch store, where a graph the store lacks is empty."""
    graphs = {*query.dataset.default, *query.dataset.named, *query.from_clauses}
    quads = [
        Quad(t.subject, t.predicate, t.object, graph)
        for graph in (NamedNode(iri) for iri in sorted(graphs))
        for t in store.construct(GRAPH_QUERY, {"graph": graph})
    ]
    if not query.dataset:
        return query_dataset(quads, query.text, media_type)
    return query_dataset(
        quads,
        query.text,
        media_type,
        default_graphs=[NamedNode(i) for i in query.dataset.default],
        named_graphs=[NamedNode(i) for i in query.dataset.named],
    )


def run_update(store: GraphStore, text: str, limits: Limits) -> None:
    """Check an update (no LOAD, no SERVICE, bounded size and nesting) and run it atomically."""
    analysis = check_text(text, max_bytes=limits.max_bytes, service_allow_list=limits.service_allow_list)
    if analysis.form is not None:
        raise InputError(Problem(f"this is a {analysis.form} query: send it as 'query'"))
    store.update(text)


def _parse_or_raise(text: str) -> None:
    """Let the parser report what is wrong with ``text`` as sent: with entente's prefixes
    predeclared on a line of their own, which the reported line number leaves out."""
    header = predeclared(text)
    try:
        check_query_syntax(header + text)
    except QuerySyntaxError as error:
        if not header:
            raise
        message = _POSITION.sub(lambda m: f"{m[1]}{int(m[2]) - 1}:{m[3]}", error.problems[0].message, count=1)
        raise QuerySyntaxError(Problem(message)) from None


_POSITION = re.compile(r"^(error at )(\d+):(\d+)")


def _named_node(iri: str) -> NamedNode:
    try:
        return NamedNode(iri)
    except ValueError:
        raise InputError(Problem(f"{iri[:120]!r} is not an IRI", column="default-graph-uri")) from None


def graph_media_types() -> Sequence[str]:
    return list(GRAPH_FORMATS)


def result_media_types() -> Sequence[str]:
    return list(RESULT_FORMATS)


SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDFS_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_FORMAT_IRIS = {
    "application/sparql-results+json": "SPARQL_Results_JSON",
    "application/sparql-results+xml": "SPARQL_Results_XML",
    "text/csv": "SPARQL_Results_CSV",
    "text/tab-separated-values": "SPARQL_Results_TSV",
    "text/turtle": "Turtle",
    "application/n-triples": "N-Triples",
    "application/ld+json": "JSON-LD",
    "application/rdf+xml": "RDF_XML",
}


def service_description(endpoint: str, *, writable: bool, media_type: str = "text/turtle") -> bytes:
    """A SPARQL service description of the endpoint at ``endpoint``: it states that the default
    graph is the union of all named graphs, and which languages and formats it supports."""
    service, dataset, default = NamedNode(endpoint), BlankNode(), BlankNode()
    a = NamedNode(RDF_TYPE)

    def sd(name: str) -> NamedNode:
        return NamedNode(SD + name)

    triples = [
        Triple(service, a, sd("Service")),
        Triple(service, sd("endpoint"), service),
        Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        Triple(service, sd("defaultDataset"), dataset),
        Triple(dataset, a, sd("Dataset")),
        Triple(dataset, sd("defaultGraph"), default),
        Triple(default, a, sd("Graph")),
        Triple(
            default,
            NamedNode(RDFS_COMMENT),
            Literal(
                "The default graph is the union of all named graphs: one per source, plus the "
                "ontology and the actor catalogue. SERVICE is limited to an allow list; LOAD is refused.",
                language="en",
            ),
        ),
    ]
    if writable:
        triples.append(Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    for name in _FORMAT_IRIS.values():
        triples.append(Triple(service, sd("resultFormat"), NamedNode(FORMATS + name)))
    prefixes = {"sd": SD, "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "formats": FORMATS}
    return serialize(triples, format=GRAPH_FORMATS[media_type], prefixes=prefixes) or b""


EXAMPLE_VALUES = {"actor": "russia", "relation": "sanctions"}


def example_queries(store: GraphStore) -> list[tuple[str, str, str]]:
    """The named queries as runnable SPARQL (name, title, text): required parameters get an
    example value and the others their defaults, bound in a VALUES block."""
    examples = []
    for query in queries.registry().values():
        values = {p.name: EXAMPLE_VALUES.get(p.type, "") for p in query.parameters if p.required}
        if not all(values.values()):
            examples.append((query.name, query.title, query.text))
            continue
        bound = bind_parameters(store, query, values)
        examples.append((query.name, query.title, bind_values(query.text, bound)))
    return examples
