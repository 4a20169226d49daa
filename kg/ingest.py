"""Ingest: sources -> spaCy -> extraction -> triples -> one named graph per article.

Each article is written on its own with :meth:`GraphStore.replace_graph` (one transaction), so an
ingest killed at any point leaves every finished article whole and no half article, and ingesting
the same text again rewrites the same graph: the store does not change.

``workers > 1`` runs the pipeline in worker processes (:mod:`kg.ingest_workers`); this process
reads the sources and is the only writer, in input order. Memory does not grow with the corpus:
sources are streamed, an article is kept only as a :class:`~kg.sources.SourceRef` plus the lone
names it looked up, and only while a later name could change it; and the store is flushed every
``FLUSH_EVERY`` triples. (Oxigraph's RocksDB keeps writes in per-index memtables until they fill:
unflushed, the writer grew from 0.6 to 1.6 GiB over 0.6 to 3 M triples here; flushed, it stayed
near 200 MiB, no slower.)

People: a surname used alone ("Ruto") is linked to a full name known to the store or met in this
ingest ("William Ruto") when that full name is unique. Each article's first pass uses the names
known when it ran; an article is run again at the end when a lone name it looked up would now
get another answer. So every article ends up linked with all the names of the store and of the
batch, whatever the order of the articles and however many workers ran them: ``--workers 2``
writes the same graphs as ``--workers 1``. (Before, an article kept the answer it got at the
time, even when a later namesake made a surname ambiguous.)
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from dataclasses import dataclass, field, replace
from math import ceil

from tqdm import tqdm

from kg.config import Settings
from kg.ingest_workers import InProcess, Outcome, RecordingIndex, WorkerPool
from kg.ingest_writer import Writer
from kg.nlp.extract import batches
from kg.sources import Located, Skipped, SourceError, SourceRef, count_sources, iter_located, read_located
from kg.store import GraphStore, load_sparql
from kg.vocab import Minter

FLUSH_EVERY = 100_000  # triples written between store flushes (bounds the store's write buffers)


@dataclass
class IngestReport:
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    triples_before: int = 0
    triples_after: int = 0
    relinked: int = 0  # articles run again because a later full name changed a lone name's link
    workers: int = 1


def worker_count(workers: int) -> int:
    """``0`` means one per CPU."""
    return workers if workers > 0 else os.cpu_count() or 1


def ingest(paths: Iterable[str | os.PathLike], store: GraphStore, settings: Settings,
           progress: bool = True, on_skip: Callable[[Skipped], None] | None = None,
           workers: int = 1) -> IngestReport:
    """Ingest every article under ``paths`` into ``store``; bad sources are reported, not fatal."""
    paths = list(paths)
    minter = Minter(settings.base_iri)
    report = IngestReport(triples_before=len(store))
    total = count_sources(paths)
    # no more processes than batches: a few files are not worth starting workers for
    report.workers = max(1, min(worker_count(workers), ceil(total / settings.batch_size)))
    people = RecordingIndex(row["label"] for row in store.select(load_sparql("person_names")))
    relink: dict[str, tuple[SourceRef, tuple]] = {}  # article id -> where to re-read it, lookups
    unflushed = 0

    def skip(item: Skipped) -> None:
        report.skipped.append(item)
        if on_skip:
            on_skip(item)

    def readable() -> Iterator[Located]:
        for item in iter_located(paths):
            if isinstance(item, Skipped):
                skip(item)
                writer.put(item)  # the writer thread alone moves the bar
            else:
                yield item

    def commit(outcome: Outcome | Skipped) -> None:  # in the writer thread
        nonlocal unflushed
        if isinstance(outcome, Outcome) and outcome.failure is None:
            store.replace_graph(minter.graph(outcome.article_id), outcome.ntriples)
            unflushed += outcome.ntriples.count(b"\n")
            if unflushed >= FLUSH_EVERY:
                store.flush()
                unflushed = 0
        if not getattr(outcome, "redo", False):
            bar.update(1)  # after the commit: the bar counts articles that are in the store

    def note(outcome: Outcome) -> None:  # what later articles need: in this thread, at once
        for name in outcome.people:
            people.add(name)
        if outcome.lookups:
            relink[outcome.article_id] = (outcome.ref, outcome.lookups)
        else:  # the same text from a later source, needing no names
            relink.pop(outcome.article_id, None)

    engine = (WorkerPool(settings, people, report.workers) if report.workers > 1
              else InProcess(settings, people))
    with tqdm(total=total, unit="article", desc="ingest", disable=not progress,
              dynamic_ncols=True) as bar, engine, Writer(commit) as writer:
        for outcome in chain.from_iterable(engine.run(batches(readable(), settings.batch_size))):
            if outcome.failure is not None:
                skip(Skipped(outcome.identifier, outcome.failure))
            else:
                note(outcome)
                report.articles += 1
            writer.put(outcome)
        # A lone name met before the full name that settles it: redo those articles now.
        redo = [(ref, aid) for aid, (ref, lookups) in relink.items() if people.answers_differ(lookups)]
        relink.clear()
        for outcome in chain.from_iterable(engine.run(batches(_reread(redo), settings.batch_size))):
            if outcome.failure is None:  # else the first version stays
                writer.put(replace(outcome, redo=True))
                report.relinked += 1
    store.flush()
    report.triples_after = len(store)
    return report


def _reread(refs: list[tuple[SourceRef, str]]) -> Iterator[Located]:
    """The articles at ``refs`` again, each only if its text is still the one ingested."""
    for ref, article_id in refs:
        try:
            article = read_located(ref)
        except (SourceError, OSError):
            continue  # the source changed during the ingest: the first version stays
        if Minter().article_id(article.text) == article_id:
            yield Located(ref, article)
