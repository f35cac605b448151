"""The /viz page in a real headless Chromium, against a real `entente serve` on a loopback port."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser

pytestmark = [pytest.mark.browser, pytest.mark.server]

INVASION = "russia|attacks|ukraine"
PRAISE = "donald-trump|praises|vladimir-putin"
SEED_NODES, SEED_EDGES = 10, 14
LOADED = "window.entente && window.entente.state.loaded === {!r} && !window.entente.state.loading"


def test_the_viewer_draws_filters_by_date_and_shows_evidence(server: str, browser: Browser, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(server + "/viz")
        today = date.today().isoformat()
        page.wait_for_function(LOADED.format(today), timeout=20_000)

        drawn = page.evaluate(
            "() => ({nodes: entente.cy.nodes(':visible').length, edges: entente.cy.edges(':visible').map(e => e.id())})"
        )
        assert drawn["nodes"] == SEED_NODES
        assert len(drawn["edges"]) == SEED_EDGES and INVASION in drawn["edges"]
        colour = page.evaluate(f"() => entente.cy.getElementById({INVASION!r}).style('line-color')")
        assert colour == "rgb(198,40,40)"  # hostile ties are red

        day = (date(2021, 1, 1) - date(1970, 1, 1)).days
        page.eval_on_selector(
            "#as-of",
            "(slider, day) => { slider.value = String(day);"
            " slider.dispatchEvent(new Event('input')); slider.dispatchEvent(new Event('change')); }",
            day,
        )
        page.wait_for_function(LOADED.format("2021-01-01"), timeout=20_000)
        assert page.inner_text("#as-of-label") == "2021-01-01"
        remaining = page.evaluate("() => entente.cy.edges(':visible').map(e => e.id())")
        assert INVASION not in remaining
        assert remaining == [PRAISE]

        point = page.evaluate(
            "(id) => { const edge = entente.cy.getElementById(id); const at = edge.renderedMidpoint();"
            " const box = entente.cy.container().getBoundingClientRect();"
            " return {x: box.left + at.x, y: box.top + at.y}; }",
            PRAISE,
        )
        page.mouse.click(point["x"], point["y"])
        page.wait_for_selector("#panel blockquote", timeout=5_000)
        assert page.inner_text("#panel blockquote") == "Donald Trump consistently praised Putin"
        assert "Institute for the Study of War" in page.inner_text("#panel") or "ISW" in page.inner_text("#panel")

        page.screenshot(path=str(tmp_path / "viz.png"), full_page=True)
        assert (tmp_path / "viz.png").stat().st_size > 0
        assert errors == []
        assert all(url.startswith(server) for url in requests), "the page must need no internet"
    finally:
        page.close()
