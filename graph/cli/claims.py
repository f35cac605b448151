"""``entente claims``: one claim's life — retract, restore, supersede — and its history."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated

import typer

from graph.cli.app import app
from graph.cli.common import DATE_FORMATS, FormatOption, Output, Recorder, StoreOption, day, opened
from graph.cli.output import show
from graph.intake import recorder as recorder_name
from graph.intake import restore, retract, supersede
from graph.reads import ClaimChange, history

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


def _recorder(name: str | None) -> str:
    return recorder_name(name)


@claims.command("retract")
def retract_command(
    claim: ClaimId,
    reason: Annotated[str, typer.Option(help="why the claim is withdrawn")],
    recorder: Recorder = None,
    store: StoreOption = None,
) -> None:
    """Retract one claim: kept for the record, never drawn; its edge goes unless another claim holds it."""
    with opened(store) as graph:
        _report(retract(graph, claim, by=_recorder(recorder), reason=reason))


@claims.command("restore")
def restore_command(
    claim: ClaimId,
    reason: Annotated[str | None, typer.Option(help="why it holds after all")] = None,
    recorder: Recorder = None,
    store: StoreOption = None,
) -> None:
    """Assert a retracted claim again."""
    with opened(store) as graph:
        _report(restore(graph, claim, by=_recorder(recorder), reason=reason))


@claims.command("supersede")
def supersede_command(
    claim: ClaimId,
    reason: Annotated[str, typer.Option(help="what was wrong")],
    subject: Annotated[str | None, typer.Option(help="the corrected subject: a name, id or code")] = None,
    relation: Annotated[str | None, typer.Option(help="the corrected relation type")] = None,
    obj: Annotated[str | None, typer.Option("--object", help="the corrected object")] = None,
    valid_from: Annotated[datetime | None, typer.Option(formats=DATE_FORMATS, help="the corrected start")] = None,
    valid_until: Annotated[datetime | None, typer.Option(formats=DATE_FORMATS, help="the corrected end")] = None,
    confidence: Annotated[float | None, typer.Option(min=0, max=1, help="the corrected confidence")] = None,
    recorder: Recorder = None,
    store: StoreOption = None,
) -> None:
    """Replace a claim by a corrected one on the same evidence; the old one is kept and points to it."""
    with opened(store) as graph:
        change = supersede(
            graph,
            claim,
            by=_recorder(recorder),
            reason=reason,
            subject=subject,
            relation=relation,
            obj=obj,
            valid_from=day(valid_from),
            valid_until=day(valid_until),
            confidence=Decimal(str(confidence)) if confidence is not None else None,
        )
        _report(change)


@claims.command("history")
def history_command(claim: ClaimId, output_format: FormatOption = Output.table, store: StoreOption = None) -> None:
    """A claim's status changes: from, to, when, by whom and why."""
    with opened(store) as graph:
        changes = history(graph, claim)
    show(output_format, [vars(c) | {"at": c.at.isoformat()} for c in changes], HEADER, _rows(changes), None)
