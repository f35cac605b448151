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
FAVICON = "swagger-ui-favicon-32x32.png"


def _page(request: Request, viewer: str) -> tuple[str, str, str]:
    """The OpenAPI document's URL, the page title and the vendored files' prefix, under any root path."""
    root = request.scope.get("root_path", "").rstrip("/")
    return root + request.app.openapi_url, f"{request.app.title} - {viewer}", root + VENDOR


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    openapi_url, title, vendor = _page(request, "Swagger UI")
    return get_swagger_ui_html(
        openapi_url=openapi_url,
        title=title,
        swagger_js_url=vendor + "swagger-ui-bundle.js",
        swagger_css_url=vendor + "swagger-ui.css",
        swagger_favicon_url=vendor + FAVICON,
        swagger_ui_parameters={"validatorUrl": None},  # no badge that asks an online validator
    )


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    openapi_url, title, vendor = _page(request, "ReDoc")
    files = {"redoc_js_url": vendor + "redoc.standalone.js", "redoc_favicon_url": vendor + FAVICON}
    return get_redoc_html(openapi_url=openapi_url, title=title, with_google_fonts=False, **files)
