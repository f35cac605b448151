"""The claim's patterns, written once: what they render, and that the queries made of them parse."""

from __future__ import annotations

import pytest
from pyoxigraph import Store

from graph.analysis.claims import ACTOR_RECORDS_QUERY, DETAILS_QUERY, EDGES_QUERY, RECORDS_QUERY, TIE_RECORDS_QUERY
from graph.clocks import expand
from graph.namespaces import sparql
from graph.reads.claims import CLAIM_QUERY
from graph.reads.history import CHANGES, RECORDED
from graph.reads.listing import CLAIM_DETAILS, CLAIM_IDS
from graph.reads.patterns import STATEMENT, VALID_TIME, claim, evidence


def test_claim_names_each_variable_after_its_property_unless_given_a_term() -> None:
    text = claim("subject", "negated", "assertedBy", negated="false", subject="?_subject")
    assert text.splitlines()[1:] == [
        "  ?claim ent:subject ?_subject .",
        "  ?claim ent:negated false .",
        "  ?claim ent:assertedBy ?assertedBy .",
    ]


def test_claim_refuses_a_property_it_does_not_know() -> None:
    with pytest.raises(KeyError):
        claim("subjet")
    with pytest.raises(ValueError, match="negatd"):
        claim("negated", negatd="false")


def test_evidence_joins_the_source_it_is_given() -> None:
    lines = evidence("?_source").splitlines()
    assert "  ?evidence dct:source ?_source ." in lines
    assert "  ?_source dct:issued ?published ." in lines
    assert "?source" not in evidence("?_source").replace("?_source", "")


def test_a_claim_query_made_of_the_patterns_reads_a_claim() -> None:
    store = Store()
    store.update(
        sparql(
            """INSERT DATA {
  id:c1 ent:subject id:a ; ent:relation ent:sanctions ; ent:object id:b ; ent:status ent:Asserted ;
    ent:confidence 0.5 ; ent:negated false ; ent:assertedBy id:a ; prov:wasDerivedFrom id:e1 ;
    ent:validFrom "2020-01-01"^^xsd:date .
  id:e1 ent:quote "a quote" ; dct:source id:s1 .
  id:s1 dct:issued "2021-02-03"^^xsd:date .
}"""
        )
    )
    query = sparql("SELECT * WHERE {" + STATEMENT + evidence() + VALID_TIME + "}")
    [row] = list(store.query(query))  # type: ignore[arg-type]
    assert row["quote"].value == "a quote"
    assert row["validFrom"].value == "2020-01-01"
    assert row["validUntil"] is None


@pytest.mark.parametrize(
    "query",
    [
        CLAIM_QUERY,
        expand(CLAIM_IDS.text),
        CLAIM_DETAILS,
        CHANGES,
        RECORDED,
        EDGES_QUERY,
        DETAILS_QUERY,
        RECORDS_QUERY,
        ACTOR_RECORDS_QUERY,
        TIE_RECORDS_QUERY,
    ],
)
def test_every_query_made_of_the_patterns_parses(query: str) -> None:
    list(Store().query(query))  # type: ignore[arg-type]
