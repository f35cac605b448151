"""Who acts and on whom: the subject before a cue phrase and the object after it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from graph.extract.asides import adjectives_listed, in_aside, including_end, list_head, manner_end, stated_by
from graph.extract.byagent import agent_after_object, near_object
from graph.extract.clause import Clause, CueMatch
from graph.extract.issued import issuing_verb
from graph.extract.lists import expand_left, expand_right
from graph.extract.mentions import Mention
from graph.extract.words import (
    CLAUSE_PUNCTUATION,
    CONDUCT_NOUNS,
    DATE_WORDS,
    DETERMINERS,
    EVENT_NOUNS,
    OBJECT_STOPS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    QUOTES,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)

__all__ = [
    "Agent",
    "How",
    "Target",
    "main_subject",
    "nominal_agent",
    "object_after",
    "owner_of_its",
    "subject_before",
]

MAX_OBJECT_GAP = 6
MAX_MODIFIERS = 3
_COORDINATORS = frozenset({"and", "or", "nor", "to"})
# Words that open an adjunct of time or circumstance: never the way to the cue's object ("announced these sanctions
# during his attendance at the G7 meeting").
_ADJUNCTS = frozenset({"during", "amid", "amidst", "following", "throughout"})
_OWNER_PRONOUNS = frozenset({"its", "their"})
_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


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


def _actors(mentions: Sequence[Mention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a for m in mentions for a in m.named))


def _pair_follows(clause: Clause, m: Mention) -> Mention | None:
    """ "US-Russia relations": the second actor of a hyphenated pair."""
    if clause.text(m.end) != "-" or clause.tokens[m.end - 1].end != clause.tokens[m.end].start:
        return None
    return clause.starts.get(m.end + 1)


def _event(clause: Clause, j: int, events: Mapping[str, str]) -> str | None:
    """ "the attack": who acted in the latest act of the relation the noun names, if the article told."""
    if clause.word(j - 1) not in {"the", "this", "that", "these"}:
        return None
    conduct = clause.word(j) in CONDUCT_NOUNS and clause.word(j - 1) != "the"  # "condemn this behaviour": the attack
    if clause.word(j) not in EVENT_NOUNS and not conduct:
        return None
    relations = clause.lexicon.cue_heads.get("attack" if conduct else clause.word(j), frozenset())
    return events.get(next(iter(relations))) if len(relations) == 1 else None


def _ends_object_search(clause: Clause, j: int, cue: CueMatch) -> bool:
    """A comma, a new clause, an infinitive, another relation's cue or a reporting verb."""
    text, word = clause.text(j), clause.word(j)
    infinitive = word == "to" and clause.starts_verb(j + 1) and clause.word(j + 1) not in _NUMBERS
    coordinated_verb = word == "and" and clause.word(j + 1).endswith("ed")
    other = clause.cue_starts.get(j)
    return (
        text in CLAUSE_PUNCTUATION
        or word in OBJECT_STOPS
        or word in _OBJECT_PRONOUNS  # "Brazil's support for it and ...": the object is the pronoun's
        or word in _ADJUNCTS
        or _gerund(clause, j, cue)
        or infinitive
        or coordinated_verb
        or (other is not None and other.relation != cue.relation)
        or clause.reporting_verb_at(j) != j
    )


def _gerund(clause: Clause, j: int, cue: CueMatch) -> bool:
    """A verb in "-ing" after the cue opens a new act, whose object is not the cue's ("our commitment to promoting
    accountability for X's actions")."""
    text = clause.text(j)
    after_preposition = j == cue.end and clause.word(cue.end - 1) in PREPOSITIONS
    return after_preposition and text.islower() and text.endswith("ing") and clause.cue_covering(j) is None


def _members_of(clause: Clause, m: Mention) -> bool:
    """ "all UN member states", "EU member countries": a bloc's name before a member noun names its members, not
    the bloc."""
    if m.possessive or clause.lexicon.kind(m.actor or "") != "Bloc":
        return False
    return any(clause.words(m.end, m.end + len(noun)) == noun for noun in clause.lexicon.member_nouns)


def _target(clause: Clause, m: Mention, gap: int) -> Target | None:
    said = clause.reporting_verb_at(m.end) != m.end and not m.possessive  # but "Russia's claims": a noun
    if not m.resolved or said or _members_of(clause, m):
        return None
    second = _pair_follows(clause, m)
    if second is not None and second.resolved:
        return Target(_actors((m, second)), gap, pair=True, end=second.end)
    before = clause.previous_word_index(m.start)
    before = before - 1 if clause.word(before) == "the" else before
    group = expand_right(clause, m)
    word = clause.word(before)
    word = "between" if word == "among" and len(group) > 1 else word  # "among Japan, the US and the ROK"
    second = clause.starts.get(m.end + 1) if word == "between" and clause.word(m.end) == "and" else None
    group = (m, second) if len(group) == 1 and second is not None and second.resolved else group
    return Target(
        _actors(group), gap, reversed=word == "from", by=word == "by", between=word == "between", end=group[-1].end
    )


