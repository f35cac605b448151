"""Every file of the bad-input corpus gets a clear error naming where, and the store is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.app import app
from tests.support.data import BAD_INPUT

CORPUS = BAD_INPUT
EXPECTED: dict[str, str] = json.loads((CORPUS / "expected.json").read_text())
runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = str(tmp_path_factory.mktemp("bad") / "store")
    assert runner.invoke(app, ["init", "--store", location]).exit_code == 0
    return location


def dump(store_dir: str) -> bytes:
    result = runner.invoke(app, ["dump", "--store", store_dir])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def test_the_corpus_covers_every_file() -> None:
    files = {p.name for p in CORPUS.iterdir()} - {"expected.json"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_load_refuses_with_a_clear_error_and_changes_nothing(store_dir: str, name: str) -> None:
    before = dump(store_dir)
    result = runner.invoke(app, ["load", str(CORPUS / name), "--store", store_dir])
    assert result.exit_code == 1, result.output
    assert EXPECTED[name] in result.stderr, result.stderr
    assert "Traceback" not in result.output
    assert dump(store_dir) == before


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validate_reports_the_same_problem(store_dir: str, name: str) -> None:
    result = runner.invoke(app, ["validate", str(CORPUS / name), "--store", store_dir])
    assert result.exit_code == 1
    assert EXPECTED[name] in result.stderr


def test_a_10_mb_unterminated_literal_is_an_error_at_its_line(store_dir: str, tmp_path: Path) -> None:
    path = tmp_path / "huge-literal.ttl"
    path.write_bytes(b'<https://example.org/a> <https://example.org/b> "' + b"x" * 10_000_000 + b"\n")
    before = dump(store_dir)
    result = runner.invoke(app, ["load", str(path), "--store", store_dir])
    assert result.exit_code == 1
    assert f"{path}:1" in result.stderr
    assert dump(store_dir) == before


def test_a_second_writer_on_the_same_store_fails_fast_with_a_clear_message(store_dir: str) -> None:
    from graph.errors import StoreError
    from graph.store.embedded import EmbeddedStore

    first = EmbeddedStore(Path(store_dir))
    try:
        with pytest.raises(StoreError, match="in use by another process"):
            EmbeddedStore(Path(store_dir))
    finally:
        first.close()


def test_a_literal_over_max_literal_bytes_is_refused_at_its_line(store_dir: str, tmp_path: Path) -> None:
    path = tmp_path / "big-literal.ttl"
    path.write_bytes(b'@prefix ex: <https://example.org/> .\nex:a ex:quote "' + b"x" * 1_100_000 + b'" .\n')
    before = dump(store_dir)
    result = runner.invoke(app, ["load", str(path), "--store", store_dir])
    assert result.exit_code == 1
    assert f"{path}:2" in result.stderr and "max_literal_bytes" in result.stderr
    assert dump(store_dir) == before
