"""The actor catalogue and the relation-type scheme, read from the store and resolved by name."""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode

from graph.errors import AmbiguousNameError, NotFoundError
from graph.model.ids import short_id
from graph.namespaces import ENT, ID, sparql
from graph.store.base import GraphStore
from graph.store.cache import cached

ACTORS_QUERY = sparql(
    """
SELECT ?actor ?type ?label WHERE {
  ?type rdfs:subClassOf ent:Actor .
  ?actor a ?type .
  OPTIONAL { ?actor skos:prefLabel ?label }
}
"""
)

NAMES_QUERY = sparql(
    """
SELECT ?actor ?name WHERE {
  { ?actor skos:prefLabel ?name } UNION { ?actor skos:altLabel ?name }
  UNION { ?actor ent:isoCode ?name } UNION { ?actor ent:iso2Code ?name }
}
"""
)

AMBIGUOUS_QUERY = sparql("SELECT ?actor ?name WHERE { ?actor ent:ambiguousName ?name }")

CLASSES_QUERY = sparql(
    """
SELECT ?class ?label WHERE {
  ?class rdfs:subClassOf ent:Actor .
  OPTIONAL { ?class rdfs:label ?label }
}
"""
)

RELATIONS_QUERY = sparql(
    """
SELECT ?relation ?label ?definition ?polarity ?weight ?cameo ?plover ?symmetric ?cue WHERE {
  ?relation a ent:RelationType ; skos:inScheme ent:relationTypes .
  OPTIONAL { ?relation skos:prefLabel ?label }
  OPTIONAL { ?relation skos:definition ?definition }
  OPTIONAL { ?relation ent:polarity ?polarity }
  OPTIONAL { ?relation ent:goldsteinWeight ?weight }
  OPTIONAL { ?relation ent:cameoCode ?cameo }
  OPTIONAL { ?relation ent:ploverCategory ?plover }
  OPTIONAL { ?relation a owl:SymmetricProperty . BIND(true AS ?symmetric) }
  OPTIONAL { ?relation skos:hiddenLabel ?cue }
}
"""
)


@dataclass(frozen=True)
class Actor:
    iri: str
    label: str
    type: str  # the local name of its class: State, Bloc, Person, Organisation

    @property
    def id(self) -> str:
        return short_id(self.iri)

    @property
    def node(self) -> NamedNode:
        return NamedNode(self.iri)


@dataclass(frozen=True)
class RelationType:
    iri: str
    label: str
    definition: str
    polarity: int
    weight: float
    cameo: str | None
    plover: str | None
    symmetric: bool
    cues: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return self.iri.removeprefix(ENT)

    @property
    def node(self) -> NamedNode:
        return NamedNode(self.iri)


def name_key(name: str) -> str:
    """How names are compared: case-folded, spaces folded, a leading 'the' dropped."""
    key = re.sub(r"\s+", " ", name).strip().casefold()
    return key.removeprefix("the ")


def _relation_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.removeprefix(ENT).removeprefix("ent:").casefold())


def _class_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.removeprefix(ENT).removeprefix("ent:").casefold())


