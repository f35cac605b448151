"""Whether a relation is denied ("did not condemn") or only possible, planned or asked for."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from graph.extract.agents import Agent
from graph.extract.attribution import Attribution
from graph.extract.clause import Clause, CueMatch
from graph.extract.words import (
    ADVERBS,
    CESSATIONS,
    CLAUSE_PUNCTUATION,
    CONDITIONS,
    DEEPENINGS,
    DETERMINERS,
    ENDED,
    ENDING_NOUNS,
    ENDINGS,
    ENGAGEMENTS,
    FUTURE,
    HEARSAY,
    HEDGE_PHRASES,
    HEDGES,
    NEGATION_PREFIXES,
    NEGATIONS,
    NOT_FOCUS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
)
from graph.namespaces import ENT

_NOMINAL_REACH = 4
_PASSIVE_REACH = 8  # "the arms embargo on the Federal Republic of Somalia was lifted"
_DEMAND = ENT + "demandsOf"
_CALLS = frozenset({"call", "calls", "called", "calling"})
_ANY_REACH = 8  # words of an "any ..." phrase before its relative pronoun: "any individual, entity, or country that"

__all__ = ["hedged", "negated", "window"]


def window(clause: Clause, agent: Agent | None, cue: CueMatch, *, after_cues: bool) -> range:
    """The tokens between the subject and the cue, or only those after any cue between them."""
    start = agent.end if agent is not None and agent.end <= cue.start else cue.start
    earlier = [c.end for c in clause.cues if after_cues and start <= c.end <= cue.start and c != cue]
    return range(max([start, *earlier]), cue.start)


def _ruling_index(clause: Clause, cue: CueMatch) -> int:
    """Where the verb that governs the cue is: the word before it, or before its determiner and adjectives
    ("lift its economic sanctions")."""
    j = clause.previous_word_index(cue.start)
    for _ in range(_NOMINAL_REACH):
        word = clause.word(j)
        adjective = clause.text(j).isalpha() and clause.text(j).islower() and not word.endswith("ing")
        adjective = adjective and word not in {"and", "or", "but"}  # "end a feud and restore relations": not ruled
        if word in CESSATIONS or not (word in DETERMINERS | POSSESSIVE_PRONOUNS or adjective):
            break
        j -= 1
    ending = clause.word(j) == "of" and clause.word(j - 1) in ENDING_NOUNS  # "the lifting of the sanctions"
    return j - 1 if ending else j


def _ended_after(clause: Clause, cue: CueMatch) -> bool:
    """ "The arms embargo on Somalia was lifted": the passive's subject names the act, the participle ends it."""
    for k in range(cue.end, min(len(clause.tokens), cue.end + _PASSIVE_REACH)):
        if clause.text(k) in CLAUSE_PUNCTUATION or (k in clause.cue_starts and k > cue.end):
            return False
        if clause.word(k) in {"was", "were", "been"} and clause.word(k + 1) in ENDED:
            return True
    return False


def _presupposed(clause: Clause, cue: CueMatch, between: range) -> bool:
    """ "ensure that Russia does not prevail in its war against": a noun the subject owns ("its", and adjectives)
    after a verb and its preposition is presupposed; but "did not engage in its attacks" denies it."""
    j = clause.previous_word_index(cue.start)
    while cue.start - j <= _NOMINAL_REACH and clause.word(j) not in POSSESSIVE_PRONOUNS:
        if not (clause.text(j).isalpha() and clause.text(j).islower()):
            return False
        j -= 1
    preposition, verb = j - 1, j - 2
    owned = clause.word(j) in POSSESSIVE_PRONOUNS and clause.word(preposition) in PREPOSITIONS
    return owned and between.start <= verb and clause.word(verb) not in ENGAGEMENTS | NEGATIONS


def _ruling_verb(clause: Clause, cue: CueMatch) -> str:
    return clause.word(_ruling_index(clause, cue))


