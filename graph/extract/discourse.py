"""What an article has said so far, as later sentences need it: who "we" is, who spoke, what happened."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Discourse"]

_SIGNATORIES_REACH = 2  # the sentences in which a list of parties opening one may be a joint statement's signatories


@dataclass
class Discourse:
    """Memory of one extraction run; a new one for every article."""

    we: tuple[str, ...] = ()
    joint: bool = False
    back: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()  # who opened the latest sentence as its subject, one actor or a list
    organisation: str | None = None
    persons: tuple[str, ...] = ()
    events: dict[str, str] = field(default_factory=dict)
    opened_sentences: int = 0
    states: dict[str, None] = field(default_factory=dict)
    officers: frozenset[tuple[str, ...]] = frozenset()  # names of the voice's officers ("Al-Hajraf")
    delegation: tuple[str, ...] = ()  # the parties of a delegation named as such ("Representatives from A, B, C")
    introduced: tuple[str, ...] = ()  # who acts in the items of a list a sentence ending in ":" opened
    organs: dict[str, str] = field(default_factory=dict)  # bodies named so far, by their name's last word
    bloc: str | None = None  # the latest bloc named ("It joins A and B in the bloc")

    def named(self, states: tuple[str, ...]) -> None:
        """States the article has named, in order."""
        self.states.update(dict.fromkeys(states))

    def only_other_state(self) -> str | None:
        """The one state named so far that is not the statement's own voice, if there is exactly one."""
        others = [s for s in self.states if s not in self.we]
        return others[0] if len(others) == 1 else None

    def opened(self, parties: tuple[str, ...], *, voiced: bool) -> None:
        """A sentence opened with ``parties`` as its subject: "They" in the next stands for them.

        The first list of parties that holds the voice ("The United States, Japan and the ROK
        condemn") is a joint statement's signatories: "we" speaks for each from then on.
        """
        self.back = parties
        self.opened_sentences += 1
        heading = self.opened_sentences <= _SIGNATORIES_REACH  # later, "The UK and US have also announced" is news
        if heading and self.we and not voiced and not self.joint and len(parties) > 1 and set(self.we) < set(parties):
            self.we, self.joint = parties, True

    def heard(self, speaker: str, kind: str) -> None:
        if kind == "Organisation":
            self.organisation = speaker

    def happened(self, relation: str, subject: str) -> None:
        """The latest actor to act in this relation: whom "the attack" refers back to."""
        self.events[relation] = subject
