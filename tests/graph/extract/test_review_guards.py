"""False claims found in review of the rules written for issue 14, each with the case the rule is
for: a surname alone that is also a month, welcoming guests, summoning one's own envoy; and a
reported verdict of violation that was missed. The
sentences are written here."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts

OFFICER = "British Foreign Office Spokesperson Sarah May said the attacks were unacceptable. "
OFFICER_LINDE = "British Foreign Office Spokesperson Ann Lindqvist said the attacks were unacceptable. "


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        # the officer's surname alone speaks for the issuer only where it opens a clause ...
        (OFFICER_LINDE + "Lindqvist urged Iran to release the detainees.", "united-kingdom",
         {("united-kingdom", "demandsOf", "iran", False)}),
        # ... not a month, nor a word inside a clause
        (OFFICER + "Chile condemned the strikes launched in May by Peru.", "united-kingdom",
         {("chile", "criticises", "peru", False)}),
        (OFFICER_LINDE + "Chile welcomed the decision of Lindqvist.", "united-kingdom", set()),
        # welcoming guests praises no one; welcoming an act does
        ("Poland welcomed Ukrainian refugees.", None, set()),
        ("Kenya welcomed Ethiopian students to Nairobi.", None, set()),
        ("Kenya welcomed the decision of Ethiopia to sign the agreement.", None, {("kenya", "praises", "ethiopia", False)}),
        ("Poland welcomed Ukraine.", None, {("poland", "praises", "ukraine", False)}),
        # summoning another state's envoy protests; summoning one's own does not
        ("Russia summoned its ambassador to France for consultations.", None, set()),
        ("Germany summoned the Russian ambassador.", None, {("germany", "criticises", "russia", False)}),
        # a reported verdict of violation is the speaker's, as a reported condemnation is
        ("The Foreign Secretary said that Iran's launch was a clear violation of the resolutions.", "united-kingdom",
         {("united-kingdom", "criticises", "iran", False)}),
    ],
)  # fmt: skip
def test_review_guards(text: str, publisher: str | None, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts("Heading\n\nLondon, 3 June 2024\n\n" + text, lexicon, publisher) == expected
