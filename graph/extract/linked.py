"""Sanctions on those linked to an actor: "sanctioned more than 1,000 individuals and entities who are supporting
Russia's invasion" sanctions Russia, as "restrictive measures against individuals and entities linked to the Wagner
Group" sanctions the Wagner Group."""

from __future__ import annotations

from graph.extract.agents import Target
from graph.extract.clause import Clause, CueMatch
from graph.extract.words import STRONG_PUNCTUATION
from graph.namespaces import ENT

__all__ = ["linked_to"]

_SANCTIONS = ENT + "sanctions"
_HOLDERS = frozenset(
    {"individuals", "entities", "persons", "people", "companies", "firms", "businesses", "officials", "oligarchs"}
    | {"banks", "members"}
)
_LINKS = (
    ("linked", "to"),
    ("associated", "with"),
    ("affiliated", "with"),
    ("supporting",),
    ("involved", "in"),
    ("responsible", "for"),
    ("connected", "to"),
)
# Why the sanctions are imposed: on whose act ("a new sanctions framework in view of Iran's military support").
_REASONS = (("in", "view", "of"), ("in", "response", "to"), ("response", "to"))
_REACH = 12  # words between the cue and the link: "more than 1,000 individuals and entities who are"
_FILLERS = frozenset({"who", "that", "which", "are", "were", "have", "been", "directly", "actively"})


def _responder_end(clause: Clause, k: int) -> int:
    """Past the actor (and its adjectives) answering with the measures before "response to": "as part of New Zealand
    ongoing response to", "as part of our response to" (``k`` when there is none)."""
    m = clause.starts.get(k)
    if m is None:
        return k
    j = m.end + 1 if clause.word(m.end) in {"'s", "'"} else m.end
    while j < m.end + 3 and clause.text(j).isalpha() and clause.text(j).islower() and clause.word(j) != "response":
        j += 1
    return j if clause.words(j, j + 2) == ("response", "to") else k


def linked_to(clause: Clause, cue: CueMatch) -> Target | None:
    """The actor the sanctioned are linked to, named after a noun of persons or bodies and a link phrase."""
    if cue.relation != clause.lexicon.relation(_SANCTIONS):
        return None
    holder, k = False, cue.end - 1
    while k + 1 < min(cue.end + _REACH, len(clause.tokens)):
        k += 1
        text, word = clause.text(k), clause.word(k)
        responder = _responder_end(clause, k)
        if responder > k:  # "as part of New Zealand's ongoing response to": the issuer's own answer
            k = responder - 1
            continue
        if text in STRONG_PUNCTUATION or k in clause.starts:
            return None
        holder = holder or word in _HOLDERS
        link = next((p for p in _LINKS if clause.words(k, k + len(p)) == p), None)
        reason = next((p for p in _REASONS if clause.words(k, k + len(p)) == p), None)
        if (holder and link is not None) or reason is not None:
            at = k + len(link or reason or ())
            at += clause.word(at) == "the"
            m = clause.starts.get(at)
            if m is None or not m.resolved or any(clause.lexicon.kind(a) == "Person" for a in m.named):
                return None  # not a person: "oligarchs linked to Putin" are no sanctions on Putin
            if reason is not None and not (m.possessive or m.titled):
                return None  # "in view of Iran's military support": the state whose act the sanctions answer
            return Target(m.named, k - cue.end, end=m.end)
        if not (word in _FILLERS or text.isdigit() or text == "," or (text.isalpha() and text.islower())):
            return None
    return None
