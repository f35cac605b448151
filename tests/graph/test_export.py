"""Every export of the seed graph, read back by an independent reader."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import jsonschema
import networkx as nx
import pydot
import pytest
from pyoxigraph import Dataset, NamedNode, RdfFormat, parse

from graph.analysis.projection import Filters
from graph.export import FORMATS, ExportFormat, export, filename
from graph.store.base import GraphStore

SEED_EDGES = 14  # the seed's asserted, not negated (subject, relation, object) ties
INVASION = ("russia", "ukraine", "attacks")
WAR_STARTS = "2022-02-24"

CYTOSCAPE_SCHEMA = {
    "type": "object",
    "required": ["elements"],
    "properties": {
        "elements": {
            "type": "object",
            "required": ["nodes", "edges"],
            "properties": {
                "nodes": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["data"],
                        "properties": {
                            "data": {
                                "type": "object",
                                "required": ["id", "label", "type"],
                                "properties": {"id": {"type": "string"}, "label": {"type": "string"}},
                            }
                        },
                    },
                },
                "edges": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["data"],
                        "properties": {
                            "data": {
                                "type": "object",
                                "required": ["id", "source", "target", "relation", "polarity", "claims", "evidence"],
                                "properties": {
                                    "polarity": {"enum": [-1, 0, 1]},
                                    "claims": {"type": "integer", "minimum": 1},
                                    "evidence": {
                                        "type": "array",
                                        "minItems": 1,
                                        "items": {
                                            "type": "object",
                                            "required": ["claim", "quote", "asserted_by", "source", "published"],
                                        },
                                    },
                                },
                            }
                        },
                    },
                },
            },
        }
    },
}


def test_graphml_reads_back_with_provenance(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "seed.graphml"
    path.write_bytes(export(store, ExportFormat.graphml))
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.number_of_edges() == SEED_EDGES
    assert graph.nodes["russia"]["label"] == "Russia" and graph.nodes["russia"]["type"] == "State"
    attack = graph.edges[INVASION]
    assert attack["relation"] == "attacks" and attack["polarity"] == -1
    assert attack["weight"] == pytest.approx(-10.0)
    assert attack["claims"] == 1 and attack["sources"] == 1
    assert attack["valid_from"] == WAR_STARTS and attack["first_reported"] == "2024-11-08"
    assert attack["confidence"] == pytest.approx(1.0)


def test_gexf_is_1_3_with_time_spells(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "seed.gexf"
    data = export(store, ExportFormat.gexf)
    assert b'xmlns="http://gexf.net/1.3"' in data and b'version="1.3"' in data
    path.write_bytes(data)
    graph = nx.read_gexf(path, version="1.3")
    assert graph.graph["mode"] == "dynamic"
    attacks = [d for a, b, d in graph.edges(data=True) if (a, b) == INVASION[:2] and d["relation"] == "attacks"]
    assert len(attacks) == 1
    assert attacks[0]["spells"] == [(WAR_STARTS, "None")]  # networkx reads an open end as "None"
    assert b'<spell start="2022-02-24" />' in data
    assert attacks[0]["weight"] == pytest.approx(10.0) and attacks[0]["signed_weight"] == pytest.approx(-10.0)
    assert all(d.get("spells") for _, _, d in graph.edges(data=True))
    assert graph.nodes["iran"]["label"] == "Iran"


def test_cytoscape_json_matches_the_schema_and_carries_quotes(store: GraphStore) -> None:
    document = json.loads(export(store, ExportFormat.cytoscape))
    jsonschema.validate(document, CYTOSCAPE_SCHEMA)
    edges = {e["data"]["id"]: e["data"] for e in document["elements"]["edges"]}
    assert len(edges) == SEED_EDGES
    invasion = edges["russia|attacks|ukraine"]
    assert (
        invasion["evidence"][0]["quote"]
        == "these measures were implemented in response to Russia’s invasion of Ukraine"
    )
    assert invasion["evidence"][0]["asserted_by_label"] == "Institute for the Study of War"
    assert invasion["evidence"][0]["source_title"].startswith("ISW:")
    nodes = {n["data"]["id"] for n in document["elements"]["nodes"]}
    assert {e["source"] for e in edges.values()} | {e["target"] for e in edges.values()} == nodes
    assert {r["name"] for r in document["data"]["relations"]} >= {"attacks", "formsBlocWith"}


def test_cytoscape_follows_the_date(store: GraphStore) -> None:
    document = json.loads(export(store, ExportFormat.cytoscape, Filters(as_of=date(2021, 1, 1))))
    ids = [e["data"]["id"] for e in document["elements"]["edges"]]
    assert ids == ["donald-trump|praises|vladimir-putin"]
    assert document["data"]["as_of"] == "2021-01-01"


def test_d3_node_link_reads_back_in_networkx(store: GraphStore) -> None:
    document = json.loads(export(store, ExportFormat.d3))
    assert set(document) >= {"nodes", "links"}
    graph = nx.node_link_graph(document, edges="links")
    assert graph.number_of_edges() == SEED_EDGES
    assert graph.has_edge(*INVASION)
    assert graph.nodes["china"]["type"] == "State"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # pydot's parser uses old pyparsing names
def test_dot_parses_with_pydot(store: GraphStore) -> None:
    graphs = pydot.graph_from_dot_data(export(store, ExportFormat.dot).decode())
    assert graphs is not None and len(graphs) == 1
    graph = graphs[0]
    edges = graph.get_edges()
    assert len(edges) == SEED_EDGES
    attack = next(e for e in edges if str(e.get_source()) == '"russia"' and e.get("relation") == '"attacks"')
    assert str(attack.get_destination()) == '"ukraine"'
    assert attack.get("color") == '"#c62828"'
    assert attack.get("claims") == '"1"'
    russia = graph.get_node('"russia"')[0]
    assert russia.get("label") == '"Russia"'


def test_csv_edge_list(store: GraphStore) -> None:
    rows = list(csv.DictReader(io.StringIO(export(store, ExportFormat.csv).decode())))
    assert len(rows) == SEED_EDGES
    attack = next(r for r in rows if (r["source"], r["target"], r["relation"]) == INVASION)
    assert attack["weight"] == "-10.0" and attack["claims"] == "1" and attack["valid_from"] == WAR_STARTS


def test_csv_cells_cannot_become_formulas(store: GraphStore) -> None:
    text = export(store, ExportFormat.csv).decode()
    assert not any(line.split(",")[0].startswith(("=", "+", "@")) for line in text.splitlines())


@pytest.mark.parametrize(
    ("fmt", "rdf"),
    [
        (ExportFormat.turtle, RdfFormat.TURTLE),
        (ExportFormat.trig, RdfFormat.TRIG),
        (ExportFormat.nquads, RdfFormat.N_QUADS),
        (ExportFormat.jsonld, RdfFormat.JSON_LD),
    ],
)
def test_rdf_reads_back_with_pyoxigraph(store: GraphStore, fmt: ExportFormat, rdf: RdfFormat) -> None:
    whole = list(parse(export(store, fmt), format=rdf))
    assert len(whole) == (len(store) if rdf.supports_datasets else len({q.triple for q in store.quads()}))
    filtered = Dataset(parse(export(store, fmt, Filters(as_of=date(2021, 1, 1))), format=rdf))
    claims = {q.subject for q in filtered if q.predicate == NamedNode("https://w3id.org/entente/ontology#subject")}
    assert len(claims) == 1
    assert any(q.object == NamedNode("https://w3id.org/entente/id/donald-trump") for q in filtered)
    assert not any(q.object == NamedNode("https://w3id.org/entente/id/ukraine") for q in filtered)


def test_every_format_has_a_media_type_and_a_file_name() -> None:
    assert set(FORMATS) == set(ExportFormat)
    assert filename(ExportFormat.gexf) == "entente.gexf"


def test_filters_apply_to_graph_exports(store: GraphStore) -> None:
    rows = list(csv.DictReader(io.StringIO(export(store, ExportFormat.csv, Filters(as_of=date(2021, 1, 1))).decode())))
    assert [(r["source"], r["relation"], r["target"]) for r in rows] == [("donald-trump", "praises", "vladimir-putin")]
