"""Official statements: the issuer's voice, titles and member lists, official phrasing, events as nouns."""

from __future__ import annotations

import pytest
from pyoxigraph import RdfFormat, Store

from graph.extract.lexicon import Lexicon, lexicon_from_store
from graph.namespaces import ENT, ID, SKOS
from tests.support.extraction import Fact, catalogue_store, facts


@pytest.fixture(scope="module")
def store() -> Store:
    graph = catalogue_store()
    graph.load(
        input=f'<{ID}jane-doe> a <{ENT}Person> ; <{SKOS}prefLabel> "Jane Doe"@en .'.encode(), format=RdfFormat.TURTLE
    )
    return graph


@pytest.fixture(scope="module")
def lexicon(store: Store) -> Lexicon:
    return lexicon_from_store(store)


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        ("We condemn Russia.", "european-union", {("european-union", "criticises", "russia", False)}),
        ("I condemn Iran.", "united-kingdom", {("united-kingdom", "criticises", "iran", False)}),
        (
            "The Council renewed its restrictive measures against Russia.",
            "european-union",
            {("european-union", "sanctions", "russia", False)},
        ),
        (
            "The Secretary-General commends Egypt.",
            "united-nations",
            {("united-nations", "praises", "egypt", False)},
        ),
        ("We condemn Russia.", None, set()),
        ("The Council renewed its restrictive measures against Russia.", "Wire", set()),
    ],
)
def test_a_statement_speaks_as_its_issuer(
    lexicon: Lexicon, text: str, publisher: str | None, expected: set[Fact]
) -> None:
    assert facts(text, lexicon, publisher) == expected


def test_a_joint_statement_speaks_for_each_signatory(lexicon: Lexicon) -> None:
    text = "The United States, Japan and the Republic of Korea condemn North Korea. We stand with Ukraine."
    found = facts(text, lexicon, "united-states")
    signatories = ("united-states", "japan", "south-korea")
    assert {(s, "supports", "ukraine", False) for s in signatories} <= found
    assert {(s, "criticises", "north-korea", False) for s in signatories} <= found


def test_they_continues_the_subject_that_opened_the_previous_sentence(lexicon: Lexicon) -> None:
    text = "The Foreign Ministers of ASEAN met in Manila. They condemned Myanmar."
    assert ("asean", "criticises", "myanmar", False) in facts(text, lexicon, "asean")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive names who acts in the noun, not the subject of the sentence
        (
            "The United Kingdom condemns Iran's reckless attack against Israel.",
            {("united-kingdom", "criticises", "iran", False), ("iran", "attacks", "israel", False)},
        ),
        # passive cue phrases, with the agent after "by" (even in apposition)
        (
            "Israel is under attack, orchestrated by a terrorist organization, Hamas.",
            {("hamas", "attacks", "israel", False)},
        ),
        ("Sanctions imposed on Iran by Canada remain.", {("canada", "sanctions", "iran", False)}),
        # events as nouns: "by A to B", "from A to B", "between A and B"
        (
            "The provision of weapons by North Korea to Russia continued.",
            {("north-korea", "supports", "russia", False)},
        ),
        ("Arms transfers from North Korea to Russia continued.", {("north-korea", "supports", "russia", False)}),
        (
            "Cooperation mechanisms between Morocco and Israel were revived.",
            {("morocco", "cooperatesWith", "israel", False)},
        ),
        # official phrasing
        ("France deplores Russia's annexation of Crimea.", {("france", "criticises", "russia", False)}),
        ("Germany called upon Iran to release the ship.", {("germany", "demandsOf", "iran", False)}),
        # a stated ending is a negated claim; a condition states nothing
        ("The EU lifted its economic sanctions on Syria.", {("european-union", "sanctions", "syria", True)}),
        ("As long as Iran funds attacks on Israel, Canada will act.", set()),
    ],
)
def test_official_phrasing_and_events_as_nouns(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert expected <= facts(text, lexicon)
    if not expected:
        assert facts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Jane Doe of Norway praised Sweden.", ("jane-doe", "leaderOf", "norway", False)),
        ("Japanese Prime Minister Jane Doe praised Sweden.", ("jane-doe", "leaderOf", "japan", False)),
        ("He spoke with the Prime Minister of Norway, Mrs. Jane Doe.", ("jane-doe", "leaderOf", "norway", False)),
    ],
)
def test_a_title_of_office_names_whom_a_person_leads(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)


def test_a_minister_is_not_a_leader(lexicon: Lexicon) -> None:
    assert not {f for f in facts("Japanese Foreign Minister Jane Doe praised Sweden.", lexicon) if f[1] == "leaderOf"}


def test_a_member_list_states_membership_and_speaks_as_the_bloc(lexicon: Lexicon) -> None:
    found = facts("NATO members Finland, Estonia and Latvia condemned Russia.", lexicon)
    assert {(s, "memberOf", "nato", False) for s in ("finland", "estonia", "latvia")} <= found
    assert ("finland", "criticises", "russia", False) not in found
    officers = facts("The G7 Foreign Ministers of Canada, France and Italy condemned Russia.", lexicon)
    assert {(s, "memberOf", "g7", False) for s in ("canada", "france", "italy")} <= officers
    assert ("g7", "criticises", "russia", False) in officers


def test_every_actor_class_is_read_from_the_catalogue(lexicon: Lexicon) -> None:
    kinds = {actor.kind for actor in lexicon.actors.values()}
    assert {"State", "Bloc", "Person", "Organisation"} <= kinds
    assert lexicon.kind("hamas") == "Organisation"  # an ent:ArmedGroup, a subclass of ent:Organisation
    assert ("hamas", "attacks", "israel", False) in facts("Hamas attacked Israel.", lexicon)
