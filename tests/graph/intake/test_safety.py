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
