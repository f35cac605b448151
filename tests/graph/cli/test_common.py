"""The CLI's shape: a leaf that nothing imports, commands that register themselves, options declared once."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import typer
from typer.testing import CliRunner

import graph.cli
from graph.cli.app import app
from graph.cli.common import missing
from graph.errors import NotFoundError
from tests.support.data import REPO

runner = CliRunner()
CLI = REPO / "graph" / "cli"
SHARED = {"graph.cli.app", "graph.cli.common", "graph.cli.output"}


def commands(group: Any, prefix: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            found |= commands(command, f"{prefix}{name} ")
        else:
            found[prefix + name] = command
    return found


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    return names


def test_every_command_opens_its_store_through_the_one_store_option() -> None:
    found = commands(typer.main.get_group(app))
    assert {"init", "load", "validate", "query", "stats", "dump", "serve", "export", "extract", "review"} <= set(found)
    assert {"analyse blocs", "analyse alignment", "analyse paths", "analyse changes"} <= set(found)
    stores = {}
    for name, command in found.items():
        (option,) = [p for p in command.params if "--store" in getattr(p, "opts", [])]
        stores[name] = (option.help, option.show_default)
    assert len(set(stores.values())) == 1, stores
    declared = [p.name for p in CLI.glob("*.py") if '"--store"' in p.read_text(encoding="utf-8")]
    assert declared == ["common.py"]


def test_the_command_modules_import_the_app_and_the_app_imports_none_of_them() -> None:
    modules = {p.stem for p in CLI.glob("*.py")} - {"__init__", "app", "common", "output"}
    assert modules == {"store", "query", "serve", "analysis", "extract", "review", "search", "claims"}
    assert not {n for n in imported(CLI / "app.py") if n.startswith("graph.")}
    for module in modules:
        names = imported(CLI / f"{module}.py")
        assert "graph.cli.app.app" in names, module
        own = {n for n in names if n.startswith("graph.cli.")}
        assert not {n for n in own if n not in SHARED and n.rsplit(".", 1)[0] not in SHARED}, module
    assert set(graph.cli.__all__) >= {"main", *modules}


def test_nothing_outside_the_cli_imports_it() -> None:
    for root in ("graph", "api", "queries", "ontology"):
        for path in (REPO / root).rglob("*.py"):
            if CLI not in path.parents:
                assert not {n for n in imported(path) if n.startswith("graph.cli")}, path


def test_the_cli_reads_the_rest_of_graph_through_public_names() -> None:
    for path in CLI.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        inner = {m for m in modules if m.startswith("graph.") and not m.startswith("graph.cli") and m.count(".") >= 2}
        assert not inner, (path.name, inner)


def test_a_hint_is_not_offered_as_a_name() -> None:
    error = missing("/nowhere")
    assert str(error) == "unknown store '/nowhere'; run `entente init` first"
    assert error.suggestions == [] and error.hint == "run `entente init` first"
    assert str(NotFoundError("actor", "Rusia", ["Russia"])) == "unknown actor 'Rusia'; did you mean 'Russia'?"


def test_help_shows_the_defaults(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "./.entente/store" in result.output and "127.0.0.1" in result.output and "8000" in result.output


def test_a_bad_setting_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats"], env={"ENTENTE_PORT": "eighty"})
    assert result.exit_code == 1
    assert result.stderr.startswith("error: setting port:") and len(result.stderr.splitlines()) == 1
