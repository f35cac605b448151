"""``entente review``: accept or reject the candidate claims of a claims file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from graph.cli.app import app
from graph.cli.common import StoreOption, fail, opened
from graph.errors import InputError, Problem
from graph.intake import read_claims
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


def ask(claims: list[Claim], names: dict[str, str]) -> tuple[list[int], list[int]]:
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
        answer = typer.prompt("  accept, reject or skip? [a/r/s]", default="s").strip().lower()
        if answer.startswith("a"):
            accept.append(row)
        elif answer.startswith("r"):
            reject.append(row)
    return accept, reject


@app.command()
def review(
    file: Annotated[Path, typer.Argument(help="a claims file of candidates (as `entente extract` writes)")],
    accept: Annotated[str | None, typer.Option(help="rows to accept: 1,3,5-7")] = None,
    reject: Annotated[str | None, typer.Option(help="rows to reject: 2,4")] = None,
    store: StoreOption = None,
) -> None:
    """Accept candidates (asserted, drawn as edges) or reject them (removed without trace).

    Rows are numbered from 1, in the order of the file. Without --accept or --reject, asks row by
    row in the terminal.
    """
    with opened(store) as graph:
        try:
            data = file.read_bytes()
        except OSError as error:
            fail(InputError(Problem(f"cannot read: {error.strerror}", file=str(file))))
        claims = read_claims(data, str(file), catalogue(graph))
        accepted, rejected = parse_rows(accept, "--accept"), parse_rows(reject, "--reject")
        if not accepted and not rejected:
            if not sys.stdin.isatty():
                fail(InputError("give --accept and/or --reject rows, or run in a terminal to review row by row"))
            names = {iri: actor.label for iri, actor in catalogue(graph).actors.items()}
            accepted, rejected = ask(claims, names)
        report = review_claims(graph, claims, accepted, rejected)
    typer.echo(f"accepted {report.accepted}, rejected {report.rejected} of {len(claims)} rows")
