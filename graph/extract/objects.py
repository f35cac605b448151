"""On whom a cue acts: the first actor named after it, before the clause turns elsewhere ("sanctions on Russia",
"the provision of arms by the DPRK to Russia", "the attack" of an act the article told)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from graph.extract.agents import MAX_MODIFIERS, Target, actors_of, pair_follows
from graph.extract.asides import adjectives_listed, including_end, manner_end
from graph.extract.byagent import agent_after_object, near_object
from graph.extract.clause import Clause, CueMatch
from graph.extract.consequences import warned_about
from graph.extract.groups import bracketed_members, group_opening
from graph.extract.lists import expand_right
from graph.extract.mentions import Mention, find_mentions
from graph.extract.words import (
    ADVERBS,
    CLAUSE_PUNCTUATION,
    CONDUCT_NOUNS,
    DETERMINERS,
    EVENT_NOUNS,
    OBJECT_STOPS,
    OFFICE_WORDS,
    PREPOSITIONS,
    QUOTES,
    REFORM_NOUNS,
    STATEMENT_NOUNS,
    VIOLENCE_NOUNS,
)
from graph.namespaces import ENT

__all__ = ["MAX_OBJECT_GAP", "anti_object", "object_after", "onward"]

MAX_OBJECT_GAP = 6
_MODIFIED_NOUNS = 3  # "the EU candidate country": the words an actor can modify before an apposition
_COORDINATORS = frozenset({"and", "or", "nor", "to"})
# Words that open an adjunct of time or circumstance: never the way to the cue's object ("announced these sanctions
# during his attendance at the G7 meeting").
_ADJUNCTS = frozenset({"during", "amid", "amidst", "following", "throughout"})
_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_COMPLEMENTS = frozenset({"of", "on", "upon", "against", "by", "to"})  # prepositions that may still lead to the object
_ANTI_NAME = 3  # the words of a name after "anti-"
_AUTHORSHIP = frozenset({("attributed", "to"), ("ascribed", "to")})
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})
_SHARING = (ENT + "criticises", ENT + "opposes", ENT + "praises", ENT + "supports")  # verbs that share an object
_HOSTILE_VERDICTS = (ENT + "criticises", ENT + "opposes")
_DEMAND = ENT + "demandsOf"
_SUPPORT = ENT + "supports"
_SPEECH = STATEMENT_NOUNS | {"remarks", "comments", "claims", "accusations", "allegations", "words", "note", "notes"}


def _event(clause: Clause, j: int, events: Mapping[str, str]) -> str | None:
    """ "the attack": who acted in the latest act of the relation the noun names, if the article told."""
    if clause.word(j - 1) not in {"the", "this", "that", "these"}:
        return None
    conduct = clause.word(j) in CONDUCT_NOUNS and clause.word(j - 1) != "the"  # "condemn this behaviour": the attack
    if clause.word(j) not in EVENT_NOUNS and not conduct:
        return None
    relations = clause.lexicon.cue_heads.get("attack" if conduct else clause.word(j), frozenset())
    return events.get(next(iter(relations))) if len(relations) == 1 else None


def _ends_object_search(clause: Clause, j: int, cue: CueMatch) -> bool:
    """A comma, a new clause, an infinitive, another relation's cue or a reporting verb."""
    text, word = clause.text(j), clause.word(j)
    infinitive = word == "to" and clause.starts_verb(j + 1) and clause.word(j + 1) not in _NUMBERS
    coordinated_verb = word == "and" and clause.word(j + 1).endswith("ed")
    coordinated_noun = word == "and" and _new_noun_phrase(clause, j + 1, cue)  # "the embargo and the accession into X"
    other = clause.cue_starts.get(j)
    return (
        text in CLAUSE_PUNCTUATION
        or word in OBJECT_STOPS
        or word in _OBJECT_PRONOUNS  # "Brazil's support for it and ...": the object is the pronoun's
        or word in _ADJUNCTS
        or _gerund(clause, j, cue)
        or infinitive
        or coordinated_verb
        or coordinated_noun
        or (other is not None and other.relation != cue.relation and not _attributive(clause, other))
        or clause.reporting_verb_at(j) != j
    )


def _attributive(clause: Clause, other: CueMatch) -> bool:
    """A one-word participle between a determiner and the noun it describes ("summoned the designated Russian
    ambassador"): an adjective, not another act that ends the search."""
    word, following = clause.word(other.start), clause.text(other.end)
    noun = other.end in clause.starts or (following.isalpha() and following.islower())
    determined = clause.word(clause.previous_word_index(other.start)) in DETERMINERS
    plain = clause.word(other.end) not in PREPOSITIONS and not clause.word(other.end).endswith("ly")
    return other.end - other.start == 1 and word.endswith("ed") and determined and noun and plain


