"""Analysis on a small world whose answers can be checked by hand.

The world (confidence 1 unless said; weights are polarity x |Goldstein| x confidence):

- France cooperates with Germany (+6) and supports Poland at confidence 0.5 (+3.5), from 2020;
  France cooperated with Russia (+6) in 2020-2021, then sanctions it (-8) from 2022-02-24;
- Germany supports Poland (+7) from 2020, sanctions Russia (-8) from 2022-02-24;
- Russia cooperates with Belarus (+6) and threatens Poland (-6); Belarus threatens Poland at 0.5 (-3);
- Russia attacks Ukraine from 2022-02-24, told by two sources at confidence 1 and 0.8 (-18);
- Poland supports Ukraine (+7) from 2022-03-01; Ukraine criticises Germany (-2) from 2022-04-01,
  reported only on 2024-01-10;
- a negated claim (Belarus supports Ukraine) and a candidate one (Poland sanctions Belarus).
"""

from __future__ import annotations

import doctest
import math
from collections.abc import Iterator
from datetime import date

import networkx as nx
import pytest

from graph import analysis, export
from graph.analysis import projection
from graph.analysis.projection import Filters, project
from graph.errors import InputError, NotFoundError
from graph.intake.load import init_store, load_claims_bytes
from graph.model.catalogue import catalogue
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore

HEADER = "subject,relation,object,valid_from,valid_until,asserted_by,status,confidence,negated,quote,source_url,source_title,publisher,published\n"
A = "https://example.org/a,Report A,,2024-01-01"
B = "https://example.org/b,Report B,,2024-01-02"
LATE = "https://example.org/c,Report C,,2024-01-10"
WORLD = [
    f"france,cooperatesWith,germany,2020-01-01,,,asserted,1.0,false,France and Germany cooperate,{A}",
    f"france,supports,poland,2020-01-01,,,asserted,0.5,false,France backs Poland,{A}",
    f"france,cooperatesWith,russia,2020-01-01,2021-12-31,,asserted,1.0,false,France worked with Russia,{A}",
    f"france,sanctions,russia,2022-02-24,,,asserted,1.0,false,France sanctions Russia,{A}",
    f"germany,supports,poland,2020-01-01,,,asserted,1.0,false,Germany backs Poland,{A}",
    f"germany,sanctions,russia,2022-02-24,,,asserted,1.0,false,Germany sanctions Russia,{A}",
    f"russia,cooperatesWith,belarus,2020-01-01,,,asserted,1.0,false,Russia and Belarus cooperate,{A}",
    f"russia,threatens,poland,2020-01-01,,,asserted,1.0,false,Russia threatens Poland,{A}",
    f"belarus,threatens,poland,2020-01-01,,,asserted,0.5,false,Belarus threatens Poland,{A}",
    f"russia,attacks,ukraine,2022-02-24,,,asserted,1.0,false,Russia invaded Ukraine,{A}",
    f"russia,attacks,ukraine,2022-02-24,,,asserted,0.8,false,the invasion of Ukraine,{B}",
    f"poland,supports,ukraine,2022-03-01,,,asserted,1.0,false,Poland backs Ukraine,{A}",
    f"ukraine,criticises,germany,2022-04-01,,,asserted,1.0,false,Kyiv faults Berlin,{LATE}",
    f"belarus,supports,ukraine,2022-03-01,,,asserted,1.0,true,Minsk denies backing Kyiv,{A}",
    f"poland,sanctions,belarus,2022-03-01,,,candidate,0.4,false,Warsaw may sanction Minsk,{A}",
]
WAR = date(2023, 1, 1)
PEACE = date(2021, 6, 1)


@pytest.fixture
def world() -> Iterator[GraphStore]:
    store = EmbeddedStore()
    init_store(store, seed=False)
    load_claims_bytes(store, (HEADER + "\n".join(WORLD) + "\n").encode(), "world.csv")
    yield store
    store.close()


def test_the_doctests_pass() -> None:
    for module in (analysis, projection, export):
        assert doctest.testmod(module).failed == 0


def test_the_projection_sums_claims_into_edges(world: GraphStore) -> None:
    graph = project(world, Filters(as_of=WAR))
    attack = graph.edges["russia", "ukraine", "attacks"]
    assert attack["weight"] == pytest.approx(-18.0)
    assert (attack["claims"], attack["sources"]) == (2, 2)
    assert attack["polarity"] == -1
    assert attack["valid_from"] == date(2022, 2, 24) and attack["valid_until"] is None
    assert (attack["first_reported"], attack["last_reported"]) == (date(2024, 1, 1), date(2024, 1, 2))
    assert attack["spells"] == ((date(2022, 2, 24), None),)
    assert "records" not in attack and "claim_ids" not in attack  # the claims stay in the store until asked for
    records = analysis.edge_records(graph, "russia", "ukraine", "attacks")
    assert sorted(r.confidence for r in records) == [0.8, 1.0]
    assert graph.nodes["russia"] == {"label": "Russia", "type": "State", "iri": "https://w3id.org/entente/id/russia"}


