"""Every page of entente in a real headless Chromium asks its own server and no other host."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.server]

HOST = "127.0.0.1"
LOCAL_SCHEMES = {"data", "blob"}  # URLs that name no host: nothing leaves the browser


def swagger_ui_rendered(page: Page) -> None:
    page.wait_for_selector("#swagger-ui .opblock-tag-section", state="visible", timeout=20_000)
    assert page.locator("#swagger-ui .opblock").count() > 20, "every operation is listed"
    page.locator("#swagger-ui .opblock-summary-path", has_text="/actors/{actor}/relations").first.wait_for()


def redoc_rendered(page: Page) -> None:
    page.wait_for_selector(".api-content", state="visible", timeout=20_000)
    assert "entente" in page.inner_text(".api-info")
    assert page.locator(".menu-content li").count() > 20


def home_rendered(page: Page) -> None:
    assert page.locator('a[href="/queries/actor_relations"]').count() == 1


def viewer_rendered(page: Page) -> None:
    page.wait_for_function("window.entente && window.entente.state.loaded && !window.entente.state.loading")


def sparql_page_runs_a_query(page: Page) -> None:
    page.wait_for_selector(".yasqe .CodeMirror", timeout=20_000)
    page.select_option("#examples", index=1)  # the first example: into the editor, and run
    page.wait_for_selector(".yasr .dataTable tbody tr", timeout=20_000)
    assert page.locator(".yasr .dataTable tbody tr").count() >= 1


def query_form_runs(page: Page) -> None:
    assert page.locator("form#params input[name=actor]").count() == 1
    page.fill("input[name=actor]", "Moscow")
    page.fill("input[name=as_of]", "2024-11-08")
    page.click("form#params button[type=submit]")
    page.wait_for_selector("table.results tbody tr", timeout=20_000)
    assert "as_of=2024-11-08" in page.url and "known_at" not in page.url  # empty fields stay out


PAGES: dict[str, Callable[[Page], None]] = {
    "/docs": swagger_ui_rendered,
    "/redoc": redoc_rendered,
    "/": home_rendered,
    "/viz": viewer_rendered,
    "/sparql": sparql_page_runs_a_query,
    "/queries/actor_relations": query_form_runs,
}


def foreign(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in LOCAL_SCHEMES and parts.hostname != HOST


@pytest.mark.parametrize("path", list(PAGES))
def test_the_page_renders_and_requests_nothing_from_another_host(
    server: str, browser: Browser, tmp_path: Path, path: str
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        everything: list[str] = []  # from any page or worker of the context
        context.on("request", lambda request: everything.append(request.url))
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))

        page.goto(server + path)
        PAGES[path](page)
        page.wait_for_load_state("networkidle")
        shot = tmp_path / (path.strip("/").replace("/", "-") or "home")
        page.screenshot(path=str(shot.with_suffix(".png")), full_page=path != "/redoc")

        assert requests and requests[0] == server + path
        assert [url for url in requests + everything if foreign(url)] == [], "the page must need no other host"
        assert errors == []
    finally:
        context.close()
