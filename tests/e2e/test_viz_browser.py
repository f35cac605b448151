"""The /viz page in a real headless Chromium, against a real `entente serve` on a loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.server]

INVASION = "russia|attacks|ukraine"
PRAISE = "donald-trump|praises|vladimir-putin"
BLOC = "china|formsBlocWith|russia"
SEED_ACTORS = {"russia", "united-states", "iran", "north-korea", "china", "nato", "brics", "ukraine"}
SEED_ACTORS |= {"vladimir-putin", "donald-trump"}
SEED_TIES = 14  # the seed's direct edges; the reference claims may add suspensions (polarity -1)
LOADED = "window.entente && window.entente.state.loaded === {!r} && !window.entente.state.loading"
POSITIONS = "() => Object.fromEntries(entente.cy.nodes(':visible').map(n => [n.id(), n.position()]))"


@pytest.fixture
def viewer(server: str, browser: Browser) -> Iterator[tuple[Page, list[str], list[str]]]:
    """/viz, loaded at today's date; with the page's errors and every URL it asked for."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(server + "/viz")
        page.wait_for_function(LOADED.format(date.today().isoformat()), timeout=30_000)
        yield page, errors, requests
    finally:
        page.close()


def move_slider(page: Page, iso: str) -> None:
    day = (date.fromisoformat(iso) - date(1970, 1, 1)).days
    page.eval_on_selector(
        "#as-of",
        "(slider, day) => { slider.value = String(day);"
        " slider.dispatchEvent(new Event('input')); slider.dispatchEvent(new Event('change')); }",
        day,
    )
    page.wait_for_function(LOADED.format(iso), timeout=20_000)


def click_element(page: Page, element_id: str) -> None:
    """A real mouse click where Cytoscape draws the node or the middle of the edge."""
    point = page.evaluate(
        "(id) => { const e = entente.cy.getElementById(id);"
        " const at = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();"
        " const box = entente.cy.container().getBoundingClientRect();"
        " return {x: box.left + at.x, y: box.top + at.y}; }",
        element_id,
    )
    page.mouse.click(point["x"], point["y"])


def test_the_viewer_draws_filters_by_date_and_shows_evidence(
    server: str, viewer: tuple[Page, list[str], list[str]], tmp_path: Path
) -> None:
    page, errors, requests = viewer
    drawn = page.evaluate(
        "() => ({nodes: entente.cy.nodes(':visible').map(n => n.id()), edges: entente.cy.edges(':visible').map(e => e.id())})"
    )
    assert set(drawn["nodes"]) >= SEED_ACTORS
    seed_ties = [e for e in drawn["edges"] if e.split("|")[1] != "suspendedFrom"]
    assert len(seed_ties) == SEED_TIES and INVASION in seed_ties
    structural = page.evaluate("() => entente.cy.edges(':visible').filter(e => e.data('polarity') === 0).length")
    assert structural == 0, "memberships and leaders are behind a filter by default"
    colour = page.evaluate(f"() => entente.cy.getElementById({INVASION!r}).style('line-color')")
    assert colour == "rgb(198,40,40)"  # hostile ties are red

    move_slider(page, "2021-01-01")
    assert page.inner_text("#as-of-label") == "2021-01-01"
    remaining = page.evaluate("() => entente.cy.edges(':visible').map(e => e.id())")
    assert PRAISE in remaining and INVASION not in remaining
    assert [e for e in remaining if e.split("|")[1] != "suspendedFrom"] == [PRAISE]

    click_element(page, PRAISE)
    page.wait_for_selector("#panel blockquote", timeout=30_000)
    assert page.inner_text("#panel blockquote") == "Donald Trump consistently praised Putin"
    assert "Institute for the Study of War" in page.inner_text("#panel") or "ISW" in page.inner_text("#panel")

    page.screenshot(path=str(tmp_path / "viz.png"), full_page=True)
    assert errors == []
    assert all(url.startswith(server) for url in requests), "the page must need no internet"


