"""A warning of consequences: "warns that North Korea will face tougher sanctions" threatens North Korea."""

from __future__ import annotations

from graph.extract.agents import Target
from graph.extract.clause import Clause, CueMatch
from graph.namespaces import ENT

__all__ = ["warned_about", "warned_of"]

_THREAT = ENT + "threatens"
_WILL = frozenset({"will", "would", "shall"})
_BEAR = frozenset({"face", "pay", "suffer", "bear", "incur", "meet"})
_WARNINGS = frozenset({"warn", "warns", "warned", "warning", "warnings"})
_TOPIC = frozenset({"of", "about", "against"})


def warned_about(clause: Clause, cue: CueMatch) -> bool:
    """ "warned of the Israeli aggression's grave repercussions", "warns against an escalation by X": a warning about
    a danger threatens no one named in it (but "warned Israel against" warns Israel)."""
    warning = clause.word(cue.end - 1) in _WARNINGS
    return cue.relation == clause.lexicon.relation(_THREAT) and warning and clause.word(cue.end) in _TOPIC


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
