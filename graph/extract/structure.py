"""Relations a noun phrase states by its shape, without a verb: titles of office and member lists.

- A title of office (``ent:titleCue`` of a relation type) naming a person with an actor: "Russian
  President Vladimir Putin", "Prime Minister Narendra Modi of India", "the Prime Minister of the
  State of Israel, Mr. Benjamin Netanyahu" → the person, the relation, the actor.
- A member noun (``ent:memberNoun``) between a bloc and a list: "NATO members Finland and Estonia",
  "the EFTA countries Iceland and Liechtenstein"; and a bloc's officers "of" a list of states: "the
  G7 Foreign Ministers of Canada, France, ..." → each of the list, the relation, the bloc. The list
  then speaks as the bloc: its states are not the subject of the sentence's verbs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graph.extract.clause import CueMatch
from graph.extract.lexicon import Lexicon
from graph.extract.mentions import Mention
from graph.extract.relations import Hit
from graph.extract.text import Token
from graph.extract.words import CONDITIONS, HEDGES, PREPOSITIONS

__all__ = [
    "absorb_members",
    "apposed_members",
    "composition_members",
    "copular_members",
    "possessive_members",
    "structural_hits",
]

_CONFIDENCE = 0.85
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "h", "e", "hon", "his", "her", "majesty", "excellency", "."})
_MAX_OFFICE_WORDS = 3
_SUFFIXES = frozenset({"jr", "sr"})
_MAX_MODIFIERS = 7
_COPULAS = frozenset({"is", "are", "was", "were", "remains", "remain", "became", "becomes", "become"})
_COPULA_ADVERBS = frozenset({"now", "already", "also", "still", "formally", "officially"})
_NOT = frozenset({"not", "never", "no", "longer"})
_LIST_WORDS = frozenset({",", "and", "the", "&"})
_APPOSED = (("comprising",), ("consisting", "of"), ("composed", "of"), ("made", "up", "of"), ("which", "comprises"))
_BODIES = frozenset({"Bloc", "Organisation"})  # what one can be a member of
_ASIDE_OPENERS = frozenset({",", "(", "–", "—", "-"})
_COMPOSED = (("consists", "of"), ("consisted", "of"), ("comprises",), ("comprised",), ("is", "composed", "of"))


def _title_before(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """A title of office ending right before ``at``: its relation and where it starts."""
    for length in (2, 1):
        start = at - length
        words = tuple(t.lower for t in tokens[max(start, 0) : at])
        if start >= 0 and words in lexicon.titles and all(t.capitalised for t in tokens[start:at]):
            return lexicon.titles[words], start
    return None


def _at(mentions: Sequence[Mention], i: int, tokens: Sequence[Token]) -> Mention | None:
    """The mention at token ``i``, or after a "the" there that the name does not include."""
    k = i + 1 if i < len(tokens) and tokens[i].lower == "the" else i
    return next((m for m in mentions if m.start in {i, k} and m.resolved), None)


def _titles(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> list[Hit]:
    hits = []
    for m in mentions:
        person = m.actor
        if m.office is not None and person:
            relation, led = m.office
            hits.append(_hit(relation, [(person, led)], m.start, m.end))
            continue
        if not person or lexicon.kind(person) != "Person":
            continue
        titled = _title_before(tokens, m.start, lexicon)
        after = _past_suffix(tokens, m.end)
        of = _at(mentions, after + 1, tokens) if after < len(tokens) and tokens[after].lower == "of" else None
        if titled is not None and of is not None and of.actor and lexicon.kind(of.actor) != "Person":
            hits.append(_hit(titled[0], [(person, of.actor)], titled[1], of.end))
            continue
        appositive = _appositive_office(tokens, mentions, after, lexicon)
        if appositive is not None:  # "Joe Biden, President of the United States"
            hits.append(_hit(appositive[0], [(person, appositive[1])], m.start, appositive[2]))
            continue
        j = m.start - 1  # "the Prime Minister of the State of Israel, Mr. Benjamin Netanyahu"
        while j >= 0 and tokens[j].lower in _HONORIFICS:
            j -= 1
        if j < 0:
            continue
        ends = j if tokens[j].text == "," else j + 1  # or with no comma: "President of the United States Joe Biden"
        state = next((s for s in mentions if s.end == ends and s.actor and lexicon.kind(s.actor) != "Person"), None)
        if state is None or not state.actor:
            continue
        of_at = state.start - 2 if tokens[state.start - 1].lower == "the" else state.start - 1
        titled = _title_before(tokens, of_at, lexicon) if of_at >= 1 and tokens[of_at].lower == "of" else None
        if titled is not None:
            hits.append(_hit(titled[0], [(person, state.actor)], titled[1], m.end))
    return hits


def _past_suffix(tokens: Sequence[Token], i: int) -> int:
    """Past a name's suffix: "Joseph R. Biden, Jr." (``i`` when there is none)."""
    k = i + 1 if i < len(tokens) and tokens[i].text == "," else i
    if k < len(tokens) and tokens[k].lower in _SUFFIXES:
        return k + 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else k + 1
    return i


