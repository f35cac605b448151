"""The HTML pages: the landing page and the SPARQL query page."""

from __future__ import annotations

import json
from html import escape
from importlib.resources import files
from string import Template

from fastapi import Request

import queries
from graph.sparql import example_queries
from graph.store import GraphStore


def template(name: str) -> Template:
    return Template(files("api").joinpath("templates", name).read_text(encoding="utf-8"))


def home_page(request: Request) -> str:
    items = "\n".join(
        f'<li><a href="/queries/{escape(q.name)}">{escape(q.title)}</a> <code>{escape(q.name)}</code></li>'
        for q in queries.registry().values()
    )
    viewer = '<li><a href="/viz">The graph viewer</a>: the network, by polarity, over time</li>'
    return template("home.html").substitute(queries=items, viewer=viewer)


def sparql_page(request: Request) -> str:
    store: GraphStore = request.app.state.store
    examples = [{"name": name, "title": title, "text": text} for name, title, text in example_queries(store)]
    data = json.dumps(examples, ensure_ascii=False).replace("</", "<\\/")
    options = "\n".join(
        f'<option value="{i}">{escape(e["title"])} ({escape(e["name"])})</option>' for i, e in enumerate(examples)
    )
    return template("sparql.html").substitute(examples=data, options=options)
