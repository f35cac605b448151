"""The layers of the house: imports point one way, and ``api`` uses ``graph``'s public names only.

Inside ``graph``, each subpackage has a rank; a module may import its own package and packages of
a lower rank, never one of the same or a higher rank:

    clocks, errors, settings  <  namespaces  <  store  <  model, index  <  sparql  <  reads
    <  intake, analysis  <  export, extract  <  cli

``graph`` never imports ``api`` (the CLI may name the app it serves, resolved at run time); ``api`` imports ``graph.<package>`` names that the package lists
in ``__all__`` (never an inner module, never the CLI). ``queries`` and ``ontology`` are data
packages that anything may read.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from tests.support.data import REPO

RANKS = {
    "clocks": 0,
    "errors": 0,
    "settings": 0,
    "namespaces": 1,
    "store": 2,
    "model": 3,
    "index": 3,
    "sparql": 4,
    "reads": 5,
    "intake": 6,
    "analysis": 6,
    "export": 7,
    "extract": 7,
    "cli": 8,
}
DATA_PACKAGES = {"queries", "ontology"}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # the imported module, dotted
    names: tuple[str, ...]  # the names taken from it (empty for ``import x``)
    line: int
    by_name: bool = False  # ``importlib.import_module("...")``: a reference resolved at run time


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_in(module: str, source: str) -> Iterator[Import]:
    """Every import of ``source``, including those inside functions and by ``importlib`` name."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, (), node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield Import(module, node.module, tuple(a.name for a in node.names), node.lineno)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield Import(module, node.args[0].value, (), node.lineno, by_name=True)


def project_imports() -> list[Import]:
    found: list[Import] = []
    for top in ("graph", "api"):
        for path in sorted((REPO / top).rglob("*.py")):
            found.extend(imports_in(module_name(path), path.read_text(encoding="utf-8")))
    return found


def package_of(module: str) -> str | None:
    """The graph subpackage (or top-level module) a dotted graph module belongs to."""
    parts = module.split(".")
    return parts[1] if parts[0] == "graph" and len(parts) > 1 else None


def violations(imports: Iterable[Import], public: Mapping[str, set[str]]) -> list[str]:
    """The imports that run against the layers, each as a readable line."""
    found = []
    for imp in imports:
        where = f"{imp.module}:{imp.line} imports {imp.target}"
        top = imp.target.split(".")[0]
        if imp.module.startswith("graph"):
            if top == "api" and not (imp.by_name and package_of(imp.module) == "cli"):
                found.append(f"{where}: graph never imports api (only the CLI names the app to serve)")
                continue
            if top != "graph":
                continue
            source, target = package_of(imp.module), package_of(imp.target)
            if source is None or target is None:
                continue
            if target not in RANKS:
                found.append(f"{where}: {target!r} has no rank in the layering")
            elif source != target and RANKS[target] >= RANKS[source]:
                found.append(f"{where}: {source} (rank {RANKS[source]}) may not import {target} (rank {RANKS[target]})")
        elif imp.module.startswith("api") and top == "graph":
            target = package_of(imp.target)
            if target == "cli":
                found.append(f"{where}: api never imports the CLI")
            elif imp.target.count(".") > 1:
                found.append(f"{where}: api imports graph packages, not their inner modules")
            elif target is not None and target in public and not imp.names:
                found.append(f"{where}: import names from it, not the module")
            elif target is not None and target in public:
                hidden = [n for n in imp.names if n not in public[target]]
                if hidden:
                    found.append(f"{where}: {', '.join(hidden)} not in graph.{target}.__all__")
    return found


def public_names() -> dict[str, set[str]]:
    """Each graph subpackage's ``__all__`` (plain modules such as errors have no such list)."""
    names = {}
    for package in RANKS:
        if (REPO / "graph" / package / "__init__.py").is_file():
            names[package] = set(importlib.import_module("graph." + package).__all__)
    return names


def test_every_graph_package_has_a_rank_and_lists_its_public_names() -> None:
    entries = {p.stem for p in (REPO / "graph").iterdir() if p.name != "__pycache__" and p.name != "__init__.py"}
    assert entries == set(RANKS), "every entry of graph/ has a layer"
    assert all(public_names()[package] for package in public_names())


def test_imports_follow_the_layers() -> None:
    imports = project_imports()
    assert len(imports) > 100, "the walk found the project's imports"
    assert violations(imports, public_names()) == []


def test_an_upward_import_is_caught() -> None:
    """The checker fails on the kinds of import the layers forbid (a deliberate upward import)."""
    store_module = "graph.store.embedded"
    upward = list(imports_in(store_module, "from graph.reads import read_claim\n"))
    assert violations(upward, public_names()) == [
        "graph.store.embedded:1 imports graph.reads: store (rank 2) may not import reads (rank 5)"
    ]
    sideways = imports_in("graph.intake.load", "def f():\n    from graph.analysis import project\n")
    assert "intake (rank 6) may not import analysis (rank 6)" in violations(sideways, public_names())[0]
    to_api = imports_in("graph.cli.serve", "from api.app import create_app\n")
    assert violations(to_api, public_names()) == [
        "graph.cli.serve:1 imports api.app: graph never imports api (only the CLI names the app to serve)"
    ]
    by_name = "import importlib\nimportlib.import_module('api.app')\n"
    assert violations(imports_in("graph.cli.serve", by_name), public_names()) == []
    assert len(violations(imports_in("graph.reads.actors", by_name), public_names())) == 1


def test_api_may_use_public_names_only() -> None:
    source = (
        "from graph.reads.claims import claim_view\nfrom graph.reads import claim_view\nfrom graph.cli import main\n"
    )
    found = violations(imports_in("api.routers.claims", source), public_names())
    assert [line.split(": ", 1)[1] for line in found] == [
        "api imports graph packages, not their inner modules",
        "claim_view not in graph.reads.__all__",
        "api never imports the CLI",
    ]


def test_no_module_of_graph_or_api_is_over_400_lines() -> None:
    long = {
        str(p.relative_to(REPO)): n
        for top in ("graph", "api")
        for p in (REPO / top).rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
