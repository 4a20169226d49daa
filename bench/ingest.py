"""Ingest speed and memory against plain spaCy on the same texts, measured in the same run.

    python bench/ingest.py --articles 1000 --workers 1 2 [--rss-sizes 1000 10000] [--reason]

Corpus: ``bench/corpus.py`` (seeded, cached in ``bench/data/``). Every run is a fresh process,
timed from start to exit (Python start-up and model load included on both sides), with the peak
RSS of its process tree (the sum over the process and its workers, polled with psutil; forked
workers share the model's pages, which RSS counts once per process):

* baseline:  ``spacy.load(model)`` + ``nlp.pipe`` over the same texts, same batch size: the
             trained model alone, no extraction, no RDF, no store;
* ingest:    ``kg ingest --workers N`` into a fresh on-disk store, for each N of ``--workers``;
* memory:    the same ingest at each size of ``--rss-sizes`` (``--workers`` max), for the ratio
             of peak RSS between the largest and the smallest corpus;
* ``--reason``: ``kg reason`` on the largest store (and ``kg stats``), to show it works at size.

Targets (issue 5): ingest at most 1.25x the baseline's time; ``--workers 2`` at least 1.6x faster
than ``--workers 1`` on 2 cores; peak RSS at 10,000 articles within 1.5x of 1,000. The results
go to the ``ingest`` section of ``bench/RESULTS.md`` (via ``bench/results.py``; the rest is kept).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # bench/corpus.py, found through sys.path above
from results import RESULTS, machine_line, write_section  # bench/results.py

TARGET_RATIO, TARGET_SPEEDUP, TARGET_RSS = 1.25, 1.6, 1.5


def baseline_main(path: str, model: str, batch_size: int) -> None:
    """The baseline process: load the plain model, pipe the corpus's texts, print timings."""
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(model, exclude=["senter"])
    loaded = time.perf_counter()
    words = 0

    def texts():
        nonlocal words
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    text = json.loads(line)["text"]
                    words += len(text.split())
                    yield text

    for _ in nlp.pipe(texts(), batch_size=batch_size):
        pass
    done = time.perf_counter()
    print(json.dumps({"load": loaded - t0, "pipe": done - loaded, "words": words}))


