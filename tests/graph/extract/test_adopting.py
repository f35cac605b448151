"""Sanctions one state adopts from another (issue 14): written for the rule, with other actors and wording than the
text that prompted it, and the near cases it must leave alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Liechtenstein implemented the EU sanctions against Belarus.",
            {("liechtenstein", "sanctions", "belarus", False), ("european-union", "sanctions", "belarus", False)},
        ),
        # the passive "imposed on X by Y": X is sanctioned, by Y and by the adopter, never the adopter itself
        (
            "Iceland has adopted the sanctions imposed on Iran by the United Kingdom.",
            {("iceland", "sanctions", "iran", False), ("united-kingdom", "sanctions", "iran", False)},
        ),
        (
            "Montenegro aligned itself with the EU's restrictive measures against Syria.",
            {("montenegro", "sanctions", "syria", False), ("european-union", "sanctions", "syria", False)},
        ),
    ],
)
def test_adopted_sanctions_are_the_adopters_too(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Liechtenstein has not implemented the EU sanctions against Belarus.",  # denied
        "Liechtenstein could adopt the EU sanctions against Belarus.",  # only possible
        "Liechtenstein welcomed the EU sanctions against Belarus.",  # a verdict on them, not adopting them
    ],
)
def test_no_adoption_that_is_not_stated(text: str, lexicon: Lexicon) -> None:
    assert ("liechtenstein", "sanctions", "belarus", False) not in facts(text, lexicon)
    assert ("european-union", "sanctions", "belarus", False) in facts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bloc that modifies the noun joined is not what the subject becomes a member of
        (
            "Norway joined the EU sanctions against Belarus.",
            {("norway", "sanctions", "belarus", False), ("european-union", "sanctions", "belarus", False)},
        ),
        ("Japan joined the NATO summit in Vilnius.", set()),
        # near cases: joining the body itself
        ("Sweden joined NATO last year.", {("sweden", "memberOf", "nato", False)}),
        ("Montenegro joined NATO in 2017.", {("montenegro", "memberOf", "nato", False)}),
    ],
)
def test_joining_a_blocs_act_is_no_membership(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of imposing right after the object names the agent, as "by" alone does
        ("The sanctions against Syria imposed by Canada remain.", {("canada", "sanctions", "syria", False)}),
        (
            "Mexico condemned the embargo against Venezuela imposed by the United States.",
            {("mexico", "criticises", "united-states", False), ("united-states", "sanctions", "venezuela", False)},
        ),
        # joining those sanctions is adopting them, not joining who imposed them
        (
            "Norway has joined the sanctions against Belarus imposed by the EU.",
            {("norway", "sanctions", "belarus", False), ("european-union", "sanctions", "belarus", False)},
        ),
        # a passive of the same act after its object: "launched by" acts on that object, not on the subject
        ("Chad condemned the attack on Niger launched by Mali.", {("mali", "attacks", "niger", False)}),
    ],
)
def test_an_agent_named_after_the_object_of_an_act(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected
