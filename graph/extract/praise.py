"""Praise of an actor's qualities: "pays tribute to the unwavering resilience and courage displayed by the
Ukrainian people", "commends the leadership of Qatar". The object of a praise cue may be named after a noun of
quality and "of" or "<participle> by", further than a plain object search reaches."""

from __future__ import annotations

from graph.extract.agents import Target
from graph.extract.clause import Clause, CueMatch
from graph.extract.lists import expand_right
from graph.extract.words import OFFICE_WORDS, QUALITY_NOUNS

__all__ = ["quality_owner"]

_REACH = 12
_BEFORE_NAME = OFFICE_WORDS | {"the"}
_PRAISE = ("praises",)  # the cue phrase that names the relation type of praise


def _owner_at(clause: Clause, j: int) -> Target | None:
    while clause.word(j) in _BEFORE_NAME and j not in clause.starts:  # "of the Royal Saudi Air Defense Forces"
        j += 1
    m = clause.starts.get(j)
    if m is None or not m.resolved or m.possessive:
        return None
    group = expand_right(clause, m)
    return Target(tuple(dict.fromkeys(a for x in group for a in x.named)), j - 1, end=group[-1].end)


def quality_owner(clause: Clause, cue: CueMatch) -> Target | None:
    """Whose quality a praise cue praises: the actor after "<quality> of" or "<quality> <participle> by"."""
    if cue.relation != clause.lexicon.cues.get(_PRAISE):
        return None
    quality = False
    for k in range(cue.end, min(cue.end + _REACH, len(clause.tokens))):
        word, text = clause.word(k), clause.text(k)
        if quality and (word == "of" or (word == "by" and clause.word(k - 1).endswith(("ed", "shown")))):
            return _owner_at(clause, k + 1)
        if word in QUALITY_NOUNS:
            quality = True
        elif not (text == "," or (text.isalpha() and text.islower())) or k in clause.starts or k in clause.cue_starts:
            return None
    return None
