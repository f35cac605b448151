"""Every error as an RFC 9457 ``application/problem+json`` body, from one handler."""

from __future__ import annotations

import logging
import re
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from graph import errors
from graph.errors import Problem
from graph.sparql import TooLargeError
from graph.store import TooLargeResultError, WorkerMemoryError

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://w3id.org/entente/problems/"

# The errors answered by a status, a problem type and headers alone (after the ones that carry
# more: names, suggestions, problems; before a store error, which is logged).
PLAIN: list[tuple[type[Exception], int, str, dict[str, str]]] = [
    (errors.ForbiddenOperationError, 403, "forbidden", {}),
    (errors.QueryTimeoutError, 503, "query-timeout", {"Retry-After": "1"}),
    (errors.QueryCancelledError, 503, "cancelled", {}),
    (WorkerMemoryError, 503, "out-of-memory", {"Retry-After": "1"}),
]

log = logging.getLogger("entente.api")
_POSITION = re.compile(r"error at (\d+):(\d+)")


def problem(
    request: Request,
    status: int,
    detail: str,
    *,
    kind: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    phrase = HTTPStatus(status).phrase
    body: dict[str, Any] = {
        "type": TYPE_BASE + (kind or phrase.lower().replace(" ", "-").replace("'", "")),
        "title": phrase,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _problem_item(p: Problem) -> dict[str, Any]:
    item: dict[str, Any] = {"message": p.message}
    position = _POSITION.match(p.message)
    if position and p.line is None:
        item["line"], item["column"] = int(position[1]), int(position[2])
        return item
    if isinstance(p.column, str) and p.file is None and p.line is None:
        item["parameter"] = p.column
    else:
        item.update({k: v for k, v in (("file", p.file), ("line", p.line), ("column", p.column)) if v is not None})
    if p.focus:
        item["focus"] = p.focus
    return item


def entente_error(request: Request, error: Exception) -> JSONResponse:
    if isinstance(error, errors.NotFoundError):
        return problem(request, 404, str(error), kind="not-found", suggestions=error.suggestions)
    if isinstance(error, errors.AmbiguousNameError):
        return problem(request, 400, str(error), kind="ambiguous-name", suggestions=error.candidates)
    if isinstance(error, TooLargeError | TooLargeResultError):
        return problem(request, 413, str(error), kind="too-large", errors=[_problem_item(p) for p in error.problems])
    if isinstance(error, errors.InputError):
        kind = "query-syntax" if isinstance(error, errors.QuerySyntaxError) else "invalid-input"
        return problem(request, 400, str(error), kind=kind, errors=[_problem_item(p) for p in error.problems])
    for plain, status, kind, headers in PLAIN:
        if isinstance(error, plain):
            return problem(request, status, str(error), kind=kind, headers=headers or None)
    if isinstance(error, errors.ServerBusyError):
        return problem(request, 503, str(error), kind="busy", headers={"Retry-After": str(error.retry_after_s)})
    if isinstance(error, errors.StoreError):
        log.error("store error on %s: %s", request.url.path, error)
        return problem(request, 503, str(error), kind="store-unavailable")
    log.exception("unexpected error on %s", request.url.path, exc_info=error)
    return problem(request, 500, "an unexpected error; the server log has the details", kind="internal")


def validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    errors = []
    for item in error.errors():
        location = [str(part) for part in item.get("loc", ())]
        entry: dict[str, Any] = {"message": item.get("msg", "invalid")}
        if location:
            entry["in"] = location[0]
            entry["parameter"] = location[-1] if len(location) > 1 else location[0]
        errors.append(entry)
    detail = "; ".join(f"{e.get('parameter', '?')}: {e['message']}" for e in errors) or "invalid request"
    return problem(request, 400, detail, kind="invalid-input", errors=errors)


def http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    detail = error.detail if isinstance(error.detail, str) else HTTPStatus(error.status_code).description
    if error.status_code == 404 and detail == "Not Found":
        detail = f"no resource at {request.url.path}; see /docs for the routes"
    return problem(request, error.status_code, detail, headers=dict(error.headers or {}))


def install(app: FastAPI) -> None:
    """The problem handlers; and, with the app's settings, a request body that does not arrive
    within ``body_timeout_s`` ends in a 408 problem (:class:`api.execution.BodyDeadline`)."""
    settings = getattr(app.state, "settings", None)
    if settings is not None:
        from api.execution import BodyDeadline

        app.add_middleware(BodyDeadline, seconds=settings.body_timeout_s)
    app.add_exception_handler(errors.EntenteError, entente_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Exception, entente_error)
