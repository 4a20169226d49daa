"""Extraction results -> the triples of one article's named graph (the only module that does it).

Follows DESIGN.md section 1: entities with a canonical ``rdfs:label`` and every surface form as
``skos:altLabel``; each relation as a truthy triple plus one ``sg:Assertion`` per article with its
evidence sentence, offsets and confidence; stances as ``sg:Stance`` nodes. No blank nodes: every
IRI is minted by :class:`kg.vocab.Minter`, so re-ingesting an article rebuilds the same graph.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.model import Article, Entity, Evidence, Extraction, Relation, Stance
from kg.vocab import PREFIXES, SCHEMA, SG, Minter


def new_graph() -> Graph:
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, replace=True)
    return g


def _confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)


class GraphBuilder:
    """Turns one :class:`Extraction` into an rdflib ``Graph``."""

    def __init__(self, minter: Minter):
        self.minter = minter

    def build(self, extraction: Extraction) -> Graph:
        g = new_graph()
        article = extraction.article
        article_iri = self.minter.article(article.text)
        self._add_article(g, article_iri, article)
        for entity in extraction.entities:
            iri = self._add_entity(g, entity)
            g.add((article_iri, SG.mentions, iri))
        article_id = self.minter.article_id(article.text)
        for relation in _strongest(extraction.relations):
            self._add_relation(g, article_iri, article_id, relation)
        for stance in extraction.stances:
            self._add_stance(g, article_iri, article_id, stance)
        return g

    def _add_article(self, g: Graph, iri: URIRef, article: Article) -> None:
        g.add((iri, RDF.type, SG.Article))
        g.add((iri, DCTERMS.identifier, Literal(article.identifier)))
        g.add((iri, SCHEMA.articleBody, Literal(article.text)))
        if article.title:
            g.add((iri, DCTERMS.title, Literal(article.title)))
        if article.date:
            g.add((iri, SCHEMA.datePublished, Literal(article.date)))
        if article.source:
            g.add((iri, DCTERMS.source, Literal(article.source)))
        if article.url and article.url.startswith(("http://", "https://")):
            g.add((iri, SCHEMA.url, URIRef(article.url)))

    def _add_entity(self, g: Graph, entity: Entity) -> URIRef:
        iri = self.minter.entity(entity.key)
        g.add((iri, RDF.type, SG[entity.type]))
        g.add((iri, RDFS.label, Literal(entity.label)))
        for alias in entity.aliases:
            g.add((iri, SKOS.altLabel, Literal(alias)))
        for public in entity.same_as:
            g.add((iri, OWL.sameAs, URIRef(public)))
        return iri

    def _add_evidence(self, g: Graph, node: URIRef, article_iri: URIRef, evidence: Evidence,
                      confidence: float) -> None:
        g.add((node, PROV.wasDerivedFrom, article_iri))
        g.add((node, SG.evidence, Literal(evidence.sentence)))
        g.add((node, SG.evidenceStart, Literal(evidence.start, datatype=XSD.integer)))
        g.add((node, SG.evidenceEnd, Literal(evidence.end, datatype=XSD.integer)))
        g.add((node, SG.confidence, _confidence(confidence)))

    def _add_relation(self, g: Graph, article_iri: URIRef, article_id: str, rel: Relation) -> None:
        s, p, o = self.minter.entity(rel.subject), SG[rel.predicate], self.minter.entity(rel.object)
        g.add((s, p, o))
        node = self.minter.assertion(article_id, rel.subject, rel.predicate, rel.object)
        g.add((node, RDF.type, SG.Assertion))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        if rel.rule:
            g.add((node, SG.extractionRule, Literal(rel.rule)))
        self._add_evidence(g, node, article_iri, rel.evidence, rel.confidence)

    def _add_stance(self, g: Graph, article_iri: URIRef, article_id: str, stance: Stance) -> None:
        node = self.minter.stance(article_id, stance.holder, stance.polarity, stance.target)
        g.add((node, RDF.type, SG.Stance))
        g.add((node, SG.holder, self.minter.entity(stance.holder)))
        g.add((node, SG.polarity, SG[stance.polarity]))
        g.add((node, SG.target, Literal(stance.target)))
        for key in stance.target_entities:
            g.add((node, SG.targetEntity, self.minter.entity(key)))
        if stance.stated_by:
            g.add((node, SG.statedBy, self.minter.entity(stance.stated_by)))
        self._add_evidence(g, node, article_iri, stance.evidence, stance.confidence)


def _strongest(relations: tuple[Relation, ...]) -> list[Relation]:
    """One relation per (subject, predicate, object): the most confident, then the earliest."""
    best: dict[tuple[str, str, str], Relation] = {}
    for rel in relations:
        key = (rel.subject, rel.predicate, rel.object)
        kept = best.get(key)
        if kept is None or (rel.confidence, -rel.evidence.start) > (kept.confidence, -kept.evidence.start):
            best[key] = rel
    return sorted(best.values(), key=lambda r: (r.evidence.start, r.subject, r.predicate, r.object))
