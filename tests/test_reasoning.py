"""Reasoning: the issue's checks on the seeds, rules vs owlrl, explanations, replacement, fallbacks."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import URIRef
from rdflib.namespace import OWL, RDF

from kg import reasoning
from kg.model import Article, Entity, Evidence, Extraction, Relation
from kg.ontology import load_ontology
from kg.rdf import GraphBuilder
from kg.store import GraphStore
from kg.synthetic import write_synthetic
from kg.vocab import SG, Minter

ID = "https://w3id.org/stancegraph/id/"
PREFIXES = """PREFIX sg: <https://w3id.org/stancegraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
MINTER = Minter()
NORWAY_TALKS = "Norway held talks with FARC on Tuesday."  # a pair the seeds do not name


def add_article(store: GraphStore, text: str, entities, relations) -> None:
    """One article graph built from real kg.model records, as ingest writes it."""
    extraction = Extraction(Article(identifier=f"{abs(hash(text))}.txt", text=text),
                            tuple(entities), (), tuple(relations))
    store.replace_graph(MINTER.graph(MINTER.article_id(text)), GraphBuilder(MINTER).build(extraction))


def entity(key: str, label: str) -> Entity:
    return Entity(key, key.split("/")[0].capitalize(), label, frozenset({label}))


def relation(text: str, s: str, p: str, o: str) -> Relation:
    return Relation(s, p, o, Evidence(text, 0, len(text)), 0.8, rule="test")


def inferred_triples(store: GraphStore) -> set[tuple[str, str, str]]:
    rows = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                       {"g": store.inferred_graph})
    return {(r["s"].value, r["p"].value, r["o"].value) for r in rows}


def ask(store: GraphStore, query: str) -> bool:
    return bool(store.query(PREFIXES + query))


@pytest.fixture
def reasoned_seeds(seeded_store) -> GraphStore:
    text = NORWAY_TALKS
    add_article(seeded_store, text, [entity("country/norway", "Norway"),
                                     entity("organisation/farc", "FARC")],
                [relation(text, "country/norway", "negotiatesWith", "organisation/farc")])
    reasoning.reason(seeded_store, MINTER)
    return seeded_store


def test_reasoning_negotiates_with_is_symmetric(reasoned_seeds):
    stated_back = PREFIXES + "ASK { <%sorganisation/farc> sg:negotiatesWith ?a }" % ID
    assert not reasoned_seeds.query(stated_back, include_inferred=False)  # stated one way only
    assert ask(reasoned_seeds, "ASK { ?a sg:negotiatesWith ?b . ?b sg:negotiatesWith ?a }")
    assert (f"{ID}organisation/farc", str(SG.negotiatesWith), f"{ID}country/norway") in \
        inferred_triples(reasoned_seeds)


def test_reasoning_member_of_holds_for_every_leader_and_spokesperson(reasoned_seeds):
    pairs = list(reasoned_seeds.select(PREFIXES + "SELECT ?s ?o WHERE { { ?s sg:leaderOf ?o } "
                                       "UNION { ?s sg:spokespersonFor ?o } }"))
    assert len(pairs) >= 5
    assert not ask(reasoned_seeds, "ASK { { ?s sg:leaderOf ?o } UNION { ?s sg:spokespersonFor ?o } "
                   "FILTER NOT EXISTS { ?s sg:memberOf ?o } }")
    assert ask(reasoned_seeds, "ASK { ?o sg:hasMember <%sperson/john-kirby> }" % ID)