def _appositive_office(
    tokens: Sequence[Token], mentions: Sequence[Mention], i: int, lexicon: Lexicon
) -> tuple[str, str, int] | None:
    """ ", President of the United States" after a person: the relation, the actor and where its name ends."""
    if i >= len(tokens) or tokens[i].text != ",":
        return None
    for length in (2, 1):
        words = tuple(t.lower for t in tokens[i + 1 : i + 1 + length])
        of = i + 1 + length
        if words not in lexicon.titles or not all(t.capitalised for t in tokens[i + 1 : of]):
            continue
        actor = _at(mentions, of + 1, tokens) if of < len(tokens) and tokens[of].lower == "of" else None
        if actor is not None and actor.actor and lexicon.kind(actor.actor) != "Person":
            return lexicon.titles[words], actor.actor, actor.end
    return None


def _new(hits: list[Hit], lexicon: Lexicon) -> list[Hit]:
    """Leave out a title the catalogue already records as a tenure: it would tell nothing new."""
    return [h for h in hits if not all(led in lexicon.led_by(person) for person, led in h.pairs)]


def _hit(relation: str, pairs: list[tuple[str, str]], start: int, end: int) -> Hit:
    return Hit(relation, tuple(pairs), False, CueMatch(start, end, relation), _CONFIDENCE)


def _officer_at(mentions: Sequence[Mention], tokens: Sequence[Token], i: int) -> Mention | None:
    """ "the High Representative of the European Union" closing a list of states: an organisation's officer."""
    j = i + 1 if i < len(tokens) and tokens[i].lower == "the" else i
    k = j
    while k < len(tokens) and k - j < _MAX_OFFICE_WORDS and tokens[k].capitalised and tokens[k].text.isalpha():
        k += 1
    if k == j or k >= len(tokens) or tokens[k].lower != "of":
        return None
    return _at(mentions, k + 1, tokens)


def _list_from(mentions: Sequence[Mention], tokens: Sequence[Token], i: int) -> list[Mention]:
    """The names listed from token ``i``: "Canada, France, ..., and the United States" (an organisation's
    officer closing it is listed too: "..., and the High Representative of the European Union")."""
    found: list[Mention] = []
    while True:
        m = _at(mentions, i, tokens)
        officer = _officer_at(mentions, tokens, i) if m is None and found else None
        if officer is not None and officer.titled:
            return [*found, officer]
        if m is None or m.possessive:
            return found
        found.append(m)
        k = m.end
        while k < len(tokens) and tokens[k].lower in _LIST_WORDS and tokens[k].lower != "the":
            k += 1
        if k == m.end:
            return found
        i = k


def _introduced(tokens: Sequence[Token], bloc: Mention, lexicon: Lexicon) -> str | None:
    """ "the founding members of ASEAN: A, B and C": a member noun, "of" the bloc, a colon; the relation."""
    if bloc.end >= len(tokens) or tokens[bloc.end].text != ":":
        return None
    of = bloc.start - 2 if bloc.start > 1 and tokens[bloc.start - 1].lower == "the" else bloc.start - 1
    if of < 1 or tokens[of].lower != "of":
        return None
    for noun, relation in lexicon.member_nouns.items():
        if tuple(t.lower for t in tokens[max(0, of - len(noun)) : of]) == noun:
            return relation
    return None


