"""The voice of a statement: whom "we", "I", "The Council" or "the Ministers" stand for.

An official statement speaks as its issuer (the publisher: a catalogue id or a name), or as the
parties it names at its head ("We, the Leaders of the G7," or "we—Prime Minister A of Australia,
..., and President B of the United States—"), or as the states that open it together ("The United
States, Japan and the ROK condemn ..."): a joint statement speaks for each signatory. Its own
organs speak for it: a capitalised office after "the" that names no one else ("The Council",
"The Secretary-General", "the Foreign Ministers"), and "They" or "He" opening a sentence after
such a subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention, find_mentions, office_run
from graph.extract.officers import officer_at
from graph.extract.text import Token, tokenize

__all__ = ["issuer", "signatories", "signing_states", "voice", "voice_mentions"]

_CAPITALISED_RUN = r"(?:the\s)?[A-Z][\w'’.-]*(?:\s(?:(?:of|and|the)\s)*[A-Z][\w'’.-]*)*"
_APPOSITIVE = re.compile(
    rf"\b[Ww]e(?:,\s+([Tt]he\s{_CAPITALISED_RUN}(?:,\s{_CAPITALISED_RUN}){{1,12}}|[Tt]he\s{_CAPITALISED_RUN})"
    r"\s+(?!and\b|or\b|of\b|the\b)(?=[a-z])"
    r"|,\s+([Tt]he\s[^.;:]{3,300}?),\s+(?=[a-z])|,\s+([^,]{3,160}),|\s*[—–]\s*([^—–]{3,400})[—–])"
)  # the first: "We, the Prime Ministers of A, B and C express": the officers' names closed by their verb, no comma
# A joint statement's heading naming its signatories: "Joint Statement from the Leaders of A, B, and C", "Joint
# statement from the Governments of A, B and C on ...", "Joint Statement by Senior Officials of A, B and C".
# The list ends where the heading says what the statement is about ("... and C on the peace agreement in X").
_JOINT = re.compile(
    r"^[^\S\n]*(?:[A-Z][\w'’.-]* ){0,4}[Jj]oint (?:[A-Za-z]+ )?[Ss]tatement (?:from|by|of) "
    r"((?:(?!\b(?:on|regarding|about|concerning|condemning|following|after|at|in|to|for)\b)[^.\n]){3,300})",
    re.MULTILINE,
)
_HEAD_REACH = 800  # where a statement's heading may name its signatories
_PLURAL = {"we": False, "our": True}
_SINGULAR = {"I": False, "my": True}
_BACK = frozenset({"they", "he", "she"})
_DEMONSTRATIVES = frozenset({"this", "these", "today's"})
_BODIES = frozenset({"Allies", "Members"})
_MEMBERS = frozenset({"members", "leaders"})
_SPEAKERS = frozenset({"spokesperson", "spokesman", "spokeswoman"})  # lower case after an organ: "The Council members"
_QUOTE_MARKS = frozenset("\"“‘'«")
_STATEMENTS = frozenset({"statement", "communique", "communiqué", "declaration"})
_NOT_SAYING = frozenset({"was", "has", "is", "comes", "came", "issued", "released", "published", "adopted"})
_OWN_ACTS = frozenset({"action", "actions", "decision", "measure", "measures", "step", "steps", "designation"})


def _named(phrase: str, lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a for m in find_mentions(tokenize(phrase), lexicon) for a in m.named))


def issuer(publisher: str | None, lexicon: Lexicon) -> tuple[str, ...]:
    """The publisher as an actor: a catalogue id as it is, else the first actor its name names."""
    if not publisher:
        return ()
    if publisher in lexicon.actors:
        return (publisher,)
    return _named(publisher, lexicon)[:1]


def signatories(text: str, publisher: str | None, lexicon: Lexicon) -> tuple[int, str, tuple[str, ...]] | None:
    """A bloc's statement whose "We, ..." names states ("we—Prime Minister A of Australia, ..., and President D
    of the United States—" in a Quad statement): where they are named, the bloc, and the states, its members."""
    bloc = issuer(publisher, lexicon)
    appositive = _APPOSITIVE.search(text)
    if len(bloc) != 1 or lexicon.kind(bloc[0]) != "Bloc" or appositive is None:
        return None
    parties = _appositive_parties(appositive, lexicon)
    if len(parties) < 2 or not all(lexicon.kind(a) == "State" for a in parties):
        return None
    return appositive.start(), bloc[0], parties


def _appositive_parties(appositive: re.Match[str], lexicon: Lexicon) -> tuple[str, ...]:
    named = _named(next(g for g in appositive.groups() if g), lexicon)
    return tuple(a for a in named if lexicon.kind(a) != "Person")


