"""Checks on untrusted RDF before a parser sees it.

pyoxigraph's parsers recurse on nesting (thousands of brackets overflow the stack and kill the
process) and its RDF/XML parser expands internal entities (the "billion laughs"). Remote
JSON-LD contexts would make a request to an address the file chose. Each is refused here with
an error that names the file and line.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pyoxigraph import Literal, Quad, RdfFormat

from graph.errors import InputError, Problem

MAX_DEPTH = 256
LABELS = frozenset(
    {
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        "http://www.w3.org/2004/02/skos/core#altLabel",
        "http://www.w3.org/2004/02/skos/core#hiddenLabel",
        "http://www.w3.org/2000/01/rdf-schema#label",
    }
)
# Characters that reorder or hide text (bidi overrides, zero-width) or control a terminal.
HIDDEN = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def check_rdf(data: bytes, fmt: RdfFormat, name: str) -> None:
    if fmt == RdfFormat.RDF_XML:
        match = _DTD.search(data)
        if match:
            line = data[: match.start()].count(b"\n") + 1
            raise InputError(Problem("DTD and entity declarations are refused in RDF/XML", file=name, line=line))
    elif fmt == RdfFormat.JSON_LD:
        _check_json_ld(data, name)
    elif fmt in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.N3):
        _check_turtle_depth(data, name)


def _check_json_ld(data: bytes, name: str) -> None:
    depth = 0
    for line_number, line in enumerate(data.split(b"\n"), start=1):
        for byte in line:
            if byte in b"[{":
                depth += 1
                if depth > MAX_DEPTH:
                    raise InputError(Problem(f"nested deeper than {MAX_DEPTH} levels", file=name, line=line_number))
            elif byte in b"]}":
                depth -= 1
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise InputError(Problem(f"not JSON: {error}", file=name)) from error
    remote = _remote_context(document)
    if remote:
        raise InputError(Problem(f"remote JSON-LD contexts are not fetched: {remote[:120]}", file=name))


def _remote_context(node: Any) -> str | None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("@context", "@import"):
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str):
                        return item
                    found = _remote_context(item)
                    if found:
                        return found
            else:
                found = _remote_context(value)
                if found:
                    return found
    elif isinstance(node, list):
        for item in node:
            found = _remote_context(item)
            if found:
                return found
    return None


def _check_turtle_depth(data: bytes, name: str) -> None:
    """Refuse more than MAX_DEPTH nested '[' or '(' outside strings, IRIs and comments."""
    if data.count(b"[") + data.count(b"(") + data.count(b"{") <= MAX_DEPTH:
        return
    depth, line, i, n = 0, 1, 0, len(data)
    while i < n:
        byte = data[i]
        if byte == 0x0A:
            line += 1
        elif byte == 0x23:  # '#': a comment to the end of the line
            end = data.find(b"\n", i)
            i = n if end < 0 else end
            continue
        elif byte == 0x3C:  # '<': an IRI
            end = data.find(b">", i)
            i = n if end < 0 else end + 1
            continue
        elif byte in (0x22, 0x27):  # a string, short or long
            quote = data[i : i + 3] if data[i : i + 3] in (b'"""', b"'''") else data[i : i + 1]
            j = i + len(quote)
            while j < n and data[j : j + len(quote)] != quote:
                j += 2 if data[j] == 0x5C else 1
            line += data.count(b"\n", i, j)
            i = j + len(quote)
            continue
        elif byte in (0x5B, 0x28, 0x7B):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(Problem(f"nested deeper than {MAX_DEPTH} levels", file=name, line=line))
        elif byte in (0x5D, 0x29, 0x7D):
            depth -= 1
        i += 1


def check_labels(quads: list[Quad], name: str) -> None:
    """Refuse names that hold control, zero-width or bidi characters: they hide or reorder text."""
    problems = [
        Problem("a label holds control, zero-width or bidi characters", file=name, focus=str(q.subject))
        for q in quads
        if q.predicate.value in LABELS and isinstance(q.object, Literal) and HIDDEN.search(q.object.value)
    ]
    if problems:
        raise InputError(problems)


