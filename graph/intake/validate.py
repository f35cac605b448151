"""Checking files without writing them: syntax, the claims and actors formats' rules, and SHACL shapes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, serialize

from graph.errors import InputError, Problem
from graph.intake.load import base_quads, ontology_file, read_batch
from graph.store.base import GraphStore

SH = "http://www.w3.org/ns/shacl#"


def validate_files(store: GraphStore, paths: Sequence[Path]) -> list[Problem]:
    """Every problem in ``paths``, checked as one batch against ``store``'s catalogue (as a load
    would: actors files first, extending a copy of it); nothing is written."""
    problems: list[Problem] = []
    inputs = []
    for path in paths:
        try:
            inputs.append((str(path), path.read_bytes()))
        except OSError as error:
            problems.append(Problem(f"cannot read: {error.strerror}", file=str(path)))
    if not inputs:
        return problems
    try:
        quads, _ = read_batch(store, inputs)
    except InputError as error:
        return problems + error.problems
    return problems + shacl_problems(quads, name=", ".join(name for name, _ in inputs))


def shacl_problems(quads: Sequence[Quad], name: str) -> list[Problem]:
    """Check ``quads`` (with the ontology and catalogue as context) against ontology/shapes.ttl."""
    import pyshacl
    from rdflib import Graph, URIRef

    data = Graph()
    context = [*base_quads(), *quads]
    data.parse(data=serialize((q.triple for q in context), format=RdfFormat.N_TRIPLES), format="nt")
    shapes = Graph().parse(data=ontology_file("shapes.ttl"), format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    if conforms:
        return []
    assert isinstance(results, Graph)
    problems = []
    for result in results.subjects(URIRef(SH + "resultSeverity"), URIRef(SH + "Violation")):
        focus = results.value(result, URIRef(SH + "focusNode"))
        path = results.value(result, URIRef(SH + "resultPath"))
        message = results.value(result, URIRef(SH + "resultMessage"))
        value = results.value(result, URIRef(SH + "value"))
        text = f"{_short(path)}: {message}" if path is not None else str(message)
        if value is not None:
            text += f" (value: {_short(value)})"
        problems.append(Problem(text, file=name, focus=f"<{focus}>"))
    return sorted(problems, key=str)


def _short(node: object) -> str:
    text = str(node)
    for prefix, namespace in (("ent:", "https://w3id.org/entente/ontology#"), ("id:", "https://w3id.org/entente/id/")):
        if text.startswith(namespace):
            return prefix + text.removeprefix(namespace)
    return text
