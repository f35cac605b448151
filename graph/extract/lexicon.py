"""The extraction lexicon: the catalogue's names and the relation types' cue phrases, read as data.

Everything the extractor knows about actors and relations comes from the store through the
SPARQL below: labels, aliases, demonyms and metonyms of actors (``skos:prefLabel``,
``skos:altLabel``, ``ent:demonym``), who leads whom and since when (``ent:Leadership``), and
each relation type's cue phrases (``skos:hiddenLabel``, and ``ent:passiveCue`` for the passive
voice), its member nouns (``ent:memberNoun``: "NATO members Finland and Estonia"), its titles of
office (``ent:titleCue``: "Russian President Vladimir Putin"), the cues that act only on an actor named right after
them (``ent:directObjectCue``: "welcomed Finland"), the cues whose subjects act each toward the other (``ent:mutualCue``:
"A and B restored diplomatic relations") and its symmetry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Protocol

from pyoxigraph import Literal, NamedNode, QuerySolutions, Store

from graph.extract.text import tokenize
from graph.namespaces import ENT, ID

__all__ = [
    "Actor",
    "Leadership",
    "Lexicon",
    "lexicon_from_select",
    "lexicon_from_store",
    "phrase_tokens",
]

_PREFIXES = """PREFIX ent: <https://w3id.org/entente/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
NAMES_QUERY = (
    _PREFIXES
    + """SELECT ?actor ?class ?name WHERE {
  ?actor a ?type .
  ?type rdfs:subClassOf* ?class .
  ?class rdfs:subClassOf ent:Actor .
  FILTER NOT EXISTS { ?class rdfs:subClassOf ?wider . ?wider rdfs:subClassOf+ ent:Actor }
  VALUES ?property { skos:prefLabel skos:altLabel ent:demonym }
  ?actor ?property ?name .
  FILTER(lang(?name) = "" || langMatches(lang(?name), "en"))
}"""
)
LEADERS_QUERY = (
    _PREFIXES
    + """SELECT ?leader ?led ?role ?from ?until WHERE {
  { ?tenure a ent:Leadership ; ent:leader ?leader ; ent:ledActor ?led .
    OPTIONAL { ?tenure ent:role ?role }
    OPTIONAL { ?tenure ent:validFrom ?from }
    OPTIONAL { ?tenure ent:validUntil ?until } }
  UNION { ?leader ent:leaderOf ?led }
}"""
)
CUES_QUERY = (
    _PREFIXES
    + """SELECT ?relation ?symmetric ?property ?cue WHERE {
  ?relation a ent:RelationType .
  BIND(EXISTS { ?relation a owl:SymmetricProperty } AS ?symmetric)
  OPTIONAL {
    VALUES ?property {
      skos:hiddenLabel ent:passiveCue ent:mutualCue ent:memberNoun ent:titleCue ent:directObjectCue
    }
    ?relation ?property ?cue FILTER(lang(?cue) = "" || langMatches(lang(?cue), "en"))
  }
}"""
)


class SolutionRow(Protocol):
    """One row of SELECT results: a pyoxigraph ``QuerySolution`` or a ``dict`` of terms."""

    def __getitem__(self, variable: str, /) -> object: ...


Select = Callable[[str], Iterable[SolutionRow]]


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """The normalised tokens of a name or cue phrase, as text tokens are compared with them."""
    return tuple(token.norm for token in tokenize(phrase))


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    kind: str  # the local name of its class: State, Bloc, Person, Organisation


@dataclass(frozen=True, slots=True)
class Leadership:
    """``leader`` heads ``led`` as ``role`` from ``valid_from`` until (not on) ``valid_until``."""

    leader: str
    led: str
    role: str
    valid_from: date | None
    valid_until: date | None

    def holds_on(self, day: date) -> bool:
        started = self.valid_from is None or self.valid_from <= day
        return started and (self.valid_until is None or day < self.valid_until)


