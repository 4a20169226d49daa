"""Benchmark our store against the Oxigraph server and rdflib: load time and each `queries/*.rq`.

    python bench/store.py --articles 10000 [--store DIR] [--rdflib-articles N] [--results PATH]

One graph (see bench/support.py: synthetic articles, reasoned, exported as N-Quads with every
named graph; or a real store with --store), measured in one run by three engines:

* ours:   kg's GraphStore on disk (pyoxigraph, embedded): bulk load of the export
          (GraphStore.load_nquads), then each query with the union of the named graphs as the
          default graph, as kg does; every solution's terms materialised in Python;
* server: the `oxigraph` CLI's server (the baseline), started here on 127.0.0.1 and loaded with
          `oxigraph load` from the same export; queries POSTed to /query with
          --union-default-graph, the answer's JSON read whole (not parsed) over keep-alive HTTP;
* rdflib: rdflib's in-memory Dataset (default_union=True), parsed from the same export; with
          --rdflib-articles N, from the graph of N articles instead (ours is then measured on
          that graph too, so the rdflib ratio compares like with like).

Each query runs once to warm up, then up to --repeat times within --cap seconds; the table gives
the median. A run longer than --cap is stopped (ours: its process is killed; server: its
--timeout-s; rdflib: an alarm) and shown as "> cap". Ratios are ours / baseline: below 1, ours
is faster. The table is printed and written to the `store` section of bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import multiprocessing
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import write_run
from servers import Client, OxigraphServer, accept_for, result_rows
from support import build_graph, describe_parameters, install_sigterm, ms, parameters, ready_queries, timed

from kg.store import GraphStore

GRACE = 5.0  # seconds a child gets past the cap before it is killed


# -- engines in child processes, so that a run past the cap can be stopped ---------------------
def _engine_main(kind: str, source: str, conn) -> None:
    if kind == "ours":
        store, load_s, size = GraphStore(source, read_only=True), 0.0, 0
        run = store.query
    else:
        from rdflib import Dataset
        dataset = Dataset(default_union=True)
        _, load_s = timed(lambda: dataset.parse(source, format="nquads"))
        size = sum(1 for _ in dataset.quads())
        run = dataset.query

    def alarm(signum, frame):
        raise TimeoutError
    signal.signal(signal.SIGALRM, alarm)  # stops rdflib's pure-Python evaluation at the cap
    conn.send(("ready", load_s, size))
    while (job := conn.recv()) is not None:
        query, cap = job
        signal.setitimer(signal.ITIMER_REAL, cap)
        started = time.perf_counter()
        try:
            rows = sum(1 for solution in run(query) if tuple(solution) is not None)
            conn.send(("ok", time.perf_counter() - started, rows))
        except TimeoutError:
            conn.send(("timeout", time.perf_counter() - started, None))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)


class Engine:
    """A child process holding one engine's data; :meth:`run` times one query, capped."""

    def __init__(self, kind: str, source: Path, start_timeout: float = 3600):
        self.kind, self.source = kind, source
        self.load_s, self.size, self.dead = 0.0, 0, ""
        self._start(start_timeout)

    def _start(self, timeout: float) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_engine_main, args=(self.kind, str(self.source), child),
                                       daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(timeout):
            self.close()
            raise RuntimeError(f"{self.kind} did not load {self.source} within {timeout:g} s")
        _, self.load_s, self.size = self.conn.recv()

    def run(self, query: str, cap: float) -> tuple[float | None, int | None]:
        """(seconds, rows), or (None, None) when the run passed ``cap``."""
        if self.dead:
            return None, None
        self.conn.send((query, cap))
        if self.conn.poll(cap + (GRACE if self.kind == "rdflib" else 0.5)):
            status, seconds, rows = self.conn.recv()
            return (seconds, rows) if status == "ok" else (None, None)
        self.close()  # past the cap and not stoppable from inside: kill it
        if self.kind == "ours":
            self._start(600)  # reopening the store takes a moment; nothing is lost
        else:
            self.dead = "rdflib's process was killed after a run past the cap"
        return None, None

    def close(self) -> None:
        if self.process.is_alive():
            try:
                self.conn.send(None)
                self.process.join(5)
            except (OSError, EOFError):
                pass
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def server_run(client: Client, query: str, cap: float) -> tuple[float | None, int | None]:
    started = time.perf_counter()
    try:
        status, body = client.sparql(OxigraphServer.query_path, query)
    except TimeoutError:
        client.close()
        return None, None
    seconds = time.perf_counter() - started
    if status != 200 or seconds > cap:
        return None, None
    return seconds, result_rows(body, accept_for(query))


