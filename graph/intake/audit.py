"""Who wrote what, and when: the record every write leaves in the store, as PROV-O data.

A write is a ``prov:Activity`` with ``prov:startedAtTime`` (to the microsecond, UTC) and
``prov:wasAssociatedWith`` an agent (a ``prov:Agent`` with its name as ``rdfs:label``: a token's
name over HTTP, the ``--as`` name or the OS user on the command line). A load is an
``ent:Load``, and each claim it wrote points to it (``prov:wasGeneratedBy``): a claim was
recorded when the first load that wrote it started. A purge of a source is an ``ent:Purge``
that ``prov:invalidated`` the source's graph. A SPARQL Update sent by a client is an
``ent:Update`` labelled with its text (its first :data:`UPDATE_TEXT` characters). Loads, purges
and updates are kept in the graph ``id:graph/audit``, which no purge touches; a claim's status
changes are kept beside the claim (:mod:`graph.intake.lifecycle`). One name, one agent: names
that differ only in case or punctuation ("Ana", "ana") are two agents, each with its one label.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pyoxigraph import Literal, NamedNode, Quad

from graph.errors import InputError, Problem
from graph.model.claim import digest, slugify
from graph.namespaces import PROV, RDF_TYPE, RDFS, XSD, ent, instance
from graph.store.base import GraphStore

__all__ = ["AUDIT_GRAPH", "GENERATED_BY", "Activity", "agent_node", "record_update", "recorder"]

AUDIT_GRAPH = instance("graph/audit")
GENERATED_BY = NamedNode(PROV + "wasGeneratedBy")
INVALIDATED = NamedNode(PROV + "invalidated")
_ACTIVITY = NamedNode(PROV + "Activity")
_AGENT = NamedNode(PROV + "Agent")
_STARTED = NamedNode(PROV + "startedAtTime")
_ASSOCIATED = NamedNode(PROV + "wasAssociatedWith")
_LABEL = NamedNode(RDFS + "label")
_DATETIME = NamedNode(XSD + "dateTime")
UPDATE_TEXT = 2000


def recorder(name: str | None = None) -> str:
    """Who records a write: ``name`` if given (``--as``), else the operating system's user."""
    chosen = (name if name is not None else getpass.getuser()).strip()
    if not chosen:
        raise InputError(Problem("who records the change is required", column="by"))
    return chosen


def agent_node(name: str) -> NamedNode:
    """The agent a name stands for: its slug, and a digest of the name itself unless it is its own slug."""
    slug = slugify(name) or "unnamed"
    return instance("agent/" + (slug if slug == name else slug + "-" + digest(name)[:8]))


@dataclass(frozen=True)
class Activity:
    """One write: its kind (``Load``, ``Purge``, ``Update``), who and when; ``node`` names it in the store."""

    kind: str
    by: str
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    label: str = ""

    @property
    def node(self) -> NamedNode:
        return instance(f"{self.kind.lower()}/" + digest(self.kind, self.by, self.at.isoformat(), self.label)[:16])

    @property
    def started(self) -> Literal:
        return Literal(self.at.isoformat(), datatype=_DATETIME)

    def quads(self, graph: NamedNode = AUDIT_GRAPH) -> list[Quad]:
        """The activity and its agent, in ``graph``."""
        node, agent = self.node, agent_node(self.by)
        quads = [
            Quad(node, RDF_TYPE, ent(self.kind), graph),
            Quad(node, RDF_TYPE, _ACTIVITY, graph),
            Quad(node, _STARTED, self.started, graph),
            Quad(node, _ASSOCIATED, agent, graph),
            Quad(agent, RDF_TYPE, _AGENT, graph),
            Quad(agent, _LABEL, Literal(self.by), graph),
        ]
        if self.label:
            quads.append(Quad(node, _LABEL, Literal(self.label), graph))
        return quads


def record_update(store: GraphStore, text: str, by: str) -> None:
    """Record that ``by`` ran the SPARQL Update ``text`` (a client's own, over the protocol)."""
    label = text if len(text) <= UPDATE_TEXT else text[:UPDATE_TEXT] + f"... ({len(text)} characters)"
    store.add(Activity("Update", by, label=label).quads())
