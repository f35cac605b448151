"""Relations in one sentence: for each cue phrase, who acts on whom, negated or not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations, permutations

from graph.extract.acting import cue_agent, subject_phrase
from graph.extract.admission import role_members
from graph.extract.adopting import adopters
from graph.extract.agents import Agent, How, Target
from graph.extract.agreements import signed_agreements
from graph.extract.alongside import listed_members
from graph.extract.attribution import Attribution, asserters
from graph.extract.byagent import agent_after_object, agent_by, passive_cue
from graph.extract.clause import Clause, CueMatch
from graph.extract.complements import complement_verdicts
from graph.extract.consequences import warned_of
from graph.extract.designations import designations
from graph.extract.discourse import Discourse
from graph.extract.farby import agent_of_phrase
from graph.extract.genitive import genitive_agent
from graph.extract.launches import forces_done, launches
from graph.extract.linked import linked_to
from graph.extract.listings import voice_listings
from graph.extract.lists import expand_left, expand_right
from graph.extract.modality import hedged, negated, window
from graph.extract.nouns import noun_cue, victim_of_act
from graph.extract.objects import anti_object, object_after, onward
from graph.extract.obligation import obligations
from graph.extract.others import aligned, also_acted_on, also_for, followers, given_reasons, owners_listed
from graph.extract.participles import modifies_a_noun
from graph.extract.praise import agreement_parties, quality_owner
from graph.extract.rejections import rejected_words
from graph.extract.relatives import relative_object
from graph.extract.rights import self_defence
from graph.extract.rosters import roster_members
from graph.extract.summons import summoned_for
from graph.extract.suspension import from_bodies, suspensions
from graph.extract.verdicts import verdicts
from graph.extract.withdrawal import withdrawals
from graph.extract.words import COPULAS, JOINED_NOUNS, PREPOSITIONS
from graph.namespaces import ENT

__all__ = ["Hit", "relation_hits"]

_BASE_CONFIDENCE = 0.9
# How much less sure a claim is when its subject was found this way (a plain subject costs nothing).
_HOW_PENALTY: dict[How, float] = {
    "relative": 0.05,
    "passive": 0.05,
    "control": 0.1,
    "coordinated": 0.1,
    "pronoun": 0.15,
    "possessive": 0.15,
}
_FAR = 12
_ACCOMPANIED = frozenset({("joined",)})
_JOINING = frozenset({("join",), ("joins",), ("joined",)})
_APPLYING = frozenset(
    {"applied", "applies", "apply", "applying", "application", "seeks", "seek", "sought", "seeking", "aspires"}
    | {"aspire", "aspiration", "request", "requested", "bid", "wish", "wishes", "hopes", "hope", "ambition"}
)
_MEMBERSHIP = ENT + "memberOf"
_BODIES = frozenset({"Bloc", "Organisation"})  # what one can be a member of
_BLOC = ENT + "formsBlocWith"  # the relation type of alignment in a bloc
_VERDICTS = (ENT + "criticises", ENT + "praises")  # the relations a verdict on an act passes on its owner
_BEING = COPULAS | {"as", "become", "becomes", "became", "becoming", "be", "been"}


@dataclass(frozen=True, slots=True)
class Hit:
    relation: str
    pairs: tuple[tuple[str, str], ...]
    negated: bool
    cue: CueMatch
    confidence: float


def _pairs(clause: Clause, cue: CueMatch, agent: Agent | None, target: Target | None) -> list[tuple[str, str]]:
    """(subject, object) pairs; a symmetric relation with one side named pairs up that side's actors."""
    symmetric = cue.relation in clause.lexicon.symmetric
    if target is not None and (target.between or target.pair or target.by) and symmetric and len(target.actors) > 1:
        return list(combinations(target.actors, 2))
    if target is not None and target.between and len(target.actors) == 2 and clause.word(cue.end - 1) == "between":
        first, second = target.actors  # "the normalization of relations between A and B": each with the other
        return [(first, second), (second, first)]
    if target is not None and target.pair:
        return _pair_claim(clause, agent, target)
    if target is None and clause.word(cue.end) == "with":
        return []  # "work together with the international community": the partner is not an actor
    mutual = clause.words(cue.start, cue.end) in clause.lexicon.mutual
    parties = _parties_before_infinitive(clause, cue) if mutual else ()
    if len(parties) > 1:  # "the agreement between A and B to resume diplomatic relations": each with the other
        return list(permutations(parties, 2))
    if target is None or agent is None:
        named = agent is not None and clause.text(agent.start)[:1].isupper()  # not "our cooperation"
        group = agent.actors if agent is not None and named else target.actors if target is not None else ()
        mutual = target is None and clause.words(cue.start, cue.end) in clause.lexicon.mutual
        if mutual:  # "A and B restored diplomatic relations": each with the other
            return list(permutations(group, 2))
        return list(combinations(group, 2)) if symmetric else []
    subjects, objects = (target.actors, agent.actors) if target.reversed else (agent.actors, target.actors)
    return [(s, o) for s in subjects for o in objects if not clause.lexicon.related(s, o)]


