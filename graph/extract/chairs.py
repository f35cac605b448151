"""Membership a bloc's chair states by its shape: "Russia, the incoming chair of the BRICS grouping", "Kenya as
chair of the EAC", "Kenya, which holds the presidency of the EAC", "President X, who doubles as chairperson of ECOWAS", "Brunei's ASEAN Chairmanship", "Ghana's presidency of ECOWAS" → the state is a member of the
bloc it chairs (a bloc is chaired by one of its members, in turn)."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.clause import CueMatch
from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.relations import Hit
from graph.extract.text import Token
from graph.extract.words import CONDITIONS, HEDGES
from graph.namespaces import ENT

__all__ = ["chair_members"]

_CONFIDENCE = 0.8
_MEMBERSHIP = ENT + "memberOf"
_CHAIRS = frozenset(
    {"chair", "chairman", "chairperson", "chairwoman", "chairmanship", "chairship", "presidency", "president"}
)
_TURNS = frozenset({"incoming", "current", "outgoing", "rotating", "new", "next", "acting", "annual", "pro", "tempore"})
_LEADING = (",", "as", "the")
_CHAIR_NOUNS = frozenset({"country", "state", "nation"})
# Verbs of holding a chair after "which" or "who": "Kenya, which holds the presidency of", "who doubles as chair of".
_HOLDING = frozenset(
    {"holds", "held", "doubles", "doubled", "serves", "served", "is", "was"}
)  # "Russia, the incoming chair of", "Kenya, as chair of"


def _chair_at(tokens: Sequence[Token], k: int) -> int:
    """Past the turn's adjectives ("the incoming") to a chair noun at ``k``: the index after it, or -1."""
    while k < len(tokens) and tokens[k].lower in _TURNS | {"-"}:
        k += 1
    if k >= len(tokens) or tokens[k].lower not in _CHAIRS:
        return -1
    return k + 2 if k + 1 < len(tokens) and tokens[k + 1].lower in _CHAIR_NOUNS else k + 1  # "the chair country of"


def _bloc_chair(by_start: dict[int, Mention], tokens: Sequence[Token], k: int, lexicon: Lexicon) -> Mention | None:
    """ "Ghana, the current ECOWAS chair,": the bloc named before the chair noun, past the turn's adjectives."""
    while k < len(tokens) and tokens[k].lower in _TURNS:
        k += 1
    bloc = _bloc_at(by_start, tokens, k, lexicon)
    return bloc if bloc is not None and bloc.end < len(tokens) and tokens[bloc.end].lower in _CHAIRS else None


def _bloc_at(by_start: dict[int, Mention], tokens: Sequence[Token], k: int, lexicon: Lexicon) -> Mention | None:
    k += k < len(tokens) and tokens[k].lower == "the"
    bloc = by_start.get(k)
    return bloc if bloc is not None and bloc.actor and lexicon.kind(bloc.actor) == "Bloc" else None


def _chaired(tokens: Sequence[Token], state: Mention, by_start: dict[int, Mention], lexicon: Lexicon) -> Mention | None:
    k = state.end
    if tokens[k - 1].lower in _CHAIRS:  # "Ghana's presidency" named as an office: "of" the bloc follows
        return _bloc_at(by_start, tokens, k + 1, lexicon) if k < len(tokens) and tokens[k].lower == "of" else None
    if state.possessive:  # "Brunei's ASEAN Chairmanship", "Ghana's current presidency of ECOWAS"
        bloc = _bloc_at(by_start, tokens, k, lexicon)
        if bloc is not None:
            return bloc if tokens[bloc.end - 1].lower in _CHAIRS or _chair_at(tokens, bloc.end) > 0 else None
    else:  # "Russia, the incoming chair of", "Kenya as chair of", "Kenya, which holds the presidency of"
        k += k < len(tokens) and tokens[k].text == ","
        relative = k + 1 < len(tokens) and tokens[k].lower in {"which", "who"} and tokens[k + 1].lower in _HOLDING
        k += 2 if relative else 0
        while k < len(tokens) and k < state.end + len(_LEADING) + 2 and tokens[k].lower in _LEADING:
            k += 1
        if not ({t.lower for t in tokens[state.end : k]} & {",", "as"} or relative):
            return None
        if tokens[k - 1].lower == "the" and _bloc_chair(by_start, tokens, k, lexicon) is not None:
            return _bloc_chair(by_start, tokens, k, lexicon)
    after = _chair_at(tokens, k)
    if after < 0 or after >= len(tokens) or tokens[after].lower != "of":
        return None
    return _bloc_at(by_start, tokens, after + 1, lexicon)


def chair_members(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> list[Hit]:
    """Each state named as a bloc's chair is its member; not when the sentence supposes it ("if X chairs ...",
    "X could take the chair of ...")."""
    relation = lexicon.relation(_MEMBERSHIP)
    if relation is None or {t.lower for t in tokens} & (CONDITIONS | HEDGES):
        return []
    by_start = {m.start: m for m in mentions}
    hits = []
    for state in mentions:
        if not state.actor or lexicon.kind(state.actor) != "State":
            continue
        bloc = _chaired(tokens, state, by_start, lexicon)
        if bloc is not None and bloc.actor:
            pair = ((state.actor, bloc.actor),)
            hits.append(Hit(relation, pair, False, CueMatch(state.start, bloc.end, relation), _CONFIDENCE))
    return hits
