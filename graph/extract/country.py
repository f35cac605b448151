"""A state named again by a definite description as the subject of a reported clause: "Sudan's Foreign Ministry
announced on Saturday the country has frozen its membership in X", "Foreign Minister X said on Wednesday, adding that
the country stands by Y". "The country" (or "the kingdom", "the republic", "the nation", "the ministry") right after a
verb of saying or "that" (dates between), with its own verb after it, stands for the state that opens the sentence
(its subject or the possessive that owns it); when the sentence opens with no state, for the statement's own voice if
that is one state. Anywhere else ("the country's", "in the country", "visited the country") it names no one."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.text import Token
from graph.extract.words import ADVERBS, DATE_WORDS, PREPOSITIONS

__all__ = ["country_mentions"]

_NOUNS = frozenset({"country", "kingdom", "republic", "nation", "ministry"})
_SAYING = frozenset(
    {"said", "says", "announced", "announces", "added", "adding", "stated", "states", "saying", "noted", "stressed"}
    | {"stressing", "confirmed", "declared", "underlined", "emphasized", "emphasised", "that", "reaffirmed"}
)
_NOT_ACTS = frozenset({"is", "was", "would", "will", "could", "may", "might", "should", "can", "as"})
_OPENING_REACH = 1  # a sentence opens with the state ("Hungary will ...") or its possessive ("Sudan's Foreign ...")


def _reported(tokens: Sequence[Token], i: int) -> bool:
    """A verb of saying or "that" before ``i``, past date words ("announced on Saturday the country")."""
    j = i - 1
    while j >= 0 and (tokens[j].lower in DATE_WORDS or tokens[j].text.isdigit() or tokens[j].text == ","):
        j -= 1
    return j >= 0 and tokens[j].lower in _SAYING


def _acts(tokens: Sequence[Token], k: int) -> bool:
    """A verb of its own follows, past adverbs and "has" ("has frozen", "stands by", "supported")."""
    while k < len(tokens) and tokens[k].lower in ADVERBS:
        k += 1
    word = tokens[k].text if k < len(tokens) else ""
    return word.isalpha() and word.islower() and word not in _NOT_ACTS and word.endswith(("ed", "s", "en"))


def _rival(tokens: Sequence[Token], m: Mention, lexicon: Lexicon) -> bool:
    """Another state the phrase might stand for: named as a subject or owner, not after a preposition ("related to
    the Russia-Ukraine conflict") or glued by a hyphen ("Russia-Ukraine")."""
    if lexicon.kind(m.actor or "") != "State":
        return False
    j = m.start - 1
    j -= j >= 0 and tokens[j].lower == "the"
    glued = j >= 0 and tokens[j].text in {"-", "–"}
    return m.possessive or not (glued or (j >= 0 and tokens[j].lower in PREPOSITIONS - {"by"}))  # "by X": an agent


def _referent(
    tokens: Sequence[Token], mentions: Sequence[Mention], at: int, voice: Sequence[str], lexicon: Lexicon
) -> str | None:
    """The state "the country" at ``at`` stands for, or None when another state named before it could be meant
    ("Kenya condemned Russia's invasion, saying that the country has ...")."""
    opening = next((m for m in mentions if m.start <= _OPENING_REACH), None)
    state = opening.actor if opening is not None and lexicon.kind(opening.actor or "") == "State" else None
    if state is None:
        state = voice[0] if len(voice) == 1 and lexicon.kind(voice[0]) == "State" else None
    between = [m for m in mentions if m is not opening and m.end <= at and m.actor != state]
    return None if any(_rival(tokens, m, lexicon) for m in between) else state


def country_mentions(
    tokens: Sequence[Token], mentions: Sequence[Mention], voice: Sequence[str], lexicon: Lexicon, taken: set[int]
) -> list[Mention]:
    """Mentions of a state by "the country" as the subject of a reported clause."""
    found = []
    for i in range(len(tokens) - 2):
        if tokens[i].lower != "the" or tokens[i + 1].lower not in _NOUNS or taken & {i, i + 1}:
            continue
        if not (_reported(tokens, i) and _acts(tokens, i + 2)):
            continue
        referent = _referent(tokens, mentions, i, voice, lexicon)
        if referent is not None:
            found.append(Mention(i, i + 2, frozenset({referent})))
    return found
