"""A designation as terrorist is a sanction: "Slovenia recognised Hezbollah as a terrorist organisation", "the
Slovenian decision to recognize Hezbollah as a terrorist organization", "Canada listed the IRGC as a terrorist
entity" → the designating state sanctions the group. Not hedged, negated or only asked for."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.acting import cue_agent
from graph.extract.agents import Target
from graph.extract.attribution import Attribution
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.modality import hedged, negated, window
from graph.namespaces import ENT

__all__ = ["designations"]

_SANCTIONS = ENT + "sanctions"
_CONFIDENCE = 0.8
_DESIGNATING = frozenset(
    {"recognize", "recognizes", "recognized", "recognizing", "recognise", "recognises", "recognised", "recognising"}
    | {"list", "lists", "listed", "listing", "declare", "declares", "declared", "declaring", "classify", "classifies"}
    | {"classified", "classifying", "label", "labels", "labelled", "labeled", "proscribe", "proscribes", "proscribed"}
)
_GROUP_NOUNS = frozenset(
    {"organization", "organisation", "organizations", "organisations", "group", "groups", "entity", "entities"}
)
_ADJECTIVES = 2  # "a foreign terrorist organization", "a designated terrorist group"


def _designated(clause: Clause, verb: int) -> Target | None:
    """The actor after the verb, then "as a (adjectives) terrorist" and a noun of a group."""
    m = clause.actor_at(verb + 1)
    if m is None or not m.resolved or m.possessive or clause.words(m.end, m.end + 2) not in {("as", "a"), ("as", "an")}:
        return None
    k = m.end + 2
    while k < m.end + 2 + _ADJECTIVES and clause.word(k) != "terrorist" and clause.text(k).islower():
        k += 1
    if clause.word(k) != "terrorist" or clause.word(k + 1) not in _GROUP_NOUNS:
        return None
    return Target(m.named, 0, end=m.end)


def designations(
    clause: Clause, attributions: Sequence[Attribution], discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """(cue, pairs, confidence) for each designation as terrorist the sentence states."""
    relation = clause.lexicon.relation(_SANCTIONS)
    found: list[tuple[CueMatch, tuple[tuple[str, str], ...], float]] = []
    for verb in range(len(clause.tokens)):
        target = _designated(clause, verb) if clause.word(verb) in _DESIGNATING and relation is not None else None
        if target is None or relation is None:
            continue
        cue = CueMatch(verb, verb + 1, relation)
        agent = cue_agent(clause, cue, target, attributions, discourse, nominal=False)
        if agent is None or hedged(clause, window(clause, agent, cue, after_cues=False), cue, agent):
            continue
        if negated(clause, window(clause, agent, cue, after_cues=True), cue, None, agent.actors):
            continue
        pairs = tuple((s, o) for s in agent.actors for o in target.actors if not clause.lexicon.related(s, o))
        if pairs:
            found.append((cue, pairs, _CONFIDENCE))
    return found
