"""A noun of an act with its agent after "of": "the demands of ECOWAS", "the sanctions of the EU on Russia"."""

from __future__ import annotations

from graph.extract.agents import Target, group_target
from graph.extract.clause import Clause, CueMatch
from graph.extract.objects import onward

__all__ = ["genitive_agent"]

_ARTICLES = frozenset({"the", "these", "those"})
_ASIDE_MARKS = frozenset({",", "–", "—"})  # "Russia – with the support of Belarus – invaded"


def genitive_agent(clause: Clause, cue: CueMatch) -> tuple[Target, Target | None] | None:
    """ "the demands of the ECOWAS": a bare noun cue after an article, with an actor after "of", is that actor's act;
    whom it is on follows ("... of the EU on Russia"), or no one is named. None where the cue is no such noun."""
    word = clause.word(cue.start)
    if cue.end - cue.start != 1 or clause.word(cue.end) != "of" or word.endswith(("ed", "ing")):
        return None
    j = clause.previous_word_index(cue.start)
    while j > 0 and (
        (clause.text(j).isalpha() and (clause.text(j).islower() or clause.text(j - 1) == "-")) or clause.text(j) == "-"
    ):
        if clause.word(j) in _ARTICLES:
            break
        j = clause.previous_word_index(j)  # "the new anti-Peruvian sanctions of Bolivia": past the noun's modifiers
    if clause.word(j) not in _ARTICLES:
        return None
    m = clause.actor_at(cue.end + 1)  # "of the United States" may be a name with its article
    if m is None or not m.resolved:
        return None
    agent = group_target(clause, m, 0)
    return agent, onward(clause, agent) or _helped(clause, cue)


def _helped(clause: Clause, cue: CueMatch) -> Target | None:
    """ "Ukraine, with the support of the United States, repelled ...": whom the help is with, the actor named right
    before ", with the" (or a dash)."""
    j = clause.previous_word_index(cue.start)
    if clause.word(j - 1) != "with" or clause.text(j - 2) not in _ASIDE_MARKS:
        return None  # "at the request of X with the support of Y": support of the request, not of X
    m = clause.ends.get(j - 2)
    return Target(m.named, 0, end=m.end) if m is not None and m.resolved and not m.possessive else None
