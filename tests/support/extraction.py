"""What the extractor's rule tests share: the ontology and catalogue as a store, and the facts a
text gives as (subject, relation, object, negated)."""

from __future__ import annotations

from pyoxigraph import Store

from graph.extract.lexicon import Lexicon
from graph.extract.pipeline import extract
from ontology import CATALOGUE_FILES
from tests.support.data import ONTOLOGY

Fact = tuple[str, str, str, bool]


def catalogue_store() -> Store:
    """An in-memory store with the ontology (its cue phrases) and the actor catalogue."""
    graph = Store()
    for name in ("entente.ttl", *CATALOGUE_FILES):
        graph.load(path=str(ONTOLOGY / name))
    return graph


def facts(text: str, lexicon: Lexicon, publisher: str | None = None) -> set[Fact]:
    """The claims the extractor proposes for ``text``, as facts."""
    return {(c.subject, c.relation, c.object, c.negated) for c in extract(text, lexicon, publisher=publisher)}


def assert_stated(text: str, lexicon: Lexicon, expected: Fact) -> None:
    """Assert that ``text`` gives ``expected`` and not the same relation with the other polarity."""
    found = facts(text, lexicon)
    subject, relation, obj, negated = expected
    assert expected in found, found
    assert (subject, relation, obj, not negated) not in found, found


def assert_given_to(text: str, lexicon: Lexicon, expected: Fact, wrong: Fact) -> None:
    """Assert that ``text`` gives ``expected`` and not ``wrong`` (the same act given to another party)."""
    found = facts(text, lexicon)
    assert expected in found, found
    assert wrong not in found, found