class Catalogue:
    """Actors and relation types, with resolution of the names people use for them."""

    def __init__(
        self,
        actors: list[Actor],
        names: list[tuple[str, str]],
        relations: list[RelationType],
        *,
        ambiguous: Iterable[tuple[str, str]] = (),
        classes: Mapping[str, str] | None = None,
    ) -> None:
        self.actors = {actor.iri: actor for actor in actors}
        self._by_name: dict[str, set[str]] = {}
        self._display: dict[str, str] = {}
        self._add_names(names)
        # Names that mean several actors and none of them alone ("Congo", "Korea"): never resolved.
        self._ambiguous: dict[str, set[str]] = {}
        for iri, name in ambiguous:
            if iri in self.actors:
                self._ambiguous.setdefault(name_key(name), set()).add(iri)
        self.relations = {relation.iri: relation for relation in relations}
        self._relation_by_key: dict[str, RelationType] = {}
        for relation in relations:
            for alias in (relation.name, relation.label):
                self._relation_by_key[_relation_key(alias)] = relation
        # The actor classes (local name -> label), read from the ontology as data.
        self.classes = dict(classes or {actor.type: actor.type for actor in actors})

    def _add_names(self, names: Iterable[tuple[str, str]]) -> None:
        for iri, name in names:
            if iri in self.actors:
                key = name_key(name)
                self._by_name.setdefault(key, set()).add(iri)
                self._display.setdefault(key, name)

    def extended(self, actors: Iterable[Actor], names: Iterable[tuple[str, str]]) -> Catalogue:
        """A copy of the catalogue with more actors and names; this one is left as it is."""
        wider = copy.copy(self)
        wider.actors = {**self.actors, **{actor.iri: actor for actor in actors}}
        wider._by_name = {key: set(iris) for key, iris in self._by_name.items()}
        wider._display = dict(self._display)
        wider._add_names(names)
        return wider

    def owners(self, name: str) -> set[str]:
        """The actors a name may mean: those it labels or aliases, and those it names ambiguously."""
        key = name_key(name)
        return self._by_name.get(key, set()) | self._ambiguous.get(key, set())

    def resolve_class(self, name: str) -> str:
        """The IRI of the actor class a name means (``State``, ``armed group``, ``ent:Bloc``), in
        any case or spacing; :class:`NotFoundError` with the classes otherwise."""
        wanted = _class_key(name)
        for local, label in self.classes.items():
            if wanted in (_class_key(local), _class_key(label)):
                return ENT + local
        raise NotFoundError("actor type", name.strip(), sorted(self.classes))

    def label(self, iri: str) -> str:
        actor = self.actors.get(iri)
        return actor.label if actor else short_id(iri)

    def resolve_actor(self, name: str) -> Actor:
        """The actor a name means: an id, an IRI, a label, an alias or a code, in any case."""
        text = name.strip()
        for iri in (text, ID + text, ID + text.removeprefix("id:")):
            if iri in self.actors:
                return self.actors[iri]
        matches = self._by_name.get(name_key(text), set())
        if len(matches) == 1 and name_key(text) not in self._ambiguous:
            return self.actors[next(iter(matches))]
        matches = self.owners(text)
        if matches:
            raise AmbiguousNameError(text, sorted(f"{self.actors[i].label} ({short_id(i)})" for i in matches))
        raise NotFoundError("actor", text, self.suggest_actors(text))

    def suggest_actors(self, name: str, limit: int = 5) -> list[str]:
        close = difflib.get_close_matches(name_key(name), list(self._by_name), n=limit, cutoff=0.6)
        return [self._display[key] for key in close]

    def resolve_relation(self, name: str) -> RelationType:
        """The relation type a name means: its local name, label or IRI, in any case or spacing."""
        relation = self.relations.get(name.strip()) or self._relation_by_key.get(_relation_key(name))
        if relation is not None:
            return relation
        known = sorted(r.name for r in self.relations.values())
        close = difflib.get_close_matches(name.strip(), known, n=5, cutoff=0.5)
        raise NotFoundError("relation", name, close or known)

    def search(self, prefix: str, actor_type: str | None = None) -> list[Actor]:
        """Actors with a label or alias that starts with ``prefix`` (case-insensitive), by label."""
        key = name_key(prefix)
        found = {iri for name, iris in self._by_name.items() if name.startswith(key) for iri in iris}
        actors = (self.actors[iri] for iri in found)
        return sorted(
            (a for a in actors if actor_type is None or a.type.casefold() == actor_type.casefold()),
            key=lambda a: (a.label.casefold(), a.iri),
        )

    def names_of(self, iri: str) -> list[str]:
        return sorted(self._display[key] for key, iris in self._by_name.items() if iri in iris)


def catalogue(store: GraphStore) -> Catalogue:
    """The store's catalogue, read once per store generation."""
    return cached(store, "catalogue", lambda: read_catalogue(store))


def read_catalogue(store: GraphStore) -> Catalogue:
    actors: dict[str, Actor] = {}
    for actor, kind, label in store.select(ACTORS_QUERY).rows:
        assert isinstance(actor, NamedNode) and isinstance(kind, NamedNode)
        text = label.value if isinstance(label, Literal) else short_id(actor.value)
        previous = actors.get(actor.value)
        if previous is None or text < previous.label:
            actors[actor.value] = Actor(actor.value, text, kind.value.removeprefix(ENT))
    names = [
        (actor.value, name.value)
        for actor, name in store.select(NAMES_QUERY).rows
        if isinstance(actor, NamedNode) and isinstance(name, Literal)
    ]
    ambiguous = [
        (actor.value, name.value)
        for actor, name in store.select(AMBIGUOUS_QUERY).rows
        if isinstance(actor, NamedNode) and isinstance(name, Literal)
    ]
    classes = {
        kind.value.removeprefix(ENT): label.value if isinstance(label, Literal) else kind.value.removeprefix(ENT)
        for kind, label in store.select(CLASSES_QUERY).rows
        if isinstance(kind, NamedNode) and kind.value.startswith(ENT)
    }
    return Catalogue(list(actors.values()), names, _read_relations(store), ambiguous=ambiguous, classes=classes)


def _read_relations(store: GraphStore) -> list[RelationType]:
    rows: dict[str, dict[str, object]] = {}
    cues: dict[str, set[str]] = {}
    for row in store.select(RELATIONS_QUERY).dicts():
        iri = row["relation"]
        assert isinstance(iri, NamedNode)
        rows.setdefault(iri.value, {k: v.value for k, v in row.items() if isinstance(v, Literal)})
        cue = row["cue"]
        if isinstance(cue, Literal):
            cues.setdefault(iri.value, set()).add(cue.value)
    relations = []
    for key, values in sorted(rows.items()):
        relations.append(
            RelationType(
                iri=key,
                label=str(values.get("label", key.removeprefix(ENT))),
                definition=str(values.get("definition", "")),
                polarity=int(str(values.get("polarity", 0))),
                weight=float(str(values.get("weight", 0))),
                cameo=str(values["cameo"]) if "cameo" in values else None,
                plover=str(values["plover"]) if "plover" in values else None,
                symmetric=values.get("symmetric") == "true",
                cues=tuple(sorted(cues.get(key, ()))),
            )
        )
    return relations
