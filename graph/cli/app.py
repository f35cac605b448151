"""The ``entente`` Typer app that every command module registers on, and ``main``."""

from __future__ import annotations

import typer

__all__ = ["app", "main"]

app = typer.Typer(
    name="entente",
    help="A knowledge graph of geopolitical actors and their alignments, with the evidence for each.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def main() -> None:
    app()
