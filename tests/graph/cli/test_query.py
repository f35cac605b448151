"""``entente query``: named queries, SPARQL, formats and chosen columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.app import app

runner = CliRunner()


@pytest.fixture
def store_dir(tmp_path: Path) -> str:
    location = str(tmp_path / "store")
    result = runner.invoke(app, ["init", "--store", location])
    assert result.exit_code == 0, result.output
    return location


def test_a_table_shows_every_cell_whole(store_dir: str) -> None:
    args = ["query", "actor_relations", "--store", store_dir, "-p", "actor=Moscow"]
    rows = json.loads(runner.invoke(app, [*args, "--format", "json"]).stdout)
    table = runner.invoke(app, args)
    assert table.exit_code == 0, table.output
    assert "…" not in table.stdout
    assert all(r["quote"] in table.stdout and r["claim"].rsplit("/", 1)[1] in table.stdout for r in rows)


@pytest.mark.parametrize("output", ["table", "csv", "json"])
def test_columns_choose_what_is_shown(store_dir: str, output: str) -> None:
    args = ["query", "actor_relations", "--store", store_dir, "-p", "actor=Moscow", "-f", output]
    result = runner.invoke(app, [*args, "--columns", "subject,relation,object"])
    assert result.exit_code == 0, result.output
    if output == "json":
        assert {tuple(row) for row in json.loads(result.stdout)} == {("subject", "relation", "object")}
    else:
        header = result.stdout.splitlines()[0]
        assert header.replace(",", " ").split() == ["subject", "relation", "object"]
        assert "quote" not in result.stdout


def test_an_unknown_column_names_the_known_ones(store_dir: str) -> None:
    result = runner.invoke(app, ["query", "contested_claims", "--store", store_dir, "--columns", "subjekt"])
    assert result.exit_code == 1
    assert "unknown column 'subjekt'; did you mean" in result.stderr and "'subject'" in result.stderr


def test_an_unknown_param_names_the_closest_ones(store_dir: str) -> None:
    result = runner.invoke(
        app, ["query", "actor_relations", "--store", store_dir, "-p", "actor=Moscow", "-p", "asof=2021-01-01"]
    )
    assert result.exit_code == 1
    assert "--param asof: unknown parameter; did you mean 'as_of'?" in result.stderr


@pytest.mark.parametrize("output", ["csv", "json"])
def test_names_stand_beside_ids(store_dir: str, output: str) -> None:
    args = ["query", "who_sanctions", "--store", store_dir, "-p", "target=russia", "-f", output]
    result = runner.invoke(app, [*args, "--columns", "by,by_label,target,target_label,assertedBy_label"])
    assert result.exit_code == 0, result.output
    if output == "json":
        rows = [tuple(row.values()) for row in json.loads(result.stdout)]
    else:
        rows = [tuple(line.split(",")) for line in result.stdout.splitlines()[1:]]
    assert ("https://w3id.org/entente/id/united-states" if output == "json" else "id:united-states") in rows[0][0]
    assert rows[0][1:] == ("United States", rows[0][2], "Russia", "Institute for the Study of War")
