"""A launch of weapons named with its agent and its direction: "the launching of two ballistic missiles by the Houthi
militias towards the Kingdom of Saudi Arabia", "Hamas's firing of rockets toward Israel" → the agent attacks whom the
weapons were fired at; and an act of force told by its noun, a participle of doing and its agent: "air strikes
launched by the United States against a Syrian military base", "the raids carried out by X on Y" (the noun phrase
often a background clause, "following ...", that no verb's subject search reaches). Not hedged or negated."""

from __future__ import annotations

from graph.extract.agents import Agent, actors_of
from graph.extract.byagent import named_after_by
from graph.extract.clause import Clause, CueMatch, Found
from graph.extract.lists import expand_right
from graph.extract.modality import hedged, negated
from graph.extract.words import PREPOSITIONS, QUOTES
from graph.namespaces import ENT

__all__ = ["forces_done", "launches"]

_ATTACKS = ENT + "attacks"
_CONFIDENCE = 0.8
_LAUNCHING = frozenset({"launch", "launches", "launching", "firing"})
_WEAPONS = frozenset(
    {"missile", "missiles", "rocket", "rockets", "drone", "drones", "projectile", "projectiles", "shells", "munitions"}
)
_TOWARDS = frozenset({"towards", "toward", "against", "at", "on", "into"})
_MODIFIERS = 4  # "of [two ballistic] missiles", "of [thousands of] rockets"

_FORCE = frozenset(
    {"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombings", "bombardment"}
    | {"bombardments", "shelling", "attack", "attacks", "assault", "assaults", "offensive", "incursion", "incursions"}
    | {"invasion", "missiles", "rockets", "drones"}
)
_DOING = (
    ("launched",), ("carried", "out"), ("conducted",), ("staged",), ("mounted",), ("perpetrated",), ("executed",),
    ("committed",), ("fired",), ("unleashed",), ("waged",),
)  # fmt: skip
_DIRECTIONS = _TOWARDS | {"in"}
_OBJECT_DETERMINERS = frozenset({"a", "an", "the", "its", "their"})
_ADJECTIVES = 2


def _weapon_end(clause: Clause, k: int) -> int:
    """Past "of", a few modifiers and a noun of weapons after the launch noun at ``k``; -1 when there is none."""
    if clause.word(k + 1) != "of":
        return -1
    for j in range(k + 2, k + 3 + _MODIFIERS):
        if clause.word(j) in _WEAPONS:
            return j + 1
        if j in clause.starts or not (clause.text(j).isalnum() or clause.text(j) in QUOTES | {"-"}):
            return -1
    return -1


def _actors(clause: Clause, k: int) -> tuple[str, ...]:
    m = clause.actor_at(k)
    return actors_of(expand_right(clause, m)) if m is not None and m.resolved and not m.possessive else ()


def launches(clause: Clause) -> list[Found]:
    """(cue, pairs, confidence) for each launch of weapons with its agent ("by X" or "X's") and its target."""
    relation = clause.lexicon.relation(_ATTACKS)
    found: list[Found] = []
    for k in range(len(clause.tokens)):
        end = _weapon_end(clause, k) if clause.word(k) in _LAUNCHING and relation is not None else -1
        if end < 0 or relation is None:
            continue
        owner = clause.ends.get(k - 1 if clause.word(k - 1) == "the" else k)
        by = _actors(clause, end + 1) if clause.word(end) == "by" else ()
        agents = by or (owner.named if owner is not None and owner.possessive and owner.resolved else ())
        m = clause.actor_at(end + 1) if by else None
        at = (expand_right(clause, m)[-1].end if m is not None else end) if by else end
        while at < end + 1 + _MODIFIERS and clause.text(at).isalpha() and clause.text(at).islower():
            if clause.word(at) in _TOWARDS:
                break
            at += 1  # "by the Houthi militias towards": the agent's own noun
        targets = _actors(clause, at + 1) if clause.word(at) in _TOWARDS else ()
        cue = CueMatch(k, k + 1, relation)
        agent = Agent(agents, "passive", cue.start, cue.start)
        before = range(0, cue.start)  # the sentence's words before the launch: "denied", "could"
        if (
            not agents
            or not targets
            or hedged(clause, before, cue, agent)
            or negated(clause, before, cue, None, agents)
        ):
            continue
        pairs = tuple((s, o) for s in agents for o in targets if s != o and not clause.lexicon.related(s, o))
        if pairs:
            found.append((cue, pairs, _CONFIDENCE))
    return found


def _by_after_doing(clause: Clause, k: int) -> int:
    """The index of "by" after a participle of doing right after the noun of force at ``k``; -1 when there is none."""
    for doing in _DOING:
        end = k + 1 + len(doing)
        if clause.words(k + 1, end) == doing and clause.word(end) == "by":
            return end
    return -1


def _direction_target(clause: Clause, at: int) -> tuple[str, ...]:
    """The actors a direction word at ``at`` names: "against Syria", "against a Syrian military base"."""
    if clause.word(at) not in _DIRECTIONS:
        return ()
    k = at + 1
    k += clause.word(k) in _OBJECT_DETERMINERS
    for j in range(k, k + _ADJECTIVES + 1):  # "on northern Iraq", "against a Syrian military base"
        if j in clause.starts:
            return _actors(clause, j)
        if not (clause.text(j).isalpha() and clause.text(j).islower()) or clause.word(j) in PREPOSITIONS:
            return ()
    return ()


def forces_done(clause: Clause) -> list[Found]:
    """(cue, pairs, confidence) for each act of force named by its noun, a participle of doing, "by" its agent and
    whom it was directed at."""
    relation = clause.lexicon.relation(_ATTACKS)
    found: list[Found] = []
    for k in range(len(clause.tokens)):
        by = _by_after_doing(clause, k) if clause.word(k) in _FORCE and relation is not None else -1
        m = named_after_by(clause, by + 1) if by > 0 else None
        if relation is None or m is None or m.possessive:
            continue
        group = expand_right(clause, m)
        agents = actors_of(group)
        at = group[-1].end
        while at < group[-1].end + _MODIFIERS and clause.text(at).isalpha() and clause.text(at).islower():
            if clause.word(at) in _DIRECTIONS:
                break
            at += 1  # "by Israeli forces in": the agent's own noun
        targets = _direction_target(clause, at)
        cue = CueMatch(k, k + 1, relation)
        agent = Agent(agents, "passive", cue.start, cue.start)
        before = range(0, cue.start)
        if not targets or hedged(clause, before, cue, agent) or negated(clause, before, cue, None, agents):
            continue
        pairs = tuple((s, o) for s in agents for o in targets if s != o and not clause.lexicon.related(s, o))
        if pairs:
            found.append((cue, pairs, _CONFIDENCE))
    return found