def _parties_before_infinitive(clause: Clause, cue: CueMatch) -> tuple[str, ...]:
    """The actors listed after "between" right before the cue's "to" ("an agreement between A and B to restore")."""
    to = clause.previous_word_index(cue.start)
    last = clause.ends.get(to) if clause.word(to) == "to" else None
    group = expand_left(clause, last) if last is not None and last.resolved else ()
    if len(group) == 1 and clause.word(clause.previous_word_index(group[0].start)) == "and":  # "between A and B"
        first = clause.ends.get(clause.previous_word_index(group[0].start))
        group = (first, *group) if first is not None and first.resolved else group
    between = bool(group) and clause.word(clause.word_before(group[0].start)) == "between"
    return tuple(dict.fromkeys(a for m in group for a in m.named)) if between else ()


def _pair_claim(clause: Clause, agent: Agent | None, target: Target) -> list[tuple[str, str]]:
    """ "Putin seeks a reset in US-Russia relations": Russia (which he leads) seeks it with the US."""
    if agent is None or len(target.actors) != 2:
        return []
    for actor in agent.actors:
        own = {actor} | clause.lexicon.led_by(actor)
        mine = [a for a in target.actors if a in own]
        if len(mine) == 1:
            other = next(a for a in target.actors if a != mine[0])
            return [(mine[0], other)]
    return []


def _confidence(clause: Clause, cue: CueMatch, agent: Agent | None, target: Target | None, pairs: int) -> float:
    score = _BASE_CONFIDENCE
    if agent is not None:
        score -= _HOW_PENALTY.get(agent.how, 0.0)
        score -= 0.1 if cue.start - agent.end > _FAR else 0.0
    if target is None or agent is None:
        score -= 0.1
    else:
        score -= 0.05 if target.gap > 3 or target.pair else 0.0
        score -= 0.15 if target.anaphoric else 0.0
    score -= 0.05 if pairs > 1 else 0.0
    return score


