"""Who asserts what: "ISW reports that", "according to X", "..., Putin said", "noting"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.extract.clause import Clause
from graph.extract.discourse import Discourse
from graph.extract.lists import expand_left
from graph.extract.subjects import main_subject
from graph.extract.words import (
    ACCUSATIONS,
    ADVERBS,
    ANNOUNCING_VERBS,
    DATE_WORDS,
    DENIALS,
    DETERMINERS,
    PARTICIPIAL_REPORTING,
    QUOTES,
    REPORT_NOUNS,
    SUBORDINATORS,
)

__all__ = ["Attribution", "asserters", "find_attributions"]

_TIME_REACH = 3  # "on 12 May", "last Thursday"
_TRAILING_TAIL = 6


@dataclass(frozen=True, slots=True)
class Attribution:
    """Tokens ``[scope_start, scope_end)`` are asserted by ``speakers``, reported by the verb at ``verb``.

    ``clause`` when the scope is a clause of its own (a subject is not sought before it);
    ``negating`` for a denial ("Iran denied supplying ...").
    """

    verb: int
    scope_start: int
    scope_end: int
    speakers: tuple[str, ...]
    negating: bool = False
    clause: bool = True

    @property
    def resolved(self) -> bool:
        """Whether the speaker is known; an unknown speaker is not the article's own voice either."""
        return bool(self.speakers)


def _scope_end(clause: Clause, start: int) -> int:
    """Where a reported clause ends: a semicolon, or a comma that opens a new clause."""
    for k in range(start, len(clause.tokens)):
        text, nxt = clause.text(k), clause.word(k + 1)
        if text == ";":
            return k
        if text == ",":
            new_subject = nxt == "and" and (m := clause.starts.get(k + 2)) is not None and clause.text(m.end).islower()
            if nxt in SUBORDINATORS | {"but", "as"} or new_subject:
                return k
    return len(clause.tokens)


def _according_to(clause: Clause) -> list[Attribution]:
    """ "According to X, ...": the rest of the sentence; "..., according to X": what comes before."""
    found = []
    for i in range(len(clause.tokens) - 2):
        if clause.word(i) != "according" or clause.word(i + 1) != "to":
            continue
        k = i + 2
        while k < len(clause.tokens) and clause.text(k) not in {",", "."} and k not in clause.starts:
            k += 1
        m = clause.starts.get(k)
        speakers = m.named if m is not None else ()
        if any(j in clause.starts or j in clause.cue_starts for j in range(i)):
            found.append(Attribution(i, 0, i, speakers))
        else:
            comma = next((j for j in range(i, len(clause.tokens)) if clause.text(j) == ","), i)
            found.append(Attribution(i, comma + 1, len(clause.tokens), speakers))
    return found


def _speaker_before(clause: Clause, verb: int, discourse: Discourse) -> tuple[tuple[str, ...], int]:
    """The speakers named just before the verb (none if unknown), and where their phrase starts."""
    j = verb - 1
    while j >= 0 and (clause.word(j) in ADVERBS | DATE_WORDS or clause.text(j).isdigit()):
        j -= 1
    if clause.text(j) == ")" and j in clause.ends:
        j -= 1
    m = clause.ends.get(j + 1)
    if m is not None:
        group = expand_left(clause, m) if m.resolved else (m,)
        return tuple(a for g in group for a in g.named), group[0].start
    word = clause.word(j)
    if word in REPORT_NOUNS and clause.word(j - 1) in DETERMINERS:
        return ((discourse.organisation,) if discourse.organisation else ()), j - 1
    if word in {"he", "she"} and len(set(discourse.persons)) == 1:
        return (discourse.persons[0],), j
    start = j
    while start > 0 and clause.tokens[start].capitalised and clause.text(start - 1) not in {",", *QUOTES}:
        start -= 1
    return (), max(start, 0)


def _trailing(clause: Clause, speaker_start: int, verb_end: int) -> bool:
    """'..., ISW writes.' or '," Lin Jian told a news briefing.': the speaker closes the sentence."""
    before = clause.previous_word_index(speaker_start)
    while before >= 0 and clause.word(before) in DETERMINERS:
        before = clause.previous_word_index(before)
    tail = [k for k in range(verb_end, len(clause.tokens)) if clause.tokens[k].text.isalnum()]
    no_cue_after = not any(c.start >= verb_end for c in clause.cues)
    return before >= 0 and clause.text(before) in {",", *QUOTES} and len(tail) <= _TRAILING_TAIL and no_cue_after


