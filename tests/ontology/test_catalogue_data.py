"""The catalogue's data: Wikidata ids, rigour agreement, unshared aliases, ambiguous names, demonyms, and the
reference claims."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest
from pyoxigraph import Store

from ontology import CATALOGUE_FILES

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
REFERENCE = ONTOLOGY / "reference"
ENT = "https://w3id.org/entente/ontology#"
WD = "http://www.wikidata.org/entity/"
PREFIXES = """PREFIX ent: <https://w3id.org/entente/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
# Blocs, organisations and armed groups whose Wikidata id could not be verified (reference/README.md):
# they carry an editorial note instead of a guessed id. Adding one here needs the same note; every
# other one must have its id. Shrink the list as ids are verified against a stored copy.
WITHOUT_QID = {
    "alliance-of-sahel-states", "opec-plus", "g8", "quad", "aukus", "five-eyes", "alba", "celac",
    "non-aligned-movement", "visegrad-group", "houthis", "irgc", "wagner-group",
    "africa-corps", "taliban", "al-shabaab", "rapid-support-forces", "boko-haram", "m23",
    "hayat-tahrir-al-sham", "palestinian-islamic-jihad", "kataib-hezbollah", "syrian-democratic-forces",
    "isw",
}  # fmt: skip


def catalogue() -> Store:
    store = Store()
    for name in ("entente.ttl", *CATALOGUE_FILES):
        store.load(path=str(ONTOLOGY / name))
    return store


