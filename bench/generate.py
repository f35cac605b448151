"""A deterministic synthetic world: N claims over about N/100 actors, as claims CSV and N-Quads.

The states come from the catalogue; blocs and people are generated and written as an extra
catalogue file (Turtle) that a store loads before the claims. Actors are mentioned with a
heavy-tailed (Zipf-like) frequency, as in news; the relation mix is that of event data
(:data:`bench.vocabulary.RELATION_MIX`); dates span twenty years; a quarter of the events are
reported by two to four sources; each source document carries one to a dozen claims.

The N-Quads are what entente stores for the CSV, made by entente's own conversion
(:func:`graph.intake.claims_format.read_claims` and :func:`graph.intake.load.claims_to_quads`), without duplicates.

    python -m bench.generate --claims 100000 --out bench/data/100000
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

from pyoxigraph import RdfFormat, serialize

from bench import vocabulary as words
from graph.errors import AmbiguousNameError, NotFoundError
from graph.intake.claims_format import COLUMNS, read_claims
from graph.intake.load import base_quads, claims_to_quads, rdf_quads
from graph.model.catalogue import Actor, Catalogue, name_key, read_catalogue
from graph.namespaces import ACTORS_GRAPH
from graph.store.embedded import EmbeddedStore

VERSION = 2  # bump when the output for a given seed changes
HEADER = [c for c in COLUMNS if c not in ("quote_start", "quote_end")]  # the intake format, offsets aside
START, END = date(2005, 1, 1), date(2024, 12, 31)
CHUNK_ROWS = 50_000  # rows converted to quads at once (at a source boundary)
MULTI_SOURCE_SHARE = 0.25  # events reported by 2-4 sources


@dataclass(frozen=True)
class BenchActor:
    id: str
    label: str
    type: str  # State, Bloc or Person
    generated: bool
    name: str  # how the CSV names it: the label where it resolves uniquely, else the id


@dataclass(frozen=True)
class Event:
    subject: BenchActor
    relation: str
    object: BenchActor
    valid_from: date
    valid_until: date | None


@dataclass(frozen=True)
class Manifest:
    claims: int
    seed: int
    actors: int
    sources: int
    quads: int
    version: int
    sha256: dict[str, str]

    def json(self) -> str:
        return json.dumps(vars(self), indent=2, sort_keys=True) + "\n"


def base_catalogue(extra_turtle: str | None = None) -> Catalogue:
    """The catalogue of the ontology files, plus ``extra_turtle`` (a generated catalogue file)."""
    scratch = EmbeddedStore()
    scratch.add(base_quads())
    if extra_turtle:
        scratch.add(rdf_quads(extra_turtle.encode(), "bench-actors.ttl", ACTORS_GRAPH))
    return read_catalogue(scratch)


def actor_count(claims: int) -> int:
    return max(12, claims // 100)


def make_actors(claims: int, rng: random.Random, known: Catalogue) -> list[BenchActor]:
    """About ``claims / 100`` actors, ranked by how often news mentions them (most often first)."""
    total = actor_count(claims)
    by_type: dict[str, list[Actor]] = {}
    for _, actor in sorted(known.actors.items()):
        by_type.setdefault(actor.type, []).append(actor)
    major = [known.resolve_actor(i) for i in words.MAJOR_STATES]
    others = [a for a in by_type["State"] if a not in major]
    rng.shuffle(others)
    n_states = min(len(by_type["State"]), round(total * 0.6))
    n_blocs = max(2, round((total - n_states) * 0.12))
    n_people = total - n_states - n_blocs
    blocs = by_type.get("Bloc", [])[:n_blocs]
    people = by_type.get("Person", [])[:n_people]
    chosen = [(a.id, a.label, a.type, False) for a in (major + others)[:n_states] + blocs + people]
    taken = {name_key(n) for a in known.actors.values() for n in [a.label, *known.names_of(a.iri)]}
    taken |= {a.id for a in known.actors.values()}
    chosen += [(slug(name), name, "Bloc", True) for name in _names(rng, _bloc_name, n_blocs - len(blocs), taken)]
    chosen += [(slug(name), name, "Person", True) for name in _names(rng, _person_name, n_people - len(people), taken)]
    head, tail = chosen[:6], chosen[6:]
    rng.shuffle(tail)  # the big states lead; everyone else is mentioned at random ranks
    return [BenchActor(actor_id, label, kind, generated, actor_id) for actor_id, label, kind, generated in head + tail]


def with_csv_names(actors: Sequence[BenchActor], known: Catalogue) -> list[BenchActor]:
    """The actors, named in the CSV by label where the label resolves to them, else by id."""
    named = []
    for actor in actors:
        try:
            found = known.resolve_actor(actor.label).id == actor.id
        except (NotFoundError, AmbiguousNameError):
            found = False
        named.append(BenchActor(actor.id, actor.label, actor.type, actor.generated, actor.label if found else actor.id))
    return named


def _names(rng: random.Random, make: Callable[[random.Random], str], count: int, taken: set[str]) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = make(rng)
        if name_key(name) not in taken and slug(name) not in taken:
            taken |= {name_key(name), slug(name)}
            names.append(name)
    return names


def _person_name(rng: random.Random) -> str:
    surname = rng.choice(words.SURNAME_HEADS) + rng.choice(words.SURNAME_TAILS)
    if rng.random() < 0.5:
        surname = rng.choice(words.SURNAME_HEADS) + rng.choice(words.SURNAME_TAILS).lower() + "-" + surname
    return f"{rng.choice(words.FIRST_NAMES)} {surname}"


def _bloc_name(rng: random.Random) -> str:
    return f"{rng.choice(words.BLOC_ADJECTIVES)} {rng.choice(words.BLOC_THEMES)} {rng.choice(words.BLOC_NOUNS)}"


def slug(text: str) -> str:
    return "".join(c if c.isalnum() and c.isascii() else "-" for c in text.lower()).strip("-").replace("--", "-")


def actors_turtle(actors: Sequence[BenchActor]) -> str:
    lines = [
        "# The generated blocs and people of a synthetic benchmark world (bench/generate.py).",
        "@prefix ent: <https://w3id.org/entente/ontology#> .",
        "@prefix id: <https://w3id.org/entente/id/> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "",
    ]
    for actor in actors:
        if actor.generated:
            label = actor.label.replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'id:{actor.id} a ent:{actor.type} ; skos:prefLabel "{label}"@en .')
    return "\n".join(lines) + "\n"


class Writer:
    """Draws events and claims from the seeded random stream."""

    def __init__(self, rng: random.Random, actors: Sequence[BenchActor]) -> None:
        self.rng = rng
        self.actors = list(actors)
        self.cumulative = list(accumulate(1 / (rank + 20) for rank in range(len(actors))))
        self.blocs = [a for a in actors if a.type == "Bloc"]
        self.bloc_cumulative = list(accumulate(1 / (rank + 5) for rank in range(len(self.blocs))))
        self.relations = list(words.RELATION_MIX)
        self.relation_cumulative = list(accumulate(words.RELATION_MIX.values()))

    def pick(self, cumulative: list[float]) -> int:
        return bisect(cumulative, self.rng.random() * cumulative[-1])

    def actor(self, other_than: BenchActor | None = None) -> BenchActor:
        while True:
            actor = self.actors[self.pick(self.cumulative)]
            if actor is not other_than:
                return actor

    def event(self, published: date) -> Event:
        relation = self.relations[self.pick(self.relation_cumulative)]
        if relation == "memberOf" and self.blocs:
            subject = self.actor()
            while subject.type == "Bloc":
                subject = self.actor()
            obj = self.blocs[self.pick(self.bloc_cumulative)]
        else:
            relation = "cooperatesWith" if relation == "memberOf" else relation
            subject = self.actor()
            obj = self.actor(other_than=subject)
        valid_from = max(START, published - timedelta(days=self.rng.randrange(0, 46)))
        until = None
        if self.rng.random() < 0.25:
            until = min(END, valid_from + timedelta(days=self.rng.randrange(30, 1500)))
        return Event(subject, relation, obj, valid_from, until)

    def quote(self, event: Event, negated: bool) -> str:
        rng = self.rng
        fill = {
            "s": event.subject.label,
            "o": event.object.label,
            "topic": rng.choice(words.TOPICS),
            "issue": rng.choice(words.ISSUES),
            "merit": rng.choice(words.MERITS),
            "demand": rng.choice(words.DEMANDS),
            "consequence": rng.choice(words.CONSEQUENCES),
            "sector": rng.choice(words.SECTORS),
        }
        text = rng.choice(words.TEMPLATES[event.relation]).format(**fill)
        speaker = rng.choice(words.SPEAKERS)
        if negated:
            text = f"{speaker.capitalize()} denied reports that {text}"
        else:
            text = f"{text[0].upper()}{text[1:]}, {speaker} said {rng.choice(words.WHEN)} {rng.choice(words.PLACES)}"
        text += ". " + rng.choice(words.BACKGROUND).format(topic=rng.choice(words.TOPICS))
        if rng.random() < 0.3:
            text += " " + rng.choice(words.BACKGROUND).format(topic=rng.choice(words.TOPICS))
        return text

    def row(self, event: Event, source: list[str]) -> list[str]:
        rng = self.rng
        negated = rng.random() < 0.03
        asserted_by = ""
        if rng.random() < 0.35:
            asserted_by = event.subject.name if rng.random() < 0.7 else self.actor().name
        roll = rng.random()
        status = "retracted" if roll < 0.01 else "candidate" if roll < 0.03 else "asserted"
        confidence = f"{rng.randrange(50, 101) / 100:.2f}"
        return [
            event.subject.name,
            event.relation,
            event.object.name,
            event.valid_from.isoformat(),
            event.valid_until.isoformat() if event.valid_until else "",
            asserted_by,
            status,
            confidence,
            "true" if negated else "false",
            self.quote(event, negated),
            *source,
        ]


def generate_rows(claims: int, seed: int, actors: Sequence[BenchActor]) -> Iterator[list[list[str]]]:
    """The CSV rows (without header), one list per source document, in order of publication."""
    rng = random.Random(seed)
    writer = Writer(rng, actors)
    sources = max(1, claims // 4)
    span = (END - START).days
    pending: list[Event] = []  # events that later sources report again
    emitted = 0
    for number in range(sources * 4):  # more than enough; stops at ``claims``
        published = START + timedelta(days=min(span, number * span // sources))
        outlet, domain = rng.choice(words.OUTLETS)
        size = min(claims - emitted, 1 + min(11, int(rng.expovariate(1 / 3))))
        events: list[Event] = []
        while pending and len(events) < size and rng.random() < 0.6:
            again = pending.pop(rng.randrange(max(0, len(pending) - 20), len(pending)))  # a recent one
            if again not in events:
                events.append(again)
        while len(events) < size:
            event = writer.event(published)
            events.append(event)
            if rng.random() < MULTI_SOURCE_SHARE:
                pending.extend([event] * rng.randrange(1, 4))
        lead = events[0]
        headline = words.HEADLINES[lead.relation].format(s=lead.subject.label, o=lead.object.label)
        url = f"https://{domain}/{published:%Y/%m/%d}/{slug(headline)[:60]}-{number}"
        source = [url, f"{outlet}: {headline}", outlet, published.isoformat()]
        rows: list[list[str]] = []
        seen: set[tuple[str, ...]] = set()
        for event in events:
            row = writer.row(event, source)
            key = tuple(row[:10])
            if key not in seen:
                seen.add(key)
                rows.append(row)
        emitted += len(rows)
        yield rows
        if emitted >= claims:
            return


def csv_bytes(rows: Sequence[Sequence[str]], header: bool = True) -> bytes:
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    if header:
        out.writerow(HEADER)
    out.writerows(rows)
    return buffer.getvalue().encode()


def nquads(rows: Sequence[Sequence[str]], known: Catalogue) -> bytes:
    """The quads entente stores for ``rows``, made by entente's own intake, without duplicates."""
    claims = read_claims(csv_bytes(rows), "bench.csv", known)
    quads = list(dict.fromkeys(claims_to_quads(claims, known)))
    return serialize(quads, format=RdfFormat.N_QUADS) or b""


