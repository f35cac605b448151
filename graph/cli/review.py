"""``entente review``: accept or reject the candidate claims of a claims file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from graph.cli.app import app
from graph.cli.common import Recorder, StoreOption, fail, opened
from graph.errors import InputError, Problem
from graph.intake import read_claims, rejected_claims
from graph.intake import review as review_claims
from graph.model import Claim, catalogue
from graph.namespaces import ENT

__all__ = ["review"]


def parse_rows(text: str | None, option: str) -> list[int]:
    rows: list[int] = []
    for part in (text or "").split(","):
        part = part.strip()
        if not part:
            continue
        first, _, last = part.partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise InputError(Problem(f"{part!r} is not a row number or range (3 or 2-5)", column=option))
        rows.extend(range(int(first), int(last or first) + 1))
    return rows


ANSWERS = {"a": "accept", "accept": "accept", "r": "reject", "reject": "reject", "s": "skip", "skip": "skip"}


def interactive() -> bool:
    """Whether answers come from a person at a terminal (else from a pipe or file, one a line)."""
    return sys.stdin.isatty()


def answer_for(row: int, asking: bool) -> str:
    """accept, reject or skip for ``row``: a person is asked again after an unknown answer; piped
    answers fail at one, or when they run out, naming the row."""
    while True:
        try:
            answer = typer.prompt("  accept, reject or skip? [a/r/s]", default="s", show_default=False)
        except typer.Abort:
            fail(InputError(Problem(f"row {row}: no answer (the input ended)")))
        chosen = ANSWERS.get(answer.strip().lower())
        if chosen is not None:
            return chosen
        if not asking:
            fail(InputError(Problem(f"row {row}: {answer.strip()!r} is not a, r or s (accept, reject or skip)")))
        typer.echo("  answer a (accept), r (reject) or s (skip)")


def ask(
    claims: list[Claim], names: dict[str, str], rejected: set[str], asking: bool = True
) -> tuple[list[int], list[int]]:
    accept: list[int] = []
    reject: list[int] = []
    for row, claim in enumerate(claims, start=1):
        denial = "NOT " if claim.negated else ""
        who = names.get(claim.asserted_by or "", "the source")
        typer.echo(
            f"\n[{row}/{len(claims)}] {names[claim.subject]} {denial}{claim.relation.removeprefix(ENT)} {names[claim.object]}"
        )
        typer.echo(f"  asserted by {who}, confidence {claim.confidence}")
        typer.echo(f"  “{claim.quote}”")
        if claim.iri.value in rejected:
            typer.echo(f"  rejected earlier: skipped (--restore {row} to review it again)")
            continue
        answer = answer_for(row, asking)
        if answer == "accept":
            accept.append(row)
        elif answer == "reject":
            reject.append(row)
    return accept, reject


@app.command()
def review(
    file: Annotated[Path, typer.Argument(help="a claims file of candidates (as `entente extract` writes)")],
    accept: Annotated[str | None, typer.Option(help="rows to accept: 1,3,5-7")] = None,
    reject: Annotated[str | None, typer.Option(help="rows to reject: 2,4")] = None,
    restore: Annotated[str | None, typer.Option(help="rows rejected earlier, to review again: 2")] = None,
    recorder: Recorder = None,
    store: StoreOption = None,
) -> None:
    """Accept candidates (asserted, drawn as edges) or reject them (removed; the rejection is
    remembered, so a rejected row stays rejected until --restore).

    Rows are numbered from 1, in the order of the file. Without --accept or --reject, asks row by
    row: in a terminal, or reading one answer a line (a, r or s) from a pipe.
    """
    with opened(store) as graph:
        try:
            data = file.read_bytes()
        except OSError as error:
            fail(InputError(Problem(f"cannot read: {error.strerror}", file=str(file))))
        claims = read_claims(data, str(file), catalogue(graph))
        accepted, rejected = parse_rows(accept, "--accept"), parse_rows(reject, "--reject")
        restored = parse_rows(restore, "--restore")
        if not accepted and not rejected and not restored:
            names = {iri: actor.label for iri, actor in catalogue(graph).actors.items()}
            earlier = rejected_claims(graph, (c.iri for c in claims))
            accepted, rejected = ask(claims, names, earlier, asking=interactive())
        report = review_claims(graph, claims, accepted, rejected, restored, by=recorder)
    restored_note = f", restored {report.restored}" if report.restored else ""
    typer.echo(f"accepted {report.accepted}, rejected {report.rejected}{restored_note} of {len(claims)} rows")