def _new_noun_phrase(clause: Clause, j: int, cue: CueMatch) -> bool:
    """A determiner and a common noun after "and" that names no actor and is no cue of the relation, with a
    complement of its own: another thing of the list ("the arms embargo and the accession into the EAC"), not more of
    the cue's ("sanctions and the freezing of assets on Iran")."""
    noun = clause.text(j + 1)
    same = clause.cue_covering(j + 1)
    plain = noun.isalpha() and noun.islower() and j + 1 not in clause.starts
    if clause.word(j) not in DETERMINERS or not plain or (same is not None and same.relation == cue.relation):
        return False
    following = clause.word(j + 2)
    return following in PREPOSITIONS and following not in _COMPLEMENTS


def _gerund(clause: Clause, j: int, cue: CueMatch) -> bool:
    """A verb in "-ing" after the cue opens a new act, whose object is not the cue's ("our commitment to promoting
    accountability for X's actions")."""
    text = clause.text(j)
    after_preposition = j == cue.end and clause.word(cue.end - 1) in PREPOSITIONS
    return after_preposition and text.islower() and text.endswith("ing") and clause.cue_covering(j) is None


def _members_of(clause: Clause, m: Mention) -> bool:
    """ "all UN member states", "EU member countries": a bloc's name before a member noun names its members, not
    the bloc."""
    if m.possessive or clause.lexicon.kind(m.actor or "") != "Bloc":
        return False
    return any(clause.words(m.end, m.end + len(noun)) == noun for noun in clause.lexicon.member_nouns)


def _target(clause: Clause, m: Mention, gap: int) -> Target | None:
    said = clause.reporting_verb_at(m.end) != m.end and not m.possessive  # but "Russia's claims": a noun
    if not m.resolved or said or _members_of(clause, m):
        return None
    second = pair_follows(clause, m)
    if second is not None and second.resolved:
        return Target(actors_of((m, second)), gap, pair=True, end=second.end)
    before = clause.word_before(m.start)
    group = expand_right(clause, m)
    word = clause.word(before)
    word = "between" if word == "among" and len(group) > 1 else word  # "among Japan, the US and the ROK"
    second = clause.starts.get(m.end + 1) if word == "between" and clause.word(m.end) == "and" else None
    group = (m, second) if len(group) == 1 and second is not None and second.resolved else group
    return Target(
        actors_of(group),
        gap,
        reversed=word == "from",
        by=word == "by",
        between=word == "between",
        end=group[-1].end,
        against=word == "against",
    )


def onward(clause: Clause, source: Target) -> Target | None:
    """ "from the DPRK to Russia", "by the DPRK to the Russian Federation": whom the act goes to."""
    j = source.end
    if clause.word(j) == "of":  # "the launch by Iran of drones and missiles against Israel"
        k = j + 1
        while k < j + 1 + MAX_MODIFIERS + 2 and (clause.text(k).islower() and clause.text(k).isalpha()):
            if clause.word(k) in {"to", "against", "on"}:
                break
            k += 1
        j = k
    if clause.word(j) not in {"to", "against", "on"}:
        return None
    m = clause.actor_at(j + 1)
    return _target(clause, m, source.gap) if m is not None else None


