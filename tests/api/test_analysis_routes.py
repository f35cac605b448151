"""The /analysis routes on the seed graph."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.support.http import assert_problem


def test_blocs_on_the_day_of_the_report(client: TestClient) -> None:
    response = client.get("/analysis/blocs", params={"as_of": "2024-11-08"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["count"] == len(body["data"]) >= 1
    assert {"russia", "iran", "north-korea", "china"} <= set(body["data"][0]["members"])


def test_blocs_before_the_war_are_only_trump_and_putin(client: TestClient) -> None:
    body = client.get("/analysis/blocs", params={"as_of": "2021-01-01"}).json()
    assert [b["members"] for b in body["data"]] == [["donald-trump", "vladimir-putin"]]


def test_alignment_by_names_and_its_series(client: TestClient) -> None:
    body = client.get("/analysis/alignment", params={"a": "Moscow", "b": "Iran", "as_of": "2024-11-08"}).json()
    assert (body["a"], body["b"], body["score"]) == ("russia", "iran", 1.0)
    series = client.get(
        "/analysis/alignment",
        params={"a": "russia", "b": "US", "from": "2021-01-01", "to": "2022-12-31", "window": 365},
    ).json()["series"]
    assert [(w["start"], w["score"]) for w in series] == [("2021-01-01", None), ("2022-01-01", -1.0)]


def test_paths_from_iran_to_ukraine_go_through_russia(client: TestClient) -> None:
    body = client.get("/analysis/paths", params={"from": "iran", "to": "ukraine"}).json()
    first = body["data"][0]
    assert first["nodes"] == ["iran", "russia", "ukraine"] and first["sign"] == -1
    assert any("invasion" in quote for quote in first["hops"][1]["quotes"])


def test_balance_and_centrality(client: TestClient) -> None:
    balance = client.get("/analysis/balance").json()
    assert {"triads", "balanced", "unbalanced", "ratio"} <= set(balance)
    central = client.get("/analysis/centrality", params={"relation": ["attacks", "sanctions", "supports"]}).json()
    assert central["data"][0]["actor"] in {"russia", "united-states"}
    assert {c["actor"] for c in central["data"]} == {"russia", "ukraine", "united-states", "brics"}


def test_changes_across_the_invasion(client: TestClient) -> None:
    body = client.get("/analysis/changes", params={"from": "2021-01-01", "to": "2022-03-01"}).json()
    gained = {(t["subject"], t["relation"], t["object"]) for t in body["gained"]}
    assert gained == {
        ("russia", "attacks", "ukraine"),
        ("united-states", "sanctions", "russia"),
        ("united-states", "supports", "ukraine"),
    }
    assert body["lost"] == [] and body["flipped"] == []


def test_errors_are_problems(client: TestClient) -> None:
    body = assert_problem(client.get("/analysis/paths", params={"from": "narnia", "to": "ukraine"}), 404)
    assert "narnia" in body["detail"]
    assert_problem(client.get("/analysis/blocs", params={"relation": "befriends"}), 404)
    assert_problem(client.get("/analysis/blocs", params={"min_confidence": 2}), 400)
    assert_problem(client.get("/analysis/changes", params={"from": "2021-01-01"}), 400)
    assert_problem(
        client.get(
            "/analysis/alignment", params={"a": "russia", "b": "iran", "from": "2024-01-01", "to": "2020-01-01"}
        ),
        400,
    )


def test_alignment_says_what_it_rests_on(client: TestClient) -> None:
    tied = client.get("/analysis/alignment", params={"a": "Moscow", "b": "Iran", "as_of": "2024-11-08"}).json()
    assert tied["score"] > 0 and tied["claims"] >= 1 and tied["sources"] >= 1
    untied = client.get("/analysis/alignment", params={"a": "France", "b": "Peru"}).json()
    assert (untied["score"], untied["claims"], untied["sources"]) == (None, 0, 0)
