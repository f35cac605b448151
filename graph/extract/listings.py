"""Sanctions stated as listings in the statement's own voice: "leading Iranian military figures have been
sanctioned", "Belarusian officials were designated today": a passive without its agent is the issuer's act."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.attribution import Attribution, asserters
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.subjects import subject_before
from graph.extract.words import ADVERBS, CONDITIONS, FUTURE, HEDGES, NEGATIONS
from graph.namespaces import ENT

__all__ = ["voice_listings"]

_SANCTIONS = ENT + "sanctions"  # the relation type a listing is
_PASSIVE_AUXILIARIES = frozenset({"been", "were", "was", "are", "is"})
_AGENT_REACH = 4
_CONFIDENCE = 0.7
_ISSUERS = frozenset({"State", "Bloc"})


def _auxiliary_before(clause: Clause, cue: CueMatch) -> int | None:
    j = clause.previous_word_index(cue.start)
    while clause.word(j) in ADVERBS - {"has", "have", "had"} or clause.adverb_ly(j):
        j -= 1
    return j if clause.word(j) in _PASSIVE_AUXILIARIES else None


def voice_listings(
    clause: Clause, attributions: Sequence[Attribution], discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """Who the voice lists: the subject of a passive sanctioning verb that names no agent, in a state's or a bloc's
    statement, not reported, hedged, denied, conditional or future."""
    relation = clause.lexicon.relation(_SANCTIONS)
    voice = discourse.we
    if relation is None or len(voice) != 1 or clause.lexicon.kind(voice[0]) not in _ISSUERS:
        return []
    if any(w in CONDITIONS for w in clause.words(0, len(clause.tokens))):
        return []
    found = []
    for cue in clause.cues:
        if cue.relation != relation or cue.end - cue.start != 1 or not clause.word(cue.start).endswith("ed"):
            continue
        auxiliary = _auxiliary_before(clause, cue)
        if auxiliary is None or "by" in clause.words(cue.end, cue.end + _AGENT_REACH):
            continue
        before = set(clause.words(max(0, auxiliary - 3), cue.start))
        if before & (FUTURE | HEDGES | NEGATIONS) or asserters(attributions, cue.start) is not None:
            continue
        listed = subject_before(clause, auxiliary, 0, voice, discourse.persons)
        head = clause.ends.get(listed.end) if listed is not None else None
        if listed is None or listed.how != "subject" or head is None:
            continue
        j = clause.previous_word_index(auxiliary)
        while clause.word(j) in ADVERBS | _PASSIVE_AUXILIARIES:
            j -= 1
        if not (head.titled or j + 1 == listed.end):
            continue  # "Iran's military officials have been sanctioned", not "Russian banks have been sanctioned"
        pairs = tuple((voice[0], a) for a in listed.actors if a != voice[0] and not clause.lexicon.related(voice[0], a))
        if pairs:
            found.append((cue, pairs, _CONFIDENCE))
    return found
