"""Whether a cue is a noun or a verb, and whether a noun is the object of another relation's verb."""

from __future__ import annotations

from graph.extract.agents import Agent, Target
from graph.extract.clause import Clause, CueMatch
from graph.extract.words import (
    ADVERBS,
    BE_AUXILIARIES,
    CESSATIONS,
    DATE_WORDS,
    DETERMINERS,
    DOING_VERBS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from graph.namespaces import ENT

__all__ = ["noun_cue", "object_of_another", "victim_of_act"]

_MODIFIER_REACH = 6
_ON_ACTS = tuple(ENT + r for r in ("criticises", "praises", "supports", "opposes"))  # verdicts, stances
# Prepositions of a topic: "concerned about the attack", "alarmed by the strikes".
_TOPICS = frozenset({"about", "over", "regarding", "concerning", "at", "by", "on", "of"})
_BARE_TOPICS = frozenset({"about", "over", "regarding", "concerning"})
_DEFINITE = frozenset({"the", "this", "these", "those"})
_NOT_ADJECTIVES = DETERMINERS | PREPOSITIONS | BE_AUXILIARIES | SUBJECT_PRONOUNS | {"and", "or", "but", "nor"}
_PREDICATING = frozenset({"is", "are", "was", "were", "became", "becomes", "become", "remains", "remain"})
_MODALS = frozenset({"to", "will", "would", "shall", "should", "must", "can", "could", "may", "might"})


def object_of_another(clause: Clause, cue: CueMatch, agent: Agent) -> bool:
    """ "They condemned the attacks against ...": a noun the object of another relation's verb is not the
    subject's own act."""
    adverb = clause.previous_word_index(cue.start)
    if clause.adverb_ly(adverb) and clause.word(adverb - 1) in {"and", "or"} and clause.cue_covering(adverb - 2):
        return False  # "strongly deplores and firmly opposes X": a verb coordinated with another, not a noun
    determiner = _before_modifiers(clause, cue.start)
    word = clause.word(determiner)
    plain = agent.how != "possessive" or agent.end < determiner  # "Japan's position on the invasion of"
    if word not in DETERMINERS - {"that"}:
        verb = clause.cue_covering(determiner)  # "condemned arms transfers from Iran": another relation's verb
        other = verb is not None and verb.relation != cue.relation and verb.end == determiner + 1
        return (plain and word in _BARE_TOPICS) or other  # "expressed concern over sanctions against Iran"
    g = clause.previous_word_index(determiner)
    governing = clause.word(g)
    if _predicated(clause, g):
        return False  # "Peru became the newest member of the OAS", "is one of the founding members of": its own
    if plain and governing in _TOPICS:
        return True  # "I am deeply concerned about the attack on Israel": a topic, not the subject's act
    doing = governing in DOING_VERBS | CESSATIONS | PREPOSITIONS  # "must end this war", "involved in the invasion"
    if plain and word in _DEFINITE and not doing:
        return True  # "Japan is closely following the war in Ukraine": the subject does not wage it
    return any(agent.end <= c.start and c.end <= cue.start and c.relation != cue.relation for c in clause.cues)


def _predicated(clause: Clause, g: int) -> bool:
    """The noun phrase after the word at ``g`` is what the subject is: after a copula ("became the"), or after "one
    of" or "among" that follow one ("is one of the", "is among the")."""
    if clause.word(g) in {"of"} and clause.word(g - 1) in {"one", "some"}:
        g = clause.previous_word_index(g - 1)
    elif clause.word(g) == "among":
        g = clause.previous_word_index(g)
    return clause.word(g) in _PREDICATING


def _before_modifiers(clause: Clause, at: int) -> int:
    """The word before a noun's adjectives, numbers and dates: "the deadly March 3 attack" gives "the"."""
    j = clause.previous_word_index(at)
    for _ in range(_MODIFIER_REACH):
        text, word = clause.text(j), clause.word(j)
        adjective = text.isalpha() and text.islower() and word not in _NOT_ADJECTIVES and not clause.cue_covering(j)
        listed = word in {"and", ","} and j + 1 < at and clause.text(j - 1).isalpha() and clause.text(j - 1).islower()
        adjective = adjective or (listed and clause.word(j - 1) not in _NOT_ADJECTIVES)  # "the brutal and unprovoked"
        if (
            j < 0
            or j + 1 in clause.ends
            or not (adjective or text.isdigit() or (text.istitle() and word in DATE_WORDS))
        ):
            break
        j = clause.previous_word_index(j)
    return j


def noun_cue(clause: Clause, cue: CueMatch) -> bool:
    """A noun ("the provision of", "arms transfers from"), not a verb after its subject ("Canada condemns the
    transfer of arms by X": X is what Canada condemns, not who condemns)."""
    verb = _after_subject(clause, cue)
    if clause.word(cue.end - 1) in PREPOSITIONS:
        return not (verb and clause.word(cue.end - 1) == "by")  # "the GCC stands by A and B": a verb's particle
    return not verb


def _after_subject(clause: Clause, cue: CueMatch) -> bool:
    """The cue follows its subject or a modal ("Chile stands by", "we will stand by"): a verb."""
    j = clause.previous_word_index(cue.start)
    while clause.word(j) in ADVERBS or clause.adverb_ly(j):
        j -= 1
    subject = clause.ends.get(j + 1)
    return (subject is not None and not subject.possessive) or clause.word(j) in SUBJECT_PRONOUNS | _MODALS


def victim_of_act(clause: Clause, cue: CueMatch, target: Target) -> bool:
    """ "condemned the operation against Israel", "supported the campaign against Russia": the actor after "against"
    a noun the verdict or stance is on is the act's victim, not whom the verdict or stance is on."""
    if not target.against or target.gap == 0:
        return False
    return cue.relation in {r for r in map(clause.lexicon.relation, _ON_ACTS) if r is not None}
