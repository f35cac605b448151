"""What an envoy is summoned for: "summoned the Russian ambassador to protest the violation of its airspace and
demand an explanation" → the demand is made of the envoy's state, as the summons protests to it."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.clause import Clause, CueMatch
from graph.extract.words import CLAUSE_PUNCTUATION, SUMMON_CUES

__all__ = ["summoned_for"]

_PENALTY = 0.1
_OWN_OBJECT = 3  # words after a cue of the purpose within which an actor is its own object
_PURPOSE = frozenset({"to", "and"})  # "summoned X to protest ... and demand"


def summoned_for(
    clause: Clause, found: Sequence[tuple[CueMatch, tuple[tuple[str, str], ...], float]], done: set[CueMatch]
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """(cue, pairs, confidence) for each cue of the summons' purpose (``found``: the sentence's stated relations) that
    gave nothing of its own (not in ``done``): the pairs of the summons (who summoned, the envoy's state)."""
    extra = []
    for cue, pairs, score in found:
        if clause.words(cue.start, cue.end) not in SUMMON_CUES:
            continue
        for later in (c for c in clause.cues if c.start > cue.end):
            if any(clause.text(k) in CLAUSE_PUNCTUATION for k in range(cue.end, later.start)):
                break
            if clause.word(clause.previous_word_index(later.start)) not in _PURPOSE:
                continue
            named = any(k in clause.starts for k in range(later.end, min(later.end + _OWN_OBJECT, len(clause.tokens))))
            if named or later in done:  # "and demanded that Poland explain": the act has its own object
                break
            extra.append((later, pairs, round(score - _PENALTY, 2)))
    return extra