def measure(run, query: str, repeat: int, cap: float) -> dict:
    """Warm-up, then up to ``repeat`` runs within ``cap`` seconds: the median and the row count."""
    first, rows = run(query, cap)
    if first is None:
        return {"p50": None, "rows": None, "runs": 0}
    times, spent = [], first
    while len(times) < repeat and spent + first <= cap:
        seconds, _ = run(query, cap)
        if seconds is None:
            break
        times.append(seconds)
        spent += seconds
    times = times or [first]
    times.sort()
    return {"p50": times[len(times) // 2], "rows": rows, "runs": len(times)}


def ratio(ours: dict, base: dict, cap: float) -> str:
    if ours["p50"] is None and base["p50"] is None:
        return "both > cap"
    if base["p50"] is None:
        return f"< {ours['p50'] / cap:.2f}x"
    if ours["p50"] is None:
        return f"> {cap / base['p50']:.1f}x"
    return f"{ours['p50'] / base['p50']:.2f}x"


def cell(result: dict | None, cap: float) -> str:
    if result is None:
        return "-"
    if result["p50"] is None:
        return f"> {cap:g} s"
    return f"{ms(result['p50'])} ({result['rows']:,} rows)"


def load_into(directory: Path, export: Path) -> float:
    """Seconds our store takes to bulk-load the N-Quads ``export`` into ``directory`` (closed after)."""
    store = GraphStore(directory)
    _, seconds = timed(lambda: (store.load_nquads(export.read_bytes()), store.flush()))
    return seconds


def run_benchmark(args, articles: int, workdir: Path) -> str:
    graph = build_graph(workdir, articles, args.seed, not args.no_reason, args.store)
    params = parameters(graph.store, args.entity_rank, args.entity)
    queries = ready_queries(params, args.query)
    ours_dir = workdir / f"ours-load-{articles}"
    ours_load = load_into(ours_dir, graph.export)
    server = OxigraphServer(workdir / f"server-{articles}", timeout_s=args.cap)
    server_load = server.load(graph.export)
    lines = [f"Graph: {graph.source}, {graph.quads:,} quads. Parameters: {describe_parameters(params)}.",
             *[f"Built: {note}." for note in graph.notes], ""]
    results: dict[str, dict] = {name: {} for name, _ in queries}
    engines: list[Engine] = []
    with server:
        client = Client(server.start(), timeout=args.cap + GRACE)
        ours = Engine("ours", ours_dir)
        engines.append(ours)
        for name, text in queries:  # ours and the server in turn, so noise hits both alike
            print(f"  {name} ...", file=sys.stderr, flush=True)
            results[name]["ours"] = measure(ours.run, text, args.repeat, args.cap)
            results[name]["server"] = measure(lambda q, c: server_run(client, q, c), text, args.repeat, args.cap)
        ours.close()
        client.close()
    rdflib_note, rdflib_load, ours_slice_load = "", None, None
    try:
        if args.rdflib_articles != 0:
            slice_graph, slice_queries = graph, queries
            if args.rdflib_articles and args.rdflib_articles != articles and not args.store:
                slice_graph = build_graph(workdir, args.rdflib_articles, args.seed, not args.no_reason)
                slice_params = parameters(slice_graph.store, args.entity_rank, args.entity)
                slice_queries = ready_queries(slice_params, args.query)
                slice_dir = workdir / f"ours-slice-{articles}"
                ours_slice_load = load_into(slice_dir, slice_graph.export)
                ours_slice = Engine("ours", slice_dir)
                engines.append(ours_slice)
                for name, text in slice_queries:
                    results[name]["ours_slice"] = measure(ours_slice.run, text, args.repeat, args.cap)
                ours_slice.close()
            rdflib_note = f"rdflib: {slice_graph.source}, {slice_graph.quads:,} quads"
            if slice_graph is not graph:
                rdflib_note += f"; parameters {describe_parameters(slice_params)}"
            print("  rdflib: parsing the export ...", file=sys.stderr, flush=True)
            rdf = Engine("rdflib", slice_graph.export)
            engines.append(rdf)
            rdflib_load = rdf.load_s
            for name, text in slice_queries:
                print(f"  rdflib {name} ...", file=sys.stderr, flush=True)
                results[name]["rdflib"] = measure(rdf.run, text, max(1, args.repeat // 2), args.cap)
            if rdf.dead:
                rdflib_note += f" ({rdf.dead})"
            rdf.close()
    finally:
        for engine in engines:
            engine.close()
    return report(args, lines, results, ours_load, server_load, ours_slice_load, rdflib_load, rdflib_note)


def report(args, lines, results, ours_load, server_load, ours_slice_load, rdflib_load, rdflib_note) -> str:
    cap = args.cap
    sliced = any("ours_slice" in r for r in results.values())
    lines += ["Load (bulk, from the N-Quads export, to disk for ours and the server, to memory for rdflib):", "",
              "| engine | load | ours / engine |", "|---|---|---|",
              f"| ours (GraphStore.load_nquads) | {ours_load:.2f} s | 1.00x |",
              f"| oxigraph server (`oxigraph load`) | {server_load:.2f} s | {ours_load / server_load:.2f}x |"]
    if rdflib_load is not None:
        base = ours_slice_load if sliced else ours_load
        if sliced:
            lines.append(f"| ours, rdflib's graph | {ours_slice_load:.2f} s | 1.00x |")
        lines.append(f"| rdflib Dataset.parse | {rdflib_load:.2f} s | {base / rdflib_load:.2f}x |")
    lines += ["", (f"Queries: median of up to {args.repeat} runs after a warm-up, each capped at {cap:g} s "
                   "(ratios: ours / baseline, below 1 = ours faster):"), ""]
    head = ["query", "ours", "oxigraph server", "ours / server"]
    if sliced:
        head += ["ours on rdflib's graph"]
    if rdflib_load is not None:
        head += ["rdflib", "ours / rdflib"]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, r in results.items():
        row = [f"`{name}`", cell(r.get("ours"), cap), cell(r.get("server"), cap),
               ratio(r["ours"], r["server"], cap)]
        if sliced:
            row.append(cell(r.get("ours_slice"), cap))
        if rdflib_load is not None:
            mine = r.get("ours_slice") if sliced else r["ours"]
            row += [cell(r.get("rdflib"), cap), ratio(mine, r["rdflib"], cap) if "rdflib" in r else "-"]
        lines.append("| " + " | ".join(row) + " |")
    if rdflib_note:
        lines += ["", rdflib_note + "."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--store", help="benchmark this store (a `kg ingest` directory) instead")
    parser.add_argument("--no-reason", action="store_true", help="leave out the inferred graph")
    parser.add_argument("--rdflib-articles", type=int, default=None,
                        help="rdflib on a graph of N articles (default: the same graph; 0: skip rdflib)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cap", type=float, default=30.0, help="seconds one query run may take")
    parser.add_argument("--entity-rank", type=int, default=100,
                        help="bind ?entity to the entity ranked N by articles mentioning it")
    parser.add_argument("--entity", help="bind ?entity to this IRI instead")
    parser.add_argument("--query", action="append", help="only this query (repeatable)")
    parser.add_argument("--results", default=None, help="results file (default bench/RESULTS.md)")
    parser.add_argument("--workdir", help="keep the generated files here (default: a temporary dir)")
    args = parser.parse_args(argv)
    install_sigterm()
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="kg-bench-store-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    bodies = []
    try:
        for articles in ([0] if args.store else args.articles):
            body = run_benchmark(args, articles, workdir)
            bodies.append(f"### {articles:,} articles\n\n{body}" if articles else body)
            print(bodies[-1], flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    written = write_run("store", "Store: load and queries/*.rq", "store.py", argv, started, bodies,
                        args.results)
    print(f"written to {written}")


if __name__ == "__main__":
    main()
