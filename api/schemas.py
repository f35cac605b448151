"""The shapes of responses, with examples for the OpenAPI page."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from graph.reads import ActorDetail, ClaimView, EvidenceView, RelationCount, RelationView, SourceView, Tenure
from graph.reads import ActorRef as ReadsActorRef

RUSSIA: dict[str, Any] = {"id": "russia", "iri": "https://w3id.org/entente/id/russia", "label": "Russia"}
IRAN: dict[str, Any] = {"id": "iran", "iri": "https://w3id.org/entente/id/iran", "label": "Iran"}
ISW: dict[str, Any] = {"id": "isw", "iri": "https://w3id.org/entente/id/isw", "label": "Institute for the Study of War"}
SOURCE_ID = "2024-11-08-isw-russian-president-seeks-reset-with-trump-adm-0f7e524a"
EVIDENCE: dict[str, Any] = {
    "quote": "forming a new anti-Western bloc composed of Iran, North Korea, and China",
    "source": SOURCE_ID,
    "source_iri": "https://w3id.org/entente/id/source/" + SOURCE_ID,
    "published": "2024-11-08",
    "title": "ISW: Russian president seeks reset with Trump administration on Moscow’s terms",
    "url": None,
}
CLAIM: dict[str, Any] = {
    "id": "3f9c2a0b1d2e4f56",
    "iri": "https://w3id.org/entente/id/claim/3f9c2a0b1d2e4f56",
    "subject": RUSSIA,
    "relation": "formsBlocWith",
    "relation_label": "forms bloc with",
    "object": IRAN,
    "negated": False,
    "status": "asserted",
    "confidence": 0.8,
    "asserted_by": ISW,
    "valid_from": "2024-11-07",
    "valid_until": None,
    "evidence": [EVIDENCE],
}
SOURCE: dict[str, Any] = {
    "id": SOURCE_ID,
    "iri": EVIDENCE["source_iri"],
    "published": "2024-11-08",
    "title": "ISW: Russian president seeks reset with Trump administration on Moscow's terms",
    "url": None,
    "publisher": None,
    "publisher_name": None,
    "claims": 16,
}


ACTOR_DETAIL = {
    **RUSSIA,
    "type": "State",
    "aliases": ["Kremlin", "Moscow", "Russian Federation"],
    "codes": {"iso3": "RUS", "iso2": "RU"},
    "wikidata": "http://www.wikidata.org/entity/Q159",
    "leaders": [],
    "leads": [],
    "memberships": [],
    "members": [],
    "relation_counts": [{"side": "out", "relation": "formsBlocWith", "status": "asserted", "claims": 5}],
    "claims_out": 9,
    "claims_in": 3,
}


def example(body: dict[str, Any]) -> dict[int | str, dict[str, Any]]:
    """A route's ``responses=`` entry that shows ``body`` as the example of its 200 answer."""
    return {200: {"content": {"application/json": {"example": body}}}}


class Model(BaseModel):
    model_config = ConfigDict(from_attributes=True)


def examples(*bodies: dict[str, Any]) -> ConfigDict:
    """A response model's configuration with these examples for its schema."""
    return ConfigDict(from_attributes=True, json_schema_extra={"examples": list(bodies)})


# The core's dataclasses are the response schemas wherever a response is one of them: one
# definition, whose fields FastAPI documents; the examples are given on the routes.
ActorRef = ReadsActorRef
TenurePublic = Tenure
RelationCountPublic = RelationCount
EvidencePublic = EvidenceView
ClaimPublic = ClaimView
RelationPublic = RelationView
SourcePublic = SourceView
ActorDetailPublic = ActorDetail


class ActorPublic(Model):
    model_config = examples({**RUSSIA, "type": "State"})
    id: str
    iri: str
    label: str
    type: str = Field(description="State, Bloc, Person or Organisation")


class Paged(Model):
    count: int = Field(description="items in this page")
    total: int = Field(description="items matching, across all pages")
    limit: int
    offset: int


class ActorsPublic(Paged):
    data: list[ActorPublic]


class ClaimsPublic(Paged):
    data: list[ClaimPublic]


