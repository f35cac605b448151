"""The whole projection's edges one at a time, in the order of their key ``(from, to, relation
name)``, each with its attributes and its details (claim ids, asserters), for exports that write
edge by edge.

Where the claims index is in step with the store and answers the whole graph exactly, they come
from one sorted scan of it (:mod:`graph.index.details`): one tie is held at a time, and the
engine's whole-store aggregate of the details is never asked. Otherwise (``indexed=False``, a
store without an index, an index behind the store or irregular) the ties and the details are read
from the engine whole, as the projection reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from graph.analysis.claims import EdgeRow, Filters, claim_bindings, edge_row, edge_rows, whole_index
from graph.analysis.edges import Details, EdgeKey, read_details
from graph.analysis.projection import no_gc, tie_attributes, tie_groups
from graph.index import SnapshotIndex, StaleIndexError
from graph.index.details import TieReader, TieRow
from graph.model.catalogue import Catalogue
from graph.model.ids import short_id
from graph.namespaces import ID
from graph.store.base import GraphStore

__all__ = ["Edge", "indexed_details", "ordered_edges"]

Edge = tuple[EdgeKey, dict[str, Any], Details]


@contextmanager
def ordered_edges(
    store: GraphStore, filters: Filters, known: Catalogue, *, indexed: bool = True
) -> Iterator[tuple[list[str], Iterator[Edge]]]:
    """The nodes (ids, sorted) and the edges (sorted by key) of the projection of ``filters``; the
    edges are read as they are iterated, inside the ``with`` block."""
    with ExitStack() as stack:
        reader = _entered(stack, store, filters, known) if indexed else None
        if reader is not None:
            yield sorted({short_id(iri) for iri in reader.ends()}), _merged(reader.ties(), known)
            return
        with no_gc():
            groups = tie_groups(edge_rows(store, claim_bindings(filters), indexed), known, filters.relations)
            details = read_details(store, filters, known, indexed=False)
        nodes = sorted({n for a, b, _ in groups for n in (a, b)})
        yield nodes, ((key, tie_attributes(*groups.pop(key)), details.pop(key, ((), ()))) for key in sorted(groups))


def indexed_details(store: GraphStore, filters: Filters, known: Catalogue) -> dict[EdgeKey, Details] | None:
    """Each edge's claim ids and asserter IRIs (as :func:`graph.analysis.edges.read_details`), from
    the claims index; None when it does not answer."""
    with ExitStack() as stack:
        reader = _entered(stack, store, filters, known)
        if reader is None:
            return None
        with no_gc():
            return {key: details for key, _, details in _merged(reader.ties(), known, attributes=False)}


def _entered(stack: ExitStack, store: GraphStore, filters: Filters, known: Catalogue) -> TieReader | None:
    """A reader of the index's ties, its read begun (closed with ``stack``); None: ask the engine."""
    found = whole_index(store, claim_bindings(filters))
    if found is None:
        return None
    index, tie_filters = found
    revision = index.snapshot if isinstance(index, SnapshotIndex) else store.revision
    if revision is None:
        return None
    relations = {
        iri: (relation.name, relation.symmetric)
        for iri, relation in known.relations.items()
        if not filters.relations or iri in filters.relations
    }
    try:
        return stack.enter_context(TieReader(index, revision, tie_filters, relations, ID))
    except StaleIndexError:  # moved on since, or a worker's view that is not the file's revision
        return None


def _merged(rows: Iterator[TieRow], known: Catalogue, *, attributes: bool = True) -> Iterator[Edge]:
    """The rows of one key (the two directions of a symmetric tie) as one edge; claim ids by the
    subject's id, then sorted, as the engine's details are read."""
    by_name = {relation.name: relation for relation in known.relations.values()}
    key: EdgeKey | None = None
    parts: list[EdgeRow] = []
    ids: list[str] = []
    asserters: set[str] = set()
    for row in rows:
        (
            subject,
            relation,
            obj,
            claims,
            total,
            best,
            first,
            last,
            sources,
            spells,
            claim_iris,
            asserted,
            name,
            a,
            b,
            _,
        ) = row
        if (a, b, name) != key:
            if key is not None:
                yield key, tie_attributes(by_name[key[2]], parts) if attributes else {}, _details(ids, asserters)
            key, parts, ids, asserters = (a, b, name), [], [], set()
        if attributes:
            parts.append(
                edge_row(subject, relation, obj, claims, total, best, first, last, json.loads(sources), spells)
            )
        ids.extend(sorted(short_id(claim) for claim in claim_iris.split(" ")))
        asserters.update(json.loads(asserted))
    if key is not None:
        yield key, tie_attributes(by_name[key[2]], parts) if attributes else {}, _details(ids, asserters)


def _details(ids: list[str], asserters: set[str]) -> Details:
    return tuple(ids), tuple(sorted(asserters))
