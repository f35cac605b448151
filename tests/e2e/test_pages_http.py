"""Who gets a page and who gets data: browsers (text/html first) get forms and the editor; SPARQL,
JSON and CSV clients get what they got before."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

pytestmark = [pytest.mark.server]

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


def get(url: str, accept: str | None = None) -> tuple[int, str, str]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["content-type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["content-type"], error.read().decode()


def test_sparql_answers_html_to_browsers_only(server: str) -> None:
    url = server + "/sparql?query=" + quote(QUERY)
    status, media, body = get(url, BROWSER)
    assert status == 200 and media.startswith("text/html") and "yasgui" in body
    for accept in (None, "*/*", "application/sparql-results+json", "text/csv", "application/json, text/html;q=0.5"):
        status, media, _ = get(url, accept)
        assert status == 200 and not media.startswith("text/html"), accept


def test_named_queries_are_forms_for_browsers_and_data_for_clients(server: str) -> None:
    status, media, body = get(server + "/queries/actor_relations", BROWSER)
    assert status == 200 and media.startswith("text/html")
    assert 'name="actor"' in body and 'type="date"' in body and '<select id="p-direction"' in body
    status, media, body = get(server + "/queries/actor_relations?actor=russia&as_of=2024-11-08", BROWSER)
    assert status == 200 and "<table" in body and 'href="/actors/united-states"' in body
    assert "format=csv" in body and "format=json" in body
    status, media, body = get(server + "/queries/actor_relations?actor=nobody-at-all", BROWSER)
    assert status == 400 and media.startswith("text/html") and "nobody-at-all" in body

    status, media, body = get(server + "/queries/actor_relations?actor=russia")
    assert status == 200 and media.startswith("application/json") and json.loads(body)["count"] > 0
    status, media, _ = get(server + "/queries/actor_relations")
    assert status == 400 and media.startswith("application/problem+json")
    status, media, _ = get(server + "/queries/who_sanctions", "text/csv")
    assert status == 200 and media.startswith("text/csv")
    status, media, _ = get(server + "/queries/who_sanctions?format=json", BROWSER)
    assert status == 200 and media.startswith("application/json")


def test_every_named_query_the_landing_page_links_opens_for_a_browser(server: str) -> None:
    _, _, home = get(server + "/", BROWSER)
    links = [part.split('"', 1)[0] for part in home.split('href="/queries/')[1:]]
    assert "actor_relations" in links
    for name in links:
        status, media, _ = get(server + "/queries/" + name, BROWSER)
        assert status == 200 and media.startswith("text/html"), name
