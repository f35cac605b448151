"""Network analysis of alignments: blocs, alignment, paths, structural balance, centrality, changes."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

import networkx as nx

from graph.analysis.edges import ClaimRecord, edge_records, restrict
from graph.analysis.projection import no_gc
from graph.analysis.results import (
    Alignment,
    Balance,
    Bloc,
    Centrality,
    Changes,
    Flip,
    Hop,
    Path,
    Tie,
    Triad,
    WindowScore,
)
from graph.errors import InputError

__all__ = [
    "alignment",
    "alignment_detail",
    "alignment_series",
    "balance",
    "blocs",
    "centrality",
    "changes",
    "paths",
    "signed",
]

SEED = 0  # Leiden's seed: the same graph always gives the same blocs
MAX_WINDOWS = 1000


def signed(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected graph of actor pairs, each with the net ``weight`` of all ties between them
    (both directions, all relations) and its ``sign`` (+1, -1 or 0).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="supports", weight=7.0)
    'supports'
    >>> g.add_edge("b", "a", key="criticises", weight=-2.0)
    'criticises'
    >>> signed(g).edges["a", "b"]["weight"], signed(g).edges["a", "b"]["sign"]
    (5.0, 1)
    """
    pairs = nx.Graph()
    pairs.add_nodes_from(sorted(graph.nodes(data=True)))
    pairs.add_edges_from((a, b, {"weight": w, "sign": _sign(w)}) for (a, b), w in pair_weights(graph).items())
    return pairs


def pair_weights(graph: nx.MultiDiGraph) -> dict[tuple[str, str], float]:
    """The net weight of each pair of actors with ties (see :func:`signed`), summed in Python
    rather than through the graph (at a million claims, half a million pairs), in the order
    :func:`signed` has always summed them: its edges by (from, to, relation), each pair first
    seen as the key."""
    ties = [(a, b, data.get("relation", ""), data["weight"]) for a, b, data in graph.edges(data=True) if a != b]
    ties.sort(key=itemgetter(0, 1, 2))  # stable, as the sort by a key function was (2x faster at 1M)
    weights: dict[tuple[str, str], float] = {}
    for a, b, _, weight in ties:
        pair = (b, a) if (b, a) in weights else (a, b)
        weights[pair] = round(weights.get(pair, 0.0) + weight, 6)
    return weights


def blocs(graph: nx.MultiDiGraph) -> list[Bloc]:
    """Communities of cooperative ties: Leiden (modularity, fixed seed) on the pairs with positive
    net weight, by graspologic-native's compiled implementation (at a million claims, 0.4 s
    where networkx's Louvain took 7 s).

    Blocs of at least two actors, largest first; a bloc's weight is the sum of its members'
    positive pair weights.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for a, b in [("a", "b"), ("b", "c"), ("x", "y")]:
    ...     _ = g.add_edge(a, b, key="supports", weight=1.0)
    >>> _ = g.add_edge("c", "x", key="attacks", weight=-10.0)
    >>> [b.members for b in blocs(g)]
    [('a', 'b', 'c'), ('x', 'y')]
    """
    from graspologic_native import leiden

    with no_gc():  # a tuple per tie and per pair: at a million claims the collector walked the graph again and again
        friends = sorted((min(p), max(p), w) for p, w in pair_weights(graph).items() if w > 0)
    if not friends:
        return []
    _quality, partition = leiden(edges=friends, seed=SEED, resolution=1.0, use_modularity=True)
    members: dict[int, list[str]] = {}
    for node, community in sorted(partition.items()):
        members.setdefault(community, []).append(node)
    weights = dict.fromkeys(members, 0.0)
    for a, b, weight in friends:
        if partition[a] == partition[b]:
            weights[partition[a]] += weight
    found = [
        Bloc(tuple(nodes), tuple(graph.nodes[m].get("label", m) for m in nodes), round(weights[community], 6))
        for community, nodes in members.items()
        if len(nodes) >= 2
    ]
    return sorted(found, key=lambda b: (-len(b.members), -b.weight, b.members))


def alignment(graph: nx.MultiDiGraph, a: str, b: str) -> float | None:
    """How aligned two actors are, in [-1, 1]: +1 all friendly, -1 all hostile, None no evidence.

    The evidence is their direct net tie (its weight) and, for each third party both have a tie
    with, whether they agree on it (the geometric mean of the two weights, signed by their product).
    The score is the signed sum of that evidence over the sum of its magnitudes: 0.0 where it
    cancels out. :func:`alignment_detail` also counts the claims and sources behind it.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "c", key="sanctions", weight=-8.0)
    >>> _ = g.add_edge("b", "c", key="sanctions", weight=-2.0)
    >>> alignment(g, "a", "b")
    1.0
    >>> _ = g.add_edge("a", "b", key="criticises", weight=-4.0)
    >>> alignment(g, "a", "b")
    0.0
    >>> alignment(g, "a", "nobody") is None
    True
    """
    return alignment_detail(graph, a, b).score