def _inverted(clause: Clause, verb: int, end: int, negating: bool) -> Attribution | None:
    """'"We condemn the attack," said the German Foreign Minister.': the speaker after the verb closes the sentence
    and asserts what the comma before the verb closes."""
    before = clause.previous_word_index(verb)
    k = end + (clause.word(end) == "the")
    m = clause.starts.get(k)
    if clause.text(before) != "," or m is None or not m.resolved:
        return None
    rest = range(m.end, len(clause.tokens))
    name = all(clause.tokens[j].capitalised or not clause.text(j).isalnum() for j in rest)  # "... Annalena Baerbock."
    if not name or any(c.start >= verb for c in clause.cues):
        return None
    return Attribution(verb, 0, before, m.named, negating)


def _past_time(clause: Clause, end: int) -> int:
    """Where "that" stands past a short adjunct of time after a reporting verb ("denied on Thursday that", "said
    today that"); ``end`` when there is none."""
    for k in range(end, min(end + _TIME_REACH + 1, len(clause.tokens))):
        if clause.word(k) == "that":
            return k
        if not (clause.word(k) in DATE_WORDS or clause.text(k).isdigit()):
            return end
    return end


_REJECTING = frozenset({"rejected", "rejects", "rejecting", "dismissed", "dismisses", "refuted", "refutes", "denied"})
_NOUN_REPORTS = frozenset({"claims", "reports"})  # verbs that are nouns after a rejection: "rejected claims that"


def _reported(clause: Clause, verb: int, end: int, discourse: Discourse) -> Attribution | None:
    before = clause.previous_word_index(verb)
    if clause.word(before) in DETERMINERS:
        return None  # a noun: "the reports"
    if clause.word(before) in _REJECTING and clause.word(verb) in _NOUN_REPORTS:  # "rejected claims that it had ..."
        speakers, _ = _speaker_before(clause, before, discourse)
        that = clause.word(verb + 1) == "that"
        return Attribution(before, verb + 2, _scope_end(clause, verb + 2), speakers, True) if that else None
    negating = clause.word(verb) in DENIALS
    if clause.word(verb) in PARTICIPIAL_REPORTING and clause.text(verb - 1) == ",":
        subject = main_subject(clause, verb)
        said_by = subject.named if subject else ()
        return Attribution(verb, end, _scope_end(clause, end), said_by, negating)
    inverted = _inverted(clause, verb, end, negating)
    if inverted is not None:
        return inverted
    speakers, start = _speaker_before(clause, verb, discourse)
    if _trailing(clause, start, end):
        return Attribution(verb, 0, start, speakers, negating)
    end = _past_time(clause, end)  # "North Korea denied on Thursday that ..."
    that = clause.word(end) in {"that", ":"} or clause.text(end) in QUOTES
    gerund = clause.text(end).islower() and clause.text(end).endswith("ing")
    if (clause.words(verb, end) in ANNOUNCING_VERBS and not that) or (negating and not (that or gerund)):
        return None  # an act, not a report: "announced sanctions", "denied the claims"
    scope_start = end + 1 if clause.word(end) in {"that", ":"} else end
    clause_follows = not gerund and clause.word(verb) not in ACCUSATIONS
    return Attribution(verb, scope_start, _scope_end(clause, scope_start), speakers, negating, clause_follows)


def find_attributions(clause: Clause, discourse: Discourse) -> tuple[Attribution, ...]:
    """Every report in the sentence: its speaker and the tokens it covers."""
    found = _according_to(clause)
    i = 0
    while i < len(clause.tokens):
        end = clause.reporting_verb_at(i)
        attribution = _reported(clause, i, end, discourse) if end > i else None
        if attribution is not None:
            found.append(attribution)
        i = max(end, i + 1)
    return tuple(found)


def asserters(attributions: Sequence[Attribution], at: int) -> Attribution | None:
    """The innermost attribution whose scope holds token ``at``."""
    holding = [a for a in attributions if a.scope_start <= at < a.scope_end and a.verb != at]
    return max(holding, key=lambda a: a.scope_start, default=None)
