"""Tables wrap and never cut; columns are chosen by name; CSV is safe for spreadsheets."""

from __future__ import annotations

import csv
import io

import pytest
import typer

from graph.cli.output import columns_of, csv_text, table_text

ID = "id:claim/3f9c2a0011223344556677"
QUOTE = "forming a new anti-Western bloc composed of Iran, North Korea, and China"
HEADER = ["claim", "relation", "quote"]
ROWS = [[ID, "ent:formsBlocWith", QUOTE], ["id:russia", "ent:opposes", "short"]]


@pytest.mark.parametrize("width", [None, 120, 60, 20])
def test_a_table_wraps_prose_and_keeps_ids_whole(width: int | None) -> None:
    text = table_text(HEADER, ROWS, width)
    assert "…" not in text
    assert ID in text and "ent:formsBlocWith" in text
    words = QUOTE.split()
    assert [w for w in text.split() if w in words] == words, "the quote is wrapped at its spaces, in order"
    if width is None:
        assert QUOTE in text, "on a pipe a row is one line"
    else:
        assert QUOTE not in text or width >= 120
        assert max(len(line) for line in text.splitlines()) <= max(width, len(ID) + len("ent:formsBlocWith") + 30)


def test_columns_are_chosen_by_name_in_the_order_given() -> None:
    assert columns_of(HEADER, None) == [0, 1, 2]
    assert columns_of(HEADER, "quote, claim") == [2, 0]
    with pytest.raises(typer.Exit):
        columns_of(HEADER, "object")


def test_csv_cells_are_safe_and_columns_chosen() -> None:
    rows = [["=cmd|' /C calc'!A0", "-1", "@x"]]
    (row,) = list(csv.reader(io.StringIO(csv_text(["a", "b", "c"], rows, "c,a,b"))))[1:]
    assert row == ["'@x", "'=cmd|' /C calc'!A0", "-1"]
