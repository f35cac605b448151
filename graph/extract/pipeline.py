"""Rule-based extraction: an article's text to candidate claims in the claims intake format.

Actors are found by the catalogue's names and relations by the relation types' cue phrases,
both read as data (:func:`graph.extract.lexicon.lexicon_from_store`). Every candidate carries
the sentence that supports it with its offsets in the text, who asserts it, the date the
sentence gives, and a confidence. Precision comes first: a mention that is ambiguous, a
relation that is only hedged ("could sanction") or a subject that cannot be found yields
nothing rather than a guess.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import TextIO

from graph.extract.accountable import accounting_cues
from graph.extract.alongside import placed_in
from graph.extract.anaphora import opening_end, previous_subject
from graph.extract.attribution import Attribution, asserters, find_attributions
from graph.extract.chairs import chair_members
from graph.extract.clause import Clause, CueMatch, find_cues
from graph.extract.country import country_mentions
from graph.extract.dates import DateMention, find_dates
from graph.extract.delegation import delegation_listed, delegation_mention
from graph.extract.discourse import Discourse
from graph.extract.items import introduced_subject
from graph.extract.leaders import leaders_as_states, own_leaders, regimes_as_states
from graph.extract.lexicon import Lexicon, lexicon_from_store
from graph.extract.lists import expand_left, expand_right
from graph.extract.meetings import meeting_partners
from graph.extract.mentions import find_mentions
from graph.extract.officers import officer_names
from graph.extract.officers_of_members import officers_of_members
from graph.extract.organs import named_organ, remember_organs
from graph.extract.quoted import quoted_we
from graph.extract.reference import government_mentions
from graph.extract.relations import Hit, relation_hits
from graph.extract.structure import (
    absorb_members,
    apposed_members,
    composition_members,
    copular_members,
    possessive_members,
    structural_hits,
)
from graph.extract.text import Sentence, body_sentences, token_indices
from graph.extract.voice import signatories, signing_states, voice, voice_mentions
from graph.intake.claims_format import COLUMNS
from graph.intake.safety import HIDDEN
from graph.reads import safe_cell

__all__ = [
    "COLUMNS",
    "CandidateClaim",
    "Lexicon",
    "candidates_to_rows",
    "extract",
    "lexicon_from_store",
    "write_candidates_csv",
]

_UNRESOLVED_SPEAKER_PENALTY = 0.2
_SIGNATORY_CONFIDENCE = 0.8
_CONFIDENCE_RANGE = (0.1, 0.95)
_BODY_OF = [["the", "members", "of", "the"], ["the", "members", "of"], ["members", "of", "the"]]


@dataclass(frozen=True, slots=True)
class CandidateClaim:
    """One proposed claim; ``asserted_by`` is empty when the article asserts it in its own voice."""

    subject: str
    relation: str
    object: str
    asserted_by: str
    negated: bool
    confidence: float
    quote: str
    quote_start: int
    quote_end: int
    valid_from: date | None = None
    valid_until: date | None = None
    source_url: str | None = None
    source_title: str | None = None
    publisher: str | None = None
    published: date | None = None

    def key(self, symmetric: frozenset[str]) -> tuple[str, str, str, bool, str]:
        """What makes two candidates the same claim (either direction for a symmetric relation)."""
        ends = sorted((self.subject, self.object)) if self.relation in symmetric else [self.subject, self.object]
        return ends[0], self.relation, ends[1], self.negated, self.asserted_by


def _date_for(clause: Clause, cue: CueMatch, dates: Sequence[DateMention]) -> date | None:
    """The date in the cue's stretch between commas, or in an opening stretch without a cue."""
    commas = [j for j, t in enumerate(clause.tokens) if t.text == ","]

    def stretch(i: int) -> int:
        return sum(1 for c in commas if c < i)

    opening_free = bool(commas) and not any(c.start < commas[0] for c in clause.cues)
    near = [d for d in dates if stretch(d.start) == stretch(cue.start)]
    near = near or [d for d in dates if opening_free and stretch(d.start) == 0]
    return min(near, key=lambda d: abs(d.start - cue.start)).day if near else None


def _confidence(hit: Hit, attribution: Attribution | None) -> float:
    unresolved = attribution is not None and not attribution.resolved
    score = hit.confidence - (_UNRESOLVED_SPEAKER_PENALTY if unresolved else 0.0)
    low, high = _CONFIDENCE_RANGE
    return round(max(low, min(high, score)), 2)


def _claims(
    sentence: Sentence, clause: Clause, attributions: Sequence[Attribution], hits: Iterable[Hit], published: date | None
) -> Iterator[CandidateClaim]:
    dates = list(find_dates(clause.tokens, published))
    for hit in hits:
        attribution = asserters(attributions, hit.cue.start)
        speakers = attribution.speakers if attribution is not None and attribution.resolved else ("",)
        confidence, valid_from = _confidence(hit, attribution), _date_for(clause, hit.cue, dates)
        for subject, obj in hit.pairs:
            for speaker in speakers:
                quote = (sentence.text, sentence.start, sentence.end)
                yield CandidateClaim(subject, hit.relation, obj, speaker, hit.negated, confidence, *quote, valid_from)


