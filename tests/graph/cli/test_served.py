"""The command line and `entente serve` on one store at once: the README's tour while the server
runs (reads from a snapshot, writes through the server, which sees them at once), and a second
server on the same store refused in one line."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.intake.load import init_store
from graph.store import EmbeddedStore, served_by
from graph.store.served import NOTE
from tests.support.servers import BIN, entente_server, free_port

pytestmark = pytest.mark.server

CLAIMS = (
    "subject,relation,object,quote,source_title,published\n"
    "France,sanctions,Iran,France adopted new sanctions on Iran.,A wire,2024-05-01\n"
)
ARTICLE = """PARIS, May 2, 2024 — Germany imposed sanctions on Iran on Thursday, its foreign ministry said.
"""


def entente(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENTENTE_")}
    return subprocess.run([str(BIN / "entente"), *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    location = tmp_path_factory.mktemp("served") / "store"
    store = EmbeddedStore(location)
    init_store(store)
    store.close()
    with entente_server(location) as (url, _process):
        yield location, url
    assert not (location / NOTE).exists()  # the server took its note away when it stopped


def test_the_note_is_the_servers_and_private(served: tuple[Path, str]) -> None:
    location, url = served
    server = served_by(location)
    assert server is not None and server.url == url
    assert stat.S_IMODE((location / NOTE).stat().st_mode) == 0o600


def test_the_tour_works_while_the_server_runs(served: tuple[Path, str], tmp_path: Path) -> None:
    location, url = served
    claims, article, candidates = tmp_path / "claims.csv", tmp_path / "article.txt", tmp_path / "candidates.csv"
    claims.write_text(CLAIMS, encoding="utf-8")
    article.write_text(ARTICLE, encoding="utf-8")

    loaded = entente("load", str(claims), "--as", "ana", "--store", str(location))
    assert loaded.returncode == 0, loaded.stderr
    assert "loaded 1 file(s)" in loaded.stdout and "served at " + url in loaded.stderr
    seen = httpx.get(url + "/actors/france/relations").json()["data"]  # the server sees it at once
    assert any(r["relation"] == "sanctions" and r["object"]["id"] == "iran" for r in seen)

    extracted = entente("extract", str(article), "-o", str(candidates), "--store", str(location))
    assert extracted.returncode == 0, extracted.stderr
    reviewed = entente("review", str(candidates), "--accept", "1", "--as", "ben", "--store", str(location))
    assert reviewed.returncode == 0, reviewed.stderr
    assert "accepted 1" in reviewed.stdout

    queried = entente(
        "query", "actor_relations", "--param", "actor=Germany", "--format", "json", "--store", str(location)
    )
    assert queried.returncode == 0, queried.stderr
    assert any(row["object"].endswith("/iran") for row in json.loads(queried.stdout))
    seen = httpx.get(url + "/actors/germany/relations").json()["data"]
    assert any(r["relation"] == "sanctions" for r in seen)

    [claim] = {c["id"] for r in httpx.get(url + "/actors/france/relations").json()["data"] for c in r["claims"]}
    retracted = entente("claims", "retract", claim, "--reason", "a misread wire", "--store", str(location))
    assert retracted.returncode == 0, retracted.stderr
    history = httpx.get(f"{url}/claims/{claim}/history").json()
    first = history[0]
    assert (first["from_status"], first["to_status"], first["by"]) == (None, "asserted", "ana")
    assert history[-1]["to_status"] == "retracted"


def test_a_second_server_on_the_store_is_one_line(served: tuple[Path, str]) -> None:
    location, url = served
    second = entente("serve", "--store", str(location), "--port", str(free_port()))
    assert second.returncode == 1
    assert second.stderr.strip().count("\n") == 0 and "served already, at " + url in second.stderr


def test_a_busy_port_is_one_line(served: tuple[Path, str], tmp_path: Path) -> None:
    _location, url = served
    other = tmp_path / "other"
    store = EmbeddedStore(other)
    init_store(store, seed=False)
    store.close()
    busy = entente("serve", "--store", str(other), "--port", url.rsplit(":", 1)[1])
    assert busy.returncode == 1 and busy.stderr.strip().count("\n") == 0 and "is in use" in busy.stderr
