"""Whether a relation is denied ("did not condemn") or only possible, planned or asked for."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from graph.extract.agents import Agent
from graph.extract.attribution import Attribution
from graph.extract.clause import Clause, CueMatch
from graph.extract.words import CESSATIONS, DETERMINERS, HEDGE_PHRASES, HEDGES, NEGATION_PREFIXES, NEGATIONS

__all__ = ["hedged", "negated", "window"]


def window(clause: Clause, agent: Agent | None, cue: CueMatch, *, after_cues: bool) -> range:
    """The tokens between the subject and the cue, or only those after any cue between them."""
    start = agent.end if agent is not None and agent.end <= cue.start else cue.start
    earlier = [c.end for c in clause.cues if after_cues and start <= c.end <= cue.start and c != cue]
    return range(max([start, *earlier]), cue.start)


def negated(
    clause: Clause, between: range, cue: CueMatch, attribution: Attribution | None, subjects: Sequence[str]
) -> bool:
    """ "did not condemn", "declined to send", "denied supplying", "non-bloc", "no longer backs"."""
    bigrams = list(pairwise([*clause.words(between.start, between.stop), ""]))
    plain = any(w in NEGATIONS and (w, n) != ("not", "only") for w, n in bigrams)
    contracted = ("no", "longer") in bigrams or ("'", "t") in bigrams
    prefixed = clause.text(cue.start - 1) == "-" and clause.word(cue.start - 2) in NEGATION_PREFIXES
    denial = attribution is not None and attribution.negating and bool(set(attribution.speakers) & set(subjects))
    return plain or contracted or prefixed or denial


def hedged(clause: Clause, between: range, cue: CueMatch, agent: Agent | None) -> bool:
    """ "could sanction", "urged Israel to supply", "a suspected strike"; but "stopped supporting" holds."""
    before = clause.word(clause.previous_word_index(cue.start))
    if before in CESSATIONS:
        return False
    if before == "against" or (agent is not None and agent.how == "control"):
        return True
    modifier = clause.starts.get(agent.start) if agent is not None and agent.how == "nominal" else None
    if modifier is not None and not modifier.possessive and clause.word(modifier.start - 1) in HEDGES:
        return True
    verbs = any(clause.word(j) in HEDGES and clause.word(j - 1) not in DETERMINERS for j in between)
    return verbs or any(b in HEDGE_PHRASES for b in pairwise(clause.words(between.start, between.stop)))