def _remember(
    clause: Clause, attributions: Sequence[Attribution], claims: Sequence[CandidateClaim], discourse: Discourse
) -> None:
    kind = clause.lexicon.kind
    for speaker in (s for a in attributions for s in a.speakers):
        discourse.heard(speaker, kind(speaker))
    for claim in claims:
        if not claim.negated:
            discourse.happened(claim.relation, claim.subject)
    discourse.persons = tuple(m.actor for m in clause.mentions if m.actor and kind(m.actor) == "Person")


def _opening(clause: Clause, voiced: set[int], discourse: Discourse) -> None:
    """Remember who opens the sentence as its subject, if it is the voice, an office or a list of parties."""
    first = clause.mentions[0] if clause.mentions else None
    heading = first is not None and all(t.capitalised or t.lower in {"the", "of"} for t in clause.tokens[: first.start])
    body = first is not None and [t.lower for t in clause.tokens[: first.start]] in _BODY_OF  # "The members of the"
    after_opening = first is not None and first.start in voiced and clause.text(first.start - 1) == ","
    start = opening_end(clause.tokens, set())  # "Early Friday, the Israeli military launched": past the phrase
    start += clause.word(start) == "the"
    opener = (
        first
        if first is not None and (first.start <= max(1, start) or (first.titled and heading) or body or after_opening)
        else None
    )
    if opener is None or not opener.resolved or opener.possessive:
        discourse.opened((), voiced=False)
        discourse.subject = ()
        return
    group = expand_right(clause, opener)
    for m in clause.mentions:  # "The United States, Japan and the ROK condemn": the list the verb closes
        closed = expand_left(clause, m)
        group = closed if closed[0] is opener and len(closed) > len(group) else group
    parties = tuple(a for m in group for a in m.named)
    discourse.subject = parties
    plural = len(parties) > 1 or opener.start in voiced or opener.titled or body
    discourse.opened(parties if plural else (), voiced=opener.start in voiced)


def _sentence_claims(
    sentence: Sentence, lexicon: Lexicon, discourse: Discourse, published: date | None
) -> list[CandidateClaim]:
    if HIDDEN.search(sentence.text):
        return []  # the intake refuses such quotes; better no candidate than a file that cannot load
    found = find_mentions(sentence.tokens, lexicon, on=published)
    shaped = structural_hits(sentence.tokens, found, lexicon)
    found, led = own_leaders(sentence.tokens, found, lexicon, discourse.we, published)
    found = leaders_as_states(found, lexicon, shaped)
    found = regimes_as_states(sentence.tokens, found, lexicon, published)
    shaped += led
    named = absorb_members(sentence.tokens, found, lexicon)
    signing = signing_states(sentence.tokens, named, discourse.we, lexicon)  # "We, the Prime Ministers of A, B"
    named = tuple(m for m in named if m.start not in signing)
    spoken = officers_of_members(sentence.tokens, named, discourse.we, lexicon)  # "The foreign ministers of A, B"
    if spoken is not None:
        named = tuple(m for m in named if m.start >= spoken[0].end)
        shaped.append(Hit(spoken[2].relation, spoken[1], False, spoken[2], _SIGNATORY_CONFIDENCE))
    taken = set(token_indices(named))
    bloc = len(discourse.we) == 1 and lexicon.kind(discourse.we[0]) == "Bloc"
    voiced = voice_mentions(
        sentence.tokens,
        discourse.we,
        discourse.back,
        taken,
        bloc=bloc,
        officers=discourse.officers,
        previous=discourse.subject,
    )
    voiced = named_organ(sentence.tokens, voiced, discourse.organs)  # "The Council" after "the Arab League Council"
    voiced = [*voiced, spoken[0]] if spoken is not None else voiced
    remember_organs(sentence.tokens, named, lexicon, discourse.organs)
    delegation = delegation_mention(sentence.tokens, discourse.delegation, taken)
    voiced = [*voiced, delegation] if delegation is not None else voiced
    discourse.delegation = delegation_listed(sentence.tokens, found) or discourse.delegation
    taken |= token_indices(voiced)
    states = tuple(a for m in named for a in m.named if lexicon.kind(a) == "State")
    discourse.named(states)
    referred = government_mentions(sentence.tokens, discourse.only_other_state(), taken)
    referred += previous_subject(sentence.tokens, discourse.subject, lexicon, taken | token_indices(referred))
    referred += country_mentions(sentence.tokens, named, discourse.we, lexicon, taken | token_indices(referred))
    mentions = tuple(sorted((*named, *voiced, *referred), key=lambda m: m.start))
    taken |= token_indices(referred)
    cues = accounting_cues(sentence.tokens, mentions, lexicon, find_cues(sentence.tokens, lexicon, taken))
    clause = Clause(sentence.tokens, mentions, cues, lexicon)
    attributions = find_attributions(clause, discourse)
    we = quoted_we(sentence.tokens, attributions, taken, lexicon)
    if we:  # ""We condemn ...," said the German Foreign Minister": the speaker's state
        clause = Clause(sentence.tokens, tuple(sorted((*mentions, *we), key=lambda m: m.start)), cues, lexicon)
        attributions = find_attributions(clause, discourse)
    shaped += possessive_members(sentence.tokens, mentions, lexicon) + copular_members(sentence.tokens, named, lexicon)
    shaped += composition_members(sentence.tokens, named, lexicon) + chair_members(sentence.tokens, named, lexicon)
    shaped += meeting_partners(sentence.tokens, named, lexicon) + apposed_members(sentence.tokens, named, lexicon)
    hits = [*shaped, *relation_hits(clause, attributions, discourse)]
    claims = list(_claims(sentence, clause, attributions, hits, published))
    _remember(clause, attributions, claims, discourse)
    placed = {m.start for m in named if placed_in(sentence.tokens, m.start)}  # "met in Brussels": a place
    blocs = [a for m in named if m.resolved and not m.possessive and m.start not in placed for a in m.named]
    blocs = [a for a in blocs if lexicon.kind(a) == "Bloc"]
    discourse.bloc = blocs[-1] if blocs else discourse.bloc
    _opening(clause, {m.start for m in voiced}, discourse)
    item = bool(discourse.introduced) and sentence.text[:1].islower()  # an item of the list goes on
    discourse.introduced = introduced_subject(clause, discourse) or (discourse.introduced if item else ())
    return claims


