"""Who does what a cue names in its clause: a noun's own agent, a subject the verbs of a coordination share, the
nearest subject before it within the clause (or the reported speech it is in), the speaker's own act ("reiterates
his call for"), a participle's owner; and when a phrase with a cue is the subject of a later verb instead."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.agents import Agent, Target, nominal_agent, owner_of_its
from graph.extract.attribution import Attribution, asserters
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.items import item_agent
from graph.extract.nouns import object_of_another
from graph.extract.objects import object_after
from graph.extract.others import carried_out_by, gerund_owner, participial_opener
from graph.extract.subjects import subject_before
from graph.extract.trailing import trailing_participle
from graph.extract.words import (
    ACCOUNTABILITY,
    ADVERBS,
    BE_AUXILIARIES,
    CLAUSE_PUNCTUATION,
    DETERMINERS,
    STRONG_PUNCTUATION,
    SUBORDINATORS,
)

__all__ = ["cue_agent", "subject_phrase"]

_THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_JOINING = frozenset({"join", "joins", "joined", "joining"})
_OWNED_NOUN_WORDS = 3  # "Peru's sudden unilateral decision to"
_INCLUDING = frozenset({"include", "includes", "included", "comprise", "comprises", "involve", "involves"})


def _opens_clause(clause: Clause, j: int) -> bool:
    word, text = clause.word(j), clause.text(j)
    aside = clause.word(j + 1).endswith("ed") and clause.text(j + 2) == ","  # ", as amended,"
    after_comma = word == "as" and clause.text(j - 1) == "," and not aside
    complement = word == "that" and clause.word(j - 1).endswith("ed")
    return text in STRONG_PUNCTUATION or word in SUBORDINATORS or word == "but" or after_comma or complement


def _boundaries(clause: Clause, at: int, attributions: Sequence[Attribution]) -> tuple[int, int]:
    """The hard (clause) and soft (reported speech) left limits of a subject search."""
    hard = max((j + 1 for j in range(at) if _opens_clause(clause, j)), default=0)
    reported = [a.scope_start for a in attributions if a.clause and a.verb < at and a.scope_start <= at < a.scope_end]
    return hard, max([hard, *reported])


def _coordinated(clause: Clause, at: int) -> bool:
    j = clause.previous_word_index(at)
    while clause.word(j) in ADVERBS or clause.adverb_ly(j):  # "condemns and firmly rejects"
        j -= 1
    return clause.word(j) == "and"


def cue_agent(
    clause: Clause,
    cue: CueMatch,
    target: Target | None,
    attributions: Sequence[Attribution],
    discourse: Discourse,
    *,
    nominal: bool,
) -> Agent | None:
    """Who acts: the actor named right before a noun cue, else the subject before the cue."""
    avoid = target.actors if target is not None and not target.pair else ()
    if clause.word(cue.start).endswith("ing") and clause.word(clause.previous_word_index(cue.start)) in _INCLUDING:
        return None  # "These measures include banning X": the measures' owner acts, whom the clause does not name
    joint = _joined_in(clause, cue, discourse)
    if joint is not None:
        return joint
    agent = (nominal_agent(clause, cue) or owner_of_its(clause, cue)) if nominal else None
    if agent is not None and any(clause.lexicon.related(a, b) for a in agent.actors for b in avoid):
        agent = None
    hard, soft = _boundaries(clause, cue.start, attributions)
    if agent is None and nominal and _listed_after(clause, cue, hard):  # "sanctions on A, restrictions on B"
        return _shared_subject(clause, cue, hard, attributions, avoid, discourse)
    if agent is None and _coordinated(clause, cue.start):
        agent = _shared_subject(clause, cue, hard, attributions, avoid, discourse)
    agent = agent or gerund_owner(clause, cue) or _owner_of_infinitive(clause, cue)
    agent = agent or subject_before(clause, cue.start, soft, avoid, discourse.persons)
    verb = clause.word(cue.start - 1) in {"and", "or"} and clause.word(cue.end - 1) != "of"  # not "and occupation of"
    if agent is not None and agent.how == "possessive" and verb:
        agent = None  # "condemn Russia's aggression and call on Belarus": the possessive owns the noun, not the verb
    if agent is None and soft > hard and _coordinated(clause, cue.start):
        found = subject_before(clause, cue.start, hard, avoid, discourse.persons)
        agent = Agent(found.actors, "coordinated", found.start, found.end) if found else None
    if agent is not None and agent.how != "nominal" and object_of_another(clause, cue, agent):
        return None
    if agent is not None and agent.how in {"subject", "coordinated"} and _accounted_for(clause, cue, agent):
        return None
    if agent is not None and nominal and agent.how == "subject" and _acted_on(clause, cue, agent, discourse):
        return None
    agent = agent or _speakers_own(clause, cue, attributions) or participial_opener(clause, cue)
    agent = agent or trailing_participle(clause, cue)
    agent = agent or item_agent(clause, cue, discourse)
    return agent or (carried_out_by(clause, target) if nominal and target is not None else None)


def _accounted_for(clause: Clause, cue: CueMatch, agent: Agent) -> bool:
    """ "Lithuania seeks criminal liability for repression and support for Russia", "seeks justice for the attacks
    on Georgia": an act named "for" which someone is held to account is not the accuser's; but the accused named
    right before ("holds Belarus responsible for", "Iran be held accountable for") does it."""
    j = clause.previous_word_index(cue.start)
    while j > agent.end and clause.word(j) != "for" and clause.text(j) not in CLAUSE_PUNCTUATION:
        j -= 1
    account = clause.previous_word_index(j)
    if clause.word(j) != "for" or clause.word(account) not in ACCOUNTABILITY or account < agent.end:
        return False
    between = set(clause.words(agent.end, account))
    return not between <= BE_AUXILIARIES | {"held"}


def _owner_of_infinitive(clause: Clause, cue: CueMatch) -> Agent | None:
    """ "condemns Peru's decision to sanction Bolivia": an infinitive after a noun a possessive owns ("decision",
    "plan", "move") is the owner's act, not the clause subject's."""
    to = clause.previous_word_index(cue.start)
    if clause.word(to) != "to":
        return None
    j = clause.previous_word_index(to)
    for _ in range(_OWNED_NOUN_WORDS):
        text = clause.text(j)
        if not (text.isalpha() and text.islower()) or clause.word(j).endswith("ed") or clause.cue_covering(j):
            break
        if j in clause.ends:  # the owner ends right before this word
            j -= 1
            break
        j = clause.previous_word_index(j)
    m = clause.ends.get(j + 1)
    owned = m is not None and m.possessive and m.resolved and j + 1 < to
    return Agent(m.named, "possessive", m.start, m.end) if owned and m is not None else None


def _joined_in(clause: Clause, cue: CueMatch, discourse: Discourse) -> Agent | None:
    """ "Chile joined Bolivia and Peru in condemning X", "joined A in imposing a blockade on X": who joins does the act
    too, with every party it joins (the list after the verb; the verb is a cue, so no list reaches across it)."""
    at = _joint_act(clause, cue)
    last = clause.ends.get(at) if at >= 0 else None
    if last is None or not last.resolved or last.possessive:
        return None
    j, group = clause.previous_word_index(last.start), [last]
    while clause.word(j) in {",", "and", "the"} or (j + 1) in clause.ends:
        m = clause.ends.get(j + 1)
        if m is not None and m.resolved and not m.possessive:
            group.append(m)
            j = clause.previous_word_index(m.start)
            continue
        if m is not None or clause.word(j) not in {",", "and", "the"}:
            break
        j = clause.previous_word_index(j)
    if clause.word(j) not in _JOINING:
        return None
    actors = tuple(dict.fromkeys(a for x in reversed(group) for a in x.named))
    joiner = subject_before(clause, j, 0, actors, discourse.persons)
    return Agent((*joiner.actors, *actors), "subject", group[-1].start, last.end) if joiner else None


def _joint_act(clause: Clause, cue: CueMatch) -> int:
    """The index of the "in" that opens the act joined: right before the cue ("in condemning"), or before a gerund
    and the words of the cue's noun phrase ("in imposing a diplomatic blockade on")."""
    j = clause.previous_word_index(cue.start)
    if clause.word(j) == "in":
        return j
    for _ in range(_OWNED_NOUN_WORDS):
        text = clause.text(j)
        if not (text.isalpha() and text.islower()) or j in clause.ends:
            return -1
        if clause.word(j).endswith("ing"):
            return j - 1 if clause.word(j - 1) == "in" else -1
        j = clause.previous_word_index(j)
    return -1


