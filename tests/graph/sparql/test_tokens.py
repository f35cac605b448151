"""The guard's tokenizer: one regular expression over the text, read as the character loop it
replaced read it (kept here as the reference)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.sparql.guard import _IRI, _NUMBER, _VARIABLE, _WORD, Token, tokens


def reference_tokens(text: str) -> Iterator[Token]:
    """The tokenizer as it was: a loop over the characters."""
    depth, i, n = 0, 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        if char == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if char in "\"'":
            end = _reference_string_end(text, i)
            yield Token("string", text[i:end], i, depth)
            i = end
            continue
        if char == "<":
            iri = _IRI.match(text, i)
            if iri:
                yield Token("iri", iri.group(), i, depth)
                i = iri.end()
                continue
        found: re.Match[str] | None = None
        for kind, pattern in (("var", _VARIABLE), ("word", _WORD), ("number", _NUMBER)):
            found = pattern.match(text, i)
            if found:
                yield Token(kind, found.group(), i, depth)
                i = found.end()
                break
        if found is None:
            if char in "})]":
                depth -= 1
            yield Token("punct", char, i, depth)
            if char in "{([":
                depth += 1
            i += 1


def _reference_string_end(text: str, start: int) -> int:
    quote = text[start : start + 3] if text[start : start + 3] in ('"""', "'''") else text[start]
    j = start + len(quote)
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text.startswith(quote, j):
            return j + len(quote)
        if len(quote) == 1 and text[j] == "\n":
            return j
        j += 1
    return len(text)


# The characters that decide where tokens end, and a few that are whitespace to str.isspace only
# outside ASCII (a no-break space, a line separator, NEL, a file separator).
PIECES = [*list("\"'<>{}()[]?$#\\\n\t :._-aZ09%"), '"""', "'''", "\xa0", "\u2028", "\x85", "\x1c", "é"]


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_the_scanner_reads_text_as_the_character_loop_did(text: str) -> None:
    assert list(tokens(text)) == list(reference_tokens(text))


def test_strings_comments_and_brackets() -> None:
    text = 'SELECT * { ?s ?p "a \\" b" . # SERVICE\n ?s ?p """x\n"" y""" . ?s ?p \'open\n}'
    assert [(t.kind, t.text, t.depth) for t in tokens(text)] == [
        ("word", "SELECT", 0),
        ("punct", "*", 0),
        ("punct", "{", 0),
        ("var", "?s", 1),
        ("var", "?p", 1),
        ("string", '"a \\" b"', 1),
        ("punct", ".", 1),
        ("var", "?s", 1),
        ("var", "?p", 1),
        ("string", '"""x\n"" y"""', 1),
        ("punct", ".", 1),
        ("var", "?s", 1),
        ("var", "?p", 1),
        ("string", "'open", 1),  # a one-quote string ends before the newline
        ("punct", "}", 0),
    ]


def test_a_string_left_open_runs_to_the_end_and_a_lone_bracket_is_punctuation() -> None:
    assert list(tokens('< ? """never closed\n} \\')) == [
        Token("punct", "<", 0, 0),
        Token("punct", "?", 2, 0),
        Token("string", '"""never closed\n} \\', 4, 0),
    ]
