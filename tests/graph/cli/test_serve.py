"""``entente serve``: what it hands the server, and the one-line refusals (no real server runs here)."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from graph.cli.app import app
from graph.store import EmbeddedStore

runner = CliRunner()


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[uvicorn.Config]:
    """Stand in for the server's loop: record its config, close the sockets it was handed."""
    configs: list[uvicorn.Config] = []

    def run(self: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
        configs.append(self.config)
        for sock in sockets or []:
            sock.close()
        self.started = True

    monkeypatch.setattr(uvicorn.Server, "run", run)
    monkeypatch.delenv("ENTENTE_STORE", raising=False)
    return configs


@pytest.fixture
def store_dir(tmp_path: Path) -> str:
    location = str(tmp_path / "store")
    result = runner.invoke(app, ["init", "--store", location, "--no-seed"])
    assert result.exit_code == 0, result.output
    return location


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def settings_of(config: uvicorn.Config) -> Any:
    assert isinstance(config.app, FastAPI), "the app is built here, from settings, not named for the server to build"
    return config.app.state.settings


def test_a_remote_store_needs_no_local_directory(served: list[uvicorn.Config]) -> None:
    url = "http://127.0.0.1:9/"
    result = runner.invoke(app, ["serve", "--store", url, "--port", str(free_port())])
    assert result.exit_code == 0, result.output
    assert settings_of(served[0]).store == url


def test_serve_hands_the_settings_over_without_touching_the_environment(
    served: list[uvicorn.Config], store_dir: str
) -> None:
    result = runner.invoke(app, ["serve", "--store", store_dir, "--port", str(free_port())])
    assert result.exit_code == 0, result.output
    assert "ENTENTE_STORE" not in os.environ
    assert settings_of(served[0]).store == store_dir


def test_a_store_held_by_another_process_is_one_line(served: list[uvicorn.Config], store_dir: str) -> None:
    holder = EmbeddedStore(Path(store_dir))
    try:
        result = runner.invoke(app, ["serve", "--store", store_dir, "--port", str(free_port())])
    finally:
        holder.close()
    assert result.exit_code == 1, result.output
    assert "in use by another process" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.output
    assert not served


def test_a_busy_port_is_one_line(served: list[uvicorn.Config], store_dir: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--store", store_dir, "--host", "127.0.0.1", "--port", str(port)])
    assert result.exit_code == 1, result.output
    assert f"127.0.0.1:{port}" in result.stderr and "in use" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not served


def test_a_missing_store_says_what_to_run_not_which_name_was_meant(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--store", str(tmp_path / "absent")])
    assert result.exit_code == 1
    assert "entente init" in result.stderr
    assert "did you mean" not in result.stderr


def test_the_access_log_follows_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.cli.serve import run
    from graph.settings import Settings

    seen: list[bool] = []

    class Config:
        def __init__(self, app: object, **options: object) -> None:
            seen.append(bool(options["access_log"]))
            raise SystemExit(3)  # before anything listens

    monkeypatch.setattr(uvicorn, "Config", Config)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        for value in ("false", "true"):
            monkeypatch.setenv("ENTENTE_ACCESS_LOG", value)
            with pytest.raises(SystemExit):
                run(object(), listener, Settings(store=":memory:"))
    assert seen == [False, True]