def test_negated_claims_are_never_projected_and_status_selects(world: GraphStore) -> None:
    graph = project(world)
    assert not graph.has_edge("belarus", "ukraine")
    assert not graph.has_edge("poland", "belarus")
    candidates = project(world, Filters(status="candidate"))
    assert list(candidates.edges(keys=True)) == [("poland", "belarus", "sanctions")]


def test_symmetric_relations_make_one_edge(world: GraphStore) -> None:
    graph = project(world, Filters(as_of=PEACE))
    assert graph.has_edge("belarus", "russia", "cooperatesWith")
    assert not graph.has_edge("russia", "belarus", "cooperatesWith")


def test_filters_on_both_clocks_relations_and_confidence(world: GraphStore) -> None:
    assert not project(world, Filters(as_of=PEACE)).has_edge("russia", "ukraine")
    assert project(world, Filters(as_of=WAR)).has_edge("ukraine", "germany")
    assert not project(world, Filters(as_of=WAR, known_at=date(2023, 12, 31))).has_edge("ukraine", "germany")
    known = catalogue(world)
    only = analysis.resolve_filters(known, relations=["attacks", "supports"])
    assert {k for _, _, k in project(world, only).edges(keys=True)} == {"attacks", "supports"}
    confident = project(world, Filters(as_of=WAR, min_confidence=0.9))
    assert confident.edges["russia", "ukraine", "attacks"]["claims"] == 1
    assert not confident.has_edge("france", "poland")


def test_filters_refuse_unknown_relations_and_bad_confidence(world: GraphStore) -> None:
    known = catalogue(world)
    with pytest.raises(NotFoundError):
        analysis.resolve_filters(known, relations=["befriends"])
    with pytest.raises(InputError):
        analysis.resolve_filters(known, min_confidence=1.5)


def test_projections_are_cached_until_the_store_changes(world: GraphStore) -> None:
    first = project(world, Filters(as_of=WAR))
    assert project(world, Filters(as_of=WAR)) is first
    load_claims_bytes(
        world,
        (HEADER + f"france,supports,ukraine,2022-03-01,,,asserted,1.0,false,Paris backs Kyiv,{A}\n").encode(),
        "more.csv",
    )
    again = project(world, Filters(as_of=WAR))
    assert again is not first and again.has_edge("france", "ukraine")


def test_blocs_in_war_are_the_west_with_ukraine_and_russia_with_belarus(world: GraphStore) -> None:
    found = analysis.blocs(project(world, Filters(as_of=WAR)))
    assert [b.members for b in found] == [("france", "germany", "poland", "ukraine"), ("belarus", "russia")]
    assert found[1].weight == pytest.approx(6.0)


def test_blocs_are_deterministic(world: GraphStore) -> None:
    graph = project(world, Filters(as_of=WAR))
    assert all(analysis.blocs(graph) == analysis.blocs(graph.copy()) for _ in range(5))


def test_alignment_of_friends_enemies_and_strangers(world: GraphStore) -> None:
    graph = project(world, Filters(as_of=WAR))
    # Russia-Belarus: direct +6, and both threaten Poland (-6, -3): everything agrees.
    assert analysis.alignment(graph, "russia", "belarus") == 1.0
    # Germany-Russia: direct -8; France (+6 / -8) and Poland (+7 / -6) divide them; both are
    # hostile to Ukraine (-2 / -18), which unites them.
    terms = [-8, -math.sqrt(6 * 8), -math.sqrt(7 * 6), math.sqrt(2 * 18)]
    expected = sum(terms) / sum(abs(t) for t in terms)
    assert analysis.alignment(graph, "germany", "russia") == pytest.approx(expected, abs=1e-6)
    assert analysis.alignment(graph, "germany", "russia") == analysis.alignment(graph, "russia", "germany")
    # Before the war nothing ties Poland and Ukraine: no evidence, which is not a neutral 0.0.
    assert analysis.alignment(project(world, Filters(as_of=PEACE)), "poland", "ukraine") is None


def test_alignment_counts_the_claims_and_sources_behind_it(world: GraphStore) -> None:
    graph = project(world, Filters(as_of=WAR))
    # Russia-Belarus: their cooperation and both threats to Poland, all from Report A.
    assert analysis.alignment_detail(graph, "russia", "belarus") == analysis.Alignment(1.0, 3, 1)
    assert analysis.alignment_detail(project(world, Filters(as_of=PEACE)), "poland", "ukraine") == (
        analysis.Alignment(None, 0, 0)
    )
    series = analysis.alignment_series(project(world), "poland", "ukraine", date(2020, 1, 1), date(2022, 12, 31), 365)
    assert series[0].score is None and series[0].claims == 0
    assert series[-1].score is not None
    assert series[-1].claims >= 1 and series[-1].sources >= 1


