"""Parsing RDF files into quads, with syntax errors at file:line:column."""

from __future__ import annotations

import re

from pyoxigraph import Quad, RdfFormat, parse

from graph.errors import InputError, Problem


def parse_rdf(data: bytes, fmt: RdfFormat, *, name: str, base_iri: str | None = None) -> list[Quad]:
    """Parse RDF into quads, turning a syntax error into an :class:`InputError` at file:line:column."""
    try:
        return list(parse(data, format=fmt, base_iri=base_iri))
    except SyntaxError as error:
        raise InputError(syntax_problem(error, name)) from error


def syntax_problem(error: SyntaxError, name: str) -> Problem:
    message = re.sub(r"^Parser error (at|between) [^:]*: ", "", error.msg or str(error))
    return Problem(message, file=name, line=error.lineno, column=error.offset)
