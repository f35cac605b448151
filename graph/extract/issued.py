"""A statement's issuer as the subject of its relative clause: "the Council issued a Presidential Statement, which
strongly condemns X's launch" (the Council condemns X)."""

from __future__ import annotations

from graph.extract.clause import Clause
from graph.extract.words import STATEMENT_NOUNS

__all__ = ["issuing_verb"]

_ISSUING = frozenset({"issued", "adopted", "released", "published", "made", "delivered", "signed", "approved"})
_MAX_NOUN_WORDS = 4  # "a joint Presidential Statement"


def issuing_verb(clause: Clause, j: int) -> int | None:
    """Where the verb that issues the statement noun ending at ``j`` (a relative clause follows) stands, if one
    does: "issued a Presidential Statement", "adopted a declaration"."""
    if clause.word(j) not in STATEMENT_NOUNS:
        return None
    for k in range(j - 1, max(j - 1 - _MAX_NOUN_WORDS, -1), -1):
        if clause.word(k) in _ISSUING:
            return k
        if not clause.text(k).isalpha() or k in clause.covered or clause.cue_covering(k) is not None:
            return None
    return None