def _hit(
    clause: Clause, cue: CueMatch, attributions: Sequence[Attribution], discourse: Discourse, extra: list[Hit]
) -> Hit | None:
    if modifies_a_noun(clause, cue):
        return None
    appositive = clause.word(cue.start - 1) in {"a", "an"} and clause.text(cue.start - 2) == ","  # "Finland, a member"
    being = set(clause.words(cue.start - 5, cue.start)) & _BEING  # "is not yet a member of"
    if clause.word(cue.start) in {"member", "members"} and not (being or appositive):
        return None  # "visa restrictions on 910 individuals, including members of the Russian military": not joining
    if _manner_of_a_noun(clause, cue):
        return None
    before = clause.previous_word_index(cue.start)
    if clause.word(cue.start) == "opposition" and before > 0 and clause.text(before)[:1].isupper():
        return None  # "invited the Syrian opposition to meet": a group of people, not an act of opposing
    passive = passive_cue(clause, cue)
    genitive = None if passive else genitive_agent(clause, cue)
    if genitive is not None:  # "the demands of ECOWAS (on Guinea)": the actor after "of" acts
        return _genitive_hit(clause, cue, genitive)
    if passive and clause.words(cue.start, cue.end) in _ACCOMPANIED:
        return None  # "the Ministers were joined by the Foreign Minister of X": company, not membership
    if clause.words(cue.start, cue.end) in _JOINING and clause.word(cue.end) == "in":
        return None  # "Kenya joins in commending X", "joined in the call": an act shared, not membership
    target = (
        agent_by(clause, cue)
        if passive
        else (agent_of_phrase(clause, cue) or object_after(clause, cue, discourse.events))
    )
    target = target or (
        None
        if passive
        else quality_owner(clause, cue)
        or anti_object(clause, cue)
        or agreement_parties(clause, cue)
        or warned_of(clause, cue)
        or linked_to(clause, cue)
        or agent_of_phrase(clause, cue)
    )
    if passive and target is None:
        return None
    if target is not None and target.against and cue.relation in clause.lexicon.symmetric:
        target = None  # "Chile and Bolivia formed an alliance against Peru": the adversary is no partner
    target = None if target is not None and victim_of_act(clause, cue, target) else target
    if _applying(clause, cue):
        return None  # "applied to join the OAS", "its application to join": not yet a member
    if (
        target is not None
        and (target.reversed or target.by)
        and target.gap > 0
        and cue.relation in _verdict_relations(clause)
    ):
        # "commends participants from X": where they come from, no source; "condemnation of the statements issued by
        # X regarding Y": X made the statements the verdict is on, it does not condemn Y
        target = replace(target, reversed=False, by=False)
    named_agent = None
    if not passive and target is not None and (target.by or target.reversed) and noun_cue(clause, cue):
        following = onward(clause, target) or (
            object_after(clause, cue, discourse.events, target.end) if target.by else None
        )
        if following is not None and following.reversed and target.by:  # "made by X from Rabat against Y": a place
            following = object_after(clause, cue, discourse.events, following.end)
        if following is not None:
            named_agent, target = Agent(target.actors, "passive", cue.start, cue.start), following
        elif target.by and clause.word(cue.end - 1) == "by":
            return None  # "the attack claimed by ISIL at a mosque", "threats by Russian officials": no one it is on
        elif target.by and clause.word(cue.end - 1) != "by" and cue.relation not in clause.lexicon.symmetric:
            return None  # "condemns the sanctions imposed by the EU": the EU's act, on no one named
    plain = not passive and target is not None and not (target.by or target.reversed) and noun_cue(clause, cue)
    by = agent_after_object(clause, target.end) if plain and target is not None else None
    if by is not None and named_agent is None:  # "the attack on Israel by Hamas": the agent after the object
        named_agent = Agent(
            tuple(a for x in expand_right(clause, by) for a in x.named), "passive", cue.start, cue.start
        )
    joining = clause.word(cue.end - 1) == "of" and cue.relation in clause.lexicon.member_nouns.values()
    following = onward(clause, target) if joining and target is not None and not passive else None
    if following is not None:  # "the accession of Sweden to NATO": Sweden joins NATO
        named_agent, target = Agent(target.actors, "passive", cue.start, cue.start) if target else None, following
    agent = named_agent or cue_agent(clause, cue, target, attributions, discourse, nominal=not passive)
    if target is None and agent is not None and not passive:  # "Chile, which Peru thanked"
        target = relative_object(clause, cue, agent)
    hedges = window(clause, agent, cue, after_cues=False)
    negations = window(clause, agent, cue, after_cues=True)
    if passive and target is not None:
        if agent is not None and _named_right_after(clause, cue, target):
            agent = None  # "Norway adopted the sanctions imposed on Russia by the EU": Russia's, not Norway's
        same_act = _object_of_same_act(clause, cue)
        agent = same_act or agent  # "the attack on Peru launched by Bolivia": on Peru
        if agent is None:  # "sanctions imposed on Iran by Canada": the object follows the cue
            after = object_after(clause, cue, discourse.events)
            if after is not None and after.by and after.actors == target.actors:  # "launched by Israel against Syria"
                after = onward(clause, after)
            named = after is not None and after.actors != target.actors and not after.by
            agent = Agent(after.actors, "passive", cue.end, cue.end) if after is not None and named else None
        if agent is None or (same_act is None and _acted_on_in_subject(clause, cue, agent)):
            return None
        agent, target = Agent(target.actors, "passive", agent.start, agent.end), Target(agent.actors, 0)
    if hedged(clause, hedges, cue, agent):
        return None
    if named_agent is None and not passive and target is not None and subject_phrase(clause, cue, target):
        return None
    reasons = given_reasons(clause, cue.start, cue.end)
    pairs = [(s, o) for s, o in _pairs(clause, cue, agent, target) if o not in reasons]
    if cue.relation == clause.lexicon.relation(_MEMBERSHIP):  # "Chile joined Bolivia in condemning X": company
        pairs = [(s, o) for s, o in pairs if clause.lexicon.kind(o) in _BODIES]
        pairs = [] if target is not None and _joined_act(clause, cue, target) else pairs
    if not pairs:
        return None
    if not passive and target is not None and agent is not None and not target.reversed:
        pairs += [(f, o) for f in followers(clause, target.end or cue.end) for o in target.actors if f != o]
        pairs += [
            (s, o) for s in agent.actors for o in also_acted_on(clause, target.end or cue.end) if (s, o) not in pairs
        ]
        owner = clause.ends.get(target.end)
        verdict = cue.relation in _verdict_relations(clause)
        listed = owners_listed(clause, target.end) if verdict and owner is not None and owner.possessive else []
        listed += also_for(clause, target.end or cue.end) if verdict else []
        pairs += [(s, o) for s in agent.actors for o in listed if s != o and (s, o) not in pairs]
    imposers = tuple(dict.fromkeys(s for s, _ in pairs))
    pairs += [
        (a, o) for a in adopters(clause, cue, imposers, discourse.persons) for o in dict.fromkeys(o for _, o in pairs)
    ]
    denied = negated(clause, negations, cue, asserters(attributions, cue.start), [s for s, _ in pairs])
    blocs = aligned(clause, cue, pairs)
    bloc = clause.lexicon.relation(_BLOC)
    if blocs and bloc is not None and not denied:  # "stands with Ukraine and the G7 against Russia": in a bloc
        pairs = [p for p in pairs if p not in blocs]
        extra.append(Hit(bloc, tuple(blocs), False, cue, _confidence(clause, cue, agent, target, len(blocs))))
    if not pairs:
        return None
    return Hit(cue.relation, tuple(pairs), denied, cue, _confidence(clause, cue, agent, target, len(pairs)))


