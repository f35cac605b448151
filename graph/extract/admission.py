"""Membership stated by a role rather than by a verb of joining: "welcomed Finland as its newest member", "welcome
X as a new Member State of the IAEA" (an admission, not praise), and a sentence opening "As a member of X, Y ..." or
"As a fellow X member state, Y ...": Y is a member of X."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.attribution import Attribution
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.lists import expand_right
from graph.extract.mentions import Mention
from graph.extract.subjects import subject_before
from graph.extract.words import CONDITIONS, HEDGES, NEGATIONS
from graph.namespaces import ENT

__all__ = ["admitted", "member_noun", "role_members"]

_MEMBERSHIP = ENT + "memberOf"
_BODIES = frozenset({"Bloc", "Organisation"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "our"})
_MAX_ADJECTIVES = 2  # "a new", "its newest", "a fellow", "a founding"
_REACH = 12  # words from the member noun to the comma before the member: "of the Inter-Governmental Authority ..."
_CONFIDENCE = 0.8


def member_noun(clause: Clause, k: int) -> tuple[int, Mention | None]:
    """Where a member noun after ``k`` ends ("a new Member State", "a fellow IGAD member state"), with the body named
    between its adjectives and the noun; (-1, None) when there is none."""
    j = k + 1 if clause.word(k) in _DETERMINERS else k
    body = None
    for _ in range(_MAX_ADJECTIVES + 2):
        for noun in sorted(clause.lexicon.member_nouns, key=len, reverse=True):
            if clause.words(j, j + len(noun)) == tuple(w.lower() for w in noun):
                return j + len(noun), body
        m = clause.starts.get(j)
        if m is not None and body is None and m.resolved and clause.lexicon.kind(m.actor or "") in _BODIES:
            body, j = m, m.end
        elif m is None and clause.text(j).isalpha() and clause.word(j) not in {"of", "and", "or"}:
            j += 1
        else:
            break
    return -1, None


def admitted(clause: Clause, m: Mention) -> bool:
    """ "Finland as its newest member", "A and B as new members": what follows the actor (or the list it opens) is
    the role it is admitted to, not a reason to praise."""
    end = expand_right(clause, m)[-1].end
    return clause.word(end) == "as" and member_noun(clause, end + 1)[0] > 0


def _welcomed(clause: Clause, discourse: Discourse) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    found = []
    for cue in clause.cues:
        if clause.words(cue.start, cue.end) not in clause.lexicon.direct_object:
            continue
        if set(clause.words(0, cue.start)) & (HEDGES | CONDITIONS | NEGATIONS):
            continue  # "would welcome X as a member", "did not welcome"
        m = clause.actor_at(cue.end)
        if m is None or not m.resolved or m.possessive or not admitted(clause, m):
            continue
        group = expand_right(clause, m)
        end, body = member_noun(clause, group[-1].end + 1)
        body = clause.actor_at(end + 1) if clause.word(end) == "of" else body
        members = tuple(a for x in group for a in x.named)
        if body is None:  # "NATO welcomed Finland as its newest member": the welcoming body
            host = subject_before(clause, cue.start, 0, members, discourse.persons)
            bodies = host.actors if host is not None else ()
        else:
            bodies = body.named if body.resolved else ()
        bodies = tuple(b for b in bodies if clause.lexicon.kind(b) in _BODIES)
        relation = clause.lexicon.relation(_MEMBERSHIP)
        if relation is not None and len(bodies) == 1:
            pairs = tuple((a, bodies[0]) for a in members if a != bodies[0])
            found.append((CueMatch(cue.start, end, relation), pairs, _CONFIDENCE))
    return found


def _opening_role(clause: Clause) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """ "As a member of X, Y joins ...": the subject after the opening's comma is a member of X."""
    relation = clause.lexicon.relation(_MEMBERSHIP)
    if relation is None or clause.word(0) != "as":
        return []
    end, body = member_noun(clause, 1)
    if end < 0:
        return []
    comma = next((k for k in range(end, min(end + _REACH, len(clause.tokens))) if clause.text(k) == ","), None)
    named = [m for m in clause.mentions if end <= m.start < (comma or 0)]
    if body is None and clause.word(end) == "of" and named:  # "of the Inter-Governmental Authority ... (IGAD)"
        body = named[0]
    if comma is None or body is None or any(m.named != body.named for m in named):
        return []  # another actor before the comma: "As a member of X and partner of Z," is left alone
    if not body.resolved or clause.lexicon.kind(body.actor or "") not in _BODIES:
        return []
    subject = clause.actor_at(comma + 1)
    if subject is None or not subject.resolved or subject.possessive or clause.cue_covering(comma + 1) is not None:
        return []
    members = tuple(a for x in expand_right(clause, subject) for a in x.named if a not in body.named)
    return [(CueMatch(0, end, relation), tuple((a, body.named[0]) for a in members), _CONFIDENCE)] if members else []


def role_members(
    clause: Clause, attributions: Sequence[Attribution], discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """Memberships a role states: an admission welcomed, a sentence opening with the member's role."""
    del attributions  # the role is stated, whoever reports it
    return [*_welcomed(clause, discourse), *_opening_role(clause)]
