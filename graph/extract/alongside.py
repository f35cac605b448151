"""Memberships stated by the list of those a new member joins, or by a relative clause on a list.

- "Iran joined China, Russia, ... and Uzbekistan as full member", "It joins Kenya, Burundi, ... and Tanzania in the
  bloc": the states listed after the verb of joining are members of the bloc: the one named after "in" or "as a
  member of", else the latest bloc the text named before (the admission the text is about).
- "Leaders of Burkina Faso, Mali and Niger, which are all members of the Sahel Alliance": each state of the list the
  relative clause follows, not only the nearest, even when the list is the object of a preposition.

Not hedged or denied ("would join A and B in the bloc", "which are not members of"); "joined A and B in condemning X"
is an act shared, not membership (no bloc after "in").
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.admission import member_noun
from graph.extract.agents import Agent
from graph.extract.clause import Clause, CueMatch, Found
from graph.extract.discourse import Discourse
from graph.extract.lists import expand_right
from graph.extract.mentions import Mention
from graph.extract.modality import hedged, negated
from graph.extract.text import Token
from graph.extract.words import NEGATIONS
from graph.namespaces import ENT

__all__ = ["bloc_at", "list_ending", "listed_members", "placed_in", "stated", "states_of"]

_MEMBERSHIP = ENT + "memberOf"
_CONFIDENCE = 0.75
_JOINING = frozenset({"join", "joins", "joined", "joining", "rejoined", "rejoins"})
_BLOC_NOUNS = frozenset(
    {"bloc", "grouping", "group", "organisation", "organization", "alliance", "union", "community", "association"}
)
_QUALIFIERS = frozenset(
    {"summit", "summits", "meeting", "meetings", "talks", "conference", "session", "headquarters", "building", "photo"}
    | {"delegation", "mission", "forum", "premises", "negotiations", "ministerial", "zone", "buffer", "area", "base"}
    | {"forces", "troops", "peacekeepers", "peacekeeping", "observers", "envoy", "chair", "chairmanship", "presidency"}
    | {"secretariat", "officials", "report", "statement", "resolution", "sanctions", "plan", "funds", "aid", "rules"}
)
_MEMBERSHIP_NOUNS = frozenset({"membership", "participation", "seat", "accession", "integration", "member", "members"})
_RELATIVES = frozenset({"which", "who", "that"})
_BEING = frozenset({"are", "were", "remain", "became", "become"})
_ADVERBS = frozenset({"all", "both", "also", "now", "already", "still", "each", "currently"})
_LIST_WORDS = frozenset({",", "and"})


def states_of(clause: Clause, group: tuple[Mention, ...]) -> tuple[str, ...]:
    """The states a list names, or () when any of its items is not a plain state."""
    if any(not m.resolved or m.possessive or clause.lexicon.kind(m.actor or "") != "State" for m in group):
        return ()
    return tuple(dict.fromkeys(a for m in group for a in m.named))


def _bloc(clause: Clause, m: Mention | None) -> str | None:
    if m is None or not m.resolved or m.possessive or len(m.named) != 1:
        return None
    return m.named[0] if clause.lexicon.kind(m.named[0]) == "Bloc" else None


def placed_in(tokens: Sequence[Token], start: int) -> bool:
    """A name after "in" or "at" is a place ("met in Brussels", standing for the EU), but not after a noun of
    membership ("membership in NATO", "its seat in the AU")."""
    before = tokens[start - 1].lower if start > 0 else ""
    noun = tokens[start - 2].lower if start > 1 else ""
    return before in {"in", "at"} and noun not in _MEMBERSHIP_NOUNS


def _earlier_bloc(clause: Clause, before: int, discourse: Discourse) -> str | None:
    """The latest bloc named before token ``before``: in this sentence, else in the text so far."""
    named = [
        b
        for m in clause.mentions
        if m.end <= before and not placed_in(clause.tokens, m.start) and (b := _bloc(clause, m)) is not None
    ]
    return named[-1] if named else discourse.bloc


def _joined_bloc(clause: Clause, end: int, discourse: Discourse) -> str | None:
    """The bloc a list of states is joined in: "as (a full) member (of X)", "in the bloc", "in X"; None otherwise."""
    if clause.word(end) == "as":
        noun_end, body = member_noun(clause, end + 1)
        if noun_end < 0:
            return None
        if clause.word(noun_end) == "of":
            return _bloc(clause, clause.actor_at(noun_end + 1))
        return _bloc(clause, body) if body is not None else _earlier_bloc(clause, end, discourse)
    if clause.word(end) != "in":
        return None
    return bloc_at(clause, end + 1, discourse)


def _qualified(clause: Clause, k: int) -> bool:
    """A word at ``k`` that makes the name or noun before it another thing's ("the group photo", "the EU summit", "the
    UN buffer zone", "the bloc's members"): a noun of the bloc's meetings, places, people or acts, "of", or "'s"."""
    return clause.word(k) in _QUALIFIERS or clause.word(k) in {"of", "'s", "’s"}


def bloc_at(clause: Clause, k: int, discourse: Discourse | None) -> str | None:
    """The bloc named at ``k`` ("ECOWAS", "the EU"), or (given the discourse) the latest one named before by "the
    bloc", "the association"."""
    m = clause.actor_at(k)
    named = _bloc(clause, m) if m is not None and not _qualified(clause, m.end) else None
    if named is not None or discourse is None:
        return named
    if clause.word(k) in {"the", "this", "that"} and clause.word(k + 1) in _BLOC_NOUNS:
        return _earlier_bloc(clause, k, discourse) if not _qualified(clause, k + 2) else None
    return None


