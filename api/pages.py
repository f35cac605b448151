"""The HTML pages: the landing page, the SPARQL page (YASGUI) and the named queries as forms, from
Jinja2 templates in ``api/templates``."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.responses import HTMLResponse

import queries
from api.negotiation import parse_accept
from graph.model import catalogue
from graph.namespaces import ID, PREFIXES, STATUSES, declarations
from graph.sparql import example_queries
from graph.store import GraphStore

__all__ = ["Cell", "Field", "home_page", "prefers_page", "query_page", "sparql_page", "templates"]

templates = Jinja2Templates(
    env=Environment(
        loader=PackageLoader("api", "templates"),
        autoescape=True,  # every template is HTML: every value is escaped unless marked safe
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
)

DEFAULT_QUERY = "SELECT ?relation ?object WHERE {\n  id:russia ?relation ?object .\n  ?relation a ent:RelationType .\n}"
# REST resources for instance IRIs, by the first segment after id: (actors have none).
RESOURCES = {"claim": "/claims/", "source": "/sources/"}


def prefers_page(accept: str | None, *others: str) -> bool:
    """Whether a browser asks: text/html is named and ranked at least as high as each of ``others``."""
    ranges = parse_accept(accept or "")
    html = max((q for m, q in ranges if m in ("text/html", "application/xhtml+xml")), default=0.0)
    rest = max((q for m, q in ranges if m in others), default=0.0)
    return html > 0 and html >= rest


def home_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "home.html", {"queries": list(queries.registry().values())})


def sparql_page(request: Request, query: str | None = None) -> HTMLResponse:
    """YASGUI with entente's prefixes and the named queries as examples; ``query`` (from
    ``/sparql?query=``) opens in the editor and runs."""
    store: GraphStore = request.app.state.store
    examples = [{"name": name, "title": title, "text": text} for name, title, text in example_queries(store)]
    context = {
        "examples": examples,
        "prefixes": PREFIXES,
        "query": query or "",
        "default": declarations() + "\n" + DEFAULT_QUERY,
    }
    return templates.TemplateResponse(request, "sparql.html", context, headers={"Vary": "Accept"})


@dataclass(frozen=True)
class Field:
    """One form field of a named query's parameter."""

    name: str
    kind: str  # actor, date, number, select, text
    label: str
    help: str
    required: bool
    value: str
    choices: list[tuple[str, str]] = field(default_factory=list)  # (value, label)
    step: str = "any"


@dataclass(frozen=True)
class Cell:
    text: str
    href: str | None = None
    title: str | None = None
    css: str = ""


def query_fields(store: GraphStore, query: queries.NamedQuery, values: dict[str, str]) -> list[Field]:
    known = catalogue(store)
    relations = sorted(((r.name, r.label) for r in known.relations.values()), key=lambda r: r[1])
    fields = []
    for p in query.parameters:
        value = values.get(p.name, "")
        kind, choices, step = "text", [], "any"
        if p.type == "actor":
            kind = "actor"
        elif p.type == "date":
            kind = "date"
        elif p.type in ("decimal", "integer"):
            kind, step = "number", "1" if p.type == "integer" else "0.05"
        elif p.type == "relation":
            kind, choices = "select", relations
        elif p.type == "status":
            kind, choices = "select", [(s, s) for s in STATUSES]
        elif p.type == "enum":
            kind, choices = "select", [(c, c) for c in p.choices]
        if kind == "select" and not p.required and p.default is None:
            choices = [("", "(any)"), *choices]
        if kind == "select" and not value:
            value = p.default or ""
        label = p.name.replace("_", " ")
        fields.append(Field(p.name, kind, label, p.description, p.required, value, choices, step))
    return fields


def cell(value: object, labels: dict[str, str]) -> Cell:
    if value is None:
        return Cell("")
    if isinstance(value, bool):
        return Cell(str(value).lower(), css="literal")
    if isinstance(value, int | float):
        return Cell(str(value), css="number")
    text = str(value)
    for prefix, namespace in PREFIXES.items():
        if not text.startswith(namespace) or len(text) == len(namespace):
            continue
        name = f"{prefix}:{text.removeprefix(namespace)}"
        if namespace != ID:
            return Cell(name, title=text)
        local = text.removeprefix(ID)
        head, _, rest = local.partition("/")
        href = RESOURCES[head] + quote(rest) if head in RESOURCES and rest else "/actors/" + quote(local)
        return Cell(labels.get(text, name), href=href, title=name)
    if text.startswith(("http://", "https://")):
        return Cell(text, href=text)
    return Cell(text, css="literal")


def query_page(
    request: Request,
    store: GraphStore,
    query: queries.NamedQuery,
    values: dict[str, str],
    *,
    variables: list[str] | None = None,
    rows: list[dict[str, object]] | None = None,
    truncated: bool = False,
    error: str | None = None,
) -> HTMLResponse:
    """A named query as a form, with its results (when it ran) and links to them as CSV and JSON."""
    known = catalogue(store)
    labels = {iri: actor.label for iri, actor in known.actors.items()}
    table = [[cell(row[v], labels) for v in variables or []] for row in rows or []]
    filled = {k: v for k, v in values.items() if v}
    link = "/queries/" + query.name + "?" + urlencode({**filled, "format": ""})
    context = {
        "query": query,
        "fields": query_fields(store, query, values),
        "variables": variables or [],
        "table": table,
        "ran": rows is not None,
        "truncated": truncated,
        "error": error,
        "csv": link + "csv",
        "json": link + "json",
    }
    status = 400 if error else 200
    return templates.TemplateResponse(request, "query.html", context, status_code=status, headers={"Vary": "Accept"})
