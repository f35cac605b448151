"""Rules for acts told as shared or mutual (issue 14): who joins others in an act does it with each of them, and
the wordings of restoring relations. Sentences written for the rules, with other actors than the texts that
prompted them."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every party of the list after "joined" acts, through a gerund and the noun phrase of the cue
        (
            "Ghana in 2022 joined Nigeria, Senegal and Togo in imposing a trade embargo on Mali.",
            {
                ("ghana", "sanctions", "mali", False),
                ("nigeria", "sanctions", "mali", False),
                ("senegal", "sanctions", "mali", False),
                ("togo", "sanctions", "mali", False),
            },
        ),
        (
            "Chile joined Peru, Bolivia and Brazil in condemning Argentina.",
            {
                ("chile", "criticises", "argentina", False),
                ("peru", "criticises", "argentina", False),
                ("bolivia", "criticises", "argentina", False),
                ("brazil", "criticises", "argentina", False),
            },
        ),
    ],
)
def test_joined_in_an_act(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joining a body, then acting alone: the body does not act
        (
            "Ghana joined ECOWAS in 1975 and imposed sanctions on Mali.",
            {("ghana", "memberOf", "ecowas", False), ("ghana", "sanctions", "mali", False)},
        ),
        # joined at a place, not in an act: the one joined does not act
        ("Ghana joined Nigeria at the summit and imposed sanctions on Mali.", {("ghana", "sanctions", "mali", False)}),
    ],
)
def test_joined_without_a_shared_act(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # restoring relations in its official wordings: verbs and nouns, with the partner or mutual
        (
            "Egypt and Turkey agreed to re-establish relations.",
            {("egypt", "seeksResetWith", "turkiye", False), ("turkiye", "seeksResetWith", "egypt", False)},
        ),
        ("Chad renewed diplomatic ties with Libya.", {("chad", "seeksResetWith", "libya", False)}),
        (
            "The resumption of bilateral relations between Kenya and Somalia was welcomed.",
            {("kenya", "seeksResetWith", "somalia", False), ("somalia", "seeksResetWith", "kenya", False)},
        ),
        # cutting relations opposes
        (
            "Nicaragua decided to sever diplomatic relations with the Netherlands.",
            {("nicaragua", "opposes", "netherlands", False)},
        ),
        # near cases: refused or denied, and a break told without the partner
        ("Chad refused to restore relations with Libya.", {("chad", "seeksResetWith", "libya", True)}),
        ("The two states resumed relations years after breaking off ties.", set()),
    ],
)
def test_restoring_and_cutting_relations(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
