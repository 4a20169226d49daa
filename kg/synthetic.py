"""Synthetic extraction results, for tests and benchmarks that need a graph bigger than the seeds.

Deterministic (seeded) and shaped like real extractions: each article names about a dozen
entities drawn, with a popularity skew, from a pool that grows with the number of articles, and
states about ten relations among them, each well-typed (a ``leaderOf`` subject is a person, a
``locatedIn`` pair are places), plus a stance. Records are the real :mod:`kg.model` dataclasses,
so the graphs come out of :class:`kg.rdf.GraphBuilder` exactly like ingested ones.
"""
from __future__ import annotations

import random
from collections.abc import Iterator

from kg.model import Article, Entity, Evidence, Extraction, Relation, Stance
from kg.rdf import GraphBuilder
from kg.store import GraphStore
from kg.vocab import Minter

TYPES = ("Person", "Organisation", "Country", "Place")
# predicate -> (subject types, object types), following the ontology's domains and ranges
SIGNATURES = {
    "spokespersonFor": (("Person",), ("Organisation", "Country")),
    "leaderOf": (("Person",), ("Organisation", "Country")),
    "memberOf": (("Person",), ("Organisation", "Country")),
    "mediates": (("Country", "Organisation"), ("Country", "Organisation")),
    "negotiatesWith": (("Country", "Organisation", "Person"), ("Country", "Organisation")),
    "opposes": (("Country", "Organisation", "Person"), ("Country", "Organisation", "Person")),
    "supports": (("Country", "Organisation", "Person"), ("Country", "Organisation", "Person")),
    "attacks": (("Country", "Organisation"), ("Country", "Organisation", "Place")),
    "locatedIn": (("Place",), ("Place", "Country")),
}
WEIGHTS = (3, 3, 3, 1, 2, 2, 2, 1, 2)  # how often each predicate occurs, in SIGNATURES order


def pool_size(articles: int) -> int:
    """Distinct entities behind ``articles`` articles: grows with the corpus, sub-linearly."""
    return 40 + 4 * int(articles ** 0.85)


def parent_place(index: int) -> int:
    """Places form a hierarchy, as in the world: the k-th place lies in the (k // 3)-th place, and
    the first three in countries. ``locatedIn`` is stated only along it (no cycles)."""
    k = index // 4
    return 4 * (k // 3) + 3 if k >= 3 else 4 * k + 2


def _entity(index: int) -> Entity:
    kind = TYPES[index % 4]
    name = f"{kind} {index}"
    return Entity(key=f"{kind.lower()}/synthetic-{index}", type=kind, label=name,
                  aliases=frozenset({name}))


def synthetic_extractions(articles: int, seed: int = 0, entities_per_article: int = 12,
                          relations_per_article: int = 10) -> Iterator[Extraction]:
    """``articles`` extractions over a shared, growing entity pool (see the module doc)."""
    rng = random.Random(seed)
    size = pool_size(articles)
    pool = [_entity(i) for i in range(size)]
    popularity = [1.0 / (rank + 1) ** 0.8 for rank in range(size)]  # a Zipf-like skew
    predicates = list(SIGNATURES)
    for number in range(articles):
        named = {e.key: e for e in rng.choices(pool, weights=popularity, k=entities_per_article)}
        by_type: dict[str, list[Entity]] = {t: [] for t in TYPES}
        for entity in named.values():
            by_type[entity.type].append(entity)
        sentences, relations = [], []
        offset = len(f"Synthetic article {number}.\n")
        for _ in range(relations_per_article):
            predicate = rng.choices(predicates, weights=WEIGHTS)[0]
            subjects, objects = SIGNATURES[predicate]
            candidates_s = [e for t in subjects for e in by_type[t]]
            candidates_o = [e for t in objects for e in by_type[t]]
            if not candidates_s or not candidates_o:
                continue
            s, o = rng.choice(candidates_s), rng.choice(candidates_o)
            if predicate == "locatedIn":  # the place's parent, named by the article too
                o = pool[parent_place(int(s.key.rsplit("-", 1)[1]))]
                named.setdefault(o.key, o)
            if s.key == o.key:
                continue
            sentence = f"{s.label} {predicate} {o.label}."
            evidence = Evidence(sentence, offset, offset + len(sentence))
            offset += len(sentence) + 1
            sentences.append(sentence)
            relations.append(Relation(s.key, predicate, o.key, evidence,
                                      round(rng.uniform(0.5, 1.0), 2), rule="synthetic"))
        stances = []
        actors = [e for e in named.values() if e.type != "Place"]
        if actors:
            sentence = f"{actors[0].label} opposes the plan."
            stances.append(Stance(actors[0].key, "Oppose", "the plan",
                                  Evidence(sentence, offset, offset + len(sentence)), 0.7))
            sentences.append(sentence)
        text = f"Synthetic article {number}.\n" + " ".join(sentences)
        article = Article(identifier=f"synthetic-{number:06d}.txt", text=text)
        yield Extraction(article, tuple(named.values()), (), tuple(relations), tuple(stances))


def write_synthetic(store: GraphStore, articles: int, seed: int = 0,
                    minter: Minter | None = None) -> int:
    """Build ``articles`` synthetic article graphs with GraphBuilder and load them; the count of
    triples loaded. One bulk load, not one transaction per article: for benchmarks and tests."""
    minter = minter or Minter()
    builder = GraphBuilder(minter)
    chunks = []
    for extraction in synthetic_extractions(articles, seed):
        graph_iri = minter.graph(minter.article_id(extraction.article.text))
        lines = builder.ntriples(extraction).decode("utf-8").splitlines()
        chunks.extend(f"{line[:-1]}<{graph_iri}> ." for line in lines if line.strip())
    store.load_nquads("\n".join(chunks).encode("utf-8"))
    return len(chunks)