def onward(clause: Clause, source: Target) -> Target | None:
    """ "from the DPRK to Russia", "by the DPRK to the Russian Federation": whom the act goes to."""
    j = source.end
    if clause.word(j) == "of":  # "the launch by Iran of drones and missiles against Israel"
        k = j + 1
        while k < j + 1 + MAX_MODIFIERS + 2 and (clause.text(k).islower() and clause.text(k).isalpha()):
            if clause.word(k) in {"to", "against", "on"}:
                break
            k += 1
        j = k
    if clause.word(j) not in {"to", "against", "on"}:
        return None
    m = clause.starts.get(j + 2 if clause.word(j + 1) == "the" else j + 1)
    return _target(clause, m, source.gap) if m is not None else None


def object_after(clause: Clause, cue: CueMatch, events: Mapping[str, str], start: int | None = None) -> Target | None:
    """The actor the cue acts on: the first named after it (or after ``start``), before the clause turns elsewhere."""
    j, gap = cue.end if start is None else start, 0
    while j < len(clause.tokens) and gap <= MAX_OBJECT_GAP:
        m = clause.starts.get(j)
        if m is not None:
            return _target(clause, m, gap) if near_object(clause, cue, gap, m) else None
        event = _event(clause, j, events)
        if event is not None:
            return Target((event,), gap, anaphoric=True)
        same = clause.cue_starts.get(j)
        if same is not None and same.relation == cue.relation:
            j = same.end
            continue
        if same is not None and start is None and _names_act(clause, j):
            actor = _actor_of_act(clause, same, events)
            return replace(actor, gap=gap, end=actor.end) if actor is not None else None
        including = including_end(clause, j)
        if including > j:
            j = including
            continue
        manner = manner_end(clause, j)
        if manner > j:  # "condemns in the strongest terms the attack by X": the manner is no distance
            j = manner
            continue
        if adjectives_listed(clause, j):  # "on the foreign, defence and justice ministers of Russia"
            j += 2
            continue
        if _ends_object_search(clause, j, cue):
            return None
        gap += 0 if clause.text(j) in QUOTES or clause.text(j) == "-" else 1
        j += 1
    return None


def _names_act(clause: Clause, j: int) -> bool:
    """The cue at ``j`` is a noun phrase's head ("the provision of", "deepening military cooperation"), not a verb."""
    before = clause.word(clause.previous_word_index(j))
    return before not in _COORDINATORS and not clause.word(j).endswith("ed")


def _actor_of_act(clause: Clause, act: CueMatch, events: Mapping[str, str]) -> Target | None:
    """Who does the act a noun names, when the noun names them: "the provision of arms by the DPRK to Russia",
    "cooperation between the DPRK and Russia", "arms transfers from the DPRK": condemning it condemns them."""
    found = object_after(clause, act, events)
    by = agent_after_object(clause, found.end) if found is not None and not found.reversed else None
    group = expand_right(clause, by) if by is not None else ()
    found = Target(_actors(group), found.gap, end=group[-1].end) if group and found is not None else found
    if found is None or not (by or found.by or found.between or found.reversed):
        return None
    return Target(found.actors, found.gap, end=found.end)


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
    if m is None or not m.resolved or ((modifiers or listed) and not m.possessive):
        return None
    chain = _hyphen_chain(clause, m)
    if len(chain) > 1:  # "Japan-US-Philippines coordination", "the DPRK-Russia partnership"
        return Agent(_actors(chain), "nominal", chain[0].start, m.end)
    if clause.prepositional(m) and not m.possessive and (modifiers or not _modifies(clause, m)):
        return None
    group = expand_left(clause, m)
    head = list_head(clause, m)
    if head is not m and stated_by(clause, head, 0):  # "Statements by Egypt, Jordan and Türkiye condemned"
        group = tuple(x for x in clause.mentions if head.start <= x.start and x.end <= m.end and x.resolved)
    return Agent(_actors(group), "nominal", group[0].start, m.end)


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
        if m.end > j or not m.resolved:
            continue
        if m.possessive or not clause.prepositional(m) or not in_aside(clause, m):
            group = expand_left(clause, m)
            return Agent(_actors(group), "possessive", group[0].start, m.end)
    return None


