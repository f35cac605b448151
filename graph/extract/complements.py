"""A verdict on an actor's act given as the complement of a verb of judging, or of a copula after an act a "by" or a
demonym names the owner of: "Kenya called Russia's withdrawal a violation of the deal", "Egypt described the
Ethiopian move as illegal", "this move by Venezuela is a flagrant violation of Guyana's sovereignty" (criticises
the act's owner). Not under a condition or a hedge, not negated."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.attribution import Attribution, asserters
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.mentions import Mention
from graph.extract.subjects import subject_before
from graph.extract.words import (
    CONDEMNATORY,
    CONDITIONS,
    COPULAS,
    DETERMINERS,
    HEDGES,
    NEGATIONS,
    QUOTES,
    STRONG_PUNCTUATION,
    VIOLATION_NOUNS,
)
from graph.namespaces import ENT

__all__ = ["complement_verdicts"]

_CRITICISE = ENT + "criticises"
_CONFIDENCE = 0.7
_JUDGING = frozenset(
    {"call", "calls", "called", "consider", "considers", "considered", "describe", "describes", "described"}
    | {"term", "terms", "termed", "deem", "deems", "deemed", "regard", "regards", "regarded", "brand", "branded"}
)
_ACT_WORDS = 4  # "the Iranian [missile attack on Qatar]": the words of the act after its owner
_REACH = 10  # from the verb of judging to the verdict
_NOT_ACTS = DETERMINERS | {"as", "to", "for", "of"}  # "called Russia a ...", "called on Russia to": no act named


def _owner(clause: Clause, start: int) -> tuple[Mention, int] | None:
    """The owner of the act named from ``start`` ("Russia's withdrawal", "the Iranian missile attack", "this move by
    Venezuela") and where the act's phrase ends."""
    j = start + (clause.word(start) in DETERMINERS)
    m = clause.starts.get(j)
    if m is not None and m.resolved and clause.text(m.end).islower() and clause.word(m.end) not in _NOT_ACTS:
        k = m.end
        while (
            k < m.end + _ACT_WORDS and clause.text(k).isalpha() and clause.text(k).islower() and k not in clause.starts
        ):
            if clause.word(k) in {"a", "an", "as"} | CONDEMNATORY | COPULAS:
                break
            k += 1
        return (m, k) if k > m.end else None
    k = j
    while k < j + 2 and clause.text(k).isalpha() and clause.text(k).islower() and clause.word(k) != "by":
        k += 1
    by = clause.starts.get(k + 1) if k > j and clause.word(k) == "by" else None
    return (by, by.end) if by is not None and by.resolved and not by.possessive else None


def _condemned(clause: Clause, j: int) -> bool:
    """A condemnatory adjective, or "a"/"an", adjectives and a noun of violation, from ``j`` ("as" allowed first)."""
    if clause.text(j) in STRONG_PUNCTUATION:
        return False
    j += clause.word(j) == "as"
    while clause.adverb_ly(j):
        j += 1
    if clause.word(j) in CONDEMNATORY:
        return True
    if clause.word(j) not in {"a", "an"}:
        return False
    k, end = j + 1, j + 1 + _ACT_WORDS
    while k < end and ((clause.text(k).isalpha() and clause.text(k).islower()) or clause.text(k) in QUOTES):
        if clause.word(k) in VIOLATION_NOUNS:
            return True
        end += clause.text(k) in QUOTES  # 'a "blatant" violation': the quotation marks are no words
        k += 1
    return False


def _judges(clause: Clause, at: int, attributions: Sequence[Attribution], discourse: Discourse) -> tuple[str, ...]:
    said = asserters(attributions, at)
    if said is not None:
        return said.speakers if said.resolved else ()
    return discourse.we


def complement_verdicts(
    clause: Clause, attributions: Sequence[Attribution], discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """(cue, pairs, confidence) for each verdict the sentence gives as a complement."""
    relation = clause.lexicon.relation(_CRITICISE)
    words = clause.words(0, len(clause.tokens))
    found: list[tuple[CueMatch, tuple[tuple[str, str], ...], float]] = []
    for k, word in enumerate(words):
        if relation is None or any(w in CONDITIONS | HEDGES | NEGATIONS for w in words[:k]):
            break
        judging = word in _JUDGING and clause.text(k).islower()
        reported = [a.scope_start for a in attributions if a.scope_start <= k < a.scope_end and a.verb < k]
        strong = [j + 1 for j in range(k) if clause.text(j) in STRONG_PUNCTUATION]
        opening = 0 if judging else max([0, *strong, *reported])
        if not judging and not (word in COPULAS and k > opening):
            continue
        owned = _owner(clause, k + 1) if judging else _copula_owner(clause, k, opening)
        if owned is None:
            continue
        owner, end = owned
        verdict = next((j for j in range(end, k + _REACH) if _condemned(clause, j)), None) if judging else None
        if (verdict is None and judging) or (not judging and not _condemned(clause, k + 1)):
            continue
        judge = subject_before(clause, k, opening, owner.named, discourse.persons) if judging else None
        judges = judge.actors if judge is not None else _judges(clause, owner.start, attributions, discourse)
        pairs = tuple((s, a) for s in judges for a in owner.named if s != a and not clause.lexicon.related(s, a))
        if pairs:
            found.append((CueMatch(k, k + 1, relation), pairs, _CONFIDENCE))
    return found


def _copula_owner(clause: Clause, copula: int, opening: int) -> tuple[Mention, int] | None:
    """ "this move by Venezuela is", "the Ethiopian decision was": the act opening the copula's clause, owned by an
    actor named after "by" or as a demonym (a possessive is :mod:`graph.extract.verdicts`' case)."""
    start = opening + (clause.word(opening) == "that")
    owned = _owner(clause, start)
    if owned is None or owned[0].possessive:
        return None
    return owned if owned[1] == copula else None
