"""Cooperation an agreement states by its shape: "the Agreement on ... signed on 23 March 2015 between Ethiopia, Egypt
and Sudan", "the memorandum of understanding signed between Ethiopia and Somaliland" → each party cooperates with
each other (a signed agreement binds its parties, whatever its reader thinks of it)."""

from __future__ import annotations

from itertools import combinations

from graph.extract.clause import Clause, CueMatch
from graph.extract.lists import expand_right
from graph.extract.words import AGREEMENT_NOUNS, CONDITIONS, HEDGES, NEGATIONS, STRONG_PUNCTUATION
from graph.namespaces import ENT

__all__ = ["signed_agreements"]

_COOPERATION = ENT + "cooperatesWith"
_CONFIDENCE = 0.7
_NOUN_REACH = 16  # from "signed" back to the agreement's noun: "the Agreement on the Declaration of Principles on ..."
_DATE_REACH = 6  # from "signed" to "between": "on 23 March 2015", "in Nairobi last year"
_SIGNED = frozenset({"signed", "concluded", "agreed", "reached"})  # "the Declaration agreed upon among A, B"
_ADJUNCT = frozenset({"on", "upon", "in", "at", "last", "this", "year", "month", "week", "the", ","})


def _between(clause: Clause, signed: int) -> int:
    """The index after "between" following "signed" and a date or place adjunct, or -1."""
    for k in range(signed + 1, min(signed + 1 + _DATE_REACH, len(clause.tokens))):
        word, text = clause.word(k), clause.text(k)
        if word in {"between", "among"}:
            return k + 1
        if not (word in _ADJUNCT or text.isdigit() or (text[:1].isupper() and k not in clause.starts)):
            return -1
    return -1


def _agreed(clause: Clause, signed: int) -> bool:
    """A noun of agreement before "signed", within its noun phrase (no clause punctuation between)."""
    for k in range(signed - 1, max(-1, signed - 1 - _NOUN_REACH), -1):
        if clause.text(k) in STRONG_PUNCTUATION or clause.word(k) in NEGATIONS:
            return False
        if clause.word(k) in AGREEMENT_NOUNS or clause.word(k) in {"mou", "memorandum", "declaration"}:
            return clause.word(k - 1) not in NEGATIONS | {"no"}  # "No agreement was reached between A and B"
    return False


def signed_agreements(clause: Clause) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """(cue, pairs, confidence) for each agreement the sentence names as signed between parties."""
    relation = clause.lexicon.relation(_COOPERATION)
    words = clause.words(0, len(clause.tokens))
    lower = {w for k, w in enumerate(words) if k == 0 or clause.text(k).islower()}  # "May" the month is no hedge
    if relation is None or lower & (CONDITIONS | HEDGES):
        return []
    found: list[tuple[CueMatch, tuple[tuple[str, str], ...], float]] = []
    for signed in (k for k, w in enumerate(words) if w in _SIGNED and clause.text(k).islower()):
        start = _between(clause, signed)
        first = clause.actor_at(start) if start > 0 else None
        if first is None or not first.resolved or not _agreed(clause, signed):
            continue
        group = list(expand_right(clause, first))
        last = group[-1]
        if len(group) == 1 and clause.word(last.end) == "and":  # "between Ethiopia and the Somali province"
            second = clause.actor_at(last.end + 1)
            group += [second] if second is not None and second.resolved else []
        parties = tuple(dict.fromkeys(a for m in group for a in m.named))
        pairs = tuple(p for p in combinations(parties, 2) if not clause.lexicon.related(*p))
        if pairs:
            found.append((CueMatch(signed, signed + 1, relation), pairs, _CONFIDENCE))
    return found
