"""bench/corpus.py: seeded, valid JSON-lines that kg ingest reads, entities substituted."""
from __future__ import annotations

import importlib.util
import json

import pytest

from kg.config import DEFAULT_MODEL
from kg.model import Article
from kg.sources import count_sources, iter_articles

from conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.test_cache = tmp_path_factory.mktemp("templates")
    return module


def generate(corpus, n: int, seed: int) -> list[dict]:
    return list(corpus.generate(n, seed, DEFAULT_MODEL, corpus.test_cache))


def test_bench_corpus_same_seed_same_articles(corpus):
    first = generate(corpus, 12, seed=5)
    assert generate(corpus, 12, seed=5) == first  # the second run reads the cached templates
    assert list(corpus.test_cache.glob("templates-*.json"))
    assert generate(corpus, 12, seed=6) != first


def test_bench_corpus_writes_jsonl_that_ingest_reads(corpus, tmp_path):
    path = corpus.write_corpus(tmp_path / "c.jsonl", 25, 7, DEFAULT_MODEL, corpus.test_cache)
    items = list(iter_articles([path]))
    assert len(items) == count_sources([path]) == 25 and all(isinstance(i, Article) for i in items)
    assert len({a.identifier for a in items}) == 25 and len({a.text for a in items}) == 25
    assert all(a.title and a.date and a.url and a.source for a in items)
    words = [len(a.text.split()) for a in items]
    assert min(words) >= 300 and max(words) <= 1200 and 450 <= sum(words) / len(words) <= 800


def test_bench_corpus_substitutes_people_and_gazetteer_entities(corpus):
    articles = generate(corpus, 20, seed=7)
    seed_text = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    assert "John Kirby" in seed_text and not any("John Kirby" in a["text"] for a in articles)
    gaz = corpus.Gazetteer()
    pool = {" ".join(p) for p in gaz.people(10_000, __import__("random").Random(0))}
    countries = {c["label"] for c in gaz.countries}
    for article in articles:
        text = article["text"]
        assert any(name in text for name in pool), "no generated person named"
        assert any(label in text for label in countries), "no gazetteer country named"
    # the casts differ: no country is named in every article
    assert not any(all(label in a["text"] for a in articles) for label in countries)


def test_bench_corpus_command_line(corpus, tmp_path):
    out = tmp_path / "cli.jsonl"
    corpus.main(["--articles", "3", "--seed", "1", "--output", str(out), "--cache-dir", str(corpus.test_cache)])
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [
        "gen1-000000", "gen1-000001", "gen1-000002"]
