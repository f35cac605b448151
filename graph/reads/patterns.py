"""The patterns of a stored claim, written once for the queries that read claims back: what it states,
its evidence and its valid time. They are fixed SPARQL text that a module's queries are composed of
when it is imported (``sparql("SELECT ... WHERE {" + STATEMENT + evidence() + VALID_TIME + "}")``),
each fragment a line or more that starts with a line break. Values never go into them: they are
bound (:mod:`graph.store.binding`)."""

from __future__ import annotations

__all__ = ["PREDICATES", "STATEMENT", "VALID_TIME", "claim", "evidence"]

# A claim's properties, each the name of its variable, and the predicates that state them.
PREDICATES = {
    "subject": "ent:subject",
    "relation": "ent:relation",
    "object": "ent:object",
    "status": "ent:status",
    "negated": "ent:negated",
    "confidence": "ent:confidence",
    "assertedBy": "ent:assertedBy",
}


def claim(*properties: str, **terms: str) -> str:
    """The patterns of ``?claim``'s ``properties``, in that order, one a line; each has the variable
    named after the property, or the term ``terms`` gives it: fixed query text (``negated="false"``,
    ``subject="?_subject"``), never a value."""
    if unknown := set(terms) - set(properties):
        raise ValueError(f"terms for properties not in the pattern: {sorted(unknown)}")
    return "".join("\n  ?claim " + PREDICATES[p] + " " + terms.get(p, "?" + p) + " ." for p in properties)


def evidence(source: str = "?source") -> str:
    """A claim's evidence (``?evidence``): its quote (``?quote``), its source (``source``) and the
    day the source was issued (``?published``). An evidence without a quote is no evidence."""
    return (
        "\n  ?claim prov:wasDerivedFrom ?evidence ."
        "\n  ?evidence ent:quote ?quote ."
        "\n  ?evidence dct:source " + source + " ."
        "\n  " + source + " dct:issued ?published ."
    )


# All that a claim states, each property in its variable.
STATEMENT = claim("subject", "relation", "object", "status", "confidence", "negated", "assertedBy")

# A claim's valid time: either end may be open (unbound).
VALID_TIME = "\n  OPTIONAL { ?claim ent:validFrom ?validFrom }\n  OPTIONAL { ?claim ent:validUntil ?validUntil }"
