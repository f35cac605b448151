"""A participle after a common noun: "a warning supported by the G7" says something of the warning."""

from __future__ import annotations

from graph.extract.clause import Clause, CueMatch
from graph.extract.words import (
    ADVERBS,
    BE_AUXILIARIES,
    CESSATIONS,
    DATE_WORDS,
    DETERMINERS,
    EVENT_NOUNS,
    HEDGES,
    NEGATIONS,
    PARTICIPLE_IRREGULARS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    STATEMENT_NOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

__all__ = ["modifies_a_noun"]

# Finite verbs right after a participle: the participle ended a noun phrase, the subject of this verb.
_FINITE = frozenset({"include", "includes", "included", "are", "were", "is", "was", "remain", "remains", "comprise"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words before a participle that show it is a verb of the clause, not a modifier of a noun ("has been supporting",
# "continued attacking", "will not be sanctioned").
_NOT_NOUNS = (
    BE_AUXILIARIES
    | ADVERBS
    | DETERMINERS
    | POSSESSIVE_PRONOUNS
    | PREPOSITIONS
    | SUBJECT_PRONOUNS
    | CESSATIONS
    | HEDGES
    | NEGATIONS
    | _words("and or but nor not to that who which will would can could may might must should shall do does did")
    | _words("begin begins began start starts started")
    | _words("always ever just even once yet")  # "has always supported": adverbs without -ly
    | DATE_WORDS  # "has today sanctioned"
    | SUBORDINATORS  # "while calling for", "after condemning": a participle of the clause, after no noun
)


def modifies_a_noun(clause: Clause, cue: CueMatch) -> bool:
    """ "a clear warning supported by the G7", "suppliers supporting Russia", "attacks threatening targets in X": a
    participle right after a common noun says something of that noun, not of the clause's subject; unless an actor
    right before the noun owns it ("Russian forces attacking Ukraine")."""
    first = clause.word(cue.start)
    if not (first.endswith(("ing", "ed")) or first in PARTICIPLE_IRREGULARS):
        return False
    j = clause.previous_word_index(cue.start)
    if first.endswith("ed") and cue.end - cue.start == 1 and clause.word(cue.end) in _FINITE:
        return True  # "Putin's allies now sanctioned include ...": the participle says who they are
    text, word = clause.text(j), clause.word(j)
    if not (text.isalpha() and text.islower()) or j + 1 in clause.ends or j in clause.ends:
        return False
    if word in STATEMENT_NOUNS:
        return False  # "issued a joint statement condemning X": the statement's author condemns
    act = clause.cue_covering(j)
    if act is not None:
        return word in EVENT_NOUNS  # "attacks threatening civilian targets"
    if word in EVENT_NOUNS and clause.word(cue.end - 1) == "by":
        return False  # "air strikes launched by Israel against Syria": the act's agent
    return not (word in _NOT_NOUNS or word.endswith(("ed", "ly")))
