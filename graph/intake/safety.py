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
