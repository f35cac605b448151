"""Stretches of a sentence that an actor search passes over or that set an actor aside: ", including X",
"in the strongest terms", ", together with A and B,"."""

from __future__ import annotations

from graph.extract.clause import Clause
from graph.extract.mentions import Mention
from graph.extract.words import DETERMINERS, OBJECT_STOPS

__all__ = ["adjectives_listed", "in_aside", "including_end", "list_head", "manner_end", "stated_by"]

_INCLUDING = (("including",), ("in", "particular"), ("notably",), ("especially",), ("such", "as"))
_ASIDE_REACH = 4
_STATEMENT_WORDS = 3  # "Statements", "A joint statement", "Remarks" before "by"


def including_end(clause: Clause, j: int) -> int:
    """Past ", including", ", in particular", "– notably" at ``j``: the object search goes on into the
    examples ("coordinate with stakeholders, including international organisations, in particular the EU")."""
    k = j + 1 if clause.text(j) in {",", "-", "–", "—"} else j
    for phrase in _INCLUDING:
        if clause.words(k, k + len(phrase)) == phrase and (k > j or clause.text(j - 1) in {",", "–", "—"}):
            return k + len(phrase)
    return j


def manner_end(clause: Clause, j: int) -> int:
    """Past "in the strongest (possible) terms" at ``j`` (``j`` when it is not there)."""
    if clause.words(j, j + 3) != ("in", "the", "strongest"):
        return j
    k = next((k for k in range(j + 3, min(j + 6, len(clause.tokens))) if clause.word(k) == "terms"), None)
    return j if k is None else k + 1 + (clause.word(k + 1) == "possible")


def list_head(clause: Clause, m: Mention) -> Mention:
    """The first name of the list of names that ``m`` ends ("France" of "with France and Germany")."""
    first = m
    if clause.word(clause.previous_word_index(m.start)) != "and" or clause.text(m.start).islower():
        return m  # "from the DPRK, we": no list
    while clause.word(clause.previous_word_index(first.start)) in {"and", ","}:
        before = clause.ends.get(clause.previous_word_index(first.start))
        if before is None or before.possessive:
            break
        first = before
    return first


def in_aside(clause: Clause, m: Mention) -> bool:
    """ "Japan, together with the US, reaffirmed its ...": a prepositional actor between commas is an aside; one
    after the verb ("impose consequences on Russia for its war") can own what follows."""
    before = clause.words(max(0, m.start - _ASIDE_REACH), m.start)
    return "," in before and clause.text(m.end) == ","


def stated_by(clause: Clause, head: Mention, boundary: int) -> bool:
    """ "Statements by Egypt, Jordan and Türkiye condemned": a list after "by" that follows a short noun phrase
    opening the clause is the clause's subject, its agents."""
    by = clause.word_before(head.start)
    if clause.word(by) != "by" or not 0 < by - boundary <= _STATEMENT_WORDS:
        return False
    opening = range(boundary, by)
    return all(clause.text(k).isalpha() and k not in clause.covered and clause.cue_covering(k) is None for k in opening)


def adjectives_listed(clause: Clause, j: int) -> bool:
    """A comma or "and" between the lower-case modifiers of one noun right after a determiner: no distance."""
    if clause.text(j) not in {",", "and"} or clause.word(clause.previous_word_index(j) - 1) not in DETERMINERS:
        return False
    before, after = clause.text(j - 1), clause.text(j + 1)
    plain = before.isalpha() and before.islower() and after.isalpha() and after.islower()
    return plain and not after.endswith(("ing", "ed")) and after not in OBJECT_STOPS | {"and", "or"}
