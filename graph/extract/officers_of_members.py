"""A bloc's statement opening a sentence with its members' officers: "The foreign ministers of Brazil, Russia, India,
China, and South Africa have officially supported the G-20" in a BRICS statement. The officers speak for the bloc
(whose statement it is: an organisation's statement is labelled with the organisation as subject), and each state
listed is a member of it. Not in a state's own statement, nor without a verb after the list."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.clause import CueMatch
from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.text import Token
from graph.extract.words import ADVERBS
from graph.namespaces import ENT

__all__ = ["officers_of_members"]

_MEMBERSHIP = ENT + "memberOf"
_OFFICES = frozenset(
    {"ministers", "leaders", "heads", "presidents", "representatives", "government", "governments", "delegations"}
)
_OFFICE_REACH = 6  # words from "The" to "of": "The Heads of State and Government of"
_STANCES = [
    "express",
    "condemn",
    "welcome",
    "reaffirm",
    "reiterate",
    "agree",
    "adopt",
    "call",
    "urge",
    "stress",
    "note",
    "underline",
    "emphasize",
    "emphasise",
    "support",
    "endorse",
    "declare",
    "affirm",
    "recognize",
    "recognise",
    "commend",
    "praise",
    "denounce",
    "reject",
    "demand",
    "decide",
    "deplore",
]
_STATING = frozenset(f for v in _STANCES for f in (v, v + "s", v + "d" if v.endswith("e") else v + "ed"))


def _list_from(tokens: Sequence[Token], starts: dict[int, Mention], k: int, lexicon: Lexicon) -> list[Mention]:
    """The plain states listed from ``k`` ("A, B, and C")."""
    found: list[Mention] = []
    while (m := starts.get(k)) is not None and lexicon.kind(m.actor or "") == "State" and not m.possessive:
        found.append(m)
        k = m.end + (m.end < len(tokens) and tokens[m.end].text in {",", "and"})
        k += k < len(tokens) and tokens[k].lower == "and"
    return found


def officers_of_members(
    tokens: Sequence[Token], mentions: Sequence[Mention], parties: Sequence[str], lexicon: Lexicon
) -> tuple[Mention, tuple[tuple[str, str], ...], CueMatch] | None:
    """The voice's mention over "The foreign ministers of A, B and C", the memberships it states and their cue."""
    relation = lexicon.relation(_MEMBERSHIP)
    if relation is None or len(parties) != 1 or lexicon.kind(parties[0]) != "Bloc" or not tokens:
        return None
    if tokens[0].lower != "the":
        return None
    starts = {m.start: m for m in mentions}
    k = 1
    while k < min(len(tokens), _OFFICE_REACH + 1) and k not in starts and tokens[k].text.isalpha():
        k += 1
    if k < 3 or tokens[k - 1].lower != "of" or tokens[k - 2].lower not in _OFFICES:
        return None
    listed = _list_from(tokens, starts, k, lexicon)
    end = listed[-1].end if listed else k
    j = end
    while j < len(tokens) and tokens[j].lower in ADVERBS | {"jointly", "officially", "together"}:
        j += 1  # "have officially supported"
    if len(listed) < 2 or j >= len(tokens) or tokens[j].lower not in _STATING:
        return None  # "The foreign ministers of Iran and Iraq met ...": guests of a meeting, not the bloc speaking
    bloc = parties[0]
    voice = Mention(0, end, frozenset(parties))
    return voice, tuple((a, bloc) for m in listed for a in m.named if a != bloc), CueMatch(0, end, relation)
