"""The subject of the previous sentence named again at the head of the next: "Oman on Monday considered the attack
... It also expressed condemnation of ...", "The African Union decided ... The body also welcomed ...". "It" (before
its verb, not "It is", "It was") stands for a state or an organisation that opened the previous sentence alone; "the
body", "the bloc", "the organisation" for a bloc or an organisation; "the ministry" for a state."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.text import Token
from graph.extract.words import ADVERBS

__all__ = ["previous_subject"]

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
_NOT_ACTS = frozenset({"is", "was", "has", "had", "have", "would", "will", "could", "may", "might", "should", "can"})


def _opening(tokens: Sequence[Token], taken: set[int]) -> int:
    """Where the sentence's subject starts: after an opening adverb and its comma ("Furthermore, it ...")."""
    adverb = len(tokens) > 2 and tokens[1].text == "," and tokens[0].text.isalpha() and 0 not in taken
    return 2 if adverb else 0


def _acts(tokens: Sequence[Token], k: int) -> bool:
    """A verb follows, past adverbs, in the past or present ("also expressed", "urged", "calls"), not a copula or an
    auxiliary ("It is", "It has been")."""
    while k < len(tokens) and tokens[k].lower in ADVERBS - {"has", "have", "had"}:
        k += 1
    word = tokens[k].text if k < len(tokens) else ""
    return word.isalpha() and word.islower() and word not in _NOT_ACTS and word.endswith(("ed", "s"))


def previous_subject(
    tokens: Sequence[Token], subject: Sequence[str], lexicon: Lexicon, taken: set[int]
) -> list[Mention]:
    """A mention of the previous sentence's one opening ``subject`` by "It" or "the body" at this one's head."""
    if len(subject) != 1 or not tokens:
        return []
    kind, i = lexicon.kind(subject[0]), _opening(tokens, taken)
    if i >= len(tokens) or i in taken:
        return []
    word = tokens[i].lower
    if word == "it" and kind in _IT and _acts(tokens, i + 1):
        return [Mention(i, i + 1, frozenset(subject))]
    noun = tokens[i + 1].lower if word == "the" and i + 1 < len(tokens) else ""
    if noun in _NOUNS and kind in _NOUNS[noun] and i + 1 not in taken and _acts(tokens, i + 2):
        return [Mention(i, i + 2, frozenset(subject))]
    return []
