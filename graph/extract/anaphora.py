"""The subject of the previous sentence named again at the head of the next: "Oman on Monday considered the attack
... It also expressed condemnation of ...", "The African Union decided ... The body also welcomed ...". "It" (before
its verb, not "It is", "It was") stands for a state or an organisation that opened the previous sentence alone; "the
body", "the bloc", "the organisation" for a bloc or an organisation; "the ministry" for a state."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.text import Token
from graph.extract.words import ADVERBS, PARTICIPLE_IRREGULARS

__all__ = ["opening_end", "previous_subject"]

_BODIES = frozenset({"Bloc", "Organisation"})
_NOUNS = {
    "body": _BODIES,
    "bloc": _BODIES,
    "organisation": _BODIES,
    "organization": _BODIES,
    "grouping": _BODIES,
    "ministry": frozenset({"State"}),
}
_IT = _BODIES | {"State"}
_OPENER = 5  # words of an opening phrase before its comma: "In a statement on Friday,"
_NOT_ACTS = frozenset({"is", "was", "has", "had", "have", "would", "will", "could", "may", "might", "should", "can"})


def opening_end(tokens: Sequence[Token], taken: set[int]) -> int:
    """Where the sentence's subject starts: after an opening adverb or a short phrase naming no one, and its comma
    ("Furthermore, it ...", "In a statement, it said ...", "On Friday, the body ...")."""
    comma = next((k for k in range(1, min(_OPENER + 1, len(tokens) - 1)) if tokens[k].text == ","), None)
    words = range(comma) if comma is not None else range(0)
    plain = comma is not None and all(tokens[k].text.isalnum() and k not in taken for k in words)
    return comma + 1 if plain and comma is not None else 0


def _acts(tokens: Sequence[Token], k: int) -> bool:
    """A verb follows, past adverbs, in the past or present ("also expressed", "urged", "calls"), not a copula or an
    auxiliary ("It is", "It has been")."""
    while k < len(tokens) and tokens[k].lower in ADVERBS - {"has", "have", "had"}:
        k += 1
    word = tokens[k].text if k < len(tokens) else ""
    irregular = word in PARTICIPLE_IRREGULARS | {"said", "told", "took", "made"}  # "it said it struck"
    return word.isalpha() and word.islower() and word not in _NOT_ACTS and (word.endswith(("ed", "s")) or irregular)


def previous_subject(
    tokens: Sequence[Token], subject: Sequence[str], lexicon: Lexicon, taken: set[int]
) -> list[Mention]:
    """A mention of the previous sentence's one opening ``subject`` by "It" or "the body" at this one's head."""
    if len(subject) != 1 or not tokens:
        return []
    kind, i = lexicon.kind(subject[0]), opening_end(tokens, taken)
    if i >= len(tokens) or i in taken:
        return []
    word = tokens[i].lower
    if word == "it" and kind in _IT and _acts(tokens, i + 1):
        return [Mention(i, i + 1, frozenset(subject))]
    noun = tokens[i + 1].lower if word == "the" and i + 1 < len(tokens) else ""
    if noun in _NOUNS and kind in _NOUNS[noun] and i + 1 not in taken and _acts(tokens, i + 2):
        return [Mention(i, i + 2, frozenset(subject))]
    return []
