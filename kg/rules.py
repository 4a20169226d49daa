"""OWL 2 RL entailments of the entity layer, as SPARQL rules run to a fixpoint in Oxigraph.

The fast path of :mod:`kg.reasoning`; owlrl is the reference. owlrl computes the whole OWL 2 RL
closure in Python (measured here: about 21 s for 47 k triples, growing with the graph), most of it
boilerplate about the ontology itself. Over the entity layer only a handful of rules can conclude
anything about an entity, given the axioms our ontology uses: those in :data:`RULES`, one
``kg/sparql/rules/<rule>.rq`` file each, named as in the OWL 2 Profiles specification (section
4.3). They run semi-naively in an in-memory Oxigraph store: each round, every rule joins the
triples new in the last round (the ``delta`` graph) with everything known, until a round adds
nothing; conclusions already known are dropped here, in a set, which measured faster than ``MINUS``
or ``FILTER NOT EXISTS`` in the rules. A test proves this infers exactly owlrl's entity-level
triples on the seeds and on a generated graph; :func:`unsupported_axioms` names any axiom the rules
do not cover, and :mod:`kg.reasoning` then falls back to owlrl.

Each new triple keeps one derivation (rule and premises) from the round in which it first appeared,
so explanations are well-founded (no triple explains itself through a cycle). When several
derivations tie, the first rule in :data:`RULES` order wins, then the smallest premises: the choice
does not depend on the order Oxigraph returns rows in.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

RULES = ("prp-spo1", "prp-eqp1", "prp-eqp2", "prp-inv1", "prp-inv2", "prp-symp", "prp-trp",
         "prp-dom", "prp-rng", "cax-sco", "cax-eqc1", "cax-eqc2")
RULES_DIR = Path(__file__).parent / "sparql" / "rules"

# OWL constructs whose OWL 2 RL rules can conclude triples about individuals that RULES do not
# derive (property chains, keys, restrictions, cardinalities, sameAs, intersections).
_UNSUPPORTED = (OWL.propertyChainAxiom, OWL.hasKey, OWL.someValuesFrom, OWL.allValuesFrom,
                OWL.hasValue, OWL.maxCardinality, OWL.maxQualifiedCardinality,
                OWL.intersectionOf, OWL.sameAs)
# Property characteristics that make owlrl equate individuals (prp-fp, prp-ifp) when the property
# is one the entity layer uses.
_EQUATING = (OWL.FunctionalProperty, OWL.InverseFunctionalProperty)


@dataclass(frozen=True)
class Derivation:
    rule: str
    premises: tuple[ox.Triple, ...]

    def key(self) -> tuple:
        return RULES.index(self.rule), tuple(str(p) for p in self.premises)


@dataclass
class Closure:
    """What the rules added to the layer, each new triple with its derivation."""

    inferred: dict[ox.Triple, Derivation] = field(default_factory=dict)
    inconsistencies: list[tuple[str, str, str]] = field(default_factory=list)  # (entity, class, class)
    rounds: int = 0


@lru_cache(maxsize=None)
def rule_text(rule: str) -> str:
    return (RULES_DIR / f"{rule}.rq").read_text(encoding="utf-8")


def unsupported_axioms(ontology: Graph, layer_predicates: Iterable[URIRef]) -> list[str]:
    """Axioms of ``ontology`` that :data:`RULES` do not implement, as readable strings."""
    found = [f"{s.n3()} {p.n3()} ..." for p in _UNSUPPORTED for s in ontology.subjects(p, None)]
    found += [f"{p.n3()} a {kind.n3()}" for p in layer_predicates for kind in _EQUATING
              if (p, RDF.type, kind) in ontology]
    for expression in (OWL.unionOf, OWL.oneOf):
        for node in ontology.subjects(expression, None):
            if (node, RDFS.subClassOf, None) in ontology or (node, OWL.equivalentClass, None) in \
                    ontology or (None, OWL.equivalentClass, node) in ontology:
                found.append(f"a subclass or equivalent class defined by {expression.n3()}")
    return sorted(set(found))


def _to_ox(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else \
        ox.Literal(str(term), language=term.language) if term.language else ox.Literal(str(term))


def run(ontology: Graph, layer: Iterable[ox.Triple]) -> Closure:
    """The fixpoint of :data:`RULES` over ``ontology`` (schema) plus ``layer`` (entity triples)."""
    scratch = ox.Store()
    scratch.bulk_extend(ox.Quad(*(_to_ox(t) for t in triple)) for triple in ontology)
    delta = ox.BlankNode()
    known = set(layer)
    scratch.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in known)
    scratch.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, delta) for t in known)
    closure = Closure()
    while True:
        new: dict[ox.Triple, Derivation] = {}
        for rule in RULES:
            two_premises = rule == "prp-trp"
            for row in scratch.query(rule_text(rule), named_graphs=[delta]):
                triple = ox.Triple(row[0], row[1], row[2])
                if triple in known:
                    continue
                premises = (ox.Triple(row[3], row[4], row[5]),)
                if two_premises:
                    premises += (ox.Triple(row[6], row[7], row[8]),)
                derivation = Derivation(rule, premises)
                kept = new.get(triple)
                if kept is None:
                    new[triple] = derivation
                elif kept.rule == rule and derivation.key() < kept.key():
                    new[triple] = derivation  # an earlier rule in RULES wins outright
        if not new:
            break
        closure.rounds += 1
        closure.inferred.update(new)
        known.update(new)
        scratch.remove_graph(delta)
        scratch.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in new)
        scratch.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, delta) for t in new)
    closure.inconsistencies = [(row["s"].value, row["c1"].value, row["c2"].value)
                               for row in scratch.query(rule_text("cax-dw"))]
    return closure
