"""The voice's officers named in full ("GCC Secretary-General Dr. Nayef Falah Mubarak Al-Hajraf", "Russian Foreign
Ministry Spokeswoman Maria Zakharova"): their name, or their surname alone, later in the text ("Al-Hajraf praised",
"Zakharova said") speaks for the voice, as "The Secretary-General" does; so does an officer whose title names no
actor where it opens a clause or follows a reporting verb ("..., said Foreign Minister Gabi Ashkenazi")."""

from __future__ import annotations

from collections.abc import Sequence

from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention, find_mentions, office_run
from graph.extract.text import Token, tokenize
from graph.extract.words import DATE_WORDS, OFFICE_WORDS

__all__ = ["officer_at", "officer_names"]

_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "h", "e", "prof", "."})
_FUNCTION_WORDS = frozenset({"of", "the", "and", "on", "in", "for", "to", "with", "at", "by", "from", "a", "an"})
_MAX_NAME = 5  # words of a full name
_CLAUSE_OPENERS = frozenset({",", ";", ":", '"', "\u201c", "(", "\u2014", "\u2013", "-"})
_REPORTING = frozenset({"said", "says", "added", "stated", "noted", "stressed", "told"})


def _name_end(tokens: Sequence[Token], i: int, starts: set[int]) -> int:
    """The end of the capitalised words (joined by glued hyphens) from ``i`` that name no actor."""
    j, words = i, 0
    while j < len(tokens) and words < _MAX_NAME and j not in starts:
        token = tokens[j]
        glued = j + 1 < len(tokens) and tokens[j + 1].text == "-" and tokens[j].end == tokens[j + 1].start
        if not (token.text.isalpha() and token.capitalised and not token.text.isupper()):
            break
        j, words = (j + 2 if glued and j + 2 < len(tokens) and tokens[j + 2].capitalised else j + 1), words + 1
    return j


def _after_office(tokens: Sequence[Token], m: Mention) -> int | None:
    """Where the name after a mention's title of office starts ("GCC Secretary-General Dr. ..."); a titled mention
    holds the office and the name ("Russian Foreign Ministry Spokeswoman Maria")."""
    k = m.start
    while k < m.end and tokens[k].lower not in OFFICE_WORDS:
        k += 1
    k = k if m.titled and k < m.end else m.end
    i = office_run(tokens, k)
    return i if i > k and all(t.capitalised or t.text == "-" or t.lower in {"in", "of"} for t in tokens[k:i]) else None


def _names_at(tokens: Sequence[Token], i: int, starts: set[int]) -> list[tuple[str, ...]]:
    """The full name that starts at ``i`` (past honorifics) and its surname alone, if a name is there."""
    while i < len(tokens) and tokens[i].lower in _HONORIFICS:
        i += 1
    end = _name_end(tokens, i, starts)
    words = [k for k in range(i, end) if tokens[k].text != "-"]
    if len(words) < 2 or any(tokens[k].lower in _FUNCTION_WORDS for k in words):
        return []  # a first name and a surname at least; not a heading in title case ("Announces Round Of ...")
    last = words[-1]
    first_of_last = last - 2 if last >= 2 and tokens[last - 1].text == "-" else last
    names = [tuple(t.text for t in tokens[i:end])]
    if end - first_of_last > 1 or tokens[first_of_last].lower not in DATE_WORDS:  # not a surname "May"
        names.append(tuple(t.text for t in tokens[first_of_last:end]))
    return names


def _untitled_offices(tokens: Sequence[Token], covered: set[int]) -> list[int]:
    """Where a name starts after a title of office that names no actor and opens a clause or follows a reporting
    verb ("..., said Foreign Minister Gabi Ashkenazi", "Foreign Minister Gabi Ashkenazi said"): in the text of one
    voice, its own officer."""
    found = []
    for k, token in enumerate(tokens):
        before = tokens[k - 1] if k > 0 else None
        opens = before is None or before.text in _CLAUSE_OPENERS | {".", "\u201d"} or before.lower in _REPORTING
        if k in covered or not (token.capitalised and opens):
            continue
        i = office_run(tokens, k)
        if i > k + 1 and all(t.capitalised or t.text == "-" for t in tokens[k:i]):  # two office words at least
            found.append(i)
    return found


def officer_names(text: str, parties: Sequence[str], lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The names (full, and the surname alone) of the officers the text names with the voice's office."""
    if len(parties) != 1:
        return frozenset()
    tokens = tokenize(text)
    mentions = find_mentions(tokens, lexicon)
    starts = {m.start for m in mentions}
    found: set[tuple[str, ...]] = set()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.named != (parties[0],) or m.possessive:
            continue
        i = _after_office(tokens, m)
        if i is None:
            continue  # "the Chinese foreign ministry said": no title before a name
        second = by_start.get(i + 1) if i < len(tokens) and tokens[i].text == "," else None
        if second is not None:  # "OSCE Chairperson-in-Office, Swedish Foreign Minister Ann Linde": a second title
            i = _after_office(tokens, second) or i
        found.update(_names_at(tokens, i, starts))
    covered = {k for m in mentions for k in range(m.start, m.end)}
    for i in _untitled_offices(tokens, covered):
        found.update(_names_at(tokens, i, starts))
    return frozenset(found)


def officer_at(tokens: Sequence[Token], i: int, names: frozenset[tuple[str, ...]]) -> int:
    """The end of an officer's name at ``i`` that stands alone (``i`` when there is none)."""
    for name in sorted(names, key=len, reverse=True):
        end = i + len(name)
        if tuple(t.text for t in tokens[i:end]) == name and not (end < len(tokens) and tokens[end].capitalised):
            before = tokens[i - 1] if i > 0 else None
            titled = before is not None and before.lower in _HONORIFICS | OFFICE_WORDS  # "Minister Linde"
            if len(name) == 1 and not (before is None or titled or before.text in _CLAUSE_OPENERS):
                continue  # a surname alone is the officer only where it opens a clause: not "in May", "welcomed May's"
            if before is None or titled or not (before.capitalised and before.text.isalpha()):
                return end
    return i
