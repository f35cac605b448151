"""``entente export`` and ``entente analyse``, through typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.cli.app import app as cli
from graph.intake import init_store
from graph.store import EmbeddedStore

runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = tmp_path_factory.mktemp("cli") / "store"
    store = EmbeddedStore(location)
    init_store(store)
    store.close()
    return str(location)


def test_export_gexf_to_a_file_has_spells(store_dir: str, tmp_path: Path) -> None:
    path = tmp_path / "seed.gexf"
    result = runner.invoke(cli, ["export", "--format", "gexf", "-o", str(path), "--store", store_dir])
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(path, version="1.3")
    assert graph.number_of_edges() > 0
    assert all(d["spells"] for _, _, d in graph.edges(data=True))


def test_export_to_stdout_with_filters(store_dir: str) -> None:
    result = runner.invoke(
        cli, ["export", "-f", "csv", "--as-of", "2024-11-08", "--relation", "formsBlocWith", "--store", store_dir]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and all(",formsBlocWith," in line for line in lines[1:])


def test_analyse_blocs_puts_russia_iran_north_korea_and_china_together(store_dir: str) -> None:
    result = runner.invoke(cli, ["analyse", "blocs", "--as-of", "2024-11-08", "--format", "json", "--store", store_dir])
    assert result.exit_code == 0, result.output
    blocs = json.loads(result.stdout)
    assert any({"russia", "iran", "north-korea", "china"} <= set(b["members"]) for b in blocs)
    table = runner.invoke(cli, ["analyse", "blocs", "--as-of", "2024-11-08", "--store", store_dir])
    assert "China, Iran, North Korea, Russia" in table.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["alignment", "Moscow", "Tehran"], "+1.000"),
        (["alignment", "russia", "united-states", "--from", "2021-01-01", "--to", "2022-12-31"], "2022-01-01"),
        (["alignment", "russia", "united-states", "--from", "2021-01-01", "--to", "2021-12-31"], "no evidence"),
        (["paths", "iran", "ukraine"], "russia attacks ukraine"),
        (["balance"], "signed triads"),
        (["centrality"], "Russia"),
        (["changes", "2021-01-01", "2024-12-01"], "gained"),
    ],
)
def test_analyse_commands_answer(store_dir: str, args: list[str], expected: str) -> None:
    result = runner.invoke(cli, ["analyse", *args, "--store", store_dir])
    assert result.exit_code == 0, result.output
    assert expected in result.stdout


def test_analyse_json_output_parses(store_dir: str) -> None:
    result = runner.invoke(cli, ["analyse", "changes", "2021-01-01", "2024-12-01", "-f", "json", "--store", store_dir])
    assert result.exit_code == 0, result.output
    assert {"gained", "lost", "flipped"} == set(json.loads(result.stdout))


def test_unknown_names_exit_1_with_suggestions(store_dir: str) -> None:
    result = runner.invoke(cli, ["analyse", "paths", "Rusia", "ukraine", "--store", store_dir])
    assert result.exit_code == 1
    assert "unknown actor 'Rusia'" in result.stderr and "Russia" in result.stderr
    result = runner.invoke(cli, ["export", "-f", "csv", "--relation", "befriends", "--store", store_dir])
    assert result.exit_code == 1 and "unknown relation" in result.stderr