def _joined_act(clause: Clause, cue: CueMatch, target: Target) -> bool:
    """ "Switzerland joined the EU sanctions", "joined the NATO summit", "joined the sanctions imposed by the EU": the
    body names whose act or meeting is joined, not what the subject becomes a member of."""
    following = clause.word(target.end)
    modifies = clause.text(target.end).islower() and (target.end in clause.cue_starts or following in JOINED_NOUNS)
    m = clause.ends.get(target.end)
    start = m.start if m is not None else target.end
    acts = any(c.relation != cue.relation and cue.end <= c.start and c.end <= start for c in clause.cues)
    return modifies or acts


def _object_of_same_act(clause: Clause, cue: CueMatch) -> Agent | None:
    """The actor right before a passive cue that is the object of a cue of the same relation ("the attack on Peru
    launched by Bolivia"): the passive's object, not the clause's subject."""
    m = clause.ends.get(cue.start)
    j = clause.word_before(m.start) if m is not None and m.resolved and not m.possessive else -1
    other = clause.cue_covering(j) if j >= 0 else None
    same = other is not None and other.relation == cue.relation and other.end == j + 1
    return Agent(m.named, "passive", m.start, m.end) if same and m is not None else None


def _named_right_after(clause: Clause, cue: CueMatch, by: Target) -> bool:
    """A passive cue ending in its own preposition ("imposed on") with an actor right after it, not the agent."""
    after = object_after(clause, cue, {}) if clause.word(cue.end - 1) in PREPOSITIONS - {"by"} else None
    return after is not None and after.gap == 0 and not after.by and after.actors != by.actors


