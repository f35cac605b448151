"""A participle after "after", "before", "while" or "when" that trails the main clause: "Finland closed four border
crossings, shortly after accusing Moscow of pushing migrants", "Chile recalled its envoy before condemning Peru" →
the main clause's subject does what the participle names (the subordinator bars the usual search for a subject)."""

from __future__ import annotations

from graph.extract.agents import Agent, actors_of
from graph.extract.clause import Clause, CueMatch
from graph.extract.lists import expand_right
from graph.extract.subjects import main_subject
from graph.extract.words import CLAUSE_PUNCTUATION

__all__ = ["trailing_participle"]

_LEADS = frozenset({"after", "before", "while", "when", "since"})


def trailing_participle(clause: Clause, cue: CueMatch) -> Agent | None:
    """The first plain subject of the sentence before the subordinator a participle in "-ing" follows."""
    if not clause.word(cue.start).endswith("ing") or not clause.text(cue.start).islower():
        return None
    j = clause.previous_word_index(cue.start)
    if clause.word(j) not in _LEADS or j <= 0 or clause.word(clause.previous_word_index(j)) == "that":
        return None
    comma = next((k for k in range(cue.end, len(clause.tokens)) if clause.text(k) in CLAUSE_PUNCTUATION), None)
    if comma is not None and clause.actor_at(comma + 1) is not None:
        return None  # "after accusing Peru, Bolivia recalled ...": the subject follows
    m = main_subject(clause, j, persons=True)
    if m is None:
        return None
    group = expand_right(clause, m)
    return Agent(actors_of(group), "subject", m.start, group[-1].end) if group[-1].end < j else None