def stated(clause: Clause, cue: CueMatch, actors: tuple[str, ...]) -> bool:
    agent = Agent(actors, "subject", cue.start, cue.start)
    before = range(0, cue.start)
    return not hedged(clause, before, cue, agent) and not negated(clause, before, cue, None, actors)


def _joined_alongside(clause: Clause, relation: str, discourse: Discourse) -> list[Found]:
    found: list[Found] = []
    for k in range(len(clause.tokens)):
        if clause.word(k) not in _JOINING:
            continue
        first = clause.actor_at(k + 1)
        group = expand_right(clause, first) if first is not None else ()
        members = states_of(clause, group)
        if len(members) < 2:
            continue
        bloc = _joined_bloc(clause, group[-1].end, discourse)
        cue = CueMatch(k, group[-1].end, relation)
        if bloc is None or bloc in members or not stated(clause, cue, members):
            continue
        found.append((cue, tuple((s, bloc) for s in members), _CONFIDENCE))
    return found


def list_ending(clause: Clause, last: Mention) -> tuple[Mention, ...]:
    """The list of states that ends with ``last``, read back through commas and "and" even after a preposition."""
    group = [last]
    while True:
        k = group[-1].start - 1
        seps = 0
        while clause.text(k) in _LIST_WORDS or clause.word(k) == "the":
            seps += clause.text(k) in _LIST_WORDS
            k -= 1
        prev = clause.ends.get(k + 1)
        if not seps or prev is None or not prev.resolved or prev.possessive:
            return tuple(reversed(group))
        group.append(prev)


def _relative_lists(clause: Clause, relation: str) -> list[Found]:
    found: list[Found] = []
    for j in range(2, len(clause.tokens)):
        if clause.word(j) not in _RELATIVES or clause.text(j - 1) != ",":
            continue
        last = clause.ends.get(j - 1)
        group = list_ending(clause, last) if last is not None and last.resolved else ()
        members = states_of(clause, group)
        k = j + 1
        if clause.word(k) not in _BEING:
            continue
        k += 1
        while clause.word(k) in _ADVERBS | NEGATIONS:
            k += 1
        noun_end, body = member_noun(clause, k)
        if len(members) < 2 or noun_end < 0 or set(clause.words(j + 1, noun_end)) & NEGATIONS:
            continue
        bloc = _bloc(clause, clause.actor_at(noun_end + 1)) if clause.word(noun_end) == "of" else _bloc(clause, body)
        cue = CueMatch(j, noun_end, relation)
        if bloc is not None and bloc not in members and stated(clause, cue, members):
            found.append((cue, tuple((s, bloc) for s in members), _CONFIDENCE))
    return found


def listed_members(clause: Clause, discourse: Discourse) -> list[Found]:
    """(cue, pairs, confidence) for the states a sentence lists as a bloc's members by joining or by a relative."""
    relation = clause.lexicon.relation(_MEMBERSHIP)
    if relation is None:
        return []
    return [*_joined_alongside(clause, relation, discourse), *_relative_lists(clause, relation)]
