"""Who does what a cue names: the nearest actor before it that can be a subject, through lists, relative clauses,
asides and pronouns; and a sentence's first plain subject."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.agents import Agent, How, actors_of
from graph.extract.asides import list_head, stated_by
from graph.extract.clause import Clause
from graph.extract.issued import issuing_verb
from graph.extract.lists import expand_left
from graph.extract.mentions import Mention
from graph.extract.words import RELATIVE_PRONOUNS, SUBJECT_PRONOUNS

__all__ = ["main_subject", "subject_before"]

_SAYING = frozenset({"announced", "said", "stated", "declared", "confirmed", "agreed", "affirmed", "noted"})
_THANKS = frozenset({"appreciation", "gratitude", "thanks", "tribute"})
_STATE_NOUNS = frozenset({"nation", "country", "state", "kingdom", "republic"})


def _eligible(clause: Clause, m: Mention) -> bool:
    if m.titled or clause.gerund_follows(m) or clause.infinitive_follows(m) or _named_state(clause, m):
        return True
    return m.possessive or not clause.prepositional(m) or _thanked_for(clause, m)


def _thanked_for(clause: Clause, m: Mention) -> bool:
    """ "expressed his appreciation to Mongolia for providing aid to Japan": whom thanks go to, before "for" and a
    gerund, does what it is thanked for, as after "thanked Mongolia for"."""
    to = clause.word_before(m.start)
    thanks = clause.word(to) == "to" and clause.word(clause.previous_word_index(to)) in _THANKS
    return thanks and clause.word(m.end) == "for" and clause.word(m.end + 1).endswith("ing")


def _named_state(clause: Clause, m: Mention) -> bool:
    """ "The small island nation of Maldives has rejoined": a state named after "of" and a noun of statehood is the
    phrase's head, as if named alone."""
    j = clause.word_before(m.start)
    return (
        clause.word(j) == "of" and clause.word(j - 1) in _STATE_NOUNS and clause.lexicon.kind(m.actor or "") == "State"
    )


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


def _plural_subject(clause: Clause, j: int, avoid: Sequence[str]) -> Agent | None:
    """ "A and B announced that they had agreed to": "they" after "that" is the list of parties that opens the sentence
    as the subject of a verb of saying."""
    first = main_subject(clause, j, persons=False)
    if first is None or clause.word(clause.previous_word_index(j)) != "that":
        return None
    last = next(
        (m for m in clause.mentions if m.start >= first.start and m.end < j and clause.word(m.end) in _SAYING), None
    )
    group = expand_left(clause, last) if last is not None else ()
    actors = actors_of(group)
    if len(group) < 2 or group[0] is not first or _related(clause, actors, avoid):
        return None
    return Agent(actors, "pronoun", first.start, group[-1].end)


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
            if not _eligible(clause, m) or _related(clause, actors_of((m,)), avoid):
                continue
            if m.possessive:
                fallback = fallback or Agent(actors_of((m,)), "possessive", m.start, m.end)
                continue
            how: How = "control" if clause.infinitive_follows(m) else "subject"
            group = expand_left(clause, m)
            head = list_head(clause, m)
            if head is not m and stated_by(clause, head, boundary):  # "Statements by Egypt, Jordan and Türkiye"
                group = tuple(x for x in clause.mentions if head.start <= x.start and x.end <= m.end and x.resolved)
            elif head is not m and clause.prepositional(head) and not head.titled:
                j = head.start - 1  # "The UK, together with France and Germany, condemns": an aside
                continue
            return Agent(actors_of(group), how, group[0].start, m.end)
        word = clause.word(j)
        if word in RELATIVE_PRONOUNS:
            k = clause.previous_word_index(j)
            antecedent = clause.ends.get(k if clause.text(k) == "," else k + 1)
            issued = issuing_verb(clause, clause.previous_word_index(k) if clause.text(k) == "," else k)
            if antecedent is None and issued is not None:  # "Peru issued a statement, which condemns": its issuer
                j = issued - 1
                continue
            if antecedent is not None and antecedent.resolved and not _related(clause, actors_of((antecedent,)), avoid):
                return Agent(actors_of((antecedent,)), "relative", antecedent.start, antecedent.end)
            return fallback
        if word == "they":
            return _plural_subject(clause, j, avoid) or fallback
        if word in SUBJECT_PRONOUNS:
            actor = _pronoun(clause, j, persons)
            if actor is None:
                return fallback
            if not _related(clause, (actor,), avoid):
                return Agent((actor,), "pronoun", j, j + 1)
        j -= 1
    return fallback
