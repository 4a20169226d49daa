"""Extraction -> triples: the shape of DESIGN.md section 1, golden-graph comparisons."""
from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.model import Article, Entity, Evidence, Extraction, Relation, Stance
from kg.rdf import GraphBuilder
from kg.vocab import SCHEMA, SG, Minter

BASE = "https://example.org/id/"
TEXT = "Headline\nJane Doe, spokeswoman for Acme, said Acme opposes the merger."
ARTICLE = Article("a.txt", TEXT, title="Headline", date="2024-05-07", source="Wire")
SENTENCE = Evidence(TEXT[9:], 9, len(TEXT))
JANE = Entity("person/jane-doe", "Person", "Jane Doe", frozenset({"Jane Doe", "Doe"}))
ACME = Entity("organisation/acme", "Organisation", "Acme", frozenset({"Acme"}),
              ("https://sws.geonames.org/1/",))


def build(**parts) -> Graph:
    return GraphBuilder(Minter(BASE)).build(Extraction(ARTICLE, **parts))


def test_rdf_golden_graph_for_a_role_relation():
    rel = Relation("person/jane-doe", "spokespersonFor", "organisation/acme", SENTENCE, 0.85, "apposition")
    got = build(entities=(JANE, ACME), relations=(rel,))
    m = Minter(BASE)
    art, jane, acme = m.article(TEXT), URIRef(BASE + "person/jane-doe"), URIRef(BASE + "organisation/acme")
    node = m.assertion(m.article_id(TEXT), "person/jane-doe", "spokespersonFor", "organisation/acme")
    expected = Graph()
    for t in [
        (art, RDF.type, SG.Article), (art, DCTERMS.identifier, Literal("a.txt")),
        (art, DCTERMS.title, Literal("Headline")), (art, SCHEMA.datePublished, Literal("2024-05-07")),
        (art, DCTERMS.source, Literal("Wire")), (art, SCHEMA.articleBody, Literal(TEXT)),
        (art, SG.mentions, jane), (art, SG.mentions, acme),
        (jane, RDF.type, SG.Person), (jane, RDFS.label, Literal("Jane Doe")),
        (jane, SKOS.altLabel, Literal("Jane Doe")), (jane, SKOS.altLabel, Literal("Doe")),
        (acme, RDF.type, SG.Organisation), (acme, RDFS.label, Literal("Acme")),
        (acme, SKOS.altLabel, Literal("Acme")), (acme, OWL.sameAs, URIRef("https://sws.geonames.org/1/")),
        (jane, SG.spokespersonFor, acme),
        (node, RDF.type, SG.Assertion), (node, RDF.subject, jane), (node, RDF.predicate, SG.spokespersonFor),
        (node, RDF.object, acme), (node, PROV.wasDerivedFrom, art),
        (node, SG.evidence, Literal(SENTENCE.sentence)), (node, SG.evidenceStart, Literal(9)),
        (node, SG.evidenceEnd, Literal(len(TEXT))), (node, SG.confidence, Literal(Decimal("0.85"))),
        (node, SG.extractionRule, Literal("apposition")),
    ]:
        expected.add(t)
    normalise = lambda g: {(s, p, o.toPython() if isinstance(o, Literal) else o) for s, p, o in g}
    assert normalise(got) == normalise(expected)


def test_rdf_same_fact_twice_in_an_article_is_one_assertion_with_the_strongest_evidence():
    weak = Relation("person/jane-doe", "memberOf", "organisation/acme", Evidence("x", 0, 1), 0.5)
    strong = Relation("person/jane-doe", "memberOf", "organisation/acme", SENTENCE, 0.9)
    g = build(entities=(JANE, ACME), relations=(weak, strong))
    assertions = list(g.subjects(RDF.type, SG.Assertion))
    assert len(assertions) == 1
    assert g.value(assertions[0], SG.evidence) == Literal(SENTENCE.sentence)


def test_rdf_stance_node_carries_holder_polarity_target_and_speaker():
    stance = Stance("organisation/acme", "Oppose", "the merger", SENTENCE, 0.7,
                    target_entities=("organisation/acme",), stated_by="person/jane-doe")
    g = build(entities=(JANE, ACME), stances=(stance,))
    node = g.value(predicate=RDF.type, object=SG.Stance)
    assert g.value(node, SG.polarity) == SG.Oppose
    assert g.value(node, SG.target) == Literal("the merger")
    assert g.value(node, SG.statedBy) == URIRef(BASE + "person/jane-doe")
    assert g.value(node, PROV.wasDerivedFrom) is not None


def test_rdf_same_input_same_graph_and_no_blank_nodes():
    rel = Relation("person/jane-doe", "memberOf", "organisation/acme", SENTENCE, 0.8)
    first, second = build(entities=(JANE, ACME), relations=(rel,)), build(entities=(JANE, ACME), relations=(rel,))
    assert isomorphic(first, second) and set(first) == set(second)
    assert all(isinstance(term, (URIRef, Literal)) for triple in first for term in triple)


def test_rdf_graph_binds_our_prefixes():
    ttl = build(entities=(JANE,)).serialize(format="turtle")
    assert "@prefix sg: <https://w3id.org/stancegraph/ontology#>" in ttl and "ns1:" not in ttl
