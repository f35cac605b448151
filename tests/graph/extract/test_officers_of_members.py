"""A bloc's statement opening a sentence with its members' officers ("The foreign ministers of A, B and C have
supported X") speaks for the bloc, the states being its members (issue 14): other actors and wording than the text
that prompted the rule, with the near cases left alone."""

from __future__ import annotations

from graph.extract.lexicon import Lexicon
from tests.support.extraction import facts

_TEXT = "The Foreign Ministers of Indonesia, Malaysia and Thailand strongly condemned Russia's attack on Ukraine."


def test_the_members_officers_speak_for_the_bloc(lexicon: Lexicon) -> None:
    found = facts(_TEXT, lexicon, publisher="asean")
    assert ("asean", "criticises", "russia", False) in found, found
    assert {(s, "memberOf", "asean", False) for s in ("indonesia", "malaysia", "thailand")} <= found, found
    assert not {f for f in found if f[0] in {"indonesia", "malaysia", "thailand"} and f[1] != "memberOf"}, found


def test_in_a_state_s_statement_each_state_speaks(lexicon: Lexicon) -> None:
    found = facts(_TEXT, lexicon, publisher="indonesia")
    assert ("malaysia", "criticises", "russia", False) in found, found
    assert not {f for f in found if f[1] == "memberOf"}, found


def test_no_verb_after_the_list_no_voice(lexicon: Lexicon) -> None:
    found = facts("The ministers of Indonesia and Malaysia.", lexicon, publisher="asean")
    assert not {f for f in found if f[1] == "memberOf"}, found


def test_officers_who_only_meet_are_no_voice(lexicon: Lexicon) -> None:
    found = facts("The foreign ministers of Iran and Iraq met the ASEAN chair.", lexicon, publisher="asean")
    assert not {f for f in found if f[1] == "memberOf"}, found
