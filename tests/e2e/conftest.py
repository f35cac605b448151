"""A real `entente serve` on a loopback port and Debian's Chromium, shared by the browser tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.support.servers import entente_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path("/usr/bin/chromium")
ENTENTE = Path(sys.executable).with_name("entente")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server's base URL (http://127.0.0.1:PORT), on a freshly initialised seed store."""
    store = tmp_path_factory.mktemp("e2e") / "store"
    subprocess.run([str(ENTENTE), "init", "--store", str(store)], check=True, capture_output=True)
    with entente_server(store) as (base, _process):
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium from Debian (Playwright downloads no browser of its own)."""
    assert CHROMIUM.exists(), "Debian's chromium is missing: `make browser` (part of `make test`) installs it"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()
