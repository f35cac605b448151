"""``entente claims``: one claim's life — retract, restore, supersede — and its history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

import typer

from graph.cli.app import app
from graph.cli.common import (
    DATE_FORMATS,
    FormatOption,
    Option,
    Output,
    Recorder,
    StoreOption,
    day,
    opened,
    with_options,
)
from graph.cli.output import show
from graph.intake import recorder as recorder_name
from graph.intake import restore, retract, supersede
from graph.reads import ClaimChange, history
from graph.store import GraphStore

__all__ = ["claims"]

claims = typer.Typer(name="claims", help="One claim's life: retract, restore, supersede, and its history.")
app.add_typer(claims, name="claims")

ClaimId = Annotated[str, typer.Argument(help="the claim's id (from a query, /claims or the viewer), or its IRI")]
HEADER = ["claim", "from", "to", "at", "by", "reason", "successor"]


def _rows(changes: list[ClaimChange]) -> list[list[str]]:
    return [
        [
            c.claim,
            c.from_status or "(recorded)",
            c.to_status,
            c.at.isoformat(timespec="seconds"),
            c.by,
            c.reason or "",
            c.successor or "",
        ]
        for c in changes
    ]


def _report(change: ClaimChange) -> None:
    show(Output.table, {}, HEADER, _rows([change]), None)


_WRITE: list[Option] = [("recorder", Recorder, None), ("store", StoreOption, None)]


def recorded(change: Callable[..., ClaimChange]) -> Callable[..., None]:
    """Give a command that changes a claim ``--as`` and ``--store``, declared once here: it is
    called with the opened store as ``graph`` and who records the change as ``by``, and the change
    it returns is shown."""

    @with_options(change, ("graph", "by"), _WRITE)
    def run(recorder: str | None = None, store: str | None = None, **values: Any) -> None:
        with opened(store) as graph:
            _report(change(graph=graph, by=recorder_name(recorder), **values))

    return run


@claims.command("retract")
@recorded
def retract_command(
    graph: GraphStore,
    by: str,
    claim: ClaimId,
    reason: Annotated[str, typer.Option(help="why the claim is withdrawn")],
) -> ClaimChange:
    """Retract one claim: kept for the record, never drawn; its edge goes unless another claim holds it."""
    return retract(graph, claim, by=by, reason=reason)


@claims.command("restore")
@recorded
def restore_command(
    graph: GraphStore,
    by: str,
    claim: ClaimId,
    reason: Annotated[str | None, typer.Option(help="why it holds after all")] = None,
) -> ClaimChange:
    """Assert a retracted claim again."""
    return restore(graph, claim, by=by, reason=reason)


@claims.command("supersede")
@recorded
def supersede_command(
    graph: GraphStore,
    by: str,
    claim: ClaimId,
    reason: Annotated[str, typer.Option(help="what was wrong")],
    subject: Annotated[str | None, typer.Option(help="the corrected subject: a name, id or code")] = None,
    relation: Annotated[str | None, typer.Option(help="the corrected relation type")] = None,
    obj: Annotated[str | None, typer.Option("--object", help="the corrected object")] = None,
    valid_from: Annotated[datetime | None, typer.Option(formats=DATE_FORMATS, help="the corrected start")] = None,
    valid_until: Annotated[datetime | None, typer.Option(formats=DATE_FORMATS, help="the corrected end")] = None,
    confidence: Annotated[float | None, typer.Option(min=0, max=1, help="the corrected confidence")] = None,
) -> ClaimChange:
    """Replace a claim by a corrected one on the same evidence; the old one is kept and points to it."""
    return supersede(
        graph,
        claim,
        by=by,
        reason=reason,
        subject=subject,
        relation=relation,
        obj=obj,
        valid_from=day(valid_from),
        valid_until=day(valid_until),
        confidence=Decimal(str(confidence)) if confidence is not None else None,
    )


@claims.command("history")
def history_command(claim: ClaimId, output_format: FormatOption = Output.table, store: StoreOption = None) -> None:
    """A claim's status changes: from, to, when, by whom and why."""
    with opened(store) as graph:
        changes = history(graph, claim)
    show(output_format, [vars(c) | {"at": c.at.isoformat()} for c in changes], HEADER, _rows(changes), None)
