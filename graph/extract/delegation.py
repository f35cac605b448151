"""A delegation of several parties, named once and then referred to as a body: "Representatives from A, B and C made
a joint visit ... The delegation called on X to ..." (each of A, B and C calls on X)."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.mentions import Mention
from graph.extract.text import Token

__all__ = ["delegation_listed", "delegation_mention"]

_GROUP_NOUNS = frozenset({"delegation", "delegations", "representatives", "diplomats", "envoys", "ambassadors"})
_LIST_WORDS = frozenset({",", "and", "the"})


def delegation_listed(tokens: Sequence[Token], mentions: Sequence[Mention]) -> tuple[str, ...]:
    """ "Representatives from Belgium, Canada, ... and the UK made ...": the parties a group noun opening the sentence
    lists after "from" or "of" (two or more; none when there is no such opening)."""
    if len(tokens) < 3 or tokens[0].lower not in _GROUP_NOUNS or tokens[1].lower not in {"from", "of"}:
        return ()
    by_start = {m.start: m for m in mentions}
    listed: list[str] = []
    i = 2
    while i < len(tokens):
        m = by_start.get(i)
        if m is not None and m.resolved and not m.possessive:
            listed += m.named
            i = m.end
        elif (tokens[i].lower in _LIST_WORDS and listed) or (tokens[i].lower == "the" and not listed):
            i += 1
        else:
            break
    return tuple(dict.fromkeys(listed)) if len(listed) > 1 else ()


def delegation_mention(tokens: Sequence[Token], parties: Sequence[str], taken: set[int]) -> Mention | None:
    """ "The delegation called on Israel ...": "The" and a group noun opening the sentence, before a verb, stand for
    the parties a delegation listed earlier."""
    if len(parties) < 2 or len(tokens) < 3 or tokens[0].lower != "the" or tokens[1].lower not in _GROUP_NOUNS:
        return None
    verb = tokens[2].text.isalpha() and tokens[2].text.islower() and tokens[2].lower not in {"of", "from", "in", "to"}
    if not verb or taken.intersection({0, 1}):
        return None
    return Mention(0, 2, frozenset(parties), group=tuple(parties))
