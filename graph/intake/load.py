"""Loading RDF, actors and claims files into a store: parsed and checked whole, then written at once.

A batch of files is read completely before anything is written, so an error in any line of
any file leaves the store unchanged. Actors files (CSV or JSON whose header has ``id``,
``type`` and ``label``) are read first, whatever their place in the batch: they extend a copy
of the catalogue, against which the batch's claims are resolved; their actors go to the
catalogue's graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat

from graph.errors import InputError, Problem
from graph.intake.actors_format import is_actors_file, read_actors
from graph.intake.audit import GENERATED_BY, Activity, recorder
from graph.intake.claims_format import iter_claims, read_claims
from graph.intake.lifecycle import change_statuses
from graph.intake.rdf import parse_rdf
from graph.intake.safety import check_labels, check_rdf
from graph.model.catalogue import Catalogue, catalogue, read_catalogue
from graph.model.claim import Claim, claim_node_quads, claim_quads, edge_quads, source_quads
from graph.model.terms import status_name
from graph.namespaces import ACTORS_GRAPH, CLAIM, ONTOLOGY_GRAPH, RDF_TYPE, STATUS, sparql
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore
from ontology import CATALOGUE_FILES, REFERENCE_DIR

RDF_EXTENSIONS = {
    ".ttl": RdfFormat.TURTLE,
    ".trig": RdfFormat.TRIG,
    ".nt": RdfFormat.N_TRIPLES,
    ".nq": RdfFormat.N_QUADS,
    ".jsonld": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
    ".xml": RdfFormat.RDF_XML,
}
CLAIMS_EXTENSIONS = {".csv", ".json"}

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class LoadReport:
    files: int
    claims: int
    quads: int
    actors: int = 0


def is_claims_file(name: str) -> bool:
    """Whether a file is tabular (CSV or JSON): a claims file, or an actors file by its header."""
    return Path(name).suffix.lower() in CLAIMS_EXTENSIONS


@dataclass
class ActorsFirst:
    """The actors files of a batch, read before anything else: the catalogue extended with their
    actors (a copy), the actors' quads, and which inputs they were."""

    catalogue: Catalogue
    quads: list[Quad]
    actors: int
    inputs: frozenset[int]
    problems: list[Problem]


def read_actors_first(known: Catalogue, inputs: Sequence[tuple[str, bytes]]) -> ActorsFirst:
    """Read every actors file of ``inputs`` (whatever its place), each against the catalogue as
    extended by those before it; every problem is collected, nothing raised."""
    quads: list[Quad] = []
    problems: list[Problem] = []
    actors, found = 0, set()
    for index, (name, data) in enumerate(inputs):
        if not (is_claims_file(name) and is_actors_file(data, name)):
            continue
        found.add(index)
        try:
            read = read_actors(data, name, known)
        except InputError as error:
            problems.extend(error.problems)
            continue
        known = read.catalogue
        quads.extend(read.quads())
        actors += len(read.actors)
        problems.extend(read.problems)
    return ActorsFirst(known, quads, actors, frozenset(found), problems)


def rdf_format(name: str) -> RdfFormat:
    suffix = Path(name).suffix.lower()
    if suffix not in RDF_EXTENSIONS:
        known = ", ".join(sorted(RDF_EXTENSIONS) + sorted(CLAIMS_EXTENSIONS))
        raise InputError(Problem(f"unknown file type {suffix or '(none)'!r}; expected one of {known}", file=name))
    return RDF_EXTENSIONS[suffix]


def rdf_quads(data: bytes, name: str, graph: NamedNode | None = None) -> list[Quad]:
    """Parse an RDF file; triples go to ``graph`` (or the default graph)."""
    fmt = rdf_format(name)
    data = data.removeprefix(b"\xef\xbb\xbf")  # spreadsheets and Windows editors write a BOM
    check_rdf(data, fmt, name)
    quads = parse_rdf(data, fmt, name=name, base_iri=Path(name).resolve().as_uri())
    check_labels(quads, name)
    if graph is not None and not fmt.supports_datasets:
        quads = [Quad(q.subject, q.predicate, q.object, graph) for q in quads]
    return quads


def claims_to_quads(claims: Sequence[Claim], known: Catalogue) -> list[Quad]:
    quads: list[Quad] = []
    for claim in claims:
        quads.extend(claim_quads(claim, known.relations[claim.relation].symmetric))
    return quads


def read_batch(
    store: GraphStore, inputs: Sequence[tuple[str, bytes]], progress: Progress | None = None
) -> tuple[list[Quad], int]:
    """Read every input (name, bytes) into quads, or raise one InputError with all problems.
    Actors files are read first, whatever their place, and the claims resolved against the
    catalogue they extend."""
    first = read_actors_first(catalogue(store), inputs)
    quads, problems, known = list(first.quads), list(first.problems), first.catalogue
    claims = 0
    for index, (name, data) in enumerate(inputs):
        try:
            if index in first.inputs:
                pass  # an actors file: read first, above
            elif is_claims_file(name):
                batch = read_claims(data, name, known)
                claims += len(batch)
                quads.extend(claims_to_quads(batch, known))
            else:
                quads.extend(rdf_quads(data, name))
        except InputError as error:
            problems.extend(error.problems)
        if progress:
            progress(name, len(data))
    if problems:
        raise InputError(problems)
    return quads, claims


