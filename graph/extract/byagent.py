"""The agent a noun names after "by": "the attack on Israel by Hamas", "by a terrorist organization, Hamas"."""

from __future__ import annotations

from graph.extract.clause import Clause
from graph.extract.mentions import Mention

__all__ = ["agent_after_object", "named_after_by"]

_MAX_BY_GAP = 4


def named_after_by(clause: Clause, j: int) -> Mention | None:
    """The actor "by" names at ``j``: "by the United Nations", "by a terrorist organization, Hamas"."""
    for k in range(j, min(j + _MAX_BY_GAP + 1, len(clause.tokens))):
        m = clause.starts.get(k)
        if m is not None:
            return m if m.resolved else None
        if not (clause.text(k).islower() or clause.text(k) == ","):
            return None
    return None


def agent_after_object(clause: Clause, end: int) -> Mention | None:
    """ "the attack on Israel by Hamas": the actor "by" names right after a noun's object that ends at ``end``."""
    if end <= 0 or clause.word(end) != "by":
        return None
    m = named_after_by(clause, end + 1)
    return m if m is not None and not m.possessive else None
