"""Identifiers both ways: the short ids people type and read (``russia``, a claim's hash, a
source's slug) and the IRIs under ``https://w3id.org/entente/id/`` they stand for."""

from __future__ import annotations

from graph.namespaces import ID

__all__ = ["actor_iri", "claim_id", "claim_iri", "short_id", "source_id", "source_iri"]


def short_id(iri: str) -> str:
    """``https://w3id.org/entente/id/russia`` -> ``russia``; IRIs of other namespaces stay whole."""
    return iri.removeprefix(ID)


def actor_iri(key: str) -> str:
    """An actor's IRI from its short id (``russia``, ``id:russia``); an IRI stays as it is."""
    return _iri(key, "")


def claim_id(iri: str) -> str:
    """A claim's id (its content hash) from its IRI."""
    return iri.removeprefix(ID + "claim/")


def claim_iri(key: str) -> str:
    """A claim's IRI from its id (``3f9c2a...``), ``claim/<id>``, ``id:claim/<id>`` or full IRI."""
    return _iri(key, "claim/")


def source_id(iri: str) -> str:
    """A source's id (``2024-11-08-isw-...``) from its IRI."""
    return iri.removeprefix(ID + "source/")


def source_iri(key: str) -> str:
    """A source's IRI from its id, ``source/<id>``, ``id:source/<id>`` or full IRI."""
    return _iri(key, "source/")


def _iri(key: str, kind: str) -> str:
    key = key.strip()
    if ":" in key and not key.startswith("id:"):
        return key
    return ID + kind + key.removeprefix("id:").removeprefix(kind)