def run_measured(cmd: list[str], env: dict) -> dict:
    """Run ``cmd``; wall time, peak RSS of its process tree, output."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = peak_main = 0
    cpu: dict[int, float] = {}  # pid -> user + system seconds, as last seen
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            rss = [p.memory_info().rss for p in tree]
            peak, peak_main = max(peak, sum(rss)), max(peak_main, rss[0])
            for p in tree:
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.1)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return {"wall": wall, "rss": peak, "rss_main": peak_main, "out": out, "err": err,
            "cpu": sum(cpu.values()), "cpu_main": cpu.get(proc.pid, 0.0)}


def clean_env(batch_size: int) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env["KG_BATCH_SIZE"] = str(batch_size)
    return env


def ingest_run(path: Path, workers: int, env: dict, keep: Path | None = None) -> dict:
    store = keep or Path(tempfile.mkdtemp(prefix="kg-bench-ingest-")) / "store"
    try:
        result = run_measured([sys.executable, "-m", "kg.cli", "ingest", str(path), "--store", str(store),
                               "-q", "--workers", str(workers)], env)
    finally:
        if keep is None:
            shutil.rmtree(store.parent, ignore_errors=True)
    found = re.search(r"ingested (\d+) article.*?(\d+) -> (\d+) triples", result["err"])
    result["articles"], result["triples"] = (int(found[1]), int(found[3])) if found else (0, 0)
    redone = re.search(r"\((\d+) redone", result["err"])
    result["redone"] = int(redone[1]) if redone else 0
    print(f"  {path.name} --workers {workers}: {result['wall']:.1f} s, CPU {result['cpu']:.0f} s "
          f"(main {result['cpu_main']:.0f} s), peak RSS {mib(result['rss'])} (main {mib(result['rss_main'])}), "
          f"{result['triples']:,} triples, {result['redone']} redone", file=sys.stderr, flush=True)
    return result


def mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def previous_memory() -> str:
    """The memory part of the section as last written: a run without --rss-sizes keeps it."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    found = re.search(r"<!-- ingest:start -->.*?(### Memory.*?)<!-- ingest:end -->", text, re.DOTALL)
    return found[1].strip() if found else ""


def main() -> None:
    from kg.config import DEFAULT_MODEL

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rss-sizes", type=int, nargs="*", default=[])
    parser.add_argument("--reason", action="store_true", help="kg reason + kg stats on the largest store")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    parser.add_argument("--baseline", metavar="JSONL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        return baseline_main(args.baseline, args.model, args.batch_size)

    env = clean_env(args.batch_size)
    load_before = os.getloadavg()[0]

    def corpus_file(n: int) -> Path:
        path = corpus.DEFAULT_CACHE / f"corpus-{n}-s{args.seed}.jsonl"
        if not path.exists():
            print(f"generating {path} ...", file=sys.stderr)
            corpus.write_corpus(path, n, args.seed, args.model)
        return path

    path = corpus_file(args.articles)
    print(f"baseline: plain {args.model} over {path.name} ...", file=sys.stderr)
    base = run_measured([sys.executable, __file__, "--baseline", str(path), "--model", args.model,
                         "--batch-size", str(args.batch_size)], env)
    inner = json.loads(base["out"])
    print(f"  baseline: {base['wall']:.1f} s, CPU {base['cpu']:.0f} s, peak RSS {mib(base['rss'])}",
          file=sys.stderr, flush=True)
    words = inner["words"]
    runs = {}
    for workers in args.workers:
        print(f"kg ingest --workers {workers} ...", file=sys.stderr)
        runs[workers] = ingest_run(path, workers, env)
    command = (f"`python bench/ingest.py --articles {args.articles} --workers {' '.join(map(str, args.workers))}"
               + (f" --rss-sizes {' '.join(map(str, args.rss_sizes))}" if args.rss_sizes else "")
               + (" --reason" if args.reason else "") + "`")
    lines = ["## Ingest: `kg ingest` against plain spaCy", "", f"### Speed ({command})", "",
             f"{machine_line()} Load average at the start: {load_before:.1f}.",
             (f"Corpus: `bench/corpus.py` seed {args.seed}, {args.articles:,} articles, {words:,} words; "
              f"batch size {args.batch_size}."), "",
             ("| run | wall | words/s | time / baseline | CPU (tree) | cores used | peak RSS (tree) "
              "| peak RSS (main) | triples | redone |"),
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
             (f"| baseline: `spacy.load` + `nlp.pipe` | {base['wall']:.1f} s | {words / base['wall']:,.0f} "
              f"| 1.00 | {base['cpu']:.0f} s | {base['cpu'] / base['wall']:.2f} | {mib(base['rss'])} "
              f"| {mib(base['rss_main'])} | | |")]
    for workers, run in runs.items():
        lines.append(f"| `kg ingest --workers {workers}` | {run['wall']:.1f} s | {words / run['wall']:,.0f} "
                     f"| {run['wall'] / base['wall']:.2f} | {run['cpu']:.0f} s (main {run['cpu_main']:.0f} s) "
                     f"| {run['cpu'] / run['wall']:.2f} | {mib(run['rss'])} | {mib(run['rss_main'])} "
                     f"| {run['triples']:,} | {run['redone']} |")
    lines += ["", ("redone: articles run a second time because a full name met later changed the link "
                   "of a surname they use alone (see kg/ingest.py)."),
              "", (f"Baseline inside its process: model load {inner['load']:.1f} s, `nlp.pipe` "
                   f"{inner['pipe']:.1f} s ({words / inner['pipe']:,.0f} words/s)."), "", "Targets:", ""]
    if 1 in runs:
        ratio = runs[1]["wall"] / base["wall"]
        lines.append(f"* ingest `--workers 1` / plain spaCy: {ratio:.2f} (target <= {TARGET_RATIO}): "
                     f"{verdict(ratio <= TARGET_RATIO)}; in CPU time {runs[1]['cpu'] / base['cpu']:.2f}")
    if 1 in runs and 2 in runs:
        speedup = runs[1]["wall"] / runs[2]["wall"]
        one, two = runs[1], runs[2]
        bound = one["cpu"] / max(two["cpu"] / 2, two["cpu_main"])
        lines.append(f"* `--workers 2` speed-up over `--workers 1`: {speedup:.2f}x (target >= {TARGET_SPEEDUP}, "
                     f"{os.cpu_count()} cores): {verdict(speedup >= TARGET_SPEEDUP)}; the runs had "
                     f"{one['cpu'] / one['wall']:.2f} and {two['cpu'] / two['wall']:.2f} cores; with two "
                     f"free cores their CPU times would allow {bound:.2f}x (the tree's CPU time spread over "
                     f"both cores, or the main process's alone if longer)")
    lines.append(f"\nLoad average at the end: {os.getloadavg()[0]:.1f} (2 cores shared with other work: "
                 "timings are noisy, ratios less so).")
    largest_store = None
    memory_lines = []
    if args.rss_sizes:
        workers = max(args.workers)
        sizes = sorted(set(args.rss_sizes))
        memory = {}
        for n in sizes:
            if n == args.articles and workers in runs and not (args.reason and n == sizes[-1]):
                memory[n] = runs[workers]
                continue
            keep = None
            if args.reason and n == sizes[-1]:
                largest_store = keep = Path(tempfile.mkdtemp(prefix="kg-bench-ingest-")) / "store"
            print(f"kg ingest --workers {workers}: {n} articles ...", file=sys.stderr)
            memory[n] = ingest_run(corpus_file(n), workers, env, keep)
        memory_lines += [f"### Memory ({command}, `--workers {workers}`)", "", machine_line(), "",
                         "| articles | wall | peak RSS (tree) | peak RSS (main) | triples |",
                         "|---:|---:|---:|---:|---:|"]
        for n, run in memory.items():
            memory_lines.append(f"| {n:,} | {run['wall']:.0f} s | {mib(run['rss'])} | {mib(run['rss_main'])} "
                         f"| {run['triples']:,} |")
        small, large = memory[sizes[0]], memory[sizes[-1]]
        ratio = large["rss"] / small["rss"]
        memory_lines.append("")
        memory_lines.append(f"* peak RSS {sizes[-1]:,} / {sizes[0]:,} articles: {ratio:.2f} (main process "
                     f"{large['rss_main'] / small['rss_main']:.2f}; target <= {TARGET_RSS}): "
                     f"{verdict(ratio <= TARGET_RSS)}")
    if largest_store is not None:
        reason = run_measured([sys.executable, "-m", "kg.cli", "reason", "--store", str(largest_store)], env)
        stats = run_measured([sys.executable, "-m", "kg.cli", "stats", "--store", str(largest_store)], env)
        memory_lines += ["", (f"`kg reason` on the {sizes[-1]:,}-article store: {reason['wall']:.0f} s, peak RSS "
                       f"{mib(reason['rss'])}: {reason['err'].strip().splitlines()[-1]}"),
                         f"`kg stats` after it: {stats['wall']:.1f} s.", "", "```",
                         *stats["out"].strip().splitlines()[:12], "```"]
        shutil.rmtree(largest_store.parent, ignore_errors=True)
    memory_part = "\n".join(memory_lines) or previous_memory()
    report = "\n".join(lines) + (f"\n\n{memory_part}" if memory_part else "")
    print(report)
    if not args.no_write:
        write_section("ingest", report)
        print(f"\nupdated {RESULTS.relative_to(HERE.parent)}", file=sys.stderr)


if __name__ == "__main__":
    main()
