"""The object of a cue that closes a relative clause: "Chile, which Peru thanked" (Peru praises Chile); "the Council
issued a Presidential Statement, which Japan welcomes" (the statement's issuer)."""

from __future__ import annotations

from graph.extract.agents import Agent, Target
from graph.extract.clause import Clause, CueMatch
from graph.extract.issued import issuing_verb
from graph.extract.subjects import subject_before
from graph.extract.words import ADVERBS, DATE_WORDS, STRONG_PUNCTUATION

__all__ = ["relative_object"]

_OBJECT_RELATIVES = frozenset({"which", "whom"})
_WHEN = DATE_WORDS | {"in", "since", "early", "late"}


def relative_object(clause: Clause, cue: CueMatch, agent: Agent) -> Target | None:
    """The antecedent of "which" or "whom" right before the cue's subject, when nothing follows the cue."""
    after = cue.end
    while clause.word(after) in ADVERBS | _WHEN or clause.adverb_ly(after) or clause.text(after).isdigit():
        after += 1  # "Ukraine, which Russia invaded in February 2022,": a time after the cue
    if agent.how not in {"subject", "nominal"} or not (
        after >= len(clause.tokens) or clause.text(after) in STRONG_PUNCTUATION | {",", "."}
    ):
        return None
    relative = clause.previous_word_index(agent.start)
    if clause.word(relative) not in _OBJECT_RELATIVES:
        return None
    k = clause.previous_word_index(relative)
    noun = clause.previous_word_index(k) if clause.text(k) == "," else k
    antecedent = clause.ends.get(noun + 1)
    if antecedent is not None:  # not after a preposition: "an agreement with Chile, which Peru welcomed"
        plain = antecedent.resolved and not antecedent.possessive and not clause.prepositional(antecedent)
        return Target(antecedent.named, 0, end=antecedent.end) if plain else None
    issued = issuing_verb(clause, noun)
    issuer = subject_before(clause, issued, 0, agent.actors, ()) if issued is not None else None
    return Target(issuer.actors, 0, end=issuer.end) if issuer is not None else None
