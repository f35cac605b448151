"""kill -9 in the middle of a large load: the store reopens with the old state or the new, never half."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.intake.load import init_store
from graph.store.embedded import EmbeddedStore
from tests.support.data import HEADER

CLAIMS = 20_000  # about 340,000 quads: past the bulk-load threshold


def big_claims_file(path: Path) -> None:
    states = ["russia", "united-states", "iran", "china", "ukraine", "france", "germany", "india", "brazil", "japan"]
    relations = ["supports", "criticises", "cooperatesWith", "sanctions", "praises"]
    rows = [
        f'{states[i % 10]},{relations[i % 5]},{states[(i * 7 + 3) % 10]},,,,,0.5,false,"quote number {i}",,Wire {i // 50},,2024-01-01'
        for i in range(CLAIMS)
    ]
    path.write_text(HEADER + "\n".join(rows) + "\n")


def claim_count(store_dir: Path) -> int:
    store = EmbeddedStore(store_dir)
    try:
        [(n,)] = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/entente/ontology#Claim> }").rows
        assert n is not None
        return int(n.value)  # type: ignore[union-attr]
    finally:
        store.close()


@pytest.mark.server
def test_a_load_killed_midway_leaves_the_old_state_or_the_new(tmp_path: Path) -> None:
    data = tmp_path / "big.csv"
    big_claims_file(data)
    store_dir = tmp_path / "store"
    seed = EmbeddedStore(store_dir)
    init_store(seed)
    seed.close()
    old = claim_count(store_dir)
    entente = [str(Path(sys.executable).parent / "entente"), "load", str(data), "--store"]
    started = time.monotonic()  # one load to completion into a scratch store, to time the kills
    scratch = tmp_path / "scratch"
    subprocess.run([str(entente[0]), "init", "--store", str(scratch)], check=True, capture_output=True)
    subprocess.run([*entente, str(scratch)], check=True, capture_output=True)
    duration = time.monotonic() - started
    timing = random.Random(7)
    for _attempt in range(3):
        process = subprocess.Popen([*entente, str(store_dir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(timing.uniform(0.3, 1.1) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert claim_count(store_dir) in (old, old + CLAIMS)
        assert not list(store_dir.glob("bulk-*.sst")), "orphan bulk-load files are cleaned on open"