def local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def qids(store: Store, classes: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    query = PREFIXES + f"SELECT ?a ?q WHERE {{ VALUES ?c {{ {classes} }} ?a a ?c OPTIONAL {{ ?a owl:sameAs ?q }} }}"
    for row in store.query(query):  # type: ignore[union-attr]
        found[local(row["a"].value)]
        if row["q"] is not None:
            found[local(row["a"].value)].append(row["q"].value)
    return {actor: sorted(set(values)) for actor, values in found.items()}


def rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_state_and_territory_has_exactly_one_wikidata_id() -> None:
    found = qids(catalogue(), "ent:State ent:Territory ent:ContestedTerritory")
    assert len(found) > 240
    bad = {a: q for a, q in found.items() if len(q) != 1 or not re.fullmatch(re.escape(WD) + r"Q\d+", q[0])}
    assert bad == {}


def test_every_bloc_and_organisation_has_one_wikidata_id_or_is_listed_as_unverified() -> None:
    store = catalogue()
    found = qids(store, "ent:Bloc ent:Organisation ent:ArmedGroup")
    assert len([a for a in found if a != "isw"]) >= 48 + 15
    malformed = {
        a: q for a, q in found.items() if len(q) > 1 or any(not re.fullmatch(re.escape(WD) + r"Q\d+", x) for x in q)
    }
    assert malformed == {}
    missing = {a for a, q in found.items() if not q}
    assert missing == WITHOUT_QID, "a QID on every bloc, organisation and armed group, or an entry on the list"
    noted = {local(r["a"].value) for r in store.query(PREFIXES + "SELECT ?a WHERE { ?a skos:editorialNote ?n }")}  # type: ignore[union-attr]
    assert noted >= WITHOUT_QID


def test_state_wikidata_ids_are_rigours() -> None:
    from rigour import territories  # a dev dependency: the check runs in CI, never skipped

    store = catalogue()
    query = PREFIXES + "SELECT ?a ?code ?q WHERE { ?a ent:iso2Code ?code ; owl:sameAs ?q }"
    checked = 0
    for row in store.query(query):  # type: ignore[union-attr]
        territory = territories.get_territory(row["code"].value.lower())
        assert territory is not None, row["code"].value
        assert row["q"].value == WD + territory.qid, local(row["a"].value)
        checked += 1
    assert checked == 249


def test_named_cases_have_their_type_and_state() -> None:
    store = catalogue()

    def ask(pattern: str) -> bool:
        return bool(store.query(PREFIXES + "PREFIX id: <https://w3id.org/entente/id/> ASK { " + pattern + " }"))

    assert ask("id:nauru a ent:State ; skos:prefLabel 'Nauru'@en")
    assert ask("id:bermuda a ent:Territory ; ent:partOf id:united-kingdom")
    assert ask("id:aland-islands a ent:Territory ; ent:partOf id:finland")
    assert ask("id:guam a ent:Territory ; ent:partOf id:united-states")
    assert ask(
        "id:crimea a ent:ContestedTerritory ; ent:partOf id:ukraine ; ent:contestedBy id:russia ; skos:scopeNote ?n"
    )
    assert ask("id:taiwan a ent:ContestedTerritory ; ent:contestedBy id:china")
    assert not ask("id:taiwan a ent:State")
    assert ask("id:kosovo a ent:ContestedTerritory")
    count = store.query(PREFIXES + "SELECT (COUNT(?s) AS ?n) WHERE { ?s a ent:State }")
    assert int(next(iter(count))["n"].value) == 194  # type: ignore[arg-type]


def test_no_name_is_shared_by_two_actors() -> None:
    store = catalogue()
    query = (
        PREFIXES
        + """SELECT ?a ?n WHERE { ?c rdfs:subClassOf ent:Actor . ?a a ?c .
      { ?a skos:prefLabel ?n } UNION { ?a skos:altLabel ?n } UNION { ?a ent:isoCode ?n }
      UNION { ?a ent:iso2Code ?n } UNION { ?a ent:demonym ?n } }"""
    )
    owners: dict[str, set[str]] = defaultdict(set)
    for row in store.query(query):  # type: ignore[union-attr]
        key = re.sub(r"\s+", " ", row["n"].value).strip().casefold().removeprefix("the ")
        owners[key].add(local(row["a"].value))
    shared = {name: sorted(actors) for name, actors in owners.items() if len(actors) > 1}
    assert shared == {}
    ambiguous: dict[str, set[str]] = defaultdict(set)
    for row in store.query(PREFIXES + "SELECT ?a ?n WHERE { ?a ent:ambiguousName ?n }"):  # type: ignore[union-attr]
        ambiguous[re.sub(r"\s+", " ", row["n"].value).strip().casefold()].add(local(row["a"].value))
    assert {name: a for name, a in ambiguous.items() if len(a) < 2} == {}, "an ambiguous name means several actors"
    assert set(ambiguous) & set(owners) == set(), "an ambiguous name is no actor's label, alias or demonym"
    assert ambiguous["congo"] == {"democratic-republic-of-the-congo", "republic-of-the-congo"}
    assert ambiguous["korea"] == {"north-korea", "south-korea"}


# States that news names by no adjective of their own: each form is an ambiguous name of several actors, or
# names something else too. Every other state has at least one ent:demonym.
WITHOUT_DEMONYM = {
    "democratic-republic-of-the-congo": "'Congolese' is both Congos' (an ambiguous name)",
    "republic-of-the-congo": "'Congolese' is both Congos' (an ambiguous name)",
    "dominica": "'Dominican' is also the Dominican Republic's (an ambiguous name)",
    "dominican-republic": "'Dominican' is also Dominica's (an ambiguous name)",
    "guinea": "'Guinean' is also Guinea-Bissau's and Equatorial Guinea's (an ambiguous name)",
    "samoa": "'Samoan' is also American Samoa's (an ambiguous name)",
    "central-african-republic": "'Central African' is also the region's adjective",
    "holy-see": "its adjective 'Vatican' is its alias",
}


def test_every_state_has_a_demonym_or_is_listed_with_the_reason() -> None:
    store = catalogue()
    query = PREFIXES + "SELECT ?a WHERE { ?a a ent:State FILTER NOT EXISTS { ?a ent:demonym ?d } }"
    without = {local(row["a"].value) for row in store.query(query)}  # type: ignore[union-attr]
    assert without == set(WITHOUT_DEMONYM)
    pairs = PREFIXES + "SELECT ?a ?n WHERE { ?a a ent:State ; ent:ambiguousName ?n }"
    ambiguous = {(local(row["a"].value), row["n"].value) for row in store.query(pairs)}  # type: ignore[union-attr]
    said = {(a, reason.split("'")[1]) for a, reason in WITHOUT_DEMONYM.items() if "ambiguous name" in reason}
    assert said <= ambiguous, "the reason names the actor's ambiguous adjective"


def claims(name: str, subject: str, relation: str, obj: str) -> list[dict[str, str]]:
    return [r for r in rows(name) if (r["subject"], r["relation"], r["object"]) == (subject, relation, obj)]


def held(name: str, subject: str, relation: str, obj: str) -> set[tuple[str, str]]:
    return {
        (r["valid_from"], r["valid_until"]) for r in claims(name, subject, relation, obj) if r["negated"] == "false"
    }


@pytest.mark.parametrize(
    ("subject", "obj", "valid_from", "valid_until"),
    [
        ("finland", "nato", "2023-04-04", ""),
        ("sweden", "nato", "2024-03-07", ""),
        ("united-kingdom", "european-union", "1973-01-01", "2020-01-31"),
        ("egypt", "brics", "2024-01-01", ""),
        ("ethiopia", "brics", "2024-01-01", ""),
        ("iran", "brics", "2024-01-01", ""),
        ("united-arab-emirates", "brics", "2024-01-01", ""),
        ("indonesia", "brics", "2025-01-06", ""),
        ("iran", "sco", "2023-07-04", ""),
        ("belarus", "sco", "2024-07-04", ""),
        ("mali", "ecowas", "1975-05-28", "2025-01-28"),
        ("burkina-faso", "ecowas", "1975-05-28", "2025-01-28"),
        ("niger", "ecowas", "1975-05-28", "2025-01-28"),
    ],
)
def test_membership_cases(subject: str, obj: str, valid_from: str, valid_until: str) -> None:
    assert (valid_from, valid_until) in held("memberships.csv", subject, "memberOf", obj)


def test_qatar_left_opec_and_russia_was_suspended_from_the_g8() -> None:
    assert {u for _, u in held("memberships.csv", "qatar", "memberOf", "opec")} == {"2018-12-31"}
    suspension = claims("memberships.csv", "russia", "suspendedFrom", "g8")
    assert [r["valid_from"][:4] for r in suspension] == ["2014"]
    assert held("memberships.csv", "russia", "memberOf", "g8")


def test_saudi_arabias_brics_membership_is_contested() -> None:
    both = claims("memberships.csv", "saudi-arabia", "memberOf", "brics")
    asserted = [r for r in both if r["negated"] == "false"]
    denied = [r for r in both if r["negated"] == "true"]
    assert asserted and denied
    assert {r["asserted_by"] for r in denied} == {"saudi-arabia"}
    assert "saudi-arabia" not in {r["asserted_by"] for r in asserted}
    assert all(r["source_url"] and r["quote"] for r in both)


def led(country: str, day: str) -> set[str]:
    return {
        r["subject"]
        for r in rows("leaders.csv")
        if r["relation"] == "leaderOf" and r["object"] == country and r["valid_from"] <= day
        and (not r["valid_until"] or day <= r["valid_until"])
    }  # fmt: skip


def test_who_led_germany() -> None:
    assert "olaf-scholz" in led("germany", "2023-06-01")
    assert "friedrich-merz" not in led("germany", "2023-06-01")
    assert "friedrich-merz" in led("germany", "2025-06-01")
    assert "olaf-scholz" not in led("germany", "2025-06-01")


def test_reference_cells_are_safe_and_complete() -> None:
    for name in ("memberships.csv", "leaders.csv"):
        for row in rows(name):
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@")), (name, row)
                assert not re.search(r"[\x00-\x1f\x7f]", value), (name, row)
            assert row["quote"] and row["published"] and (row["source_url"] or row["source_title"]), (name, row)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["published"]), (name, row)