@dataclass(frozen=True)
class Lexicon:
    """Names (token tuples) to the actors they may mean, and cue phrases to their relation type.

    A name with more than one actor is ambiguous: its mentions are left out, never guessed.
    """

    actors: Mapping[str, Actor]
    surfaces: Mapping[tuple[str, ...], frozenset[str]]
    cues: Mapping[tuple[str, ...], str]
    symmetric: frozenset[str]
    leaderships: tuple[Leadership, ...] = ()
    passive: frozenset[tuple[str, ...]] = frozenset()
    member_nouns: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    titles: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    relations: frozenset[str] = frozenset()
    direct_object: frozenset[tuple[str, ...]] = frozenset()
    mutual: frozenset[tuple[str, ...]] = frozenset()
    longest_surface: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "longest_surface", max(map(len, self.surfaces), default=0))

    @cached_property
    def cues_by_first_word(self) -> Mapping[str, tuple[tuple[str, ...], ...]]:
        """Cue phrases by their first word (lower case), longest first."""
        index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for cue in sorted(self.cues, key=len, reverse=True):
            index[cue[0].lower()].append(cue)
        return {word: tuple(cues) for word, cues in index.items()}

    @cached_property
    def cue_heads(self) -> Mapping[str, frozenset[str]]:
        """The relations whose cue phrases start with a word: "attack" heads "attack on" (attacks)."""
        return {word: frozenset(self.cues[cue] for cue in cues) for word, cues in self.cues_by_first_word.items()}

    def relation(self, iri: str) -> str | None:
        """The relation type ``iri`` (``ENT + "criticises"``) as candidates name it, if the store has that type."""
        name = iri.removeprefix(ENT)
        return name if name != iri and name in self.relations else None

    def kind(self, actor: str) -> str:
        found = self.actors.get(actor)
        return found.kind if found else ""

    def led_by(self, person: str) -> frozenset[str]:
        return frozenset(t.led for t in self.leaderships if t.leader == person)

    def related(self, one: str, other: str) -> bool:
        """One is the other or leads it: a claim between them would say nothing."""
        return one == other or other in self.led_by(one) or one in self.led_by(other)

    def leader_of(self, actor: str, role: str, on: date | None) -> str | None:
        """The one person who held ``role`` (lower case) at the head of ``actor`` on the day, if known."""
        if on is None:
            return None
        holders = {t.leader for t in self.leaderships if t.led == actor and t.role.lower() == role and t.holds_on(on)}
        return holders.pop() if len(holders) == 1 else None


def _short(term: object, namespace: str) -> str | None:
    if not isinstance(term, NamedNode) or not term.value.startswith(namespace):
        return None
    return term.value[len(namespace) :]


def _text(term: object) -> str:
    return term.value if isinstance(term, Literal | NamedNode) else ""


def _day(term: object) -> date | None:
    try:
        return date.fromisoformat(_text(term)) if isinstance(term, Literal) else None
    except ValueError:
        return None


