"""Holding an actor to account: "The Netherlands and Australia hold Russia accountable for", "holds Iran responsible
for" → the holder criticises the actor named between the verb and the adjective. The verb is the cue, so the rest of
the extraction (its subject, a negation, a hedge) reads it as any verdict."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.clause import CueMatch
from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.text import Token
from graph.namespaces import ENT

__all__ = ["accounting_cues"]

_HOLDING = frozenset({"hold", "holds", "held", "holding"})
_ACCOUNTABLE = frozenset({"accountable", "responsible", "liable"})
_LIST_WORDS = frozenset({",", "and", "the", "fully", "solely", "directly", "personally", "jointly", "also"})
_VERDICT = ENT + "criticises"


def _held_to_account(tokens: Sequence[Token], mentions: Sequence[Mention], at: int) -> bool:
    """The actors named right after the verb at ``at`` (a list of them, and adverbs) are followed by "accountable"."""
    by_start = {m.start: m for m in mentions}
    k, named = at + 1, False
    while k < len(tokens):
        m = by_start.get(k)
        if m is not None and m.resolved and not m.possessive:
            k, named = m.end, True
        elif tokens[k].lower in _LIST_WORDS:
            k += 1
        else:
            break
    return named and k < len(tokens) and tokens[k].lower in _ACCOUNTABLE


def accounting_cues(
    tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon, cues: Sequence[CueMatch]
) -> tuple[CueMatch, ...]:
    """The cues found, with a verdict cue on each "hold" that holds a named actor to account."""
    relation = lexicon.relation(_VERDICT)
    if relation is None:
        return tuple(cues)
    taken = {j for c in cues for j in range(c.start, c.end)}
    held = [
        CueMatch(i, i + 1, relation)
        for i, t in enumerate(tokens)
        if t.lower in _HOLDING and i not in taken and _held_to_account(tokens, mentions, i)
    ]
    return tuple(sorted((*cues, *held), key=lambda c: c.start)) if held else tuple(cues)
