"""The bridge out of spaCy: a processed ``Doc`` -> a frozen :class:`kg.model.Extraction`.

Nothing after this module sees a spaCy object (DESIGN.md section 3, rule 5).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import Article, Entity, Evidence, Extraction, Mention, Relation, Stance


def evidence_of(sentence: Span) -> Evidence:
    text = sentence.text.strip()
    start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
    return Evidence(text, start, start + len(text))


def doc_to_extraction(article: Article, doc: Doc) -> Extraction:
    aliases: dict[str, set[str]] = defaultdict(set)
    mentions = []
    for span in doc.spans["sg_actors"]:
        surface = " ".join(span.text.split())
        aliases[span.kb_id_].add(surface)
        mentions.append(Mention(span.kb_id_, surface, span.start_char, span.end_char))
    for key, forms in (doc._.sg_aliases or {}).items():  # names no actor span covers
        aliases[key] |= {" ".join(form.split()) for form in forms}
    entities = tuple(
        Entity(key, etype, label, frozenset(aliases[key] | {label}), tuple(same_as))
        for key, (etype, label, same_as) in sorted(doc._.sg_entities.items()))
    types = {e.key: e.type for e in entities}
    relations = tuple(
        Relation(hit.subject, hit.predicate, hit.object, evidence_of(hit.sentence), hit.confidence,
                 hit.rule)
        for hit in doc._.sg_relations
        if hit.subject != hit.object and hit.subject in types and hit.object in types)
    stances = tuple(
        Stance(hit.holder, hit.polarity, " ".join(hit.target.text.split()), evidence_of(hit.sentence),
               hit.confidence, tuple(k for k in hit.target_entities if k in types),
               hit.stated_by if hit.stated_by in types else None)
        for hit in doc._.sg_stances or () if hit.holder in types)
    return Extraction(article, entities, tuple(mentions), relations, stances)


# What a rule may raise on a parse it was not written for: the article is reported, not the batch lost.
RULE_ERRORS = (IndexError, KeyError, ValueError, TypeError, AttributeError, RecursionError)


@dataclass(frozen=True)
class ExtractionFailure:
    """An article the pipeline could not process; ``reason`` names the error."""

    article: Article
    reason: str


def extract(nlp: Language, articles: Iterable[Article], batch_size: int = 16
            ) -> Iterator[Extraction | ExtractionFailure]:
    """Run the pipeline over ``articles`` lazily, one result per article, in order.

    Batches go through ``nlp.pipe``; when a batch fails, its articles are run one by one so that
    only the article that breaks a rule is reported as an :class:`ExtractionFailure`.
    """
    for batch in batches(articles, batch_size):
        try:
            docs = list(nlp.pipe([a.text for a in batch], batch_size=batch_size))
        except RULE_ERRORS:
            yield from (_one(nlp, article) for article in batch)
            continue
        for doc, article in zip(docs, batch):
            yield _convert(article, lambda doc=doc: doc)


def _one(nlp: Language, article: Article) -> Extraction | ExtractionFailure:
    return _convert(article, lambda: nlp(article.text))


def _convert(article: Article, make_doc) -> Extraction | ExtractionFailure:
    try:
        return doc_to_extraction(article, make_doc())
    except RULE_ERRORS as exc:
        return ExtractionFailure(article, f"extraction failed ({type(exc).__name__}: {exc}); "
                                          "please report it with the article")


def batches(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily: sources are streamed."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
