"""Namespaces and IRI minting: the only place either is defined (DESIGN.md section 3, rules 3-4).

``SG`` mirrors ``ontology/stancegraph.ttl`` term for term (a test keeps the two equal both ways);
being a ``DefinedNamespace`` with ``_fail = True``, a misspelt term raises ``AttributeError``.
IRIs of data are minted here and only here, deterministically: the same input gives the same IRI,
so re-ingesting an article rewrites exactly the same nodes.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD, DefinedNamespace, PROV

SG_IRI = "https://w3id.org/stancegraph/ontology#"
DEFAULT_BASE = "https://w3id.org/stancegraph/id/"

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
GEONAMES = Namespace("https://sws.geonames.org/")
SHAPES = Namespace("https://w3id.org/stancegraph/shapes#")  # the SHACL shapes, ontology/shapes.ttl


class SG(DefinedNamespace):
    """The Stancegraph ontology (``ontology/stancegraph.ttl``)."""

    _fail = True
    _NS = Namespace(SG_IRI)

    # classes
    Actor: URIRef
    Person: URIRef
    Organisation: URIRef
    Country: URIRef
    Place: URIRef
    Article: URIRef
    Assertion: URIRef
    Stance: URIRef
    Polarity: URIRef
    # individuals of sg:Polarity
    Support: URIRef
    Oppose: URIRef
    # relations between entities (the truthy triples) and their inverses
    spokespersonFor: URIRef
    leaderOf: URIRef
    memberOf: URIRef
    hasMember: URIRef
    mediates: URIRef
    mediatedBy: URIRef
    negotiatesWith: URIRef
    opposes: URIRef
    opposedBy: URIRef
    supports: URIRef
    supportedBy: URIRef
    attacks: URIRef
    locatedIn: URIRef
    # provenance and stance properties
    mentions: URIRef
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    confidence: URIRef
    extractionRule: URIRef
    holder: URIRef
    polarity: URIRef
    target: URIRef
    targetEntity: URIRef
    statedBy: URIRef
    # explanations of the inferred graph (kg.reasoning)
    Inference: URIRef
    inferenceRule: URIRef
    inferredFrom: URIRef


# The nine predicates of the closed set (DESIGN.md section 1), in the order of the design.
RELATION_PREDICATES = ("spokespersonFor", "leaderOf", "memberOf", "mediates", "negotiatesWith",
                       "opposes", "supports", "attacks", "locatedIn")

# Prefixes bound on every graph and export, so that files read ``sg:`` rather than ``ns1:``.
PREFIXES = {
    "sg": SG_IRI, "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
    "skos": str(SKOS), "dcterms": str(DCTERMS), "prov": str(PROV), "foaf": str(FOAF),
    "schema": str(SCHEMA), "org": str(ORG), "gn": str(GEONAMES),
}


def slugify(text: str) -> str:
    """``"Benjamin Netanyahu"`` -> ``"benjamin-netanyahu"``: ASCII, lowercase, hyphens."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unnamed"


def digest(*parts: str, length: int = 16) -> str:
    """A short, stable hash of the parts (joined by a separator that cannot occur in text)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


class Minter:
    """Mints the IRIs of data under one base IRI (``Settings.base_iri``)."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, key: str) -> URIRef:
        """``"person/john-kirby"`` -> ``<base>person/john-kirby``."""
        return URIRef(self.base + key)

    def key_of(self, iri: str) -> str | None:
        """The inverse of :meth:`entity`, or None for an IRI outside the base."""
        return iri[len(self.base):] if iri.startswith(self.base) else None

    def article_id(self, text: str) -> str:
        return digest(text)

    def article(self, text: str) -> URIRef:
        return URIRef(f"{self.base}article/{self.article_id(text)}")

    def graph(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/{article_id}")

    def inferred_graph(self) -> URIRef:
        return URIRef(self.base + "graph/inferred")

    def inference(self, subject: str, predicate: str, obj: str) -> URIRef:
        """The ``sg:Inference`` node explaining the inferred triple (subject, predicate, obj)."""
        return URIRef(f"{self.base}inference/{digest(subject, predicate, obj)}")

    def assertion(self, article_id: str, subject: str, predicate: str, obj: str) -> URIRef:
        return URIRef(f"{self.base}assertion/{digest(article_id, subject, predicate, obj)}")

    def stance(self, article_id: str, holder: str, polarity: str, target: str) -> URIRef:
        return URIRef(f"{self.base}stance/{digest(article_id, holder, polarity, target)}")
