"""SHACL validation: the seeds conform, and every shape fires on a graph broken on purpose."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, XSD

from kg.model import Article, Entity, Evidence, Extraction, Relation, Stance
from kg.ontology import load_ontology, load_shapes
from kg.rdf import GraphBuilder
from kg.validation import format_report, validate_graph, validate_store
from kg.vocab import RELATION_PREDICATES, SG, SHAPES, Minter

MINTER = Minter()
TEXT = "Netanyahu leads Israel. Qatar mediates. Rafah is in Gaza. Israel struck Rafah."
PEOPLE = {"person/kirby": "Person", "person/netanyahu": "Person", "country/israel": "Country",
          "country/qatar": "Country", "organisation/hamas": "Organisation",
          "organisation/nsc": "Organisation", "place/rafah": "Place", "place/gaza": "Place"}
RELATIONS = [("person/netanyahu", "leaderOf", "country/israel"),
             ("person/kirby", "spokespersonFor", "organisation/nsc"),
             ("person/kirby", "memberOf", "organisation/nsc"),
             ("country/qatar", "mediates", "organisation/hamas"),
             ("country/israel", "negotiatesWith", "organisation/hamas"),
             ("country/israel", "opposes", "organisation/hamas"),
             ("country/qatar", "supports", "country/israel"),
             ("country/israel", "attacks", "place/rafah"),
             ("place/rafah", "locatedIn", "place/gaza")]


def iri(key: str) -> URIRef:
    return MINTER.entity(key)


def valid_graph() -> Graph:
    evidence = Evidence(TEXT[:23], 0, 23)
    entities = tuple(Entity(k, t, k.split("/")[1].title(), frozenset({k.split("/")[1]}))
                     for k, t in PEOPLE.items())
    relations = tuple(Relation(s, p, o, evidence, 0.8, "test") for s, p, o in RELATIONS)
    stance = Stance("country/qatar", "Support", "a ceasefire", evidence, 0.7)
    return GraphBuilder(MINTER).build(Extraction(Article("a.txt", TEXT), entities, (), relations,
                                                 (stance,)))


def first(g: Graph, kind) -> URIRef:
    return sorted(g.subjects(RDF.type, kind))[0]


def set_value(g: Graph, node, prop, value) -> None:
    g.remove((node, prop, None))
    if value is not None:
        g.add((node, prop, value))


BREAKS = {
    "EntityLabelShape": lambda g: g.add((iri("person/kirby"), RDFS.label, Literal("J. Kirby"))),
    "EntityTypeShape": lambda g: g.add((iri("organisation/hamas"), RDF.type, SG.Place)),
    "AssertionSubjectShape": lambda g: set_value(g, first(g, SG.Assertion), RDF.subject, None),
    "AssertionPredicateShape": lambda g: set_value(g, first(g, SG.Assertion), RDF.predicate, SG.mentions),
    "AssertionObjectShape": lambda g: set_value(g, first(g, SG.Assertion), RDF.object, Literal("Israel")),
    "EvidenceShape": lambda g: set_value(g, first(g, SG.Assertion), SG.evidence, None),
    "ConfidenceShape": lambda g: set_value(g, first(g, SG.Stance), SG.confidence,
                                           Literal(Decimal("1.5"), datatype=XSD.decimal)),
    "ArticleShape": lambda g: set_value(g, first(g, SG.Assertion), PROV.wasDerivedFrom, None),
    "StanceHolderShape": lambda g: set_value(g, first(g, SG.Stance), SG.holder, iri("place/gaza")),
    "StancePolarityShape": lambda g: set_value(g, first(g, SG.Stance), SG.polarity, Literal("neutral")),
    "StanceTargetShape": lambda g: set_value(g, first(g, SG.Stance), SG.target, None),
}
WRONG_SUBJECT = {"Person": "organisation/hamas", "Actor": "place/gaza", "Place": "person/kirby"}
WRONG_OBJECT = {"Actor": "place/gaza", "Place": "person/kirby", "Union": "person/nobody"}
for _s, _p, _o in RELATIONS:
    domain = {"spokespersonFor": "Person", "leaderOf": "Person", "memberOf": "Person",
              "locatedIn": "Place"}.get(_p, "Actor")
    range_ = {"locatedIn": "Place", "attacks": "Union"}.get(_p, "Actor")
    BREAKS[f"{_p}DomainShape"] = (lambda p, s, o: lambda g: g.add((iri(s), SG[p], iri(o))))(
        _p, WRONG_SUBJECT[domain], _o)
    BREAKS[f"{_p}RangeShape"] = (lambda p, s, o: lambda g: g.add((iri(s), SG[p], iri(o))))(
        _p, _s, WRONG_OBJECT[range_])


def test_validation_valid_graph_conforms():
    report = validate_graph(valid_graph())
    assert report.conforms, format_report(report)


def test_validation_seeds_conform(seeded_store):
    report = validate_store(seeded_store)
    assert report.conforms, format_report(report)
    assert report.triples > 300


@pytest.mark.parametrize("shape", sorted(BREAKS))
def test_validation_shape_fires_on_a_graph_broken_on_purpose(shape):
    g = valid_graph()
    BREAKS[shape](g)
    report = validate_graph(g)
    assert not report.conforms
    assert f"sgsh:{shape}" in report.shapes(), format_report(report)


def test_validation_every_constraining_shape_is_tested():
    shapes = load_shapes()
    named = {str(s)[len(str(SHAPES)):] for kind in (SH.NodeShape, SH.PropertyShape)
             for s in shapes.subjects(RDF.type, kind) if str(s).startswith(str(SHAPES))}
    containers = {"EntityShape", "AssertionShape", "StanceShape"}  # only group property shapes
    assert named - containers == set(BREAKS)


@pytest.mark.parametrize("name", RELATION_PREDICATES)
def test_validation_domain_and_range_shapes_follow_the_ontology(name):
    ontology, shapes = load_ontology(), load_shapes()

    def members(g, node):
        union = g.value(node, OWL.unionOf)
        return set(Collection(g, union)) if union is not None else {node}

    domain_shape, range_shape = SHAPES[f"{name}DomainShape"], SHAPES[f"{name}RangeShape"]
    assert shapes.value(domain_shape, SH.targetSubjectsOf) == SG[name]
    assert shapes.value(range_shape, SH.targetObjectsOf) == SG[name]
    assert {shapes.value(domain_shape, SH["class"])} == members(ontology, ontology.value(SG[name], RDFS.domain))
    alternatives = shapes.value(range_shape, SH["or"])
    got = ({shapes.value(m, SH["class"]) for m in Collection(shapes, alternatives)} if alternatives
           else {shapes.value(range_shape, SH["class"])})
    assert got == members(ontology, ontology.value(SG[name], RDFS.range))


def test_validation_report_is_readable():
    g = valid_graph()
    BREAKS["ConfidenceShape"](g)
    BREAKS["EvidenceShape"](g)
    text = format_report(validate_graph(g))
    assert text.startswith("does not conform: 2 violation(s) of 2 shape(s)")
    assert "sgsh:ConfidenceShape (1): an assertion or stance needs exactly one sg:confidence" in text
    assert "sg:confidence = 1.5" in text
    assert format_report(validate_graph(valid_graph())).startswith("conforms:")