def test_reasoning_inferred_triples_duplicate_no_asserted_one(reasoned_seeds):
    inferred = inferred_triples(reasoned_seeds)
    asserted = {(r["s"], r["p"], r["o"]) for r in reasoned_seeds.select(
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", include_inferred=False)}
    assert inferred and not inferred & asserted


def test_reasoning_inferred_graph_has_no_assertion_subject(reasoned_seeds):
    assert not ask(reasoned_seeds, "ASK { GRAPH <%sgraph/inferred> { ?a a sg:Assertion } }" % ID)
    assert not ask(reasoned_seeds, "ASK { GRAPH <%sgraph/inferred> { ?s ?p ?o } "
                   "GRAPH ?g { ?s a sg:Assertion } }" % ID)


def test_reasoning_keeps_no_boilerplate_literal_or_builtin_triple(reasoned_seeds):
    for s, p, o in inferred_triples(reasoned_seeds):
        assert s.startswith(ID), s  # about our data, never the ontology
        assert not o.startswith(str(OWL)) and p != str(OWL.sameAs)
    assert not ask(reasoned_seeds, "ASK { GRAPH <%sgraph/inferred> { ?s ?p ?o FILTER isLiteral(?o) "
                   "FILTER(?p != sg:inferenceRule) } }" % ID)


def test_reasoning_rules_infer_exactly_what_owlrl_infers_on_the_seeds(seeded_store):
    layer = reasoning.entity_layer(seeded_store)
    rules = reasoning.infer(load_ontology(), layer, "rules")
    reference, errors = reasoning.owlrl_inferred(load_ontology(), layer)
    assert rules.engine == "rules" and not errors
    assert set(rules.triples) == reference and len(reference) > 50


def test_reasoning_rules_infer_exactly_what_owlrl_infers_on_a_generated_graph():
    store = GraphStore(None)
    write_synthetic(store, 60, seed=7)
    layer = reasoning.entity_layer(store)
    predicates = {t.predicate.value.rsplit("#", 1)[-1] for t in layer}
    assert {"negotiatesWith", "locatedIn", "mediates", "leaderOf", "attacks"} <= predicates
    rules = reasoning.infer(load_ontology(), layer, "rules")
    reference, _ = reasoning.owlrl_inferred(load_ontology(), layer)
    assert set(rules.triples) == reference
    assert len(reference) > len(layer)


def test_reasoning_located_in_chains(store):
    text = "Rafah, in southern Gaza, in the Palestinian territories."
    add_article(store, text, [entity("place/rafah", "Rafah"), entity("place/gaza", "Gaza"),
                              entity("country/palestine", "Palestine")],
                [relation(text, "place/rafah", "locatedIn", "place/gaza"),
                 relation(text, "place/gaza", "locatedIn", "country/palestine")])
    reasoning.reason(store, MINTER)
    assert (f"{ID}place/rafah", str(SG.locatedIn), f"{ID}country/palestine") in inferred_triples(store)
    rule = next(store.select(PREFIXES + "SELECT ?rule ?s ?o WHERE { ?i rdf:subject ?s ; sg:inferenceRule ?rule ;"
                             " rdf:predicate sg:locatedIn ; rdf:object ?o }",
                             {"s": URIRef(ID + "place/rafah"), "o": URIRef(ID + "country/palestine")}))
    assert rule["rule"] == "prp-trp"


def test_reasoning_explains_member_of_by_its_assertions_and_articles(reasoned_seeds):
    rows = list(reasoned_seeds.select(reasoning.load_sparql("explain"),
                                      {"entity": URIRef(ID + "person/john-kirby")}))
    member = [r for r in rows if r["predicate"] == str(SG.memberOf)]
    assert member and {r["rule"] for r in member} == {"prp-spo1"}
    assert {r["premisePredicate"] for r in member} == {str(SG.spokespersonFor)}
    assert {r["premiseKind"] for r in member} == {str(SG.Assertion)}
    assert len({r["articleId"] for r in member}) == 3  # three seed articles state it


def test_reasoning_every_inferred_triple_has_one_explanation_with_known_premises(reasoned_seeds):
    g = reasoned_seeds.inferred_graph
    facts = {t for t in inferred_triples(reasoned_seeds)
             if not t[0].startswith(ID + "inference/")}
    explained = {(r["s"], r["p"], r["o"]) for r in reasoned_seeds.select(
        PREFIXES + "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?i a sg:Inference ; rdf:subject ?s ; "
        "rdf:predicate ?p ; rdf:object ?o ; sg:inferenceRule ?rule } }", {"g": g})}
    assert explained == facts
    dangling = PREFIXES + """ASK { GRAPH ?g { ?i sg:inferredFrom ?premise }
      FILTER NOT EXISTS { ?premise a ?kind FILTER(?kind IN (sg:Assertion, sg:Inference, sg:Article)) } }"""
    assert not reasoned_seeds.query(dangling.replace("?g", f"<{g}>"))
    no_premise = PREFIXES + "ASK { ?i a sg:Inference FILTER NOT EXISTS { ?i sg:inferredFrom ?p } }"
    assert not reasoned_seeds.query(no_premise)


def test_reasoning_replaces_the_previous_inferred_graph(reasoned_seeds):
    before = inferred_triples(reasoned_seeds)
    reasoning.reason(reasoned_seeds, MINTER)
    assert inferred_triples(reasoned_seeds) == before  # the same layer, the same graph
    reasoned_seeds.remove_graph(MINTER.graph(MINTER.article_id(NORWAY_TALKS)))
    report = reasoning.reason(reasoned_seeds, MINTER)
    after = inferred_triples(reasoned_seeds)
    assert not {t for t in after if "farc" in t[0] + t[2]} and after < before
    assert report.inferred + report.explanations == len(after)


def test_reasoning_owlrl_engine_writes_the_same_graph(reasoned_seeds):
    rules_graph = inferred_triples(reasoned_seeds)
    report = reasoning.reason(reasoned_seeds, MINTER, engine="owlrl")
    assert report.engine == "owlrl" and inferred_triples(reasoned_seeds) == rules_graph


def test_reasoning_falls_back_to_owlrl_for_axioms_the_rules_lack(seeded_store):
    ontology = load_ontology()
    chain = URIRef("https://example.org/chain")
    ontology.add((SG.memberOf, OWL.propertyChainAxiom, chain))
    ontology.add((chain, RDF.first, SG.memberOf))
    ontology.add((chain, RDF.rest, RDF.nil))
    report = reasoning.reason(seeded_store, MINTER, ontology=ontology)
    assert report.engine == "owlrl" and "propertyChainAxiom" in report.note
    assert report.inferred > 50


def test_reasoning_reports_disjoint_classes_with_both_engines(store):
    text = "Hamas said."
    add_article(store, text, [entity("organisation/hamas", "Hamas")], [])
    store.replace_graph(URIRef("https://example.org/bad"), _typed_person(ID + "organisation/hamas"))
    layer = reasoning.entity_layer(store)
    rules = reasoning.infer(load_ontology(), layer, "rules")
    _, owlrl_errors = reasoning.owlrl_inferred(load_ontology(), layer)
    assert rules.inconsistencies and "organisation/hamas" in rules.inconsistencies[0]
    assert owlrl_errors


def _typed_person(iri: str):
    from rdflib import Graph
    g = Graph()
    g.add((URIRef(iri), RDF.type, SG.Person))
    return g


def test_reasoning_rejects_an_unknown_engine(store):
    with pytest.raises(ValueError, match="choose one of"):
        reasoning.infer(load_ontology(), [], "hermit")


def test_reasoning_entity_layer_skips_provenance_nodes(seeded_store):
    layer = reasoning.entity_layer(seeded_store)
    subjects = {t.subject.value for t in layer}
    assert not any("/assertion/" in s or "/stance/" in s or "/article/" in s for s in subjects)
    assert all(isinstance(t.object, ox.NamedNode) for t in layer)
