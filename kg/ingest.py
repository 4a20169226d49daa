"""Ingest: sources -> spaCy -> extraction -> triples -> one named graph per article.

Each article is written on its own with :meth:`GraphStore.replace_graph` (one transaction), so an
ingest killed at any point leaves every finished article whole and no half article, and ingesting
the same text again rewrites the same graph: the store does not change.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from tqdm import tqdm

from kg.config import Settings
from kg.model import Article, Extraction
from kg.nlp.extract import ExtractionFailure, extract
from kg.nlp.pipeline import build_nlp, person_index
from kg.rdf import GraphBuilder
from kg.sources import Skipped, count_sources, iter_articles
from kg.store import GraphStore, load_sparql
from kg.vocab import Minter


@dataclass
class IngestReport:
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    triples_before: int = 0
    triples_after: int = 0


def ingest(paths: Iterable[str | os.PathLike], store: GraphStore, settings: Settings,
           progress: bool = True, on_skip: Callable[[Skipped], None] | None = None) -> IngestReport:
    """Ingest every article under ``paths`` into ``store``; bad sources are reported, not fatal."""
    paths = list(paths)
    nlp = build_nlp(settings.model)
    minter = Minter(settings.base_iri)
    builder = GraphBuilder(minter)
    report = IngestReport(triples_before=len(store))

    def readable() -> Iterator[Article]:
        for item in iter_articles(paths):
            if isinstance(item, Skipped):
                bar.update(1)
                skip(item)
            else:
                yield item

    def skip(item: Skipped) -> None:
        report.skipped.append(item)
        if on_skip:
            on_skip(item)

    people = person_index(nlp)  # the names known to *this* store only
    people.clear()
    for row in store.select(load_sparql("person_names")):
        people.add(row["label"])
    lone_surnames: list[Article] = []

    def write(extraction: Extraction) -> None:
        graph_iri = minter.graph(minter.article_id(extraction.article.text))
        store.replace_graph(graph_iri, builder.build(extraction))
        for entity in extraction.entities:
            if entity.type == "Person":
                people.add(entity.label)
        if any(e.type == "Person" and " " not in e.label for e in extraction.entities):
            lone_surnames.append(extraction.article)

    with tqdm(total=count_sources(paths), unit="article", desc="ingest", disable=not progress,
              dynamic_ncols=True) as bar:
        for result in extract(nlp, readable(), settings.batch_size):
            bar.update(1)
            if isinstance(result, ExtractionFailure):
                skip(Skipped(result.article.identifier, result.reason))
                continue
            write(result)
            report.articles += 1
    # A surname met before its full name was known: redo those articles now that it may be.
    relink = [a for a in lone_surnames if _has_new_link(a, people)]
    for result in extract(nlp, relink, settings.batch_size):
        if not isinstance(result, ExtractionFailure):  # else the first version stays
            write(result)
    store.flush()
    report.triples_after = len(store)
    return report


def _has_new_link(article: Article, people) -> bool:
    return any(people.lookup(word) for word in set(article.text.split()) if word[:1].isupper())
