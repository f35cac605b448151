"""The OpenAPI document as the app really answers: errors are problem+json, validation is 400."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

PROBLEM_REF = {"$ref": "#/components/schemas/ProblemPublic"}
PROBLEM_CONTENT = {"application/problem+json": {"schema": PROBLEM_REF}}


def problem_openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, with every error response as ``application/problem+json``, FastAPI's
    422 replaced by the 400 this app sends, and a ``default`` problem response on every operation
    (a query can time out, a client can be rate limited, ...)."""
    if app.openapi_schema:
        return app.openapi_schema
    document = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
    )
    for path in document.get("paths", {}).values():
        for operation in path.values():
            responses: dict[str, Any] = operation.setdefault("responses", {})
            if "422" in responses:
                del responses["422"]
                responses.setdefault("400", {"description": "a parameter or body is invalid"})
            for status, response in responses.items():
                if status.isdigit() and int(status) >= 400:
                    response["content"] = PROBLEM_CONTENT
            responses.setdefault(
                "default", {"description": "an error, as RFC 9457 problem+json", "content": PROBLEM_CONTENT}
            )
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    app.openapi_schema = document
    return document
