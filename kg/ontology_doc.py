"""A readable ontology: HTML documentation of every class and property, and the Turtle itself.

The web layer serves ``render_html()`` at ``/ontology`` and ``ontology_turtle()`` to
``Accept: text/turtle``. Our own small template (``kg/ontology_doc.html``, Jinja2 with
autoescaping) rather than pyLODE: one more dependency for one page, and pyLODE does not show our
``skos:notation`` CAMEO/PLOVER codes as codes. Each term shows its label, comment, domain and
range, axioms (sub-class/property, inverse, symmetric, transitive, functional, disjoint, one-of)
and codes. :func:`describe` gives the same records to anything else; :func:`relations_markdown`
renders the README's table of relations from them (``python -m kg.ontology_doc`` prints it, and a
test keeps the README equal to it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.ontology import load_ontology, ontology_path
from kg.vocab import PREFIXES, RELATION_PREDICATES, SG_IRI

ONTOLOGY_IRI = URIRef(SG_IRI.rstrip("#"))
KINDS = (("Classes", OWL.Class), ("Individuals", OWL.NamedIndividual),
         ("Object properties", OWL.ObjectProperty), ("Datatype properties", OWL.DatatypeProperty))
CHARACTERISTICS = {OWL.SymmetricProperty: "symmetric", OWL.TransitiveProperty: "transitive",
                   OWL.FunctionalProperty: "functional"}


@dataclass
class Term:
    iri: str
    curie: str
    kind: str
    label: str
    comment: str
    domain: list[str] = field(default_factory=list)
    range: list[str] = field(default_factory=list)
    axioms: list[str] = field(default_factory=list)
    notations: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return self.curie.split(":", 1)[1]


def curie(node) -> str:
    text = str(node)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(namespace) and text != namespace:
            return f"{prefix}:{text[len(namespace):]}"
    return text


def _classes(graph: Graph, node) -> list[str]:
    """A class, or the members of an ``owl:unionOf``, as CURIEs."""
    if isinstance(node, BNode) and graph.value(node, OWL.unionOf) is not None:
        return [curie(m) for m in Collection(graph, graph.value(node, OWL.unionOf))]
    return [] if node is None else [curie(node)]


def _axioms(graph: Graph, term: URIRef) -> list[str]:
    axioms = [f"subclass of {curie(o)}" for o in sorted(graph.objects(term, RDFS.subClassOf))]
    axioms += [f"sub-property of {curie(o)}" for o in sorted(graph.objects(term, RDFS.subPropertyOf))]
    axioms += [f"inverse of {curie(o)}" for o in sorted(graph.objects(term, OWL.inverseOf))]
    axioms += [name for kind, name in CHARACTERISTICS.items() if (term, RDF.type, kind) in graph]
    disjoint = set(graph.objects(term, OWL.disjointWith)) | set(graph.subjects(OWL.disjointWith, term))
    axioms += [f"disjoint with {curie(o)}" for o in sorted(disjoint)]
    one_of = graph.value(term, OWL.oneOf)
    if one_of is not None:
        axioms.append("one of " + ", ".join(curie(m) for m in Collection(graph, one_of)))
    axioms += [f"see also {curie(o)}" for o in sorted(graph.objects(term, RDFS.seeAlso))]
    return axioms


def describe(graph: Graph | None = None) -> dict[str, list[Term]]:
    """Every ``sg:`` term of the ontology by kind (classes, individuals, properties)."""
    graph = load_ontology() if graph is None else graph
    sections: dict[str, list[Term]] = {}
    for title, kind in KINDS:
        terms = []
        for term in sorted(set(graph.subjects(RDF.type, kind))):
            if not isinstance(term, URIRef) or not str(term).startswith(SG_IRI):
                continue
            terms.append(Term(
                iri=str(term), curie=curie(term), kind=title, label=str(graph.value(term, RDFS.label) or ""),
                comment=str(graph.value(term, RDFS.comment) or ""),
                domain=_classes(graph, graph.value(term, RDFS.domain)),
                range=_classes(graph, graph.value(term, RDFS.range)), axioms=_axioms(graph, term),
                notations=sorted(str(n) for n in graph.objects(term, SKOS.notation))))
        sections[title] = terms
    return sections


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).parent),
                       autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def render_html() -> str:
    """The HTML page documenting the ontology (a whole document, for ``/ontology``)."""
    graph = load_ontology()
    return _environment().get_template("ontology_doc.html").render(
        title=str(graph.value(ONTOLOGY_IRI, DCTERMS.title) or "Stancegraph ontology"),
        description=str(graph.value(ONTOLOGY_IRI, DCTERMS.description) or ""),
        version=str(graph.value(ONTOLOGY_IRI, OWL.versionInfo) or ""),
        iri=str(ONTOLOGY_IRI), namespace=SG_IRI, sections=describe(graph))


def relations_markdown(graph: Graph | None = None) -> str:
    """The README's table of relations (between its ``relations`` markers), from the ontology."""
    terms = {t.curie: t for t in describe(graph)["Object properties"]}
    lines = ["| relation | domain -> range | axioms | CAMEO / PLOVER |", "|---|---|---|---|"]
    for name in RELATION_PREDICATES:
        term = terms[f"sg:{name}"]
        axioms = "; ".join(a for a in term.axioms if not a.startswith("see also"))
        lines.append(f"| `{term.curie}` | {' or '.join(term.domain)} -> {' or '.join(term.range)} "
                     f"| {axioms} | {', '.join(term.notations)} |")
    return "\n".join(lines)


def ontology_turtle() -> str:
    """The ontology file as published (for ``Accept: text/turtle``)."""
    return ontology_path().read_text(encoding="utf-8")


if __name__ == "__main__":
    print(relations_markdown())
