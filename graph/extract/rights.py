"""Affirming an actor's right of self-defence supports it: "reaffirmed Israel's right to defend itself",
"recognises Ukraine's inherent right to self-defence": the subject (or the statement's voice) of a verb of affirming
supports the owner of the right, not under a hedge, a condition or a negation."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.attribution import Attribution
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.subjects import subject_before
from graph.extract.words import CONDITIONS, HEDGES, NEGATIONS
from graph.namespaces import ENT

__all__ = ["self_defence"]

_SUPPORTS = ENT + "supports"
_RIGHTS = (
    ("right", "to", "defend", "itself"),
    ("right", "to", "defend", "themselves"),
    ("right", "to", "self", "-", "defence"),
    ("right", "to", "self", "-", "defense"),
    ("right", "of", "self", "-", "defence"),
    ("right", "of", "self", "-", "defense"),
)
_AFFIRMING = frozenset(
    {"affirm", "affirms", "affirmed", "reaffirm", "reaffirms", "reaffirmed", "reaffirming", "recognise", "recognises"}
    | {"recognised", "recognize", "recognizes", "recognized", "support", "supports", "supported", "uphold", "upholds"}
    | {"upheld", "underline", "underlines", "underlined", "stress", "stresses", "stressed", "reiterate", "reiterates"}
    | {"reiterated", "respect", "respects", "respected", "acknowledge", "acknowledges", "acknowledged", "backs"}
)
_ADJECTIVES = 2  # "inherent", "legitimate"
_CONFIDENCE = 0.75


def self_defence(
    clause: Clause, attributions: Sequence[Attribution], discourse: Discourse
) -> list[tuple[CueMatch, tuple[tuple[str, str], ...], float]]:
    """The supporters of an actor whose right of self-defence the sentence affirms."""
    del attributions  # the affirmation is the subject's, whoever reports it
    relation = clause.lexicon.relation(_SUPPORTS)
    found: list[tuple[CueMatch, tuple[tuple[str, str], ...], float]] = []
    for m in clause.mentions:
        if relation is None or not (m.possessive and m.resolved) or m.actor is None:
            continue
        k = m.end
        while (
            k < m.end + _ADJECTIVES
            and clause.text(k).isalpha()
            and clause.text(k).islower()
            and clause.word(k) != "right"
        ):
            k += 1
        phrase = next((p for p in _RIGHTS if clause.words(k, k + len(p)) == p), None)
        if phrase is None or set(clause.words(0, m.start)) & (HEDGES | CONDITIONS | NEGATIONS):
            continue
        verb = clause.previous_word_index(m.start)
        while clause.adverb_ly(verb) or clause.word(verb) in {"also", "again", "once"}:
            verb = clause.previous_word_index(verb)
        if clause.word(verb) not in _AFFIRMING:
            continue  # "questioned X's right to ...": no support
        subject = subject_before(clause, m.start, 0, (m.actor,), discourse.persons)
        pairs = tuple((s, m.actor) for s in (subject.actors if subject else ()) if s != m.actor)
        if pairs:
            found.append((CueMatch(m.start, k + len(phrase), relation), pairs, _CONFIDENCE))
    return found