def alignment_detail(graph: nx.MultiDiGraph, a: str, b: str) -> Alignment:
    """The alignment of ``a`` and ``b`` (see :func:`alignment`) with the number of claims and of
    sources behind the ties it weighs (the edges' ``records``).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> r = ClaimRecord("c1", "a", "sanctions", "c", 1.0, "s", "q", "src", date(2020, 1, 1))
    >>> _ = g.add_edge("a", "c", key="sanctions", weight=-8.0, records=(r,))
    >>> _ = g.add_edge("b", "c", key="sanctions", weight=-2.0, records=(r,))
    >>> alignment_detail(g, "a", "b")
    Alignment(score=1.0, claims=1, sources=1)
    >>> alignment_detail(g, "a", "x")
    Alignment(score=None, claims=0, sources=0)
    """
    if a == b:
        return Alignment(1.0, 0, 0)
    local = _around(graph, a, b)
    pairs = signed(local)
    if a not in pairs or b not in pairs:
        return Alignment(None, 0, 0)
    terms = []
    weighed = []
    if pairs.has_edge(a, b):
        terms.append(pairs.edges[a, b]["weight"])
        weighed.append((a, b))
    for third in sorted(set(pairs[a]) & set(pairs[b]) - {a, b}):
        wa, wb = pairs.edges[a, third]["weight"], pairs.edges[b, third]["weight"]
        terms.append(_sign(wa * wb) * (abs(wa) * abs(wb)) ** 0.5)
        weighed += [(a, third), (b, third)]
    records: list[ClaimRecord] = [
        record
        for x, y in weighed
        for u, v in ((x, y), (y, x))
        for key, data in local.get_edge_data(u, v, default={}).items()
        for record in edge_records(local, u, v, key, data)
    ]
    claims, sources = len({r.id for r in records}), len({r.source for r in records})
    if not terms:
        return Alignment(None, claims, sources)
    total = sum(abs(t) for t in terms)
    return Alignment(round(sum(terms) / total, 6) if total else 0.0, claims, sources)


def alignment_series(
    graph: nx.MultiDiGraph, a: str, b: str, start: date, end: date, window: int = 365
) -> list[WindowScore]:
    """The alignment of ``a`` and ``b`` in consecutive windows of ``window`` days from ``start`` to
    ``end``, each on the claims valid at some day of the window. ``graph`` should be projected
    without ``as_of``.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> r = ClaimRecord("c", "a", "x", "b", 1.0, "s", "q", "src", date(2020, 1, 1), date(2020, 1, 1))
    >>> _ = g.add_edge("a", "b", key="x", polarity=-1, goldstein=2.0, weight=-2.0, records=(r,))
    >>> [(w.score, w.claims) for w in alignment_series(g, "a", "b", date(2019, 1, 1), date(2020, 12, 30), 365)]
    [(None, 0), (-1.0, 1)]
    """
    if window < 1:
        raise InputError(f"window must be at least one day, not {window}")
    if end < start:
        raise InputError(f"the series ends ({end}) before it starts ({start})")
    if (end - start).days // window >= MAX_WINDOWS:
        raise InputError(f"more than {MAX_WINDOWS} windows; widen the window or shorten the span")
    local = _around(graph, a, b)
    series = []
    cursor = start
    while cursor <= end:
        last = min(cursor + timedelta(days=window - 1), end)
        found = alignment_detail(restrict(local, cursor, last), a, b)
        series.append(WindowScore(cursor, last, found.score, found.claims, found.sources))
        cursor = last + timedelta(days=1)
    return series


def _around(graph: nx.MultiDiGraph, a: str, b: str) -> nx.MultiDiGraph:
    """The edges that touch ``a`` or ``b``: all that their alignment depends on."""
    edges = [
        (x, y, k)
        for node in (a, b)
        if node in graph
        for x, y, k in itertools.chain(graph.out_edges(node, keys=True), graph.in_edges(node, keys=True))
    ]
    return graph.edge_subgraph(edges)


def paths(graph: nx.MultiDiGraph, a: str, b: str, limit: int = 5, cutoff: int = 4) -> list[Path]:
    """Up to ``limit`` shortest chains of ties (any direction, at most ``cutoff`` hops) from ``a`` to
    ``b``, each hop with its ties, their claims and quotes.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="supports", weight=7.0, records=())
    >>> _ = g.add_edge("c", "b", key="attacks", weight=-10.0, records=())
    >>> [(p.nodes, p.sign) for p in paths(g, "a", "c")]
    [(('a', 'b', 'c'), -1)]
    """
    pairs = signed(graph)
    if a not in pairs or b not in pairs or a == b:
        return []
    found: list[Path] = []
    try:
        for nodes in nx.shortest_simple_paths(pairs, a, b):
            if len(nodes) - 1 > cutoff or len(found) >= limit:
                break
            hops = tuple(_hop(graph, pairs, u, v) for u, v in itertools.pairwise(nodes))
            sign = 1
            for hop in hops:
                sign *= hop.sign
            found.append(Path(tuple(nodes), sign, hops))
    except nx.NetworkXNoPath:
        return []
    return found


