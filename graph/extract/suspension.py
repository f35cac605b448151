"""A body suspending a member: "the Council suspended X from taking part in the League's activities", "decided to
suspend, with immediate effect, X's participation in all the organization's activities", "to suspend the
participation of X in AU activities", "suspending X of its rights of representation", "the suspension of X's
membership": X is suspended from the body that suspends it (or the body named after "from" or "in")."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.attribution import Attribution
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.lists import expand_right
from graph.extract.mentions import Mention
from graph.extract.subjects import subject_before
from graph.extract.words import CONDITIONS, FUTURE, HEDGES, NEGATIONS
from graph.namespaces import ENT

__all__ = ["from_bodies", "suspensions"]

_SUSPENDED = ENT + "suspendedFrom"
_BODIES = frozenset({"Bloc", "Organisation"})
_VERBS = frozenset({"suspend", "suspends", "suspended", "suspending"})
_NOUNS = frozenset({"suspension"})
_RIGHTS = frozenset({"participation", "membership", "rights", "seat"})  # "X's participation in"
_LINKS = frozenset({"from", "of"})  # "suspended X from", "suspending X of its rights"
_ASIDE = 6  # words of an aside between commas after the verb: ", with immediate effect,"
_CONFIDENCE = 0.8
_MANNERS = (("with", "immediate", "effect"), ("indefinitely",), ("immediately",))
_BEEN = frozenset({"was", "is", "been", "be", "were", "are"})  # "was suspended", "has been suspended"


def _past_aside(clause: Clause, j: int) -> int:
    if clause.text(j) != ",":
        return j
    close = next((k for k in range(j + 1, min(j + 2 + _ASIDE, len(clause.tokens))) if clause.text(k) == ","), None)
    return close + 1 if close is not None else j


def _member(clause: Clause, j: int, noun: bool) -> tuple[Mention, int] | None:
    """The actor suspended at ``j`` and where what follows it ends: "X from", "X's participation"."""
    rights_of = clause.word(j) == "the" and clause.word(j + 1) in _RIGHTS and clause.word(j + 2) == "of"
    m = clause.actor_at(j + 3 if rights_of else j)  # "to suspend the participation of X in"
    if rights_of and m is not None and m.resolved and not m.possessive:
        return (m, m.end) if clause.lexicon.kind(m.actor or "") not in _BODIES | {"Person"} else None
    if m is None or not m.resolved or clause.lexicon.kind(m.actor or "") in _BODIES | {"Person"}:
        return None
    following = clause.word(m.end)
    if m.possessive and following in _RIGHTS:
        return m, m.end + 1
    if not m.possessive and (following in _LINKS or (noun and following == "from")):
        return m, m.end + 1
    if not m.possessive and (following in {",", ".", ""} or _manner(clause, m.end) > m.end):
        return m, m.end  # "the suspension ... of Gabon, where", "suspended Gabon with immediate effect": the subject's
    return None


def _manner(clause: Clause, k: int) -> int:
    """The end of "with immediate effect" (or "indefinitely", "immediately") at ``k``; ``k`` when there is none."""
    phrase = next((p for p in _MANNERS if clause.words(k, k + len(p)) == p), ())
    return k + len(phrase)


def _body(clause: Clause, after: int, verb: int, member: str, discourse: Discourse) -> str | None:
    """The body named right after "from" or "in" ("from the OAS", "in all AU activities"), else the subject."""
    for k in range(after, min(after + 4, len(clause.tokens))):
        m = clause.starts.get(k)
        if m is not None:
            if m.resolved and clause.lexicon.kind(m.actor or "") in _BODIES and not m.possessive:
                return m.actor
            break
        if not clause.text(k).islower():
            break
    subject = subject_before(clause, verb, 0, (member,), discourse.persons)
    bodies = [a for a in subject.actors if clause.lexicon.kind(a) in _BODIES] if subject is not None else []
    return bodies[0] if len(bodies) == 1 else None


def _passive_suspensions(
    clause: Clause, relation: str | None, discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """ "X's membership of the OAS was suspended": the owner of the membership is suspended from the body."""
    found: list[tuple[CueMatch, tuple[tuple[str, str], ...], float]] = []
    for m in clause.mentions:
        if relation is None or not (m.possessive and m.resolved) or clause.word(m.end) not in _RIGHTS:
            continue
        verb = next((k for k in range(m.end + 1, min(m.end + _ASIDE + 4, len(clause.tokens)))
                     if clause.text(k) in _VERBS and clause.word(k - 1) in _BEEN), None)  # fmt: skip
        if verb is None or set(clause.words(0, verb)) & (HEDGES | CONDITIONS | NEGATIONS | FUTURE):
            continue
        body = _body(clause, m.end + 1, m.start, m.actor or "", discourse)
        if body is not None and body != m.actor:
            found.append((CueMatch(m.start, verb + 1, relation), ((m.actor or "", body),), _CONFIDENCE))
    return found


def suspensions(
    clause: Clause, attributions: Sequence[Attribution], discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """Who a body suspends, not hedged, denied, conditional or future."""
    del attributions  # the suspension is stated, whoever reports it
    relation = clause.lexicon.relation(_SUSPENDED)
    found: list[tuple[CueMatch, tuple[tuple[str, str], ...], float]] = []
    found += _passive_suspensions(clause, relation, discourse)
    for j, token in enumerate(clause.tokens):
        noun = token.lower in _NOUNS and clause.word(_manner(clause, j + 1)) == "of"  # "suspension with ... effect of"
        if relation is None or not (token.text in _VERBS or noun):
            continue
        if set(clause.words(0, j)) & (HEDGES | CONDITIONS | NEGATIONS | FUTURE):
            continue  # "threatened to suspend", "will suspend", "did not suspend"
        start = _manner(clause, j + 1) + 1 if noun else _past_aside(clause, j + 1)
        member = _member(clause, start, noun)
        if member is None:
            continue
        m, after = member
        group = expand_right(clause, m) if after == m.end else (m,)  # "suspended Niger, Mali and Guinea"
        after = group[-1].end if len(group) > 1 else after
        body = _body(clause, after, j, m.actor or "", discourse)
        members = [a for x in group for a in x.named if clause.lexicon.kind(a) not in _BODIES | {"Person"}]
        if body is not None and members:
            found.append((CueMatch(j, after, relation), tuple((a, body) for a in members if a != body), _CONFIDENCE))
    return found


def from_bodies(clause: Clause, relation: str, pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The pairs a suspension may hold: one is suspended from a body, not from a state ("suspended its participation
    in the talks with Peru" suspends Chile from no one)."""
    if relation != clause.lexicon.relation(_SUSPENDED):
        return tuple(pairs)
    return tuple((s, o) for s, o in pairs if clause.lexicon.kind(o) in _BODIES)