def _signatories(
    text: str, sentences: Sequence[Sentence], lexicon: Lexicon, publisher: str | None
) -> list[CandidateClaim]:
    """The states that sign a bloc's statement as "We, ..." are its members."""
    signed = signatories(text, publisher, lexicon)
    membership = set(lexicon.member_nouns.values())
    if signed is None or len(membership) != 1:
        return []
    at, bloc, states = signed
    sentence = next((s for s in sentences if s.start <= at < s.end), None)
    if sentence is None:
        return []
    relation, quote = membership.pop(), (sentence.text, sentence.start, sentence.end)
    return [CandidateClaim(s, relation, bloc, "", False, _SIGNATORY_CONFIDENCE, *quote) for s in states]


def _best(candidates: Iterable[CandidateClaim], symmetric: frozenset[str]) -> list[CandidateClaim]:
    """One candidate per claim: the one with the highest confidence (the first among equals)."""
    best: dict[tuple[str, str, str, bool, str], CandidateClaim] = {}
    for claim in candidates:
        key = claim.key(symmetric)
        if key not in best or claim.confidence > best[key].confidence:
            best[key] = claim
    return sorted(best.values(), key=lambda c: (c.quote_start, c.subject, c.relation, c.object, c.asserted_by))


def extract(
    text: str,
    lexicon: Lexicon,
    *,
    published: date | None = None,
    source_url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
) -> list[CandidateClaim]:
    """Propose the claims an article makes, one per (subject, relation, object, negated, asserter).

    ``published`` resolves dates without a year ("on 7 November": the latest such day not after
    it) and titles ("the Russian president" on that day); ``publisher`` may say whom "we" is.
    """
    parties = voice(text, publisher, lexicon)
    discourse = Discourse(we=parties, joint=len(parties) > 1, officers=officer_names(text, parties, lexicon))
    sentences = body_sentences(text)
    found = [c for sentence in sentences for c in _sentence_claims(sentence, lexicon, discourse, published)]
    found += _signatories(text, sentences, lexicon, publisher)
    return [
        replace(c, source_url=source_url, source_title=title, publisher=publisher, published=published)
        for c in _best(found, lexicon.symmetric)
    ]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def candidates_to_rows(candidates: Iterable[CandidateClaim]) -> list[dict[str, str]]:
    """Rows of the claims intake format (:data:`graph.intake.claims_format.COLUMNS`), all with ``status=candidate``."""
    rows = []
    for claim in candidates:
        values = asdict(claim) | {"status": "candidate"}
        rows.append({column: _cell(values.get(column)) for column in COLUMNS})
    return rows


def write_candidates_csv(candidates: Iterable[CandidateClaim], out: TextIO) -> int:
    """Write the candidates as intake CSV with a header, each cell safe for spreadsheets
    (:func:`graph.reads.safe_cell`); return the number of rows written."""
    rows = candidates_to_rows(candidates)
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
    return len(rows)