def object_after(clause: Clause, cue: CueMatch, events: Mapping[str, str], start: int | None = None) -> Target | None:
    """The actor the cue acts on: the first named after it (or after ``start``), before the clause turns elsewhere."""
    j, gap = cue.end if start is None else start, 0
    if warned_about(clause, cue):
        return None
    while j < len(clause.tokens) and gap <= MAX_OBJECT_GAP:
        m = clause.starts.get(j)
        opening = group_opening(clause, m) if m is not None else -1
        if opening > j:  # "the EU candidate countries (A, B and C)": the members, not the bloc
            gap, j = gap + opening - j, opening
            continue
        m = m or bracketed_members(clause, j)
        if m is not None and _place_of_violence(clause, cue, m):  # but "the bombing in X by Y" is on Y
            by = agent_after_object(clause, m.end)
            return _target(clause, by, gap) if by is not None else None
        if m is not None and (_reformed(clause, cue, m) or _place_of_act(clause, cue, m)):
            return None
        if m is not None:
            m = _apposed(clause, m) or m  # "the EU candidate country, Turkey,": Turkey
            found = _target(clause, m, gap) if near_object(clause, cue, gap, m) else None
            own = _own_from(clause, cue, m) or _said_from(clause, cue, m) or _asked_from(clause, cue, m)
            return replace(found, reversed=False) if found is not None and own else found
        event = _event(clause, j, events)
        if event is not None:
            return Target((event,), gap, anaphoric=True)
        same = clause.cue_starts.get(j)
        if same is not None and same.relation == cue.relation:
            j = same.end
            continue
        if same is not None and start is None and _names_act(clause, j):
            actor = _actor_of_act(clause, same, events)
            return replace(actor, gap=gap, end=actor.end) if actor is not None else None
        including = including_end(clause, j)
        if including > j:
            j = including
            continue
        manner = manner_end(clause, j)
        if manner > j:  # "condemns in the strongest terms the attack by X": the manner is no distance
            j = manner
            continue
        if adjectives_listed(clause, j):  # "on the foreign, defence and justice ministers of Russia"
            j, gap = _past_adjectives(clause, j + 1), max(0, gap - 1)  # the whole list is one modifier
            continue
        shared = _shared_with_verb(clause, j, cue) if gap == 0 else j
        if shared > j:  # "condemns and rejects X's decision": the verbs share the object
            j = shared
            continue
        if clause.words(j, j + 2) in _AUTHORSHIP:  # "rejects the statement attributed to X": X's statement
            j += 2
            continue
        if _ends_object_search(clause, j, cue):
            return None
        titled = clause.tokens[j].capitalised and (clause.word(j) in OFFICE_WORDS or clause.tokens[j - 1].capitalised)
        # an office title ("the Foreign Minister of Egypt") and the words of a name after its first ("the Al Aqsa
        # Mosque") are no distance
        gap += 0 if clause.text(j) in QUOTES or clause.text(j) == "-" or titled else 1
        j += 1
    return None


def _apposed(clause: Clause, m: Mention) -> Mention | None:
    """ "calls on the EU candidate country, Turkey, to respect", "the NATO ally, Türkiye,": an actor named as the
    modifier of a common noun, that noun then named by an apposition between commas (or before an infinitive)."""
    j = m.end
    while j < m.end + _MODIFIED_NOUNS and clause.text(j).isalpha() and clause.text(j).islower():
        if j in clause.starts or clause.cue_covering(j) is not None or clause.word(j) in PREPOSITIONS | OBJECT_STOPS:
            return None
        j += 1
    apposed = clause.actor_at(j + 1) if j > m.end and clause.text(j) == "," else None
    if m.possessive or apposed is None or not apposed.resolved or apposed.possessive:
        return None
    closed = clause.text(apposed.end) == "," and clause.word(apposed.end + 1) not in {"and", "or"}
    closed = closed and apposed.end + 1 not in clause.starts and clause.actor_at(apposed.end + 1) is None
    return apposed if closed or clause.word(apposed.end) == "to" else None


def _past_adjectives(clause: Clause, j: int) -> int:
    """From the second of listed adjectives to the last ("economic, [commercial and financial] blockade")."""
    while clause.text(j + 1) in {",", "and"} and all(
        clause.text(k).isalpha() and clause.text(k).islower() and not clause.text(k).endswith(("ing", "ed"))
        for k in (j, j + 2)
    ):
        j += 2
    return j


def _own_from(clause: Clause, cue: CueMatch, m: Mention) -> bool:
    """ "Niger was suspended from the AU": "from" ends a participle's cue, so what follows is its object, not a source
    (as after "the threat from")."""
    participle = clause.word(cue.end - 2).endswith("ed") and cue.end - cue.start >= 2
    return participle and clause.word(cue.end - 1) == "from" and clause.word_before(m.start) == cue.end - 1


def _said_from(clause: Clause, cue: CueMatch, m: Mention) -> bool:
    """ "rejects the inconsistent statement from the Colombian Foreign Ministry", "welcomed the message from Oslo":
    "from" after a noun of speech names who said it, the verdict's object, not a source of the act (as "the threat
    from" is)."""
    j = clause.word_before(m.start)
    return clause.word(j) == "from" and j > cue.end and clause.word(clause.previous_word_index(j)) in _SPEECH