XSD = "http://www.w3.org/2001/XMLSchema#"
_TIMEZONE = r"(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)?"
_DATE = r"-?([1-9]\d{4,}|\d{4})-(\d{2})-(\d{2})"
LEXICAL = {
    XSD + "date": re.compile(_DATE + _TIMEZONE),
    XSD + "dateTime": re.compile(_DATE + r"T(([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?|24:00:00(\.0+)?)" + _TIMEZONE),
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    XSD + "boolean": re.compile(r"true|false|1|0"),
}
# In any literal: NUL and the other C0 controls but tab, newline and return; DEL and the C1
# controls; bidi embeddings, overrides and isolates, which reorder what a reader sees.
CONTROL = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]")
MAX_PROBLEMS = 20


def check_literals(quads: list[Quad], data: bytes, name: str, max_bytes: int | None = None) -> None:
    """Refuse ill-typed literals (xsd:date, dateTime, integer, decimal, boolean), literals holding
    control or bidi characters, and literals over ``max_bytes`` (``max_literal_bytes``), each at
    the line of the file where its text first appears."""
    if max_bytes is None:
        from graph.settings import Settings

        max_bytes = Settings().max_literal_bytes
    problems = []
    for quad in quads:
        term = quad.object
        if type(term) is not Literal:
            continue
        message = _literal_problem(term, max_bytes)
        if message:
            problems.append(Problem(message, file=name, line=line_of(data, *_needles(term)), focus=str(quad.subject)))
            if len(problems) == MAX_PROBLEMS:
                break
    if problems:
        raise InputError(problems)


def _literal_problem(literal: Literal, max_bytes: int) -> str | None:
    value = literal.value
    if len(value) * 4 > max_bytes and len(value.encode()) > max_bytes:
        return f"a literal of {len(value.encode()):,} bytes, over the limit of {max_bytes:,} (max_literal_bytes)"
    if CONTROL.search(value):
        return "a literal holds control or bidi-override characters"
    pattern = LEXICAL.get(literal.datatype.value)
    if pattern is not None and not (pattern.fullmatch(value) and _valid_date(literal.datatype.value, value)):
        kind = literal.datatype.value.removeprefix(XSD)
        return f"{value[:60]!r} is not a valid xsd:{kind}"
    return None


def _valid_date(datatype: str, value: str) -> bool:
    """Whether the calendar date of an xsd:date or xsd:dateTime exists (no 2023-02-29)."""
    if datatype not in (XSD + "date", XSD + "dateTime"):
        return True
    match = re.fullmatch(r"-?(\d+)-(\d{2})-(\d{2}).*", value, re.DOTALL)
    if match is None:
        return False
    year, month, day = (int(g) for g in match.groups())
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= month <= 12 and 1 <= day <= days[month - 1]


def _needles(literal: Literal) -> list[bytes]:
    """Text to look for in the file, most telling first: the literal's first characters up to one
    a file may escape; then the literal as N-Triples writes it; then its raw text."""
    value = literal.value
    clean = _ESCAPED.split(value, maxsplit=1)[0][:200]
    written = str(literal)
    quoted = written[: written.rfind('"') + 1]
    return [n.encode() for n in (clean if len(clean) >= 4 else "", quoted, value[:200]) if n]


_ESCAPED = re.compile('[\u0000-\u001f\u007f-\u009f"\\\\\u202a-\u202e\u2066-\u2069]')


def line_of(data: bytes, *needles: bytes) -> int | None:
    """The line where the first of ``needles`` found in ``data`` first appears (None: none is)."""
    for needle in needles:
        at = data.find(needle) if needle else -1
        if at >= 0:
            return data.count(b"\n", 0, at) + 1
    return None
