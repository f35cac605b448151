"""An agreement named as signed between parties states their cooperation (issue 14; set 3's rule: an agreement
gives cooperation). Sentences written for the rule, with other actors than the text that prompted it."""

from __future__ import annotations

from itertools import combinations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treaty on the Nile Basin Cooperative Framework signed on 14 May 2010 between Kenya, Uganda and "
            "Tanzania was cited.",
            {
                ("kenya", "cooperatesWith", "uganda", False),
                ("kenya", "cooperatesWith", "tanzania", False),
                ("uganda", "cooperatesWith", "tanzania", False),
            },
        ),
        (
            "The memorandum of understanding signed between Chad and Libya was published.",
            {("chad", "cooperatesWith", "libya", False)},
        ),
        # near cases: a supposed agreement, and a signed thing that is no agreement
        ("If an agreement is signed between Chad and Libya, trade will grow.", set()),
        ("The letter signed between Chad and Libya was lost.", set()),
    ],
)
def test_a_signed_agreement_states_cooperation(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    found = {(frozenset((s, o)), n) for s, r, o, n in facts(text, lexicon) if r == "cooperatesWith"}
    assert found == {(frozenset((s, o)), n) for s, _, o, n in expected}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "This decision violates the Declaration of Principles agreed upon among Chile, Peru and Bolivia.",
            ("chile", "peru", "bolivia"),
        ),
        ("The accord reached between Kenya and Uganda in 2019 is binding.", ("kenya", "uganda")),
    ],
)
def test_an_agreement_agreed_or_reached_among_parties_binds_them(
    lexicon: Lexicon, text: str, parties: tuple[str, ...]
) -> None:
    found = {frozenset((f[0], f[2])) for f in facts(text, lexicon) if f[1] == "cooperatesWith" and not f[3]}
    assert {frozenset(p) for p in combinations(parties, 2)} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "No agreement was reached between Kenya and Uganda.",  # none reached
        "No deal signed between Kenya and Uganda holds.",
        "The statement agreed among Kenya and Uganda was short.",  # a statement, not an agreement
    ],
)
def test_no_agreement_binds_no_one(lexicon: Lexicon, text: str) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "cooperatesWith" and not f[3]}
