"""A statement's verdict on an actor stated with a copula, in its own voice (or the voice it reports):
"North Korea's repeated launches of ballistic missiles are absolutely unacceptable" (criticises North Korea),
"Sweden is also a strong and capable partner" (praises Sweden). Not under a condition or a hedge, not negated."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.attribution import Attribution, asserters
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.mentions import Mention
from graph.extract.words import (
    CONDEMNATORY,
    CONDITIONS,
    COPULAS,
    HEDGES,
    LAUDATORY,
    NEGATIONS,
    PARTNER_NOUNS,
    STRONG_PUNCTUATION,
    VIOLATION_NOUNS,
)
from graph.namespaces import ENT

__all__ = ["verdicts"]

_CRITICISE = ENT + "criticises"  # the relation types of the verdicts
_PRAISE = ENT + "praises"
_CONFIDENCE = 0.7
_MAX_SUBJECT = 14
_MAX_ADJECTIVES = 4
_PERFECT = frozenset({"has", "have", "had"})
_INTENSIFIERS = frozenset({"also", "completely", "totally", "absolutely", "simply", "extremely", "deeply", "clearly"})


def _adverbs(clause: Clause, j: int) -> int:
    while clause.word(j) in _INTENSIFIERS or clause.adverb_ly(j):
        j += 1
    return j


def _subject(clause: Clause, copula: int, *, possessive: bool, opening: int = 0) -> Mention | None:
    """The actor opening the copula's clause: "North Korea's launches ... are", "Sweden is"; ``opening`` is where a
    reported clause starts ("The Minister said Russia's actions were unacceptable")."""
    start = max((k + 1 for k in range(copula) if clause.text(k) in STRONG_PUNCTUATION), default=opening)
    start = max(start, opening)
    start += clause.word(start) in {"the", "that"}
    m = clause.starts.get(start)
    if m is None or not m.resolved or copula - start > _MAX_SUBJECT or m.possessive != possessive:
        return None
    between = range(m.end, copula)
    head = next((k for k in between if k in clause.cue_starts), None)
    modifiers = range(m.end, head if head is not None else m.end)
    act = (
        possessive
        and head is not None
        and all(clause.text(k).isalpha() and clause.text(k).islower() for k in modifiers)
    )
    if act:  # "Armenia's attack on Azerbaijan was a violation": the act the possessive owns, with its own object
        return m
    if any(k in clause.starts or k in clause.cue_starts for k in between) or (not possessive and m.end != copula):
        return None
    return m


def _verdict(clause: Clause, copula: int, opening: int = 0) -> tuple[str, Mention] | None:
    j = _adverbs(clause, copula + 1)
    if clause.word(j) in CONDEMNATORY:
        m = _subject(clause, copula, possessive=True, opening=opening)
        return ("criticise", m) if m is not None else None
    if clause.word(j) not in {"a", "an"}:
        return None
    v = j + 1
    while v < j + 1 + _MAX_ADJECTIVES and clause.text(v).isalpha() and clause.text(v).islower():
        if clause.word(v) in VIOLATION_NOUNS:  # "X's launch is a clear violation of the resolutions"
            m = _subject(clause, copula, possessive=True, opening=opening)
            return ("criticise", m) if m is not None else None
        v += 1
    k, laud = j + 1, False
    while k < j + 1 + _MAX_ADJECTIVES and clause.word(k) not in PARTNER_NOUNS:
        laud = laud or clause.word(k) in LAUDATORY
        if not ((clause.text(k).isalpha() and clause.text(k).islower()) or clause.text(k) == ","):
            return None
        k += 1
    m = _subject(clause, copula, possessive=False) if laud and clause.word(k) in PARTNER_NOUNS else None
    return ("praise", m) if m is not None else None


def _failure(clause: Clause, k: int) -> Mention | None:
    """ "the transitional government has failed to pay ...": the actor right before "(has) failed to"."""
    if clause.words(k, k + 2) != ("failed", "to"):
        return None
    aux = k - 1 if clause.word(k - 1) in _PERFECT else k
    m = clause.ends.get(aux)
    if m is None or not m.resolved or m.possessive or clause.prepositional(m):
        return None
    return m


def verdicts(
    clause: Clause, attributions: Sequence[Attribution], discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """(cue, pairs, confidence) for each verdict the sentence states with a copula."""
    words = clause.words(0, len(clause.tokens))
    relations = {"criticise": clause.lexicon.relation(_CRITICISE), "praise": clause.lexicon.relation(_PRAISE)}
    found = []
    for k in range(len(words)):
        failed = _failure(clause, k)
        if failed is None or any(w in CONDITIONS | HEDGES for w in words[:k]) or relations["criticise"] is None:
            continue
        said = asserters(attributions, failed.start)
        judges = said.speakers if said is not None and said.resolved else () if said is not None else discourse.we
        pairs = tuple((s, a) for s in judges for a in failed.named if not clause.lexicon.related(s, a))
        if pairs:
            found.append((CueMatch(k, k + 2, relations["criticise"]), pairs, _CONFIDENCE))
    for copula in (k for k, w in enumerate(words) if w in COPULAS):
        if any(w in CONDITIONS | HEDGES | NEGATIONS for w in words[: copula + 2]):
            break  # "if X's launches are unacceptable", "Y would be a strong partner", "Z is not a reliable ally"
        reported = [a.scope_start for a in attributions if a.clause and a.verb < a.scope_start <= copula]
        verdict = _verdict(clause, copula, max(reported, default=0))
        relation = relations[verdict[0]] if verdict is not None else None
        if verdict is None or relation is None:
            continue
        said = asserters(attributions, verdict[1].start)
        judges = said.speakers if said is not None and said.resolved else () if said is not None else discourse.we
        lexicon = clause.lexicon
        pairs = tuple((s, a) for s in judges for a in verdict[1].named if not lexicon.related(s, a))
        if pairs:
            found.append((CueMatch(copula, copula + 1, relation), pairs, _CONFIDENCE))
    return found
