"""The ontology file and ``kg.vocab.SG`` agree term for term, and the ontology reasons as designed.

DESIGN.md section 1 is the contract: ``ontology/stancegraph.ttl`` declares every term of ``SG`` and
nothing else in the ``sg:`` namespace, with the axioms the design lists; OWL-RL (owlrl) derives the
inverse, super-property, symmetric and transitive triples the store's inferred graph relies on.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from owlrl import DeductiveClosure, OWLRL_Semantics
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.vocab import SG, SG_IRI

ONTOLOGY_PATH = Path(__file__).parents[1] / "ontology" / "stancegraph.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/stancegraph/ontology")
ERR_MESSAGE = URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
# ``SG`` is declared under ``from __future__ import annotations``, so its annotation values are
# strings; the keys are the terms. (rdflib 7.6's DefinedNamespace cannot be iterated.)
SG_TERMS = {SG[name] for name in SG.__annotations__}
EX = "http://example.org/"


@lru_cache(maxsize=None)
def _ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def ontology() -> Graph:
    """A fresh copy, so a test that expands the graph leaves the cached parse untouched."""
    copy = Graph()
    for triple in _ontology():
        copy.add(triple)
    return copy


def members(graph: Graph, node) -> set:
    """A class's IRI, or the members of an ``owl:unionOf`` class expression."""
    union = graph.value(node, OWL.unionOf)
    return set(Collection(graph, union)) if union is not None else {node}


def test_vocab_ontology_parses():
    g = _ontology()
    assert len(g) > 0
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert g.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/license")) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/")


def test_vocab_sg_terms_equal_ontology_terms_both_ways():
    g = _ontology()
    in_file = {node for triple in g for node in triple
               if isinstance(node, URIRef) and str(node).startswith(SG_IRI)}
    missing_from_file = sorted(str(t) for t in SG_TERMS - in_file)
    missing_from_sg = sorted(str(t) for t in in_file - SG_TERMS)
    assert not missing_from_file, f"in kg/vocab.py SG but not in the ontology: {missing_from_file}"
    assert not missing_from_sg, f"in the ontology but not in kg/vocab.py SG: {missing_from_sg}"


@pytest.mark.parametrize("term", sorted(SG_TERMS), ids=lambda t: t.split("#")[-1])
def test_vocab_term_is_declared_labelled_and_commented(term):
    g = _ontology()
    assert set(g.objects(term, RDF.type)) & DECLARATION_TYPES, f"{term} has no OWL declaration"
    labels = [o for o in g.objects(term, RDFS.label) if isinstance(o, Literal) and o.language == "en"]
    comments = [o for o in g.objects(term, RDFS.comment)
                if isinstance(o, Literal) and o.language == "en"]
    assert labels, f"{term} has no English rdfs:label"
    assert comments, f"{term} has no English rdfs:comment"
    assert all(len(c) > 30 and str(c).rstrip().endswith(".") for c in comments), \
        f"{term}: rdfs:comment should be a full sentence"
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in g


def test_vocab_sg_fails_on_unknown_term():
    with pytest.raises(AttributeError):
        SG.oposes  # noqa: B018 - the misspelling is the point
    with pytest.raises(AttributeError):
        SG["Organization"]


def test_vocab_design_axioms_present():
    g = _ontology()
    assert (SG.spokespersonFor, RDFS.subPropertyOf, SG.memberOf) in g
    assert (SG.leaderOf, RDFS.subPropertyOf, SG.memberOf) in g
    for prop, inverse in [(SG.memberOf, SG.hasMember), (SG.mediates, SG.mediatedBy),
                          (SG.opposes, SG.opposedBy), (SG.supports, SG.supportedBy)]:
        assert (prop, OWL.inverseOf, inverse) in g, f"{prop} lacks owl:inverseOf {inverse}"
    assert (SG.negotiatesWith, RDF.type, OWL.SymmetricProperty) in g
    assert (SG.locatedIn, RDF.type, OWL.TransitiveProperty) in g
    assert (SG.holder, RDF.type, OWL.FunctionalProperty) in g
    assert (SG.polarity, RDF.type, OWL.FunctionalProperty) in g


