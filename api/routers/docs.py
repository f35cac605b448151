"""The API's documentation pages, Swagger UI at /docs and ReDoc at /redoc, from vendored files.

Their scripts, style sheet and icon are served from /static/vendor (see ``vendor.json`` there), so
the pages work offline and never make the browser ask another host.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

VENDOR = "/static/vendor/"
FAVICON = VENDOR + "swagger-ui-favicon-32x32.png"


def _root(request: Request) -> str:
    root: str = request.scope.get("root_path", "")
    return root.rstrip("/")


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    root = _root(request)
    return get_swagger_ui_html(
        openapi_url=root + request.app.openapi_url,
        title=f"{request.app.title} - Swagger UI",
        swagger_js_url=root + VENDOR + "swagger-ui-bundle.js",
        swagger_css_url=root + VENDOR + "swagger-ui.css",
        swagger_favicon_url=root + FAVICON,
        swagger_ui_parameters={"validatorUrl": None},  # no badge that asks an online validator
    )


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    root = _root(request)
    return get_redoc_html(
        openapi_url=root + request.app.openapi_url,
        title=f"{request.app.title} - ReDoc",
        redoc_js_url=root + VENDOR + "redoc.standalone.js",
        redoc_favicon_url=root + FAVICON,
        with_google_fonts=False,
    )
