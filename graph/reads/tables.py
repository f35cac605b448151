"""Query results as JSON rows, CSV (safe for spreadsheets) and terminal tables."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date

from pyoxigraph import Literal, NamedNode

from graph.model.catalogue import Catalogue
from graph.model.terms import plain, short
from graph.store.base import SelectResult, Term


def with_labels(result: SelectResult, known: Catalogue) -> SelectResult:
    """``result`` with a ``<name>_label`` column after each column that names actors or relation
    types the catalogue knows (the name an analyst reads beside the id a machine reads)."""

    def name_of(term: object) -> str | None:
        if not isinstance(term, NamedNode):
            return None
        actor, relation = known.actors.get(term.value), known.relations.get(term.value)
        return actor.label if actor else relation.label if relation else None

    labelled = [
        i
        for i, variable in enumerate(result.variables)
        if variable + "_label" not in result.variables and any(name_of(row[i]) for row in result.rows)
    ]
    if not labelled:
        return result
    variables: list[str] = []
    for i, variable in enumerate(result.variables):
        variables += [variable, variable + "_label"] if i in labelled else [variable]
    rows = []
    for row in result.rows:
        cells: list[Term | None] = []
        for i, term in enumerate(row):
            cells.append(term)
            if i in labelled:
                name = name_of(term)
                cells.append(Literal(name) if name is not None else None)
        rows.append(tuple(cells))
    return SelectResult(variables, rows)


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


def rows_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV of ``rows`` under ``header``: dates as ISO, booleans as true/false, no formulas."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(_cell(value)) for value in row])
    return out.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return value


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
