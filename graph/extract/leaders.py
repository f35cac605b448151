"""The statement's own head of state or government: in a statement a state issues, its leader speaks and acts as the
state ("Prime Minister Anthony Albanese and Foreign Minister Penny Wong today announced financial sanctions" in an
Australian release: Australia sanctions).

A catalogue person is the issuing state's leader when the catalogue's tenure says so on the day, or when the person
opens the sentence under a bare title of head of state or government ("Prime Minister Rishi Sunak said:" in a
British release; not "President X of Y", not "Ukrainian President X") and the catalogue knows no tenure of theirs
elsewhere; the latter is also proposed as ``leaderOf``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from graph.extract.clause import CueMatch
from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.relations import Hit
from graph.extract.text import Token
from graph.namespaces import ENT

__all__ = ["leaders_as_states", "own_leaders", "regimes_as_states"]

_CONFIDENCE = 0.75
_OPENERS = frozenset({"the", "and", ","})
_LEADERSHIP = ENT + "leaderOf"


_RULE_NOUNS = frozenset({"regime", "government", "administration", "dictatorship", "junta"})


def _bare_title(tokens: Sequence[Token], m: Mention, lexicon: Lexicon) -> tuple[str, int] | None:
    """A title of head of state or government right before the person, at the sentence's start: its relation."""
    for length in (2, 1):
        start = m.start - length
        words = tuple(t.lower for t in tokens[max(start, 0) : m.start])
        if start >= 0 and words in lexicon.titles and all(t.capitalised for t in tokens[start : m.start]):
            return lexicon.titles[words], start
    return None


def _tenured(lexicon: Lexicon, person: str, state: str, on: date | None) -> bool:
    return any(t.leader == person and t.led == state and (on is None or t.holds_on(on)) for t in lexicon.leaderships)


def own_leaders(
    tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon, voice: Sequence[str], on: date | None
) -> tuple[tuple[Mention, ...], list[Hit]]:
    """The mentions with the issuing state's own leader standing for the state, and the ``leaderOf`` claims the
    bare titles at the head of a sentence state."""
    if len(voice) != 1 or lexicon.kind(voice[0]) != "State":
        return tuple(mentions), []
    state, kept, hits = voice[0], [], []
    titled_persons = [
        m for m in mentions if lexicon.kind(m.actor or "") == "Person" and _bare_title(tokens, m, lexicon)
    ]
    alone = len(titled_persons) == 1  # "Prime Minister A and President B met": whose leader each is, is not known
    for m in mentions:
        person = m.actor if m.resolved and not m.group else None
        if person is None or lexicon.kind(person) != "Person" or m.office is not None:
            kept.append(m)
            continue
        titled = _bare_title(tokens, m, lexicon)
        opens = titled is not None and all(t.lower in _OPENERS for t in tokens[: titled[1]])
        of = m.end < len(tokens) and tokens[m.end].lower == "of"
        own = alone and opens and not of and not lexicon.led_by(person)
        if own and titled is not None:
            hits.append(Hit(titled[0], ((person, state),), False, CueMatch(titled[1], m.end, titled[0]), _CONFIDENCE))
        if own or _tenured(lexicon, person, state, on):
            m = replace(m, actors=frozenset({state}))
        kept.append(m)
    return tuple(kept), hits


def leaders_as_states(mentions: Sequence[Mention], lexicon: Lexicon, titled: Sequence[Hit] = ()) -> tuple[Mention, ...]:
    """ "Indian Prime Minister Narendra Modi praised Russia", "Joe Biden, President of the United States, condemned":
    a head of state or government named under the title of a state's office acts for the state (India praises
    Russia), as the statement of a head of government speaks for its state; the title's own ``leaderOf`` claim
    (``titled``, the sentence's) is read before. A bare name ("Modi praised") stays the person."""
    leads = lexicon.relation(_LEADERSHIP)
    states = {p: s for h in titled if h.relation == leads for p, s in h.pairs if lexicon.kind(s) == "State"}
    kept = []
    for m in mentions:
        relation, led = m.office if m.office is not None else (None, "")
        if relation is not None and relation == leads and lexicon.kind(led) == "State":
            m = replace(m, actors=frozenset({led}))
        elif m.actor in states and not m.group:
            m = replace(m, actors=frozenset({states[m.actor]}))
        kept.append(m)
    return tuple(kept)


def regimes_as_states(
    tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon, on: date | None
) -> tuple[Mention, ...]:
    """ "condemned the Lukashenko regime", "the Assad government": a person named before a noun of the state's rule
    stands for the one state they led (on the day, when it is known); the person alone stays the person."""
    kept = []
    for m in mentions:
        ruled = m.end < len(tokens) and tokens[m.end].lower in _RULE_NOUNS and not m.possessive
        led = {t.led for t in lexicon.leaderships if t.leader == m.actor and (on is None or t.holds_on(on))}
        states = {s for s in led if lexicon.kind(s) == "State"}
        if ruled and lexicon.kind(m.actor or "") == "Person" and len(states) == 1:
            m = replace(m, actors=frozenset(states), end=m.end + 1)
        kept.append(m)
    return tuple(kept)
