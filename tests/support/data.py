"""Paths to the test data and small builders of claims files."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).parents[1]
REPO = TESTS.parent
DATA = TESTS / "data"
ONTOLOGY = REPO / "ontology"
EXTRACT_SET = DATA / "extract"
BAD_INPUT = DATA / "bad"
# The seed article, as copied into the extraction set (tests never read outside the repository).
SEED_ARTICLE = EXTRACT_SET / "isw-putin-reset-2024-11-08.txt"

HEADER = "subject,relation,object,valid_from,valid_until,asserted_by,status,confidence,negated,quote,source_url,source_title,publisher,published\n"


def claims_csv(*rows: str) -> bytes:
    """A claims CSV file with the full header and ``rows``."""
    return (HEADER + "".join(row + "\n" for row in rows)).encode()
