"""The ingest's writer thread: order, failures raised in the ingesting thread, nothing after one."""
from __future__ import annotations

import threading

import pytest

from kg.ingest_writer import Writer


def test_ingest_writer_commits_every_item_in_order_in_another_thread():
    seen, threads = [], set()

    def commit(item):
        seen.append(item)
        threads.add(threading.current_thread().name)

    with Writer(commit, depth=2) as writer:  # a small queue: put() must wait, not drop
        for i in range(50):
            writer.put(i)
    assert seen == list(range(50))
    assert threads == {"kg-ingest-writer"}


def test_ingest_writer_failure_is_raised_and_nothing_after_it_is_written():
    seen = []
    started = threading.Event()

    def commit(item):
        if item == 3:
            started.set()
            raise OSError("disk full")
        seen.append(item)

    with pytest.raises(OSError, match="disk full"):
        with Writer(commit, depth=1) as writer:
            for i in range(20):
                writer.put(i)
                if i == 3:
                    started.wait(5)
    assert seen == [0, 1, 2]


def test_ingest_writer_store_failure_stops_the_ingest(tmp_path, store, settings, monkeypatch):
    from kg.ingest import ingest
    from kg.store import StoreError

    calls = []

    def failing(graph, triples):
        calls.append(graph)
        raise StoreError("the SPARQL server went away")

    monkeypatch.setattr(store, "replace_graph", failing)
    for i, country in enumerate(["Kenya", "Ghana", "Chad"]):
        (tmp_path / f"{i}.txt").write_text(f"{country} rejected the proposal on Monday.")
    with pytest.raises(StoreError, match="went away"):
        ingest([tmp_path], store, settings, progress=False)
    assert len(calls) == 1, "nothing is written after the first failed write"
