"""The statement a text reports, opening a sentence as the subject of a verb, speaks for its issuer ("The statement
expressed concern ... It called on ...") (issue 14): other actors and wording than the text that prompted the rule,
with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        ("The communique also called on Mali to hold elections.", "ecowas", ("ecowas", "demandsOf", "mali", False)),
        (
            "The statement expressed concern about the fighting. It called on Russia to withdraw.",
            "osce",
            ("osce", "demandsOf", "russia", False),
        ),
        ("The joint statement condemned Iran's attack on Israel.", "gcc", ("gcc", "criticises", "iran", False)),
    ],
)
def test_the_statement_speaks_for_its_issuer(lexicon: Lexicon, text: str, publisher: str, expected: Fact) -> None:
    found = facts(text, lexicon, publisher=publisher)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Russia issued a statement. The statement condemned Ukraine.", ("kenya", "criticises", "ukraine", False)),
        ("The statement by Russia condemned Ukraine.", ("kenya", "criticises", "ukraine", False)),
        ("The statement was issued after Russia attacked Ukraine.", ("kenya", "criticises", "russia", False)),
    ],
)
def test_another_s_statement_is_not_the_issuer_s(lexicon: Lexicon, text: str, wrong: Fact) -> None:
    assert wrong not in facts(text, lexicon, publisher="kenya")
