"""The ``entente`` command: a leaf that nothing else imports."""

from graph.cli.app import main

__all__ = ["main"]
