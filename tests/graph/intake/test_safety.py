from __future__ import annotations

import pytest
from pyoxigraph import RdfFormat

from graph.errors import InputError
from graph.intake.load import rdf_quads


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("deep.ttl", b"<http://a> <http://b> " + b"[ <http://c> " * 5000 + b"]" * 5000 + b" .", "nested deeper"),
        ("deep.jsonld", b'{"@id": "http://a", "http://b": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested deeper"),
        ("remote.jsonld", b'{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://a"}', "remote JSON-LD"),
        (
            "laughs.rdf",
            b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaa">]>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
            "entity",
        ),
        ("undefined.ttl", b"x:a x:b x:c .", "undefined.ttl:1"),
        ("iri.ttl", b"<http://a b> <http://b> <http://c> .", "iri.ttl:1"),
    ],
)
def test_hostile_rdf_is_refused_before_the_parser_recurses(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        rdf_quads(data, name)
    assert message in str(caught.value)


def test_a_utf8_bom_and_ordinary_nesting_are_accepted() -> None:
    data = b"\xef\xbb\xbf<http://a> <http://b> [ <http://c> ( 1 2 ( 3 ) ) ] ."
    assert len(rdf_quads(data, "ok.ttl")) > 3
    assert RdfFormat.TURTLE.supports_datasets is False


XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize(
    ("value", "datatype"),
    [
        ("2024-02-29", "date"),
        ("-0044-03-15", "date"),
        ("2024-11-07Z", "date"),
        ("2024-11-07+03:00", "date"),
        ("2024-11-07T18:30:00", "dateTime"),
        ("2024-11-07T18:30:00.25-05:00", "dateTime"),
        ("2024-11-07T24:00:00", "dateTime"),
        ("-12", "integer"),
        ("+0", "integer"),
        ("3.", "decimal"),
        (".5", "decimal"),
        ("true", "boolean"),
        ("0", "boolean"),
    ],
)
def test_well_typed_literals_load(value: str, datatype: str) -> None:
    data = f'<https://example.org/a> <https://example.org/p> "{value}"^^<{XSD}{datatype}> .\n'.encode()
    assert len(rdf_quads(data, "ok.nt")) == 1


@pytest.mark.parametrize(
    ("value", "datatype"),
    [
        ("2023-02-29", "date"),
        ("2024-1-07", "date"),
        ("2024-11-07 ", "date"),
        ("2024-11-07T25:00:00", "dateTime"),
        ("2024-11-07", "dateTime"),
        ("1e3", "integer"),
        ("1,5", "decimal"),
        ("yes", "boolean"),
    ],
)
def test_ill_typed_literals_are_refused_at_their_line(value: str, datatype: str) -> None:
    data = f'\n<https://example.org/a> <https://example.org/p> "{value}"^^<{XSD}{datatype}> .\n'.encode()
    with pytest.raises(InputError, match=f"bad.nt:2: .*not a valid xsd:{datatype}"):
        rdf_quads(data, "bad.nt")


def test_tabs_newlines_and_persian_joiners_are_fine_in_a_quote() -> None:
    data = '<https://example.org/a> <https://example.org/q> "line one\\n\\tline two, \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645" .\n'
    assert len(rdf_quads(data.encode(), "ok.nt")) == 1