def _acted_on_in_subject(clause: Clause, cue: CueMatch, subject: Agent) -> bool:
    """ "The attack on Peru's embassy was condemned by Bolivia": the passive's subject names the act's target, after
    another relation's cue ending in a preposition; the verdict is on the act, not on its target."""
    j = clause.word_before(subject.start)
    other = clause.cue_covering(j)
    another = other is not None and other.start != cue.start  # not "sanctions were imposed on X by Y" itself
    return another and other is not None and clause.word(other.end - 1) in PREPOSITIONS and other.end == j + 1


def _applying(clause: Clause, cue: CueMatch) -> bool:
    """A membership applied or hoped for: "applied to join", "seeks to join", "its application to join"."""
    to = clause.previous_word_index(cue.start)
    joining = clause.words(cue.start, cue.end) in _JOINING and clause.word(to) == "to"
    return joining and clause.word(clause.previous_word_index(to)) in _APPLYING


def _genitive_hit(clause: Clause, cue: CueMatch, genitive: tuple[Target, Target | None]) -> Hit | None:
    by, on = genitive
    if on is None:
        return None
    pairs = [(s, o) for s in by.actors for o in on.actors if s != o and not clause.lexicon.related(s, o)]
    agent = Agent(by.actors, "passive", cue.start, cue.start)
    return (
        Hit(cue.relation, tuple(pairs), False, cue, _confidence(clause, cue, agent, on, len(pairs))) if pairs else None
    )


def _manner_of_a_noun(clause: Clause, cue: CueMatch) -> bool:
    """ "called for international involvement in close cooperation with the UN": "in cooperation with" after a common
    noun says how that is done, not that the subject cooperates; after an actor or opening the sentence it does."""
    j = clause.previous_word_index(cue.start)
    while clause.text(j).isalpha() and clause.text(j).islower() and clause.word(j) != "in" and j > 0:
        j -= 1
    if clause.word(j) != "in" or cue.relation not in clause.lexicon.symmetric:
        return False
    before = clause.previous_word_index(j)
    verb = clause.previous_word_index(before) + 1 in clause.ends  # "Chile works in close cooperation with Peru"
    return before >= 0 and before + 1 not in clause.ends and clause.text(before) != "," and not verb


def _verdict_relations(clause: Clause) -> frozenset[str]:
    """The relations a verdict on an act passes on its owner: criticism and praise."""
    return frozenset(r for r in map(clause.lexicon.relation, _VERDICTS) if r is not None)


def relation_hits(clause: Clause, attributions: Sequence[Attribution], discourse: Discourse) -> list[Hit]:
    extra: list[Hit] = []
    hits = [_hit(clause, cue, attributions, discourse, extra) for cue in clause.cues]
    owed = [
        Hit(cue.relation, pairs, False, cue, score)
        for cue, pairs, score in [
            *obligations(clause, attributions, discourse),
            *verdicts(clause, attributions, discourse),
            *complement_verdicts(clause, attributions, discourse),
            *signed_agreements(clause),
            *designations(clause, attributions, discourse),
            *voice_listings(clause, attributions, discourse),
            *role_members(clause, attributions, discourse),
            *suspensions(clause, attributions, discourse),
            *self_defence(clause, attributions, discourse),
            *launches(clause),
            *forces_done(clause),
            *listed_members(clause, discourse),
            *roster_members(clause, discourse),
        ]
    ]
    stated = [(h.cue, h.pairs, h.confidence) for h in hits if h is not None and not h.negated]
    done = {h.cue for h in hits if h is not None}
    later = [*summoned_for(clause, stated, done), *rejected_words(clause, stated)]
    owed += [Hit(cue.relation, pairs, False, cue, score) for cue, pairs, score in later]
    owed += [Hit(cue.relation, pairs, True, cue, score) for cue, pairs, score in withdrawals(clause, discourse)]
    found = [*(h for h in hits if h is not None), *extra, *owed]
    return [replace(h, pairs=from_bodies(clause, h.relation, h.pairs)) for h in found]