def test_a_contested_tie_is_drawn_as_such_and_shows_assertion_and_denial_side_by_side(
    viewer: tuple[Page, list[str], list[str]], tmp_path: Path
) -> None:
    page, errors, _ = viewer
    move_slider(page, "2024-11-08")
    style = page.evaluate(
        f"() => {{ const e = entente.cy.getElementById({BLOC!r});"
        " return {dashed: e.style('line-style'), mark: e.style('mid-source-arrow-shape'), contested: e.data('contested')}; }"
    )
    assert style == {"dashed": "dashed", "mark": "diamond", "contested": True}
    uncontested = page.evaluate(f"() => entente.cy.getElementById({INVASION!r}).style('line-style')")
    assert uncontested == "solid"

    click_element(page, BLOC)
    page.wait_for_selector("#panel .contest .denies .claim", timeout=30_000)
    asserts, denies = page.inner_text("#panel .contest .asserts"), page.inner_text("#panel .contest .denies")
    assert "Institute for the Study of War" in asserts and "asserts" in asserts
    assert "forming a new anti-Western bloc" in asserts
    assert "Vladimir Putin" in denies and "denies" in denies
    assert "portrayed BRICS as a non-bloc alternative" in denies
    for side in ("asserts", "denies"):
        assert "reported 2024-11-08" in page.inner_text(f"#panel .contest .{side}")
        source = page.locator(f"#panel .contest .{side} .source a").first.get_attribute("href") or ""
        assert source.startswith("/sources/")
    # the timeline strip shows the tie's claims, the denial among them
    assert page.locator("#timeline svg rect.bar").count() >= 2
    assert page.locator("#timeline svg rect.bar.denied").count() >= 1
    page.screenshot(path=str(tmp_path / "contest.png"))
    assert errors == []


def test_positions_stay_put_while_the_date_moves(viewer: tuple[Page, list[str], list[str]], tmp_path: Path) -> None:
    page, errors, _ = viewer
    move_slider(page, "2024-11-08")
    before = page.evaluate(POSITIONS)
    page.screenshot(path=str(tmp_path / "2024-11-08.png"))
    move_slider(page, "2021-01-01")
    during = page.evaluate(POSITIONS)
    page.screenshot(path=str(tmp_path / "2021-01-01.png"))
    move_slider(page, "2024-11-08")
    after = page.evaluate(POSITIONS)

    assert set(before) - set(during), "some actors have no tie in 2021"
    both = set(before) & set(during)
    assert both and all(during[node] == before[node] for node in both), "a remaining node moved"
    assert after == before
    page.fill("#confidence", "0.85")
    page.dispatch_event("#confidence", "input")
    assert all(position == before[node] for node, position in page.evaluate(POSITIONS).items())
    assert errors == []


def test_clicking_russia_shows_its_memberships_and_relations(
    viewer: tuple[Page, list[str], list[str]], tmp_path: Path
) -> None:
    page, errors, _ = viewer
    move_slider(page, "2024-11-08")
    click_element(page, "russia")
    page.wait_for_selector("#panel table.counts", timeout=30_000)
    panel = page.inner_text("#panel")
    assert "Russia" in panel and "State" in panel and "Kremlin" in panel
    assert "member of on 2024-11-08".upper() in panel.upper() and "BRICS" in panel
    assert "Vladimir Putin" in panel  # led by, as of the slider's date
    counts = page.inner_text("#panel table.counts")
    assert "forms bloc with" in counts and "attacks" in counts
    assert page.locator('#panel a[href="/actors/russia"]').count() == 1
    wikidata = page.locator("#panel a", has_text="Wikidata").get_attribute("href")
    assert wikidata == "https://www.wikidata.org/wiki/Q159"
    assert page.locator("#timeline svg rect.bar").count() >= 5

    # The page settled on Russia (no view still loading: a late one redraws) before the hops change.
    page.wait_for_function(
        "() => entente.state.focus === 'russia' && !entente.state.loading && entente.state.loaded === '2024-11-08'",
        timeout=20_000,
    )
    page.select_option("#hops", "1")
    # The hop filter settles after the change event's redraw (a run saw Putin still drawn right after it).
    page.wait_for_function(
        "() => { const shown = entente.cy.nodes(':visible').map(n => n.id());"
        " return shown.includes('russia') && !shown.includes('vladimir-putin'); }",
        timeout=20_000,
    )  # Putin has no tie of his own to Russia
    page.screenshot(path=str(tmp_path / "russia.png"))
    assert errors == []


