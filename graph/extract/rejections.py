"""A rejection of another's words: "Venezuela rejects the statement from the Colombian Foreign Ministry", "rejects
Egypt's baseless accusations" → the rejecting party opposes and criticises whoever said them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graph.extract.clause import Clause, CueMatch, Found
from graph.extract.words import CLAUSE_PUNCTUATION, STATEMENT_NOUNS
from graph.namespaces import ENT

__all__ = ["SPEECH_NOUNS", "rejected_words"]

SPEECH_NOUNS = STATEMENT_NOUNS | {
    "remarks",
    "comments",
    "claim",
    "claims",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "fabrications",
    "insinuations",
    "pretexts",
    "words",
}
_REJECTING = frozenset({"reject", "rejects", "rejected", "rejecting", "rejection", "dismisses", "dismissed"})
_OPPOSES = ENT + "opposes"
_CRITICISES = ENT + "criticises"
_NOUN_PHRASE = 5  # words from the cue to the noun of speech ("the inconsistent and irresponsible statement")
_PENALTY = 0.1


def _words_rejected(clause: Clause, cue: CueMatch) -> bool:
    """A noun of speech heads what the rejection is of, before the clause turns elsewhere."""
    for k in range(cue.end, min(cue.end + _NOUN_PHRASE + 2, len(clause.tokens))):
        if clause.text(k) in CLAUSE_PUNCTUATION:
            return False
        if clause.word(k) in SPEECH_NOUNS and clause.text(k).islower():
            return True
    return False


def rejected_words(clause: Clause, found: Sequence[Found]) -> list[Found]:
    """(cue, pairs, confidence) of criticism for each stated rejection (``found``: the sentence's stated relations)
    of what another said: its pairs, who rejects and whose words."""
    opposes, criticises = clause.lexicon.relation(_OPPOSES), clause.lexicon.relation(_CRITICISES)
    if opposes is None or criticises is None:
        return []
    return [
        (replace(cue, relation=criticises), pairs, round(score - _PENALTY, 2))
        for cue, pairs, score in found
        if cue.relation == opposes and clause.word(cue.end - 1) in _REJECTING and _words_rejected(clause, cue)
    ]
