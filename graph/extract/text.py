"""Plain article text to body sentences: headings, bylines, "read also" and appeals dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from graph.extract.words import ABBREVIATIONS, PREPOSITIONS

__all__ = ["Sentence", "Span", "Token", "TokenRun", "body_sentences", "token_indices", "tokenize"]

_TOKEN = re.compile(r"\w+|[^\w\s]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_TERMINAL = re.compile(r"[.!?][\"”’'»)\]]*$")
_CLOSERS = "\"”’'»)]"
_OPENERS = "\"“‘'«(["
_SENTENCE_END = re.compile(r"[.!?]+[\"”’'»)\]]*(?=\s|$)")
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’./ -]{2,}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*(?:[-–—]+|:)\s+"
)
# A place and a day, or a day alone, opening a paragraph, in any case ("Accra, Sep 17 (IANS) The ...", "Vienna /
# Stockholm, June 13, 2021 – The ...", "Addis Ababa, 17 November 2021: The ...", "12 September 2012 - The ..."): no
# actor of the sentence, however its city is named.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# A news agency's mark before or after the day: "(MENAFN- Kuwait News Agency (KUNA)) MUSCAT, June 23 (KUNA) --",
# "MOSCOW, February 23. /TASS/:".
_PREFIX = r"(?:\((?:[^()]|\([^()]*\)){1,60}\)\s*)?"
_AGENCY = r"(?:\([^)]{1,40}\)|\.?\s*/[A-Za-z-]{2,20}/\.?)"
_PLACE_DAY = re.compile(
    rf"^{_PREFIX}(?:[A-Z][\w'’.-]+(?:\s*/\s*[A-Z][\w'’.-]+|\s[A-Z][\w'’.-]+){{0,3}},\s*){{0,3}}"
    rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
    rf"(?:\s*{_AGENCY}?\s*[-–—:]+\s+|\s*{_AGENCY}\s+(?=[A-Z]))"
)
_MARKER = re.compile(
    r"^\s*(?:read|see)\s+(?:also|more)\b|^\s*related(?:\s+(?:articles?|stories|coverage|reading))?\s*:"
    r"|^\s*more\s+on\s+this\b|^\s*recommended\b|^\s*further\s+reading\b",
    re.IGNORECASE,
)
_APPEAL = re.compile(
    r"\b(?:donat(?:e|ion)s?|become a (?:patron|member|subscriber)|support (?:us|our (?:work|journalism|reporting))"
    r"|subscribe\b|join our community|cup of coffee|help us (?:produce|continue|keep))",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*(?:by|written by|reporting by|editing by|photo|image|source|credit)\b", re.IGNORECASE)
# A questioner's label opening a paragraph of a transcript: its statements lead to the question, not the speaker's.
_QUESTIONER = re.compile(r"^\s*(?:q|question|questioner|reporter|journalist)\s*[.:]", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# A bulleted item: its mark, and the sentence it opens (capitalised: not the tail of a sentence listed in bullets).
_BULLET = re.compile(r"^\s*[•●▪*–-]\s+(?=[A-Z0-9])")
# An item of a list that a line ending in ":" opens, continuing its sentence in lower case ("the Committee:" / "•
# condemned the attack on X;", "1. calls on Y to ..."): body text, each item a sentence of its own.
_ITEM = re.compile(r"^\s*(?:[•●▪*–-]|\d{1,2}[.)])\s+(?=[a-z])")
_WRAPPED_LINE = 50
_BULLET_WORDS = 6
_HEADING_LENGTH = 160
_BYLINE_LENGTH = 120


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article: its text, and where it stands there (character offsets, end excluded)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token(Span):
    """A word, a number or a punctuation mark."""

    @property
    def norm(self) -> str:
        return self.text.translate(_APOSTROPHES)

    @property
    def lower(self) -> str:
        return self.norm.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    tokens: tuple[Token, ...]


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    return tuple(Token(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text))


@dataclass(frozen=True, slots=True)
class TokenRun:
    """Tokens ``[start, end)`` of a sentence: indices into its tokens, not character offsets."""

    start: int
    end: int


def token_indices(runs: Iterable[TokenRun]) -> frozenset[int]:
    """The indices of the tokens that ``runs`` take up."""
    return frozenset(i for run in runs for i in range(run.start, run.end))


def _lines(text: str) -> Iterator[Span]:
    offset = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        yield Span(offset, offset + len(content), content)
        offset += len(line)


def _blocks(text: str) -> Iterator[list[Span]]:
    """Runs of non-blank lines."""
    block: list[Span] = []
    for line in _lines(text):
        if line.text.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _terminal(line: str) -> bool:
    return bool(_TERMINAL.search(line.rstrip()))


def _title_line(line: Span, following: Span) -> bool:
    """A title over a paragraph with no blank line between ("Oman: Iranian Missile Attack On Qatar Rejected"): no
    full stop, most longer words capitalised, and the next line opens a sentence."""
    stripped, opens = line.text.strip(), following.text.lstrip()[:1]
    words = [w for w in _TITLE_WORD.findall(stripped) if w not in PREPOSITIONS]  # "Attacks against U.S. Personnel"
    titled = len(words) >= 3 and all(w[0].isupper() for w in words)
    ended = _terminal(stripped) or stripped.endswith((",", ";", ":", "-", "–", "—"))
    return titled and not ended and (opens.isupper() or opens.isdigit() or opens in _OPENERS)


def _units(block: list[Span], text: str) -> list[Span]:
    """A hard-wrapped paragraph (long lines) is one unit; otherwise each line stands alone. A title line on top
    stands alone either way; a line ending with ";" goes on into the next."""
    if len(block) > 1 and _title_line(block[0], block[1]):
        return [block[0], *_units(block[1:], text)]
    item = _ITEM.match(block[0].text) is not None  # an item of a list stands alone
    if len(block) > 1 and block[0].text.rstrip().endswith(";") and not item:  # "We will increase our support to X;\n"
        rest = _units(block[1:], text)
        return [Span(block[0].start, rest[0].end, text[block[0].start : rest[0].end]), *rest[1:]]
    long = all(len(s.text.strip()) >= _WRAPPED_LINE for s in block[:-1])
    marked = any(_BULLET.match(s.text) or _ITEM.match(s.text) for s in block[1:])  # bullets and items stand alone
    wrapped = len(block) > 1 and long and not marked
    if wrapped:
        return [Span(block[0].start, block[-1].end, text[block[0].start : block[-1].end])]
    return block


def _is_heading(unit: Span) -> bool:
    """A line without a full stop, or a question; a long paragraph that introduces a quote (":") or whose last
    sentence lost its full stop is body text."""
    stripped = unit.text.strip()
    long = len(stripped) >= _HEADING_LENGTH
    said = re.search(r"\b(?:said|says|stated|states|added|adds)\s*:$", stripped) is not None  # "Prime Minister X said:"
    introduces = (long or said) and stripped.endswith(":")
    unterminated = long and bool(_SENTENCE_END.search(stripped))
    if _bullet_sentence(stripped):
        return False
    asked = stripped.rstrip(_CLOSERS).endswith("?")  # a question, or a questioner's paragraph; not a speaker's
    question = asked and (len(_SENTENCE_END.findall(stripped)) <= 1 or _QUESTIONER.match(stripped) is not None)
    return not (_terminal(stripped) or introduces or unterminated) or question


def _bullet_sentence(stripped: str) -> bool:
    """ "• UK sanctions Russian officials involved in ...": a bulleted item that reads as a sentence without its full
    stop (most of its longer words in lower case), not an agenda's title ("- Visit to Japan of the Minister of ...")."""
    bullet = _BULLET.match(stripped)
    words = [w for w in _TITLE_WORD.findall(stripped[bullet.end() :]) if w not in PREPOSITIONS] if bullet else []
    return len(words) >= _BULLET_WORDS and 2 * sum(w[0].islower() for w in words) > len(words)


