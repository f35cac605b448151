"""The clocks of a claim, each rule written once.

*Valid time*: a relation holds in the world from ``validFrom`` to ``validUntil`` (both days
included; either may be open). *Known time*: a claim is known from the day its source was
issued. *Record time*: the graph holds a claim from the moment the first load that wrote it
started (``prov:wasGeneratedBy``; a claim without that record counts from the start), and its
status at a moment is the one its status changes (``ent:StatusChange``) had left it in. In SPARQL
the rules are extension functions of the ontology, used like any function::

    FILTER(ent:validOn(?validFrom, ?validUntil, ?_as_of) && ent:knownBy(?published, ?_known_at))
    FILTER(ent:recordedAs(?claim, ?status, ?_status, ?_recorded_at))

(the last: the claim had status ``?_status`` — any, if unbound — at ``?_recorded_at``, or now
if that is unbound; its current status is ``?status``).

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
_RECORDED_AS = re.compile(
    _FUNCTION.format(name="recordedAs") + _VARIABLE + "," + _VARIABLE + "," + _VARIABLE + "," + _VARIABLE + r"\)"
)
_PROV = "http://www.w3.org/ns/prov#"
# ent:recordedAs(C, S, W, R) written out: C's status now is S; W is the status asked for (any if
# unbound), R the moment (now if unbound). Its status at R is the "to" of its last change up to
# R; with no change up to R, the "from" of its first change; with no change at all, S. A claim
# counts only once recorded: R after its first load (or no record of a load at all).
# {n} keeps each expansion's own variables apart; {P} and {E} are the PROV and entente namespaces.
_RECORDED_TEMPLATE = """((!BOUND({R}) && (!BOUND({W}) || {S} = {W}))
 || (BOUND({R})
     && (NOT EXISTS {{ {C} <{P}wasGeneratedBy> ?r{n}a }}
         || EXISTS {{ {C} <{P}wasGeneratedBy> ?r{n}b . ?r{n}b <{P}startedAtTime> ?r{n}t0 . FILTER(?r{n}t0 <= {R}) }})
     && (!BOUND({W})
         || EXISTS {{
              ?r{n}c <{P}used> {C} ; a <{E}StatusChange> ; <{P}startedAtTime> ?r{n}t1 ; <{E}toStatus> {W} .
              FILTER(?r{n}t1 <= {R})
              FILTER NOT EXISTS {{
                ?r{n}d <{P}used> {C} ; a <{E}StatusChange> ; <{P}startedAtTime> ?r{n}t2 .
                FILTER(?r{n}t2 <= {R} && ?r{n}t2 > ?r{n}t1)
              }}
            }}
         || (NOT EXISTS {{
               ?r{n}e <{P}used> {C} ; a <{E}StatusChange> ; <{P}startedAtTime> ?r{n}t3 . FILTER(?r{n}t3 <= {R})
             }}
             && (EXISTS {{
                   ?r{n}f <{P}used> {C} ; a <{E}StatusChange> ; <{P}startedAtTime> ?r{n}t4 ; <{E}fromStatus> {W} .
                   FILTER NOT EXISTS {{
                     ?r{n}g <{P}used> {C} ; a <{E}StatusChange> ; <{P}startedAtTime> ?r{n}t5 . FILTER(?r{n}t5 < ?r{n}t4)
                   }}
                 }}
                 || (NOT EXISTS {{ ?r{n}h <{P}used> {C} ; a <{E}StatusChange> }} && {S} = {W}))))))"""


def expand(query: str) -> str:
    """``query`` with ``ent:validOn(?from, ?until, ?day)``, ``ent:knownBy(?issued, ?day)`` and
    ``ent:recordedAs(?claim, ?status, ?wanted, ?moment)`` written out as standard SPARQL
    expressions (their arguments must be variables)."""
    query = _VALID_ON.sub(
        lambda m: "(!BOUND({3}) || ((!BOUND({1}) || {1} <= {3}) && (!BOUND({2}) || {3} <= {2})))".format(*m.groups()),
        query,
    )
    query = _KNOWN_BY.sub(lambda m: "(!BOUND({2}) || {1} <= {2})".format(*m.groups()), query)
    counter = iter(range(1, 1 << 30))
    return _RECORDED_AS.sub(
        lambda m: _RECORDED_TEMPLATE.format(C=m[2], S=m[3], W=m[4], R=m[5], n=next(counter), P=_PROV, E=ENT),
        query,
    )


def valid_on(valid_from: date | None, valid_until: date | None, day: date | None) -> bool:
    """Whether a relation valid from ``valid_from`` to ``valid_until`` holds on ``day`` (any day if None)."""
    return day is None or ((valid_from is None or valid_from <= day) and (valid_until is None or day <= valid_until))


def valid_during(valid_from: date | None, valid_until: date | None, start: date, end: date) -> bool:
    """Whether a relation valid from ``valid_from`` to ``valid_until`` holds on some day of ``start``..``end``."""
    return (valid_from is None or valid_from <= end) and (valid_until is None or start <= valid_until)


def known_by(issued: date | None, day: date | None) -> bool:
    """Whether a claim whose source was issued on ``issued`` is known on ``day`` (any day if None)."""
    return day is None or (issued is not None and issued <= day)
