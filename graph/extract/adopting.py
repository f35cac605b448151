"""Sanctions one state adopts from another: "Switzerland adopted the EU sanctions against Russia", "Norway has
formally adopted the sanctions imposed against Russia by the US and the EU", "Iceland aligned itself with the EU's
restrictive measures against Belarus" → the adopter sanctions the same target as the one who imposed them."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.clause import Clause, CueMatch
from graph.extract.subjects import subject_before
from graph.extract.words import ADOPTIONS, CONDITIONS, DETERMINERS, FUTURE, HEDGES, NEGATIONS
from graph.namespaces import ENT

__all__ = ["adopters"]

_SANCTIONS = ENT + "sanctions"
_REFLEXIVES = frozenset({"itself", "themselves"})
_MAX_ADJECTIVES = 3


def _adopting_verb(clause: Clause, cue: CueMatch) -> int:
    """The index of a verb of adoption that takes the cue's noun phrase as its object ("adopted the EU's new"), or -1."""
    j, adjectives = clause.previous_word_index(cue.start), 0
    while j >= 0:
        owner = clause.ends.get(j + 1)
        if owner is not None:  # "the EU sanctions", "the EU's measures"
            j = clause.previous_word_index(owner.start)
        elif clause.word(j) in DETERMINERS:
            j -= 1
        elif clause.text(j).isalpha() and clause.text(j).islower() and clause.word(j) not in ADOPTIONS:
            adjectives += 1
            if adjectives > _MAX_ADJECTIVES or clause.word(j) == "with":
                break
            j -= 1
        else:
            break
    if clause.word(j) == "with":  # "aligned itself with", "aligns with"
        j = clause.previous_word_index(j)
        j = clause.previous_word_index(j) if clause.word(j) in _REFLEXIVES else j
    return j if clause.word(j) in ADOPTIONS else -1


def adopters(clause: Clause, cue: CueMatch, imposers: Sequence[str], persons: Sequence[str]) -> tuple[str, ...]:
    """Who adopts the sanctions the cue names, other than those who imposed them."""
    if cue.relation != clause.lexicon.relation(_SANCTIONS):
        return ()
    verb = _adopting_verb(clause, cue)
    found = subject_before(clause, verb, 0, imposers, persons) if verb > 0 else None
    if found is None:
        return ()
    between = set(clause.words(found.end, verb)) | ({"if"} & set(clause.words(0, verb)))
    if between & (NEGATIONS | HEDGES | FUTURE | CONDITIONS | {"t"}):
        return ()  # "has not adopted", "could adopt", "will adopt": the adopter's act is not stated
    return tuple(a for a in found.actors if a not in imposers)
