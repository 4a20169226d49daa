"""SHACL validation of the asserted graphs (``kg validate``) with pyshacl and ontology/shapes.ttl.

The data graph is what the articles state (the inferred graph is left out: it is derived, and a
country's inferred ``sg:Place`` type would break "exactly one of our types"). The ontology is
passed as pyshacl's ``ont_graph``, so ``sh:class sg:Actor`` accepts a ``sg:Country`` through
``rdfs:subClassOf`` without running an inference step. The report is read from pyshacl's results
graph into small records, grouped by shape for printing.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.ontology import load_ontology, load_shapes
from kg.store import GraphStore, load_sparql
from kg.vocab import PREFIXES, SHAPES


@dataclass(frozen=True)
class Violation:
    shape: str  # the shape that fired, e.g. "sgsh:ConfidenceShape"
    focus: str  # the node that violates it
    path: str | None  # the property, for property shapes
    value: str | None  # the offending value, when there is one
    message: str
    severity: str = "Violation"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0  # size of the data graph checked

    def shapes(self) -> set[str]:
        return {v.shape for v in self.violations}


def _short(node) -> str | None:
    if node is None:
        return None
    text = str(node)
    for prefix, namespace in {**PREFIXES, "sgsh": str(SHAPES)}.items():
        if isinstance(node, URIRef) and text.startswith(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return text


def validate_graph(data: Graph) -> ValidationReport:
    """Validate an rdflib graph against the shapes, with the ontology as ``ont_graph``."""
    conforms, results, _ = shacl_validate(data, shacl_graph=load_shapes(), ont_graph=load_ontology(),
                                          inference="none", allow_warnings=True)
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        shape = results.value(result, SH.sourceShape)
        message = results.value(result, SH.resultMessage)
        violations.append(Violation(
            shape=_short(shape), focus=str(results.value(result, SH.focusNode)),
            path=_short(results.value(result, SH.resultPath)),
            value=_short(results.value(result, SH.value)),
            message=str(message) if message is not None else "",
            severity=_short(results.value(result, SH.resultSeverity)).split("#")[-1]))
    violations.sort(key=lambda v: (v.shape or "", v.focus, v.path or "", v.value or ""))
    return ValidationReport(bool(conforms), violations, len(data))


def asserted_graph(store: GraphStore) -> Graph:
    """Every triple of the article graphs, flattened, as an rdflib graph."""
    triples = store.query(load_sparql("asserted_triples"), {"inferred": store.inferred_graph})
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def validate_store(store: GraphStore) -> ValidationReport:
    return validate_graph(asserted_graph(store))


def format_report(report: ValidationReport, limit: int = 50) -> str:
    """A readable report: a verdict line, then each shape's violations."""
    if report.conforms:
        return f"conforms: {report.triples} triples checked against ontology/shapes.ttl, no violations"
    by_shape: dict[str, list[Violation]] = defaultdict(list)
    for violation in report.violations:
        by_shape[violation.shape].append(violation)
    lines = [f"does not conform: {len(report.violations)} violation(s) of {len(by_shape)} "
             f"shape(s) in {report.triples} triples"]
    for shape, items in sorted(by_shape.items()):
        lines.append("")
        lines.append(f"{shape} ({len(items)}): {items[0].message}")
        for v in items[:limit]:
            where = f" {v.path}" if v.path else ""
            value = f" = {v.value}" if v.value and v.value != v.focus else ""
            lines.append(f"  {v.focus}{where}{value}")
        if len(items) > limit:
            lines.append(f"  ... and {len(items) - limit} more (raise --limit to see them)")
    return "\n".join(lines)
