"""Load on the web app: 8 concurrent clients for 30 s against a real `kg serve` on 127.0.0.1.

    python bench/web_load.py [--store DIR] [--clients 8] [--seconds 30] [--out bench/web_load.json]

Without --store the seed articles are ingested into a temporary store first. Each client loops
(bounded by --seconds) over entity pages, article pages, search, and the ready questions of
queries/ POSTed to /sparql. Prints requests, errors, p50/p99 latency per kind, and each p50 as a
ratio against the named baseline: a static file (/static/style.css) from the same server, which
measures the server and the loopback alone. Loopback only; the server stops at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from web_support import env_for_server, fetch, free_port, start_server  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", default=None)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--url", default=None, help="an already running server to load instead")
    parser.add_argument("--out", default=str(ROOT / "bench" / "web_load.json"))
    args = parser.parse_args()
    store = args.store
    if store is None and args.url is None:
        from kg.config import load_settings
        from kg.ingest import ingest
        from kg.store import open_store
        store = str(Path(tempfile.mkdtemp()) / "store")
        settings = load_settings({"store": store}, environ={})
        writer = open_store(store)
        ingest([ROOT / "seeds"], writer, settings, progress=False)
        del writer
    server = None
    if args.url:
        base = args.url.rstrip("/")
    else:
        port = free_port()
        env = env_for_server({k: v for k, v in os.environ.items() if not k.startswith("KG_")})
        server = start_server(Path(store), env, port)
        base = f"http://127.0.0.1:{port}"
    try:
        entities = [r["url"] for q in ("a", "e", "i", "o") for r in
                    json.loads(fetch(f"{base}/api/search?limit=100&q={q}")[2])["results"]]
        status, _, body = fetch(f"{base}/sparql?query=SELECT%20%3Fa%20%7B%3Fa%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fstancegraph%2Fontology%23Article%3E%7D",
                                headers={"Accept": "application/sparql-results+json"})
        articles = ["/id/" + b["a"]["value"].split("/id/", 1)[1] for b in json.loads(body)["results"]["bindings"]]
        queries = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "queries").glob("*.rq"))]
        jobs = ([("entity", u, None) for u in set(entities)] + [("article", u, None) for u in articles]
                + [("search", f"/api/search?q={q}", None) for q in ("kir", "isr", "ham", "un")]
                + [("sparql", "/sparql", q.encode()) for q in queries]
                + [("baseline", "/static/style.css", None)] * 4)
        results: dict[str, list[float]] = {}
        errors: list[str] = []
        lock = threading.Lock()
        deadline = time.monotonic() + args.seconds

        def client(seed: int) -> None:
            rng = random.Random(seed)
            while time.monotonic() < deadline:
                kind, path, data = rng.choice(jobs)
                headers = {"Content-Type": "application/sparql-query",
                           "Accept": "application/sparql-results+json"} if data else {}
                started = time.perf_counter()
                try:
                    status, _, _ = fetch(base + path, data=data, headers=headers, timeout=60)
                except OSError as exc:  # a timeout or a reset is an error of the run, not a crash
                    status = f"{type(exc).__name__} after {time.perf_counter() - started:.1f} s"
                elapsed = time.perf_counter() - started
                with lock:
                    results.setdefault(kind, []).append(elapsed)
                    if status != 200:
                        errors.append(f"{status} {path}")

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    baseline = statistics.median(results["baseline"])
    report = {"store": args.url or args.store or "the seed articles", "clients": args.clients,
              "seconds": args.seconds, "errors": len(errors),
              "baseline": "GET /static/style.css from the same server", "kinds": {}}
    total = sum(len(v) for v in results.values())
    print(f"{total} requests in {args.seconds:g} s from {args.clients} clients, {len(errors)} errors")
    for kind, times in sorted(results.items()):
        p50, p99 = percentile(times, 0.5), percentile(times, 0.99)
        report["kinds"][kind] = {"requests": len(times), "p50_ms": round(p50 * 1000, 2),
                                 "p99_ms": round(p99 * 1000, 2), "p50_vs_baseline": round(p50 / baseline, 2)}
        print(f"  {kind:<9} {len(times):>6} requests  p50 {p50 * 1000:7.1f} ms  p99 {p99 * 1000:7.1f} ms"
              f"  p50 = {p50 / baseline:5.1f}x baseline")
    if errors:
        print("errors:", *sorted(set(errors))[:10], sep="\n  ")
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