def voice(text: str, publisher: str | None, lexicon: Lexicon) -> tuple[str, ...]:
    """The parties "we" stands for: those a "We, ...," appositive names (not their persons), else the states a
    joint statement's heading names as its signatories, else the issuer."""
    appositive = _APPOSITIVE.search(text)
    if appositive is not None:
        parties = _appositive_parties(appositive, lexicon)
        if parties and signatories(text, publisher, lexicon) is not None and appositive.group(1):
            return issuer(publisher, lexicon)  # "We, the Prime Ministers of A, B and C express" in a bloc's text
        if parties:
            return parties
    joint = _JOINT.search(text[:_HEAD_REACH])
    if joint is not None:
        states = tuple(a for a in _named(joint.group(1), lexicon) if lexicon.kind(a) == "State")
        if len(states) > 1:
            return states
    return issuer(publisher, lexicon)


def _mention(start: int, end: int, parties: Sequence[str], *, possessive: bool = False) -> Mention:
    group = tuple(parties) if len(parties) > 1 else ()
    return Mention(start, end, frozenset(parties), possessive=possessive, group=group)


def _bare_organ(tokens: Sequence[Token], i: int, taken: set[int]) -> int:
    """ "Ministers expressed ...", "In the meeting, Foreign Ministers agreed ...": capitalised office words in the
    plural, without "the", opening a sentence or following its opening phrase's comma (the end, or ``i``)."""
    opening = i == 0 or tokens[i - 1].text == "," or tokens[i - 1].text in _QUOTE_MARKS
    end = office_run(tokens, i) if opening and tokens[i].capitalised else i
    words = [t for t in tokens[i:end] if t.text.isalpha()]
    named = [t for t in words if t.text not in _MEMBERS]  # "Council members called on"
    if end == i or not named or not all(t.capitalised for t in named) or not words[-1].lower.endswith("s"):
        return i
    return end if not taken.intersection(range(i, end)) else i


def _organ(tokens: Sequence[Token], i: int, taken: set[int]) -> int:
    """The end of "The Council", "the Foreign Ministers" at ``i`` (``i`` when there is none)."""
    if tokens[i].lower != "the":
        end = _bare_organ(tokens, i, taken)
        after = tokens[end] if i < end < len(tokens) else None
        plain = after is not None and after.text.isalpha() and after.text.islower() and after.lower != "of"
        return end if plain else i
    end = office_run(tokens, i + 1)
    words = [t for t in tokens[i + 1 : end] if t.text.isalpha() and t.text not in _MEMBERS | {"in", "of"}]
    speaker = bool(words) and words[-1].lower in _SPEAKERS  # "the spokesperson", "the Foreign Office spokesperson"
    if (
        end == i + 1
        or not words
        or not (speaker or all(t.capitalised for t in words))
        or taken.intersection(range(i, end))
    ):
        return i  # "The Council members", "The Chairperson-in-Office"; not "The members"
    after = tokens[end] if end < len(tokens) else None
    if after is not None and (after.lower == "of" or (after.capitalised and after.text.isalpha())):
        return i  # "the President of Ukraine", "the Secretary-General António Guterres"
    return end


def _own_act(tokens: Sequence[Token], i: int, taken: set[int]) -> int:
    """ "This action ...", "This Decision established ...": a statement's own act opening a sentence is its
    issuer's (the end of the phrase, ``i`` when there is none)."""
    if i != 0 or tokens[0].lower not in _DEMONSTRATIVES or len(tokens) < 3 or taken.intersection({0, 1}):
        return i
    act, following = tokens[1].lower, tokens[2].lower
    return 2 if act in _OWN_ACTS and following not in {"by", "of", "against", "on"} else i


def _own_statement(tokens: Sequence[Token], i: int, taken: set[int]) -> int:
    """ "The statement expressed concern ...", "The communique recalled ...": the statement the text reports opening a
    sentence as the subject of a verb speaks for its issuer (the end of the phrase, ``i`` when there is none)."""
    if i != 0 or len(tokens) < 3 or tokens[0].lower != "the" or taken.intersection({0, 1, 2}):
        return i
    end = 3 if (tokens[1].lower, tokens[2].lower) == ("joint", "statement") else 2
    following = tokens[end].text if end < len(tokens) else ""
    verb = following.isalpha() and following.islower() and (following == "also" or following.endswith(("ed", "s")))
    return end if tokens[end - 1].lower in _STATEMENTS and verb and following not in _NOT_SAYING else i


