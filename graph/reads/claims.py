"""Reading claims back: one claim by id with its evidence and source, and claims from query rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from pyoxigraph import Literal, NamedNode

from graph.errors import NotFoundError
from graph.model.catalogue import Catalogue, catalogue
from graph.model.ids import claim_id, claim_iri, short_id, source_id
from graph.model.terms import as_date, plain, status_name
from graph.namespaces import ENT, sparql
from graph.reads.history import history, recorded_by, status_at
from graph.reads.patterns import STATEMENT, VALID_TIME
from graph.sparql.named import run_named_query
from graph.store.base import GraphStore, Term
from graph.store.binding import bind_rows

CLAIM_QUERY = sparql(
    """
SELECT ?subject ?relation ?object ?negated ?status ?confidence ?assertedBy ?validFrom ?validUntil ?supersededBy
       ?revisionOf WHERE {
  ?claim a ent:Claim ."""
    + STATEMENT
    + VALID_TIME
    + """
  OPTIONAL { ?claim ent:supersededBy ?supersededBy }
  OPTIONAL { ?claim prov:wasRevisionOf ?revisionOf }
}
"""
)

# Titles and pages of the sources a page of claims cites: nested single-pattern OPTIONALs.
SOURCE_INFO_QUERY = sparql(
    """
SELECT ?source ?title ?url WHERE {
  OPTIONAL { ?source dct:title ?title }
  OPTIONAL { ?source foaf:page ?url }
}
"""
)


@dataclass(frozen=True)
class ActorRef:
    """An actor (or any IRI) as a response names it: short id, IRI and label."""

    id: str
    iri: str
    label: str


@dataclass(frozen=True)
class EvidenceView:
    quote: str
    source: str  # the source's id, as /sources/{id} takes it
    source_iri: str
    published: date | None
    title: str | None = None
    url: str | None = None


@dataclass
class ClaimView:
    id: str
    iri: str
    subject: ActorRef
    relation: str
    relation_label: str
    object: ActorRef
    negated: bool
    status: str
    confidence: float
    asserted_by: ActorRef
    valid_from: date | None
    valid_until: date | None
    evidence: list[EvidenceView] = field(default_factory=list)
    superseded_by: str | None = None  # the corrected claim that replaced this one (its id)
    revision_of: str | None = None  # the claim this one corrected (its id)


def actor_ref(known: Catalogue, term: Term | None) -> ActorRef:
    iri = str(plain(term))
    return ActorRef(short_id(iri), iri, known.label(iri))


def relation_names(known: Catalogue, term: Term | None) -> tuple[str, str]:
    """A relation type's name and label; for one the catalogue does not know, its IRI less ``ent:``."""
    iri = str(plain(term))
    relation = known.relations.get(iri)
    return (relation.name, relation.label) if relation else (iri.removeprefix(ENT), iri.removeprefix(ENT))


def with_sources(store: GraphStore, claims: list[ClaimView]) -> list[ClaimView]:
    """``claims`` with their evidence's source titles and URLs filled in (one query for all)."""
    iris = sorted({e.source_iri for c in claims for e in c.evidence if e.title is None and e.url is None})
    if not iris:
        return claims
    info: dict[str, tuple[str | None, str | None]] = {}
    for source, title, url in store.select(bind_rows(SOURCE_INFO_QUERY, "source", [NamedNode(i) for i in iris])).rows:
        if isinstance(source, NamedNode):
            info[source.value] = (
                title.value if isinstance(title, Literal) else None,
                url.value if isinstance(url, NamedNode) else None,
            )
    for claim in claims:
        claim.evidence = [
            replace(e, title=info[e.source_iri][0], url=info[e.source_iri][1]) if e.source_iri in info else e
            for e in claim.evidence
        ]
    return claims


def as_recorded(store: GraphStore, claims: Iterable[ClaimView], at: datetime) -> None:
    """Give each of ``claims`` the status it had at ``at`` (record time)."""
    for claim in claims:
        claim.status = status_at(history(store, claim.id), claim.status, at)


def claims_from_rows(known: Catalogue, rows: Iterable[Mapping[str, Term | None]]) -> list[ClaimView]:
    """Claims from rows of ``actor_relations`` or ``claims``, one row per claim and evidence."""
    claims: dict[str, ClaimView] = {}
    for row in rows:
        claim = row["claim"]
        assert isinstance(claim, NamedNode)
        view = claims.get(claim.value)
        if view is None:
            view = claims[claim.value] = claim_view(known, claim.value, row)
        source = row.get("source")
        quote = row.get("quote")
        if isinstance(source, NamedNode) and isinstance(quote, Literal):
            evidence = EvidenceView(quote.value, source_id(source.value), source.value, as_date(row.get("published")))
            if evidence not in view.evidence:
                view.evidence.append(evidence)
    return list(claims.values())


def claim_view(known: Catalogue, iri: str, row: Mapping[str, Term | None]) -> ClaimView:
    confidence = plain(row.get("confidence"))
    relation, label = relation_names(known, row.get("relation"))
    return ClaimView(
        id=claim_id(iri),
        iri=iri,
        subject=actor_ref(known, row.get("subject")),
        relation=relation,
        relation_label=label,
        object=actor_ref(known, row.get("object")),
        negated=plain(row.get("negated")) is True,
        status=status_name(row.get("status")),
        confidence=float(confidence) if isinstance(confidence, int | float) else 0.0,
        asserted_by=actor_ref(known, row.get("assertedBy")),
        valid_from=as_date(row.get("validFrom")),
        valid_until=as_date(row.get("validUntil")),
    )


def read_claim(store: GraphStore, key: str, recorded_at: datetime | None = None) -> ClaimView:
    """One claim with all its evidence and their sources; :class:`NotFoundError` if there is none.
    With ``recorded_at``, the claim as the graph said then: its status at that moment, and not
    found if it was not recorded yet."""
    iri = claim_iri(key)
    try:
        node = NamedNode(iri)
    except ValueError:
        raise NotFoundError("claim", key) from None
    result = store.select(CLAIM_QUERY, {"claim": node}).dicts()
    if not result:
        raise NotFoundError("claim", key)
    known = catalogue(store)
    view = claim_view(known, iri, result[0])
    later, earlier = result[0].get("supersededBy"), result[0].get("revisionOf")
    view.superseded_by = claim_id(later.value) if isinstance(later, NamedNode) else None
    view.revision_of = claim_id(earlier.value) if isinstance(earlier, NamedNode) else None
    if recorded_at is not None:
        events = history(store, key)
        if not recorded_by(events, recorded_at):
            raise NotFoundError("claim", key, hint=f"it was recorded after {recorded_at.isoformat()}")
        view.status = status_at(events, view.status, recorded_at)
        if view.status != "superseded":
            view.superseded_by = None
    for row in run_named_query(store, "evidence_for", {"claim": iri}).dicts():
        source, quote = row["source"], row["quote"]
        if not (isinstance(source, NamedNode) and isinstance(quote, Literal)):
            continue
        title, url = row.get("title"), row.get("url")
        view.evidence.append(
            EvidenceView(
                quote=quote.value,
                source=source_id(source.value),
                source_iri=source.value,
                published=as_date(row.get("published")),
                title=title.value if isinstance(title, Literal) else None,
                url=url.value if isinstance(url, NamedNode) else None,
            )
        )
    return view
