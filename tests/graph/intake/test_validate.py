from __future__ import annotations

from pathlib import Path

from graph.intake.validate import validate_files
from graph.store.base import GraphStore

BAD_CLAIM = """
@prefix ent: <https://w3id.org/entente/ontology#> .
@prefix id: <https://w3id.org/entente/id/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/entente/id/claim/bad> a ent:Claim ;
    ent:subject id:russia ; ent:relation ent:sanctions ; ent:object id:nowhere ;
    ent:status ent:Asserted ; ent:confidence 1.5 ; ent:negated false ; ent:assertedBy id:isw ;
    ent:validFrom "2024-05-01"^^xsd:date ; ent:validUntil "2024-01-01"^^xsd:date .
"""


def test_shacl_violations_name_the_offending_node(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(BAD_CLAIM)
    problems = [str(p) for p in validate_files(store, [path])]
    node = "<https://w3id.org/entente/id/claim/bad>"
    assert all(node in p and str(path) in p for p in problems)
    text = "\n".join(problems)
    assert "ent:object" in text and "ent:confidence" in text and "ent:validFrom" in text
    assert "prov" in text  # no evidence


def test_a_valid_claims_file_has_no_problems_and_nothing_is_written(store: GraphStore, tmp_path: Path) -> None:
    from graph.intake.load import seed_files

    _name, data = seed_files()[0]
    path = tmp_path / "seed.csv"
    path.write_bytes(data)
    before = store.canonical_nquads()
    assert validate_files(store, [path]) == []
    assert store.canonical_nquads() == before
