"""The answers of the analysis as frozen dataclasses, and their plain-JSON form."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = [
    "Alignment",
    "Balance",
    "Bloc",
    "Centrality",
    "Changes",
    "Flip",
    "Hop",
    "Path",
    "Tie",
    "Triad",
    "WindowScore",
    "jsonable",
]


@dataclass(frozen=True)
class Bloc:
    members: tuple[str, ...]
    labels: tuple[str, ...]
    weight: float  # the sum of the positive ties inside the bloc


@dataclass(frozen=True)
class Tie:
    subject: str
    relation: str
    object: str
    weight: float
    claims: tuple[str, ...]


@dataclass(frozen=True)
class Hop:
    source: str
    target: str
    sign: int
    ties: tuple[Tie, ...]
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Path:
    nodes: tuple[str, ...]
    sign: int  # the product of the hops' signs: +1 a friendly chain, -1 a hostile one
    hops: tuple[Hop, ...]


@dataclass(frozen=True)
class Triad:
    nodes: tuple[str, str, str]
    signs: tuple[int, int, int]  # of the pairs (0, 1), (0, 2), (1, 2)


@dataclass(frozen=True)
class Balance:
    triads: int
    balanced: int
    unbalanced: tuple[Triad, ...]

    @property
    def ratio(self) -> float:
        """The share of signed triads that are balanced (1.0 when there are none)."""
        return self.balanced / self.triads if self.triads else 1.0


@dataclass(frozen=True)
class Centrality:
    actor: str
    label: str
    degree: int  # distinct neighbours
    betweenness: float
    positive: float  # the sum of cooperative weight on its ties
    negative: float  # the sum of hostile weight on its ties


@dataclass(frozen=True)
class Flip:
    a: str
    b: str
    before: float
    after: float


@dataclass(frozen=True)
class Changes:
    gained: tuple[Tie, ...]
    lost: tuple[Tie, ...]
    flipped: tuple[Flip, ...]


@dataclass(frozen=True)
class Alignment:
    """How aligned two actors are, and on what: ``score`` is None when nothing ties them (no direct
    tie and no third party both have a tie with), which a neutral 0.0 is not."""

    score: float | None
    claims: int  # the claims behind the ties the score weighs
    sources: int  # the distinct sources of those claims


@dataclass(frozen=True)
class WindowScore:
    start: date
    end: date
    score: float | None  # None: no evidence in the window
    claims: int = 0
    sources: int = 0


def jsonable(value: Any) -> Any:
    """Results as plain JSON values: dataclasses as dicts, dates as ISO strings, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, Balance):
            result["ratio"] = round(value.ratio, 6)
        return result
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value
