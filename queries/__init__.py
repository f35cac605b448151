"""The named queries: one ``.rq`` file each, whose comment header documents it.

A header looks like this (after grlc)::

    #+ title: An actor's relations
    #+ description: Every claim in which the actor is subject or object.
    #+ param: actor actor required -- the actor: id, IRI, label or alias
    #+ param: direction enum(out,in,both) = both -- out: the actor acts; in: it is acted on

A parameter ``name`` is bound to the variable ``?_name`` (grlc's convention), so a query can
compare it with a variable of the same name (``FILTER(!BOUND(?_relation) || ?relation = ?_relation)``).
An optional parameter left out is unbound. Prefer such FILTERs over putting ``?_name`` in a
triple pattern where it is not selective (a bound status would lead the planner astray).

Parameter types: ``actor`` and ``relation`` (resolved by the caller against the catalogue),
``date``, ``decimal``, ``integer``, ``string``, ``iri``, ``status`` and ``enum(a,b,...)``.
The registry parses values into RDF terms; they reach the query as bound values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files

from pyoxigraph import Literal, NamedNode

from graph.namespaces import STATUSES, XSD

TYPES = ("actor", "relation", "date", "moment", "decimal", "integer", "string", "iri", "status", "enum")

_PARAM = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s+(?P<type>[a-z]+)(?:\((?P<choices>[^)]*)\))?"
    r"(?P<required>\s+required)?(?:\s*=\s*(?P<default>\S+))?\s+--\s+(?P<description>.+)$"
)

Resolver = Callable[[str], str]


class QueryDefinitionError(Exception):
    """A .rq file's header is malformed."""


class UnknownQueryError(KeyError):
    """No named query has this name."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = known
        super().__init__(name)


class ParameterError(ValueError):
    """A parameter value is missing, unknown or malformed."""

    def __init__(self, parameter: str, message: str) -> None:
        self.parameter = parameter
        self.message = message
        super().__init__(f"parameter {parameter!r}: {message}")


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str
    required: bool = False
    default: str | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str

    def bind(
        self, values: Mapping[str, str], *, actor: Resolver, relation: Resolver
    ) -> dict[str, NamedNode | Literal | None]:
        """Parse ``values`` (strings, as a URL or command line gives them) into bound terms,
        keyed by SPARQL variable name (``_`` + the parameter's name).

        ``actor`` and ``relation`` turn a name into an IRI, raising whatever they raise for an
        unknown name. An unknown or missing parameter raises :class:`ParameterError`.
        """
        known = {p.name for p in self.parameters}
        for name in values:
            if name not in known:
                raise ParameterError(name, f"unknown; {self.name} takes {', '.join(sorted(known)) or 'none'}")
        bound: dict[str, NamedNode | Literal | None] = {}
        for parameter in self.parameters:
            raw = values.get(parameter.name)
            if raw is None or raw.strip() == "":
                raw = parameter.default
            if raw is None:
                if parameter.required:
                    raise ParameterError(parameter.name, "is required")
                bound["_" + parameter.name] = None
                continue
            bound["_" + parameter.name] = _term(parameter, raw.strip(), actor, relation)
        return bound


def _term(parameter: Parameter, raw: str, actor: Resolver, relation: Resolver) -> NamedNode | Literal:
    kind = parameter.type
    if kind == "actor":
        return NamedNode(actor(raw))
    if kind == "relation":
        return NamedNode(relation(raw))
    if kind == "date":
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                raise ValueError
            return Literal(date.fromisoformat(raw).isoformat(), datatype=NamedNode(XSD + "date"))
        except ValueError:
            raise ParameterError(parameter.name, f"{raw!r} is not a date (YYYY-MM-DD)") from None
    if kind == "moment":
        return _moment(parameter.name, raw)
    if kind in ("decimal", "integer"):
        try:
            number = Decimal(raw)
        except InvalidOperation:
            raise ParameterError(parameter.name, f"{raw!r} is not a number") from None
        if not number.is_finite() or (kind == "integer" and number != number.to_integral_value()):
            raise ParameterError(parameter.name, f"{raw!r} is not a{'n integer' if kind == 'integer' else ' number'}")
        return Literal(str(number), datatype=NamedNode(XSD + kind))
    if kind == "status":
        if raw.casefold() not in STATUSES:
            raise ParameterError(parameter.name, f"{raw!r} is not one of {', '.join(STATUSES)}")
        return STATUSES[raw.casefold()]
    if kind == "enum":
        if raw not in parameter.choices:
            raise ParameterError(parameter.name, f"{raw!r} is not one of {', '.join(parameter.choices)}")
        return Literal(raw)
    if kind == "iri":
        try:
            return NamedNode(raw)
        except ValueError:
            raise ParameterError(parameter.name, f"{raw[:80]!r} is not an IRI") from None
    return Literal(raw)


def _moment(name: str, raw: str) -> Literal:
    """A moment as an xsd:dateTime in UTC: an ISO date-time (UTC unless it says), or a date (its end)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            moment = datetime.combine(date.fromisoformat(raw), time.max, tzinfo=UTC)
        else:
            moment = datetime.fromisoformat(raw)
            moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    except ValueError:
        raise ParameterError(name, f"{raw!r} is not a date or date-time (2024-11-08 or 2024-11-08T12:00:00Z)") from None
    return Literal(moment.astimezone(UTC).isoformat(), datatype=NamedNode(XSD + "dateTime"))


def parse_definition(name: str, text: str) -> NamedQuery:
    """Read a named query from the text of its .rq file."""
    header: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("#+"):
            continue
        key, _, value = line[2:].partition(":")
        header.setdefault(key.strip(), []).append(value.strip())
    if "title" not in header or "description" not in header:
        raise QueryDefinitionError(f"{name}.rq: the header needs '#+ title:' and '#+ description:'")
    parameters = []
    for spec in header.get("param", []):
        match = _PARAM.match(spec)
        if match is None or match["type"] not in TYPES:
            raise QueryDefinitionError(f"{name}.rq: cannot read parameter {spec!r}")
        choices = tuple(c.strip() for c in (match["choices"] or "").split(",") if c.strip())
        parameters.append(
            Parameter(
                name=match["name"],
                type=match["type"],
                description=match["description"].strip(),
                required=bool(match["required"]),
                default=match["default"],
                choices=choices,
            )
        )
    return NamedQuery(name, header["title"][0], " ".join(header["description"]), tuple(parameters), text)


@cache
def registry() -> dict[str, NamedQuery]:
    """Every named query shipped in this package, by name."""
    found = {}
    for entry in sorted(files(__name__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name.removesuffix(".rq")
            found[name] = parse_definition(name, entry.read_text(encoding="utf-8"))
    return found


def get(name: str) -> NamedQuery:
    """The named query ``name``, or :class:`UnknownQueryError` listing the known ones."""
    try:
        return registry()[name]
    except KeyError:
        raise UnknownQueryError(name, sorted(registry())) from None


def load_text(name: str) -> str:
    """The text of a query file of this package (also internal queries that are not named)."""
    return files(__name__).joinpath(name).read_text(encoding="utf-8")
