"""The exceptions of entente's core, rooted in :class:`EntenteError`.

The HTTP layer maps each class to a status; the CLI prints them and exits 1.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where: ``claims.csv:4: column 'confidence': ...``."""

    message: str
    file: str | None = None
    line: int | None = None
    column: str | int | None = None
    focus: str | None = None  # the offending node of a SHACL result

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.file, self.line) if p is not None)
        parts = [where] if where else []
        if self.column is not None:
            parts.append(f"column {self.column!r}" if isinstance(self.column, str) else f"column {self.column}")
        if self.focus:
            parts.append(self.focus)
        parts.append(self.message)
        return ": ".join(parts)


class EntenteError(Exception):
    """The root of entente's errors."""


class InputError(EntenteError):
    """The input (a file, a parameter, a request body) is invalid; nothing was written."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = Problem(problems)
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class QuerySyntaxError(InputError):
    """A SPARQL query or update does not parse; the message carries the position."""


class ForbiddenOperationError(EntenteError):
    """The request asks for something the store refuses: a remote SERVICE, LOAD, a write."""


class NotFoundError(EntenteError):
    """A named thing (an actor, a relation type, a claim, a query) does not exist."""

    def __init__(self, kind: str, key: str, suggestions: list[str] | None = None, *, hint: str | None = None) -> None:
        self.kind = kind
        self.key = key
        self.suggestions = suggestions or []  # the closest names, never advice: that is ``hint``
        self.hint = hint
        closest = f"; did you mean {', '.join(repr(s) for s in self.suggestions)}?" if self.suggestions else ""
        advice = f"; {hint}" if hint else ""
        super().__init__(f"unknown {kind} {key!r}{closest}{advice}")


class AmbiguousNameError(InputError):
    """A name matches several actors; the caller must say which."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(f"{name!r} is ambiguous: it names {', '.join(candidates)}")


class StoreError(EntenteError):
    """The store could not be opened, read or written (I/O, lock, corruption)."""


class QueryTimeoutError(EntenteError):
    """A query ran past its deadline and was stopped (or, where it cannot be, abandoned)."""


class QueryCancelledError(EntenteError):
    """The client went away; its query was stopped."""


class ServerBusyError(EntenteError):
    """No query worker became free in time, or a client sent too many requests."""

    def __init__(self, message: str, retry_after_s: int = 1) -> None:
        self.retry_after_s = retry_after_s
        super().__init__(message)
