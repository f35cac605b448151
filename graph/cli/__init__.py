"""The ``entente`` command: a leaf that nothing else imports.

``app`` declares the Typer app and ``main``; ``common`` the options the commands share, opening
a store and failing with one line; ``output`` tables, CSV and progress. The commands, each module
registering its own on ``app``: ``store`` (init, load, validate, stats, dump), ``query``,
``serve``, ``analysis`` (export and the analyse group), ``extract``, ``review``, ``search`` and ``claims`` (retract, restore, supersede, history).
"""

from graph.cli import analysis, claims, extract, query, review, search, serve, store
from graph.cli.app import app, main

__all__ = ["analysis", "app", "claims", "extract", "main", "query", "review", "search", "serve", "store"]