def _demanded(clause: Clause, before: int) -> bool:
    """ "demanded that Russia cease its aggression", "Iran must end its attacks": a cessation asked for, not done."""
    demand = clause.lexicon.relation(_DEMAND)
    asked = any(c.relation == demand and c.end <= before for c in clause.cues)
    return asked or "must" in clause.words(max(0, before - _NOMINAL_REACH), before)


def _called_to(clause: Clause, cue: CueMatch) -> bool:
    """ "calling to impose sanctions also on X", "called to sanction X": what a call asks for, not done."""
    for j in range(cue.start - 1, max(cue.start - 1 - _NOMINAL_REACH, 0), -1):
        if clause.word(j) == "to" and clause.word(j - 1) in _CALLS:
            return True
        if not (clause.text(j).isalpha() and clause.text(j).islower()):
            return False
    return False


def _conditional(clause: Clause, cue: CueMatch) -> bool:
    """ "If the US dropped sanctions", "As long as Iran funds attacks", "call on Iran to stop": not a fact."""
    words = clause.words(0, cue.start)
    long_as = any(words[k : k + 3] == ("as", "long", "as") for k in range(len(words)))
    hedge = any(w in HEDGES for w in words) or any(b in HEDGE_PHRASES for b in pairwise(words))
    return long_as or hedge or any(_condition_at(words, k) for k in range(len(words)))


def _condition_at(words: Sequence[str], k: int) -> bool:
    """A word of condition at ``k``; not the concessive "if not" before an adverb or adjective ("a strong response,
    if not necessarily tit-for-tat", "an important, if not decisive, step"), while "if not stopped" is a condition."""
    if words[k] not in CONDITIONS:
        return False
    following = words[k + 2] if k + 2 < len(words) else ""
    concessive = words[k] == "if" and words[k + 1 : k + 2] == ("not",) and following and not following.endswith("ed")
    return not concessive


def negated(
    clause: Clause, between: range, cue: CueMatch, attribution: Attribution | None, subjects: Sequence[str]
) -> bool:
    """ "did not condemn", "declined to send", "denied supplying", "non-bloc", "no longer backs"."""
    bigrams = list(pairwise([*clause.words(between.start, between.stop), ""]))
    plain = any(w in NEGATIONS and not (w == "not" and n in NOT_FOCUS) for w, n in bigrams)
    contracted = ("no", "longer") in bigrams or ("'", "t") in bigrams
    prefixed = clause.text(cue.start - 1) == "-" and clause.word(cue.start - 2) in NEGATION_PREFIXES
    denial = attribution is not None and attribution.negating and bool(set(attribution.speakers) & set(subjects))
    ruling = _ruling_index(clause, cue)
    if clause.word(ruling) in CESSATIONS and between.start <= ruling and (plain or contracted):
        return denial  # "does not stop its war", "has not ended its support": the negation is the cessation's
    if _presupposed(clause, cue, between) and (plain or contracted):
        return denial  # "does not prevail in its war": the negation is the verb's, the war is waged
    ending = clause.word(ruling) in ENDINGS | ENDING_NOUNS or _ended_after(clause, cue)
    ended = ending and not _conditional(clause, cue) and not _demanded(clause, ruling)
    return plain or contracted or prefixed or denial or ended


def _hedge_at(clause: Clause, j: int) -> bool:
    """A hedge word, but not a noun ("the plan") nor "possible" after a superlative ("the strongest possible terms")."""
    before = clause.word(j - 1)
    superlative = clause.word(j) == "possible" and before.endswith("est")
    return clause.word(j) in HEDGES and before not in DETERMINERS and not superlative


def _any_relative(clause: Clause, start: int) -> bool:
    """ "any materials that Russia provides": the subject of a relative clause on "any ..." is only supposed."""
    if clause.word(start - 1) not in {"that", "which"}:
        return False
    return "any" in clause.words(max(0, start - 1 - _NOMINAL_REACH), start - 1)


