"""Ingest: one graph per article, idempotent, bad sources skipped, crash-safe (kill -9)."""
from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.ingest import ingest
from kg.nlp.extract import extract
from kg.nlp.pipeline import person_index
from kg.rdf import GraphBuilder
from kg.sources import iter_articles
from kg.store import GraphStore, open_store
from kg.vocab import Minter

from conftest import SEEDS


def graph_triples(store: GraphStore, graph: str) -> Graph:
    rows = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graph)})
    data = "".join(f"{r['s']} {r['p']} {r['o']} .\n" for r in rows)
    return Graph().parse(data=data, format="nt")


def test_ingest_twice_changes_nothing(seeded_store, settings):
    before = len(seeded_store)
    graphs = seeded_store.named_graphs()
    report = ingest([SEEDS], seeded_store, settings, progress=False)
    assert report.articles == 5 and not report.skipped
    assert len(seeded_store) == before and seeded_store.named_graphs() == graphs


def test_ingest_one_named_graph_per_article(seeded_store):
    graphs = seeded_store.named_graphs()
    assert len(graphs) == 5 and all("/graph/" in g for g in graphs)
    rows = list(seeded_store.select(
        "PREFIX sg: <https://w3id.org/stancegraph/ontology#> "
        "SELECT ?g (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a sg:Article } } GROUP BY ?g"))
    assert sorted(int(r["n"]) for r in rows) == [1] * 5


def test_ingest_skips_bad_files_and_goes_on(tmp_path, store, settings):
    (tmp_path / "good.txt").write_text("Kenyan President William Ruto met Ethiopian officials in Addis Ababa.")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait in Paris.".encode("latin-1"))
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "n1", "text": "The African Union said talks would resume."}) + "\n{broken\n")
    seen = []
    report = ingest([tmp_path], store, settings, progress=False, on_skip=seen.append)
    assert report.articles == 2
    assert sorted(Path(s.path.split(":")[0]).name for s in report.skipped) == [
        "binary.txt", "empty.txt", "feed.jsonl", "latin1.txt"]
    assert seen == report.skipped
    ids = {r["id"] for r in store.select(
        "SELECT ?id WHERE { ?a <http://purl.org/dc/terms/identifier> ?id }")}
    assert ids == {"good.txt", "n1"}


def test_ingest_lone_surname_links_to_full_name_from_a_later_article(tmp_path, store, settings):
    (tmp_path / "a.txt").write_text("Ruto said the talks would resume next week.")
    (tmp_path / "b.txt").write_text("Kenyan President William Ruto arrived in Addis Ababa on Monday.")
    ingest([tmp_path / "a.txt", tmp_path / "b.txt"], store, settings, progress=False)
    people = {r["p"] for r in store.select(
        "PREFIX sg: <https://w3id.org/stancegraph/ontology#> SELECT ?p WHERE { ?p a sg:Person }")}
    assert people == {settings.base_iri + "person/william-ruto"}


def _corpus(path: Path, n: int) -> list[str]:
    # seeds whose people are all named in full, so no article depends on another's names
    seed_texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("00[014]_*.txt"))]
    texts = [f"Record {i}.\n" + seed_texts[i % len(seed_texts)] * 2 for i in range(n)]
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"r{i}", "text": text}) + "\n")
    return texts


def _wait_for_progress(proc: subprocess.Popen, done: int, timeout: float) -> None:
    buffer, deadline = "", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 0.2)
        if ready:
            chunk = os.read(proc.stderr.fileno(), 4096).decode(errors="replace")
            if not chunk:
                break
            buffer += chunk
            counts = [int(m) for m in re.findall(r"\|\s*(\d+)/\d+", buffer)]
            if counts and max(counts) >= done:
                return
    pytest.fail(f"ingest did not reach {done} articles in time; stderr: {buffer[-500:]}")


def test_ingest_killed_halfway_leaves_whole_articles_only(tmp_path, nlp, settings):
    n = 30
    texts = _corpus(tmp_path / "corpus.jsonl", n)
    store_dir = tmp_path / "store"
    env = {**os.environ, "KG_STORE": str(store_dir)}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(tmp_path / "corpus.jsonl")],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    try:
        _wait_for_progress(proc, 3, timeout=120)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    store = open_store(str(store_dir))
    graphs = store.named_graphs()
    assert 3 <= len(graphs) < n, "the kill should land halfway"
    person_index(nlp).clear()
    minter = Minter(settings.base_iri)
    builder = GraphBuilder(minter)
    by_graph = {str(minter.graph(minter.article_id(t))): t for t in texts}
    articles = {a.text: a for a in iter_articles([tmp_path / "corpus.jsonl"])}
    expected = {str(minter.graph(minter.article_id(e.article.text))): builder.build(e)
                for e in extract(nlp, [articles[by_graph[g]] for g in graphs])}
    for graph in graphs:
        assert isomorphic(graph_triples(store, graph), expected[graph]), f"{graph} is not whole"


def test_ingest_an_article_that_breaks_a_rule_is_reported_and_the_rest_goes_in(tmp_path, store, settings, nlp,
                                                                             monkeypatch):
    import kg.nlp.extract as extract_module

    real = extract_module.doc_to_extraction

    def fragile(article, doc):
        if "Gambia" in article.text:
            raise IndexError("simulated rule bug")
        return real(article, doc)

    monkeypatch.setattr(extract_module, "doc_to_extraction", fragile)
    for i, country in enumerate(["Kenya", "Gambia", "Ghana"]):
        (tmp_path / f"{i}.txt").write_text(f"{country} rejected the proposal on Monday.")
    report = ingest([tmp_path], store, settings, progress=False)
    assert report.articles == 2
    assert [(s.path, "simulated rule bug" in s.reason) for s in report.skipped] == [("1.txt", True)]
    assert len(store.named_graphs()) == 2