def write_world(out: Path, claims: int, seed: int = 1) -> Manifest:
    """Write ``actors.ttl`` (the generated catalogue), ``actors.txt`` (every actor's id),
    ``claims.csv``, ``claims.nq`` and ``manifest.json`` to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"actors-{seed}")
    actors = make_actors(claims, rng, base_catalogue())
    turtle = actors_turtle(actors)
    known = base_catalogue(turtle)
    actors = with_csv_names(actors, known)
    (out / "actors.ttl").write_text(turtle, encoding="utf-8")
    (out / "actors.txt").write_text("".join(a.id + "\n" for a in actors), encoding="utf-8")  # most mentioned first
    rows_written = sources = quads = 0
    with (out / "claims.csv").open("wb") as csv_file, (out / "claims.nq").open("wb") as nq_file:
        csv_file.write(csv_bytes([]))
        chunk: list[list[str]] = []
        for source_rows in generate_rows(claims, seed, actors):
            sources += 1
            chunk.extend(source_rows)
            if len(chunk) >= CHUNK_ROWS:
                quads += _flush(chunk, known, csv_file, nq_file)
                rows_written += len(chunk)
                chunk = []
        if chunk:
            quads += _flush(chunk, known, csv_file, nq_file)
            rows_written += len(chunk)
    digests = {name: _sha256(out / name) for name in ("actors.ttl", "actors.txt", "claims.csv", "claims.nq")}
    manifest = Manifest(rows_written, seed, len(actors), sources, quads, VERSION, digests)
    (out / "manifest.json").write_text(manifest.json(), encoding="utf-8")
    return manifest


def _flush(chunk: list[list[str]], known: Catalogue, csv_file: io.BufferedWriter, nq_file: io.BufferedWriter) -> int:
    csv_file.write(csv_bytes(chunk, header=False))
    data = nquads(chunk, known)
    nq_file.write(data)
    return data.count(b"\n")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ensure_world(out: Path, claims: int, seed: int = 1) -> Manifest:
    """The world in ``out``, generated unless a complete one of the same size, seed and version is there."""
    manifest_path = out / "manifest.json"
    if manifest_path.is_file():
        found = json.loads(manifest_path.read_text(encoding="utf-8"))
        if (found.get("claims"), found.get("seed"), found.get("version")) == (claims, seed, VERSION) and all(
            (out / name).is_file() for name in found.get("sha256", {})
        ):
            return Manifest(**found)
    return write_world(out, claims, seed)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    print(write_world(args.out, args.claims, args.seed).json(), end="")


if __name__ == "__main__":
    main()
