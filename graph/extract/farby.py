"""A verdict on an act named by a longer noun phrase falls on the act's agent named after "by": "condemns the gross
violation of the ceasefire by the armed forces of X", "expressed the Council's condemnation of the media statements
issued by X officials", "condemnation of the escalation, triggered by the X attack on Y". The plain object search stops a few words after the cue; this reads on through a noun phrase
of plain words (no other actor, cue or clause mark) to the "by" that names the agent."""

from __future__ import annotations

from graph.extract.agents import Target, group_target
from graph.extract.byagent import agent_after_object
from graph.extract.clause import Clause, CueMatch
from graph.extract.words import OBJECT_STOPS, QUOTES
from graph.namespaces import ENT

__all__ = ["agent_of_phrase"]

_VERDICTS = (ENT + "criticises", ENT + "praises", ENT + "opposes")
_REACH = 12  # words of the noun phrase, "by" included: "the gross violation of the ceasefire regime by"
_NOT_IN_A_NOUN_PHRASE = OBJECT_STOPS | {"and", "or", "to"}
# Participles whose agent after "by" did the act ("the escalation, triggered by X's attack"); not "reported by".
_AGENTIVE = frozenset({"triggered", "caused", "sparked", "provoked", "fuelled", "fueled", "launched", "committed"})
_AGENTIVE |= {"perpetrated", "conducted", "orchestrated", "staged", "initiated", "instigated"}


def _plain(clause: Clause, k: int) -> bool:
    text, word = clause.text(k), clause.word(k)
    lower = (text.isalpha() and text.islower()) or text == "-" or text in QUOTES
    return lower and word not in _NOT_IN_A_NOUN_PHRASE and k not in clause.covered and clause.cue_covering(k) is None


def agent_of_phrase(clause: Clause, cue: CueMatch) -> Target | None:
    """The agent after "by" at the end of the plain noun phrase that follows a verdict's cue, as its object."""
    if cue.relation not in {clause.lexicon.relation(v) for v in _VERDICTS}:
        return None
    if clause.word(clause.previous_word_index(cue.start)) == "by":
        return None  # "condemned by X": a passive's agent, read elsewhere
    for k in range(cue.end, min(cue.end + _REACH, len(clause.tokens))):
        passive = clause.cue_starts.get(k)  # "the missile attack launched by X": a passive cue's agent
        if passive is not None and clause.words(passive.start, passive.end) in clause.lexicon.passive:
            k = passive.end - 1 if clause.word(passive.end - 1) == "by" else k
        if clause.word(k) == "by" and k > cue.end + 1:  # "the violation by X" is the noun's agent right after it
            m = agent_after_object(clause, k)
            return group_target(clause, m, k - cue.end) if m is not None and m.resolved else None
        participle = clause.text(k) == "," and clause.word(k + 1) in _AGENTIVE and clause.word(k + 2) == "by"
        if not (_plain(clause, k) or participle):  # "the escalation, triggered by X's attack": a participle's agent
            return None
    return None
