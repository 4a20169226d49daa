"""Benchmark our web endpoint against the Oxigraph server: pages and `queries/*.rq` under load.

    python bench/endpoint.py --articles 10000 --seconds 20 [--store DIR] [--results PATH]

The graph of bench/store.py (synthetic articles, reasoned; or --store). Two servers on 127.0.0.1:

* ours:     `kg serve` (waitress, 8 threads, KG_SPARQL_WORKERS query processes: kg's default, or
            --sparql-workers) over the store, with KG_QUERY_TIMEOUT = --cap and a row limit
            above any answer, so both servers return the same, whole answers;
* baseline: the `oxigraph` CLI's server, loaded with the same N-Quads export, union default
            graph, --timeout-s = --cap.

Jobs: each `queries/*.rq` (parameters bound as in bench/store.py) POSTed to our /sparql and to
the server's /query; and pages: the home page, entity pages for a seeded sample of --pages
entities, two article pages (one naming the most mentioned entity): on ours, GET the page (HTML);
on the baseline, *the page's SPARQL*: the queries our page runs (kg/web/queries; for an entity:
the resource, its facts, the evidence of each shown fact, stances, inferences and their labels,
contradictions, articles, the JSON-LD twin), one after another on one keep-alive connection.
So the page ratio is "our page / the data it needs from Oxigraph".

First every job runs once on each server (the probe: cold, the first request of each page, before
our server keeps its answers, kg.web.cache). Jobs slower than --max-job-seconds there,
or failing, are reported from the probe alone: a handful of minute-long requests would otherwise
fill the bounded time (a page past the timeout also keeps one of our request threads busy, so
our server is restarted after one). The others are load-tested, the queries and the pages apart:
a second process (the load generator) runs --concurrency clients (default 1 and 8) for
--seconds per server, each on its own keep-alive connection, each taking next the job that has
had the least time so far (every job gets about the same share of the time: fast ones many
samples). Reported: requests/s, and per job p50/p99 and the ratio of our p50 to Oxigraph's,
with the target ours <= 1.5x for every query (PASS/MISS).
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import write_run
from servers import Client, OurServer, OxigraphServer
from support import (article_sample, build_graph, describe_parameters, install_sigterm, mention_ranking,
                     ms, page_replay, parameters, percentile, ready_queries)

TARGET = 1.5
GROUPS = {"queries": "query", "pages": "page"}  # load-tested apart, in this order
ROW_LIMIT = 100_000_000


def run_job(client: Client, server: str, path: str, job: dict) -> int:
    if job["kind"] == "query":
        return client.sparql(path, job["text"])[0]
    return (client.request("GET", job["url"], headers={"Accept": "text/html"})[0] if server == "ours"
            else page_replay(client, path, job["iri"], client.timeout))


def timed_job(client: Client, server: str, path: str, job: dict) -> tuple[float, str]:
    """(seconds, "" or what went wrong)."""
    started = time.perf_counter()
    try:
        status = run_job(client, server, path, job)
        error = "" if status == 200 else f"HTTP {status}"
    except (OSError, RuntimeError, ValueError) as exc:  # a timeout or a reset is a failed request
        client.close()
        error = type(exc).__name__
    return time.perf_counter() - started, error


# -- the load generator: a second process ------------------------------------------------------
def _load_main(base: str, server: str, path: str, jobs: list[dict], clients: int, seconds: float,
               timeout: float, conn) -> None:
    """Each client takes the job that has had the least time so far (counting the expected time
    of the runs under way), so every job gets about the same share of the time: fast jobs many
    samples, slow ones a few, and no single slow job fills the run."""
    samples: list[tuple[int, float, str]] = []
    spent = [0.0] * len(jobs)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client_loop() -> None:
        client = Client(base, timeout=timeout)
        while time.monotonic() < deadline:
            with lock:
                index = min(range(len(jobs)), key=spent.__getitem__)
                spent[index] += jobs[index]["expected"]
            seconds_, error = timed_job(client, server, path, jobs[index])
            with lock:
                spent[index] += seconds_ - jobs[index]["expected"]
                samples.append((index, seconds_, error))
        client.close()

    started = time.monotonic()
    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    conn.send((samples, time.monotonic() - started))


def generate_load(base: str, server: str, path: str, jobs: list[dict], clients: int, seconds: float,
                  timeout: float) -> tuple[list, float]:
    context = multiprocessing.get_context("spawn")
    mine, theirs = context.Pipe()
    process = context.Process(target=_load_main, args=(base, server, path, jobs, clients, seconds,
                                                       timeout, theirs), daemon=True)
    process.start()
    theirs.close()
    try:
        if not mine.poll(seconds + timeout + 60):
            raise RuntimeError("the load generator did not finish in time")
        return mine.recv()
    finally:
        if process.is_alive():
            process.kill()
        process.join()


# -- the benchmark -----------------------------------------------------------------------------
def make_jobs(graph, args) -> tuple[list[dict], str]:
    params = parameters(graph.store, args.entity_rank, args.entity)
    jobs = [{"name": f"`{name}`", "kind": "query", "text": text} for name, text in ready_queries(params, args.query)]
    jobs.append({"name": "home page", "kind": "page", "iri": None, "url": "/"})
    ranked = mention_ranking(graph.store)
    for iri, mentions in sorted(random.Random(args.seed).sample(ranked, min(args.pages, len(ranked))),
                                key=lambda e: -e[1]):
        key = iri.split("/id/", 1)[1]
        jobs.append({"name": f"page {key} ({mentions} art.)", "kind": "page", "iri": iri, "url": f"/id/{key}"})
    for iri, note in article_sample(graph.store, ranked[0][0] if ranked else None, args.seed):
        key = iri.split("/id/", 1)[1]
        jobs.append({"name": f"page {key} ({note})", "kind": "page", "iri": iri, "url": f"/id/{key}"})
    return jobs, describe_parameters(params)


def probe(servers: dict, jobs: list[dict], cap: float) -> dict[str, list[tuple[float, str]]]:
    """One run of every job on each server in turn; ours restarted after a page past the cap."""
    out = {name: [] for name in servers}
    clients = {name: Client(server.url, timeout=cap) for name, server in servers.items()}
    for job in jobs:
        print(f"  probe: {job['name']} ...", file=sys.stderr, flush=True)
        for name, server in servers.items():
            seconds, error = timed_job(clients[name], name, server.query_path, job)
            out[name].append((seconds, error))
            if error and name == "ours" and job["kind"] == "page":
                clients[name].close()
                clients[name] = Client(server.restart(), timeout=cap)  # a new port
    for client in clients.values():
        client.close()
    return out


def bench_size(args, articles: int, workdir: Path) -> str:
    graph = build_graph(workdir, articles, args.seed, not args.no_reason, args.store)
    jobs, described = make_jobs(graph, args)
    workers = {"sparql_workers": args.sparql_workers} if args.sparql_workers else {}
    ours = OurServer(graph.store, threads=8, query_timeout=args.cap, row_limit=ROW_LIMIT, **workers)
    baseline = OxigraphServer(workdir / f"server-{articles}", timeout_s=args.cap)
    baseline.load(graph.export)
    with ours, baseline:
        servers = {"ours": ours, "oxigraph": baseline}
        ours.start()
        baseline.start()
        probed = probe(servers, jobs, args.cap)
        fast = [i for i in range(len(jobs))
                if all(not probed[s][i][1] and probed[s][i][0] <= args.max_job_seconds for s in servers)]
        phases = {}
        for group, kind in GROUPS.items():  # apart: a slow page would slow the queries beside it
            members = [i for i in fast if jobs[i]["kind"] == kind]
            for clients in args.concurrency if members else ():
                for name, server in servers.items():
                    print(f"  load {name}: {group}, {clients} clients, {args.seconds:g} s ...",
                          file=sys.stderr, flush=True)
                    mix = [{**jobs[i], "expected": max(probed[s][i][0] for s in servers)} for i in members]
                    samples, elapsed = generate_load(server.url, name, server.query_path, mix, clients,
                                                     args.seconds, args.cap)
                    phases[(group, name, clients)] = ([(members[i], s, e) for i, s, e in samples], elapsed)
                    if name == "ours" and any(e for _, _, e in samples):
                        server.restart()
    lines = [f"Graph: {graph.source}, {graph.quads:,} quads. Parameters: {described}.",
             *[f"Built: {note}." for note in graph.notes], ""]
    return "\n".join(lines + report(args, jobs, probed, fast, phases))


def stats(samples: list, index: int) -> dict | None:
    times = [s for i, s, e in samples if i == index and not e]
    errors = sum(1 for i, _, e in samples if i == index and e)
    if not times and not errors:
        return None
    return {"n": len(times), "errors": errors, "p50": percentile(times, 0.5) if times else None,
            "p99": percentile(times, 0.99) if times else None}


def verdict(ours: float | None, base: float | None, kind: str) -> tuple[str, str]:
    """The ratio of the p50s and, for a query, PASS/MISS against the target (n/a: neither answered)."""
    if ours is None or base is None:
        result = "n/a" if ours is None and base is None else ("MISS" if ours is None else "PASS")
        return "-", result if kind == "query" else ""
    value = ours / base
    return f"{value:.2f}x", ("PASS" if value <= TARGET else "MISS") if kind == "query" else ""


def summary(result: dict) -> tuple[str, str]:
    failed = f", {result['errors']} failed" if result["errors"] else ""
    return f"{ms(result['p50'])} (n={result['n']}{failed})", ms(result["p99"])


def report(args, jobs, probed, loaded, phases) -> list[str]:
    cap = args.cap
    lines = [(f"Probe (one run of each job on each server, the first: cold, our pages' answer cache "
              f"(kg.web.cache) empty for it; jobs over {args.max_job_seconds:g} s or failing are not "
              "load-tested):"), "",
             "| job | ours | oxigraph | ours / oxigraph | target <= 1.5x |", "|---|---|---|---|---|"]
    for i, job in enumerate(jobs):
        cells = []
        for server in ("ours", "oxigraph"):
            seconds, error = probed[server][i]
            cells.append(f"> {cap:g} s ({error})" if error else ms(seconds))
        ours_s = None if probed["ours"][i][1] else probed["ours"][i][0]
        base_s = None if probed["oxigraph"][i][1] else probed["oxigraph"][i][0]
        value, result = verdict(ours_s, base_s, job["kind"])
        lines.append(f"| {job['name']} | {cells[0]} | {cells[1]} | {value} | {result} |")
    for group, kind in GROUPS.items():
        for clients in args.concurrency:
            if (group, "ours", clients) not in phases:
                continue
            members = [i for i in loaded if jobs[i]["kind"] == kind]
            warm = " Ours is warm: each page's answers come from its cache after the probe." if kind == "page" else ""
            lines += ["", (f"Load, {group}: {clients} client(s), {args.seconds:g} s per server, from a second "
                           f"process ({len(members)} jobs, each given about the same share of the time).{warm}"), ""]
            for server in ("ours", "oxigraph"):
                samples, elapsed = phases[(group, server, clients)]
                done = sum(1 for _, _, e in samples if not e)
                lines.append(f"* {server}: {done / elapsed:.1f} {group}/s ({done} done, "
                             f"{len(samples) - done} failed, in {elapsed:.1f} s)")
            head = ["job", "ours p50", "ours p99", "oxigraph p50", "oxigraph p99", "ours / oxigraph p50"]
            head += ["target <= 1.5x"] if kind == "query" else []
            lines += ["", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            for i in members:
                mine = stats(phases[(group, "ours", clients)][0], i)
                theirs = stats(phases[(group, "oxigraph", clients)][0], i)
                if mine is None or theirs is None:
                    continue
                value, result = verdict(mine["p50"], theirs["p50"], kind)
                cells = [jobs[i]["name"], *summary(mine), *summary(theirs), value] + ([result] if kind == "query" else [])
                lines.append("| " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000])
    parser.add_argument("--seconds", type=float, default=20.0, help="load time per server and concurrency")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--store", help="benchmark this store (a `kg ingest` directory) instead")
    parser.add_argument("--no-reason", action="store_true", help="leave out the inferred graph")
    parser.add_argument("--pages", type=int, default=8, help="entity pages in the sample")
    parser.add_argument("--cap", type=float, default=10.0, help="request timeout, both servers")
    parser.add_argument("--max-job-seconds", type=float, default=None,
                        help="jobs slower than this in the probe are not load-tested (default: --seconds / 4)")
    parser.add_argument("--sparql-workers", type=int, default=None,
                        help="KG_SPARQL_WORKERS for our server (default: kg's default)")
    parser.add_argument("--entity-rank", type=int, default=100)
    parser.add_argument("--entity", help="bind ?entity to this IRI instead")
    parser.add_argument("--query", action="append", help="only this query (repeatable)")
    parser.add_argument("--results", default=None, help="results file (default bench/RESULTS.md)")
    args = parser.parse_args(argv)
    if args.max_job_seconds is None:
        args.max_job_seconds = args.seconds / 4
    install_sigterm()
    started = time.perf_counter()
    sizes = [None] if args.store else args.articles
    bodies = []
    workdir = Path(tempfile.mkdtemp(prefix="kg-bench-endpoint-"))
    try:
        for articles in sizes:
            body = bench_size(args, articles or 0, workdir)
            bodies.append(f"### {articles:,} articles\n\n{body}" if articles else body)
            print(bodies[-1], flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    written = write_run("endpoint", "Endpoint: pages and queries/*.rq under load", "endpoint.py", argv,
                        started, bodies, args.results)
    print(f"written to {written}")


if __name__ == "__main__":
    main()
