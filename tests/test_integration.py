"""End to end on a real on-disk store: ingest the seeds, export Turtle, re-parse, check facts."""
from __future__ import annotations

import subprocess
import sys

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.vocab import SG

from conftest import SEEDS

ID = "https://w3id.org/stancegraph/id/"
KIRBY, NSC = URIRef(ID + "person/john-kirby"), URIRef(ID + "organisation/national-security-council")


def kg(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_integration_seeds_to_turtle_and_back(tmp_path, env_without_kg):
    store, out = tmp_path / "store", tmp_path / "seeds.ttl"
    ingest = kg("ingest", str(SEEDS), "--store", str(store), "-q", env=env_without_kg)
    assert ingest.returncode == 0, ingest.stderr
    assert (store / "CURRENT").exists() or any(store.iterdir()), "a real store on disk"
    export = kg("export", "--store", str(store), "--format", "turtle", "-o", str(out), env=env_without_kg)
    assert export.returncode == 0, export.stderr

    g = Graph().parse(out, format="turtle")
    assert (KIRBY, SG.spokespersonFor, NSC) in g
    assert g.value(KIRBY, RDFS.label) == Literal("John Kirby")
    assert {"Kirby", "John Kirby"} <= {str(a) for a in g.objects(KIRBY, SKOS.altLabel)}
    evidence = {}
    for node in g.subjects(RDF.type, SG.Assertion):
        if (g.value(node, RDF.subject), g.value(node, RDF.predicate), g.value(node, RDF.object)) == (
                KIRBY, SG.spokespersonFor, NSC):
            article = g.value(node, PROV.wasDerivedFrom)
            evidence[str(g.value(article, DCTERMS.identifier))] = str(g.value(node, SG.evidence))
    assert "000_eefe684a08a86c6e.txt" in evidence
    assert evidence["000_eefe684a08a86c6e.txt"].startswith(
        "ADespite this assurance from Tel Aviv, John Kirby, spokesman for the White House National")
    assert len(evidence) == 3  # three seed articles state it

    # evidence offsets point into the article text
    for node in g.subjects(RDF.type, SG.Assertion):
        article = g.value(node, PROV.wasDerivedFrom)
        body = str(g.value(article, URIRef("https://schema.org/articleBody")))
        start, end = int(g.value(node, SG.evidenceStart)), int(g.value(node, SG.evidenceEnd))
        assert body[start:end] == str(g.value(node, SG.evidence))

    # one node per entity across articles
    us = [s for s in g.subjects(SKOS.altLabel, Literal("Washington"))]
    assert us == [URIRef(ID + "country/united-states")]


def test_integration_ingest_twice_keeps_the_triple_count(tmp_path, env_without_kg):
    store = tmp_path / "store"
    first = kg("ingest", str(SEEDS), "--store", str(store), "-q", env=env_without_kg)
    second = kg("ingest", str(SEEDS), "--store", str(store), "-q", env=env_without_kg)
    assert first.returncode == second.returncode == 0
    count = first.stderr.split("-> ")[1].split()[0]
    assert f"{count} -> {count} triples" in second.stderr
