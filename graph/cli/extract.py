"""``entente extract``: an article to candidate claims, and the extractor's evaluation."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from graph.cli.app import app
from graph.cli.common import DATE_FORMATS, OutputFile, StoreOption, catalogue_store, fail
from graph.errors import InputError, Problem

__all__ = ["extract"]


@app.command()
def extract(
    article: Annotated[Path | None, typer.Argument(help="a plain-text article")] = None,
    source_url: Annotated[str | None, typer.Option(help="where the article was published")] = None,
    title: Annotated[str | None, typer.Option(help="its title", show_default="its first line")] = None,
    publisher: Annotated[str | None, typer.Option(help="who published it")] = None,
    published: Annotated[
        datetime | None, typer.Option(formats=DATE_FORMATS, help="its publication date", show_default="its dateline")
    ] = None,
    output: OutputFile = None,
    evaluate_dir: Annotated[
        Path | None, typer.Option("--evaluate", help="score the extractor on a labelled directory instead")
    ] = None,
    details: Annotated[bool, typer.Option(help="with --evaluate: list each article's misses and false claims")] = False,
    store: StoreOption = None,
) -> None:
    """Propose the claims an article makes, each with its quote, as candidates for review.

    Writes the claims CSV (status=candidate) that `entente load` and `entente review` read. The
    store's catalogue names the actors, or the packaged one where there is no store.
    """
    # The extractor (its rules and lexicon) is imported when it runs, not by every `entente` command.
    from graph.extract import dateline, evaluate, first_line, format_evaluation, store_lexicon, write_candidates_csv
    from graph.extract import extract as extract_claims

    with catalogue_store(store) as graph:
        lexicon = store_lexicon(graph)
    if evaluate_dir is not None:
        typer.echo(format_evaluation(evaluate(evaluate_dir, lexicon), details=details))
        return
    if article is None:
        fail(InputError("give an article to read, or --evaluate DIR"))
    try:
        text = article.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        fail(InputError(Problem(f"cannot read as UTF-8 text: {error}", file=str(article))))
    day = published.date() if published else dateline(text)
    if day is None:
        fail(InputError(Problem("no dateline found: give --published YYYY-MM-DD", file=str(article))))
    candidates = extract_claims(
        text,
        lexicon,
        published=day,
        source_url=source_url,
        title=title or first_line(text) or article.name,
        publisher=publisher,
    )
    if output is None:
        count = write_candidates_csv(candidates, sys.stdout)
    else:
        try:
            with output.open("w", encoding="utf-8", newline="") as handle:
                count = write_candidates_csv(candidates, handle)
        except OSError as error:
            fail(f"{output}: cannot write: {error.strerror}")
    typer.echo(f"{count} candidate claim(s) from {article}", err=True)
