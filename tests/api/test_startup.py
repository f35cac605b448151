"""What starting the server imports: the heavy modules only the routes that use them need (the
extractor, the remote store's httpx, rich, networkx) are not imported by ``api.app``, creating the
app, or the ``entente`` command line; and the lazy imports do not change the OpenAPI document."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support.data import REPO

# Imported at their first use (the extractor, a served or remote store, a table, a measure, a graph).
LAZY = ("graph.extract", "httpx", "graph.store.remote", "rich", "graph.analysis.measures", "networkx")

APP = """
import json, sys
from api.app import create_app
from graph.settings import Settings
app = create_app(Settings(store=":memory:"))
print(json.dumps(sorted(sys.modules)))
"""
CLI = """
import json, sys
import graph.cli
print(json.dumps(sorted(sys.modules)))
"""
OPENAPI = """
import json, sys
for name in sys.argv[1:]:
    __import__(name)
from api.app import create_app
from graph.settings import Settings
print(json.dumps(create_app(Settings(store=":memory:")).openapi(), sort_keys=True))
"""


def _run(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def app_modules() -> set[str]:
    return set(json.loads(_run(APP)))


@pytest.fixture(scope="module")
def cli_modules() -> set[str]:
    return set(json.loads(_run(CLI)))


@pytest.mark.parametrize("module", LAZY)
def test_creating_the_app_does_not_import(module: str, app_modules: set[str]) -> None:
    assert "api.routers.extract" in app_modules  # every router is registered
    assert module not in app_modules


@pytest.mark.parametrize("module", LAZY)
def test_the_command_line_does_not_import(module: str, cli_modules: set[str]) -> None:
    assert "graph.cli.serve" in cli_modules and "graph.cli.extract" in cli_modules  # every command is registered
    assert module not in cli_modules


def test_the_openapi_document_is_the_same_with_the_lazy_modules_imported_first() -> None:
    lazy = json.loads(_run(OPENAPI))
    eager = json.loads(_run(OPENAPI, "networkx", "graph.extract", "graph.store.remote", "graph.analysis.measures"))
    assert lazy == eager
    assert "/extract" in lazy["paths"] and "/analysis/blocs" in lazy["paths"] and "/viz/view" in lazy["paths"]
