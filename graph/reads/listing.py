"""Claims across the graph, filtered and paged: the claims' ids in order first (one query over the
filters' patterns), then only the page's claims in full, so a page costs the same however many
claims match. Free text (``q``) goes through the search index (:mod:`graph.reads.search`)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from pyoxigraph import Literal, NamedNode

import queries
from graph.clocks import expand
from graph.errors import NotFoundError
from graph.index import claims_index
from graph.index.listing import ListingFilters, list_claims
from graph.model.catalogue import catalogue
from graph.model.ids import source_iri
from graph.namespaces import sparql
from graph.reads.claims import ClaimView, as_recorded, claims_from_rows, with_sources
from graph.reads.history import moment
from graph.reads.patterns import STATEMENT, VALID_TIME, claim, evidence
from graph.reads.relations import INDEX_PARAMETERS, Page, index_filters
from graph.sparql.named import bind_parameters
from graph.store.base import GraphStore
from graph.store.binding import bind_rows, bind_values

# The filters, written as a named query's header so that values are parsed (and actors and relation
# types resolved) as the named queries' are. Subject, relation, object and source are matched in
# the patterns (an unbound one matches any); status and asserter are FILTERs (see queries/claims.rq).
CLAIM_IDS = queries.parse_definition(
    "claim_list",
    sparql(
        """#+ title: Claims across the graph
#+ description: The ids of the claims that match, in order.
#+ param: subject actor -- only claims with this subject
#+ param: relation relation -- only this relation type
#+ param: object actor -- only claims with this object
#+ param: as_of date -- only claims valid on this date (valid time)
#+ param: known_at date -- only claims reported on or before this date (known time)
#+ param: min_confidence decimal -- only claims at least this confident (0 to 1)
#+ param: status status = asserted -- asserted, candidate, retracted or superseded
#+ param: recorded_at moment -- the graph as it was recorded at this moment (record time): an ISO date-time, or a date (its end, UTC)
#+ param: asserted_by actor -- only claims made by this party
#+ param: source iri -- only claims drawn from this source
SELECT DISTINCT ?claim ?_subject ?_relation ?_object WHERE {"""
        + claim(
            "subject",
            "relation",
            "object",
            "status",
            "confidence",
            "negated",
            "assertedBy",
            subject="?_subject",
            relation="?_relation",
            object="?_object",
        )
        + evidence("?_source")
        + VALID_TIME
        + """
  FILTER(ent:recordedAs(?claim, ?status, ?_status, ?_recorded_at))
  FILTER(!BOUND(?_asserted_by) || ?assertedBy = ?_asserted_by)
  FILTER(ent:validOn(?validFrom, ?validUntil, ?_as_of))
  FILTER(ent:knownBy(?published, ?_known_at))
  FILTER(!BOUND(?_min_confidence) || ?confidence >= ?_min_confidence)
}
ORDER BY ?_subject ?_relation ?_object ?claim
"""
    ),
)

# The page's claims in full, with the evidence the filters let through (known by then, from the source).
CLAIM_DETAILS = sparql(
    """
SELECT ?claim ?subject ?relation ?object ?negated ?status ?confidence ?assertedBy ?validFrom ?validUntil
       ?quote ?source ?published WHERE {"""
    + STATEMENT
    + evidence()
    + VALID_TIME
    + """
  FILTER(ent:knownBy(?published, ?_known_at))
  FILTER(!BOUND(?_source) || ?source = ?_source)
}
"""
)

SOURCE_EXISTS = sparql("ASK WHERE { ?_source a ent:Source }")


def find_claims(
    store: GraphStore,
    filters: Mapping[str, str],
    *,
    limit: int,
    offset: int,
    only: Collection[str] | None = None,
    indexed: bool = True,
) -> Page[ClaimView]:
    """Claims matching ``filters`` (subject, relation, object, as_of, known_at, min_confidence,
    status, asserted_by, source, recorded_at: strings, as a URL gives them), ordered by subject,
    relation, object and id; with ``only``, just those of these claim IRIs. One page, with the total.
    With ``recorded_at``, the claims the graph held then, each with the status it had then.
    The page's ids and the total come from the claims index when it can answer the filters exactly
    (``indexed=False``: through SPARQL whatever it could do); the page's claims always from SPARQL."""
    params = dict(filters)
    if params.get("source"):
        params["source"] = _source(store, params["source"])
    bindings = bind_parameters(store, CLAIM_IDS, params)
    chosen = listing_filters(bindings) if indexed and only is None else None
    index = claims_index(store) if chosen is not None else None
    listed = list_claims(index, chosen, limit, offset) if index is not None and chosen is not None else None
    if listed is not None:
        return Page(read_claims(store, listed.claims, bindings), listed.total, limit, offset)
    ids = [c.value for c, *_ in store.select(expand(CLAIM_IDS.text), bindings).rows if isinstance(c, NamedNode)]
    if only is not None:
        wanted = set(only)
        ids = [i for i in ids if i in wanted]
    shown = ids[offset : offset + limit]
    claims = read_claims(store, shown, bindings)
    if params.get("recorded_at"):
        as_recorded(store, claims, moment(params["recorded_at"]))
    return Page(claims, len(ids), limit, offset)


def read_claims(
    store: GraphStore, iris: list[str], bindings: Mapping[str, NamedNode | Literal | None] | None = None
) -> list[ClaimView]:
    """The claims ``iris`` in full, in that order, with the evidence ``bindings`` lets through
    (``_known_at``, ``_source``) and the sources' titles."""
    if not iris:
        return []
    wanted = {
        "_known_at": None,
        "_source": None,
        **{k: v for k, v in (bindings or {}).items() if k in ("_known_at", "_source")},
    }
    query = bind_rows(bind_values(CLAIM_DETAILS, wanted), "claim", [NamedNode(i) for i in iris])
    found = {c.iri: c for c in claims_from_rows(catalogue(store), store.select(query).dicts())}
    return with_sources(store, [found[i] for i in iris if i in found])


def listing_filters(bound: Mapping[str, NamedNode | Literal | None]) -> ListingFilters | None:
    """The listing's bound parameters as the index's filters; None when one is a parameter the index
    cannot answer exactly (a source, a moment of record time, a malformed date, ...). Subject,
    relation and object are read as the lookup reads its actor and relation (:func:`index_filters`)."""
    if bound.get("_source") is not None:
        return None
    for name in ("_subject", "_object"):
        if bound.get(name) is not None and not isinstance(bound.get(name), NamedNode):
            return None
    ends = {k: v for k, v in bound.items() if k not in ("_subject", "_object", "_source")}
    if set(ends) - INDEX_PARAMETERS:
        return None
    placeholder = NamedNode("urn:entente:listing")  # the lookup's actor and direction, not used here
    common = index_filters({**ends, "_actor": placeholder, "_direction": Literal("both")})
    if common is None:
        return None
    subject, object_ = bound.get("_subject"), bound.get("_object")
    return ListingFilters(
        subject=subject.value if isinstance(subject, NamedNode) else None,
        relation=common.relation,
        object=object_.value if isinstance(object_, NamedNode) else None,
        status=common.status,
        asserted_by=common.asserted_by,
        as_of=common.as_of,
        known_at=common.known_at,
        min_confidence=common.min_confidence,
    )


def _source(store: GraphStore, key: str) -> str:
    try:
        node = NamedNode(source_iri(key.strip()))
    except ValueError:
        raise NotFoundError("source", key) from None
    if not store.ask(SOURCE_EXISTS, {"_source": node}):
        raise NotFoundError("source", key, hint="see /sources or `entente query` for the sources' ids")
    return node.value