def _is_byline(unit: Span) -> bool:
    stripped = unit.text.strip()
    parenthetical = stripped.startswith("(") and _closing(stripped) >= len(stripped.rstrip(".")) - 1
    return parenthetical or (len(stripped) < _BYLINE_LENGTH and bool(_BYLINE.match(stripped)))


def _closing(text: str) -> int:
    """Where the bracket that opens ``text`` closes: "(Photo: AFP)" wholly, not "(KUNA) MUSCAT -- ... (end)"."""
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return i
    return len(text)


def _headline(unit: Span) -> bool:
    """A linked headline after "Read also": one short line of at most one sentence."""
    stripped = unit.text.strip()
    return len(stripped) < _HEADING_LENGTH and len(_SENTENCE_END.findall(stripped)) <= 1


def _candidate_units(text: str) -> Iterator[Span]:
    """The units that may be body text: not appeals, nor "Read also" markers and the headlines they link."""
    skip_next_block = False
    for block in _blocks(text):
        if skip_next_block:
            skip_next_block = False
            continue
        if any(_APPEAL.search(s.text) for s in block):
            continue
        linked = False  # after a "Read also" marker: its headlines, up to the first line that is body text again
        for unit in _units(block, text):
            marker = _MARKER.match(unit.text)
            if marker:
                skip_next_block = unit is block[-1] and not unit.text[marker.end() :].strip(" :\t")
                linked = True
                continue
            if linked and _headline(unit):
                continue
            linked = False
            yield unit


def _body_units(text: str) -> Iterator[Span]:
    """Body text: not headings nor bylines, except a line ending in ":" that opens a list of items continuing it in
    lower case, and those items."""
    units = list(_candidate_units(text))
    listing = False  # inside a list of items a line ending in ":" opened
    for k, unit in enumerate(units):
        following = units[k + 1].text if k + 1 < len(units) else ""
        opens = unit.text.rstrip().endswith(":") and _ITEM.match(following) is not None and not _is_byline(unit)
        item = listing and _ITEM.match(unit.text) is not None
        if opens or item or (not _is_heading(unit) and not _is_byline(unit)):
            yield unit
        listing = opens or item


def _abbreviation(text: str, end: int) -> bool:
    word = re.search(r"(\w+)\.$", text[:end])
    if word is None:
        return False
    before = word.group(1)
    return before.lower() in ABBREVIATIONS or (len(before) == 1 and before.isupper())


def _sentence_spans(unit: Span) -> Iterator[tuple[int, int]]:
    text = unit.text
    opening = _DATELINE.match(text) or _PLACE_DAY.match(text) or _BULLET.match(text) or _ITEM.match(text)
    start = opening.end() if opening else 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        rest = text[end:].lstrip()
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENERS):
            continue
        if match.group().rstrip(_CLOSERS) == "." and _abbreviation(text, match.start() + 1):
            continue
        yield start, end
        start = end
    if text[start:].strip():
        yield start, len(text)


def body_sentences(text: str) -> list[Sentence]:
    """The sentences of the article's body, with their offsets in ``text``."""
    sentences = []
    for unit in _body_units(text):
        for start, end in _sentence_spans(unit):
            raw = unit.text[start:end]
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            if not body or body.rstrip(_CLOSERS).endswith("?"):
                continue
            begin = unit.start + start + lead
            sentences.append(Sentence(begin, begin + len(body), body, tokenize(body, begin)))
    return sentences
