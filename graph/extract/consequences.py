"""A warning of consequences: "warns that North Korea will face tougher sanctions" threatens North Korea."""

from __future__ import annotations

from graph.extract.agents import Target
from graph.extract.clause import Clause, CueMatch

__all__ = ["warned_of"]

_THREAT = ("threatens",)  # the cue phrase that names the relation type of a threat
_WILL = frozenset({"will", "would", "shall"})
_BEAR = frozenset({"face", "pay", "suffer", "bear", "incur", "meet"})


def warned_of(clause: Clause, cue: CueMatch) -> Target | None:
    """ "warns that X will face ...", "warned that X would pay a heavy price": X, whom the warning threatens."""
    if cue.relation != clause.lexicon.cues.get(_THREAT) or clause.word(cue.end) != "that":
        return None
    at = cue.end + 2 if clause.word(cue.end + 1) == "the" else cue.end + 1
    m = clause.starts.get(at)
    if m is None or not m.resolved or m.possessive:
        return None
    if clause.word(m.end) not in _WILL or clause.word(m.end + 1) not in _BEAR:
        return None
    return Target(m.named, 1, end=m.end)
