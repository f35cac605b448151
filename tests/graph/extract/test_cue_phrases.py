"""Cue phrases read as data from the relation types of ``entente.ttl``, in their active, nominal and passive forms
(export bans, invasions into, designations, representations, assisting, sanctions that target, rejoining, regret
over an act, ...), adverbs inside a cue, and the cases they must leave alone. The sentences are written here, with
other actors than the labelled sets' texts."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru rejoined the OAS.", {("peru", "memberOf", "oas", False)}),
        ("Peru re-joined the OAS on Saturday.", {("peru", "memberOf", "oas", False)}),
        # a state named after "of" and a noun of statehood is the subject
        ("The small island nation of Peru has rejoined the OAS, the OAS said.", {("peru", "memberOf", "oas", False)}),
        ("Chile expressed regret over Peru and Bolivia's commitment to military cooperation.",
         {("chile", "criticises", "peru", False), ("chile", "criticises", "bolivia", False)}),
        ("Chile regrets Peru's decision to leave the talks.", {("chile", "criticises", "peru", False)}),
        # left alone: regret over a fact without an actor as its object, an apology
        ("Chile regretted that Peru left the talks.", set()),
        ("Japan expressed regret to China over the incident.", set()),
        # a noun that is no statehood before "of"
        ("The sanctions of Peru hurt Chile.", set()),
    ],
)  # fmt: skip
def test_cue_phrases_as_data(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


def test_membership_stated_with_join_is_still_read(lexicon: Lexicon) -> None:
    assert ("montenegro", "memberOf", "nato", False) in facts("Montenegro joined NATO in 2017.", lexicon)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Japan implemented a ban on the export of machinery to Belarus.", ("japan", "sanctions", "belarus", False)),
        ("Canada imposed a ban on exports of dual-use goods to Iran.", ("canada", "sanctions", "iran", False)),
        ("Armenia condemned Azerbaijan's invasion into Armenia.", ("azerbaijan", "attacks", "armenia", False)),
    ],
)
def test_export_bans_and_invasions_into(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon)


def test_a_ban_on_exports_without_an_actor_names_no_one(lexicon: Lexicon) -> None:
    assert not {
        f
        for f in facts("Japan lifted a ban on the export of rice last year.", lexicon)
        if f[1] == "sanctions" and not f[3]
    }


@pytest.mark.parametrize(
    ("text", "present", "publisher"),
    [
        (
            "The UK has today sanctioned four Belarusian officials.",
            ("united-kingdom", "sanctions", "belarus", False),
            None,
        ),
        ("The EU stands firmly with Georgia.", ("european-union", "supports", "georgia", False), None),
        ("Japan lodged a strong protest with China.", ("japan", "criticises", "china", False), None),
        ("Peru and Chile held joint military exercises.", ("peru", "cooperatesWith", "chile", False), None),
        ("Cuba denounced the joint drills by Peru and Chile.", ("peru", "cooperatesWith", "chile", False), None),
    ],
)
def test_adverbs_protests_and_joint_acts(lexicon: Lexicon, text: str, present: Fact, publisher: str | None) -> None:
    found = facts(text, lexicon, publisher)
    assert present in found or (present[2], present[1], present[0], present[3]) in found


@pytest.mark.parametrize(
    ("text", "present", "publisher"),
    [
        (
            "The Treasury Department today sanctioned six individuals linked to Iran.",
            ("canada", "sanctions", "iran", False),
            "canada",
        ),
        (
            "Japan expresses its deep appreciation to Qatar for its mediation.",
            ("japan", "praises", "qatar", False),
            None,
        ),
        (
            "The Foreign Office summoned the Iranian ambassador.",
            ("united-kingdom", "criticises", "iran", False),
            "united-kingdom",
        ),
    ],
)
def test_treasury_appreciation_and_summons(lexicon: Lexicon, text: str, present: Fact, publisher: str | None) -> None:
    assert present in facts(text, lexicon, publisher)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Iran's seizure of the ship is a flagrant violation of international law.",
            ("canada", "criticises", "iran", False),
        ),
        ("Canada lodged a strong protest against Cuba.", ("canada", "criticises", "cuba", False)),
        ("We applaud Kenya's leadership of the mission.", ("canada", "praises", "kenya", False)),
        ("We will continue to impose severe costs on Belarus.", ("canada", "sanctions", "belarus", False)),
        ("We applaud Poland's leadership in supporting Moldova.", ("poland", "supports", "moldova", False)),
    ],
)
def test_violations_protests_applause_and_costs(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon, publisher="canada")


def test_measures_against_an_actor_are_sanctions_even_with_today_inside(lexicon: Lexicon) -> None:
    found = facts("Canada is taking further measures today against the Belarusian banking sector.", lexicon)
    assert ("canada", "sanctions", "belarus", False) in found
    assert not facts("Canada is taking measures against terrorism.", lexicon)


def test_representations_and_rejection_as_data(lexicon: Lexicon) -> None:
    found = facts("Chile has lodged solemn representations with Peru.", lexicon)
    assert ("chile", "criticises", "peru", False) in found
    assert ("chile", "opposes", "peru", False) in facts("Chile issued a statement rejecting Peru's remarks.", lexicon)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Chile called on Peru to stop assisting Bolivia's army.", ("peru", "supports", "bolivia", False)),
        ("Chile condemned the hostilities by Peru against Bolivia.", ("peru", "attacks", "bolivia", False)),
    ],
)
def test_assisting_and_hostilities_as_data(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon)


def test_sanctions_target_as_data(lexicon: Lexicon) -> None:
    assert ("canada", "sanctions", "iran", False) in facts("Canadian sanctions target Iran.", lexicon)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("ASEAN Allies strongly condemn Myanmar's attack on Thailand.", ("asean", "criticises", "myanmar", False)),
        ("Chile salutes the courage of the Peruvian people.", ("chile", "praises", "peru", False)),
        ("We pay tribute to the Peruvian armed forces.", ("chile", "praises", "peru", False)),
        ("Peru's drone deliveries to Bolivia must stop.", ("peru", "supports", "bolivia", False)),
        ("Peru has become a decisive enabler of Bolivia's war.", ("peru", "supports", "bolivia", False)),
    ],
)
def test_more_cue_phrases_as_data(lexicon: Lexicon, text: str, present: Fact) -> None:
    assert present in facts(text, lexicon, publisher="chile")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated adverbs inside a cue phrase
        (
            "Chile has worked closely and vigorously with Peru and Bolivia.",
            {("chile", "cooperatesWith", "peru", False), ("chile", "cooperatesWith", "bolivia", False)},
        ),
        ("Latvia stands firmly, fully and resolutely with Moldova.", {("latvia", "supports", "moldova", False)}),
        # left alone: the adverb closes one clause and another verb opens the next
        ("Spain worked closely and Italy talked with Greece.", set()),
    ],
)
def test_coordinated_adverbs_inside_a_cue(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile congratulates Bolivia on its successful elections.", {("chile", "praises", "bolivia", False)}),
        ("Chile warmly congratulated Bolivia.", {("chile", "praises", "bolivia", False)}),
        ("Chile restored diplomatic relations with Bolivia.", {("chile", "seeksResetWith", "bolivia", False)}),
        ("Chile re-established diplomatic relations with Bolivia.", {("chile", "seeksResetWith", "bolivia", False)}),
        # a noun after a copula is what the subject is: its own membership
        ("Peru became the newest member of the OAS on Monday.", {("peru", "memberOf", "oas", False)}),
        # left alone: a definite noun after another verb is not the subject's act
        ("Japan is closely following the war in Ukraine.", set()),
    ],
)  # fmt: skip
def test_congratulations_restored_relations_and_predicate_nouns(
    lexicon: Lexicon, text: str, expected: set[Fact]
) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile is one of the founding members of the OAS.", {("chile", "memberOf", "oas", False)}),
        ("Chile is among the founding members of the OAS.", {("chile", "memberOf", "oas", False)}),
        ("Bolivia came under attack from Peru.", {("peru", "attacks", "bolivia", False)}),
        ("Chile and Bolivia signed a security pact.", {("chile", "cooperatesWith", "bolivia", False)}),
        # left alone: "from" naming a direction, not an actor
        ("Bolivia came under attack from the north.", set()),
    ],
)  # fmt: skip
def test_one_of_the_members_attack_from_and_security_pacts(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile slammed Peru for the attack.", {("chile", "criticises", "peru", False)}),
        ("Chile decried Peru's decision.", {("chile", "criticises", "peru", False)}),
        ("Chile hit out at Peru over the strikes.", {("chile", "criticises", "peru", False)}),
        ("Chile stands behind Bolivia.", {("chile", "supports", "bolivia", False)}),
        # left alone: the verb of a collision names no one
        ("The car slammed into the wall near the Peruvian embassy.", set()),
    ],
)  # fmt: skip
def test_criticism_and_support_in_the_words_of_news_reports(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mutual cue (ent:mutualCue): subjects named together act each toward the other
        ("Chile and Peru resumed diplomatic relations after a decade.",
         {("chile", "seeksResetWith", "peru", False), ("peru", "seeksResetWith", "chile", False)}),
        ("Chile and Peru announced the normalization of their relations.",
         {("chile", "seeksResetWith", "peru", False), ("peru", "seeksResetWith", "chile", False)}),
        # left alone: one subject alone, a hedge; with an object, the cue's own direction
        ("Chile restored diplomatic relations.", set()),
        ("Chile and Peru could restore diplomatic relations.", set()),
        ("Chile restored diplomatic relations with Peru.", {("chile", "seeksResetWith", "peru", False)}),
    ],
)  # fmt: skip
def test_a_mutual_cue_pairs_its_subjects_each_way(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile thanks Bolivia for hosting the summit.", {("chile", "praises", "bolivia", False)}),
        # left alone: "thanks to" as "because of"
        ("Thanks to Peru's veto, the resolution failed.", set()),
        ("Peru survived the crisis, thanks to Chile's loans.", set()),
        ("Chile thanks to its allies defeated Peru.", set()),
        ("Chile thanks Peru's government for its help.", {("chile", "praises", "peru", False)}),
    ],
)  # fmt: skip
def test_thanks(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # approval expressed is praise; peace between two parties is an agreement whose parties it praises
        ("Chile expressed approval of Peru's decision.", {("chile", "praises", "peru", False)}),
        ("Chile expressed strong approval on Friday regarding recent progress toward a lasting peace between Peru"
         " and Bolivia.", {("chile", "praises", "peru", False), ("chile", "praises", "bolivia", False)}),
        ("Chile welcomed the peace between Peru and Bolivia.",
         {("chile", "praises", "peru", False), ("chile", "praises", "bolivia", False)}),
        # left alone: approval of something no actor did
        ("Peru's parliament expressed approval of the budget.", set()),
    ],
)  # fmt: skip
def test_approval_and_peace_between_parties(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue's later words in title case still match ("as a Member of")
        ("Peru is obliged to protect peace as a Member of the OAS.", {("peru", "memberOf", "oas", False)}),
        # left alone: a title-case first word inside a sentence (a document's name)
        ("Chile welcomed the Joint Statement on Support for Peru.", set()),
    ],
)  # fmt: skip
def test_title_case_inside_a_cue(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # raids as attacks, in the nominal form with an adjective or a "by" agent
        (
            "Chile condemned the Peruvian air raids on Bolivia.",
            {("chile", "criticises", "peru", False), ("peru", "attacks", "bolivia", False)},
        ),
        (
            "Iraq denounced the raid on Syria by Turkey.",
            {("iraq", "criticises", "turkiye", False), ("turkiye", "attacks", "syria", False)},
        ),
        (
            "Chile condemned the military intervention in Bolivia by Peru.",
            {("chile", "criticises", "peru", False), ("peru", "attacks", "bolivia", False)},
        ),
        # a blockade or an embargo as sanctions, with the passive "imposed on ... by"
        ("The arms embargo imposed on Libya by the UN remains.", {("united-nations", "sanctions", "libya", False)}),
        (
            "The economic blockade against Cuba by the United States continues.",
            {("united-states", "sanctions", "cuba", False)},
        ),
        # a blockade or an embargo alone, with its agent as a modifier or after "imposed by"
        ("Qatar condemned the Saudi blockade.", {("qatar", "criticises", "saudi-arabia", False)}),
        (
            "Venezuela demanded the lifting of the embargo imposed by the United States.",
            {("venezuela", "demandsOf", "united-states", False)},
        ),
        # left alone: a raid on no actor, an embargo that names none
        ("Peru protested the raid on its consulate.", set()),
        ("The arms embargo remains in force.", set()),
    ],
)
def test_raids_interventions_blockades_and_embargoes_as_data(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid "for" an actor, with a package between
        (
            "Japan announced a new military aid package for the Philippines.",
            {("japan", "supports", "philippines", False)},
        ),
        ("Norway approved new security assistance for Moldova.", {("norway", "supports", "moldova", False)}),
        # left alone: aid only called for, aid for no actor
        ("Germany called for more humanitarian aid for Sudan.", set()),
        ("Norway approved new assistance for refugees.", set()),
    ],
)
def test_aid_for_an_actor_as_data(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alliance alone: between the subjects named together, or a hyphenated pair
        (
            "Australia and New Zealand reaffirmed their alliance.",
            {("australia", "formsBlocWith", "new-zealand", False)},
        ),
        ("The Japan-Philippines alliance has grown stronger.", {("japan", "formsBlocWith", "philippines", False)}),
        # a protest as a verb with its object
        ("Vietnam protested China's deployment of the rig.", {("vietnam", "criticises", "china", False)}),
        # left alone: an alliance of one, a protest by no actor
        ("NATO is a defensive alliance.", set()),
        ("Thousands protested in Tbilisi.", set()),
    ],
)
def test_alliances_and_protests_as_data(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appeal in the present, as in the past: a demand of whom it is addressed to
        ("Poland appeals to the United Nations to condemn Russia.", {("poland", "demandsOf", "united-nations", False)}),
        ("Poland is appealing to the EU for help.", {("poland", "demandsOf", "european-union", False)}),
        # left alone: an appeal to no actor, and what appeals to people
        ("Poland appeals to the court.", set()),
        ("The film appeals to NATO officers.", set()),
    ],
)
def test_appeals_as_data(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
