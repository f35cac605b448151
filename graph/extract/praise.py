"""Praise of an actor's qualities: "pays tribute to the unwavering resilience and courage displayed by the
Ukrainian people", "commends the leadership of Qatar". The object of a praise cue may be named after a noun of
quality and "of" or "<participle> by", further than a plain object search reaches."""

from __future__ import annotations

from graph.extract.agents import Target, group_target
from graph.extract.clause import Clause, CueMatch
from graph.extract.words import AGREEMENT_NOUNS, OFFICE_WORDS, QUALITY_NOUNS
from graph.namespaces import ENT

__all__ = ["agreement_parties", "quality_owner"]

_REACH = 12
_PARTY_REACH = 8  # words between "between" (or "and") and a party's name: "the Government of the Republic of"
_BEFORE_NAME = OFFICE_WORDS | {"the"}
_PRAISE = ENT + "praises"


def _owner_at(clause: Clause, j: int) -> Target | None:
    while clause.word(j) in _BEFORE_NAME and j not in clause.starts:  # "of the Royal Saudi Air Defense Forces"
        j += 1
    m = clause.starts.get(j)
    if m is None or not m.resolved or m.possessive:
        return None
    return group_target(clause, m, j - 1)


def quality_owner(clause: Clause, cue: CueMatch) -> Target | None:
    """Whose quality a praise cue praises: the actor after "<quality> of" or "<quality> <participle> by"."""
    if cue.relation != clause.lexicon.relation(_PRAISE):
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


def _party_after(clause: Clause, start: int) -> tuple[str, ...]:
    for k in range(start, min(start + _PARTY_REACH, len(clause.tokens))):
        m = clause.starts.get(k)
        if m is not None:
            return m.named if m.resolved and not m.possessive else ()
        if clause.word(k) == "and" or clause.text(k) in {",", ";", "."}:
            return ()
    return ()


def agreement_parties(clause: Clause, cue: CueMatch) -> Target | None:
    """ "welcomes the signing of the Agreement ... between the Government of Ethiopia and the TPLF": praise of an
    agreement praises the parties it names after "between"."""
    if cue.relation != clause.lexicon.relation(_PRAISE):
        return None
    agreed = False
    for k in range(cue.end, min(cue.end + _REACH * 2, len(clause.tokens))):
        word = clause.word(k)
        if clause.text(k) in {";", ":"} or (k in clause.cue_starts and k > cue.end):
            return None
        agreed = agreed or word in AGREEMENT_NOUNS
        if agreed and word == "between":
            first = _party_after(clause, k + 1)
            and_at = next((j for j in range(k + 1, len(clause.tokens)) if clause.word(j) == "and"), None)
            second = _party_after(clause, and_at + 1) if and_at is not None else ()
            actors = tuple(dict.fromkeys((*first, *second)))
            return Target(actors, 0, end=k + 1) if actors else None
    return None
