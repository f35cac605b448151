"""The lexicon the extraction rules' tests read: the ontology's cue phrases and the actor catalogue,
built once for the session (a module may still define its own, as test_extract does from a store)."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon, lexicon_from_store
from tests.support.extraction import catalogue_store


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return lexicon_from_store(catalogue_store())