def _member_lists(
    tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon
) -> list[tuple[Mention, list[Mention], str]]:
    """(bloc, its listed members, the relation): "NATO members Finland and Estonia", "G7 Ministers of A, B"."""
    found = []
    for bloc in mentions:
        if not bloc.actor or lexicon.kind(bloc.actor) != "Bloc":
            continue
        introduced = _introduced(tokens, bloc, lexicon)
        if introduced is not None:
            members = _list_from(mentions, tokens, bloc.end + 1)
            if members and all(m.actor and lexicon.kind(m.actor) == "State" for m in members):
                found.append((bloc, members, introduced))
            continue
        if not bloc.titled:
            continue
        nouns = [
            r
            for n, r in lexicon.member_nouns.items()
            if tuple(t.lower for t in tokens[bloc.end - len(n) : bloc.end]) == n
        ]
        of = bloc.end < len(tokens) and tokens[bloc.end].lower == "of"
        members = _list_from(mentions, tokens, bloc.end if nouns else bloc.end + 1) if nouns or of else []
        relation = nouns[0] if nouns else next(iter(lexicon.member_nouns.values()), "")
        states = [m for m in members if m.actor and lexicon.kind(m.actor) == "State"]
        officer = members[-1:] if members and members[-1].titled and members[-1] not in states else []
        if relation and states and len(states) + len(officer) == len(members):
            found.append((bloc, members, relation))
    return found


