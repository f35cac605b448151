"""A group named by a common noun with its members in brackets: "welcomed the EU candidate countries (Ukraine,
Moldova and Albania)", "condemned the three states (A, B and C)". The act is on each member named inside; a bloc
before the group noun ("the EU candidate countries") only says whose group it is."""

from __future__ import annotations

from graph.extract.clause import Clause
from graph.extract.lists import expand_right
from graph.extract.mentions import Mention

__all__ = ["bracketed_members", "group_opening", "in_brackets_of_group"]

_GROUP_WORDS = 3  # "the EU candidate countries (": words between the bloc and the bracket


def bracketed_members(clause: Clause, j: int) -> Mention | None:
    """At a "(" right after a plural noun, the first of the members listed inside."""
    noun = clause.text(j - 1)
    if clause.text(j) != "(" or not (noun.isalpha() and noun.islower() and noun.endswith("s")):
        return None
    m = clause.starts.get(j + 1)
    listed = m is not None and len(expand_right(clause, m)) > 1  # a list, not a place glossed ("the talks (Peru)")
    return m if m is not None and m.resolved and not m.possessive and listed else None


def in_brackets_of_group(clause: Clause, m: Mention) -> bool:
    """Whether ``m`` opens the members in brackets of a group named right before."""
    return bracketed_members(clause, m.start - 1) is m


def group_opening(clause: Clause, m: Mention) -> int:
    """Where the bracket opens after a bloc that names whose group follows ("the EU candidate countries ("), or -1."""
    k = m.end
    while k < m.end + _GROUP_WORDS and clause.text(k).isalpha() and clause.text(k).islower():
        k += 1
    return k if k > m.end and bracketed_members(clause, k) is not None else -1
