"""Extraction results -> the triples of one article's named graph (the only module that does it).

Follows DESIGN.md section 1: entities with a canonical ``rdfs:label`` and every surface form as
``skos:altLabel``; each relation as a truthy triple plus one ``sg:Assertion`` per article with its
evidence sentence, offsets and confidence; stances as ``sg:Stance`` nodes. No blank nodes: every
IRI is minted by :class:`kg.vocab.Minter`, so re-ingesting an article rebuilds the same graph.

The triples are pyoxigraph terms, serialised by Oxigraph: ingest builds a graph per article, and
rdflib's ``Graph.add`` made that cost as much as writing it to the store (4 s per 1,000 articles,
against well under 1 s now). :meth:`GraphBuilder.build` still gives an rdflib ``Graph`` for
callers at the edges (tests, small stores), parsed from the same N-Triples.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.model import Article, Entity, Evidence, Extraction, Relation, Stance
from kg.vocab import PREFIXES, SCHEMA, SG, Minter


def new_graph() -> Graph:
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, replace=True)
    return g


def _iri(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


_TYPE, _LABEL, _ALT, _SAME = _iri(RDF.type), _iri(RDFS.label), _iri(SKOS.altLabel), _iri(OWL.sameAs)
_SUBJECT, _PREDICATE, _OBJECT = _iri(RDF.subject), _iri(RDF.predicate), _iri(RDF.object)
_DERIVED, _IDENTIFIER, _TITLE, _SOURCE = (_iri(PROV.wasDerivedFrom), _iri(DCTERMS.identifier),
                                          _iri(DCTERMS.title), _iri(DCTERMS.source))
_BODY, _DATE, _URL = _iri(SCHEMA.articleBody), _iri(SCHEMA.datePublished), _iri(SCHEMA.url)
_INTEGER, _DECIMAL = _iri(XSD.integer), _iri(XSD.decimal)


@lru_cache(maxsize=None)
def _sg(name: str) -> ox.NamedNode:
    return _iri(SG[name])


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_INTEGER)


def _confidence(value: float) -> ox.Literal:
    return ox.Literal(str(Decimal(str(round(value, 3)))), datatype=_DECIMAL)


class GraphBuilder:
    """Turns one :class:`Extraction` into the triples of its article's graph."""

    def __init__(self, minter: Minter):
        self.minter = minter

    def triples(self, extraction: Extraction) -> list[ox.Triple]:
        out: list[ox.Triple] = []
        add = lambda s, p, o: out.append(ox.Triple(s, p, o))  # noqa: E731
        article = extraction.article
        article_iri = _iri(self.minter.article(article.text))
        self._add_article(add, article_iri, article)
        for entity in extraction.entities:
            add(article_iri, _sg("mentions"), self._add_entity(add, entity))
        article_id = self.minter.article_id(article.text)
        for relation in _strongest(extraction.relations):
            self._add_relation(add, article_iri, article_id, relation)
        for stance in extraction.stances:
            self._add_stance(add, article_iri, article_id, stance)
        return list(dict.fromkeys(out))  # each triple once, in a stable order

    def ntriples(self, extraction: Extraction) -> bytes:
        """The article's graph as N-Triples (what ingest writes)."""
        return ox.serialize(self.triples(extraction), format=ox.RdfFormat.N_TRIPLES)

    def build(self, extraction: Extraction) -> Graph:
        """The same triples as an rdflib ``Graph``, with our prefixes bound."""
        g = new_graph()
        g.parse(data=self.ntriples(extraction).decode("utf-8"), format="nt")
        return g

    def _entity(self, key: str) -> ox.NamedNode:
        return _iri(self.minter.entity(key))

    def _add_article(self, add, iri: ox.NamedNode, article: Article) -> None:
        add(iri, _TYPE, _sg("Article"))
        add(iri, _IDENTIFIER, ox.Literal(article.identifier))
        add(iri, _BODY, ox.Literal(article.text))
        if article.title:
            add(iri, _TITLE, ox.Literal(article.title))
        if article.date:
            add(iri, _DATE, ox.Literal(article.date))
        if article.source:
            add(iri, _SOURCE, ox.Literal(article.source))
        if article.url and article.url.startswith(("http://", "https://")):
            try:
                add(iri, _URL, ox.NamedNode(article.url))
            except ValueError:
                pass  # not a valid IRI (spaces, ...): the article keeps no URL rather than fail

    def _add_entity(self, add, entity: Entity) -> ox.NamedNode:
        iri = self._entity(entity.key)
        add(iri, _TYPE, _sg(entity.type))
        add(iri, _LABEL, ox.Literal(entity.label))
        for alias in sorted(entity.aliases):
            add(iri, _ALT, ox.Literal(alias))
        for public in entity.same_as:
            add(iri, _SAME, ox.NamedNode(public))
        return iri

    def _add_evidence(self, add, node: ox.NamedNode, article_iri: ox.NamedNode, evidence: Evidence,
                      confidence: float) -> None:
        add(node, _DERIVED, article_iri)
        add(node, _sg("evidence"), ox.Literal(evidence.sentence))
        add(node, _sg("evidenceStart"), _integer(evidence.start))
        add(node, _sg("evidenceEnd"), _integer(evidence.end))
        add(node, _sg("confidence"), _confidence(confidence))

    def _add_relation(self, add, article_iri: ox.NamedNode, article_id: str, rel: Relation) -> None:
        s, p, o = self._entity(rel.subject), _sg(rel.predicate), self._entity(rel.object)
        add(s, p, o)
        node = _iri(self.minter.assertion(article_id, rel.subject, rel.predicate, rel.object))
        add(node, _TYPE, _sg("Assertion"))
        add(node, _SUBJECT, s)
        add(node, _PREDICATE, p)
        add(node, _OBJECT, o)
        if rel.rule:
            add(node, _sg("extractionRule"), ox.Literal(rel.rule))
        self._add_evidence(add, node, article_iri, rel.evidence, rel.confidence)

    def _add_stance(self, add, article_iri: ox.NamedNode, article_id: str, stance: Stance) -> None:
        node = _iri(self.minter.stance(article_id, stance.holder, stance.polarity, stance.target))
        add(node, _TYPE, _sg("Stance"))
        add(node, _sg("holder"), self._entity(stance.holder))
        add(node, _sg("polarity"), _sg(stance.polarity))
        add(node, _sg("target"), ox.Literal(stance.target))
        for key in stance.target_entities:
            add(node, _sg("targetEntity"), self._entity(key))
        if stance.stated_by:
            add(node, _sg("statedBy"), self._entity(stance.stated_by))
        self._add_evidence(add, node, article_iri, stance.evidence, stance.confidence)


def _strongest(relations: tuple[Relation, ...]) -> list[Relation]:
    """One relation per (subject, predicate, object): the most confident, then the earliest."""
    best: dict[tuple[str, str, str], Relation] = {}
    for rel in relations:
        key = (rel.subject, rel.predicate, rel.object)
        kept = best.get(key)
        if kept is None or (rel.confidence, -rel.evidence.start) > (kept.confidence, -kept.evidence.start):
            best[key] = rel
    return sorted(best.values(), key=lambda r: (r.evidence.start, r.subject, r.predicate, r.object))
