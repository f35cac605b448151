"""The projection's filters that tests compare two paths under: none, each clock, confidence,
status, one relation, several relations and a combination."""

from __future__ import annotations

from datetime import date

from graph.analysis import Filters, resolve_filters
from graph.model.catalogue import catalogue
from graph.store.base import GraphStore


def filter_sets(store: GraphStore) -> list[Filters]:
    known = catalogue(store)
    return [
        Filters(),
        Filters(as_of=date(2024, 11, 8)),
        Filters(as_of=date(2012, 6, 30)),
        Filters(known_at=date(2015, 1, 1)),
        Filters(min_confidence=0.8),
        Filters(status="candidate"),
        resolve_filters(known, relations=["cooperatesWith"]),
        resolve_filters(known, relations=["sanctions", "supports", "formsBlocWith"], as_of=date(2020, 1, 1)),
        resolve_filters(known, as_of=date(2016, 3, 1), known_at=date(2018, 1, 1), min_confidence=0.6),
    ]
