"""What an article has said so far, as later sentences need it: who "we" is, who spoke, what happened."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Discourse"]


@dataclass
class Discourse:
    """Memory of one extraction run; a new one for every article."""

    we: str | None = None
    organisation: str | None = None
    persons: tuple[str, ...] = ()
    events: dict[str, str] = field(default_factory=dict)

    def heard(self, speaker: str, kind: str) -> None:
        if kind == "Organisation":
            self.organisation = speaker

    def happened(self, relation: str, subject: str) -> None:
        """The latest actor to act in this relation: whom "the attack" refers back to."""
        self.events[relation] = subject
