"""What the extraction components write into a ``Doc`` (``doc._.sg_relations``, ``doc._.sg_stances``).

They hold spaCy spans (the evidence sentence); :mod:`kg.nlp.extract` turns them into the frozen
records of :mod:`kg.model` before anything leaves the nlp package.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

Doc.set_extension("sg_relations", default=None, force=True)
Doc.set_extension("sg_stances", default=None, force=True)


@dataclass(frozen=True)
class RelationHit:
    subject: str  # entity key
    predicate: str
    object: str
    sentence: Span
    confidence: float
    rule: str


@dataclass(frozen=True)
class StanceHit:
    holder: str
    polarity: str  # "Support" | "Oppose"
    target: Span
    sentence: Span
    confidence: float
    rule: str
    target_entities: tuple[str, ...] = ()
    stated_by: str | None = None
