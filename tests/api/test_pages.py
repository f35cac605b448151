"""The HTML pages: templates escape what they show, and the docs pages load only vendored files."""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
import tomllib

from fastapi.testclient import TestClient

from api.pages import templates
from tests.support.data import REPO

API = REPO / "api"
VENDOR = API / "static" / "vendor"
HOSTILE = '</script><script>alert("x")</script><b>'


def test_the_sparql_page_escapes_example_titles_and_texts() -> None:
    page = templates.get_template("sparql.html").render(examples=[{"name": "n<i>", "title": HOSTILE, "text": HOSTILE}])
    assert HOSTILE not in page and "<b>" not in page
    assert page.count("</script>") == 2  # the data block's and the page script's own, nothing injected
    data = re.search(r'<script type="application/json" id="example-data">(.*?)</script>', page, re.S)
    assert data is not None and json.loads(data[1])[0]["text"] == HOSTILE


def test_the_landing_page_escapes_query_titles() -> None:
    class Query:
        name, title = "q", HOSTILE

    page = templates.get_template("home.html").render(queries=[Query()])
    assert HOSTILE not in page and "&lt;/script&gt;" in page


def test_the_sparql_page_lists_the_examples(client: TestClient) -> None:
    page = client.get("/sparql", headers={"Accept": "text/html"})
    assert page.headers["content-type"].startswith("text/html")
    assert '<option value="0">' in page.text and "(actor_relations)</option>" in page.text


def test_docs_and_redoc_load_only_files_of_this_server(client: TestClient) -> None:
    for path, vendored in (("/docs", "swagger-ui-bundle.js"), ("/redoc", "redoc.standalone.js")):
        page = client.get(path)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        urls = re.findall(r'(?:src|href|spec-url)="([^"]+)"', page.text)
        assert f"/static/vendor/{vendored}" in urls
        assert all(url.startswith("/") and not url.startswith("//") for url in urls), urls
        assert "http://" not in page.text and "https://" not in page.text
        for url in urls:
            assert client.get(url).status_code == 200, url
    assert '"validatorUrl": null' in client.get("/docs").text


def test_vendored_files_are_the_noted_versions_with_their_licences() -> None:
    note = json.loads((VENDOR / "vendor.json").read_text())
    listed: set[str] = set()
    for package in note["packages"]:
        assert package["version"] and package["licence"]
        assert any("LICENSE" in name for name in package["files"]), package["npm"]
        for name, digest in package["files"].items():
            assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
            listed.add(name)
        for name, patch in package.get("patched", {}).items():
            text = (VENDOR / name).read_text(encoding="utf-8")
            assert patch["replace"] not in text and patch["with"] in text
    assert {p.name for p in VENDOR.iterdir()} == listed | {"vendor.json"}


def test_every_page_and_static_file_is_package_data() -> None:
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["*"]
    files = [p for folder in ("static", "templates") for p in (API / folder).rglob("*") if p.is_file()]
    missing = [str(p.relative_to(API)) for p in files if not any(fnmatch.fnmatch(p.name, pat) for pat in patterns)]
    assert files and missing == []


def test_no_page_or_static_file_links_or_loads_another_host() -> None:
    """No href or src names an http(s) host: the pages work offline and never send readers away."""
    pattern = re.compile(rb"""(?:href|src)\s*=\s*["']https?://""")
    files = [p for folder in ("static", "templates") for p in (API / folder).rglob("*") if p.is_file()]
    assert [str(p.relative_to(API)) for p in files if pattern.search(p.read_bytes())] == []
