"""``entente init``, ``load``, ``validate``, ``stats`` and ``dump``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.app import app
from graph.cli.output import progress
from tests.support.data import claims_csv

runner = CliRunner()


@pytest.fixture
def store_dir(tmp_path: Path) -> str:
    """A store with the seed world only (no reference memberships and leaders)."""
    location = str(tmp_path / "store")
    result = runner.invoke(app, ["init", "--store", location, "--no-reference"])
    assert result.exit_code == 0, result.output
    return location


def test_query_actor_relations_by_alias_as_json(store_dir: str) -> None:
    result = runner.invoke(
        app, ["query", "actor_relations", "--store", store_dir, "--param", "actor=Moscow", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    relations = {(r["relation"].split("#")[1], r["object"].rsplit("/", 1)[1]) for r in rows if r["side"] == "out"}
    assert {("formsBlocWith", "iran"), ("formsBlocWith", "north-korea"), ("formsBlocWith", "china")} <= relations
    assert {("seeksResetWith", "united-states"), ("attacks", "ukraine"), ("criticises", "nato")} <= relations
    assert any(r["relation"].endswith("#sanctions") and r["side"] == "in" for r in rows)
    assert all(r["quote"] and r["assertedBy"] and r["published"] == "2024-11-08" for r in rows)


def test_load_with_one_bad_row_exits_1_naming_row_and_column_and_changes_nothing(
    store_dir: str, tmp_path: Path
) -> None:
    good = 'russia,supports,iran,2024-01-01,,isw,asserted,0.7,false,"q{}",,T,,2024-02-01'
    bad = tmp_path / "bad.csv"
    bad.write_bytes(claims_csv(good.format(1), good.format(2), good.format(3).replace("0.7", "7"), good.format(4)))
    before = runner.invoke(app, ["dump", "--store", store_dir]).stdout_bytes
    result = runner.invoke(app, ["load", str(bad), "--store", store_dir])
    assert result.exit_code == 1
    assert f"{bad}:4: column 'confidence'" in result.stderr
    assert runner.invoke(app, ["dump", "--store", store_dir]).stdout_bytes == before


def test_validate_reports_problems_and_exits_1_without_a_store(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(claims_csv('russia,sanctions,atlantis,,,,,,,"q",,T,,2024-01-01'))
    result = runner.invoke(app, ["validate", str(path), "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "unknown actor 'atlantis'" in result.stderr
    assert not (tmp_path / "none").exists()


def test_contested_claims_show_the_brics_contest(store_dir: str) -> None:
    result = runner.invoke(app, ["query", "contested_claims", "--store", store_dir])
    assert result.exit_code == 0, result.output
    assert "id:vladimir-putin" in result.stdout and "ent:formsBlocWith" in result.stdout


def test_stats_dump_and_query_listing(store_dir: str, tmp_path: Path) -> None:
    stats = runner.invoke(app, ["stats", "--store", store_dir])
    assert "claims (asserted)" in stats.stdout
    out = tmp_path / "all.trig"
    assert runner.invoke(app, ["dump", "--format", "trig", "-o", str(out), "--store", store_dir]).exit_code == 0
    assert b"ent:Claim" in out.read_bytes()
    listing = runner.invoke(app, ["query", "--store", store_dir])
    assert "contested_claims" in listing.stdout


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--store", str(tmp_path / "absent")])
    assert result.exit_code == 1
    assert "entente init" in result.stderr


def test_a_bad_param_names_the_parameter(store_dir: str) -> None:
    result = runner.invoke(
        app, ["query", "actor_relations", "--store", store_dir, "-p", "actor=russia", "-p", "as_of=yesterday"]
    )
    assert result.exit_code == 1
    assert "as_of" in result.stderr and "not a date" in result.stderr


def test_a_long_load_shows_progress_on_stderr_only(
    store_dir: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graph.cli.store

    seen: list[tuple[str, int]] = []

    @contextmanager
    def watched(label: str, total: int) -> Iterator[Callable[[str, int], None]]:
        with progress(label, total) as advance:

            def step(name: str, size: int) -> None:
                seen.append((name, size))
                advance(name, size)

            yield step

    monkeypatch.setattr(graph.cli.store, "PROGRESS_BYTES", 0)
    monkeypatch.setattr(graph.cli.store, "progress", watched)
    path = tmp_path / "c.csv"
    path.write_bytes(claims_csv('russia,supports,iran,2024-01-01,,isw,asserted,0.7,false,"q",,T,,2024-02-01'))
    result = runner.invoke(app, ["load", str(path), "--store", store_dir])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("loaded 1 file(s): 0 actors, 1 claims") and len(result.stdout.splitlines()) == 1
    assert sum(size for _, size in seen) == path.stat().st_size


def test_stats_as_json_and_csv(store_dir: str) -> None:
    counts = json.loads(runner.invoke(app, ["stats", "--store", store_dir, "-f", "json"]).stdout)
    assert counts["claims (asserted)"] > 0
    result = runner.invoke(app, ["stats", "--store", store_dir, "-f", "csv", "--columns", "count,what"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "count,what"
    assert f"{counts['quads']},quads" in result.stdout


def test_init_loads_the_reference_unless_told_not_to(tmp_path: Path) -> None:
    full, seed_only = str(tmp_path / "full"), str(tmp_path / "seed")
    assert runner.invoke(app, ["init", "--store", full]).exit_code == 0
    assert runner.invoke(app, ["init", "--store", seed_only, "--no-reference"]).exit_code == 0
    query = ["query", "actor_relations", "--param", "actor=Sweden", "--param", "relation=memberOf", "--format", "json"]
    with_reference = runner.invoke(app, [*query, "--param", "as_of=2024-03-08", "--store", full])
    assert with_reference.exit_code == 0, with_reference.output
    assert any(r["object"].endswith("/nato") for r in json.loads(with_reference.stdout))
    before = runner.invoke(app, [*query, "--param", "as_of=2024-03-06", "--store", full])
    assert not any(r["object"].endswith("/nato") for r in json.loads(before.stdout))
    without = runner.invoke(app, [*query, "--store", seed_only])
    assert json.loads(without.stdout) == []


def test_claims_retract_and_history_from_the_command_line(store_dir: str) -> None:
    found = runner.invoke(
        app,
        [
            "query",
            "actor_relations",
            "--store",
            store_dir,
            "-p",
            "actor=Russia",
            "-p",
            "relation=criticises",
            "--format",
            "json",
        ],
    )
    claim = json.loads(found.stdout)[0]["claim"].rsplit("/", 1)[1]
    result = runner.invoke(
        app, ["claims", "retract", claim, "--reason", "misquoted", "--as", "ana", "--store", store_dir]
    )
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["claims", "retract", claim, "--reason", "twice", "--store", store_dir])
    assert again.exit_code == 1 and "cannot retract a retracted claim" in again.output
    shown = runner.invoke(app, ["claims", "history", claim, "--format", "json", "--store", store_dir])
    assert shown.exit_code == 0, shown.output
    recorded, change = json.loads(shown.stdout)
    assert (recorded["from_status"], recorded["to_status"], recorded["reason"]) == (None, "asserted", "entente init")
    assert (change["from_status"], change["to_status"], change["by"], change["reason"]) == (
        "asserted",
        "retracted",
        "ana",
        "misquoted",
    )
