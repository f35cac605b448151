"""Parsing RDF files into quads, with syntax errors at file:line:column, checked as strictly as
claims: relative IRIs and ill-typed, hidden-character or oversized literals are refused
(:func:`graph.intake.safety.check_literals`), so a load writes nothing it would not accept from
the claims format."""

from __future__ import annotations

import re

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from graph.errors import InputError, Problem
from graph.intake.safety import check_literals, line_of

# JSON-LD drops a node whose relative @id cannot be resolved, silently: it is parsed against this
# base, which no real IRI uses, and an IRI under it is refused.
RELATIVE_BASE = "https://relative-iri.invalid/"


def parse_rdf(
    data: bytes, fmt: RdfFormat, *, name: str, base_iri: str | None = None, max_literal_bytes: int | None = None
) -> list[Quad]:
    """Parse RDF into quads, turning a syntax error into an :class:`InputError` at file:line:column.

    Relative IRIs are refused, whatever ``base_iri`` says (a file's meaning must not depend on
    where it was loaded from): a file that wants them declares its own absolute ``@base``.
    ``base_iri`` is accepted for callers that pass one, and not used.
    """
    del base_iri
    json_ld = fmt == RdfFormat.JSON_LD
    try:
        quads = list(parse(data, format=fmt, base_iri=RELATIVE_BASE if json_ld else None))
    except SyntaxError as error:
        raise InputError(syntax_problem(error, name)) from error
    if json_ld:
        _check_resolved(quads, data, name)
    check_literals(quads, data, name, max_literal_bytes)
    return quads


def syntax_problem(error: SyntaxError, name: str) -> Problem:
    message = re.sub(r"^Parser error (at|between) [^:]*: ", "", error.msg or str(error))
    if "No scheme found in an absolute IRI" in message:
        message = "a relative IRI: write it absolute, or declare an absolute @base (" + message + ")"
    return Problem(message, file=name, line=error.lineno, column=error.offset)


def _check_resolved(quads: list[Quad], data: bytes, name: str) -> None:
    for quad in quads:
        for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
            if isinstance(term, NamedNode) and term.value.startswith(RELATIVE_BASE):
                relative = term.value.removeprefix(RELATIVE_BASE)
                raise InputError(
                    Problem(
                        f"a relative IRI {relative!r}: write it absolute, or declare an absolute @base",
                        file=name,
                        line=line_of(data, relative.encode()),
                    )
                )
