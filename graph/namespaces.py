"""The IRIs entente uses, mirroring ``ontology/entente.ttl`` (a test checks that they agree)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pyoxigraph import NamedNode

from graph.clocks import expand

ENT = "https://w3id.org/entente/ontology#"
ID = "https://w3id.org/entente/id/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "ent": ENT,
    "id": ID,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "dct": DCT,
    "prov": PROV,
    "foaf": FOAF,
    "wd": WD,
}

RDF_TYPE = NamedNode(RDF + "type")
XSD_DATE = NamedNode(XSD + "date")
XSD_DECIMAL = NamedNode(XSD + "decimal")
XSD_BOOLEAN = NamedNode(XSD + "boolean")
XSD_INTEGER = NamedNode(XSD + "integer")
DCT_TITLE = NamedNode(DCT + "title")
DCT_PUBLISHER = NamedNode(DCT + "publisher")
DCT_ISSUED = NamedNode(DCT + "issued")
DCT_SOURCE = NamedNode(DCT + "source")
FOAF_PAGE = NamedNode(FOAF + "page")
PROV_WAS_DERIVED_FROM = NamedNode(PROV + "wasDerivedFrom")


_PREFIXED = {name: re.compile(r"(?<![\w:<#/.-])" + name + r":") for name in PREFIXES}


def declarations(names: Iterable[str] = PREFIXES, separator: str = "\n") -> str:
    """The PREFIX declarations of entente's prefixes ``names`` (all by default), each followed by
    ``separator``: the one place they are written out."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>{separator}" for name in names)


def sparql(query: str) -> str:
    """``query`` with a PREFIX line for each of entente's prefixes it uses, and the clocks'
    functions (``ent:validOn``, ``ent:knownBy``) written out: the one header of the code's queries."""
    return expand(declarations(name for name in PREFIXES if _PREFIXED[name].search(query)) + query)


_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)


def predeclared(query: str) -> str:
    """The one line of PREFIX declarations that a user's query needs for entente's prefixes it
    uses without declaring them (``""`` if none): the endpoint predeclares them, as the Wikidata
    Query Service does, and a prefix the query declares itself keeps the query's meaning."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(query)}
    # ``name:`` in the text first (a substring test): the pattern runs only where it may match.
    names = [
        name for name in PREFIXES if name not in declared and name + ":" in query and _PREFIXED[name].search(query)
    ]
    return declarations(names, " ").rstrip() + "\n" if names else ""


def ent(name: str) -> NamedNode:
    """A term of the entente ontology, such as ``ent("Claim")``."""
    return NamedNode(ENT + name)


def instance(path: str) -> NamedNode:
    """An instance IRI, such as ``instance("claim/3f9c2a")``."""
    return NamedNode(ID + path)


# Terms of the model the code refers to by name; tests/graph/test_namespaces.py checks that
# each is declared in ontology/entente.ttl.
CLAIM = ent("Claim")
EVIDENCE = ent("Evidence")
SOURCE = ent("Source")
SUBJECT = ent("subject")
RELATION = ent("relation")
OBJECT = ent("object")
ASSERTED_BY = ent("assertedBy")
STATUS = ent("status")
CONFIDENCE = ent("confidence")
VALID_FROM = ent("validFrom")
VALID_UNTIL = ent("validUntil")
NEGATED = ent("negated")
QUOTE = ent("quote")
QUOTE_START = ent("quoteStart")
QUOTE_END = ent("quoteEnd")
ASSERTED = ent("Asserted")
CANDIDATE = ent("Candidate")
RETRACTED = ent("Retracted")
SUPERSEDED = ent("Superseded")

STATUSES = {"asserted": ASSERTED, "candidate": CANDIDATE, "retracted": RETRACTED, "superseded": SUPERSEDED}

ONTOLOGY_GRAPH = instance("graph/ontology")
ACTORS_GRAPH = instance("graph/actors")
