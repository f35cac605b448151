"""Others a sentence adds to an act: who else it is on ("..., alongside the efforts of Qatar"), who did the same after
("followed by A in 1995"), and whose act a participle opening the sentence is ("Condemning ..., the Assembly")."""

from __future__ import annotations

from graph.extract.agents import Agent, Target
from graph.extract.clause import Clause, CueMatch
from graph.extract.lists import expand_right
from graph.extract.objects import object_after
from graph.extract.words import AGENT_PARTICIPLES, BE_AUXILIARIES, DATE_WORDS, QUOTES, STRONG_PUNCTUATION
from graph.namespaces import ENT

__all__ = [
    "aligned",
    "also_acted_on",
    "also_for",
    "carried_out_by",
    "followers",
    "gerund_owner",
    "given_reasons",
    "owners_listed",
    "participial_opener",
]

_ALSO = (("alongside",), ("as", "well", "as"), ("together", "with"))
_DATE_FILLERS = DATE_WORDS | {"and", "in", "the", "then"}
_OWNED_REACH = 3  # words of a noun phrase between its possessive owner and a preposition
_STAND = frozenset({"stand", "stands", "standing", "stood"})
_BLOC = ENT + "formsBlocWith"  # the relation type of alignment in a bloc


def also_acted_on(clause: Clause, start: int) -> list[str]:
    """ "commends Egypt's role ..., alongside the efforts of Qatar and Lebanon": the others the act is on."""
    for k in range(start, len(clause.tokens)):
        if clause.text(k) in STRONG_PUNCTUATION or (k in clause.cue_starts and k > start):
            return []
        if clause.text(k) != ",":
            continue
        after = next((k + 1 + len(p) for p in _ALSO if clause.words(k + 1, k + 1 + len(p)) == p), None)
        if after is None:
            continue
        j = after
        if clause.word(j) == "the" and clause.word(j + 2) == "of" and clause.text(j + 1).islower():
            j += 3  # "the efforts of"
        first = clause.actor_at(j)
        return [a for m in expand_right(clause, first) for a in m.named] if first is not None and first.resolved else []
    return []


def also_for(clause: Clause, start: int) -> list[str]:
    """ "commends A for hosting the talks and B for facilitating them": each actor a verdict gives its reason for."""
    found: list[str] = []
    reason = False
    for k in range(start, len(clause.tokens)):
        if clause.text(k) in STRONG_PUNCTUATION:  # a reason may hold cues: "for its attack on X and Y for ..."
            break
        reason = reason or clause.word(k) == "for"
        if not reason or clause.word(k) != "and":
            continue
        m = clause.actor_at(k + 1)
        if m is not None and m.resolved and not m.possessive and clause.word(m.end) == "for":
            found += [a for a in m.named if a not in found]
    return found


def owners_listed(clause: Clause, start: int) -> list[str]:
    """ "condemning Russia's aggression against Ukraine, North Korea's arms transfers to Russia and Iran's drones": the
    owners of the acts listed after the first, each after a comma or "and"; none past a new verb."""
    owners: list[str] = []
    for k in range(start, len(clause.tokens)):
        if clause.text(k) in STRONG_PUNCTUATION or (clause.word(k).endswith("ing") and clause.text(k).islower()):
            break
        if clause.text(k) != "," and clause.word(k) != "and":
            continue
        m = clause.actor_at(k + 1)
        if m is not None and m.resolved and m.possessive:
            owners += [a for a in m.named if a not in owners]
    return owners


def followers(clause: Clause, start: int) -> list[str]:
    """ "Brunei joined ASEAN in 1984, followed by Viet Nam in 1995, Laos and Myanmar in 1997": the others who
    did the same, each with its own date."""
    j = next((k for k in range(start, len(clause.tokens)) if clause.words(k, k + 2) == ("followed", "by")), None)
    if j is None or clause.text(j - 1) != "," or any(clause.text(k) in STRONG_PUNCTUATION for k in range(start, j)):
        return []
    found: list[str] = []
    k = j + 2
    while k < len(clause.tokens):
        m = clause.starts.get(k)
        if m is not None and m.resolved:
            found += m.named
            k = m.end
        elif (
            clause.word(k) in _DATE_FILLERS
            or (clause.text(k).isalnum() and not clause.text(k).islower())
            or clause.text(k) == ","
        ):
            k += 1
        else:
            break
    return found


