"""OWL-RL inferences of the entity layer, kept apart in ``id/graph/inferred`` with explanations.

Scope, so it scales: the reasoner sees the ontology plus the *entity layer* (every type of each
entity and the truthy relations between entities, ``kg/sparql/entity_layer.rq``), not the
assertion, stance and evidence nodes that make up most of the graph. owlrl is the reference
(``engine="owlrl"``); the default engine runs the same entailments as SPARQL rules in Oxigraph
(:mod:`kg.rules`), proven by a test to infer exactly what owlrl infers, and much faster. When the
ontology uses an axiom the rules do not cover, :func:`reason` falls back to owlrl and says so.

Only new, useful triples are kept: about an entity (no ontology boilerplate), with an IRI object,
with our or an aligned vocabulary's term (no ``owl:Thing``, ``owl:sameAs`` to itself and the like),
and never one an article already asserts. Each kept triple gets an ``sg:Inference`` node: the rule,
and ``sg:inferredFrom`` each premise: every ``sg:Assertion`` stating a premise relation (with its
article), the ``sg:Inference`` of an inferred premise, or for an entity's asserted type one
``sg:Article`` stating it (every article naming the entity types it; listing them all would be most
of the graph, and one witness traces the triple). Size, not reasoning, is the cost here: on a
2-core machine Oxigraph writes some 30 k quads a second to disk. The whole graph is replaced in one
transaction (``GraphStore.replace_graph``).
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from owlrl import DeductiveClosure, OWLRL_Semantics
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg import rules
from kg.ontology import load_ontology
from kg.rules import Derivation
from kg.store import GraphStore, load_sparql
from kg.vocab import RELATION_PREDICATES, SG, Minter

ENGINES = ("rules", "owlrl")
OWLRL_RULE = "owl-rl"  # sg:inferenceRule of a triple owlrl inferred that no rule in kg.rules derives
INVERSES = ("hasMember", "mediatedBy", "opposedBy", "supportedBy")
LAYER_PREDICATES = frozenset(SG[name] for name in RELATION_PREDICATES + INVERSES)
_BUILTIN = (str(RDF), str(RDFS), str(OWL), str(XSD))
_ERROR_MESSAGE = URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")
_ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")
_TYPE = ox.NamedNode(str(RDF.type))


def _node(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


@dataclass
class Inferred:
    """The useful new triples of the entity layer, each with its derivation when one is known."""

    triples: dict[ox.Triple, Derivation | None] = field(default_factory=dict)
    engine: str = "rules"
    inconsistencies: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class ReasonReport:
    engine: str
    layer: int  # triples of the entity layer reasoned over
    inferred: int  # entity-level triples inferred
    explanations: int  # triples of the sg:Inference nodes
    seconds: float
    inconsistencies: list[str] = field(default_factory=list)
    note: str = ""


def entity_layer(store: GraphStore) -> list[ox.Triple]:
    """The asserted entity-level triples (``kg/sparql/entity_layer.rq``)."""
    return list(store.query(load_sparql("entity_layer"), {"inferred": store.inferred_graph}))


def _data_nodes(layer: Iterable[ox.Triple]) -> set:
    nodes = set()
    for t in layer:
        nodes.add(t.subject)
        if t.predicate != _TYPE:
            nodes.add(t.object)
    return nodes


def is_useful(triple: ox.Triple, data_nodes: set) -> bool:
    """About an entity, IRI object, no built-in vocabulary but ``rdf:type`` (see module doc)."""
    s, p, o = triple
    if s not in data_nodes or not isinstance(o, ox.NamedNode):
        return False
    return not o.value.startswith(_BUILTIN) if p == _TYPE else not p.value.startswith(_BUILTIN)


def owlrl_inferred(ontology: Graph, layer: list[ox.Triple]) -> tuple[set[ox.Triple], list[str]]:
    """owlrl's full closure of ontology + layer: the useful new triples, and its error messages."""
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    graph.parse(data=ox.serialize(layer, format=ox.RdfFormat.N_TRIPLES), format="nt")
    before = set(graph)
    DeductiveClosure(OWLRL_Semantics).expand(graph)
    errors = sorted(str(graph.value(m, _ERROR)) for m in graph.subjects(RDF.type, _ERROR_MESSAGE))
    data_nodes = _data_nodes(layer)
    found = set()
    for s, p, o in graph:
        if (s, p, o) not in before and isinstance(s, URIRef) and isinstance(o, URIRef):
            triple = ox.Triple(_node(s), _node(p), _node(o))
            if is_useful(triple, data_nodes):
                found.add(triple)
    return found, errors


