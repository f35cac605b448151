"""Generate ``states.ttl``: every state and territory of ISO 3166-1, and the contested territories.

Every entry of ISO 3166-1 (all of which rigour's territory data knows), plus the contested
territories rigour describes that ISO leaves out (Kosovo, Northern Cyprus, Abkhazia, South
Ossetia, Transnistria, Crimea, the Donetsk and Luhansk "people's republics", Somaliland,
Kashmir), becomes one actor with:

- its English common name as ``skos:prefLabel`` (rigour's short name, corrected where rigour
  gives a local or qualified form: Nauru, not "Naoero"; Crimea, not "Crimea (Occupied Ukraine)"),
  and its official and other names (pycountry's and rigour's) as ``skos:altLabel``;
- its ISO alpha-3 and alpha-2 codes and its Wikidata id from rigour (``owl:sameAs``);
- a type: ``ent:State`` for the 193 member states of the United Nations and the Holy See;
  ``ent:Territory`` with ``ent:partOf`` the state it belongs to (rigour's parent, or the
  sovereign state of ``SOVEREIGN`` where rigour records none, as for Bermuda or Åland);
  ``ent:ContestedTerritory`` where rigour records a contesting claim or the entry is a
  partially recognised or unrecognised state, with ``ent:partOf`` the state rigour lists it
  under (if any), ``ent:contestedBy`` the states rigour names as claimants, and a
  ``skos:scopeNote`` that says this in the catalogue's words and takes no side.

Both sources are offline packages (pycountry, rigour), so the file can be rebuilt anywhere::

    .venv/bin/python -m ontology.generate_states > ontology/states.ttl

The output is deterministic (sorted by IRI) and committed. Names news text uses beyond these
(metonyms such as "Moscow", former names such as "Burma", demonyms) live in ``names.ttl`` and
``actors.ttl`` on the same IRIs; an alias that two entries would share is left out here.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pycountry
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize
from rigour.territories import get_territory

ENT = "https://w3id.org/entente/ontology#"
ID = "https://w3id.org/entente/id/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
WD = "http://www.wikidata.org/entity/"

# Contested territories rigour describes that have no ISO 3166-1 entry (rigour's codes).
EXTRA_CODES = ("xk", "cy-trnc", "ge-ab", "x-so", "md-pmr", "ua-cri", "ua-dpr", "ua-lpr", "so-som", "pk-km")
# Partially recognised or unrecognised states: contested even where rigour names no claimant.
PARTIALLY_RECOGNISED = {"ps", "so-som", "tw", "xk", "eh", "cy-trnc", "ge-ab", "x-so", "md-pmr"}
# rigour marks these as countries without a parent; they are not sovereign states (not UN
# members, not the Holy See), so the state they belong to is recorded here.
SOVEREIGN = {
    "ai": "gb", "bm": "gb", "fk": "gb", "gg": "gb", "gi": "gb", "gs": "gb", "im": "gb", "je": "gb",
    "ky": "gb", "ms": "gb", "pn": "gb", "sh": "gb", "tc": "gb", "vg": "gb",
    "ax": "fi", "nf": "au", "ck": "nz", "nu": "nz", "wf": "fr", "vi": "us",
}  # fmt: skip
# Entries that belong to no state (Antarctica: the Antarctic Treaty System).
NO_STATE = {"aq"}
# The English common name where rigour's short name is a local, qualified or disambiguated form.
COMMON_NAME = {
    "nr": "Nauru",
    "hk": "Hong Kong",
    "mo": "Macao",
    "cd": "Democratic Republic of the Congo",
    "cg": "Republic of the Congo",
    "ua-cri": "Crimea",
    "ua-dpr": "Donetsk People's Republic",
    "ua-lpr": "Luhansk People's Republic",
    "ge-ab": "Abkhazia",
    "x-so": "South Ossetia",
    "hm": "Heard Island and McDonald Islands",
    "um": "United States Minor Outlying Islands",
    "vi": "United States Virgin Islands",
    "pn": "Pitcairn Islands",
}
# Names that stay ambiguous: they would mean more than one actor (the Congos), so no entry
# takes them as an alias.
AMBIGUOUS = {"Congo", "Korea", "Guinea"}


@dataclass
class Entry:
    code: str
    name: str
    qid: str
    kind: str  # State, Territory or ContestedTerritory
    alpha3: str | None = None
    alpha2: str | None = None
    part_of: str | None = None
    contested_by: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    note: str | None = None

    @property
    def slug(self) -> str:
        return slug(self.name)


def slug(name: str) -> str:
    """The IRI's local name: the name in lower-case ASCII, anything else folded to '-'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def common_name(code: str) -> str:
    territory = get_territory(code)
    assert territory is not None, code
    return COMMON_NAME.get(code, territory.name)


