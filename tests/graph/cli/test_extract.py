from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.app import app
from graph.extract import dateline
from graph.reads import safe_cell
from tests.support.data import EXTRACT_SET, SEED_ARTICLE

runner = CliRunner()
DATA = EXTRACT_SET


@pytest.fixture
def store_dir(tmp_path: Path) -> str:
    location = str(tmp_path / "store")
    assert runner.invoke(app, ["init", "--store", location]).exit_code == 0
    return location


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("ISW: a title\n\nNov 8, 2024 - 06:00\n", date(2024, 11, 8)),
        ("Paris, 3 March 2024\nText", date(2024, 3, 3)),
        ("2023-02-28 wire", date(2023, 2, 28)),
        ("Feb 30, 2024", None),
        ("No date here", None),
    ],
)
def test_dateline(head: str, expected: date | None) -> None:
    assert dateline(head) == expected


def test_extract_writes_candidates_that_review_can_accept(store_dir: str, tmp_path: Path) -> None:
    out = tmp_path / "candidates.csv"
    result = runner.invoke(app, ["extract", str(SEED_ARTICLE), "--store", store_dir, "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and all(r["status"] == "candidate" for r in rows)
    assert {r["published"] for r in rows} == {"2024-11-08"}
    assert runner.invoke(app, ["load", str(out), "--store", store_dir]).exit_code == 0
    attack = next(i for i, r in enumerate(rows, start=1) if r["relation"] == "attacks")
    others = [str(i) for i in range(1, len(rows) + 1) if i != attack]
    result = runner.invoke(
        app, ["review", str(out), "--accept", str(attack), "--reject", ",".join(others), "--store", store_dir]
    )
    assert result.exit_code == 0, result.output
    assert f"accepted 1, rejected {len(others)}" in result.stdout
    status = runner.invoke(
        app, ["query", "actor_relations", "-p", "actor=ukraine", "-p", "status=candidate", "--store", store_dir]
    )
    assert "id:claim" not in status.stdout, "no candidate is left"


def test_extract_without_a_date_asks_for_one(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("France imposed sanctions on Iran.\n")
    result = runner.invoke(app, ["extract", str(article), "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "--published" in result.stderr
    result = runner.invoke(
        app, ["extract", str(article), "--published", "2024-03-01", "--store", str(tmp_path / "none")]
    )
    assert result.exit_code == 0 and "france,sanctions,iran" in result.stdout


def test_evaluate_prints_precision_and_recall_per_relation(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "--evaluate", str(DATA), "--store", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line.split() for line in result.stdout.splitlines() if line.strip()}
    assert "sanctions" in lines and "overall" in lines
    precision, recall = float(lines["overall"][-2]), float(lines["overall"][-1])
    assert precision >= 0.8 and recall >= 0.7


def test_extract_escapes_cells_a_spreadsheet_would_run_as_formulas(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('=HYPERLINK("http://example.org","x")\nParis, 3 March 2024\nFrance imposed sanctions on Iran.\n')
    out = tmp_path / "candidates.csv"
    args = ["extract", str(article), "--publisher", "+x", "--source-url", "@SUM(A1)", "--store", str(tmp_path / "none")]
    for result in (runner.invoke(app, [*args, "-o", str(out)]), runner.invoke(app, args)):
        assert result.exit_code == 0, result.output
    for text in (out.read_text(encoding="utf-8"), result.stdout):
        (row,) = csv.DictReader(io.StringIO(text))
        assert row["source_title"] == safe_cell('=HYPERLINK("http://example.org","x")') == "'" + row["source_title"][1:]
        assert (row["publisher"], row["source_url"]) == ("'+x", "'@SUM(A1)")
        assert row["confidence"] == "0.90"
