"""The search index: what a person types becomes a safe FTS5 query; the index follows the store."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from graph.errors import InputError
from graph.intake.load import load_claims_bytes
from graph.reads import claim_rows, find_claims, rows_csv, search, search_index
from graph.reads.search import match_expression
from graph.store.base import GraphStore
from tests.support.data import claims_csv

ZEPPELIN = (
    'china,supports,russia,2024-05-16,,isw,asserted,0.7,false,"Beijing sends a zeppelin",,Airship news,,2024-05-17'
)


def test_typed_text_becomes_quoted_terms() -> None:
    assert match_expression("north korea") == '"north" AND "korea"'
    assert match_expression('"north korea" bloc*') == '"north korea" AND "bloc"*'
    assert match_expression('a"b OR (c') == '"a""b" AND "OR" AND "(c"'  # every term a string, no operators
    assert match_expression("a\x00b") == '"a" AND "b"'
    for nothing in ("", "  ", '""', '"" ""'):
        with pytest.raises(InputError):
            match_expression(nothing)


def test_stems_match_and_words_are_marked(store: GraphStore) -> None:
    found = search(store, "sanction", limit=10, offset=0)
    assert found.total >= 1
    for hit in found.data:
        assert "<mark>sanctions</mark>" in hit.highlighted.casefold() or "<mark>sanction" in hit.highlighted.casefold()
        assert all(hit.text[a:b].casefold().startswith("sanction") for a, b in hit.spans)


def test_highlighted_text_is_escaped(store: GraphStore) -> None:
    load_claims_bytes(store, claims_csv(ZEPPELIN.replace("Beijing sends", "Beijing <b>sends</b>")), "x.csv")
    [hit] = search(store, "zeppelin", limit=10, offset=0).data
    assert hit.highlighted == "Beijing &lt;b&gt;sends&lt;/b&gt; a <mark>zeppelin</mark>"


def test_the_index_follows_loads_and_retractions_incrementally(store: GraphStore) -> None:
    index = search_index(store)
    assert search(store, "zeppelin", limit=10, offset=0).total == 0
    before = index.rows
    load_claims_bytes(store, claims_csv(ZEPPELIN), "x.csv")
    found = search(store, "zeppelin", limit=10, offset=0)
    assert found.total == 1 and index.rows == before + 2  # the quote and the source's title
    source = found.data[0].source.iri
    store.remove_graph(NamedNode(source))
    assert search(store, "zeppelin OR airship", limit=10, offset=0).total == 0
    assert index.rows == before


def test_claim_rows_are_safe_csv(store: GraphStore) -> None:
    claims = find_claims(store, {"subject": "russia"}, limit=100, offset=0).data
    header, rows = claim_rows(claims)
    assert header[:3] == ["claim", "subject", "subject_label"]
    rows[0][header.index("quote")] = "=cmd()"
    text = rows_csv(header, rows)
    assert "'=cmd()" in text and ",Russia," in text