def absorb_members(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> tuple[Mention, ...]:
    """The mentions with each member list folded into its bloc: the list speaks as the bloc."""
    kept = list(mentions)
    for bloc, members, _ in _member_lists(tokens, mentions, lexicon):
        kept = [m for m in kept if m not in members and m is not bloc]
        kept.append(replace(bloc, end=members[-1].end))
    return tuple(sorted(kept, key=lambda m: m.start))


def structural_hits(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> list[Hit]:
    """The relations the sentence's titles and member lists state."""
    hits = _new(_titles(tokens, mentions, lexicon), lexicon)
    for bloc, members, relation in _member_lists(tokens, mentions, lexicon):
        pairs = [(m.actor, bloc.actor) for m in members if m.actor and bloc.actor and lexicon.kind(m.actor) == "State"]
        hits.append(_hit(relation, pairs, bloc.start, members[-1].end))
    return hits


def _member_noun_after(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """A member noun within a few modifiers of ``start`` ("thirty second and newest Ally"): its relation and end."""
    for k in range(start, min(start + _MAX_MODIFIERS, len(tokens))):
        for length in (2, 1):
            relation = lexicon.member_nouns.get(tuple(t.lower for t in tokens[k : k + length]))
            if relation is not None:
                return relation, k + length
        if not ((tokens[k].text.islower() and tokens[k].text.isalpha()) or tokens[k].text == "-"):
            return None
    return None


def possessive_members(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> list[Hit]:
    """ "our thirty second and newest Ally, Sweden" (in a bloc's statement), "NATO's newest member, Finland":
    a bloc's possessive, a member noun and the states it names."""
    hits = []
    for bloc in mentions:
        parties = bloc.named
        if not bloc.possessive or len(parties) != 1 or lexicon.kind(parties[0]) != "Bloc":
            continue
        found = _member_noun_after(tokens, bloc.end, lexicon)
        if found is None:
            continue
        relation, end = found
        members = _list_from(mentions, tokens, end + 1 if end < len(tokens) and tokens[end].text == "," else end)
        if members and all(m.actor and lexicon.kind(m.actor) == "State" for m in members):
            hits.append(_hit(relation, [(m.actor or "", parties[0]) for m in members], bloc.start, members[-1].end))
    return hits


def _bloc_member_noun(tokens: Sequence[Token], bloc: Mention, lexicon: Lexicon) -> str | None:
    """The membership relation when a member noun follows the bloc's name ("a NATO member", "EU member states")."""
    for length in (2, 1):
        relation = lexicon.member_nouns.get(tuple(t.lower for t in tokens[bloc.end : bloc.end + length]))
        if relation is not None:
            return relation
    return None


def copular_members(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> list[Hit]:
    """ "Hungary is the only NATO member that ...", "Sweden is not yet a NATO member": a state, a copula (or the
    comma of an apposition: "Cyprus, an EU member state,") and a bloc's member noun (negated by "not", "no longer")."""
    hits = []
    by_end = {m.end: m for m in mentions}
    for bloc in mentions:
        if not bloc.actor or lexicon.kind(bloc.actor) != "Bloc" or bloc.possessive:
            continue
        relation = _bloc_member_noun(tokens, bloc, lexicon)
        if relation is None:
            continue
        j = bloc.start - 1
        while j >= 0 and j >= bloc.start - _MAX_MODIFIERS and tokens[j].lower not in _COPULAS:
            if not (tokens[j].text.isalpha() and tokens[j].text.islower()) or tokens[j].lower in PREPOSITIONS:
                break
            j -= 1
        apposed = j >= 0 and tokens[j].text == "," and tokens[j + 1].lower in {"a", "an", "fellow"}  # "Cyprus, an EU"
        if j < 0 or not (tokens[j].lower in _COPULAS or apposed):
            continue
        words = {t.lower for t in tokens[j + 1 : bloc.start]}
        k = j - 1
        while k >= 0 and tokens[k].lower in _COPULA_ADVERBS:
            k -= 1
        state = by_end.get(k + 1)
        if state is None or not state.actor or state.possessive or lexicon.kind(state.actor) != "State":
            continue
        between = {t.lower for t in tokens[state.end : bloc.start]}
        before = {t.lower for t in tokens[: state.start]}
        if between & (HEDGES | {"will", "shall"}) or before & (CONDITIONS | HEDGES):
            continue  # "would become a NATO member", "if Ukraine is an EU member"
        denied = bool(words & _NOT) or bool({t.lower for t in tokens[k + 1 : j]} & _NOT)
        hit = _hit(relation, [(state.actor, bloc.actor)], state.start, bloc.end)
        hits.append(replace(hit, negated=denied))
    return hits


def composition_members(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> list[Hit]:
    """ "The Security Council consists of 5 permanent members (China, France, ...)": a bloc, a verb of composition,
    a member noun and the states it lists, in brackets or after a colon."""
    hits = []
    words = [t.lower for t in tokens]
    for bloc in mentions:
        if not bloc.actor or lexicon.kind(bloc.actor) != "Bloc" or bloc.possessive:
            continue
        phrase = next((p for p in _COMPOSED if tuple(words[bloc.end : bloc.end + len(p)]) == p), None)
        k = bloc.end + len(phrase) if phrase is not None else len(tokens)
        k += k < len(tokens) and tokens[k].text.isdigit()  # "5 permanent members"
        found = _member_noun_after(tokens, k, lexicon) if k < len(tokens) else None
        if found is None or found[1] >= len(tokens) or tokens[found[1]].text not in {"(", ":"}:
            continue
        members = _list_from(mentions, tokens, found[1] + 1)
        if members and all(m.actor and lexicon.kind(m.actor) == "State" for m in members):
            hits.append(_hit(found[0], [(m.actor or "", bloc.actor) for m in members], bloc.start, members[-1].end))
    return hits


def apposed_members(tokens: Sequence[Token], mentions: Sequence[Mention], lexicon: Lexicon) -> list[Hit]:
    """ "Mercosur – comprising Argentina, Brazil, Paraguay and Uruguay –", "the EAC, made up of Kenya, ...": a bloc,
    an aside that opens with a word of composition, and the states it lists, the aside closed after them."""
    membership = set(lexicon.member_nouns.values())
    if len(membership) != 1:
        return []
    relation, hits, words = next(iter(membership)), [], [t.lower for t in tokens]
    for bloc in mentions:
        if not bloc.actor or lexicon.kind(bloc.actor) not in _BODIES or bloc.possessive or bloc.end >= len(tokens):
            continue
        opener = tokens[bloc.end].text
        at = bloc.end + 1
        phrase = next((p for p in _APPOSED if tuple(words[at : at + len(p)]) == p), None)
        if opener not in _ASIDE_OPENERS or phrase is None:
            continue
        members = _list_from(mentions, tokens, at + len(phrase))
        closing = tokens[members[-1].end].text if members and members[-1].end < len(tokens) else ""
        closed = closing in ({")"} if opener == "(" else {opener, "."})
        if len(members) > 1 and closed and all(m.actor and lexicon.kind(m.actor) == "State" for m in members):
            hits.append(_hit(relation, [(m.actor or "", bloc.actor) for m in members], bloc.start, members[-1].end))
    return hits