def infer(ontology: Graph, layer: list[ox.Triple], engine: str = "rules") -> Inferred:
    """The useful inferences of ``layer`` under ``ontology`` by ``engine`` (``rules``/``owlrl``)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown reasoning engine {engine!r}; choose one of {', '.join(ENGINES)}")
    result = Inferred(engine=engine)
    unsupported = rules.unsupported_axioms(ontology, LAYER_PREDICATES)
    if engine == "rules" and unsupported:
        result.engine = "owlrl"
        result.note = ("the ontology uses axioms the SPARQL rules do not implement ("
                       + "; ".join(unsupported) + "): reasoned with owlrl instead")
    data_nodes = _data_nodes(layer)
    closure = rules.run(ontology, layer) if not unsupported else rules.Closure()
    derived = {t: d for t, d in closure.inferred.items() if is_useful(t, data_nodes)}
    if result.engine == "owlrl":
        found, errors = owlrl_inferred(ontology, layer)
        result.triples = {t: derived.get(t) for t in found}
        result.inconsistencies = errors
    else:
        result.triples = derived
        result.inconsistencies = [f"{s} is both a {c1} and a {c2}, declared disjoint"
                                  for s, c1, c2 in closure.inconsistencies]
    return result


class _Premises:
    """The nodes an explanation points to for each premise triple."""

    def __init__(self, store: GraphStore, inferred: dict, minter: Minter):
        self.inferred, self.minter = inferred, minter
        self.without_inferred = {"inferred": store.inferred_graph}
        self.assertions: dict[ox.Triple, list] = defaultdict(list)
        self.articles: dict[ox.Triple, list] = defaultdict(list)
        needed = {p for d in inferred.values() if d for p in d.premises if p not in inferred}
        if any(p.predicate != _TYPE for p in needed):
            for row in store.query(load_sparql("assertions_of_relations"), self.without_inferred):
                triple = ox.Triple(row["s"], row["p"], row["o"])
                if triple in needed:
                    self.assertions[triple].append(row["assertion"])
        if any(p.predicate == _TYPE for p in needed):
            for row in store.query(load_sparql("articles_of_types"), self.without_inferred):
                triple = ox.Triple(row["s"], _TYPE, row["o"])
                if triple in needed:
                    self.articles[triple].append(row["witness"])

    def inference(self, t: ox.Triple) -> ox.NamedNode:
        return _node(self.minter.inference(t.subject.value, t.predicate.value, t.object.value))

    def nodes(self, premise: ox.Triple) -> list:
        if premise in self.inferred:
            return [self.inference(premise)]
        if premise.predicate == _TYPE:
            return sorted(set(self.articles.get(premise, ())), key=str)
        return sorted(set(self.assertions.get(premise, ())), key=str)


def explanation_triples(store: GraphStore, inferred: dict[ox.Triple, Derivation | None],
                        minter: Minter) -> Iterator[ox.Triple]:
    """The ``sg:Inference`` node of each inferred triple (see the module doc)."""
    premises = _Premises(store, inferred, minter)
    a, rule_p, source = _node(RDF.type), _node(SG.inferenceRule), _node(SG.inferredFrom)
    subject, predicate, obj, inference = (_node(RDF.subject), _node(RDF.predicate),
                                          _node(RDF.object), _node(SG.Inference))
    for triple, derivation in inferred.items():
        node = premises.inference(triple)
        yield ox.Triple(node, a, inference)
        yield ox.Triple(node, subject, triple.subject)
        yield ox.Triple(node, predicate, triple.predicate)
        yield ox.Triple(node, obj, triple.object)
        yield ox.Triple(node, rule_p, ox.Literal(derivation.rule if derivation else OWLRL_RULE))
        for premise in derivation.premises if derivation else ():
            for premise_node in premises.nodes(premise):
                yield ox.Triple(node, source, premise_node)


def _drop_asserted(store: GraphStore, inferred: Inferred) -> None:
    """Guard for predicates outside the entity layer (an aligned super-property, say)."""
    outside = {t.predicate for t in inferred.triples if t.predicate != _TYPE} - {
        _node(p) for p in LAYER_PREDICATES}
    for predicate in outside:
        asserted = store.query(load_sparql("asserted_with_predicate"),
                               {"p": URIRef(predicate.value), "inferred": store.inferred_graph})
        for row in asserted:
            inferred.triples.pop(ox.Triple(row["s"], predicate, row["o"]), None)


def reason(store: GraphStore, minter: Minter, engine: str = "rules", explain: bool = True,
           ontology: Graph | None = None) -> ReasonReport:
    """Replace the inferred graph of ``store`` by the entity layer's inferences (one transaction)."""
    started = time.perf_counter()
    layer = entity_layer(store)
    inferred = infer(load_ontology() if ontology is None else ontology, layer, engine)
    _drop_asserted(store, inferred)
    explanations: list[ox.Triple] = (list(explanation_triples(store, inferred.triples, minter))
                                     if explain else [])
    store.replace_graph(store.inferred_graph, [*inferred.triples, *explanations])
    store.flush()
    return ReasonReport(inferred.engine, len(layer), len(inferred.triples), len(explanations),
                        time.perf_counter() - started, inferred.inconsistencies, inferred.note)
