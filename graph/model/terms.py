"""RDF terms as plain values: JSON-ready numbers, booleans and strings, and compact names."""

from __future__ import annotations

from decimal import Decimal

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
