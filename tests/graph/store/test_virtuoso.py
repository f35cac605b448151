"""The command line on a Virtuoso Open Source server, configured as a user would: the endpoints
in ENTENTE_REMOTE_QUERY_URL and ENTENTE_REMOTE_UPDATE_URL (the dba's digest credentials in it)."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.settings import Settings
from tests.graph.store.conftest import emptied_virtuoso
from tests.support.servers import BIN, VirtuosoServer


def entente(server: VirtuosoServer, *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ENTENTE_")}
    env = {**clean, "ENTENTE_REMOTE_QUERY_URL": server.query_url, "ENTENTE_REMOTE_UPDATE_URL": server.update_url}
    command = [str(BIN / "entente"), *args, "--store", server.query_url]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.server
def test_init_then_lookups_from_the_command_line(virtuoso: VirtuosoServer) -> None:
    emptied_virtuoso(virtuoso).close()
    done = entente(virtuoso, "init")
    assert done.returncode == 0, done.stderr
    again = entente(virtuoso, "init")
    assert again.returncode == 0 and "already initialised" in again.stdout
    found = entente(virtuoso, "query", "actor_relations", "-p", "actor=Moscow", "-p", "as_of=2024-11-08", "-f", "json")
    assert found.returncode == 0, found.stderr
    edges = {(row["relation"], row["object"]) for row in json.loads(found.stdout)}
    assert ("https://w3id.org/entente/ontology#attacks", "https://w3id.org/entente/id/ukraine") in edges
    unknown = entente(virtuoso, "query", "actor_relations", "-p", "actor=Rusia")
    assert unknown.returncode != 0 and "Russia" in unknown.stdout + unknown.stderr


@pytest.mark.server
def test_wrong_credentials_are_refused_and_write_nothing(virtuoso: VirtuosoServer) -> None:
    store = emptied_virtuoso(virtuoso)
    server = VirtuosoServer(virtuoso.query_url, virtuoso.update_url.replace("dba:", "dba:x"), virtuoso.sql_port)
    refused = entente(server, "init")
    assert refused.returncode != 0 and "401" in refused.stdout + refused.stderr
    try:
        assert len(store) == 0
    finally:
        store.close()


@pytest.mark.server
def test_the_rest_api_and_sparql_endpoint_on_virtuoso(virtuoso: VirtuosoServer) -> None:
    emptied_virtuoso(virtuoso).close()
    settings = Settings(
        store=virtuoso.query_url,
        remote_query_url=virtuoso.query_url,
        remote_update_url=virtuoso.update_url,
        reference=False,
    )
    with TestClient(create_app(settings)) as client:  # an empty store: the app initialises it
        assert client.get("/health").status_code == 200
        actor = client.get("/actors/Moscow")
        assert actor.status_code == 200 and actor.json()["id"] == "russia"
        relations = client.get("/queries/actor_relations", params={"actor": "Moscow", "as_of": "2024-11-08"})
        assert relations.status_code == 200
        edges = {(row["relation"], row["object"]) for row in relations.json()["rows"]}
        assert ("https://w3id.org/entente/ontology#attacks", "https://w3id.org/entente/id/ukraine") in edges
        ask = client.get(
            "/sparql",
            params={"query": "ASK WHERE { ?c <https://w3id.org/entente/ontology#negated> false }"},
            headers={"Accept": "application/sparql-results+json"},
        )
        assert ask.status_code == 200 and ask.json() == {"head": {}, "boolean": True}
        unknown = client.get("/actors/Rusia")
        assert unknown.status_code == 404 and unknown.headers["content-type"].startswith("application/problem+json")