class QuadStream:
    """The quads of a batch of inputs, read, checked and made as a store takes them.

    Iterating yields the quads of every input, then raises one :class:`InputError` with every
    problem if there are any: a store must write nothing unless the iteration ends cleanly
    (``list()`` first, or pyoxigraph's bulk loader, which ingests its files only at the end).
    A source's own quads come once, not once a claim; ``claims`` and ``quads`` count as
    :func:`read_batch` does.

    With an ``activity`` the load is recorded (:mod:`graph.intake.audit`): each claim new to the
    store points to it (a claim is recorded once, by the load that first wrote it), and the
    activity is written with the first of them (a load that adds no claim leaves no trace); that
    record is not counted in ``quads``. With a ``store``, a claim it already holds under another
    status keeps one status: the new one is not written but gathered in ``changes``, for
    :func:`apply_changes` to make a recorded status change once the quads are in.
    """

    def __init__(
        self,
        known: Catalogue,
        inputs: Sequence[tuple[str, bytes]],
        progress: Progress | None,
        store: GraphStore | None = None,
        activity: Activity | None = None,
        *,
        keep: bool = False,
    ) -> None:
        self.known = known
        self.keep = keep
        self.inputs = inputs
        self.progress = progress
        self.store = store
        self.activity = activity
        self._node = None if activity is None else activity.node  # hashed once, not once a claim
        self.claims = 0
        self.quads = 0
        self.actors = 0
        self.read: list[Claim] = []  # the claims read, when ``keep``
        self.changes: list[tuple[NamedNode, NamedNode, str]] = []  # claim, its graph, its new status
        self._problems: list[Problem] = []
        self._recorded = False  # whether the activity's own quads have been given
        self._held: dict[str, bool] = {}  # source IRI -> whether the store held its graph before

    @property
    def size_hint(self) -> int:
        """About how many quads: at least 14 a claims line (claim, evidence, source)."""
        return sum(14 * data.count(b"\n") if is_claims_file(name) else len(data) // 100 for name, data in self.inputs)

    def __iter__(self) -> Iterator[Quad]:
        first = read_actors_first(self.known, self.inputs)
        problems = self._problems = list(first.problems)
        self.known, self.actors, self.quads = first.catalogue, first.actors, len(first.quads)
        if not problems:
            yield from first.quads
        sources: dict[str, int] = {}  # source IRI -> how many quads of its own
        for index, (name, data) in enumerate(self.inputs):
            try:
                if index in first.inputs:
                    pass  # an actors file: read first, above
                elif is_claims_file(name):
                    for claim in iter_claims(data, name, self.known):
                        self.claims += 1
                        if self.keep:
                            self.read.append(claim)
                        quads = self._claim(claim, sources, name)
                        if not problems:
                            yield from quads
                else:
                    quads = rdf_quads(data, name)
                    self.quads += len(quads)
                    if not problems:
                        yield from quads
            except InputError as error:
                problems.extend(error.problems)
            if self.progress:
                self.progress(name, len(data))
        if problems:
            raise InputError(problems)

    def _claim(self, claim: Claim, sources: dict[str, int], name: str) -> list[Quad]:
        quads = claim_node_quads(claim)
        source = claim.source.iri.value
        stored = self._stored_status(claim)
        record: list[Quad] = []  # the load's own record: not counted among the data's quads
        if stored is None and self.activity is not None and self._node is not None:  # new: recorded by this load
            if not self._recorded:
                self._recorded = True
                record.extend(self.activity.quads())
            record.append(Quad(claim.iri, GENERATED_BY, self._node, claim.source.iri))
        elif stored is not None and stored != claim.status:
            if stored == "superseded":
                self._problems.append(
                    Problem(
                        f"the claim {claim.key} ({claim.quote[:40]!r}...) was superseded by a corrected "
                        "claim: correct that one (`entente claims history`), not this",
                        file=name,
                    )
                )
            quads = [q for q in quads if q.predicate != STATUS]
            self.changes.append((claim.iri, claim.source.iri, claim.status))
        if source in sources:
            self.quads += sources[source]
        else:
            own = source_quads(claim.source)
            sources[source] = len(own)
            quads.extend(own)
        quads.extend(edge_quads(claim, self.known.relations[claim.relation].symmetric))
        self.quads += len(quads)
        return quads + record

    def _stored_status(self, claim: Claim) -> str | None:
        """The status the store holds for ``claim`` (None if it holds none): asked only when the
        store held the claim's source before this load, so a load of new sources asks nothing."""
        if self.store is None:
            return None
        source = claim.source.iri
        if source.value not in self._held:
            self._held[source.value] = self.store.has_graph(source)
        if not self._held[source.value]:
            return None
        rows = self.store.select(STORED_STATUS, {"_claim": claim.iri, "_source": source}).rows
        return status_name(rows[0][0]) if rows else None


HOLDS_CLAIM = sparql("ASK WHERE { GRAPH ?g { ?_claim a ent:Claim } }")
STORED_STATUS = sparql("SELECT ?status WHERE { GRAPH ?_source { ?_claim ent:status ?status } } LIMIT 1")


def apply_changes(store: GraphStore, stream: QuadStream, by: str) -> None:
    """The status changes a reload asked for (``stream.changes``), made and recorded at once."""
    if stream.changes:
        change_statuses(store, stream.changes, by=by, reason="loaded with another status")


def load_files(
    store: GraphStore, paths: Sequence[Path], progress: Progress | None = None, *, by: str | None = None
) -> LoadReport:
    """Load RDF, actors and claims files atomically: every file, or (on any error) nothing. The
    load is recorded as done by ``by`` (default: the OS user); a claim the store holds under
    another status gets the file's status as a recorded change (one status a claim, always)."""
    inputs = []
    for path in paths:
        try:
            inputs.append((str(path), path.read_bytes()))
        except OSError as error:
            raise InputError(Problem(f"cannot read: {error.strerror}", file=str(path))) from error
    who = recorder(by)
    label = "load of " + ", ".join(Path(p).name for p in paths)
    stream = QuadStream(catalogue(store), inputs, progress, store, Activity("Load", who, label=label[:500]))
    store.add_stream(stream, stream.size_hint)
    apply_changes(store, stream, who)
    return LoadReport(len(paths), stream.claims, stream.quads, stream.actors)


def load_claims_bytes(store: GraphStore, data: bytes, name: str, *, by: str | None = None) -> list[Claim]:
    """Load one claims file given as bytes (an upload); atomic, recorded as done by ``by``.
    Returns the claims."""
    who = recorder(by)
    activity = Activity("Load", who, label="load of " + name)
    stream = QuadStream(catalogue(store), [(name, data)], None, store, activity, keep=True)
    store.add(list(stream))
    apply_changes(store, stream, who)
    return stream.read


def ontology_file(name: str) -> bytes:
    return files("ontology").joinpath(name).read_bytes()


@cache
def _base_quads() -> tuple[Quad, ...]:
    quads = rdf_quads(ontology_file("entente.ttl"), "ontology/entente.ttl", ONTOLOGY_GRAPH)
    for name in CATALOGUE_FILES:
        quads += rdf_quads(ontology_file(name), "ontology/" + name, ACTORS_GRAPH)
    return tuple(quads)


def base_quads() -> list[Quad]:
    """The ontology and the actor catalogue, each in its named graph."""
    return list(_base_quads())


def _claims_files(folder: str) -> list[tuple[str, bytes]]:
    directory = files("ontology").joinpath(folder)
    if not directory.is_dir():
        return []
    return [
        (f"ontology/{folder}/{entry.name}", entry.read_bytes())
        for entry in sorted(directory.iterdir(), key=lambda e: e.name)
        if is_claims_file(entry.name)
    ]


def seed_files() -> list[tuple[str, bytes]]:
    """The seed evidence: the claims of the first source (``ontology/seed/``)."""
    return _claims_files("seed")


def reference_files() -> list[tuple[str, bytes]]:
    """The reference evidence: memberships and leaders over time (``ontology/reference/``)."""
    return _claims_files(REFERENCE_DIR)


@cache
def _packaged_claims(seed: bool, reference: bool) -> tuple[tuple[int, int], tuple[Quad, ...]]:
    """The quads of the packaged claims files (parsed once a process: they never change)."""
    scratch = EmbeddedStore()
    scratch.add(_base_quads())
    known = read_catalogue(scratch)
    inputs = (seed_files() if seed else []) + (reference_files() if reference else [])
    quads: list[Quad] = []
    claims = 0
    for name, data in inputs:
        batch = read_claims(data, name, known)
        claims += len(batch)
        quads.extend(claims_to_quads(batch, known))
    return (len(inputs), claims), tuple(quads)


def init_store(store: GraphStore, *, seed: bool = True, reference: bool = False, by: str | None = None) -> LoadReport:
    """Load the ontology, the catalogue, the seed evidence (unless ``seed`` is false) and the
    reference evidence of memberships and leaders (if ``reference``), at once. A new store made
    by ``entente init`` or the server gets the reference too (``Settings.reference``); this
    function's default keeps the small seed world. The report counts distinct quads."""
    (files_read, claims), claim_quads = _packaged_claims(seed, reference)
    quads = [*_base_quads(), *claim_quads]
    made = [q for q in claim_quads if q.predicate == RDF_TYPE and q.object == CLAIM]
    if made and not store.ask(HOLDS_CLAIM, {"_claim": made[0].subject}):  # recorded once, when first written
        activity = Activity("Load", recorder(by), label="entente init")
        quads += activity.quads()
        quads += [Quad(q.subject, GENERATED_BY, activity.node, q.graph_name) for q in made]
    store.add(quads)
    return LoadReport(1 + len(CATALOGUE_FILES) + files_read, claims, len(set(quads)))
