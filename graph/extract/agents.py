"""Who acts and on whom, as found: an :class:`Agent` (the subject of a cue) and a :class:`Target` (its object), and
the agent a noun names right before it ("US sanctions", "Russia's war", "its attack")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from graph.extract.asides import in_aside, list_head, stated_by
from graph.extract.clause import Clause, CueMatch
from graph.extract.lists import expand_left, expand_right
from graph.extract.mentions import Mention
from graph.extract.words import DATE_WORDS, DETERMINERS, POSSESSIVE_PRONOUNS, PREPOSITIONS, QUOTES

__all__ = [
    "MAX_MODIFIERS",
    "Agent",
    "How",
    "Target",
    "actors_of",
    "group_target",
    "nominal_agent",
    "owner_of_its",
    "pair_follows",
]

MAX_MODIFIERS = 3
_OWNER_PRONOUNS = frozenset({"its", "their"})


How = Literal["nominal", "subject", "relative", "possessive", "pronoun", "control", "coordinated", "passive"]


@dataclass(frozen=True, slots=True)
class Agent:
    """Who acts, found ``how``, named at tokens ``[start, end)``."""

    actors: tuple[str, ...]
    how: How
    start: int
    end: int


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})


@dataclass(frozen=True, slots=True)
class Target:
    """Who is acted on; ``reversed`` when named as the source ("criticism from Kyiv"), ``by`` when named
    as the agent ("the provision of arms by the DPRK"), ``between`` when both sides are ("cooperation
    between the DPRK and Russia"); ``end`` is where its name ends."""

    actors: tuple[str, ...]
    gap: int
    reversed: bool = False
    pair: bool = False
    anaphoric: bool = False
    by: bool = False
    between: bool = False
    end: int = 0
    against: bool = False  # named after "against": an adversary, never a partner


def actors_of(mentions: Sequence[Mention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a for m in mentions for a in m.named))


def group_target(clause: Clause, m: Mention, gap: int) -> Target:
    """The actors of ``m`` and of the list it opens ("the EU, the UK and Canada"), ``gap`` words after a cue."""
    group = expand_right(clause, m)
    return Target(actors_of(group), gap, end=group[-1].end)


def pair_follows(clause: Clause, m: Mention) -> Mention | None:
    """ "US-Russia relations": the second actor of a hyphenated pair."""
    if clause.text(m.end) != "-" or clause.tokens[m.end - 1].end != clause.tokens[m.end].start:
        return None
    return clause.starts.get(m.end + 1)


def nominal_agent(clause: Clause, cue: CueMatch) -> Agent | None:
    """The actor named right before a cue: "US sanctions", "Russia's full-scale invasion of"."""
    j, modifiers, listed = cue.start - 1, 0, False
    while j >= 0 and j + 1 not in clause.ends:
        text, word = clause.text(j), clause.word(j)
        if text in QUOTES or text == "-":
            j -= 1
            continue
        if (text == "," or word == "and") and modifiers:  # "Russia's illegal, unjustifiable, and unprovoked war"
            j, listed = j - 1, True
            continue
        if word in {"and", "or"} and clause.word(cue.end - 1) != "of":  # "Russia's aggression and condemn": a verb
            return None
        if text.isdigit() or (text.istitle() and word in DATE_WORDS):  # "Israel's September 8 strikes on Syria"
            j, modifiers = j - 1, modifiers + 1
            continue
        if not text.isalpha() or not text.islower() or word in DETERMINERS | PREPOSITIONS | POSSESSIVE_PRONOUNS:
            return None
        modifiers += 1
        if modifiers > MAX_MODIFIERS or clause.cue_covering(j) is not None:
            return None
        j -= 1
    m = clause.ends.get(j + 1)
    if m is None or not m.resolved or ((modifiers or listed) and not (m.possessive or _modifies(clause, m))):
        return None
    chain = _hyphen_chain(clause, m)
    if len(chain) > 1:  # "Japan-US-Philippines coordination", "the DPRK-Russia partnership"
        return Agent(actors_of(chain), "nominal", chain[0].start, m.end)
    if clause.prepositional(m) and not m.possessive and not _modifies(clause, m):
        return None
    group = expand_left(clause, m)
    head = list_head(clause, m)
    if head is not m and stated_by(clause, head, 0):  # "Statements by Egypt, Jordan and Türkiye condemned"
        group = tuple(x for x in clause.mentions if head.start <= x.start and x.end <= m.end and x.resolved)
    return Agent(actors_of(group), "nominal", group[0].start, m.end)


def _modifies(clause: Clause, m: Mention) -> bool:
    """ "to the Russian aggression against", "after the US sanctions on": an actor between a determiner and the
    noun is the noun's modifier, so its agent, even inside a prepositional phrase."""
    return clause.word(clause.previous_word_index(m.start)) in DETERMINERS


def owner_of_its(clause: Clause, cue: CueMatch) -> Agent | None:
    """ "enabled Iran's destabilising activity, including its direct attack on Israel": "its" or "their" before a
    noun names the nearest actor before it that could own the act (a possessive or a subject), not the verb's
    subject."""
    j = clause.previous_word_index(cue.start)
    while cue.start - j <= MAX_MODIFIERS and clause.text(j).isalpha() and clause.text(j).islower():
        if clause.word(j) in _OWNER_PRONOUNS or clause.word(j) in DETERMINERS | PREPOSITIONS:
            break  # "its condolences over the invasion of": "its" owns another noun
        j -= 1
    if clause.word(j) not in _OWNER_PRONOUNS:
        return None
    if clause.word(j - 2) == "and" and clause.text(j - 1).isalpha() and clause.word(j - 1) not in PREPOSITIONS:
        return None  # "..., and expresses its appreciation to X": the verbs' subject owns it, not the nearest actor
    for m in reversed(clause.mentions):
        if m.end > j or not m.resolved or _complement_of_possessed(clause, m):
            continue
        if m.possessive or not clause.prepositional(m) or not in_aside(clause, m):
            group = expand_left(clause, m)
            return Agent(actors_of(group), "possessive", group[0].start, m.end)
    return None


def _complement_of_possessed(clause: Clause, m: Mention) -> bool:
    """ "Russia's intervention in Ukraine, and its annexation of": an actor after a preposition in a noun phrase that
    a possessive opens ("Russia's", "Russia's military") is the place or the victim of the agent's act, never the
    owner of the next one."""
    if m.possessive or not clause.prepositional(m):
        return False
    j = m.start - 1
    while m.start - j <= MAX_MODIFIERS + 1 and j + 1 not in clause.ends and clause.text(j).isalpha():
        if not clause.text(j).islower():
            return False
        j -= 1
    owner = clause.ends.get(j + 1) if j + 1 < m.start - 1 else None  # a noun and its preposition at least
    if owner is None or not owner.resolved:
        return False
    owned = any(clause.text(k) in QUOTES for k in range(owner.start, owner.end))  # "Russia's military"
    return owner.possessive or owned


def _hyphen_chain(clause: Clause, last: Mention) -> tuple[Mention, ...]:
    """The actors joined by hyphens that end with ``last``: "Japan-US-Philippines"."""
    chain = [last]
    while True:
        first = chain[0]
        glued = first.start > 1 and clause.text(first.start - 1) == "-"
        before = clause.ends.get(first.start - 1) if glued else None
        if before is None or not before.resolved or pair_follows(clause, before) is not first:
            return tuple(chain)
        chain.insert(0, before)
