"""``entente review``: answers from a terminal or a pipe, unknown answers, rejected rows stay rejected."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import review as review_module
from graph.cli.app import app
from tests.support.data import claims_csv

runner = CliRunner()
CANDIDATES = claims_csv(
    'france,sanctions,iran,,,,candidate,0.6,false,"France imposed sanctions on Iran.",,Wire,,2024-03-01',
    'germany,supports,ukraine,,,,candidate,0.7,false,"Germany sent weapons to Ukraine.",,Wire,,2024-03-01',
    'poland,supports,ukraine,,,,candidate,0.7,false,"Poland sent tanks to Ukraine.",,Wire,,2024-03-01',
)


@pytest.fixture
def setup(tmp_path: Path) -> tuple[str, str]:
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["init", "--store", store]).exit_code == 0
    file = tmp_path / "candidates.csv"
    file.write_bytes(CANDIDATES)
    result = runner.invoke(app, ["load", str(file), "--store", store])
    assert result.exit_code == 0, result.output
    return store, str(file)


def candidates(store: str) -> str:
    result = runner.invoke(app, ["query", "claims", "-p", "status=candidate", "-f", "csv", "--store", store])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_answers_can_come_from_a_pipe(setup: tuple[str, str]) -> None:
    store, file = setup
    result = runner.invoke(app, ["review", file, "--store", store], input="a\nr\n\n")
    assert result.exit_code == 0, result.output
    assert "accepted 1, rejected 1 of 3 rows" in result.stdout
    assert "france" not in candidates(store) and "germany" not in candidates(store) and "poland" in candidates(store)


def test_a_piped_unknown_answer_fails_naming_the_row(setup: tuple[str, str]) -> None:
    store, file = setup
    result = runner.invoke(app, ["review", file, "--store", store], input="a\nx\ns\n")
    assert result.exit_code == 1
    assert "row 2: 'x' is not a, r or s" in result.stderr
    assert "france" in candidates(store)  # nothing was written
    ended = runner.invoke(app, ["review", file, "--store", store], input="a\n")
    assert ended.exit_code == 1 and "row 2: no answer" in ended.stderr


def test_at_a_terminal_an_unknown_answer_is_asked_again(
    setup: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, file = setup
    monkeypatch.setattr(review_module, "interactive", lambda: True)
    result = runner.invoke(app, ["review", file, "--store", store], input="yes\na\ns\ns\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("answer a (accept), r (reject) or s (skip)") == 1
    assert "accepted 1, rejected 0 of 3 rows" in result.stdout


def test_a_rejected_row_stays_rejected_unless_restored(setup: tuple[str, str]) -> None:
    store, file = setup
    assert runner.invoke(app, ["review", file, "--reject", "1", "--store", store]).exit_code == 0
    again = runner.invoke(app, ["review", file, "--accept", "1", "--store", store])
    assert again.exit_code == 1 and "row 1 was rejected earlier" in again.stderr
    asked = runner.invoke(app, ["review", file, "--store", store], input="s\ns\n")
    assert asked.exit_code == 0, asked.output
    assert "rejected earlier: skipped (--restore 1" in asked.stdout
    restored = runner.invoke(app, ["review", file, "--restore", "1", "--accept", "1", "--store", store])
    assert restored.exit_code == 0, restored.output
    assert "accepted 1, rejected 0, restored 1 of 3 rows" in restored.stdout
