"""Where ingest runs the pipeline: in the calling process, or in worker processes.

Both engines run the same :func:`process_batch` (spaCy + extraction + the article's triples as
N-Triples text) and yield each batch's :class:`Outcome` records in input order; the calling
process stays the single writer to the store.

Workers are started with ``fork`` where the platform has it: they share the pipeline the parent
has loaded (copy-on-write) and start at once, where ``spawn`` would load the model again in
each. A worker never touches the store, and ignores SIGINT (the parent stops it); one that dies
or raises ends the ingest with an error instead of a hang, and one whose parent is gone exits.

People (see :mod:`kg.nlp.people`): each engine runs with a :class:`RecordingIndex`, which notes
every lone name the pipeline looked up and the answer it got. A worker starts with the names
known at the start and is sent the names found since with each batch; whatever it knew, the
recorded answers let ingest redo exactly the articles a later name changes (see kg.ingest).
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from kg.config import Settings
from kg.nlp.extract import ExtractionFailure, extract
from kg.nlp.people import PersonIndex
from kg.nlp.pipeline import build_nlp
from kg.rdf import GraphBuilder
from kg.sources import Located, SourceRef
from kg.vocab import Minter

BATCHES_PER_WORKER = 2  # batches queued per worker: enough to keep it busy, few to hold in memory


class WorkerError(RuntimeError):
    """A worker process died or raised an unexpected error."""


class RecordingIndex(PersonIndex):
    """A :class:`PersonIndex` that remembers the order names came in and, per text, the lookups
    made (``install`` tells it which text the pipeline is resolving)."""

    def __init__(self, names: Iterable[str] = ()):
        super().__init__()
        self.names: list[str] = []
        self._known: set[str] = set()
        self.log: dict[str | None, dict[str, str | None]] = {}
        self.text: str | None = None  # the text being resolved; None if not known
        for name in names:
            self.add(name)

    def add(self, full_name: str) -> None:
        if len(full_name.split()) > 1 and full_name not in self._known:
            self._known.add(full_name)
            self.names.append(full_name)
            super().add(full_name)

    def lookup(self, name: str) -> str | None:
        self.log.setdefault(self.text, {})[name] = answer = super().lookup(name)
        return answer

    def lookups(self, text: str) -> tuple[tuple[str, str | None], ...]:
        """The lookups made for ``text`` since the log was cleared."""
        exact = self.log.get(text, {})
        loose = {n: a for n, a in self.log.get(None, {}).items() if n in text}  # see install()
        return tuple(sorted({**loose, **exact}.items(), key=lambda item: item[0]))

    def install(self, nlp) -> Callable[[], None]:
        """Put this index in ``nlp``; returns the function that puts the old one back.

        The resolver's ``resolve(doc)`` is wrapped on the instance so that lookups are logged
        per text. Should it ever be renamed, lookups are logged for the batch and given to each
        article whose text contains the name: more articles are redone, none is missed.
        """
        resolver = nlp.get_pipe("sg_actors").resolver
        saved = resolver.people
        resolve = getattr(resolver, "resolve", None)
        resolver.people = self

        def resolve_logged(doc, *args, **kwargs):
            self.text = doc.text
            try:
                return resolve(doc, *args, **kwargs)
            finally:
                self.text = None

        if resolve is not None:
            resolver.resolve = resolve_logged

        def restore() -> None:
            resolver.people = saved
            resolver.__dict__.pop("resolve", None)
        return restore

    def answers_differ(self, lookups: Iterable[tuple[str, str | None]]) -> bool:
        """Would any of these lookups get another answer now? (Not itself recorded.)"""
        return any(PersonIndex.lookup(self, name) != answer for name, answer in lookups)


@dataclass(frozen=True)
class Outcome:
    """One article through the pipeline: its graph as N-Triples, or why it failed."""

    ref: SourceRef
    identifier: str
    article_id: str = ""
    ntriples: bytes = b""
    failure: str | None = None
    people: tuple[str, ...] = ()  # labels of the people it names
    lookups: tuple[tuple[str, str | None], ...] = ()  # lone names looked up, with the answers
    redo: bool = False  # the second run of an article (see kg.ingest)


def process_batch(nlp, index: RecordingIndex, builder: GraphBuilder, batch: list[Located]) -> list[Outcome]:
    index.log.clear()
    results = list(extract(nlp, [item.article for item in batch], len(batch)))
    outcomes = []
    for item, result in zip(batch, results):
        article = item.article
        if isinstance(result, ExtractionFailure):
            outcomes.append(Outcome(item.ref, article.identifier, failure=result.reason))
            continue
        lookups = index.lookups(article.text)
        outcomes.append(Outcome(
            item.ref, article.identifier, builder.minter.article_id(article.text),
            builder.ntriples(result), None,
            tuple(e.label for e in result.entities if e.type == "Person"), lookups))
    return outcomes


class InProcess:
    """Runs the batches here, with ``index`` in the pipeline for as long as the engine is open."""

    workers = 1

    def __init__(self, settings: Settings, index: RecordingIndex):
        self.nlp = build_nlp(settings.model)
        self.index = index
        self.builder = GraphBuilder(Minter(settings.base_iri))

    def __enter__(self) -> InProcess:
        self._restore = self.index.install(self.nlp)
        return self

    def __exit__(self, *exc) -> None:
        self._restore()  # the cached pipeline is shared: leave it as found

    def run(self, batches: Iterable[list[Located]]) -> Iterator[list[Outcome]]:
        for batch in batches:
            yield process_batch(self.nlp, self.index, self.builder, batch)


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _work(settings: Settings, names: list[str], tasks, results, number: int, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    nlp = build_nlp(settings.model)  # inherited, already loaded, under fork
    index = RecordingIndex(names)
    index.install(nlp)
    builder = GraphBuilder(Minter(settings.base_iri))
    while True:
        if os.getppid() != parent:  # the ingest was killed: do not linger, nor wait to send
            results.cancel_join_thread()
            return
        try:
            task = tasks.get(timeout=1.0)
        except queue.Empty:
            continue
        if task is None:
            return
        batch_no, new_names, batch = task
        for name in new_names:
            index.add(name)
        try:
            results.put((batch_no, number, process_batch(nlp, index, builder, batch), None))
        except BaseException:  # noqa: BLE001 - reported to the parent, which raises WorkerError
            results.put((batch_no, number, None, traceback.format_exc()))
            return


class WorkerPool:
    """``workers`` processes fed batches in turn; the parent sends each the names found since."""

    def __init__(self, settings: Settings, index: RecordingIndex, workers: int):
        build_nlp(settings.model)  # fails here, once, if the model is missing; shared under fork
        self.index, self.workers = index, workers
        context = _context()
        self._results = context.Queue()
        self._tasks = [context.Queue() for _ in range(workers)]
        for tasks in self._tasks:
            tasks.cancel_join_thread()  # never wait at exit on a batch no worker will take
        self._sent = [len(index.names)] * workers
        self._procs = [context.Process(target=_work, name=f"kg-ingest-{i}", daemon=True, args=(
            settings, list(index.names), self._tasks[i], self._results, i, os.getpid()))
            for i in range(workers)]
        for proc in self._procs:
            proc.start()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        for tasks in self._tasks:
            tasks.put(None)
        for proc in self._procs:
            proc.join(timeout=10 if exc_type is None else 0.1)
            if proc.is_alive():
                proc.terminate()
                proc.join()

    def run(self, batches: Iterable[list[Located]]) -> Iterator[list[Outcome]]:
        """Each batch's outcomes, in the order of ``batches``, whichever worker finishes first."""
        batches = iter(batches)
        queued = [0] * self.workers
        done: dict[int, list[Outcome]] = {}
        sent = written = 0
        exhausted = False
        while True:
            while not exhausted and min(queued) < BATCHES_PER_WORKER:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                worker = queued.index(min(queued))
                self._tasks[worker].put((sent, self.index.names[self._sent[worker]:], batch))
                self._sent[worker] = len(self.index.names)
                queued[worker] += 1
                sent += 1
            if exhausted and written == sent:
                return
            batch_no, worker, outcomes, error = self._receive()
            queued[worker] -= 1
            if error is not None:
                raise WorkerError(f"ingest worker {worker} failed:\n{error}")
            done[batch_no] = outcomes
            while written in done:
                yield done.pop(written)
                written += 1

    def _receive(self):
        while True:
            try:
                return self._results.get(timeout=1.0)
            except queue.Empty:
                for proc in self._procs:
                    if proc.exitcode is not None:
                        raise WorkerError(f"ingest worker {proc.name} died (exit status {proc.exitcode}); "
                                          "if it ran out of memory, use fewer --workers") from None