class ActorRelationsPublic(Paged):
    model_config = examples(
        {
            "actor": {**RUSSIA, "type": "State"},
            "data": [
                {
                    "side": "out",
                    "subject": RUSSIA,
                    "relation": "formsBlocWith",
                    "relation_label": "forms bloc with",
                    "object": IRAN,
                    "claims": [CLAIM],
                }
            ],
            "count": 1,
            "total": 9,
            "limit": 1,
            "offset": 0,
        }
    )
    actor: ActorPublic
    data: list[RelationPublic]


class SourcesPublic(Paged):
    data: list[SourcePublic]


class RelationTypePublic(Model):
    model_config = examples(
        {
            "name": "sanctions",
            "iri": "https://w3id.org/entente/ontology#sanctions",
            "label": "sanctions",
            "definition": "The subject imposes economic or political penalties on the object.",
            "polarity": -1,
            "weight": -5.0,
            "cameo": "163",
            "plover": "SANCTION",
            "symmetric": False,
        }
    )
    name: str
    iri: str
    label: str
    definition: str
    polarity: int = Field(description="+1 cooperative, -1 hostile, 0 structural")
    weight: float = Field(description="Goldstein-style weight, -10 to +10")
    cameo: str | None
    plover: str | None
    symmetric: bool


class RelationTypesPublic(Model):
    data: list[RelationTypePublic]
    count: int


class ParameterPublic(Model):
    name: str
    type: str
    description: str
    required: bool
    default: str | None
    choices: list[str]


class QueryPublic(Model):
    model_config = examples(
        {
            "name": "actor_relations",
            "title": "An actor's relations",
            "description": "Every claim in which the actor is subject or object, ...",
            "url": "/queries/actor_relations",
            "parameters": [
                {
                    "name": "actor",
                    "type": "actor",
                    "description": "the actor: id, IRI, label or alias",
                    "required": True,
                    "default": None,
                    "choices": [],
                }
            ],
            "text": "PREFIX ent: <https://w3id.org/entente/ontology#> SELECT ...",
        }
    )
    name: str
    title: str
    description: str
    url: str
    parameters: list[ParameterPublic]
    text: str


class QueriesPublic(Model):
    data: list[QueryPublic]
    count: int


class QueryResultPublic(Model):
    model_config = examples(
        {
            "query": "who_sanctions",
            "variables": ["subject", "object"],
            "rows": [{"subject": RUSSIA["iri"], "object": "https://w3id.org/entente/id/united-states"}],
            "count": 1,
            "truncated": False,
        }
    )
    query: str
    variables: list[str]
    rows: list[dict[str, Any]]
    count: int = Field(description="rows in this answer")
    truncated: bool = Field(
        description="true when more rows matched than the server's max_results (the engine stops reading there)"
    )


class LoadedPublic(Model):
    claims: int
    ids: list[str]
    sources: list[str]


class CandidatesPublic(Model):
    """Candidate claims proposed by extraction, as rows of the claims format (status=candidate)."""

    count: int
    candidates: list[dict[str, str]]
    loaded: LoadedPublic | None = None


class ReviewedPublic(Model):
    id: str
    status: str


class RetractedPublic(Model):
    source: SourcePublic
    claims_removed: int


class HealthPublic(Model):
    model_config = examples({"status": "ok", "store": "disk", "initialised": True, "read_only": True})
    status: str
    store: str
    initialised: bool
    read_only: bool


class ProblemPublic(Model):
    """An RFC 9457 problem: every error has this shape (``application/problem+json``)."""

    model_config = examples(
        {
            "type": "https://w3id.org/entente/problems/not-found",
            "title": "Not Found",
            "status": 404,
            "detail": "unknown actor 'Rusia'; did you mean 'russia'?",
            "instance": "/actors/Rusia",
            "suggestions": ["russia"],
        }
    )
    type: str
    title: str
    status: int
    detail: str
    instance: str
    errors: list[dict[str, Any]] | None = None
    suggestions: list[str] | None = None


PROBLEMS: dict[int | str, dict[str, Any]] = {
    400: {"model": ProblemPublic, "description": "a parameter or body is invalid"},
    404: {"model": ProblemPublic, "description": "no such thing; suggestions lists the closest names"},
}
