"""One sentence analysed: its tokens, actor mentions and cue phrases, and questions about them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.text import Token, TokenRun, token_indices
from graph.extract.words import (
    COMPASS,
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    QUOTES,
    REPORTING_VERBS,
)

__all__ = ["Clause", "CueMatch", "find_cues"]

_MAX_ADVERBS = 3
_INSERTED = frozenset({"today", "now", "also", "again"})  # "measures today against", "stands now with"


@dataclass(frozen=True, slots=True)
class CueMatch(TokenRun):
    relation: str


# What a rule of its own finds in a clause: the cue, the (subject, object) pairs, the confidence.
Found = tuple[CueMatch, tuple[tuple[str, str], ...], float]


def _adverb(token: Token) -> bool:
    """ "stands firmly with", "coordinate closely with": a manner adverb inside a cue phrase."""
    manner = token.text.endswith("ly") and len(token.text) > 4
    return token.text.islower() and token.text.isalpha() and (manner or token.text in _INSERTED)


def _adverbs_end(tokens: Sequence[Token], k: int) -> int:
    """Past the adverb at ``k`` and those coordinated with it: "closely and vigorously", "firmly, fully and"."""
    end = k + 1
    for _ in range(_MAX_ADVERBS - 1):
        joined = end + 1 if end < len(tokens) and tokens[end].text in {",", "and"} else end
        joined += joined < len(tokens) and tokens[joined - 1].text == "," and tokens[joined].text == "and"
        if joined == end or joined >= len(tokens) or not _adverb(tokens[joined]) or tokens[joined].text in _INSERTED:
            break
        end = joined + 1
    return end


def _cue_length(tokens: Sequence[Token], i: int, cue: tuple[str, ...]) -> int:
    """How many tokens the cue phrase spans from ``i`` (0 when it does not match), adverbs after its first word
    allowed: one, or a few coordinated ("worked closely and vigorously with")."""
    skipped, k = 0, i
    for offset, word in enumerate(cue):
        if k >= len(tokens):
            return 0
        if offset == 1 and not skipped and tokens[k].norm != word and _adverb(tokens[k]):
            skipped, k = 1, _adverbs_end(tokens, k)
            if k >= len(tokens):
                return 0
        token = tokens[k]
        initial = k == 0 or tokens[k - 1].text in QUOTES
        titled = offset > 0 and token.text.istitle() and word.islower()  # "as a Member of", "Member States"
        if token.norm != word and not ((initial or titled) and token.lower == word):
            return 0
        k = _adverbs_end(tokens, k) if offset < len(cue) - 1 and _adverb(token) else k + 1  # "closely and actively"
        k += offset < len(cue) - 1 and k < len(tokens) and tokens[k].text in QUOTES  # 'its "strongest protest" to'
    return k - i


def find_cues(tokens: Sequence[Token], lexicon: Lexicon, taken: set[int]) -> tuple[CueMatch, ...]:
    """Leftmost-longest cue phrases, outside the tokens ``taken`` by actor mentions."""
    found, i = [], 0
    while i < len(tokens):
        candidates = lexicon.cues_by_first_word.get(tokens[i].lower, ())
        spans = ((c, _cue_length(tokens, i, c)) for c in candidates)
        match = next(((c, n) for c, n in spans if n and not taken.intersection(range(i, i + n))), None)
        if match is None:
            i += 1
            continue
        found.append(CueMatch(i, i + match[1], lexicon.cues[match[0]]))
        i += match[1]
    return tuple(found)


@dataclass(frozen=True)
class Clause:
    tokens: tuple[Token, ...]
    mentions: tuple[Mention, ...]
    cues: tuple[CueMatch, ...]
    lexicon: Lexicon
    starts: Mapping[int, Mention] = field(init=False)
    ends: Mapping[int, Mention] = field(init=False)
    cue_starts: Mapping[int, CueMatch] = field(init=False)
    covered: frozenset[int] = field(init=False)
    # The mention a list joins to the one starting at a token (None: none), once worked out (lists.expand_left).
    links: dict[int, Mention | None] = field(init=False, default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "covered", token_indices(self.mentions))
        object.__setattr__(self, "starts", {m.start: m for m in self.mentions})
        object.__setattr__(self, "ends", {m.end: m for m in self.mentions})
        object.__setattr__(self, "cue_starts", {c.start: c for c in self.cues})

    def word(self, i: int) -> str:
        return self.tokens[i].lower if 0 <= i < len(self.tokens) else ""

    def words(self, start: int, end: int) -> tuple[str, ...]:
        return tuple(self.word(j) for j in range(start, end))

    def text(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def adverb_ly(self, i: int) -> bool:
        """Whether the word at ``i`` is an adverb in -ly: in lower case ("firmly"), or opening the sentence
        and naming no actor ("Strongly condemning ..."); not "Italy", "Assembly"."""
        opening = i == 0 and i not in self.covered
        return self.word(i).endswith("ly") and (self.text(i).islower() or opening)

    def reporting_verb_at(self, i: int) -> int:
        """The end of a reporting verb starting at ``i``, or ``i`` when there is none."""
        token = self.tokens[i] if 0 <= i < len(self.tokens) else None
        if token is None or i in self.covered or (token.capitalised and i > 0):
            return i
        for length in (2, 1):
            if self.words(i, i + length) in REPORTING_VERBS:
                return i + length
        return i

    def actor_at(self, k: int) -> Mention | None:
        """The mention at token ``k``, or right after a "the" at ``k`` ("on the United States", "on the EU")."""
        found = self.starts.get(k)
        return found if found is not None or self.word(k) != "the" else self.starts.get(k + 1)

    def word_before(self, i: int) -> int:
        """The index of the word before token ``i``, past a "the" (and quotes): "by" in "by the United States"."""
        j = self.previous_word_index(i)
        return j - 1 if self.word(j) == "the" else j

    def previous_word_index(self, i: int) -> int:
        """The index of the word before ``i``, skipping quotes."""
        j = i - 1
        while j >= 0 and self.tokens[j].text in QUOTES:
            j -= 1
        return j

    def prepositional(self, m: Mention) -> bool:
        """The mention is the object of a preposition ("sanctions on Russia", "with the US", "in eastern DRC"), or the
        bracketed short name of a long one that is ("in the Democratic Republic of Congo (DRC)")."""
        j = self.previous_word_index(m.start)
        if self.text(j) == "(" and self.text(m.end) == ")":  # past the long name the short one stands for
            j -= 1
            while j > 0 and (self.tokens[j].capitalised or self.word(j) in {"of", "and"}) and j not in self.covered:
                j -= 1
        while j >= 0 and (self.word(j) in DETERMINERS or self.word(j) in COMPASS):
            j -= 1
        return self.word(j) in PREPOSITIONS

    def gerund_follows(self, m: Mention) -> bool:
        """The mention is the subject of a gerund ("on the US abandoning sanctions")."""
        following = self.text(m.end)
        return following.islower() and following.endswith("ing") and len(following) > 5

    def infinitive_follows(self, m: Mention) -> bool:
        """The mention is the subject of an infinitive ("call on Iran to stop")."""
        return self.word(m.end) == "to" and self.starts_verb(m.end + 1)

    def starts_verb(self, i: int) -> bool:
        following = self.text(i)
        return (
            following.isalpha()
            and following.islower()
            and following not in DETERMINERS | POSSESSIVE_PRONOUNS
            and i not in self.starts
        )

    def cue_covering(self, i: int) -> CueMatch | None:
        return next((c for c in self.cues if c.start <= i < c.end), None)
