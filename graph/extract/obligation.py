"""A statement's own demand stated as an obligation: "Russia must end this war" (the issuer demands it of Russia)."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.attribution import Attribution, asserters
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.words import ADVERBS, BE_AUXILIARIES, CONDITIONS, NEGATIONS, QUOTES

__all__ = ["obligations"]

_MUST = frozenset({"must"})
_DEMAND = ("demands",)  # the cue phrase whose relation type a stated obligation is
_CONFIDENCE = 0.7


def _reported(clause: Clause, start: int, relation: str) -> bool:
    """The sentence tells whose demand it is: a cue of the demand itself, or a reporting verb after ``start``."""
    own = any(c.relation == relation for c in clause.cues)
    return own or any(clause.reporting_verb_at(k) > k for k in range(start, len(clause.tokens)))


def obligations(
    clause: Clause, attributions: Sequence[Attribution], discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """ "Russia must end this war", "Iran must immediately release": an actor before "must" and an active verb is
    the addressee of a demand by the statement's voice (its issuer or signatories), or by the party it quotes.
    Not "must be" (a passive: "ISIL must be defeated"), "must not", nor under a condition."""
    relation = clause.lexicon.cues.get(_DEMAND)
    if relation is None or any(w in CONDITIONS for w in clause.words(0, len(clause.tokens))):
        return []
    found = []
    for m in clause.mentions:
        if not m.resolved or m.possessive or clause.word(m.end) not in _MUST or m.group:
            continue
        j = m.end + 1
        while clause.word(j) in ADVERBS or clause.word(j).endswith("ly"):
            j += 1
        verb = clause.text(j)
        if not (verb.isalpha() and verb.islower()) or verb in BE_AUXILIARIES | NEGATIONS | {"have", "not"}:
            continue
        following = clause.text(j + 1)
        if not (following.isalpha() or following in QUOTES) or _reported(clause, m.end, relation):
            continue  # "Ukraine must prevail,": no object, a wish; "..., members of the Council demanded": theirs
        said = asserters(attributions, m.start)
        demanding = said.speakers if said is not None and said.resolved else () if said is not None else discourse.we
        pairs = tuple((s, a) for s in demanding for a in m.named if s != a and not clause.lexicon.related(s, a))
        if pairs:
            found.append((CueMatch(m.end, m.end + 1, relation), pairs, _CONFIDENCE))
    return found