_MAX_OPENER = 3
_GERUND_LEADS = frozenset({"while", "when", "after", "before", "by", "since"})


def participial_opener(clause: Clause, cue: CueMatch) -> Agent | None:
    """ "Condemning Moscow's failure to ..., the General Assembly demanded ...": a participle opening the sentence
    (after a short opener and "while", "when", ...: "In fact, while calling for ...") has the main clause's subject,
    the first actor that follows a comma and comes before a verb."""
    comma = next((k for k in range(_MAX_OPENER + 1) if clause.text(k) == ","), None)  # "In fact, while calling"
    opener = comma is not None and all(clause.text(j).isalpha() and j not in clause.covered for j in range(comma))
    first = comma + 1 if opener and comma is not None and not any(c.start < comma for c in clause.cues) else 0
    first += clause.word(first) in _GERUND_LEADS  # "While calling for X's restraint, Japan has ..."
    while clause.adverb_ly(first) or clause.text(first) in QUOTES:
        first += 1  # "Strongly condemning ..."
    if cue.start != first or not clause.word(cue.start).endswith("ing"):
        return None
    for k in range(cue.end, len(clause.tokens)):
        if clause.text(k) in STRONG_PUNCTUATION:
            return None
        if clause.text(k) != ",":
            continue
        m = clause.actor_at(k + 1)
        if m is None or not m.resolved or m.possessive:
            continue
        group = expand_right(clause, m)
        following = clause.text(group[-1].end)
        if following.isalpha() and following.islower():
            return Agent(tuple(a for x in group for a in x.named), "subject", m.start, group[-1].end)
    return None


def aligned(clause: Clause, cue: CueMatch, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Australia stands with Ukraine and the G7 against Russia's invasion": standing with a bloc against a third
    party is aligning with it in a bloc; the pairs whose object is a bloc, when "against" follows the list."""
    bloc = clause.lexicon.relation(_BLOC)
    if bloc is None or clause.word(cue.start) not in _STAND or clause.word(cue.end - 1) != "with":
        return []
    target = object_after(clause, cue, {})
    if target is None or clause.word(target.end) != "against":
        return []
    return [(s, o) for s, o in pairs if clause.lexicon.kind(o) == "Bloc"]


def gerund_owner(clause: Clause, cue: CueMatch) -> Agent | None:
    """ "We applaud Poland's leadership in supporting Ukraine", "Iran's role in supplying Russia": a cue in -ing
    after a preposition is done by the possessive that owns the noun before the preposition."""
    if not clause.word(cue.start).endswith("ing") or clause.word(cue.start - 1) not in {"in", "for", "of"}:
        return None
    for k in range(cue.start - 2, max(cue.start - 2 - _OWNED_REACH, -1), -1):
        m = clause.ends.get(k)
        if m is not None:
            return Agent(m.named, "possessive", m.start, m.end) if m.possessive and m.resolved else None
        if not (clause.text(k - 1).isalpha() and clause.text(k - 1).islower()):
            return None
    return None


def carried_out_by(clause: Clause, target: Target) -> Agent | None:
    """ "The attack on Israel was carried out by Iran": the agent of an act noun named after its object, by a
    passive of doing ("was carried out by", "were launched by")."""
    j = target.end
    while clause.word(j) in BE_AUXILIARIES | {"has", "have", "had"}:
        j += 1
    for participle in AGENT_PARTICIPLES:
        k = j + len(participle)
        if j > target.end and clause.words(j, k) == participle and clause.word(k) == "by":
            m = clause.actor_at(k + 1)
            if m is not None and m.resolved and not m.possessive:
                group = expand_right(clause, m)
                return Agent(tuple(a for x in group for a in x.named), "passive", m.start, group[-1].end)
    return None


def given_reasons(clause: Clause, cue_start: int, cue_end: int) -> set[str]:
    """ "condemns Hamas for its attack on Israel and Iran for its support": the actors after the cue that a later
    "for" gives a reason for, each the object of the verdict before it, not of the act in the first reason."""
    if "for" not in clause.words(0, cue_start):
        return set()
    return {a for m in clause.mentions if m.start >= cue_end and clause.word(m.end) == "for" for a in m.named}
