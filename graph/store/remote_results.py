"""A SPARQL server's answers read as pyoxigraph terms, whatever dialect the engine speaks.

Real engines stray from the W3C result formats in ways that are harmless to read but that
pyoxigraph's strict parsers refuse or keep as they are. Read here, each answer is what the
embedded store would give:

- blank node labels that are not valid ones (Virtuoso: ``nodeID://b10000``) become valid labels,
  the same label for the same node in every answer (an invalid label ``x`` is ``u`` + hex of ``x``);
- ``xsd:boolean`` in its ``1`` / ``0`` lexical form (Virtuoso keeps booleans as integers) is
  written ``true`` / ``false``, its canonical form;
- ``"type": "typed-literal"`` (the SPARQL 1.0-era JSON) is a literal like any other;
- an ASK answered as a one-column table (Virtuoso 7 names the column ``__ASK_RETVAL`` and answers
  one row for true, none or ``0`` for false) is a boolean.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from graph.errors import StoreError
from graph.store.base import SelectResult, Term

XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
ASK_COLUMNS = frozenset({"__ASK_RETVAL"})
BOOLEAN_FORMS = {"1": "true", "0": "false"}


def read_json(content: bytes, url: str) -> SelectResult | bool:
    """The solutions or the boolean of a SPARQL JSON results document."""
    try:
        document = json.loads(content)
        if "boolean" in document:
            return bool(document["boolean"])
        variables: list[str] = list(document["head"].get("vars", []))
        rows = [
            tuple(_term(binding[v]) if v in binding else None for v in variables)
            for binding in document["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise StoreError(f"{url} answered a malformed SPARQL JSON result: {error}") from error
    if len(variables) == 1 and variables[0] in ASK_COLUMNS:
        return any(_truthy(row[0]) for row in rows)
    return SelectResult(variables, rows)


def canonical_triples(triples: Iterable[Triple]) -> list[Triple]:
    """``triples`` with every boolean literal in its canonical form (see the module's notes)."""
    return [Triple(t.subject, t.predicate, _canonical(t.object)) for t in triples]


def boolean_document(value: bool, media_type: str) -> bytes | None:
    """A W3C boolean result in ``media_type`` (JSON or XML), or None for another type."""
    if media_type == "application/sparql-results+json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if media_type == "application/sparql-results+xml":
        text = "true" if value else "false"
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            "<head/><boolean>" + text + "</boolean></sparql>\n"
        ).encode()
    return None


def _term(value: dict[str, Any]) -> Term:
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return NamedNode(text)
    if kind == "bnode":
        return blank_node(text)
    if kind in ("literal", "typed-literal"):
        language = value.get("xml:lang") or value.get("lang")
        if language:
            return Literal(text, language=language)
        datatype = value.get("datatype")
        if datatype == XSD_BOOLEAN:
            text = BOOLEAN_FORMS.get(text, text)
        return Literal(text, datatype=NamedNode(datatype)) if datatype else Literal(text)
    if kind == "triple":
        return Triple(_term(text["subject"]), _term(text["predicate"]), _term(text["object"]))  # type: ignore[arg-type]
    raise ValueError(f"unknown term type {kind!r}")


def blank_node(label: str) -> BlankNode:
    """The blank node a server calls ``label``; an invalid label is mapped to a valid one."""
    try:
        return BlankNode(label)
    except ValueError:
        return BlankNode("u" + label.encode().hex())


def _canonical(term: Term) -> Term:
    if isinstance(term, Literal) and term.datatype.value == XSD_BOOLEAN and term.value in BOOLEAN_FORMS:
        return Literal(BOOLEAN_FORMS[term.value], datatype=term.datatype)
    return term


def _truthy(term: Term | None) -> bool:
    return term is not None and not (isinstance(term, Literal) and term.value in ("0", "false"))
