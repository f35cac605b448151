"""Actor mentions in a sentence: names, aliases, demonyms, metonyms and titles of office."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from graph.extract.lexicon import Lexicon
from graph.extract.text import Token, TokenRun
from graph.extract.words import FORMER_WORDS, LEADER_TITLES, OFFICE_WORDS

__all__ = ["Mention", "find_mentions", "office_run"]

_ATTITUDE_PREFIXES = frozenset({"anti", "pro", "non"})
_MAX_UNKNOWN_NAME = 3
_TITLE_OF_WINDOW = 4
_LINKS = frozenset({"and", "for"})
_MISSIONS = frozenset({"mission", "missions"})
_MISSION_REACH = 3
_SUFFIXES = frozenset({"jr", "sr"})
# Groups a state's name or demonym qualifies that do not stand for the state: "the Syrian opposition", "Peru rebels".
_AGAINST_THE_STATE = frozenset(
    {"opposition", "rebels", "rebel", "insurgents", "dissidents", "separatists", "exiles"}
)  # "Joseph R. Biden Jr.": a suffix, not a longer name
_GROUP_NOUNS = frozenset({"group", "movement", "militia", "faction", "organisation", "organization", "outfit"})
_GROUP_DESCRIPTION = 3  # lower-case words from a demonym to the group's name: "resistance group", "armed group"
# A state's currency, not the state: "100,000 U.S. dollars in aid to Japan" is Mongolia's ("won", "pounds" are verbs).
_CURRENCIES = frozenset(
    {"dollar", "dollars", "euro", "euros", "franc", "francs", "yen", "yuan", "rouble", "roubles", "ruble", "rubles"}
    | {"rupee", "rupees", "dinar", "dinars", "riyal", "riyals", "lira", "peso", "pesos", "shilling", "shillings"}
)


@dataclass(frozen=True, slots=True)
class Mention(TokenRun):
    """Tokens ``[start, end)`` that name ``actors``: one actor, or unresolved (ambiguous, or none).

    A ``group`` mention names all its actors at once ("we" of a joint statement): it is resolved.
    """

    actors: frozenset[str]
    possessive: bool = False
    titled: bool = False
    group: tuple[str, ...] = ()
    office: tuple[str, str] | None = (
        None  # (relation, actor) a title says: "Russian President Putin" -> leaderOf russia
    )

    @property
    def actor(self) -> str | None:
        return next(iter(self.actors)) if len(self.actors) == 1 else None

    @property
    def resolved(self) -> bool:
        return len(self.actors) == 1 or bool(self.group)

    @property
    def named(self) -> tuple[str, ...]:
        """The actors the mention stands for: its group, its one actor, or none."""
        if self.group:
            return self.group
        return (self.actor,) if self.actor is not None else ()


def _at(tokens: Sequence[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _glued(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` follows token ``i - 1`` without a space."""
    return 0 < i < len(tokens) and tokens[i - 1].end == tokens[i].start


def _key(tokens: Sequence[Token]) -> tuple[str, ...]:
    head = "the" if tokens[0].lower == "the" else tokens[0].norm
    return (head, *(t.norm for t in tokens[1:]))


