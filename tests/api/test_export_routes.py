"""The /export routes and the /viz page."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from pyoxigraph import RdfFormat, parse

from graph.analysis.projection import resolve_filters
from graph.export import FORMATS, ExportFormat, export
from graph.model.catalogue import catalogue
from tests.support.http import ClientFactory, assert_problem


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_every_format_has_its_content_type_and_a_file_name(client: TestClient, fmt: ExportFormat) -> None:
    response = client.get(f"/export/{fmt.value}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == FORMATS[fmt][0]
    assert response.headers["content-disposition"] == f'attachment; filename="entente.{FORMATS[fmt][1]}"'
    assert response.content


def test_cytoscape_follows_as_of_and_relation(client: TestClient) -> None:
    before = client.get("/export/cytoscape", params={"as_of": "2021-01-01"}).json()
    assert [e["data"]["id"] for e in before["elements"]["edges"]] == ["donald-trump|praises|vladimir-putin"]
    sanctions = client.get("/export/cytoscape", params={"relation": "sanctions"}).json()
    assert [e["data"]["relation"] for e in sanctions["elements"]["edges"]] == ["sanctions"]


def test_gexf_over_http_reads_back(client: TestClient) -> None:
    response = client.get("/export/gexf", params={"min_confidence": 0.9})
    graph = nx.read_gexf(io.BytesIO(response.content), version="1.3")
    assert all(d["confidence"] >= 0.9 for _, _, d in graph.edges(data=True))
    # the seed's ties at 0.9 or more: US sanctions Russia, US supports Ukraine, Russia attacks Ukraine,
    # Russia and Putin criticise NATO
    assert graph.number_of_edges() == 5


def test_rdf_export_with_a_filter_is_the_matching_claims(client: TestClient) -> None:
    response = client.get("/export/nquads", params={"relation": "attacks"})
    quads = list(parse(response.content, format=RdfFormat.N_QUADS))
    subjects = {q.object.value for q in quads if q.predicate.value.endswith("#relation")}
    assert subjects == {"https://w3id.org/entente/ontology#attacks"}


def test_unknown_format_and_bad_filters_are_problems(client: TestClient) -> None:
    body = assert_problem(client.get("/export/svg"), 404)
    assert "gexf" in json.dumps(body)
    assert_problem(client.get("/export/csv", params={"as_of": "yesterday"}), 400)


def test_the_viewer_page_and_its_files_are_served(client: TestClient) -> None:
    page = client.get("/viz")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "static/vendor/cytoscape.min.js" in page.text and "static/viz.js" in page.text
    for path in (
        "/static/viz.js",
        "/static/viz.css",
        "/static/vendor/cytoscape.min.js",
        "/static/vendor/cytoscape.LICENSE",
    ):
        assert client.get(path).status_code == 200, path
    assert "viz/view" in client.get("/static/viz.js").text


TIE_FIELDS = ["source", "target", "relation", "polarity", "symmetric", "confidence", "claims", "sources"]
TIE_FIELDS += ["valid_from", "valid_until", "first_reported", "last_reported"]


@pytest.mark.parametrize(
    "params",
    [{}, {"as_of": "2024-11-08"}, {"as_of": "2021-01-01"}, {"known_at": "2024-11-07"}, {"min_confidence": 0.8}],
)
def test_the_viewers_view_of_a_small_graph_is_the_cytoscape_export(client: TestClient, params: dict[str, str]) -> None:
    view = client.get("/viz/view", params={**params, "actors": 200, "ties": 1000})
    assert view.status_code == 200, view.text
    export = client.get("/export/cytoscape", params=params).json()
    ties = {e["data"]["id"]: e["data"] for e in view.json()["elements"]["edges"]}
    expected = {e["data"]["id"]: e["data"] for e in export["elements"]["edges"]}
    assert ties.keys() == expected.keys()
    for key, tie in ties.items():
        assert {f: tie[f] for f in TIE_FIELDS} == {f: expected[key][f] for f in TIE_FIELDS}
        assert tie["weight"] == pytest.approx(expected[key]["weight"])
        assert sorted(tie["claim_ids"]) == sorted({e["claim"] for e in expected[key]["evidence"]})
    assert view.json()["data"]["ties"] == len(expected)


def test_the_viewers_view_is_capped_and_expands_an_actor(client: TestClient) -> None:
    small = client.get("/viz/view", params={"actors": 2, "ties": 1}).json()
    assert len(small["elements"]["edges"]) == 1 and small["data"]["ties"] > 1
    assert len(small["elements"]["nodes"]) == 2
    drawn = {n["data"]["id"] for n in small["elements"]["nodes"]}
    other = "nato" if "nato" not in drawn else "iran"
    grown = client.get("/viz/view", params={"actors": 2, "ties": 1, "expand": other.upper(), "per_actor": 2}).json()
    ties = [e["data"] for e in grown["elements"]["edges"]]
    assert 1 < len(ties) <= 3 and any(other in (t["source"], t["target"]) for t in ties)
    assert_problem(client.get("/viz/view", params={"expand": "Atlantis"}), 404)
    assert_problem(client.get("/viz/view", params={"ties": 100000}), 400)


def test_gexf_over_http_is_the_export_streamed_from_its_spool_file(
    make_client: ClientFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the spool file is made
    client = make_client()
    response = client.get("/export/gexf", params={"relation": "sanctions"})
    assert response.status_code == 200, response.text
    store = client.app.state.store  # type: ignore[attr-defined]
    filters = resolve_filters(catalogue(store), relations=["sanctions"])
    assert response.content == export(store, ExportFormat.gexf, filters)
    assert int(response.headers["content-length"]) == len(response.content)
    assert not list(tmp_path.iterdir()), "the spool file is removed"


def test_gexf_past_max_export_bytes_is_413_and_leaves_no_file(
    make_client: ClientFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    body = assert_problem(make_client(max_export_bytes=2000).get("/export/gexf"), 413)
    assert "2,000 bytes" in json.dumps(body)
    assert not list(tmp_path.iterdir())
