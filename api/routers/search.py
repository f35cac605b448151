"""Full-text search over the quotes of claims and the titles of sources, ranked, words highlighted."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from api.deps import Limit, Offset, StoreDep, WantsCsvDep, csv_or_json, page_reply
from api.schemas import CLAIM, PROBLEMS, Paged
from graph.reads import SearchHit, hit_rows, search

router = APIRouter(tags=["search"], responses=PROBLEMS)

HIT: dict[str, Any] = {
    "kind": "claim",
    "text": "the Russian president characterized NATO as a “blatant anachronism”",
    "highlighted": "the Russian president characterized NATO as a “blatant <mark>anachronism</mark>”",
    "spans": [[55, 66]],
    "score": 1.97,
    "source": {
        "id": CLAIM["evidence"][0]["source"],
        "iri": CLAIM["evidence"][0]["source_iri"],
        "title": "ISW: Russian president seeks reset with Trump administration on Moscow’s terms",
        "url": None,
        "published": "2024-11-08",
    },
    "claim": CLAIM,
}


class SearchPublic(Paged):
    data: list[SearchHit]


@router.get("/search", response_model=SearchPublic, responses=csv_or_json(HIT, limit=20))
def get_search(
    store: StoreDep,
    csv: WantsCsvDep,
    q: Annotated[
        str, Query(min_length=1, max_length=500, description='words that must all occur; "a phrase"; prefix*')
    ],
    kind: Annotated[
        Literal["claim", "source"] | None, Query(description="only quotes (claim) or source titles")
    ] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> SearchPublic | Response:
    """Claims whose quotes, and sources whose titles, contain the words: best first (bm25), the
    matching words in `<mark>` (`highlighted`, HTML-escaped) and as `spans` of `text`. Stems match:
    "sanction" finds "sanctions". The index follows every write to the store."""
    found = search(store, q, kind=kind, limit=limit, offset=offset)
    return page_reply(found, SearchPublic, csv, "search", hit_rows)
