"""Rules added after the third blind set's first run (issue 14), each tested on sentences written for it, with
other actors than the texts it came from, and with a case it must leave alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon, lexicon_from_store
from tests.support.extraction import Fact, catalogue_store, facts


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return lexicon_from_store(catalogue_store())


# --- Agent and target --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a place and a day opening a paragraph are a dateline, not the sentence's subject
        (
            "Lima, Mar 4 (Wire) The Andean bloc said Chile had said that it sanctioned Bolivia.\n\n"
            "Paris, Mar 4 (Wire) The European Union said that it sanctioned Belarus.",
            ("european-union", "sanctions", "belarus", False),
            ("france", "sanctions", "belarus", False),
        ),
        # a possessive owns the act across a date ("X's March 3 strikes"), not the subject condemning them
        (
            "Brazil strongly condemns Israel's March 3 strikes on Lebanon.",
            ("israel", "attacks", "lebanon", False),
            ("brazil", "attacks", "lebanon", False),
        ),
        # the act a criticising verb takes as object is not its subject's, across adjectives and dates
        (
            "Chile condemned the deadly March 3 attack on Peru.",
            None,
            ("chile", "attacks", "peru", False),
        ),
        # "stand by A and B": a verb's particle, not an act's agent after "by"
        (
            "Chile stands by the Republic of Peru and brotherly Bolivia.",
            ("chile", "supports", "peru", False),
            ("peru", "supports", "bolivia", False),
        ),
        # a participle right before a finite verb ends a noun phrase: "X's allies now sanctioned include Y"
        (
            "Xi Jinping political allies now sanctioned include Premier Li Qiang.",
            None,
            ("xi-jinping", "sanctions", "li-qiang", False),
        ),
        # "can" is a possibility, not a fact
        (
            "Frozen Iranian funds can be used to support Syria.",
            None,
            ("iran", "supports", "syria", False),
        ),
    ],
)
def test_agent_and_target(lexicon: Lexicon, text: str, present: Fact | None, absent: Fact) -> None:
    found = facts(text, lexicon)
    if present is not None:
        assert present in found
    assert absent not in found


def test_a_subject_still_acts_when_a_noun_phrase_is_not_its_object(lexicon: Lexicon) -> None:
    assert ("france", "demandsOf", "azerbaijan", False) in facts(
        "France condemned the offensive and demanded that Azerbaijan end it at once.", lexicon
    )
    assert ("canada", "sanctions", "russia", False) in facts("Canada has now sanctioned Russia.", lexicon)
