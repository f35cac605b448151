"""A statement's own demand stated as an obligation: "Russia must end this war" (the issuer demands it of Russia),
and its opposition stated as a need: "ISIL must be defeated"."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.attribution import Attribution, asserters
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.words import ADVERBS, BE_AUXILIARIES, CONDITIONS, HEDGES, NEGATIONS, QUOTES
from graph.namespaces import ENT

__all__ = ["obligations"]

_MUST = frozenset({"must", "should"})  # "Russia should use its influence": the voice demands it
_DEMAND = ENT + "demandsOf"  # the relation type a stated obligation is
_OPPOSE = ENT + "opposes"  # and a stated need to defeat the actor
# "ISIL must be defeated": the voice opposes it.
_DEFEATED = frozenset(("be", w) for w in ("defeated", "countered", "stopped", "confronted", "resisted"))
_CONFIDENCE = 0.7


def _reported(clause: Clause, start: int, relation: str) -> bool:
    """The sentence tells whose demand it is: a cue of the demand itself, or a reporting verb after ``start``."""
    own = any(c.relation == relation for c in clause.cues)
    return own or any(clause.reporting_verb_at(k) > k for k in range(start, len(clause.tokens)))


def _demanders(clause: Clause, start: int, relation: str) -> tuple[str, ...]:
    """ "Russia must withdraw ..., members of the Security Council demanded": who demands, named right before the
    sentence's closing demand verb after a comma."""
    for cue in clause.cues:
        if cue.relation != relation or cue.start <= start:
            continue
        if any(k in clause.starts for k in range(cue.end, len(clause.tokens))):
            return ()  # "..., Chile demanded of Bolivia": the cue has its own object
        m = clause.ends.get(cue.start)
        if m is None or not m.resolved or m.possessive:
            return ()
        opening = clause.words(max(0, m.start - 3), m.start)
        comma = clause.text(m.start - 1) == "," or (len(opening) == 3 and clause.text(m.start - 4) == ",")
        return m.named if comma and (not opening or opening[-1] in {",", "the", "of"}) else ()
    return ()


def _positive(clause: Clause) -> frozenset[str]:
    """The relations that joining, supporting, praising or cooperating name."""
    lexicon = clause.lexicon
    named = {lexicon.relation(ENT + r) for r in ("supports", "praises", "seeksResetWith")}
    return frozenset({r for r in named if r is not None} | set(lexicon.member_nouns.values()) | lexicon.symmetric)


def _voice(clause: Clause, discourse: Discourse) -> tuple[str, ...]:
    """The statement's voice; but where a state reports a bloc's meeting and the sentence before opened with the bloc
    ("The European Council stresses ... . Russia should use its influence"), the bloc's."""
    kind = clause.lexicon.kind
    reported = len(discourse.subject) == 1 and kind(discourse.subject[0]) == "Bloc"
    return (
        discourse.subject if reported and len(discourse.we) == 1 and kind(discourse.we[0]) == "State" else discourse.we
    )


def obligations(
    clause: Clause, attributions: Sequence[Attribution], discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """ "Russia must end this war", "Iran must immediately release": an actor before "must" and an active verb is
    the addressee of a demand by the statement's voice (its issuer or signatories), or by the party it quotes.
    "ISIL must be defeated" (countered, stopped, ...) says the voice opposes it. Not another "must be", "must not",
    nor under a condition."""
    relation, opposing = clause.lexicon.relation(_DEMAND), clause.lexicon.relation(_OPPOSE)
    if relation is None or any(w in CONDITIONS for w in clause.words(0, len(clause.tokens))):
        return []
    found = []
    for m in clause.mentions:
        if not m.resolved or m.possessive or clause.word(m.end) not in _MUST or m.group or clause.prepositional(m):
            continue  # "the bloodshed of the people of Myanmar must be stopped": the noun before "of" must
        j = m.end + 1
        while clause.word(j) in ADVERBS or clause.adverb_ly(j):
            j += 1
        verb = clause.text(j)
        defeat = clause.words(j, j + 2) in _DEFEATED
        owed = opposing if defeat else relation
        if owed is None:
            continue
        if _reported(clause, m.end, owed):  # "..., members of the Council demanded": theirs
            pairs = tuple((s, a) for s in _demanders(clause, m.end, owed) for a in m.named if s != a)
            found += [(CueMatch(m.end, m.end + 1, owed), pairs, _CONFIDENCE)] if pairs and not defeat else []
            continue
        if not defeat:
            if not (verb.isalpha() and verb.islower()) or verb in BE_AUXILIARIES | NEGATIONS | HEDGES | {"have", "not"}:
                continue
            if not (clause.text(j + 1).isalpha() or clause.text(j + 1) in QUOTES):
                continue  # "Ukraine must prevail,": no object, a wish
            wished = clause.cue_starts.get(j)
            if wished is not None and wished.relation in _positive(clause):
                continue  # "Ukraine should join the EU": a wish for it, not a demand of it
        said = asserters(attributions, m.start)
        demanding = (
            said.speakers
            if said is not None and said.resolved
            else ()
            if said is not None
            else _voice(clause, discourse)
        )
        pairs = tuple((s, a) for s in demanding for a in m.named if s != a and not clause.lexicon.related(s, a))
        if pairs:
            found.append((CueMatch(m.end, m.end + 1, owed), pairs, _CONFIDENCE))
    return found
