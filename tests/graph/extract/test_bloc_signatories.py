"""A bloc's statement signed "We, the Prime Ministers of A, B and C express ..." (no comma before the verb) speaks
for the bloc, whose members the listed states are (issue 14): other actors and wording than the text that prompted
the rule, with the near cases left alone."""

from __future__ import annotations

from graph.extract.lexicon import Lexicon
from tests.support.extraction import facts

_SIGNED = "We, the Heads of State of Kenya, Uganda and Tanzania strongly condemn Russia's attack on Ukraine."


def test_the_signing_officers_speak_for_the_bloc(lexicon: Lexicon) -> None:
    found = facts(_SIGNED, lexicon, publisher="east-african-community")
    assert ("east-african-community", "criticises", "russia", False) in found, found
    members = {(s, "memberOf", "east-african-community", False) for s in ("kenya", "uganda", "tanzania")}
    assert members <= found, found
    assert not {f for f in found if f[0] in {"kenya", "uganda", "tanzania"} and f[1] != "memberOf"}, found
    assert not {f for f in found if f[2] in {"kenya", "uganda", "tanzania"}}, found


def test_states_signing_their_own_statement_speak_each(lexicon: Lexicon) -> None:
    found = facts(_SIGNED, lexicon, publisher="kenya")  # not a bloc's statement: each state speaks
    assert ("east-african-community", "criticises", "russia", False) not in found, found
    assert not {f for f in found if f[1] == "memberOf"}, found