def _hyphen_chain(clause: Clause, last: Mention) -> tuple[Mention, ...]:
    """The actors joined by hyphens that end with ``last``: "Japan-US-Philippines"."""
    chain = [last]
    while True:
        first = chain[0]
        glued = first.start > 1 and clause.text(first.start - 1) == "-"
        before = clause.ends.get(first.start - 1) if glued else None
        if before is None or not before.resolved or _pair_follows(clause, before) is not first:
            return tuple(chain)
        chain.insert(0, before)


def _eligible(clause: Clause, m: Mention) -> bool:
    if m.titled or clause.gerund_follows(m) or clause.infinitive_follows(m):
        return True
    return m.possessive or not clause.prepositional(m)


def _related(clause: Clause, actors: Sequence[str], avoid: Sequence[str]) -> bool:
    return any(clause.lexicon.related(a, b) for a in actors for b in avoid)


def main_subject(clause: Clause, before: int, *, persons: bool = True) -> Mention | None:
    """The first plain subject of the sentence before token ``before``."""
    for m in clause.mentions:
        if m.start >= before:
            return None
        kind = clause.lexicon.kind(m.actor or "")
        if m.resolved and not m.possessive and _eligible(clause, m) and (persons or kind != "Person"):
            return m
    return None


def _pronoun(clause: Clause, j: int, persons: Sequence[str]) -> str | None:
    word = clause.word(j)
    if word in {"he", "she"}:
        named = [m.actor for m in clause.mentions if m.end <= j and clause.lexicon.kind(m.actor or "") == "Person"]
        if named:
            return named[-1]
        return persons[0] if len(set(persons)) == 1 else None
    if word == "it":
        found = main_subject(clause, j, persons=False)
        return found.actor if found else None
    return None


def _closed_relatives(clause: Clause, at: int) -> list[tuple[int, int]]:
    """Relative clauses between commas that end before ``at``: "Iran, which X watches, has backed"."""
    spans = []
    for j in range(1, at):
        if clause.word(j) in RELATIVE_PRONOUNS and clause.text(j - 1) == ",":
            close = next((k for k in range(j + 1, at) if clause.text(k) == ","), None)
            if close is not None:
                spans.append((j - 1, close))
    return spans


def subject_before(
    clause: Clause, at: int, boundary: int, avoid: Sequence[str], persons: Sequence[str]
) -> Agent | None:
    """The nearest actor before ``at`` that can be the subject of a verb or noun at ``at``."""
    fallback: Agent | None = None
    asides = _closed_relatives(clause, at)
    j = at - 1
    while j >= boundary:
        aside = next((opening for opening, closing in asides if opening <= j <= closing), None)
        if aside is not None:
            j = aside - 1
            continue
        m = clause.ends.get(j + 1)
        if m is not None and m.start >= boundary:
            if not m.resolved:
                return None
            j = m.start - 1
            if not _eligible(clause, m) or _related(clause, _actors((m,)), avoid):
                continue
            if m.possessive:
                fallback = fallback or Agent(_actors((m,)), "possessive", m.start, m.end)
                continue
            how: How = "control" if clause.infinitive_follows(m) else "subject"
            group = expand_left(clause, m)
            head = list_head(clause, m)
            if head is not m and stated_by(clause, head, boundary):  # "Statements by Egypt, Jordan and Türkiye"
                group = tuple(x for x in clause.mentions if head.start <= x.start and x.end <= m.end and x.resolved)
            elif head is not m and clause.prepositional(head) and not head.titled:
                j = head.start - 1  # "The UK, together with France and Germany, condemns": an aside
                continue
            return Agent(_actors(group), how, group[0].start, m.end)
        word = clause.word(j)
        if word in RELATIVE_PRONOUNS:
            k = clause.previous_word_index(j)
            antecedent = clause.ends.get(k if clause.text(k) == "," else k + 1)
            issued = issuing_verb(clause, clause.previous_word_index(k) if clause.text(k) == "," else k)
            if antecedent is None and issued is not None:  # "Peru issued a statement, which condemns": its issuer
                j = issued - 1
                continue
            if antecedent is not None and antecedent.resolved and not _related(clause, _actors((antecedent,)), avoid):
                return Agent(_actors((antecedent,)), "relative", antecedent.start, antecedent.end)
            return fallback
        if word in SUBJECT_PRONOUNS:
            actor = _pronoun(clause, j, persons)
            if actor is None:
                return fallback
            if not _related(clause, (actor,), avoid):
                return Agent((actor,), "pronoun", j, j + 1)
        j -= 1
    return fallback
