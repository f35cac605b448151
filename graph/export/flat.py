"""An edge's attributes as every graph format can hold them: numbers and strings, no ``None``."""

from __future__ import annotations

from datetime import date
from typing import Any

from graph.model.catalogue import Catalogue

__all__ = ["flat_attributes", "iso"]


def flat_attributes(
    data: dict[str, Any], details: tuple[tuple[str, ...], tuple[str, ...]], known: Catalogue
) -> dict[str, Any]:
    """The attributes of a projected edge (``data``) with its claim ids and asserters
    (``details``): lists joined by ``"; "``, dates as ISO strings, asserters by label; ``spells``
    kept as a list of (start, end) strings when every spell has an end."""
    claim_ids, asserters = details
    attributes: dict[str, Any] = {
        "relation": data["relation"],
        "label": data["label"],
        "polarity": data["polarity"],
        "weight": data["weight"],
        "confidence": data["confidence"],
        "claims": data["claims"],
        "sources": data["sources"],
        "source_ids": "; ".join(data["source_ids"]),
        "asserters": "; ".join(known.label(a) for a in asserters),
        "claim_ids": "; ".join(claim_ids),
    }
    for name in ("valid_from", "valid_until", "first_reported", "last_reported"):
        if data[name] is not None:
            attributes[name] = data[name].isoformat()
    spells = [(iso(s), iso(e)) for s, e in data["spells"] if (s, e) != (None, None)]
    if spells and len(spells) == len(data["spells"]):
        attributes["spells"] = spells
    return attributes


def iso(value: date | None) -> str | None:
    """A date as ISO text; None stays None."""
    return None if value is None else value.isoformat()
