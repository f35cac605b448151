"""The aggregated projection gives what the claim-by-claim projection gave (``reference``): the
same nodes, edges and attributes, the same claims behind each edge when asked for, the same
analysis and the same exports, under every filter, on the seed and on a generated world."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from datetime import date

import networkx as nx
import pytest

from graph import analysis, export
from graph.analysis import Filters, edge_records, project
from graph.analysis.edges import edge_details_of
from graph.analysis.measures import signed
from graph.intake.load import init_store
from graph.model.catalogue import catalogue
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore
from tests.graph.analysis import reference
from tests.support.analysis import filter_sets
from tests.support.worlds import load_world

PER_CLAIM = ("records", "claim_ids", "asserters")


@pytest.fixture(scope="module", params=["seed", "generated"])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    store = EmbeddedStore()
    if request.param == "seed":
        init_store(store)
    else:
        out = tmp_path_factory.mktemp("world")
        load_world(store, out, 1500, seed=11, with_seed=False)
    yield store
    store.close()


def test_the_projection_is_the_claim_by_claim_one(world: GraphStore) -> None:
    for filters in filter_sets(world):
        old, new = reference.project(world, filters), project(world, filters)
        assert dict(old.nodes(data=True)) == dict(new.nodes(data=True)), filters
        assert list(old.edges(keys=True)) == list(new.edges(keys=True)), filters
        details = edge_details_of(new)
        for a, b, key, before in old.edges(keys=True, data=True):
            after = new.edges[a, b, key]
            assert not set(PER_CLAIM) & set(after)
            expected = {k: v for k, v in before.items() if k not in PER_CLAIM and k != "weight"}
            assert {k: v for k, v in after.items() if k != "weight"} == expected, (a, b, key, filters)
            assert after["weight"] == pytest.approx(before["weight"], abs=1e-6)
            assert edge_records(new, a, b, key) == before["records"]
            assert details[a, b, key] == (before["claim_ids"], before["asserters"])


def test_the_analysis_is_the_same(world: GraphStore) -> None:
    for filters in filter_sets(world)[:3]:
        old, new = reference.project(world, filters), project(world, filters)
        assert analysis.blocs(old) == analysis.blocs(new)
        assert analysis.centrality(old) == analysis.centrality(new)
        assert analysis.balance(old) == analysis.balance(new)
        some = sorted(old.nodes)[:6]
        for a, b in itertools.pairwise(some):
            assert analysis.alignment_detail(old, a, b) == analysis.alignment_detail(project(world, filters), a, b)
            assert analysis.paths(old, a, b) == analysis.paths(project(world, filters), a, b)
    old, new = reference.project(world), project(world)
    assert analysis.changes(old, date(2010, 1, 1), date(2024, 11, 8)) == analysis.changes(
        new, date(2010, 1, 1), date(2024, 11, 8)
    )
    a, b = sorted(old.nodes)[:2]
    start, end = date(2005, 1, 1), date(2024, 12, 31)
    assert analysis.alignment_series(old, a, b, start, end) == analysis.alignment_series(
        project(world), a, b, start, end
    )


def test_the_pairs_are_summed_as_before(world: GraphStore) -> None:
    """The pairs' net weights, summed outside networkx, are the very floats, in the same order."""
    signs = set()
    for filters in filter_sets(world)[:4]:
        graph = project(world, filters)
        old, new = reference.signed(graph), signed(graph)
        assert list(new.nodes(data=True)) == list(old.nodes(data=True))
        assert list(new.edges(data=True)) == list(old.edges(data=True)), filters
        signs |= {d["sign"] for _, _, d in new.edges(data=True)}
    assert {-1, 1} <= signs


def test_every_export_is_the_same(world: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    for filters in filter_sets(world)[:5]:
        new = {fmt: export.export(world, fmt, filters) for fmt in export.ExportFormat}
        with monkeypatch.context() as patched:
            patched.setattr(export, "project", reference.project)
            patched.setattr(export.rdf, "claim_records", reference.claim_records)
            old = {fmt: export.export(world, fmt, filters) for fmt in export.ExportFormat}
        for fmt in export.ExportFormat:
            if fmt is not export.ExportFormat.gexf:  # written without the graph: below
                assert new[fmt] == old[fmt], (fmt, filters)
        flat = export.flat_graph(reference.project(world, filters), catalogue(world))
        for a, b, key, data in flat.edges(keys=True, data=True):  # as the export wrote them with networkx
            data["id"] = f"{a}|{key}|{b}"
            data["signed_weight"], data["weight"] = data["weight"], abs(data["weight"])
        expected = nx.read_gexf(io.BytesIO("\n".join(nx.generate_gexf(flat, version="1.3")).encode()), version="1.3")
        streamed = nx.read_gexf(io.BytesIO(new[export.ExportFormat.gexf]), version="1.3")
        assert dict(streamed.nodes(data=True)) == dict(expected.nodes(data=True))
        assert sorted(streamed.edges(data=True), key=_edge_id) == sorted(expected.edges(data=True), key=_edge_id)


def test_a_projection_reads_an_edges_claims_only_when_asked(world: GraphStore) -> None:
    graph = project(world, Filters(min_confidence=0.5))
    a, b, key = next(iter(graph.edges(keys=True)))
    copy = graph.copy()  # a copy reads from the same store
    assert edge_records(copy, a, b, key) == edge_records(graph, a, b, key) != ()


def _edge_id(edge: tuple[str, str, dict[str, object]]) -> str:
    return str(edge[2]["id"])
