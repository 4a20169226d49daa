"""The SPARQL rules engine: its scope guard, its rule files and its derivations."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode
from rdflib.namespace import OWL, RDF, RDFS

from kg import rules
from kg.ontology import load_ontology
from kg.reasoning import LAYER_PREDICATES
from kg.store import load_sparql
from kg.vocab import SG

EX = "https://example.org/"


def node(name: str) -> ox.NamedNode:
    return ox.NamedNode(EX + name)


def sg(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def test_rules_our_ontology_needs_no_fallback():
    assert rules.unsupported_axioms(load_ontology(), LAYER_PREDICATES) == []


def test_rules_name_each_unsupported_axiom():
    ontology = load_ontology()
    ontology.add((SG.leaderOf, RDF.type, OWL.FunctionalProperty))
    restriction = BNode()
    ontology.add((SG.Person, RDFS.subClassOf, restriction))
    ontology.add((restriction, OWL.someValuesFrom, SG.Actor))
    union = BNode()
    ontology.add((union, OWL.unionOf, RDF.nil))
    ontology.add((union, RDFS.subClassOf, SG.Actor))
    found = " | ".join(rules.unsupported_axioms(ontology, LAYER_PREDICATES))
    assert "FunctionalProperty" in found and "someValuesFrom" in found and "unionOf" in found


def test_rules_files_exist_document_themselves_and_parse():
    store = ox.Store()
    for rule in (*rules.RULES, "cax-dw"):
        text = rules.rule_text(rule)
        assert text.startswith(f"# OWL 2 RL {rule}:") and "Parameters:" in text
        store.query(text)  # parses


def test_rules_entity_layer_query_lists_every_relation_and_inverse():
    text = load_sparql("entity_layer")
    for predicate in LAYER_PREDICATES:
        assert f"sg:{predicate.split('#')[-1]} " in text or f"sg:{predicate.split('#')[-1]}\n" in text
    ontology = load_ontology()
    inverses = {o for p in LAYER_PREDICATES for o in ontology.objects(p, OWL.inverseOf)}
    assert inverses <= LAYER_PREDICATES


def test_rules_derivations_are_well_founded_and_ordered():
    layer = [ox.Triple(node("kirby"), sg(SG.spokespersonFor), node("nsc")),
             ox.Triple(node("kirby"), sg(RDF.type), sg(SG.Person))]
    closure = rules.run(load_ontology(), layer)
    member = closure.inferred[ox.Triple(node("kirby"), sg(SG.memberOf), node("nsc"))]
    assert member.rule == "prp-spo1" and member.premises == (layer[0],)
    has = closure.inferred[ox.Triple(node("nsc"), sg(SG.hasMember), node("kirby"))]
    assert has.rule in ("prp-inv1", "prp-inv2")
    assert has.premises[0] in closure.inferred  # from the inferred memberOf, not from itself
    actor = closure.inferred[ox.Triple(node("nsc"), sg(RDF.type), sg(SG.Actor))]
    assert actor.rule == "prp-rng"
    assert closure.rounds >= 2 and not closure.inconsistencies


def test_rules_symmetric_and_transitive():
    located = sg(SG.locatedIn)
    layer = [ox.Triple(node("a"), sg(SG.negotiatesWith), node("b")),
             ox.Triple(node("x"), located, node("y")), ox.Triple(node("y"), located, node("z")),
             ox.Triple(node("z"), located, node("w"))]
    inferred = rules.run(load_ontology(), layer).inferred
    assert ox.Triple(node("b"), sg(SG.negotiatesWith), node("a")) in inferred
    assert ox.Triple(node("x"), located, node("w")) in inferred
    assert inferred[ox.Triple(node("x"), located, node("z"))].rule == "prp-trp"