def _hop(graph: nx.MultiDiGraph, pairs: nx.Graph, u: str, v: str) -> Hop:
    ties = []
    quotes: list[str] = []
    for x, y in ((u, v), (v, u)):
        for key, data in sorted(graph.get_edge_data(x, y, default={}).items()):
            records = edge_records(graph, x, y, key, data)
            ties.append(Tie(x, key, y, data["weight"], tuple(r.id for r in records)))
            quotes.extend(r.quote for r in records if r.quote not in quotes)
    return Hop(u, v, pairs.edges[u, v]["sign"], tuple(ties), tuple(quotes))


def balance(graph: nx.MultiDiGraph) -> Balance:
    """Structural balance: of the triads whose three pairs all have a signed tie, those whose sign
    product is negative break "the enemy of my enemy is my friend" (and its kin).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="attacks", weight=-1.0)
    >>> _ = g.add_edge("b", "c", key="attacks", weight=-1.0)
    >>> _ = g.add_edge("a", "c", key="attacks", weight=-1.0)
    >>> result = balance(g)
    >>> result.triads, result.balanced, result.unbalanced[0].nodes
    (1, 0, ('a', 'b', 'c'))
    """
    pairs = signed(graph)
    ties = nx.Graph((a, b, d) for a, b, d in pairs.edges(data=True) if d["sign"] != 0)
    count = balanced = 0
    unbalanced = []
    for x in sorted(ties):
        later = sorted(n for n in ties[x] if n > x)
        for y, z in itertools.combinations(later, 2):
            if not ties.has_edge(y, z):
                continue
            signs = (ties.edges[x, y]["sign"], ties.edges[x, z]["sign"], ties.edges[y, z]["sign"])
            count += 1
            if signs[0] * signs[1] * signs[2] > 0:
                balanced += 1
            else:
                unbalanced.append(Triad((x, y, z), signs))
    return Balance(count, balanced, tuple(unbalanced))


def centrality(graph: nx.MultiDiGraph) -> list[Centrality]:
    """Each actor's distinct neighbours, betweenness (normalised, ties unweighted) and the total
    cooperative and hostile weight of its ties; most central first.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("hub", "a", key="supports", weight=7.0)
    >>> _ = g.add_edge("hub", "b", key="sanctions", weight=-8.0)
    >>> [(c.actor, c.degree, c.betweenness) for c in centrality(g)][0]
    ('hub', 2, 1.0)
    """
    pairs = signed(graph)
    between = nx.betweenness_centrality(pairs, normalized=True)
    rows = []
    for node in pairs:
        positive = sum(d["weight"] for _, _, d in graph.edges(node, data=True) if d["weight"] > 0)
        positive += sum(d["weight"] for _, _, d in graph.in_edges(node, data=True) if d["weight"] > 0)
        negative = sum(d["weight"] for _, _, d in graph.edges(node, data=True) if d["weight"] < 0)
        negative += sum(d["weight"] for _, _, d in graph.in_edges(node, data=True) if d["weight"] < 0)
        rows.append(
            Centrality(
                node,
                graph.nodes[node].get("label", node),
                pairs.degree(node),
                round(between[node], 6),
                round(positive, 6),
                round(negative, 6),
            )
        )
    return sorted(rows, key=lambda c: (-c.betweenness, -c.degree, c.actor))


def changes(graph: nx.MultiDiGraph, before: date, after: date) -> Changes:
    """What changed from ``before`` to ``after`` (``graph`` projected without ``as_of``): ties
    (subject, relation, object) gained and lost, and actor pairs whose net sign flipped.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> r = ClaimRecord("c", "a", "attacks", "b", 1.0, "s", "q", "src", date(2022, 1, 1), date(2022, 1, 1))
    >>> _ = g.add_edge("a", "b", key="attacks", polarity=-1, goldstein=10.0, weight=-10.0, records=(r,))
    >>> [t.relation for t in changes(g, date(2021, 1, 1), date(2023, 1, 1)).gained]
    ['attacks']
    """
    first, second = restrict(graph, before), restrict(graph, after)
    edges_first = {(a, k, b): d for a, b, k, d in first.edges(keys=True, data=True)}
    edges_second = {(a, k, b): d for a, b, k, d in second.edges(keys=True, data=True)}
    gained = tuple(_tie(key, edges_second[key]) for key in sorted(edges_second.keys() - edges_first.keys()))
    lost = tuple(_tie(key, edges_first[key]) for key in sorted(edges_first.keys() - edges_second.keys()))
    pairs_first, pairs_second = signed(first), signed(second)
    flipped = []
    for a, b, data in sorted(pairs_second.edges(data=True)):
        if pairs_first.has_edge(a, b):
            old = pairs_first.edges[a, b]
            if old["sign"] * data["sign"] < 0:
                x, y = sorted((a, b))
                flipped.append(Flip(x, y, old["weight"], data["weight"]))
    return Changes(gained, lost, tuple(flipped))


def _tie(key: tuple[str, str, str], data: dict[str, Any]) -> Tie:
    records: tuple[ClaimRecord, ...] = data.get("records", ())
    return Tie(key[0], key[1], key[2], data["weight"], tuple(r.id for r in records))


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)
