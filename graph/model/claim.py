"""Claims, their evidence and sources, and how they become RDF.

Every claim becomes a claim node with its evidence and source, in the source's named graph,
plus a direct edge ``subject relation object`` when it is asserted and not negated. Identifiers
are hashes of content, so loading the same claim twice changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property, lru_cache
from json.encoder import encode_basestring as _json_string  # what json.dumps uses, ensure_ascii=False

from pyoxigraph import Literal, NamedNode, Quad

from graph.namespaces import (
    ASSERTED_BY,
    CLAIM,
    CONFIDENCE,
    DCT_ISSUED,
    DCT_PUBLISHER,
    DCT_SOURCE,
    DCT_TITLE,
    EVIDENCE,
    FOAF_PAGE,
    NEGATED,
    OBJECT,
    PROV_WAS_DERIVED_FROM,
    QUOTE,
    QUOTE_END,
    QUOTE_START,
    RDF_TYPE,
    RELATION,
    SOURCE,
    STATUS,
    STATUSES,
    SUBJECT,
    VALID_FROM,
    VALID_UNTIL,
    XSD_BOOLEAN,
    XSD_DATE,
    XSD_DECIMAL,
    XSD_INTEGER,
    instance,
)


@dataclass(frozen=True)
class SourceDoc:
    """A published document that claims are drawn from."""

    published: date
    title: str | None = None
    url: str | None = None
    publisher: str | None = None  # an actor IRI when the publisher is in the catalogue
    publisher_name: str | None = None  # else the name as given

    @cached_property
    def iri(self) -> NamedNode:
        key = self.url or "\x1f".join([self.title or "", self.publisher or self.publisher_name or ""])
        words = slugify(self.title or self.url or "source")[:48].strip("-")
        return instance(f"source/{self.published.isoformat()}-{words}-{digest(key, self.published.isoformat())[:8]}")


@dataclass(frozen=True)
class Claim:
    """One assertion: ``subject relation object``, with who says so, when it holds and the quote."""

    subject: str
    relation: str
    object: str
    source: SourceDoc
    quote: str
    asserted_by: str | None = None  # an actor IRI; None means the source asserts it itself
    status: str = "asserted"
    confidence: Decimal = Decimal(1)
    negated: bool = False
    valid_from: date | None = None
    valid_until: date | None = None
    quote_start: int | None = None
    quote_end: int | None = None

    @cached_property
    def iri(self) -> NamedNode:
        return instance("claim/" + self.key)

    @cached_property
    def key(self) -> str:
        """The content hash; status and confidence are left out so a review keeps the id."""
        return claim_key(
            self.subject,
            self.relation,
            self.object,
            self.asserted_by,
            self.negated,
            self.valid_from,
            self.valid_until,
            self.quote,
            self.source.iri.value,
        )

    @cached_property
    def evidence_iri(self) -> NamedNode:
        return instance("evidence/" + digest(self.source.iri.value, self.quote)[:16])

    @property
    def draws_edge(self) -> bool:
        return self.status == "asserted" and not self.negated


def claim_quads(claim: Claim, symmetric: bool = False) -> list[Quad]:
    """The quads of one claim, its evidence, its source, and its direct edge(s) where due."""
    quads = claim_node_quads(claim)
    quads.extend(source_quads(claim.source))
    quads.extend(edge_quads(claim, symmetric))
    return quads


def claim_node_quads(claim: Claim) -> list[Quad]:
    """The quads of the claim node and its evidence (without the source's own quads)."""
    graph = claim.source.iri
    node, evidence = claim.iri, claim.evidence_iri
    asserter = _node(claim.asserted_by) if claim.asserted_by else graph
    quads = [
        Quad(node, RDF_TYPE, CLAIM, graph),
        Quad(node, SUBJECT, _node(claim.subject), graph),
        Quad(node, RELATION, _node(claim.relation), graph),
        Quad(node, OBJECT, _node(claim.object), graph),
        Quad(node, ASSERTED_BY, asserter, graph),
        Quad(node, STATUS, STATUSES[claim.status], graph),
        Quad(node, CONFIDENCE, _decimal(str(claim.confidence)), graph),
        Quad(node, NEGATED, _TRUE if claim.negated else _FALSE, graph),
        Quad(node, PROV_WAS_DERIVED_FROM, evidence, graph),
        Quad(evidence, RDF_TYPE, EVIDENCE, graph),
        Quad(evidence, QUOTE, Literal(claim.quote), graph),
        Quad(evidence, DCT_SOURCE, graph, graph),
    ]
    if claim.valid_from:
        quads.append(Quad(node, VALID_FROM, date_literal(claim.valid_from), graph))
    if claim.valid_until:
        quads.append(Quad(node, VALID_UNTIL, date_literal(claim.valid_until), graph))
    if claim.quote_start is not None and claim.quote_end is not None:
        quads.append(Quad(evidence, QUOTE_START, Literal(str(claim.quote_start), datatype=XSD_INTEGER), graph))
        quads.append(Quad(evidence, QUOTE_END, Literal(str(claim.quote_end), datatype=XSD_INTEGER), graph))
    return quads


def edge_quads(claim: Claim, symmetric: bool = False) -> list[Quad]:
    """The direct edge(s) of a claim that draws one: asserted and not negated."""
    if not claim.draws_edge:
        return []
    graph = claim.source.iri
    subject, relation, obj = _node(claim.subject), _node(claim.relation), _node(claim.object)
    if symmetric:
        return [Quad(subject, relation, obj, graph), Quad(obj, relation, subject, graph)]
    return [Quad(subject, relation, obj, graph)]


# Terms that recur from claim to claim (actors, relation types, dates, confidences) are made once:
# pyoxigraph terms are immutable, and making one parses and checks its IRI.
_node = lru_cache(maxsize=1 << 16)(NamedNode)
_TRUE = Literal("true", datatype=XSD_BOOLEAN)
_FALSE = Literal("false", datatype=XSD_BOOLEAN)


@lru_cache(maxsize=1 << 12)
def _decimal(value: str) -> Literal:
    return Literal(value, datatype=XSD_DECIMAL)


def source_quads(source: SourceDoc) -> list[Quad]:
    graph = source.iri
    quads = [Quad(graph, RDF_TYPE, SOURCE, graph), Quad(graph, DCT_ISSUED, date_literal(source.published), graph)]
    if source.title:
        quads.append(Quad(graph, DCT_TITLE, Literal(source.title), graph))
    if source.url:
        quads.append(Quad(graph, FOAF_PAGE, NamedNode(source.url), graph))
    if source.publisher:
        quads.append(Quad(graph, DCT_PUBLISHER, NamedNode(source.publisher), graph))
    elif source.publisher_name:
        quads.append(Quad(graph, DCT_PUBLISHER, Literal(source.publisher_name), graph))
    return quads


@lru_cache(maxsize=1 << 16)
def date_literal(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD_DATE)


def digest(*parts: str) -> str:
    """The SHA-256 of ``json.dumps(parts, ensure_ascii=False)``, written out for speed (a claim
    takes three of these)."""
    return hashlib.sha256(("[" + ", ".join(map(_json_string, parts)) + "]").encode()).hexdigest()


def claim_key(
    subject: str,
    relation: str,
    obj: str,
    asserted_by: str | None,
    negated: bool,
    valid_from: date | None,
    valid_until: date | None,
    quote: str,
    source: str,
) -> str:
    """A claim's id: the hash of its content and source (status and confidence left out, so a
    review or a status change keeps the id). ``asserted_by`` is None when the source asserts it."""
    return digest(
        subject, relation, obj, asserted_by or "", str(negated), _iso(valid_from), _iso(valid_until), quote, source
    )[:16]


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""
