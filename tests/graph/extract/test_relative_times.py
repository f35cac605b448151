"""The object of a cue that closes a relative clause, a time between the cue and the clause's end ("Ukraine, which
Russia invaded in 2022, ...") (issue 14): other actors and wording than the brief's example, with the near cases
left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia, which Russia invaded in August 2008, condemned the visit.", ("russia", "attacks", "georgia", False)),
        ("Chile, which Peru thanked on Monday, sent aid to Haiti.", ("peru", "praises", "chile", False)),
        ("Kuwait, which Iraq invaded in 1990, hosted the summit.", ("iraq", "attacks", "kuwait", False)),
    ],
)
def test_a_relative_clause_with_a_time_acts_on_its_antecedent(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Chile, which Peru thanked in Lima, sent aid to Haiti.", ("peru", "praises", "chile", False)),  # a place
        ("Kuwait, which Iraq could invade in 2026, hosted the summit.", ("iraq", "attacks", "kuwait", False)),
    ],
)
def test_other_relative_clauses_are_left_alone(lexicon: Lexicon, text: str, wrong: Fact) -> None:
    assert wrong not in facts(text, lexicon)
