"""Items of a list that a sentence ending in ":" opens, each continuing it: "In a decision adopted today, the
Council:" / "• condemned the attack on X by Y;" / "• urged Y to withdraw;" / "• expressed their support to X;". The
subject the opening sentence ends with acts in every item that opens with its verb."""

from __future__ import annotations

from graph.extract.agents import Agent
from graph.extract.clause import Clause, CueMatch
from graph.extract.discourse import Discourse
from graph.extract.mentions import Mention
from graph.extract.words import DETERMINERS, PREPOSITIONS

__all__ = ["introduced_subject", "item_agent"]


def _organ_of(clause: Clause, m: Mention) -> bool:
    """ "the Permanent Council of the OAS": a body named after "of" and a capitalised organ of it."""
    j = clause.word_before(m.start)
    return clause.word(j) == "of" and clause.text(j - 1)[:1].isupper() and j - 1 not in clause.covered


def introduced_subject(clause: Clause, discourse: Discourse) -> tuple[str, ...]:
    """Who a sentence ending in ":" names last as its subject ("..., the Council of Europe:", "the Permanent Council
    of the OAS:"), or the statement's voice for an organ of its own ("the Committee of Ministers:"); () otherwise."""
    last = len(clause.tokens) - 1
    if last < 1 or clause.text(last) != ":":
        return ()
    m = clause.ends.get(last)
    if m is not None:
        plain = m.resolved and not m.possessive and (not clause.prepositional(m) or _organ_of(clause, m))
        return m.named if plain else ()
    j = last - 1  # "the Committee of Ministers": capitalised words and "of" after the last comma, the voice's organ
    while j > 0 and (clause.text(j)[:1].isupper() or clause.word(j) == "of") and j not in clause.covered:
        j -= 1
    organ = clause.word(j) == "the" and clause.text(j - 1) == "," and j + 1 < last
    return discourse.we if organ else ()


def item_agent(clause: Clause, cue: CueMatch, discourse: Discourse) -> Agent | None:
    """The opening sentence's subject, for a cue in an item that opens with its verb: nothing before the cue but
    words in lower case ("condemned", "expressed their", "also urged"), the first not an article or a preposition."""
    if not discourse.introduced or not clause.tokens or clause.word(0) in DETERMINERS | PREPOSITIONS:
        return None
    plain = all(clause.text(k).isalpha() and clause.text(k).islower() for k in range(0, cue.start))
    return Agent(discourse.introduced, "coordinated", 0, 0) if plain and clause.text(0).islower() else None