def _names(territory: Any, country: Any | None) -> set[str]:
    names: set[str] = set()
    if "(" not in territory.full_name:
        names.add(territory.full_name)
    if country is not None:
        names |= {getattr(country, attr, None) or "" for attr in ("name", "official_name", "common_name")}
    names.add(territory.name)
    return {n for n in names if n and "(" not in n}


def _note(entry: Entry) -> str:
    listed = f"under {common_name(entry.part_of)}" if entry.part_of else "under no other state"
    if entry.contested_by:
        others = " and ".join(common_name(c) for c in entry.contested_by)
        contest = f"records a contesting claim or position of {others}"
    else:
        contest = "records no state claiming it"
    recognition = " It is a partially recognised or unrecognised state." if entry.code in PARTIALLY_RECOGNISED else ""
    return (
        f"Contested. rigour's territory data lists {entry.name} {listed} and {contest}.{recognition} "
        "The catalogue records this as the data gives it and takes no side; claims about the "
        "territory's status are recorded as claims with their sources."
    )


def entries() -> list[Entry]:
    codes = sorted({c.alpha_2.lower() for c in pycountry.countries} | set(EXTRA_CODES))
    found: list[Entry] = []
    for code in codes:
        territory = get_territory(code)
        if territory is None:
            raise SystemExit(f"rigour has no territory {code!r}")
        country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
        parent = territory.parent.code if territory.parent else SOVEREIGN.get(code)
        contested_by = sorted(c.code for c in territory.claims if c.code != parent)
        if code in PARTIALLY_RECOGNISED or contested_by:
            kind = "ContestedTerritory"
        elif territory.is_country and parent is None and code not in NO_STATE:
            kind = "State"
        else:
            kind = "Territory"
        entry = Entry(
            code=code,
            name=common_name(code),
            qid=territory.qid,
            kind=kind,
            alpha3=(country.alpha_3 if country else (territory.alpha3 or "").upper() or None),
            alpha2=country.alpha_2 if country else None,
            part_of=parent,
            contested_by=contested_by,
            names=_names(territory, country),
        )
        if kind == "ContestedTerritory":
            entry.note = _note(entry)
        found.append(entry)
    # An alias two entries share (or an ambiguous name) is given to neither.
    counts = Counter(n.casefold() for e in found for n in e.names | {e.name})
    for entry in found:
        entry.names = {n for n in entry.names if n != entry.name and counts[n.casefold()] == 1 and n not in AMBIGUOUS}
    return sorted(found, key=lambda e: e.slug)


def triples() -> Iterator[Quad]:
    by_code = {e.code: e for e in entries()}
    for entry in by_code.values():
        node = NamedNode(ID + entry.slug)
        yield Quad(node, RDF_TYPE, NamedNode(ENT + entry.kind))
        yield Quad(node, NamedNode(SKOS + "prefLabel"), Literal(entry.name, language="en"))
        for alias in sorted(entry.names):
            yield Quad(node, NamedNode(SKOS + "altLabel"), Literal(alias, language="en"))
        if entry.alpha3:
            yield Quad(node, NamedNode(ENT + "isoCode"), Literal(entry.alpha3))
        if entry.alpha2:
            yield Quad(node, NamedNode(ENT + "iso2Code"), Literal(entry.alpha2))
        if entry.part_of:
            yield Quad(node, NamedNode(ENT + "partOf"), NamedNode(ID + by_code[entry.part_of].slug))
        for other in entry.contested_by:
            yield Quad(node, NamedNode(ENT + "contestedBy"), NamedNode(ID + by_code[other].slug))
        if entry.note:
            yield Quad(node, NamedNode(SKOS + "scopeNote"), Literal(entry.note, language="en"))
        yield Quad(node, NamedNode(OWL + "sameAs"), NamedNode(WD + entry.qid))


def main() -> None:
    prefixes = {"ent": ENT, "id": ID, "skos": SKOS, "wd": WD, "owl": OWL}
    header = (
        b"# Generated by ontology/generate_states.py from pycountry and rigour; do not edit.\n"
        b"# States (ent:State), territories (ent:Territory) and contested territories\n"
        b"# (ent:ContestedTerritory): see the script's docstring.\n"
    )
    body = serialize((q.triple for q in triples()), format=RdfFormat.TURTLE, prefixes=prefixes)
    sys.stdout.buffer.write(header + (body or b""))


if __name__ == "__main__":
    main()
