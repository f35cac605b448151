from __future__ import annotations

import pytest

from graph.errors import InputError
from graph.intake.claims_format import read_claims
from graph.model.catalogue import catalogue
from graph.store.base import GraphStore
from tests.support.data import HEADER, claims_csv

GOOD = 'russia,sanctions,iran,2024-01-01,,isw,asserted,0.5,false,"a quote",,A title,,2024-02-01'


def problems(store: GraphStore, data: bytes, name: str = "claims.csv") -> list[str]:
    with pytest.raises(InputError) as caught:
        read_claims(data, name, catalogue(store))
    return [str(p) for p in caught.value.problems]


def test_a_good_row_becomes_a_claim_with_resolved_names(bare_store: GraphStore) -> None:
    row = 'Moscow,Sanctions,Tehran,2024-01-01,,Institute for the Study of War,,0.5,no,"q",,T,,2024-02-01'
    [claim] = read_claims(claims_csv(row), "c.csv", catalogue(bare_store))
    assert claim.subject.endswith("/russia") and claim.object.endswith("/iran")
    assert claim.relation.endswith("#sanctions") and claim.asserted_by and claim.asserted_by.endswith("/isw")
    assert claim.status == "asserted" and not claim.negated and str(claim.confidence) == "0.5"


def test_each_bad_value_is_named_by_file_line_and_column(bare_store: GraphStore) -> None:
    data = claims_csv(GOOD, 'rusia,sanktions,iran,2024-13-45,,isw,asserted,1.5,maybe,"q",,T,,2023-02-29')
    found = problems(bare_store, data)
    assert any("claims.csv:3: column 'subject'" in p and "'rusia'" in p and "Russia" in p for p in found)
    assert any("column 'relation'" in p and "sanctions" in p for p in found)
    assert any("column 'valid_from'" in p and "2024-13-45" in p for p in found)
    assert any("column 'published'" in p and "2023-02-29" in p for p in found)
    assert any("column 'confidence'" in p and "outside [0, 1]" in p for p in found)
    assert any("column 'negated'" in p for p in found)
    assert not any("claims.csv:2:" in p for p in found)


def test_missing_and_unknown_columns_are_reported_with_the_closest_name(bare_store: GraphStore) -> None:
    found = problems(
        bare_store, b"subject,relation,objet,quote,published,source_title\nrussia,sanctions,iran,q,2024-01-01,T\n"
    )
    assert any("column 'objet'" in p and "'object'" in p for p in found)
    assert any("column 'object': required column is missing" in p for p in found)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (HEADER.encode(), "no claims"),
        (claims_csv(GOOD + ",extra"), "fields"),
        (claims_csv(GOOD.replace('"a quote"', '"=HYPERLINK(""http://x"")"')), "formula"),
        (claims_csv(GOOD, GOOD), "row 3 repeats row 2"),
        (claims_csv(GOOD.replace("a quote", "a \u202equote")), "bidi"),
        (claims_csv(GOOD.replace(",0.5,", ",,")).replace(b"russia", b""), "a value is required"),
        (claims_csv(GOOD).replace(b"a quote", "caf\u00e9".encode("latin-1")), "not UTF-8"),
        (claims_csv(GOOD.replace("2024-01-01,,", "2024-01-01,2023-01-01,")), "before valid_from"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(bare_store: GraphStore, data: bytes, expected: str) -> None:
    assert any(expected in p for p in problems(bare_store, data))


def test_a_bad_byte_far_into_a_long_file_is_reported_with_its_line(bare_store: GraphStore) -> None:
    # The file is decoded as it is read, in chunks: the byte after the first chunks still names its line.
    rows = [GOOD.replace("a quote", f"quote number {n}") for n in range(1, 1001)]
    data = claims_csv(*rows).replace(b"quote number 900", "caf\u00e9 900".encode("latin-1"))
    assert data.index(b"caf") > 64 * 1024
    assert problems(bare_store, data) == ["claims.csv:901: byte 0xe9 is not UTF-8; save the file as UTF-8"]
    assert len(read_claims(claims_csv(*rows), "claims.csv", catalogue(bare_store))) == 1000


def test_spreadsheet_dialects_are_accepted(bare_store: GraphStore) -> None:
    known = catalogue(bare_store)
    plain = read_claims(claims_csv(GOOD), "c.csv", known)
    bom_crlf = read_claims(b"\xef\xbb\xbf" + claims_csv(GOOD).replace(b"\n", b"\r\n"), "c.csv", known)
    semicolons = read_claims(
        HEADER.replace(",", ";").encode()
        + b'russia;sanctions;iran;2024-01-01;;isw;asserted;0.5;false;"a quote";;A title;;2024-02-01\n',
        "c.csv",
        known,
    )
    assert plain == bom_crlf == semicolons


def test_json_claims_read_like_csv(bare_store: GraphStore) -> None:
    data = b'{"claims": [{"subject": "russia", "relation": "sanctions", "object": "iran", "valid_from": "2024-01-01", "asserted_by": "isw", "confidence": 0.5, "negated": false, "quote": "a quote", "source_title": "A title", "published": "2024-02-01"}]}'
    assert read_claims(data, "c.json", catalogue(bare_store)) == read_claims(
        claims_csv(GOOD), "c.csv", catalogue(bare_store)
    )
    assert any(
        "item 1" in p and "'subject'" in p
        for p in problems(bare_store, data.replace(b'"russia"', b'"nowhere"'), "c.json")
    )


def test_an_ambiguous_name_is_an_error_that_lists_the_candidates(bare_store: GraphStore) -> None:
    found = problems(bare_store, claims_csv(GOOD.replace("russia,", "Congo,", 1)))
    assert any(
        "claims.csv:2: column 'subject'" in p
        and "'Congo' is ambiguous" in p
        and "Democratic Republic of the Congo (democratic-republic-of-the-congo)" in p
        and "Republic of the Congo (republic-of-the-congo)" in p
        for p in found
    ), found
