"""Choosing a media type from an Accept header, with the aliases SPARQL clients send."""

from __future__ import annotations

RESULTS = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/json": "application/sparql-results+json",
    "text/javascript": "application/sparql-results+json",
    "application/javascript": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/csv": "text/csv",
    "text/tab-separated-values": "text/tab-separated-values",
}
GRAPHS = {
    "text/turtle": "text/turtle",
    "application/turtle": "text/turtle",
    "application/x-turtle": "text/turtle",
    "application/n-triples": "application/n-triples",
    "text/plain": "application/n-triples",
    "application/ld+json": "application/ld+json",
    "application/x-json+ld": "application/ld+json",
    "application/json": "application/ld+json",
    "application/rdf+xml": "application/rdf+xml",
    "application/xml": "application/rdf+xml",
    "text/xml": "application/rdf+xml",
}


def parse_accept(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        quality = 1.0
        for param in params:
            if param.lower().startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        ranges.append((media.lower(), quality))
    return ranges


def negotiate(accept: str | None, offers: dict[str, str]) -> str | None:
    """The canonical media type of the best offer for ``accept`` (the first offer when the header
    is absent or ``*/*``), or None when nothing offered is acceptable."""
    ranges = parse_accept(accept or "") or [("*/*", 1.0)]
    best: tuple[float, int, int] | None = None
    chosen: str | None = None
    for index, offer in enumerate(offers):
        quality, specificity = _quality(offer, ranges)
        if quality <= 0:
            continue
        key = (quality, specificity, -index)
        if best is None or key > best:
            best, chosen = key, offers[offer]
    return chosen


def _quality(offer: str, ranges: list[tuple[str, float]]) -> tuple[float, int]:
    """The quality of the most specific range that matches ``offer``, and how specific it is."""
    found: tuple[float, int] = (0.0, -1)
    for media, quality in ranges:
        if media == offer:
            specificity = 2
        elif media.endswith("/*") and offer.startswith(media[:-1]):
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if specificity > found[1]:
            found = (quality, specificity)
    return found[0], max(found[1], 0)


def prefers_html(accept: str | None) -> bool:
    """Whether a browser asks: text/html is acceptable and ranked above every RDF type."""
    ranges = parse_accept(accept or "")
    html = max((q for m, q in ranges if m in ("text/html", "application/xhtml+xml")), default=0.0)
    other = max((q for m, q in ranges if m in GRAPHS), default=0.0)
    return html > 0 and html >= other