def _longest_at(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> int:
    """The length of the longest name starting at token ``i`` (0 when none does)."""
    if not (tokens[i].capitalised or tokens[i].lower == "the"):
        return 0
    for length in range(min(lexicon.longest_surface, len(tokens) - i), 0, -1):
        if _key(tokens[i : i + length]) in lexicon.surfaces:
            return length
    return 0


def _names(tokens: Sequence[Token], lexicon: Lexicon) -> list[Mention]:
    """Leftmost-longest names, unless a name starting inside runs further ("President Xi Jinping")."""
    found, i = [], 0
    while i < len(tokens):
        length = _longest_at(tokens, i, lexicon)
        overtaken = any(k + _longest_at(tokens, k, lexicon) > i + length for k in range(i + 1, i + length))
        if length and not overtaken:
            found.append(Mention(i, i + length, lexicon.surfaces[_key(tokens[i : i + length])]))
            i += length
        else:
            i += 1
    return found


def _office(token: Token | None) -> bool:
    return token is not None and token.lower in OFFICE_WORDS


def _name_like(token: Token | None) -> bool:
    """A capitalised word that may continue a proper name; not an office nor "Allies" ("NATO Allies condemn")."""
    return (
        token is not None
        and token.capitalised
        and token.text.isalpha()
        and not _office(token)
        and token.lower != "allies"
    )


def _modifier(tokens: Sequence[Token], m: Mention) -> bool:
    """An adjective, not an actor: "anti-Western", "pro-Russian", "Iranian-made", "US-led"."""
    prefix, suffix = _at(tokens, m.start - 2), _at(tokens, m.end + 1)
    prefixed = prefix is not None and _glued(tokens, m.start) and tokens[m.start - 1].text == "-"
    suffixed = suffix is not None and _glued(tokens, m.end) and tokens[m.end].text == "-"
    return (prefixed and prefix is not None and prefix.lower in _ATTITUDE_PREFIXES) or (
        suffixed and suffix is not None and suffix.text.islower()
    )


def _describes_a_group(tokens: Sequence[Token], m: Mention, starts: set[int]) -> bool:
    """ "the Palestinian resistance group Hamas", "the Lebanese armed group Hezbollah": a state's name or demonym in
    the description of a group named right after it qualifies the group, which is the actor."""
    k = m.end
    while k < m.end + _GROUP_DESCRIPTION and k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower():
        if tokens[k].lower in _GROUP_NOUNS and k + 1 in starts:
            return not m.possessive
        k += 1
    return False


def _inside_name(tokens: Sequence[Token], m: Mention, starts: set[int], ends: frozenset[int] = frozenset()) -> bool:
    """Part of a longer proper name: "Taiwan Strait", "Melania Trump", "Alliance of Sahel States"."""
    before, after = _at(tokens, m.start - 1), _at(tokens, m.end)
    named_before = m.start > 1 and _name_like(before) and before is not None and before.lower != "the"
    named_after = _name_like(after) and m.end not in starts and not (after is not None and after.lower in _SUFFIXES)
    of_name = after is not None and after.lower == "of" and _name_like(_at(tokens, m.end + 1))
    after_name = m.start in ends  # "President of the United States Joseph R. Biden": two names side by side
    owner = after is not None and after.norm == "'"  # "the Middle East and Russia's aggression": a name of its own
    linked = m.start > 2 and before is not None and before.lower in _LINKS and _name_like(_at(tokens, m.start - 2))
    linked = linked and not owner
    named_before = named_before or (linked and m.start - 1 not in ends)  # "the AU Peace and Security Council"
    return (
        (named_before and m.start - 1 not in starts and not after_name)
        or named_after
        or (of_name and m.end + 1 not in starts)
    )


def _mission(tokens: Sequence[Token], m: Mention, lexicon: Lexicon) -> Mention:
    """ "the African Union Transition Mission in Somalia": a bloc's mission, named by up to two more capitalised
    words and "Mission", stands for the bloc."""
    if lexicon.kind(m.actor or "") != "Bloc":
        return m
    for k in range(m.end, min(m.end + _MISSION_REACH, len(tokens))):
        if tokens[k].lower in _MISSIONS:
            return replace(m, end=k + 1)
        if not (tokens[k].capitalised and tokens[k].text.isalpha()):
            return m
    return m


def _states_organ(tokens: Sequence[Token], m: Mention, states: set[int]) -> bool:
    """ "the Russian Security Council", "the Iranian Parliament": an organ's name right after a state's is that
    state's organ, not the body of that name."""
    owner = m.start in states or (
        m.start - 2 in states and _possessive(tokens, Mention(0, m.start - 2, frozenset())).end == m.start
    )
    return owner and tokens[m.end - 1].lower in OFFICE_WORDS and tokens[m.start].lower != "the"


def _possessive(tokens: Sequence[Token], m: Mention) -> Mention:
    apostrophe, s = _at(tokens, m.end), _at(tokens, m.end + 1)
    if apostrophe is not None and s is not None and apostrophe.norm == "'" and s.lower == "s" and _glued(tokens, m.end):
        return replace(m, end=m.end + 2, possessive=True)
    # "Hamas' rocket attacks", "the United States' condemnation": a bare apostrophe after a name ending in "s"
    quoted = m.start > 0 and tokens[m.start - 1].norm == "'"  # "the 'United States' position": a closing quote
    bare = apostrophe is not None and apostrophe.norm == "'" and tokens[m.end - 1].text.endswith("s")
    if (
        bare
        and not quoted
        and _glued(tokens, m.end)
        and s is not None
        and s.text.isalpha()
        and not _glued(tokens, m.end + 1)
    ):
        return replace(m, end=m.end + 1, possessive=True)
    return m


def office_run(tokens: Sequence[Token], start: int) -> int:
    """The end of the office words from ``start`` ("foreign policy chief", "Secretary of State")."""
    i = start
    while i < len(tokens):
        hyphened = tokens[i].lower == "in" and tokens[i - 1].text == "-"  # "Chairperson-in-Office"
        inner = i > start and (
            tokens[i].text == "-" or hyphened or (tokens[i].lower == "of" and _office(_at(tokens, i + 1)))
        )
        if not (_office(tokens[i]) or inner):
            break
        i += 1
    return i if i > start and tokens[i - 1].text != "-" else start


def _titled(
    tokens: Sequence[Token], m: Mention, people: dict[int, Mention], lexicon: Lexicon, on: date | None, starts: set[int]
) -> Mention:
    """ "Russian President [Vladimir Putin]", "Kremlin spokesman", "the Russian president"."""
    run_end = office_run(tokens, m.end)
    if run_end == m.end:
        return m
    former = m.start > 0 and tokens[m.start - 1].lower in FORMER_WORDS
    person = people.get(run_end)
    if person is not None:
        relation = lexicon.titles.get(tuple(t.lower for t in tokens[m.end : run_end]))
        office = (relation, m.actor) if relation and not former and m.actor and person.actor else None
        return replace(
            person, start=m.start, titled=True, actors=frozenset() if former else person.actors, office=office
        )
    name_end = run_end
    while name_end - run_end < _MAX_UNKNOWN_NAME and _name_like(_at(tokens, name_end)) and name_end not in starts:
        name_end += 1
    actors = m.actors
    if name_end == run_end and m.actor is not None:
        title = " ".join(t.lower for t in tokens[m.end : run_end]).replace(" - ", "-")
        leader = lexicon.leader_of(m.actor, title, on) if title in LEADER_TITLES else None
        actors = frozenset({leader}) if leader else actors
    return _possessive(tokens, Mention(m.start, name_end, frozenset() if former else actors, titled=True))


def _title_of(tokens: Sequence[Token], m: Mention) -> bool:
    """After "rulers of", "President Zelenskyy of": the mention names whom they act for."""
    of = m.start - 2 if m.start > 1 and tokens[m.start - 1].lower == "the" else m.start - 1
    if of < 1 or tokens[of].lower != "of":
        return False
    window = tokens[max(0, of - _TITLE_OF_WINDOW) : of]
    return any(_office(t) for t in window) and all(t.text.isalpha() for t in window[-2:])


def _abbreviated(tokens: Sequence[Token], names: list[Mention]) -> list[Mention]:
    """ "the Democratic People's Republic of Korea (DPRK)": the name in brackets after it is the same mention."""
    kept: list[Mention] = []
    for m in names:
        last = kept[-1] if kept else None
        bracketed = last is not None and m.start == last.end + 1 and tokens[last.end].text == "("
        if bracketed and last is not None and m.actors == last.actors and _at(tokens, m.end) is not None:
            closing = _at(tokens, m.end)
            if closing is not None and closing.text == ")":
                kept[-1] = replace(last, end=m.end + 1)
                continue
        kept.append(m)
    return kept


def _bracketed(tokens: Sequence[Token], m: Mention, starts: set[int]) -> Mention:
    """ "the Sudanese Armed Forces (SAF)": an abbreviation in brackets right after a name, that names nothing
    itself, belongs to the name."""
    opening, inner, closing = _at(tokens, m.end), _at(tokens, m.end + 1), _at(tokens, m.end + 2)
    if opening is None or inner is None or closing is None or opening.text != "(" or closing.text != ")":
        return m
    capitals = sum(c.isupper() for c in inner.text)
    abbreviation = inner.text.isalnum() and inner.text[0].isupper() and capitals > 1  # "SAF", "FAMa"
    return replace(m, end=m.end + 3) if abbreviation and m.end + 1 not in starts else m


def find_mentions(tokens: Sequence[Token], lexicon: Lexicon, *, on: date | None = None) -> tuple[Mention, ...]:
    """The actors a sentence names, in order; ``on`` dates titles ("the Russian president")."""
    names = _abbreviated(tokens, _names(tokens, lexicon))
    starts = {m.start for m in names}
    ends = frozenset(m.end for m in names)
    states = {m.end for m in names if lexicon.kind(m.actor or "") == "State"}
    blocs = {m.start for m in names if lexicon.kind(m.actor or "") == "Bloc" and not _states_organ(tokens, m, states)}
    names = [_mission(tokens, m, lexicon) for m in names]
    kept = [
        _possessive(tokens, m)
        for m in names
        if not (_modifier(tokens, m) or _inside_name(tokens, m, starts, ends) or _states_organ(tokens, m, states))
        and not (m.end in states and m.end in blocs)  # "the Swedish OSCE Chairmanship": the OSCE's
        and not (m.end in states and _at(tokens, m.end) is not None and tokens[m.end].lower in _AGAINST_THE_STATE)
        and not (m.end in states and _at(tokens, m.end) is not None and tokens[m.end].text in _CURRENCIES)
    ]
    kept = [m for m in kept if not _describes_a_group(tokens, m, starts)]
    people = {m.start: m for m in kept if m.resolved and lexicon.kind(m.actor or "") == "Person"}
    merged: list[Mention] = []
    for m in kept:
        if merged and m.start < merged[-1].end:
            continue
        if m.start not in people:
            m = _titled(tokens, m, people, lexicon, on, starts)
        merged.append(replace(m, titled=True) if _title_of(tokens, m) else m)
    starts = {m.start for m in merged}
    return tuple(sorted((_bracketed(tokens, m, starts) for m in merged), key=lambda m: m.start))
