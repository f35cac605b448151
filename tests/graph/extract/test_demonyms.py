"""States named by their adjective: every state's demonym in the catalogue (issue #14), and the forms that name
several actors, whose mentions are left out.

The sentences are written for the data, with other actors than the labelled sets' texts; each with a case it must
leave alone.
"""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "The Bolivian government condemned the Peruvian decision to close the border.",
            ("bolivia", "criticises", "peru", False),
        ),
        (
            "The Emirati foreign ministry praised the Bangladeshi government.",
            ("united-arab-emirates", "praises", "bangladesh", False),
        ),
        ("Czech officials condemned the Slovak government's decision.", ("czechia", "criticises", "slovakia", False)),
        (
            "The Haitian government welcomed the Jamaican offer of support.",
            ("haiti", "praises", "jamaica", False),
        ),
        # a form of several words, and one written with a hyphen
        (
            "The Sri Lankan government condemned the Bissau-Guinean decision.",
            ("sri-lanka", "criticises", "guinea-bissau", False),
        ),
    ],
)
def test_a_state_named_by_its_adjective_is_the_actor(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon)


def test_a_longer_form_names_its_own_actor_not_the_shorter_one_s(lexicon: Lexicon) -> None:
    found = facts("Turkish Cypriot leaders criticised the Greek Cypriot government.", lexicon)
    assert found == {("northern-cyprus", "criticises", "cyprus", False)}


@pytest.mark.parametrize(
    "text",
    [
        # "Guinean" is Guinea's, Guinea-Bissau's and Equatorial Guinea's; "Samoan" Samoa's and American Samoa's
        "The Guinean government condemned the Senegalese decision to close the border.",
        "The Samoan government praised the Fijian decision.",
        # "Central African" is also the region's adjective: no name at all
        "The Central African government condemned the Chadian decision.",
    ],
)
def test_an_ambiguous_adjective_gives_no_claim(lexicon: Lexicon, text: str) -> None:
    assert facts(text, lexicon) == set()


def test_ambiguous_adjectives_are_no_actor_s_name(lexicon: Lexicon) -> None:
    for form in ("Guinean", "Samoan", "Dominican", "Congolese", "Central African"):
        assert tuple(form.split()) not in lexicon.surfaces, form
    assert lexicon.surfaces[("Bolivian",)] == {"bolivia"}
    assert lexicon.surfaces[("Equatorial", "Guinean")] == {"equatorial-guinea"}
