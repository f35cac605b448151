"""Checks on a user's SPARQL text before pyoxigraph's parser sees it.

The parser recurses on nesting (thousands of brackets overflow its stack and kill the process),
and a ``SERVICE`` or ``LOAD`` would make the server open a connection to an address the client
chose. A small tokenizer that skips strings, IRIs and comments finds the keywords that matter,
so ``"SERVICE"`` inside a literal is harmless. The same tokens give the query's form (SELECT,
ASK, CONSTRUCT, DESCRIBE or an update), its dataset clauses and its top-level ``LIMIT``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from graph.errors import ForbiddenOperationError, InputError, Problem

# pyoxigraph 0.5.13's parser overflows an 8 MiB stack (a worker's main thread, or a server
# thread) at 2,189 nested groups and 2,615 nested OPTIONALs, measured by bisection in a fresh
# process; 512 keeps a margin of four.
MAX_DEPTH = 512

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})

_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
# A prefixed name, whose prefix and local part never end in '.' (SPARQL's PN_PREFIX and PN_LOCAL),
# or a bare word, which holds no '.': in `o:.SERVICE` or `true.SERVICE` SERVICE is a keyword.
_LOCAL = r"(?:[A-Za-z0-9_\-:%](?:[A-Za-z0-9_\-.:%]*[A-Za-z0-9_\-:%])?)?"
_WORD = re.compile(r"[A-Za-z_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?:" + _LOCAL + r"|[A-Za-z_][A-Za-z0-9_\-]*|:" + _LOCAL)
_VARIABLE = re.compile(r"[?$][A-Za-z0-9_]+")
_NUMBER = re.compile(r"[0-9]+")


class TooLargeError(InputError):
    """The query text is longer than the server accepts."""


class Token(NamedTuple):  # a tuple: a query of a few KB has hundreds, made faster than a dataclass's
    kind: str  # "word", "iri", "string", "var", "number", "punct"
    text: str
    start: int
    depth: int  # the bracket depth outside this token (an opening and its closing bracket share it)


@dataclass
class Analysis:
    """What the tokens of a query or update say about it."""

    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE, or None for an update
    tokens: list[Token]
    prefixes: dict[str, str] = field(default_factory=dict)

    @property
    def is_update(self) -> bool:
        return self.form is None

    def dataset_clauses(self) -> list[tuple[bool, str]]:
        """The top-level ``FROM`` (False) and ``FROM NAMED`` (True) IRIs, resolved."""
        found: list[tuple[bool, str]] = []
        tokens = [t for t in self.tokens if t.depth == 0]
        for i, token in enumerate(tokens):
            if token.kind == "word" and token.text.upper() == "FROM":
                j = i + 1
                named = j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.upper() == "NAMED"
                j += named
                if j < len(tokens):
                    found.append((named, self.resolve(tokens[j])))
        return found

    def resolve(self, token: Token) -> str:
        """The IRI a token stands for ('' when it is not an IRI or a known prefixed name)."""
        if token.kind == "iri":
            return token.text[1:-1]
        if token.kind == "word" and ":" in token.text:
            prefix, _, local = token.text.partition(":")
            if prefix in self.prefixes:
                return self.prefixes[prefix] + local
        return ""


def tokens(text: str) -> Iterator[Token]:
    """The tokens of SPARQL text, skipping whitespace and comments: one regular expression scans
    the text (a loop over its characters in Python cost a query of a few KB about 2 ms)."""
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "skip":
            continue
        if kind == "punct":
            char = match.group()
            if char in "})]":
                depth -= 1
            yield Token("punct", char, match.start(), depth)
            if char in "{([":
                depth += 1
            continue
        yield Token(kind or "", match.group(), match.start(), depth)


# A string ends at its closing quote or at the end of the text; a one-quote string also ends
# before a newline; a backslash escapes the character after it, whatever it is.
_STRING = "|".join(
    (
        r'"""(?:[^"\\]|\\[\s\S]?|"(?!""))*(?:"""|\Z)',
        r"'''(?:[^'\\]|\\[\s\S]?|'(?!''))*(?:'''|\Z)",
        r'"(?:[^"\\\n]|\\[\s\S]?)*(?:"|(?=\n)|\Z)',
        r"'(?:[^'\\\n]|\\[\s\S]?)*(?:'|(?=\n)|\Z)",
    )
)
# Tried in this order at each place; whatever else is one character of punctuation.
_TOKEN = re.compile(
    "|".join(
        f"(?P<{kind}>{pattern})"
        for kind, pattern in (
            ("skip", r"\s+|#[^\n]*\n?"),
            ("string", _STRING),
            ("iri", _IRI.pattern),
            ("var", _VARIABLE.pattern),
            ("word", _WORD.pattern),
            ("number", _NUMBER.pattern),
            ("punct", r"[\s\S]"),
        )
    )
)


def check_size(text: str, max_bytes: int) -> None:
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise TooLargeError(Problem(f"the query is {size} bytes; this server accepts at most {max_bytes}"))


def check_depth(text: str, max_depth: int = MAX_DEPTH) -> None:
    """Refuse nesting deeper than ``max_depth`` brackets, before a recursive parser sees it."""
    if sum(text.count(c) for c in "{([") <= max_depth:
        return
    for token in tokens(text):
        if token.kind == "punct" and token.text in "{([" and token.depth + 1 > max_depth:
            line = text.count("\n", 0, token.start) + 1
            column = token.start - text.rfind("\n", 0, token.start)
            raise InputError(Problem(f"nested deeper than {max_depth} levels", line=line, column=column))


def analyse(text: str) -> Analysis:
    """Tokenize ``text`` and read its prologue (PREFIX declarations) and form."""
    found = list(tokens(text))
    prefixes: dict[str, str] = {}
    form: str | None = None
    i = 0
    while i < len(found):
        token = found[i]
        word = token.text.upper() if token.kind == "word" else ""
        if word == "PREFIX" and i + 2 < len(found):
            prefixes[found[i + 1].text.rstrip(":")] = found[i + 2].text[1:-1]
            i += 3
            continue
        if word == "BASE":
            i += 2
            continue
        if word in QUERY_FORMS:
            form = word
        break
    return Analysis(form, found, prefixes)


def check_text(
    text: str,
    *,
    max_bytes: int,
    service_allow_list: Collection[str] = (),
    max_depth: int = MAX_DEPTH,
) -> Analysis:
    """Check a query or update before it is parsed; return what its tokens say.

    Raises :class:`TooLargeError` (too long), :class:`InputError` (nested too deep) or
    :class:`ForbiddenOperationError` (SERVICE to a host not allowed, LOAD).
    """
    check_size(text, max_bytes)
    check_depth(text, max_depth)
    analysis = analyse(text)
    allowed = set(service_allow_list)
    words = analysis.tokens
    for i, token in enumerate(words):
        if token.kind != "word":
            continue
        word = token.text.upper()
        if word == "LOAD":
            raise ForbiddenOperationError("LOAD is refused: this server never fetches data from a URL")
        if word == "SERVICE":
            j = i + 1
            if j < len(words) and words[j].kind == "word" and words[j].text.upper() == "SILENT":
                j += 1
            endpoint = analysis.resolve(words[j]) if j < len(words) else ""
            if not endpoint or endpoint not in allowed:
                shown = endpoint or (words[j].text if j < len(words) else "")
                raise ForbiddenOperationError(
                    f"SERVICE {shown} is refused: this server only federates to endpoints on its allow list"
                )
    return analysis


def with_limit(analysis: Analysis, text: str, limit: int) -> str:
    """``text`` with its top-level LIMIT capped at ``limit`` (added when it has none)."""
    top = [t for t in analysis.tokens if t.depth == 0]
    for i, token in enumerate(top):
        if token.kind == "word" and token.text.upper() == "LIMIT" and i + 1 < len(top) and top[i + 1].kind == "number":
            number = top[i + 1]
            if int(number.text) <= limit:
                return text
            return text[: number.start] + str(limit) + text[number.start + len(number.text) :]
    # No LIMIT: it goes before a trailing VALUES clause (the only VALUES at the top level), or at the end.
    for token in top:
        if token.kind == "word" and token.text.upper() == "VALUES":
            return text[: token.start] + "LIMIT " + str(limit) + "\n" + text[token.start :]
    return text + "\nLIMIT " + str(limit) + "\n"
