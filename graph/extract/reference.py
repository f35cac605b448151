"""A state's government named by a common noun: "We renew our call on the transitional government to act" in a
statement about one state. "The government", "the authorities", "the regime" or "the junta" (with at most two
adjectives, and no "of" after it) stands for the one state other than the statement's own voice that the article
has named so far; when it has named none or several, the phrase names no one."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.mentions import Mention
from graph.extract.text import Token

__all__ = ["GOVERNMENT_NOUNS", "government_mentions"]

GOVERNMENT_NOUNS = frozenset({"government", "authorities", "regime", "junta"})
_MAX_ADJECTIVES = 2


def _noun_after_the(tokens: Sequence[Token], i: int) -> int:
    """The end of "the [adjectives] government" starting at ``i`` (``i`` when there is none)."""
    if tokens[i].lower != "the":
        return i
    k = i + 1
    while k < len(tokens) and k - i - 1 <= _MAX_ADJECTIVES:
        text = tokens[k].text
        if not (text.isalpha() and text.islower()):
            return i
        if tokens[k].lower in GOVERNMENT_NOUNS:
            following = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            return k + 1 if following not in {"of", "'", "’"} else i
        k += 1
    return i


def government_mentions(tokens: Sequence[Token], referent: str | None, taken: set[int]) -> list[Mention]:
    """Mentions of ``referent`` (the one other state named so far, if any) by a government noun."""
    if referent is None:
        return []
    found = []
    for i in range(len(tokens)):
        end = _noun_after_the(tokens, i)
        if end > i and not taken.intersection(range(i, end)):
            found.append(Mention(i, end, frozenset({referent}), titled=True))
    return found
