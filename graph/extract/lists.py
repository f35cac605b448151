"""Coordinated actors: "Iran, North Korea, and China", "The United States, Britain and Canada"."""

from __future__ import annotations

from graph.extract.clause import Clause
from graph.extract.mentions import Mention
from graph.extract.words import DETERMINERS, OBJECT_STOPS, PREPOSITIONS

__all__ = ["expand_left", "expand_right"]

_AND = frozenset({"and", "&"})


def _past_separator(clause: Clause, start: int, step: int) -> int:
    """The index past a list separator (",", "and", ", and") read from ``start`` in direction ``step``."""
    k = start
    for separators in ({","}, _AND) if step > 0 else (_AND, {","}):
        if clause.word(k) in separators:
            k += step
    return k


def _opens_clause(clause: Clause, m: Mention) -> bool:
    """ "..., and EU foreign ministers agreed": the mention is the subject of a clause of its own."""
    following = clause.text(m.end)
    return following.isalpha() and following.islower() and following not in PREPOSITIONS | OBJECT_STOPS | _AND


def _heads_clause(clause: Clause, m: Mention) -> bool:
    """Nothing before the mention makes it an object ("arming Moscow", "sanctions on Russia")."""
    before = clause.previous_word_index(m.start)
    while clause.word(before) in DETERMINERS:
        before -= 1
    return m.titled or (clause.word(before) not in PREPOSITIONS and clause.cue_covering(before) is None)


def _pronoun(clause: Clause, m: Mention) -> bool:
    """ "we", "our": the statement's voice, never a member of a list of names."""
    return clause.text(m.start).islower() and clause.word(m.start) != "the"


def expand_right(clause: Clause, first: Mention) -> tuple[Mention, ...]:
    """The list a mention opens: "Iran, North Korea, and China"."""
    members, j = [first], first.end
    while True:
        k = _past_separator(clause, j, 1)
        k = k + 1 if k > j and clause.word(k) == "the" and k + 1 in clause.starts else k
        nxt = clause.starts.get(k)
        if k == j or nxt is None or not nxt.resolved or _pronoun(clause, nxt):
            return tuple(members)
        if clause.text(j) == "," and _opens_clause(clause, nxt):  # "..., and EU ministers agreed"; not "A and B remain"
            return tuple(members)
        if clause.reporting_verb_at(nxt.end) != nxt.end:
            return tuple(members)
        members.append(nxt)
        j = nxt.end


def expand_left(clause: Clause, last: Mention) -> tuple[Mention, ...]:
    """The list a mention closes: "The United States, Britain and Canada"."""
    members = [last]
    while (prev := _joined_before(clause, members[-1])) is not None:
        members.append(prev)
    if len(members) > 1 and clause.word(clause.word_before(last.start)) not in _AND:
        return (last,)  # "By hitting Qatar, Israel widened": a comma alone closes a phrase, not a list
    return tuple(reversed(members))


def _joined_before(clause: Clause, m: Mention) -> Mention | None:
    """The mention a list joins to ``m`` from the left: worked out once a clause (a list of a thousand
    names is walked from each of its names)."""
    if m.start not in clause.links:
        k = clause.word_before(m.start)
        before = _past_separator(clause, k, -1)
        prev = clause.ends.get(before + 1)
        joined = not (before == k or prev is None or not prev.resolved or prev.possessive or _pronoun(clause, prev))
        clause.links[m.start] = prev if joined and prev is not None and _heads_clause(clause, prev) else None
    return clause.links[m.start]
