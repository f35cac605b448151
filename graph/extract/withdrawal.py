"""A membership ended by leaving: "Mali withdrew from ECOWAS", "Venezuela left the OAS", "the withdrawal of Burkina
Faso, Mali and Niger from ECOWAS", "Mali's exit from ECOWAS", "the decision of A, B and C to withdraw from the
association" → each is no longer a member of the bloc (a negated ``memberOf``). The bloc is named after "from" (or
after "left", "quit"); "the association" is left alone, as the bloc a sentence names may not be a mention of it. Not hedged or denied ("threatened to leave",
"did not withdraw"); a withdrawal from a state ("withdrew its troops from Ukraine") or from talks is no membership."""

from __future__ import annotations

from graph.extract.agents import Agent, actors_of
from graph.extract.alongside import bloc_at, list_ending
from graph.extract.clause import Clause, CueMatch, Found
from graph.extract.discourse import Discourse
from graph.extract.lists import expand_right
from graph.extract.mentions import Mention
from graph.extract.modality import hedged, negated
from graph.extract.subjects import subject_before
from graph.namespaces import ENT

__all__ = ["withdrawals"]

_MEMBERSHIP = ENT + "memberOf"
_CONFIDENCE = 0.75
_FROM_VERBS = frozenset({"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "exited"})
_DIRECT_VERBS = frozenset({"left", "leaves", "leave", "leaving", "quit", "quits", "quitting", "exits", "exit"})
_NOUNS = frozenset({"withdrawal", "exit", "departure"})
_MEMBERS = frozenset({"State", "Bloc"})
_INTENDED = frozenset({"intention", "intent", "wish", "desire", "readiness", "proposal", "attempt", "threat", "right"})


def _leavers(clause: Clause, verb: int, bloc: str, discourse: Discourse) -> tuple[str, ...]:
    """Who leaves by the verb at ``verb``: the list right before "to withdraw" ("the decision of A, B and C to
    withdraw"), else the verb's subject."""
    to = clause.previous_word_index(verb)
    last = clause.ends.get(to) if clause.word(to) == "to" else None
    if last is not None and last.resolved and not last.possessive:
        return actors_of(list_ending(clause, last))
    owner = clause.previous_word_index(to - 1) if clause.word(to) == "to" else -1
    last = _their_antecedent(clause, owner) if clause.word(owner) == "their" else None
    if last is not None:  # "A, B and C reaffirmed that their decision to withdraw": the list before "their"
        return actors_of(list_ending(clause, last))
    agent = subject_before(clause, verb, 0, (bloc,), discourse.persons)
    m = clause.starts.get(agent.start) if agent is not None else None
    if m is None or m.titled or m.office is not None:
        return ()  # "Foreign Minister Lavrov left Brussels": a person travelling, not a state leaving
    return agent.actors if agent is not None else ()


def _their_antecedent(clause: Clause, owner: int) -> Mention | None:
    """The last plain actor named before "their" at ``owner``, past a relative clause between commas ("A, B and C,
    which are members of X, said that their ...")."""
    aside = [k for k in range(owner) if clause.text(k) == "," and clause.word(k + 1) in {"which", "who"}]
    closed = [next((j for j in range(k + 1, owner) if clause.text(j) == ","), owner) for k in aside]
    inside = {j for k, c in zip(aside, closed, strict=True) for j in range(k, c + 1)}
    named = [m for m in clause.mentions if m.end <= owner and m.start not in inside and m.resolved and not m.possessive]
    return named[-1] if named else None


def _by_verb(clause: Clause, k: int, discourse: Discourse) -> tuple[tuple[str, ...], str | None]:
    word = clause.word(k)
    if word in _FROM_VERBS and clause.word(k + 1) == "from":
        at = k + 2
    elif word in _DIRECT_VERBS:
        at = k + 1
    else:
        return (), None
    bloc = bloc_at(clause, at, None)
    if bloc is None:
        return (), None  # "left the EU summit", "withdrew from the UN buffer zone": a place of the bloc, not it
    return _leavers(clause, k, bloc, discourse), bloc


def _by_noun(clause: Clause, k: int) -> tuple[tuple[str, ...], str | None]:
    if clause.word(k) not in _NOUNS:
        return (), None
    owner = clause.ends.get(k)
    if owner is not None and owner.possessive and owner.resolved:  # "Mali's withdrawal from"
        leavers, end = owner.named, k + 1
    elif clause.word(k + 1) == "of" and (m := clause.actor_at(k + 2)) is not None and m.resolved:
        group = expand_right(clause, m)  # "the withdrawal of A, B and C from"
        leavers, end = actors_of(group), group[-1].end
    else:
        return (), None
    return leavers, bloc_at(clause, end + 1, None) if clause.word(end) == "from" else None


def withdrawals(clause: Clause, discourse: Discourse) -> list[Found]:
    """(cue, pairs, confidence) of memberships ended by leaving, to be claimed negated."""
    relation = clause.lexicon.relation(_MEMBERSHIP)
    if relation is None:
        return []
    found: list[Found] = []
    for k in range(len(clause.tokens)):
        leavers, bloc = _by_verb(clause, k, discourse)
        if bloc is None:
            leavers, bloc = _by_noun(clause, k)
        members = tuple(a for a in leavers if clause.lexicon.kind(a) in _MEMBERS and a != bloc)
        if bloc is None or not members:
            continue
        if clause.word(k - 1) == "to" and clause.word(k - 2) in _INTENDED:
            continue  # "informed ... of its intention to leave the Organisation": not yet left
        cue = CueMatch(k, k + 1, relation)
        agent = Agent(members, "subject", k, k)
        before = range(0, k)
        if hedged(clause, before, cue, agent) or negated(clause, before, cue, None, members):
            continue
        found.append((cue, tuple((a, bloc) for a in members), _CONFIDENCE))
    return found
