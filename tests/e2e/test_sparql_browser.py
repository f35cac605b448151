"""The SPARQL page (YASGUI) in a real headless Chromium: permalinks open the editor with their
query and run it, results show prefixed names, and a syntax error says where and what."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser

pytestmark = [pytest.mark.browser, pytest.mark.server]

QUERY = """PREFIX ent: <https://w3id.org/entente/ontology#>
PREFIX id: <https://w3id.org/entente/id/>
SELECT ?relation ?object WHERE { id:russia ?relation ?object . ?relation a ent:RelationType }
ORDER BY ?relation ?object"""
BROKEN = "SELECT * WHERE { ?s ?p ?o .\n  FILTER(?s = ) }"


def test_a_permalink_opens_the_editor_with_its_query_and_runs_it(server: str, browser: Browser, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        response = page.goto(server + "/sparql?query=" + quote(QUERY))
        assert response is not None and response.headers["content-type"].startswith("text/html")
        page.wait_for_selector(".yasr .dataTable tbody tr", timeout=20_000)
        editor = page.evaluate("() => entente.yasgui.getTab().getYasqe().getValue()")
        assert editor == QUERY
        table = page.inner_text(".yasr .dataTable")
        assert "ent:attacks" in table and "id:ukraine" in table  # prefixed names, not full IRIs
        permalink = page.get_attribute("#permalink", "href") or ""
        assert permalink == server + "/sparql?query=" + quote(QUERY, safe="-_.!~*'()")
        page.screenshot(path=str(tmp_path / "permalink.png"), full_page=True)
        assert errors == []
    finally:
        page.close()


def test_a_syntax_error_shows_line_column_and_a_short_expectation(
    server: str, browser: Browser, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    try:
        page.goto(server + "/sparql?query=" + quote(BROKEN))
        page.wait_for_selector(".problem", timeout=20_000)
        message = page.inner_text(".problem")
        assert "line 2, column" in message and "expected" in message
        assert "[" not in message.splitlines()[0]  # no character classes
        assert len(message.splitlines()[0]) < 160
        page.screenshot(path=str(tmp_path / "error.png"))
    finally:
        page.close()


def test_ententes_prefixes_are_predeclared(server: str, browser: Browser, tmp_path: Path) -> None:
    """A link whose query uses ent: and id: without declaring them runs, and the editor shows
    the declarations, as the Wikidata Query Service does for its prefixes."""
    bare = "SELECT ?object WHERE { id:russia ent:formsBlocWith ?object }"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server + "/sparql?query=" + quote(bare))
        page.wait_for_selector(".yasr .dataTable tbody tr", timeout=30_000)
        editor = page.evaluate("() => entente.yasgui.getTab().getYasqe().getValue()")
        assert "PREFIX ent: <https://w3id.org/entente/ontology#>" in editor
        assert "PREFIX id: <https://w3id.org/entente/id/>" in editor and editor.rstrip().endswith(bare)
        assert "id:china" in page.inner_text(".yasr .dataTable")
        page.screenshot(path=str(tmp_path / "predeclared.png"), full_page=True)
    finally:
        page.close()