def _listed_after(clause: Clause, cue: CueMatch, hard: int) -> bool:
    """A noun after a comma that follows another noun of its relation in the clause: an item of their list."""
    if clause.text(clause.previous_word_index(cue.start)) != ",":
        return False
    return any(c.relation == cue.relation and hard <= c.start and c.end < cue.start for c in clause.cues)


def _speakers_own(clause: Clause, cue: CueMatch, attributions: Sequence[Attribution]) -> Agent | None:
    """ "The Chairperson reiterates his call for ...", "The EU reiterates its full commitment to": the noun after the
    reporting verb and "his" (and its adjectives) is the speaker's."""
    p = next((j for j in range(cue.start - 1, cue.start - 4, -1) if clause.word(j) in _THIRD_PERSON_POSSESSIVES), -1)
    plain = p >= 0 and all(clause.text(k).isalpha() and clause.text(k).islower() for k in range(p + 1, cue.start))
    said = asserters(attributions, cue.start) if plain else None
    if said is None or not said.speakers or said.scope_start != p:
        return None
    return Agent(said.speakers, "pronoun", p, p + 1)


def _acted_on(clause: Clause, cue: CueMatch, agent: Agent, discourse: Discourse) -> bool:
    """ "Previous sanctions include the IRGC and many of those responsible for the attack on Israel": the actor
    another relation's cue acts on is not the subject of a later noun ("the attack") of the same clause."""
    if clause.word(clause.previous_word_index(cue.start)) not in DETERMINERS:
        return False
    for other in clause.cues:
        if other.end <= agent.start and other.relation != cue.relation:
            target = object_after(clause, other, discourse.events)
            if target is not None and set(target.actors) & set(agent.actors):
                return True
    return False


