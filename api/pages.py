"""The HTML pages: the landing page and the SPARQL query page, from Jinja2 templates in ``api/templates``."""

from __future__ import annotations

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.responses import HTMLResponse

import queries
from graph.sparql import example_queries
from graph.store import GraphStore

__all__ = ["home_page", "sparql_page", "templates"]

templates = Jinja2Templates(
    env=Environment(
        loader=PackageLoader("api", "templates"),
        autoescape=True,  # every template is HTML: every value is escaped unless marked safe
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
)


def home_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "home.html", {"queries": list(queries.registry().values())})


def sparql_page(request: Request) -> HTMLResponse:
    store: GraphStore = request.app.state.store
    examples = [{"name": name, "title": title, "text": text} for name, title, text in example_queries(store)]
    return templates.TemplateResponse(request, "sparql.html", {"examples": examples})