def _surface_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Names compare case-sensitively, except a leading "the"."""
    return ("the", *tokens[1:]) if tokens and tokens[0].lower() == "the" else tokens


def _names(select: Select) -> tuple[dict[str, Actor], dict[tuple[str, ...], frozenset[str]]]:
    actors: dict[str, Actor] = {}
    names: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for row in select(NAMES_QUERY):
        actor, kind = _short(row["actor"], ID), _short(row["class"], ENT)
        key = _surface_key(phrase_tokens(_text(row["name"])))
        if actor is None or kind is None or not key:
            continue
        actors.setdefault(actor, Actor(actor, kind))
        names[key].add(actor)
    for key, found in _organ_names(actors, names).items():
        names[key] |= found
    return actors, {key: frozenset(found) for key, found in names.items()}


_ORGANS = frozenset({"Bloc", "Organisation"})
_PARENTS = frozenset({"Bloc", "Organisation"})
_NAME_LINKS = frozenset({"and", "of", "for", "on"})


def _organ_names(
    actors: Mapping[str, Actor], names: Mapping[tuple[str, ...], set[str]]
) -> dict[tuple[str, ...], set[str]]:
    """An organ named after its parent ("UN General Assembly", "OSCE Parliamentary Assembly") is also named without
    it ("the General Assembly"), where that short name (two capitalised words or more) names nothing else."""
    derived: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, owners in names.items():
        organs = {a for a in owners if actors[a].kind in _ORGANS}
        for k in range(1, len(key) - 1):
            parents = names.get(key[:k], set())
            rest = key[k:]
            capitalised = [w for w in rest if w not in _NAME_LINKS]
            if not any(actors[a].kind in _PARENTS for a in parents) or len(capitalised) < 2:
                continue
            if rest[0][:1].isupper() and all(w[:1].isupper() for w in capitalised) and rest not in names:
                derived[rest] |= organs - parents
    return {key: found for key, found in derived.items() if found}


def _leaderships(select: Select) -> tuple[Leadership, ...]:
    tenures = set()
    for row in select(LEADERS_QUERY):
        leader, led = _short(row["leader"], ID), _short(row["led"], ID)
        if leader and led:
            tenures.add(Leadership(leader, led, _text(row["role"]), _day(row["from"]), _day(row["until"])))
    return tuple(sorted(tenures, key=lambda t: (t.leader, t.led, t.role, str(t.valid_from))))


_HIDDEN = "http://www.w3.org/2004/02/skos/core#hiddenLabel"


@dataclass(frozen=True)
class _Cues:
    cues: dict[tuple[str, ...], str]
    symmetric: frozenset[str]
    passive: frozenset[tuple[str, ...]]
    member_nouns: dict[tuple[str, ...], str]
    titles: dict[tuple[str, ...], str]
    relations: frozenset[str]
    direct_object: frozenset[tuple[str, ...]]
    mutual: frozenset[tuple[str, ...]]


def _unique(owners: Mapping[tuple[str, ...], set[str]]) -> dict[tuple[str, ...], str]:
    """Phrases that name exactly one relation type (a phrase claimed by two is dropped)."""
    return {phrase: next(iter(r)) for phrase, r in owners.items() if len(r) == 1}


def _cues(select: Select) -> _Cues:
    by_property: dict[str, dict[tuple[str, ...], set[str]]] = defaultdict(lambda: defaultdict(set))
    symmetric: set[str] = set()
    relations: set[str] = set()
    for row in select(CUES_QUERY):
        relation = _short(row["relation"], ENT)
        if relation is None:
            continue
        relations.add(relation)
        if _text(row["symmetric"]) == "true":
            symmetric.add(relation)
        cue = phrase_tokens(_text(row["cue"]))
        if cue:
            prop = _text(row["property"])
            by_property["cue" if prop in (_HIDDEN, f"{ENT}passiveCue", f"{ENT}mutualCue") else prop][cue].add(relation)
            if prop == f"{ENT}passiveCue":
                by_property["passive"][cue].add(relation)
            if prop == f"{ENT}mutualCue":
                by_property["mutual"][cue].add(relation)
    return _Cues(
        _unique(by_property["cue"]),
        frozenset(symmetric),
        frozenset(by_property["passive"]),
        _unique(by_property[f"{ENT}memberNoun"]),
        {tuple(w.lower() for w in k): r for k, r in _unique(by_property[f"{ENT}titleCue"]).items()},
        frozenset(relations),
        frozenset(tuple(w.lower() for w in k) for k in by_property[f"{ENT}directObjectCue"]),
        frozenset(tuple(w.lower() for w in k) for k in by_property["mutual"]),
    )


def lexicon_from_select(select: Select) -> Lexicon:
    """Build the lexicon with any SPARQL SELECT runner over the union of the store's graphs.

    For a ``graph.store.embedded.GraphStore``: ``lexicon_from_select(lambda q: store.select(q).dicts())``.
    """
    actors, surfaces = _names(select)
    found = _cues(select)
    return Lexicon(
        actors,
        surfaces,
        found.cues,
        found.symmetric,
        _leaderships(select),
        found.passive,
        found.member_nouns,
        found.titles,
        found.relations,
        found.direct_object,
        found.mutual,
    )


def lexicon_from_store(store: Store) -> Lexicon:
    """Build the lexicon from a pyoxigraph store (all its graphs). Raises ``OSError`` if it cannot be read."""

    def select(query: str) -> QuerySolutions:
        solutions = store.query(query, use_default_graph_as_union=True)
        assert isinstance(solutions, QuerySolutions)
        return solutions

    return lexicon_from_select(select)
