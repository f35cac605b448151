from __future__ import annotations

from pyoxigraph import NamedNode, RdfFormat, parse

import graph.namespaces as ns
from graph.intake.load import ontology_file


def declared_terms() -> set[str]:
    return {
        q.subject.value
        for q in parse(ontology_file("entente.ttl"), format=RdfFormat.TURTLE)
        if isinstance(q.subject, NamedNode)
    }


def test_every_ontology_term_the_code_names_is_declared_in_entente_ttl() -> None:
    used = {v.value for v in vars(ns).values() if isinstance(v, NamedNode) and v.value.startswith(ns.ENT)}
    assert used, "the namespace module names no ontology terms"
    assert used - declared_terms() == set()


def test_relation_scheme_has_the_required_types_with_weights_and_codes(store: object) -> None:
    from graph.model.catalogue import catalogue
    from graph.store.base import GraphStore

    assert isinstance(store, GraphStore)
    relations = {r.name: r for r in catalogue(store).relations.values()}
    required = {
        "sanctions", "supports", "formsBlocWith", "memberOf", "opposes", "criticises", "praises",
        "seeksResetWith", "cooperatesWith", "attacks", "threatens", "demandsOf",
    }  # fmt: skip
    assert required <= set(relations)
    assert relations["sanctions"].cameo == "163" and relations["sanctions"].weight == -8.0
    assert relations["attacks"].weight == -10.0 and relations["attacks"].polarity == -1
    assert relations["praises"].cameo == "051" and relations["praises"].weight == 3.4
    assert relations["memberOf"].polarity == 0
    assert {n for n, r in relations.items() if r.symmetric} == {"formsBlocWith", "cooperatesWith"}
    assert all(r.cues for r in relations.values()), "every relation type carries cue phrases"
