"""The clocks of a claim, each rule written once.

*Valid time*: a relation holds in the world from ``validFrom`` to ``validUntil`` (both days
included; either may be open). *Known time*: a claim is known from the day its source was
issued. In SPARQL the rules are extension functions of the ontology, used like any function::

    FILTER(ent:validOn(?validFrom, ?validUntil, ?_as_of) && ent:knownBy(?published, ?_known_at))

:func:`expand` rewrites them into standard SPARQL 1.1 before a query runs (the named queries
and the code's own queries alike), so every store understands them. An unbound day means "at
any time": the filter keeps everything. In Python the same rules are :func:`valid_on`,
:func:`valid_during` and :func:`known_by`.
"""

from __future__ import annotations

import re
from datetime import date

ENT = "https://w3id.org/entente/ontology#"

_VARIABLE = r"\s*(\?[A-Za-z_][A-Za-z0-9_]*)\s*"
_FUNCTION = r"(?:ent:|<" + re.escape(ENT) + r")({name})>?\("
_VALID_ON = re.compile(_FUNCTION.format(name="validOn") + _VARIABLE + "," + _VARIABLE + "," + _VARIABLE + r"\)")
_KNOWN_BY = re.compile(_FUNCTION.format(name="knownBy") + _VARIABLE + "," + _VARIABLE + r"\)")


def expand(query: str) -> str:
    """``query`` with ``ent:validOn(?from, ?until, ?day)`` and ``ent:knownBy(?issued, ?day)``
    written out as standard SPARQL expressions (their arguments must be variables)."""
    query = _VALID_ON.sub(
        lambda m: "(!BOUND({3}) || ((!BOUND({1}) || {1} <= {3}) && (!BOUND({2}) || {3} <= {2})))".format(*m.groups()),
        query,
    )
    return _KNOWN_BY.sub(lambda m: "(!BOUND({2}) || {1} <= {2})".format(*m.groups()), query)


def valid_on(valid_from: date | None, valid_until: date | None, day: date | None) -> bool:
    """Whether a relation valid from ``valid_from`` to ``valid_until`` holds on ``day`` (any day if None)."""
    return day is None or ((valid_from is None or valid_from <= day) and (valid_until is None or day <= valid_until))


def valid_during(valid_from: date | None, valid_until: date | None, start: date, end: date) -> bool:
    """Whether a relation valid from ``valid_from`` to ``valid_until`` holds on some day of ``start``..``end``."""
    return (valid_from is None or valid_from <= end) and (valid_until is None or start <= valid_until)


def known_by(issued: date | None, day: date | None) -> bool:
    """Whether a claim whose source was issued on ``issued`` is known on ``day`` (any day if None)."""
    return day is None or (issued is not None and issued <= day)