def _members(tokens: Sequence[Token], i: int) -> int:
    """ "Allies strongly condemn ...": a bloc's members named as a body, opening a sentence or its main clause."""
    opening = i == 0 or tokens[i - 1].text == "," or tokens[i - 1].text in _QUOTE_MARKS
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return i + 1 if opening and tokens[i].text in _BODIES and following.isalpha() and following.islower() else i


def voice_mentions(
    tokens: Sequence[Token],
    parties: Sequence[str],
    back: Sequence[str],
    taken: set[int],
    *,
    bloc: bool = False,
    officers: frozenset[tuple[str, ...]] = frozenset(),
    previous: Sequence[str] = (),
) -> list[Mention]:
    """Mentions of the statement's own voice: pronouns, its organs, and "They" after them (``back``); in a bloc's
    statement, its members as a body ("Allies")."""
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        token, following = tokens[i], tokens[i + 1].text if i + 1 < len(tokens) else ""
        if i in taken:
            i += 1
            continue
        organ = officer_at(tokens, i, officers) if parties else i  # "Al-Hajraf praised": the voice's officer
        organ = _organ(tokens, i, taken) if parties and organ == i else organ
        organ = _own_act(tokens, i, taken) if parties and organ == i else organ
        own = parties and organ == i and set(previous) <= set(parties)  # not after "Russia issued a statement."
        organ = _own_statement(tokens, i, taken) if own else organ
        organ = _members(tokens, i) if bloc and parties and organ == i else organ
        if organ > i:
            found.append(_mention(i, organ, parties))
            i = organ
            continue
        if parties and token.lower in _PLURAL:
            found.append(_mention(i, i + 1, parties, possessive=_PLURAL[token.lower]))
        elif parties and token.text == "us" and i > 0:
            found.append(_mention(i, i + 1, parties))
        elif len(parties) == 1 and token.text in _SINGULAR and (token.text != "I" or following.islower()):
            found.append(_mention(i, i + 1, parties, possessive=_SINGULAR[token.text]))
        elif back and token.lower in _BACK and (i == 0 or _again(tokens, i)):
            found.append(_mention(i, i + 1, back))
        elif i == 0 and parties and set(parties) <= set(back) and _plain_organ(tokens, taken) > 0:
            found.append(_mention(0, _plain_organ(tokens, taken), parties))
            i = found[-1].end
            continue
        i += 1
    return found


def _again(tokens: Sequence[Token], i: int) -> bool:
    """ "They reaffirmed ... and they commended ...": the pronoun that opened the sentence, again after "and"."""
    return tokens[0].lower == tokens[i].lower and tokens[i - 1].lower in {"and", ","}


def _plain_organ(tokens: Sequence[Token], taken: set[int]) -> int:
    """ "The officials underscored ...", "The ministers agreed ...": an office in lower case opening the sentence
    after one the voice opened speaks for it too (the end of the phrase, 0 when there is none)."""
    if not tokens or tokens[0].lower != "the":
        return 0
    end = office_run(tokens, 1)
    words = [t for t in tokens[1:end] if t.text.isalpha()]
    after = tokens[end] if end < len(tokens) else None
    verb = after is not None and after.text.isalpha() and after.text.islower() and after.lower != "of"
    lower = bool(words) and all(t.text.islower() for t in words)
    return end if lower and verb and not taken.intersection(range(end)) else 0


def signing_states(
    tokens: Sequence[Token], mentions: Sequence[Mention], parties: Sequence[str], lexicon: Lexicon
) -> set[int]:
    """Where the states of "We, the Prime Ministers of A, B and C express ..." start in a bloc's statement: the
    officers that sign for the bloc, whose states are its members (``signatories``), not the subject of its verbs."""
    if len(parties) != 1 or lexicon.kind(parties[0]) != "Bloc":
        return set()
    starts = {m.start: m for m in mentions}
    found: set[int] = set()
    for i in range(len(tokens) - 3):
        if tokens[i].lower != "we" or tokens[i + 1].text != "," or tokens[i + 2].lower != "the":
            continue
        k = i + 3
        while k < len(tokens) and k not in starts and (tokens[k].capitalised or tokens[k].lower in {"of", "and"}):
            k += 1  # "the Prime Ministers of", "the Heads of State and Government of"
        if k == i + 3 or tokens[k - 1].lower != "of":
            continue
        while (m := starts.get(k)) is not None and lexicon.kind(m.actor or "") == "State" and not m.possessive:
            found.add(m.start)
            k = m.end + (m.end < len(tokens) and tokens[m.end].text in {",", "and"})
            k += k < len(tokens) and tokens[k].lower == "and"
    return found
