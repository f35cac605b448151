"""A warning of consequences: "warns that North Korea will face tougher sanctions" threatens North Korea."""

from __future__ import annotations

from graph.extract.agents import Target
from graph.extract.clause import Clause, CueMatch
from graph.namespaces import ENT

__all__ = ["warned_of"]

_THREAT = ENT + "threatens"
_WILL = frozenset({"will", "would", "shall"})
_BEAR = frozenset({"face", "pay", "suffer", "bear", "incur", "meet"})


def warned_of(clause: Clause, cue: CueMatch) -> Target | None:
    """ "warns that X will face ...", "warned that X would pay a heavy price": X, whom the warning threatens."""
    if cue.relation != clause.lexicon.relation(_THREAT) or clause.word(cue.end) != "that":
        return None
    m = clause.actor_at(cue.end + 1)
    if m is None or not m.resolved or m.possessive:
        return None
    if clause.word(m.end) not in _WILL or clause.word(m.end + 1) not in _BEAR:
        return None
    return Target(m.named, 1, end=m.end)