def test_search_focuses_an_actor_and_export_links_follow_the_filters(
    viewer: tuple[Page, list[str], list[str]], tmp_path: Path
) -> None:
    page, errors, _ = viewer
    page.fill("#search", "Kreml")
    page.wait_for_selector("#search-results li", timeout=30_000)
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel table.counts", timeout=30_000)
    assert page.evaluate("() => entente.cy.$(':selected').map(n => n.id())") == ["russia"]

    move_slider(page, "2024-11-08")
    gexf = page.get_attribute("#gexf", "href") or ""
    assert gexf.startswith("/export/gexf?") and "as_of=2024-11-08" in gexf and "relation=attacks" in gexf
    with page.expect_download() as png:
        page.click("#export summary")
        page.click("#png")
    assert png.value.suggested_filename == "entente-2024-11-08.png"
    svg = page.evaluate("() => entente.toSvg()")
    assert svg.startswith("<svg") and "Russia" in svg
    page.screenshot(path=str(tmp_path / "search.png"))
    assert errors == []


def test_the_header_fits_in_one_line_at_800_pixels(server: str, browser: Browser, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 800, "height": 700})
    try:
        page.goto(server + "/viz")
        page.wait_for_function("window.entente && window.entente.state.loaded && !window.entente.state.loading")
        header = page.eval_on_selector("header", "h => h.getBoundingClientRect().height")
        cy = page.eval_on_selector("#cy", "c => c.getBoundingClientRect()")
        assert header < 50 and cy["top"] >= header - 1 and cy["width"] > 400 and cy["height"] > 300
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 800
        page.screenshot(path=str(tmp_path / "viz-800.png"))
    finally:
        page.close()


@pytest.fixture(scope="module")
def large_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on a generated world of 8,000 claims among 80 actors: more than one view draws."""
    from bench.generate import write_world
    from graph.intake.load import init_store, load_files
    from graph.store.embedded import EmbeddedStore
    from tests.support.servers import entente_server

    folder = tmp_path_factory.mktemp("large")
    write_world(folder / "world", 8000, seed=3)
    store = EmbeddedStore(folder / "store")
    init_store(store, seed=False)
    load_files(store, [folder / "world" / "actors.ttl"])
    load_files(store, [folder / "world" / "claims.csv"])
    store.close()
    with entente_server(folder / "store") as (base, _process):
        yield base


# An actor not drawn that has ties on the slider's date (under the page's filters), and its label.
FIND_UNDRAWN = """async () => {
  const shown = new Set(entente.cy.nodes(':visible').map(n => n.id()));
  const actors = (await (await fetch('/actors?limit=200')).json()).data;
  for (const actor of actors) {
    if (shown.has(actor.id)) continue;
    const params = entente.exportParams({actors: 1, ties: 1, per_actor: 1, expand: actor.id});
    const view = await (await fetch('/viz/view?' + params.toString())).json();
    if (view.elements.edges.some(e => e.data.source === actor.id || e.data.target === actor.id)) return actor;
  }
  return null;
}"""


def test_a_large_graph_is_drawn_as_its_most_active_actors_and_an_actor_expands(
    large_server: str, browser: Browser, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(large_server + "/viz")
        page.wait_for_function(LOADED.format(date.today().isoformat()), timeout=60_000)
        move_slider(page, "2015-06-30")
        drawn = page.evaluate("() => ({nodes: entente.cy.nodes().length, edges: entente.cy.edges().length})")
        totals = page.evaluate("() => entente.state.totals")
        assert totals["ties"] > 150 and totals["actors"] > 40, "the world is larger than one view"
        assert drawn["edges"] <= 2 * 150 and drawn["nodes"] <= 2 * 40, "never the whole graph"
        visible = page.evaluate("() => entente.cy.edges(':visible').length")
        assert 0 < visible <= 150
        assert "of " + str(totals["actors"]) in page.inner_text("#status")

        # the least active actor on that date is not drawn; the search brings it in with its ties
        missing = page.evaluate(FIND_UNDRAWN)
        page.fill("#search", missing["label"])
        page.wait_for_selector("#search-results li", timeout=30_000)
        page.keyboard.press("Enter")
        page.wait_for_selector("#panel #expand", timeout=30_000)
        ties = page.evaluate(
            "(id) => entente.cy.getElementById(id).connectedEdges(':visible').map(e => e.id())", missing["id"]
        )
        assert ties and all(missing["id"] in tie.split("|") for tie in ties)
        assert len(ties) <= 25
        assert page.evaluate("() => entente.cy.$(':selected').map(n => n.id())") == [missing["id"]]
        # the expanded actor stays with the date's own view when the date moves
        move_slider(page, "2016-06-30")
        assert page.evaluate("(id) => entente.state.expanded.has(id)", missing["id"])
        page.screenshot(path=str(tmp_path / "large.png"))
        assert errors == []
    finally:
        page.close()
