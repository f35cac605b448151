"""The actors format: new actors for the catalogue, in CSV or JSON, checked like claims.

A file is an actors file when its header has the columns ``id``, ``type`` and ``label`` (CSV:
the first row; JSON: ``{"actors": [...]}``, or a list whose first object has those keys);
anything else is read as claims. Columns: ``id`` (a slug: ``wagner-group``), ``type`` (an actor
class of the ontology, in any case: State, Territory, ContestedTerritory, Bloc, Person,
Organisation, ArmedGroup), ``label``, ``aliases`` (separated by ``|``; ``;`` is a CSV delimiter
spreadsheets use), ``iso_code`` (ISO 3166-1 alpha-3 and/or alpha-2, ``|``-separated),
``wikidata`` (``Q159``), ``parent`` (the state a Territory or ContestedTerritory is part of,
by name or id) and ``note`` (a definition; for a contested territory, required: how its status
is described). New actors go to the catalogue's graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad

from graph.errors import InputError, Problem
from graph.intake.rows import (
    Row,
    RowChecks,
    check_columns,
    csv_header,
    csv_rows,
    decode,
    is_json,
    json_document,
    json_items,
    json_rows,
)
from graph.model.catalogue import Actor, Catalogue, name_key
from graph.namespaces import ACTORS_GRAPH, ENT, ID, OWL, RDF_TYPE, SKOS, WD

ACTOR_COLUMNS = ("id", "type", "label", "aliases", "iso_code", "wikidata", "parent", "note")
ACTOR_SIGNATURE = ("id", "type", "label")  # the header that makes a file an actors file
ALIAS_SEPARATOR = "|"
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
QID = re.compile(r"Q[1-9][0-9]*")
TERRITORIES = ("Territory", "ContestedTerritory")

__all__ = ["ACTOR_COLUMNS", "ACTOR_SIGNATURE", "ActorsRead", "NewActor", "is_actors_file", "read_actors"]


def is_actors_file(data: bytes, name: str) -> bool:
    """Whether a tabular file is an actors file: its header has ``id``, ``type`` and ``label``.
    A file that cannot be read says so when it is read as claims."""
    try:
        if is_json(name):
            document = json_document(data, name)
            if isinstance(document, dict):
                return "actors" in document and "claims" not in document
            items = json_items(document, "actors")
            keys = items[0].keys() if isinstance(items, list) and items and isinstance(items[0], dict) else ()
            header = [str(k).strip().casefold() for k in keys]
        else:
            end = data.find(b"\n")
            header, _ = csv_header(decode(data if end < 0 else data[:end], name))
    except InputError:
        return False
    return all(column in header for column in ACTOR_SIGNATURE)


@dataclass(frozen=True)
class NewActor:
    actor: Actor
    aliases: tuple[str, ...]
    codes: tuple[str, ...]
    wikidata: str | None
    note: str | None
    row: Row
    parent: str | None = None  # the parent's IRI, once resolved

    @property
    def names(self) -> list[tuple[str, str]]:
        """(column, name) of every name the actor is known by: label, aliases and codes."""
        return [("label", self.actor.label), *(("aliases", a) for a in self.aliases)] + [
            ("iso_code", c) for c in self.codes
        ]

    def quads(self) -> list[Quad]:
        node, graph = self.actor.node, ACTORS_GRAPH
        quads = [
            Quad(node, RDF_TYPE, NamedNode(ENT + self.actor.type), graph),
            Quad(node, NamedNode(SKOS + "prefLabel"), Literal(self.actor.label, language="en"), graph),
        ]
        quads += [Quad(node, NamedNode(SKOS + "altLabel"), Literal(a, language="en"), graph) for a in self.aliases]
        for code in self.codes:
            quads.append(
                Quad(node, NamedNode(ENT + ("isoCode" if len(code) == 3 else "iso2Code")), Literal(code), graph)
            )
        if self.wikidata:
            quads.append(Quad(node, NamedNode(OWL + "sameAs"), NamedNode(WD + self.wikidata), graph))
        if self.parent:
            quads.append(Quad(node, NamedNode(ENT + "partOf"), NamedNode(self.parent), graph))
        if self.note:
            note = "scopeNote" if self.actor.type == "ContestedTerritory" else "definition"
            quads.append(Quad(node, NamedNode(SKOS + note), Literal(self.note, language="en"), graph))
        return quads


@dataclass
class ActorsRead:
    """What an actors file adds: its actors (those that parsed), their quads, every problem, and
    the catalogue extended with them (a copy: the one given is unchanged)."""

    actors: list[NewActor]
    catalogue: Catalogue
    problems: list[Problem] = field(default_factory=list)

    def quads(self) -> list[Quad]:
        return [quad for new in self.actors for quad in new.quads()]


def read_actors(data: bytes, name: str, catalogue: Catalogue) -> ActorsRead:
    """Read an actors file against ``catalogue``. A malformed file raises :class:`InputError`;
    a bad row is a problem in the result, so that a batch can go on to read its claims against
    the actors that did parse (and report every problem at once)."""
    rows = json_rows(data, name, "actors", _check_item) if is_json(name) else csv_rows(data, name, _check_header)
    readers: list[ActorRow] = []
    parsed: dict[str, tuple[ActorRow, NewActor]] = {}
    for row in rows:
        reader = ActorRow(row, catalogue)
        readers.append(reader)
        new = reader.actor()
        if new is not None and new.actor.iri in parsed:
            reader.problem("id", f"{new.actor.id!r} repeats {parsed[new.actor.iri][1].row.label}")
        elif new is not None:
            parsed[new.actor.iri] = (reader, new)
    if not readers:
        raise InputError(Problem("the file holds no actors (only a header, or nothing)", file=name))
    clashes = _check_names([new for _, new in parsed.values()], catalogue)
    wider = catalogue.extended((new.actor for _, new in parsed.values()), _names(new for _, new in parsed.values()))
    actors = [reader.with_parent(new, wider) for reader, new in parsed.values()]
    problems = [problem for reader in readers for problem in reader.problems]
    return ActorsRead(actors, wider, problems + clashes)


def _names(actors: Iterator[NewActor]) -> list[tuple[str, str]]:
    return [(new.actor.iri, text) for new in actors for _, text in new.names]


def _check_header(header: list[str], name: str) -> None:
    problems = check_columns(header, name, ACTOR_COLUMNS, ACTOR_SIGNATURE, "an actors file")
    if problems:
        raise InputError(problems)


def _check_item(keys: list[str], name: str) -> None:
    _check_header(keys, name)


def _who(actor: Actor) -> str:
    return f"{actor.label} ({actor.id})"


def _check_names(actors: Sequence[NewActor], catalogue: Catalogue) -> list[Problem]:
    """Refuse a name (label, alias, code) or id that would mean another actor too, naming both."""
    problems: list[Problem] = []
    owner: dict[str, NewActor] = {}
    for new in actors:
        row = new.row

        def clash(column: str, message: str, row: Row = row) -> None:
            problems.append(Problem(f"{row.label}: {message}", file=row.file, line=row.line, column=column))

        if others := catalogue.owners(new.actor.id):
            clash("id", f"id {new.actor.id!r} is already a name of {_list(others, catalogue)}")
        mine: set[str] = set()
        for column, text in new.names:
            key = name_key(text)
            if key in mine:
                continue
            mine.add(key)
            others = catalogue.owners(text) | ({ID + text} & catalogue.actors.keys())
            if others:
                clash(column, f"{text!r} would name both {_who(new.actor)} and {_list(others, catalogue)}")
            elif key in owner:
                other = owner[key]
                clash(column, f"{text!r} would name both {_who(new.actor)} and {_who(other.actor)} ({other.row.label})")
            else:
                owner[key] = new
    return problems


def _list(iris: set[str], catalogue: Catalogue) -> str:
    return ", ".join(sorted(_who(catalogue.actors[i]) for i in iris))


class ActorRow(RowChecks):
    """Turns one row of an actors file into a new actor, collecting a problem for every bad value."""

    def __init__(self, row: Row, catalogue: Catalogue) -> None:
        super().__init__(row)
        self.catalogue = catalogue

    def ident(self) -> str | None:
        value = self.text("id", required=True)
        if value is None:
            return None
        if not SLUG.fullmatch(value):
            slug = re.sub(r"[^a-z0-9]+", "-", value.casefold()).strip("-")
            self.problem("id", f"{value!r} is not a slug (lower-case letters, digits, hyphens): {slug!r}?")
            return None
        known = self.catalogue.actors.get(ID + value)
        if known is not None:
            self.problem(
                "id",
                f"{value!r} is already in the catalogue: {_who(known)}, of type {known.type}; an actors file adds new "
                "actors (loaded before? load the claims alone)",
            )
            return None
        return value

    def kind(self) -> str | None:
        kind = self.resolved("type", self.text("type", required=True), self.catalogue.resolve_class, "the types are")
        return None if kind is None else kind.removeprefix(ENT)

    def names(self, column: str) -> tuple[str, ...]:
        cell = self.text(column) or ""
        names = [n.strip() for n in cell.split(ALIAS_SEPARATOR)]
        return tuple(dict.fromkeys(n for n in names if n and self.safe(column, n)))

    def codes(self) -> tuple[str, ...]:
        codes = tuple(c.upper() for c in self.names("iso_code"))
        for code in codes:
            if not re.fullmatch(r"[A-Z]{2,3}", code):
                self.problem("iso_code", f"{code!r} is not an ISO 3166-1 code (two or three letters)")
        if len({len(c) for c in codes}) < len(codes):
            self.problem("iso_code", "at most one alpha-3 and one alpha-2 code")
        return codes

    def wikidata(self) -> str | None:
        value = self.text("wikidata")
        if value is not None and not QID.fullmatch(value):
            self.problem("wikidata", f"{value!r} is not a Wikidata id (Q and digits: Q159)")
            return None
        return value

    def actor(self) -> NewActor | None:
        ident, kind, label = self.ident(), self.kind(), self.text("label", required=True)
        aliases, codes, qid, note = self.names("aliases"), self.codes(), self.wikidata(), self.text("note")
        if kind == "ContestedTerritory" and note is None:
            self.problem("note", "a contested territory needs a note: how its status is described")
        if self.text("parent") and kind is not None and kind not in TERRITORIES:
            self.problem("parent", f"only a territory has a parent state; this row's type is {kind}")
        if self.problems or ident is None or kind is None or label is None:
            return None
        return NewActor(Actor(ID + ident, label, kind), aliases, codes, qid, note, self.row)

    def with_parent(self, new: NewActor, catalogue: Catalogue) -> NewActor:
        """The actor with its parent state resolved against the catalogue and the file's actors."""
        name = self.text("parent")
        if name is None:
            return new
        parent: str | None = None
        found = self.resolved("parent", name, catalogue.resolve_actor)
        if found is not None and found.type != "State":
            self.problem("parent", f"{name!r} is {_who(found)}, of type {found.type}; a parent is a State")
        elif found is not None:
            parent = found.iri
        return NewActor(new.actor, new.aliases, new.codes, new.wikidata, new.note, new.row, parent)
