"""The endpoint's SPARQL 1.1 Service Description, and the ready questions offered in the query UI."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDFS_COMMENT = ox.NamedNode(RDFS + "comment")
INFER_NOTE = ("The default graph is the union of the article graphs and the inferred graph. "
              "Add the protocol parameter infer=false (GET or form POST) to leave the inferred "
              "triples out; infer=true is the default.")
QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"  # the repository's queries/


def description(endpoint: str, rdf_format: ox.RdfFormat) -> bytes:
    """What the endpoint speaks: SPARQL 1.1 Query only, the union default graph, result formats."""
    sd = lambda term: ox.NamedNode(SD + term)  # noqa: E731
    service, dataset, graph = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode("default")
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, RDF_TYPE, sd("Graph")),
        ox.Triple(service, RDFS_COMMENT, ox.Literal(INFER_NOTE, language="en")),
    ]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                 "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)))
    return ox.serialize(triples, format=rdf_format, prefixes={"sd": SD, "rdfs": RDFS})


def example_queries() -> list[dict[str, str]]:
    """The ready questions of ``queries/``: file name, the comment saying what it answers, text."""
    examples = []
    for path in sorted(QUERIES_DIR.glob("*.rq")) if QUERIES_DIR.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0].lstrip("# ").strip() if text else path.stem
        examples.append({"name": path.stem, "title": first, "query": text})
    return examples
