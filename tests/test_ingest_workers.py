"""Ingest with worker processes: same graphs as one process, skips reported, failures surfaced."""
from __future__ import annotations

import dataclasses
import io
import json
import multiprocessing
import os

import pytest

from kg.cli import main
from kg.ingest import ingest, worker_count
from kg.ingest_workers import WorkerError
from kg.store import GraphStore, open_store

from conftest import SEEDS

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="a monkeypatch reaches the workers only when they are forked")


def quads(store: GraphStore) -> set[str]:
    out = io.BytesIO()
    store.dump(out, "nq")
    return set(out.getvalue().decode("utf-8").splitlines())


def small_batches(settings):
    return dataclasses.replace(settings, batch_size=1)  # one article per batch: every worker gets some


def test_ingest_workers_2_writes_what_workers_1_writes_on_the_seeds(seeded_store_dir, tmp_path, settings):
    store = open_store(str(tmp_path / "w2"))
    report = ingest([SEEDS], store, small_batches(settings), progress=False, workers=2)
    assert report.workers == 2 and report.articles == 5 and not report.skipped
    one = GraphStore(seeded_store_dir, read_only=True)  # the fixture ingests with one process
    assert quads(store) == quads(one)


PEOPLE = "PREFIX sg: <https://w3id.org/stancegraph/ontology#> SELECT ?p WHERE { ?p a sg:Person }"


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_workers_lone_surname_before_its_full_name_is_linked(tmp_path, store, settings, workers):
    (tmp_path / "a.txt").write_text("President Ruto said the talks would resume next week.")
    (tmp_path / "b.txt").write_text("Kenyan President William Ruto arrived in Addis Ababa on Monday.")
    report = ingest([tmp_path / "a.txt", tmp_path / "b.txt"], store, small_batches(settings),
                    progress=False, workers=workers)
    assert report.workers == workers and report.relinked == 1
    assert {r["p"] for r in store.select(PEOPLE)} == {settings.base_iri + "person/william-ruto"}


def test_ingest_people_links_do_not_depend_on_article_order(tmp_path, settings):
    """A later namesake makes the surname ambiguous for every article, whichever came first."""
    files = []
    for name, text in [("a.txt", "President Ruto said the talks would resume next week."),
                       ("b.txt", "Kenyan President William Ruto arrived in Addis Ababa on Monday."),
                       ("c.txt", "Kenyan minister Jane Ruto met officials in Nairobi on Friday.")]:
        (tmp_path / name).write_text(text)
        files.append(tmp_path / name)
    forward, backward = GraphStore(None), GraphStore(None)
    ingest(files, forward, small_batches(settings), progress=False)
    ingest(files[::-1], backward, small_batches(settings), progress=False, workers=2)
    assert quads(forward) == quads(backward)
    assert settings.base_iri + "person/ruto" in {r["p"] for r in forward.select(PEOPLE)}


def test_cli_ingest_workers_reports_skips_with_exit_status_1(runner, tmp_path):
    for i, country in enumerate(["Kenya", "Ghana", "Egypt"]):
        (tmp_path / f"ok{i}.txt").write_text(f"{country} rejected the proposal on Monday.")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    (tmp_path / "feed.jsonl").write_text('{"id": "n1", "text": "Sudan said talks would resume."}\n{broken\n')
    result = runner.invoke(main, ["ingest", str(tmp_path), "--store", str(tmp_path / "s"), "-q",
                                  "--workers", "2"], env={"KG_BATCH_SIZE": "1"})
    assert result.exit_code == 1, result.output
    assert "skipped" in result.output and "bad.txt" in result.output and "feed.jsonl:2" in result.output
    assert "ingested 4 article(s)" in result.output


def test_cli_ingest_help_explains_workers(runner):
    result = runner.invoke(main, ["ingest", "--help"])
    assert result.exit_code == 0 and "--workers" in result.output and "one per CPU" in result.output


def test_ingest_workers_0_means_one_per_cpu():
    assert worker_count(0) == (os.cpu_count() or 1) and worker_count(3) == 3


def test_ingest_few_articles_do_not_start_more_workers_than_batches(tmp_path, store, settings):
    (tmp_path / "one.txt").write_text("Kenya rejected the proposal on Monday.")
    assert ingest([tmp_path], store, settings, progress=False, workers=4).workers == 1


@needs_fork
def test_ingest_workers_an_article_that_breaks_a_rule_is_reported(tmp_path, store, settings, monkeypatch):
    import kg.nlp.extract as extract_module

    real = extract_module.doc_to_extraction

    def fragile(article, doc):
        if "Gambia" in article.text:
            raise IndexError("simulated rule bug")
        return real(article, doc)

    monkeypatch.setattr(extract_module, "doc_to_extraction", fragile)  # forked workers inherit it
    for i, country in enumerate(["Kenya", "Gambia", "Ghana"]):
        (tmp_path / f"{i}.txt").write_text(f"{country} rejected the proposal on Monday.")
    report = ingest([tmp_path], store, small_batches(settings), progress=False, workers=2)
    assert report.articles == 2
    assert [(s.path, "simulated rule bug" in s.reason) for s in report.skipped] == [("1.txt", True)]


@needs_fork
def test_ingest_worker_crash_is_an_error_not_a_hang(tmp_path, store, settings, monkeypatch):
    import kg.ingest_workers as workers_module

    def broken(*args):
        raise RuntimeError("simulated worker bug")

    monkeypatch.setattr(workers_module, "process_batch", broken)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("Kenya rejected the proposal on Monday.")
    with pytest.raises(WorkerError, match="simulated worker bug"):
        ingest([tmp_path], store, small_batches(settings), progress=False, workers=2)
    assert not [p for p in multiprocessing.active_children() if p.name.startswith("kg-ingest")]


def test_ingest_workers_killed_halfway_leave_whole_articles_and_no_orphans(tmp_path, settings):
    import signal
    import subprocess
    import sys

    import psutil

    from kg.vocab import Minter
    from test_ingest import _wait_for_progress

    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("00[014]_*.txt"))]  # full names only
    records = [{"id": f"r{i}", "text": f"Record {i}.\n{seeds[i % 3]}"} for i in range(40)]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    env = {**os.environ, "KG_STORE": str(tmp_path / "store"), "KG_BATCH_SIZE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--workers", "2"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    try:
        _wait_for_progress(proc, 3, timeout=120)
        workers = psutil.Process(proc.pid).children()
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert len(workers) == 2, workers
    _, alive = psutil.wait_procs(workers, timeout=15)
    assert not alive, "workers outlived the killed ingest"

    killed = GraphStore(tmp_path / "store")
    graphs = set(killed.named_graphs())
    assert 3 <= len(graphs) < 40, f"the kill should land halfway, not after {len(graphs)} articles"
    minter = Minter(settings.base_iri)
    written = tmp_path / "written.jsonl"  # the same articles, ingested whole, in one process
    written.write_text("".join(json.dumps(r) + "\n" for r in records
                               if str(minter.graph(minter.article_id(r["text"]))) in graphs), encoding="utf-8")
    whole = GraphStore(None)
    ingest([written], whole, settings, progress=False)
    assert quads(killed) == quads(whole), "an article graph is not whole"
