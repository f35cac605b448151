"""Turning RDF terms and query results into plain values, tables and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from decimal import Decimal

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from graph.namespaces import ENT, ID, XSD
from graph.store import SelectResult, Term

_NUMBERS = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}


def plain(term: Term | None) -> str | int | float | bool | None:
    """A JSON-ready value: IRIs as strings, typed literals as numbers and booleans."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    if isinstance(term, Triple):
        return str(term)
    datatype = term.datatype.value
    try:
        if datatype in _NUMBERS:
            return int(term.value)
        if datatype in (XSD + "decimal", XSD + "double", XSD + "float"):
            return float(Decimal(term.value))
        if datatype == XSD + "boolean":
            return term.value in ("true", "1")
    except (ValueError, ArithmeticError):
        pass
    return term.value


def short(term: Term | None) -> str:
    """A compact form for a human: ``id:russia``, ``ent:sanctions``, or the literal's text."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, namespace in (("id:", ID), ("ent:", ENT)):
            if term.value.startswith(namespace):
                return prefix + term.value.removeprefix(namespace)
        return term.value
    if isinstance(term, Literal):
        return term.value
    return str(term)


def rows_as_dicts(result: SelectResult) -> list[dict[str, object]]:
    return [{k: plain(v) for k, v in zip(result.variables, row, strict=True)} for row in result.rows]


def as_json(result: SelectResult) -> str:
    return json.dumps(rows_as_dicts(result), ensure_ascii=False, indent=2)


def as_csv(result: SelectResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([safe_cell(short(v) if isinstance(v, NamedNode) else plain(v)) for v in row])
    return out.getvalue()


def safe_cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def as_table(result: SelectResult, width: int = 60) -> str:
    cells = [[_clip(short(v), width) for v in row] for row in result.rows]
    return table(result.variables, cells)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join([line.rstrip(), rule, *body])


def _clip(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"
