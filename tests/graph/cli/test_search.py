"""``entente search``: ranked hits with the matching words marked."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from graph.cli.app import app

runner = CliRunner()


def test_search_marks_the_word_and_names_the_claim(tmp_path: Path) -> None:
    location = str(tmp_path / "store")
    assert runner.invoke(app, ["init", "--store", location]).exit_code == 0
    result = runner.invoke(app, ["search", "anachronism", "--store", location])
    assert result.exit_code == 0, result.output
    assert "«anachronism»" in result.stdout and "Russia criticises NATO" in result.stdout
    found = json.loads(
        runner.invoke(app, ["search", "reset", "--kind", "source", "-f", "json", "--store", location]).stdout
    )
    assert found["total"] == 1 and found["data"][0]["kind"] == "source"
    bad = runner.invoke(app, ["search", "reset", "--kind", "planet", "--store", location])
    assert bad.exit_code != 0
