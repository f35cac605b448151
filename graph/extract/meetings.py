"""A standing meeting of two or more actors named by their hyphenated names: "the Japan-Fiji Defense Ministerial
Meeting", "the ASEAN-China Commemorative Summit", "the India-Russia Annual Summit", "the U.S.-ROK summit" → the actors
cooperate (a bilateral mechanism between them). A meeting that is only planned or hoped for says nothing."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from graph.extract.clause import CueMatch
from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.relations import Hit
from graph.extract.text import Token
from graph.extract.words import CONDITIONS, FUTURE, HEDGES, NEGATIONS
from graph.namespaces import ENT

__all__ = ["meeting_partners"]

_CONFIDENCE = 0.75
_COOPERATION = ENT + "cooperatesWith"
_HYPHENS = frozenset({"-", "–"})
_MEETINGS = frozenset({"summit", "dialogue", "meeting", "consultations", "forum"})
# Meetings of adversaries ("the Russia-Ukraine peace talks", "the Israel-Hamas ceasefire meeting"): no cooperation.
_SETTLING = frozenset({"peace", "ceasefire", "truce", "armistice", "negotiations", "talks"})
_MAX_MODIFIERS = 4  # "Defense Ministerial", "Strategic and Economic", "Annual", "foreign ministers'"
_MODIFIER_WORDS = frozenset({"and", "+", "'", "’", "2"})
# Verbs that make the meeting a plan ("decided on a joint EAC-SADC summit", "agreed to hold a China-Japan dialogue").
_PLANNING = frozenset(
    {"decided", "decides", "decide", "agreed", "agrees", "agree", "proposed", "proposes", "propose", "hold"}
)
_PLAN_REACH = 5


def _glued(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` touches the tokens on either side (a hyphen inside "Japan-Fiji")."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start


def _chain(tokens: Sequence[Token], first: Mention, by_start: dict[int, Mention]) -> list[Mention]:
    chain = [first]
    while tokens[chain[-1].end].text in _HYPHENS if chain[-1].end < len(tokens) else False:
        hyphen = chain[-1].end
        following = by_start.get(hyphen + 1)
        if following is None or not following.resolved or following.possessive or not _glued(tokens, hyphen):
            break
        chain.append(following)
    return chain


def _meeting_after(tokens: Sequence[Token], k: int) -> bool:
    for j in range(k, min(len(tokens), k + _MAX_MODIFIERS + 1)):
        word = tokens[j].lower
        if word in _SETTLING:
            return False
        if word in _MEETINGS:
            return True
        if not (tokens[j].text.isalpha() or word in _MODIFIER_WORDS):
            return False
    return False


def meeting_partners(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> list[Hit]:
    relation = lexicon.relation(_COOPERATION)
    words = {t.lower for t in tokens}
    if relation is None or words & (CONDITIONS | HEDGES | FUTURE | NEGATIONS):
        return []
    by_start = {m.start: m for m in mentions}
    hits, inside = [], set()
    for m in mentions:
        if m.start in inside or not m.resolved or m.possessive or lexicon.kind(m.actor or "") == "Person":
            continue
        chain = _chain(tokens, m, by_start)
        inside |= {x.start for x in chain}
        actors = list(dict.fromkeys(a for x in chain for a in x.named if lexicon.kind(a) != "Person"))
        last = chain[-1]  # "Fiji Defense Ministerial Meeting" may be read as an office of Fiji's
        meeting = tokens[last.end - 1].lower in _MEETINGS or _meeting_after(tokens, last.end)
        planned = {t.lower for t in tokens[max(0, m.start - _PLAN_REACH) : m.start]} & _PLANNING
        if len(chain) < 2 or len(actors) < 2 or not meeting or planned:
            continue
        pairs = tuple(combinations(actors, 2))
        hits.append(Hit(relation, pairs, False, CueMatch(chain[0].start, chain[-1].end, relation), _CONFIDENCE))
    return hits
