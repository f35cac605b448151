"""A designation as terrorist is a sanction (issue 14). Sentences written for the rule, with other actors than the
text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada listed the IRGC as a terrorist entity.", {("canada", "sanctions", "irgc", False)}),
        (
            "Germany welcomed the Austrian decision to recognise Hezbollah as a terrorist organisation.",
            {("germany", "praises", "austria", False), ("austria", "sanctions", "hezbollah", False)},
        ),
        # near cases: denied, supposed, asked for, and a recognition of another kind
        ("Austria did not recognise Hezbollah as a terrorist organisation.", set()),
        ("Austria may list Hezbollah as a terrorist group.", set()),
        (
            "Germany urged Austria to recognise Hezbollah as a terrorist organisation.",
            {("germany", "demandsOf", "austria", False)},
        ),
        ("Austria recognised Kosovo as a state.", set()),
    ],
)
def test_a_designation_as_terrorist_is_a_sanction(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