def _supposed_subject(clause: Clause, between: range) -> bool:
    """ "We will hold to account any individual, entity, or country that provides support for X": between the
    subject and the cue, a relative clause on "any ..." has its own, only supposed, subject."""
    words = clause.words(between.start, between.stop)
    return any(
        w == "any" and any(v in {"that", "which", "who"} for v in words[k + 1 : k + 2 + _ANY_REACH])
        for k, w in enumerate(words)
    )


def _future(clause: Clause, between: range, cue: CueMatch) -> bool:
    """ "X will face sanctions", "will work with Y to urge Z": the future is not a fact; but "will continue to
    support Y" states that the support goes on."""
    for j in between:
        following = clause.word(j + 1)
        if clause.word(j) not in FUTURE or not (clause.text(j + 1).isalpha() and clause.text(j + 1).islower()):
            continue
        if following in PREPOSITIONS or following in {"and", "or"}:
            continue  # "its firm will to find", "the will of the people": a noun
        k = j + 1
        while clause.word(k) in ADVERBS and k < cue.start:
            k += 1
        deepened = clause.word(k) in DEEPENINGS and cue.relation in clause.lexicon.symmetric
        if clause.word(k) not in CESSATIONS and not deepened:  # but "will deepen cooperation": it exists
            return True
        return "to" in clause.words(k + 2, cue.start)  # "will continue to work with X to urge Y": a purpose
    return False


def _reason_of_another(clause: Clause, cue: CueMatch, agent: Agent | None) -> bool:
    """ "sanctioned three individuals responsible for threatening Mali": a gerund after "for" is the act of the noun
    before it, not of a subject further back ("thanks Japan for supporting Ukraine": Japan's)."""
    j = clause.previous_word_index(cue.start)
    while clause.word(j) in ADVERBS or clause.adverb_ly(j):
        j -= 1
    gerund = clause.word(cue.start).endswith("ing")
    return gerund and clause.word(j) == "for" and agent is not None and agent.end < j


def hedged(clause: Clause, between: range, cue: CueMatch, agent: Agent | None) -> bool:
    """ "could sanction", "urged Israel to supply", "a suspected strike"; but "stopped supporting" holds."""
    if _ruling_verb(clause, cue) in CESSATIONS:
        return False
    words = clause.words(0, cue.start)
    if any(_condition_at(words, k) for k in range(len(words))) or any(
        words[k : k + 3] == ("as", "long", "as") for k in range(len(words))
    ):
        return True
    if clause.word(clause.previous_word_index(cue.start)) == "against" or (
        agent is not None and agent.how == "control"
    ):
        return True
    if clause.word(cue.start - 1) == "to" and (_conditional(clause, cue) or _demanded(clause, cue.start)):
        return True  # "urged all States, in accordance with ..., to cooperate with X": asked for, not done
    if _called_to(clause, cue):
        return True
    if (agent is not None and _any_relative(clause, agent.start)) or _supposed_subject(clause, between):
        return True
    modifier = clause.starts.get(agent.start) if agent is not None and agent.how == "nominal" else None
    if modifier is not None and not modifier.possessive and clause.word(modifier.start - 1) in HEDGES:
        return True
    if _reason_of_another(clause, cue, agent):
        return True
    if _future(clause, between, cue) or any(w in HEARSAY for w in clause.words(0, cue.start)):
        return True  # "the fake about X supplying weapons", "rumours that X attacked": told, not stated
    demand = clause.lexicon.relation(_DEMAND)
    asked = {k for c in clause.cues if c.relation == demand == cue.relation for k in range(c.start, c.end)}
    kept = [j for j in between if j not in asked]  # "called for a ceasefire and urged Russia to": two demands
    verbs = any(_hedge_at(clause, j) for j in kept)
    return verbs or any(b in HEDGE_PHRASES for b in pairwise(clause.word(j) for j in kept))
