"""The agent named after "by": of a noun ("the attack on Israel by Hamas", "by a terrorist organization, Hamas")
and of a passive ("was condemned by the United Nations"); and whether a cue is in the passive voice."""

from __future__ import annotations

from graph.extract.admission import admitted
from graph.extract.agents import Target, group_target
from graph.extract.clause import Clause, CueMatch
from graph.extract.groups import in_brackets_of_group
from graph.extract.mentions import Mention
from graph.extract.words import (
    ADVERBS,
    BE_AUXILIARIES,
    GUEST_NOUNS,
    OFFICE_WORDS,
    OWN_POSSESSIVES,
    PARTICIPLE_IRREGULARS,
    PREPOSITIONS,
    STRONG_PUNCTUATION,
    SUMMON_CUES,
    VISIT_CUES,
)

__all__ = ["agent_after_object", "agent_by", "named_after_by", "near_object", "passive_cue"]

_MAX_BY_GAP = 4
_OBJECT_NOUNS = 2  # nouns an object may qualify before "by": "on Russian border territory by"
_MAX_NOUN_WORDS = 6  # "the sustained high-level engagement"
_IMPOSED = frozenset({"imposed", "introduced", "adopted", "enacted"})  # a participle of imposing before "by"


def named_after_by(clause: Clause, j: int) -> Mention | None:
    """The actor "by" names at ``j``: "by the United Nations", "by a terrorist organization, Hamas"."""
    for k in range(j, min(j + _MAX_BY_GAP + 1, len(clause.tokens))):
        m = clause.starts.get(k)
        if m is not None:
            return m if m.resolved else None
        if not (clause.text(k).islower() or clause.text(k) == "," or _office_of(clause, k)):
            return None
        if clause.word(k) in PREPOSITIONS and not (clause.word(k) == "of" and clause.word(k - 1) in OFFICE_WORDS):
            return None  # "supported by exports to China": the agent is the exports, not China
    return None


def _object_noun(clause: Clause, k: int) -> bool:
    """A noun in lower case that an object before it qualifies ("territory", "capital"): no verb, auxiliary or
    preposition."""
    text, word = clause.text(k), clause.word(k)
    plain = text.isalpha() and text.islower() and k not in clause.covered and clause.cue_covering(k) is None
    return plain and not word.endswith("ed") and word not in BE_AUXILIARIES | PREPOSITIONS | {"has", "have", "had"}


def _office_of(clause: Clause, k: int) -> bool:
    """ "by the Spokesperson of the X Ministry", "by the Foreign Minister of X": an office of the actor after "of",
    who speaks for it."""
    while clause.word(k) in OFFICE_WORDS and k not in clause.covered:
        k += 1
    return clause.word(k) == "of"


def agent_after_object(clause: Clause, end: int) -> Mention | None:
    """ "the attack on Israel by Hamas": the actor "by" names right after a noun's object that ends at ``end``, or
    after the noun the object qualifies ("attacks on Russian territory by Ukraine", "on Ukraine's capital by")."""
    owner = clause.ends.get(end)
    if end > 0 and clause.word(end) != "by" and owner is not None and (owner.possessive or _object_noun(clause, end)):
        k = end
        while k < end + _OBJECT_NOUNS and _object_noun(clause, k):
            k += 1
        end = k if clause.word(k) == "by" else end
    if clause.word(end) in _IMPOSED and clause.word(end + 1) == "by":  # "the sanctions on Cuba imposed by the US"
        end += 1
    if end <= 0 or clause.word(end) != "by":
        return None
    m = named_after_by(clause, end + 1)
    if m is None or m.possessive:
        return None
    of = (k for k in range(end + 1, m.start) if clause.word(k) == "of" and clause.word(k - 1) not in OFFICE_WORDS)
    return None if any(of) else m  # "by the end of the EU presidency": a time, not an agent


def _agent_of_noun(clause: Clause, start: int, m: Mention) -> bool:
    """ "welcomed the sustained engagement by the United States": ``m`` names the agent of the plain noun phrase
    from ``start``, as "the United States' engagement" would."""
    k = clause.word_before(m.start)
    words = range(start, k)
    plain = all((clause.text(j).isalpha() and clause.text(j).islower()) or clause.text(j) == "-" for j in words)
    free = all(clause.cue_covering(j) is None and j not in clause.covered for j in words)
    return clause.word(k) == "by" and 0 < len(words) <= _MAX_NOUN_WORDS and plain and free


def near_object(clause: Clause, cue: CueMatch, gap: int, m: Mention) -> bool:
    """Whether ``m``, ``gap`` words after the cue, is its object: a direct object's verb ("welcomed") takes only one
    right after it, or the agent of its plain noun phrase ("welcomed the engagement by the United States"), and
    not its guests ("welcomed Ukrainian refugees"); summoning one's own envoy names no one protested to."""
    words = clause.words(cue.start, cue.end)
    if words == ("thanks",) and clause.word(cue.end) == "to":
        return False  # "survived, thanks to Chile's loans": the preposition, no one thanked
    if words in SUMMON_CUES and clause.word(cue.end) in OWN_POSSESSIVES:
        return False  # "summoned its ambassador to France": its own envoy, no protest to anyone
    person = clause.lexicon.kind(m.actor or "") == "Person" and not m.possessive
    asked = clause.infinitive_follows(m) or clause.word(m.end) in {"for", "to"}
    if words in VISIT_CUES and (person or m.titled) and not asked:
        return False  # "called on Prime Minister X today": a courtesy call; not "called on X to withdraw"
    if words not in clause.lexicon.direct_object:
        return True
    if m.titled or person or (m.possessive and clause.word(m.end) in OFFICE_WORDS) or admitted(clause, m):
        return False  # "welcomed President X", "China's foreign minister": a guest; "X as a new member": an admission
    after = m.end + 1 if clause.word(m.end) in ("'s", "'", "\u2019s") else m.end
    if clause.word(after) in GUEST_NOUNS | OFFICE_WORDS or clause.word(after + 1) in GUEST_NOUNS | OFFICE_WORDS:
        return False  # "welcomed Ukrainian refugees", "welcomed China's foreign minister": guests, not praise
    return gap <= 1 or _agent_of_noun(clause, cue.end, m) or in_brackets_of_group(clause, m)


def passive_cue(clause: Clause, cue: CueMatch) -> bool:
    if clause.words(cue.start, cue.end) in clause.lexicon.passive:
        return True
    last = clause.word(cue.end - 1)
    if not (last.endswith("ed") or last in PARTICIPLE_IRREGULARS):
        return False
    j = cue.start - 1
    while clause.word(j) in ADVERBS - {"has", "have", "had"}:
        j -= 1
    return clause.word(j) in BE_AUXILIARIES or clause.word(cue.end) == "by"


def agent_by(clause: Clause, cue: CueMatch) -> Target | None:
    """The agent of a passive: "was condemned by the United Nations", "under attack, orchestrated by Hamas"."""
    start = cue.end if clause.word(cue.end - 1) != "by" else cue.end - 1
    for j in range(start, min(cue.end + _MAX_BY_GAP, len(clause.tokens))):
        if clause.text(j) in STRONG_PUNCTUATION:
            return None
        if clause.word(j) == "by" or (clause.word(j) == "from" and clause.word(cue.start) == "under"):
            m = named_after_by(clause, j + 1)  # "was attacked by X", "came under attack from X"
            if m is None:
                return None
            return group_target(clause, m, max(0, j - cue.end))
    return None
