"""RDF terms as plain values: JSON-ready numbers, booleans and strings, and compact names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from graph.namespaces import ENT, ID, XSD
from graph.store.base import Term

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


def text(term: Term | None) -> str:
    """The lexical form of a literal or an IRI; ``""`` for nothing."""
    if isinstance(term, NamedNode | Literal):
        return term.value
    return "" if term is None else str(term)


def number(term: Term | None, default: float = 0.0) -> float:
    """A literal as a float (``default`` when it is missing or no number)."""
    try:
        return float(Decimal(text(term)))
    except (InvalidOperation, ValueError):
        return default


def as_date(term: Term | None) -> date | None:
    """An ``xsd:date`` (or the date part of an ``xsd:dateTime``) literal as a date."""
    if not isinstance(term, Literal):
        return None
    try:
        return date.fromisoformat(term.value[:10])
    except ValueError:
        return None


def date_term(value: date | None) -> Literal | None:
    """A date as an ``xsd:date`` literal (``None`` stays unbound)."""
    return None if value is None else Literal(value.isoformat(), datatype=NamedNode(XSD + "date"))


def status_name(term: Term | None) -> str:
    """A claim status IRI as its name: ``ent:Asserted`` -> ``asserted``."""
    return term.value.removeprefix(ENT).lower() if isinstance(term, NamedNode) else ""
