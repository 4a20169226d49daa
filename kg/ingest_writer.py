"""The ingest's only writer: one thread that commits each article's graph, in input order.

Oxigraph parses and writes an article's N-Triples without holding Python's GIL
(``Store.load``), so with the writes in their own thread the store's work runs on the second
core while spaCy runs on the first: on 2 cores a ``--workers 1`` ingest no longer waits for the
store. The queue is bounded (memory stays flat) and a failed write (a full disk, a SPARQL server
gone away) is raised in the ingesting thread at its next :meth:`Writer.put` or at the end; after a
failure nothing more is written, so the store holds exactly the articles before it, each whole.
"""
from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

Item = TypeVar("Item")
_DONE = object()


class Writer(Generic[Item]):
    """Runs ``commit(item)`` for each :meth:`put` item in a thread of its own, in order."""

    def __init__(self, commit: Callable[[Item], None], depth: int = 32):
        self._commit = commit
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-ingest-writer", daemon=True)

    def __enter__(self) -> Writer[Item]:
        self._thread.start()
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self._queue.put(_DONE)  # the writer ends once what is queued is written
        self._thread.join()
        if exc_type is None:
            self._raise()

    def put(self, item: Item) -> None:
        self._raise()
        self._queue.put(item)  # blocks while the queue is full: the writer always drains it

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (item := self._queue.get()) is not _DONE:
            if self._error is None:  # after a failure, drain the queue but write nothing
                try:
                    self._commit(item)
                except BaseException as exc:  # noqa: BLE001 - re-raised in the ingesting thread
                    self._error = exc
