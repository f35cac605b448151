"""End to end: the real server (``entente serve``) in a subprocess, spoken to by real SPARQL clients."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TURTLE, XML, SPARQLWrapper

from graph.intake.load import init_store
from graph.store.embedded import EmbeddedStore
from tests.support.servers import entente_server

pytestmark = pytest.mark.server

PREFIXES = "PREFIX ent: <https://w3id.org/entente/ontology#>\nPREFIX id: <https://w3id.org/entente/id/>\n"
RUSSIA_CLAIMS = (
    PREFIXES
    + """SELECT ?claim WHERE {
  { ?claim ent:subject id:russia } UNION { ?claim ent:object id:russia }
  ?claim ent:status ent:Asserted .
  OPTIONAL { ?claim ent:validFrom ?from }
  FILTER(!BOUND(?from) || ?from <= "2024-11-08"^^<http://www.w3.org/2001/XMLSchema#date>)
}"""
)
BLOC = PREFIXES + "SELECT ?o WHERE { id:russia ent:formsBlocWith ?o } ORDER BY ?o"
CONSTRUCT = PREFIXES + "CONSTRUCT { id:russia ent:formsBlocWith ?o } WHERE { id:russia ent:formsBlocWith ?o }"
EXPECTED = {"china", "iran", "north-korea"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    location = tmp_path_factory.mktemp("server") / "store"
    store = EmbeddedStore(location)
    init_store(store)
    store.close()
    with entente_server(location) as (url, _process):
        yield url


def wrapper(server: str, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_rest_moscow_relations_as_of_and_known_at(server: str) -> None:
    url = server + "/actors/moscow/relations"
    on_election = httpx.get(url, params={"as_of": "2024-11-08"}).json()
    relations = {(r["subject"]["id"], r["relation"], r["object"]["id"]) for r in on_election["data"]}
    assert ("russia", "attacks", "ukraine") in relations
    assert all(c["evidence"][0]["quote"] for r in on_election["data"] for c in r["claims"])
    before = httpx.get(url, params={"as_of": "2021-01-01"}).json()
    assert all(r["relation"] != "attacks" for r in before["data"])
    assert httpx.get(url, params={"known_at": "2024-11-01"}).json()["total"] == 0


def test_sparqlwrapper_select_matches_rest(server: str) -> None:
    rest = httpx.get(server + "/actors/moscow/relations", params={"as_of": "2024-11-08", "limit": 1000}).json()
    rest_claims = {c["iri"] for r in rest["data"] for c in r["claims"]}
    results = wrapper(server, RUSSIA_CLAIMS, JSON).query().convert()
    assert isinstance(results, dict)
    sparql_claims = {b["claim"]["value"] for b in results["results"]["bindings"]}
    assert sparql_claims == rest_claims and len(rest_claims) > 5


def test_sparqlwrapper_select_xml_and_csv_and_post(server: str) -> None:
    document = wrapper(server, BLOC, XML).query().convert()
    values = {node.firstChild.data.rsplit("/", 1)[1] for node in document.getElementsByTagName("uri")}  # type: ignore[union-attr]
    assert values == EXPECTED
    csv_text = wrapper(server, BLOC, CSV).query().convert()
    assert isinstance(csv_text, bytes) and b"north-korea" in csv_text
    posted = wrapper(server, BLOC, JSON)
    posted.setMethod("POST")
    results = posted.query().convert()
    assert isinstance(results, dict)
    assert {b["o"]["value"].rsplit("/", 1)[1] for b in results["results"]["bindings"]} == EXPECTED


def test_sparqlwrapper_ask(server: str) -> None:
    results = wrapper(server, PREFIXES + "ASK { id:russia ent:attacks id:ukraine }", JSON).query().convert()
    assert isinstance(results, dict) and results["boolean"] is True


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("fmt", [TURTLE, RDFXML, JSONLD, N3])
def test_sparqlwrapper_construct(server: str, fmt: str) -> None:
    result = wrapper(server, CONSTRUCT, fmt).query().convert()
    if isinstance(result, Graph):
        graph = result
    else:
        text = result.decode() if isinstance(result, bytes) else json.dumps(result)
        graph = Graph().parse(data=text, format="json-ld" if fmt == JSONLD else "turtle")
    objects = {str(o).rsplit("/", 1)[1] for o in graph.objects()}
    assert objects == EXPECTED


def test_rdflib_sparqlstore(server: str) -> None:
    graph = Graph(store=SPARQLStore(server + "/sparql"))
    rows = list(graph.query(BLOC))
    assert {str(row[0]).rsplit("/", 1)[1] for row in rows} == EXPECTED  # type: ignore[index]
    russia = URIRef("https://w3id.org/entente/id/russia")
    blocs = set(graph.objects(russia, URIRef("https://w3id.org/entente/ontology#formsBlocWith")))
    assert {str(o).rsplit("/", 1)[1] for o in blocs} == EXPECTED
    constructed = graph.query(CONSTRUCT).graph
    assert constructed is not None and len(constructed) == 3


def count(server: str) -> int:
    response = httpx.get(server + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_update_without_token_is_403_and_changes_nothing(server: str) -> None:
    before = count(server)
    update = PREFIXES + "INSERT DATA { GRAPH id:g { id:russia ent:supports id:iran } }"
    response = httpx.post(server + "/sparql", data={"update": update})
    assert response.status_code == 403
    assert response.headers["content-type"].startswith("application/problem+json")
    sparql = SPARQLWrapper(server + "/sparql")
    sparql.setMethod("POST")
    sparql.setQuery(PREFIXES + "DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(Exception, match=r"403|Forbidden"):
        sparql.query()
    assert count(server) == before


def test_service_is_refused_and_no_connection_is_made(server: str) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + str(port) + "/> { ?s ?p ?o } }"
        response = httpx.get(server + "/sparql", params={"query": query})
        assert response.status_code == 403, response.text
        for silent in ("SERVICE SILENT", "service"):
            response = httpx.get(server + "/sparql", params={"query": query.replace("SERVICE", silent)})
            assert response.status_code == 403
        with pytest.raises(TimeoutError):
            listener.accept()


def test_server_pages(server: str) -> None:
    assert "sd:UnionDefaultGraph" in httpx.get(server + "/sparql").text
    assert "<textarea" in httpx.get(server + "/sparql", headers={"Accept": "text/html"}).text
    assert 'href="/docs"' in httpx.get(server + "/").text