def _shared_subject(
    clause: Clause,
    cue: CueMatch,
    hard: int,
    attributions: Sequence[Attribution],
    avoid: Sequence[str],
    discourse: Discourse,
) -> Agent | None:
    """The subject a coordinated cue shares: the clause's first verb's for a verb ("Armenia accused Azerbaijan
    of ... and called on Russia"), the previous noun's for a noun ("US sanctions and support for Ukraine")."""
    earlier = [c for c in clause.cues if hard <= c.start and c.end < cue.start]
    if not earlier:
        return None
    verb = clause.word(cue.start).endswith("ed")
    first = earlier[0] if verb else earlier[-1]
    _, soft = _boundaries(clause, first.start, attributions)
    found = subject_before(clause, first.start, soft, avoid, discourse.persons)
    return Agent(found.actors, "coordinated", found.start, found.end) if found else None


def subject_phrase(clause: Clause, cue: CueMatch, target: Target) -> bool:
    """ "..., members of the Security Council demanded": the cue and its object are the subject of a verb that
    follows, not something said of the sentence's subject."""
    opens = clause.word(clause.previous_word_index(cue.start)) in {"", ",", "the"}
    following = clause.text(target.end)
    verb = following.islower() and (following.endswith("ed") or clause.reporting_verb_at(target.end) > target.end)
    participle = clause.word(target.end + 1) == "by"  # "the sanctions against Russia imposed by the EU": no verb
    return opens and target.end > 0 and verb and not participle