def _asked_from(clause: Clause, cue: CueMatch, m: Mention) -> bool:
    """ "Pakistan's demands from the Taliban", "Kenya demands from Somalia": after a demand whose demander is named
    right before it, "from" names whom it is asked of, not who asks (as "rejected demands from Somalia" does)."""
    if cue.relation != clause.lexicon.relation(_DEMAND) or clause.word(cue.end) != "from":
        return False
    return clause.word_before(m.start) == cue.end and clause.previous_word_index(cue.start) + 1 in clause.ends


def _place_of_violence(clause: Clause, cue: CueMatch, m: Mention) -> bool:
    """ "condemned the coup attempt in Niger", "deplores the bombing in Kabul": the actor after "in" that follows a
    noun of violence is where it happened, not whom the verdict is on (but "its attack in Syria" has an agent)."""
    hostile = {clause.lexicon.relation(r) for r in _HOSTILE_VERDICTS}
    j = clause.word_before(m.start)
    return cue.relation in hostile and clause.word(j) == "in" and clause.word(j - 1) in VIOLENCE_NOUNS


def _place_of_act(clause: Clause, cue: CueMatch, m: Mention) -> bool:
    """ "with its support or inaction in Chile and Peru", "the coups Japan backed in Fiji": an actor after "in" is where
    support was given, not who was supported ("support for X", "supported X" name them)."""
    placed = clause.word(clause.word_before(m.start)) == "in" and clause.word_before(m.start) >= cue.end
    return placed and cue.relation == clause.lexicon.relation(_SUPPORT)


def _reformed(clause: Clause, cue: CueMatch, m: Mention) -> bool:
    """ "urged for an overhaul of the United Nations", "calls for the reform of the Security Council": the body a
    demanded change is made to is not who the demand is made of."""
    j = clause.word_before(m.start)
    changed = clause.word(j) == "of" and clause.word(j - 1) in REFORM_NOUNS
    return changed and cue.relation == clause.lexicon.relation(_DEMAND) and m.start > cue.end


def _shared_with_verb(clause: Clause, j: int, cue: CueMatch) -> int:
    """Past "and" and a verdict verb coordinated right after a verdict verb ("condemns and rejects", "strongly
    deplores and firmly opposes"), whose object both share; ``j`` when there is none."""
    verdicts = {clause.lexicon.relation(r) for r in _SHARING}
    if clause.word(j) not in {"and", "or"} or cue.relation not in verdicts:
        return j
    k = j + 1
    while clause.word(k) in ADVERBS or clause.adverb_ly(k):
        k += 1
    other = clause.cue_starts.get(k)
    verb = other is not None and other.relation in verdicts and clause.text(k).islower()
    return (
        other.end if verb and other is not None and clause.words(other.start, other.end)[-1] not in PREPOSITIONS else j
    )


def _names_act(clause: Clause, j: int) -> bool:
    """The cue at ``j`` is a noun phrase's head ("the provision of", "deepening military cooperation"), not a verb."""
    before = clause.word(clause.previous_word_index(j))
    return before not in _COORDINATORS and not clause.word(j).endswith("ed")


def _actor_of_act(clause: Clause, act: CueMatch, events: Mapping[str, str]) -> Target | None:
    """Who does the act a noun names, when the noun names them: "the provision of arms by the DPRK to Russia",
    "cooperation between the DPRK and Russia", "arms transfers from the DPRK": condemning it condemns them."""
    found = object_after(clause, act, events)
    by = agent_after_object(clause, found.end) if found is not None and not found.reversed else None
    group = expand_right(clause, by) if by is not None else ()
    found = Target(actors_of(group), found.gap, end=group[-1].end) if group and found is not None else found
    if found is None or not (by or found.by or found.between or found.reversed):
        return None
    return Target(found.actors, found.gap, end=found.end)


def anti_object(clause: Clause, cue: CueMatch) -> Target | None:
    """ "new US anti-Russian sanctions", "anti-Iran measures": the actor named after "anti-" right before a noun cue
    (an adjective to the mentions, as in "anti-Western bloc") is whom the act is against."""
    j = next((k for k in range(cue.start - 2, max(-1, cue.start - 2 - _ANTI_NAME), -1) if clause.word(k) == "anti"), -1)
    if j < 0 or clause.text(j + 1) != "-" or j + 2 >= cue.start:
        return None
    named = find_mentions(clause.tokens[j + 2 : cue.start], clause.lexicon)
    whole = len(named) == 1 and named[0].start == 0 and named[0].end == cue.start - j - 2
    return Target(named[0].named, 0, end=cue.start) if whole and named[0].resolved else None
