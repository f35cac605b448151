"""The speaker's own "we" in a quotation: ""We condemn Iran's attack," said the German Foreign Minister" → "we" is the
state or bloc the speaker speaks for, when the text's own voice has not taken it and the speaker is one actor."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.attribution import Attribution
from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.text import Token

__all__ = ["quoted_we"]

_PLURAL = {"we": False, "our": True, "us": False}
_SPEAKING = frozenset({"State", "Bloc", "Organisation"})
_QUOTES = frozenset('"“”')


def _quoted(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` lies between an opening and a closing quotation mark of the sentence."""
    return sum(1 for t in tokens[:i] if t.text in _QUOTES) % 2 == 1


def quoted_we(
    tokens: Sequence[Token], attributions: Sequence[Attribution], taken: set[int], lexicon: Lexicon
) -> list[Mention]:
    """Mentions of "we", "our", "us" inside a quotation that one attribution gives to a single state or bloc."""
    found = []
    for i, token in enumerate(tokens):
        if i in taken or token.lower not in _PLURAL or not _quoted(tokens, i):
            continue
        holding = [a for a in attributions if a.scope_start <= i < a.scope_end and a.verb != i]
        speakers = holding[-1].speakers if len(holding) == 1 else ()
        if len(speakers) == 1 and lexicon.kind(speakers[0]) in _SPEAKING:
            found.append(Mention(i, i + 1, frozenset(speakers), possessive=_PLURAL[token.lower]))
    return found
