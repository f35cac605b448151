"""GEXF 1.3 for Gephi, written edge by edge: neither the graph nor the document is ever whole in
memory. Edges carry their valid-time spells (a dynamic graph, dates as time format), the weight's
magnitude as GEXF's ``weight`` (Gephi's layouts want it non-negative) and the sign in
``signed_weight``; ``networkx_key`` (the relation) lets networkx read it back as a multigraph."""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from datetime import date
from typing import Any, BinaryIO

from graph.analysis.ordered import ordered_edges
from graph.analysis.projection import Filters, node_attributes
from graph.export.flat import flat_attributes
from graph.model.catalogue import catalogue
from graph.store.base import GraphStore

__all__ = ["gexf_chunks", "write_gexf"]

NODE_ATTRIBUTES = (("type", "string"), ("iri", "string"))
EDGE_ATTRIBUTES = (
    ("relation", "string"),
    ("polarity", "long"),
    ("confidence", "double"),
    ("claims", "long"),
    ("sources", "long"),
    ("source_ids", "string"),
    ("asserters", "string"),
    ("claim_ids", "string"),
    ("valid_from", "string"),
    ("valid_until", "string"),
    ("first_reported", "string"),
    ("last_reported", "string"),
    ("signed_weight", "double"),
    ("networkx_key", "string"),
)
CHUNK = 2000  # edges a write
# Each edge attribute's name and the start of its value's element.
_EDGE_VALUES = tuple(
    (name, f'          <attvalue for="{i}" value=')
    for i, (name, _) in enumerate(EDGE_ATTRIBUTES, start=len(NODE_ATTRIBUTES))
)
_SPECIAL = re.compile('[&<>"\n\r\t]')  # what an attribute's value must escape


def write_gexf(store: GraphStore, filters: Filters, out: BinaryIO, *, indexed: bool = True) -> None:
    """The projection of ``filters`` as GEXF 1.3, written to ``out`` as it is produced."""
    for chunk in gexf_chunks(store, filters, indexed=indexed):
        out.write(chunk)


def gexf_chunks(store: GraphStore, filters: Filters, *, indexed: bool = True) -> Generator[bytes, None, None]:
    """The projection of ``filters`` as GEXF 1.3, a few thousand nodes or edges a chunk, read as the
    chunks are asked for (from the claims index where it answers, see :mod:`graph.analysis.ordered`)."""
    known = catalogue(store)
    with ordered_edges(store, filters, known, indexed=indexed) as (nodes, edges):
        yield _head().encode()
        yield from _chunks(_node(n, node_attributes(n, known)) for n in nodes)
        yield b"    </nodes>\n    <edges>\n"
        yield from _chunks(_edge(key, flat_attributes(data, details, known)) for key, data, details in edges)
        yield b"    </edges>\n  </graph>\n</gexf>\n"


def _head() -> str:
    declare = "".join(
        f'      <attribute id="{i}" title="{name}" type="{kind}" />\n'
        for i, (name, kind) in enumerate(EDGE_ATTRIBUTES, start=len(NODE_ATTRIBUTES))
    )
    nodes = "".join(
        f'      <attribute id="{i}" title="{name}" type="{kind}" />\n' for i, (name, kind) in enumerate(NODE_ATTRIBUTES)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
        f'  <meta lastmodifieddate="{date.today().isoformat()}">\n    <creator>entente</creator>\n  </meta>\n'
        '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n'
        f'    <attributes mode="static" class="edge">\n{declare}    </attributes>\n'
        f'    <attributes mode="static" class="node">\n{nodes}    </attributes>\n'
        "    <nodes>\n"
    )


def _node(node: str, data: dict[str, str]) -> str:
    values = "".join(
        f'          <attvalue for="{i}" value={_attr(data[name])} />\n' for i, (name, _) in enumerate(NODE_ATTRIBUTES)
    )
    return f"      <node id={_attr(node)} label={_attr(data['label'])}>\n        <attvalues>\n{values}        </attvalues>\n      </node>\n"


def _edge(key: tuple[str, str, str], flat: dict[str, Any]) -> str:
    a, b, relation = key
    flat = {**flat, "signed_weight": flat["weight"], "networkx_key": relation}
    head = (
        f"      <edge id={_attr(f'{a}|{relation}|{b}')} source={_attr(a)} target={_attr(b)}"
        f' label={_attr(flat["label"])} weight="{abs(flat["weight"])}">\n'
    )
    spells = ""
    if "spells" in flat:
        spells = "".join(
            "          <spell" + (f' start="{s}"' if s else "") + (f' end="{e}"' if e else "") + " />\n"
            for s, e in flat["spells"]
        )
        spells = f"        <spells>\n{spells}        </spells>\n"
    values = "".join([f"{start}{_attr(str(flat[name]))} />\n" for name, start in _EDGE_VALUES if name in flat])
    return f"{head}{spells}        <attvalues>\n{values}        </attvalues>\n      </edge>\n"


def _attr(value: str) -> str:
    """``value`` as a double-quoted XML attribute."""
    if _SPECIAL.search(value) is None:  # most values: nothing to escape
        return f'"{value}"'
    escaped = (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )
    return f'"{escaped}"'


def _chunks(parts: Iterator[str]) -> Iterator[bytes]:
    batch: list[str] = []
    for part in parts:
        batch.append(part)
        if len(batch) >= CHUNK:
            yield "".join(batch).encode()
            batch = []
    if batch:
        yield "".join(batch).encode()
