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
_AGENTIVE |= {"perpetrated", "conducted", "orchestrated", "staged", "initiated", "instigated", "carried"}


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
    k = cue.end - 1
    while k + 1 < min(cue.end + _REACH, len(clause.tokens)):
        k += 1
        passive = clause.cue_starts.get(k)  # "the missile attack launched by X": a passive cue's agent
        if passive is not None and clause.words(passive.start, passive.end) in clause.lexicon.passive:
            k = passive.end - 1 if clause.word(passive.end - 1) == "by" else k
        if clause.word(k) == "by" and k > cue.end + 1:  # "the violation by X" is the noun's agent right after it
            m = agent_after_object(clause, k)
            return group_target(clause, m, k - cue.end) if m is not None and m.resolved else None
        modifier = _modifier_at(clause, k)
        if modifier > k:  # "the seizure of the Ukrainian vessel by X": the victim named as a modifier
            k = modifier - 1
            continue
        after = k + 3 if clause.words(k + 1, k + 3) == ("carried", "out") else k + 2
        participle = clause.text(k) == "," and clause.word(k + 1) in _AGENTIVE and clause.word(after) == "by"
        if participle:  # "the escalation, triggered by X's attack", "the bombing, carried out by X"
            k = after - 1
            continue
        if not _plain(clause, k):
            return None
    return None


def _modifier_at(clause: Clause, k: int) -> int:
    """The end of an actor named as a modifier of the noun after it ("the Ukrainian vessel"), or ``k``."""
    m = clause.starts.get(k)
    if m is None or not m.resolved or m.possessive:
        return k
    following = clause.text(m.end)
    noun = following.isalpha() and following.islower() and clause.word(m.end) not in _NOT_IN_A_NOUN_PHRASE | {"by"}
    office = m.titled and k > 0 and clause.word(k - 1) in {"the", "of"}  # "of the Ukrainian embassy, carried out by"
    return m.end if noun or office else k
