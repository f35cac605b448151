"""A bloc's members stated as its roster, by a verb, a copula or an apposition:

- "The EAC, which brings together Kenya, Uganda and Tanzania", "The grouping brings together A, B and C" (a bloc, or
  "the grouping" for the latest one named, and a verb of gathering);
- "Members of the EAC include Kenya, Uganda and Tanzania", "The members of X are A, B and C";
- "Kenya, Uganda and Tanzania, (the) members of the EAC, met": a list in apposition to a member noun of the bloc;
- "the admission of Somalia into the EAC", "the inclusion of South Africa in BRICS".

Each state listed is a member of the bloc. Not hedged or denied ("could include", "are not members").
"""

from __future__ import annotations

from graph.extract.admission import member_noun
from graph.extract.alongside import bloc_at, list_ending, stated, states_of
from graph.extract.clause import Clause, CueMatch, Found
from graph.extract.discourse import Discourse
from graph.extract.lists import expand_right
from graph.extract.words import NEGATIONS
from graph.namespaces import ENT

__all__ = ["roster_members"]

_MEMBERSHIP = ENT + "memberOf"
_CONFIDENCE = 0.75
_GATHERING = (
    ("brings", "together"), ("bring", "together"), ("brought", "together"), ("groups",), ("unites",), ("gathers",),
    ("comprises",), ("comprised",), ("includes",), ("included",),
)  # fmt: skip
_LISTING = frozenset({"include", "includes", "included", "are", "were"})
_ENTRY = frozenset({"admission", "inclusion", "entry"})
_INTO = frozenset({"into", "in", "to"})
_ONWARD = frozenset({"in", "on", "into", "as", "to", "among", "under"})
_WISHES = frozenset({"support", "supports", "supported", "backs", "backed", "for", "seek", "seeks", "request", "bid"})
_WISHES |= {"application", "push", "pushes", "advocate", "advocates", "favour", "favours", "favor", "favors", "urge"}
_WISH_REACH = 4  # words before the noun of entry: "supports the full admission"


def _listed(clause: Clause, k: int) -> tuple[str, ...]:
    """The states of the list that starts at ``k`` (past "the"), or () when it is not a list of plain states or goes
    on into what they are put in ("included Russia and Belarus in its sanctions list")."""
    first = clause.actor_at(k)
    group = expand_right(clause, first) if first is not None else ()
    onward = bool(group) and clause.word(group[-1].end) in _ONWARD
    return states_of(clause, group) if len(group) > 1 and not onward else ()


def _gathered(clause: Clause, discourse: Discourse) -> list[tuple[int, str | None, tuple[str, ...]]]:
    """(where, bloc, members) of "X (, which) brings together A, B and C"."""
    found = []
    for k in range(1, len(clause.tokens)):
        verb = next((v for v in _GATHERING if clause.words(k, k + len(v)) == v), None)
        if verb is None:
            continue
        j = clause.previous_word_index(k)
        j = clause.previous_word_index(clause.previous_word_index(j)) if clause.word(j) == "which" else j
        m = clause.ends.get(j + 1)
        bloc = bloc_at(clause, m.start, None) if m is not None else None
        if m is None and clause.word(j) in {"grouping", "bloc", "organisation", "organization", "alliance"}:
            bloc = bloc_at(clause, j - 1, discourse) if clause.word(j - 1) == "the" else None
        found.append((k, bloc, _listed(clause, k + len(verb))))
    return found


def _member_lists(clause: Clause) -> list[tuple[int, str | None, tuple[str, ...]]]:
    """(where, bloc, members) of "Members of X include A, B and C"."""
    found = []
    for k in range(len(clause.tokens)):
        if clause.word(k) != "members" or clause.word(k + 1) != "of" or k > 1:
            continue
        m = clause.actor_at(k + 2)
        if m is None or clause.word(m.end) not in _LISTING:
            continue
        found.append((k, bloc_at(clause, k + 2, None), _listed(clause, m.end + 1)))
    return found


def _apposed(clause: Clause) -> list[tuple[int, str | None, tuple[str, ...]]]:
    """(where, bloc, members) of "A, B and C, (the) members of X,"."""
    found = []
    for m in clause.mentions:
        if clause.text(m.end) != ",":
            continue
        k = m.end + 1 + (clause.word(m.end + 1) in {"the", "all", "both", "fellow"})
        end, _ = member_noun(clause, k)
        if end < 0 or clause.word(end) != "of" or clause.text(m.start - 1) not in {",", "and"}:
            continue
        found.append((k, bloc_at(clause, end + 1, None), states_of(clause, list_ending(clause, m))))
    return found


def _entries(clause: Clause) -> list[tuple[int, str | None, tuple[str, ...]]]:
    """(where, bloc, members) of "the admission of Somalia into the EAC"."""
    found = []
    for k in range(len(clause.tokens)):
        m = clause.actor_at(k + 2) if clause.word(k) in _ENTRY and clause.word(k + 1) == "of" else None
        if m is None or not m.resolved or set(clause.words(max(0, k - _WISH_REACH), k)) & _WISHES:
            continue  # "supports the admission of Palestine to the UN", "calls for the admission": not yet
        group = expand_right(clause, m)
        end = group[-1].end
        bloc = bloc_at(clause, end + 1, None) if clause.word(end) in _INTO else None
        found.append((k, bloc, states_of(clause, group)))
    return found


def roster_members(clause: Clause, discourse: Discourse) -> list[Found]:
    """(cue, pairs, confidence) for the states a sentence states as a bloc's roster."""
    relation = clause.lexicon.relation(_MEMBERSHIP)
    if relation is None:
        return []
    found: list[Found] = []
    rosters = [*_gathered(clause, discourse), *_member_lists(clause), *_apposed(clause), *_entries(clause)]
    for k, bloc, members in rosters:
        cue = CueMatch(k, k + 1, relation)
        if bloc is None or not members or bloc in members or set(clause.words(k, k + 4)) & NEGATIONS:
            continue
        if stated(clause, cue, members):
            found.append((cue, tuple((s, bloc) for s in members), _CONFIDENCE))
    return found
