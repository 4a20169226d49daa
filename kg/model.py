"""The small frozen records that pass between stages (DESIGN.md section 3, rule 5).

Text -> ``Article`` -> spaCy ``Doc`` -> ``Mention``/``Entity``/``Relation``/``Stance`` -> triples.
Only ``kg.nlp`` touches spaCy objects; everything downstream sees these dataclasses.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("Person", "Organisation", "Country", "Place")


@dataclass(frozen=True)
class Article:
    """One news text as read from a source file or a JSON-lines record."""

    identifier: str  # the file name, or the ``id`` of a JSON-lines record
    text: str  # the body; the headline, when there is one, is its first line
    title: str | None = None
    date: str | None = None  # ISO 8601 date (or date-time) when the source gives one
    url: str | None = None
    source: str | None = None  # publisher or data set


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, with character offsets into ``Article.text``."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A real-world entity, identified across articles by ``key`` (type + slug)."""

    key: str  # e.g. "person/john-kirby", "country/united-states"
    type: str  # one of ENTITY_TYPES
    label: str  # the canonical name, the same in every article
    aliases: frozenset[str] = frozenset()  # every surface form seen in this article
    same_as: tuple[str, ...] = ()  # public identifiers (GeoNames, ...) known offline


@dataclass(frozen=True)
class Mention:
    """One place in the text where an entity is named."""

    entity_key: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Relation:
    """A relation of the closed set (DESIGN.md section 1), as stated by one sentence."""

    subject: str  # entity key
    predicate: str  # local name in the sg: namespace, e.g. "spokespersonFor"
    object: str  # entity key
    evidence: Evidence
    confidence: float
    rule: str = ""  # which pattern family produced it, for debugging and explanations


@dataclass(frozen=True)
class Stance:
    """An actor's position on a target, as stated by one sentence."""

    holder: str  # entity key
    polarity: str  # "Support" or "Oppose"
    target: str  # the text span the holder takes a position on
    evidence: Evidence
    confidence: float
    target_entities: tuple[str, ...] = ()
    stated_by: str | None = None  # entity key of the person who voiced it, if any


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    stances: tuple[Stance, ...] = field(default_factory=tuple)