@pytest.mark.parametrize("prop, domain, range_", [
    (SG.spokespersonFor, {SG.Person}, {SG.Actor}),
    (SG.leaderOf, {SG.Person}, {SG.Actor}),
    (SG.memberOf, {SG.Person}, {SG.Actor}),
    (SG.hasMember, {SG.Actor}, {SG.Person}),
    (SG.mediates, {SG.Actor}, {SG.Actor}),
    (SG.negotiatesWith, {SG.Actor}, {SG.Actor}),
    (SG.opposes, {SG.Actor}, {SG.Actor}),
    (SG.supports, {SG.Actor}, {SG.Actor}),
    (SG.attacks, {SG.Actor}, {SG.Actor, SG.Place}),
    (SG.locatedIn, {SG.Place}, {SG.Place}),
    (SG.mentions, {SG.Article}, {SG.Actor, SG.Place}),
    (SG.holder, {SG.Stance}, {SG.Actor}),
    (SG.polarity, {SG.Stance}, {SG.Polarity}),
    (SG.targetEntity, {SG.Stance}, {SG.Actor, SG.Place}),
    (SG.statedBy, {SG.Assertion, SG.Stance}, {SG.Person}),
], ids=lambda v: v.split("#")[-1] if isinstance(v, URIRef) else None)
def test_vocab_relation_domain_and_range_follow_design(prop, domain, range_):
    g = _ontology()
    assert members(g, g.value(prop, RDFS.domain)) == domain
    assert members(g, g.value(prop, RDFS.range)) == range_


def test_vocab_polarity_is_closed_and_classes_disjoint():
    g = _ontology()
    assert set(Collection(g, g.value(SG.Polarity, OWL.oneOf))) == {SG.Support, SG.Oppose}
    assert (SG.Support, OWL.differentFrom, SG.Oppose) in g
    disjoint = {frozenset(pair) for pair in g.subject_objects(OWL.disjointWith)}
    assert disjoint == {frozenset({SG.Person, SG.Organisation}), frozenset({SG.Person, SG.Place}),
                        frozenset({SG.Organisation, SG.Place})}
    assert (SG.Country, RDFS.subClassOf, SG.Place) in g


def test_vocab_cameo_notations():
    g = _ontology()
    expected = {SG.mediates: "CAMEO:045", SG.negotiatesWith: "CAMEO:046", SG.supports: "CAMEO:05",
                SG.opposes: "CAMEO:11", SG.attacks: "CAMEO:18"}
    for prop, code in expected.items():
        assert Literal(code) in set(g.objects(prop, SKOS.notation)), f"{prop} lacks {code}"


def test_vocab_owlrl_closure_infers_design_triples():
    g = ontology()
    person, country = URIRef(EX + "person/leader"), URIRef(EX + "country/c")
    a, b = URIRef(EX + "country/a"), URIRef(EX + "org/b")
    city, region, state = (URIRef(EX + f"place/{n}") for n in ("city", "region", "state"))
    g.add((person, SG.leaderOf, country))
    g.add((a, SG.negotiatesWith, b))
    g.add((city, SG.locatedIn, region))
    g.add((region, SG.locatedIn, state))

    DeductiveClosure(OWLRL_Semantics).expand(g)

    assert not list(g.subjects(RDF.type, ERR_MESSAGE)), "OWL-RL reported an inconsistency"
    assert (person, SG.memberOf, country) in g
    assert (country, SG.hasMember, person) in g
    assert (b, SG.negotiatesWith, a) in g
    assert (city, SG.locatedIn, state) in g
    assert (person, RDF.type, SG.Person) in g
    assert (country, RDF.type, SG.Actor) in g


def test_vocab_owlrl_flags_disjoint_classes():
    g = ontology()
    both = URIRef(EX + "entity/both")
    g.add((both, RDF.type, SG.Person))
    g.add((both, RDF.type, SG.Organisation))

    DeductiveClosure(OWLRL_Semantics).expand(g)

    assert list(g.subjects(RDF.type, ERR_MESSAGE)), "a Person that is an Organisation went unnoticed"
