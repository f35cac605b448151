"""An organ named again by its last word: after "the Arab League Council suspended Syria", "The Council reiterated
..." is the Arab League's Council, not the statement's own voice (here an embassy's); "the Commission", "the
Assembly" likewise. The latest body an article named with a name ending in that word is meant."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import replace

from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.text import Token

__all__ = ["named_organ", "remember_organs"]

_BODIES = frozenset({"Bloc", "Organisation"})


def remember_organs(
    tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon, organs: MutableMapping[str, str]
) -> None:
    """Record, by its last word, each body named by a name of several capitalised words ("Arab League Council")."""
    for m in mentions:
        words = [t for t in tokens[m.start : m.end] if t.text.isalpha()]
        if m.resolved and m.actor and lexicon.kind(m.actor) in _BODIES and len(words) > 1 and words[-1].capitalised:
            organs[words[-1].lower] = m.actor


def named_organ(tokens: Sequence[Token], voiced: Sequence[Mention], organs: MutableMapping[str, str]) -> list[Mention]:
    """The voice's "The Council" read as the body the article last named with a name ending in "Council"."""
    found = []
    for m in voiced:
        words = [t for t in tokens[m.start : m.end] if t.text.isalpha()]
        bare = len(words) == 2 and words[0].lower == "the" and words[1].capitalised
        body = organs.get(words[-1].lower) if bare else None
        found.append(replace(m, actors=frozenset({body}), group=()) if body and body not in m.actors else m)
    return found