def test_alignment_series_follows_the_break_between_france_and_russia(world: GraphStore) -> None:
    series = analysis.alignment_series(project(world), "france", "russia", date(2020, 1, 1), date(2023, 12, 31), 365)
    # 2020: cooperation (+6), but they differ on Poland (France +3.5, Russia -6).
    before = (6 - math.sqrt(3.5 * 6)) / (6 + math.sqrt(3.5 * 6))
    assert [w.start for w in series[:2]] == [date(2020, 1, 1), date(2020, 12, 31)]
    assert [w.score for w in series[:2]] == pytest.approx([before, before], abs=1e-6)
    # 2023: sanctions (-8), and they still differ on Poland and now on Germany (France +6, Russia -8).
    assert series[-1].score == -1.0
    with pytest.raises(InputError):
        analysis.alignment_series(project(world), "france", "russia", date(2020, 1, 1), date(2019, 1, 1))


def test_paths_carry_the_claims_along_them(world: GraphStore) -> None:
    found = analysis.paths(project(world, Filters(as_of=WAR)), "belarus", "ukraine")
    assert {p.nodes for p in found if len(p.nodes) == 3} == {
        ("belarus", "russia", "ukraine"),
        ("belarus", "poland", "ukraine"),
    }
    via_russia = next(p for p in found if p.nodes == ("belarus", "russia", "ukraine"))
    assert via_russia.sign == -1
    assert via_russia.hops[1].ties[0].relation == "attacks"
    assert set(via_russia.hops[1].quotes) == {"Russia invaded Ukraine", "the invasion of Ukraine"}
    assert analysis.paths(project(world, Filters(as_of=PEACE)), "belarus", "ukraine") == []


def test_balance_finds_the_two_unbalanced_triads(world: GraphStore) -> None:
    result = analysis.balance(project(world, Filters(as_of=WAR)))
    # Balanced: FGP, RBP, RPU, FGR, GPR, FPR. Unbalanced: Germany and Ukraine are both Poland's
    # friends yet at odds; Germany, Russia and Ukraine are three mutual enemies.
    assert result.triads == 8 and result.balanced == 6
    assert [t.nodes for t in result.unbalanced] == [("germany", "poland", "ukraine"), ("germany", "russia", "ukraine")]
    assert result.unbalanced[0].signs == (1, -1, 1)
    assert result.ratio == pytest.approx(0.75)


def test_centrality(world: GraphStore) -> None:
    rows = {c.actor: c for c in analysis.centrality(project(world, Filters(as_of=WAR)))}
    assert rows["poland"].degree == 5 and rows["russia"].degree == 5
    assert rows["belarus"].betweenness == 0.0
    assert rows["poland"].positive == pytest.approx(3.5 + 7 + 7)
    assert rows["poland"].negative == pytest.approx(-6 - 3)


def test_changes_between_peace_and_war(world: GraphStore) -> None:
    result = analysis.changes(project(world), PEACE, WAR)
    assert {(t.subject, t.relation, t.object) for t in result.gained} == {
        ("france", "sanctions", "russia"),
        ("germany", "sanctions", "russia"),
        ("russia", "attacks", "ukraine"),
        ("poland", "supports", "ukraine"),
        ("ukraine", "criticises", "germany"),
    }
    assert [(t.subject, t.relation, t.object) for t in result.lost] == [("france", "cooperatesWith", "russia")]
    assert [(f.a, f.b, f.before, f.after) for f in result.flipped] == [("france", "russia", 6.0, -8.0)]


def test_restrict_leaves_the_cached_projection_alone(world: GraphStore) -> None:
    graph = project(world)
    edges = graph.number_of_edges()
    assert analysis.restrict(graph, PEACE).number_of_edges() < edges
    assert graph.number_of_edges() == edges


def test_results_become_plain_json() -> None:
    value = analysis.jsonable(analysis.WindowScore(date(2020, 1, 1), date(2020, 12, 31), 0.5))
    assert value == {"start": "2020-01-01", "end": "2020-12-31", "score": 0.5, "claims": 0, "sources": 0}


def test_the_seed_blocs_put_russia_iran_north_korea_and_china_together(store: GraphStore) -> None:
    found = analysis.blocs(project(store, Filters(as_of=date(2024, 11, 8))))
    assert {"russia", "iran", "north-korea", "china"} <= set(found[0].members)


def test_an_empty_graph_has_no_answers() -> None:
    empty = nx.MultiDiGraph()
    assert analysis.blocs(empty) == []
    assert analysis.balance(empty).triads == 0
    assert analysis.alignment(empty, "a", "b") is None


def test_the_package_names_every_measure_it_loads_when_asked() -> None:
    # graph.analysis lists the measures without importing them (networkx stays unloaded at start).
    import graph.analysis
    import graph.analysis.measures

    assert set(graph.analysis.measures.__all__) == graph.analysis.MEASURES
    assert all(
        getattr(graph.analysis, name) is getattr(graph.analysis.measures, name) for name in graph.analysis.MEASURES
    )
