"""Public SPARQL queries run in worker processes that can be killed.

Neither pyoxigraph nor rdflib can cancel a running query, so a thread-based timeout would leave
the work running. Each worker is a child process (``python -m kg.web.worker_main``) that opens the
store read-only and answers one job at a time over a pipe; when a job outlives the timeout the
worker is killed (SIGKILL, so the CPU goes idle at once) and a fresh one takes its place.

Children are started with ``subprocess`` rather than ``multiprocessing``: spawn/forkserver would
re-import the server's ``__main__`` in every child, and fork is unsafe in a threaded server.
The child serialises the answer itself, so the row cap and the format are applied where the
work is, and the parent only copies bytes.
"""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kg.store import QuerySyntaxError, StoreError, open_store
from kg.vocab import PREFIXES
from kg.web import formats
from kg.web.guard import Refused

STARTUP_SECONDS = 60.0


@dataclass(eq=False)  # hashed by identity, kept in a set
class _Worker:
    process: subprocess.Popen
    conn_in: Connection  # answers from the child
    conn_out: Connection  # jobs to the child
    ready: bool = False

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.conn_in.close()
        self.conn_out.close()


class WorkerPool:
    """Up to ``size`` workers over the store at ``path``; :meth:`run` is safe from many threads.

    One worker starts with the pool; another only when a query finds every started worker busy,
    so an idle or lightly used server holds one worker's memory (50-150 MB on a store of 10,000
    articles), not ``size`` times that.
    """

    def __init__(self, path: str, base_iri: str, size: int, timeout: float):
        self.path, self.base_iri, self.timeout = path, base_iri, timeout
        self.size = max(1, size)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._started = 1
        self._idle.put(self._spawn())

    def _take(self) -> _Worker:
        """An idle worker, a new one while fewer than ``size`` run, else the next to be free."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            grow = self._started < self.size
            self._started += grow
        if grow:
            return self._spawn()
        try:
            return self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise Refused(503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; "
                          "try again in a moment") from None

    def _spawn(self) -> _Worker:
        job_r, job_w = os.pipe()
        ans_r, ans_w = os.pipe()
        process = subprocess.Popen(
            [sys.executable, "-m", "kg.web.worker_main", self.path, self.base_iri, str(job_r), str(ans_w)],
            pass_fds=(job_r, ans_w), stdin=subprocess.DEVNULL)
        os.close(job_r)
        os.close(ans_w)
        worker = _Worker(process, Connection(ans_r, writable=False), Connection(job_w, readable=False))
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
        return self._spawn()

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all]

    def run(self, job: dict) -> dict:
        """The child's answer to ``job``; raises :class:`Refused` on timeout or overload."""
        worker = self._take()
        try:
            if not worker.ready:
                if not worker.conn_in.poll(STARTUP_SECONDS):
                    raise Refused(503, "a query worker did not start in time; try again")
                hello = worker.conn_in.recv()
                if hello != "ready":
                    raise Refused(503, f"a query worker cannot open the store: {hello}")
                worker.ready = True
            worker.conn_out.send(job)
            if not worker.conn_in.poll(self.timeout):
                worker = self._replace(worker)
                raise Refused(503, f"the query ran longer than the {self.timeout:g} s limit and was "
                              "stopped; add a LIMIT, or narrow the patterns so fewer rows are joined")
            return worker.conn_in.recv()
        except (EOFError, OSError):
            worker = self._replace(worker)
            raise Refused(500, "the query worker died while running the query (out of memory?); "
                          "narrow the query and try again") from None
        except Refused:
            if not worker.ready:
                worker = self._replace(worker)
            raise
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        with self._lock:
            workers, self._all, self._started = list(self._all), set(), self.size  # no new ones
        for worker in workers:
            worker.kill()


# -- the child side ------------------------------------------------------------------------
def _select(results: ox.QuerySolutions, fmt: str, limit: int) -> tuple[bytes, bool]:
    """The solutions in ``fmt``, at most ``limit`` of them. pyoxigraph writes them as TSV (one line
    a solution, newlines in values escaped) and then in ``fmt``, all in Rust: building each row
    in Python took a third of the time of a query of a few thousand rows."""
    tsv = results.serialize(format=ox.QueryResultsFormat.TSV)
    truncated = tsv.count(b"\n") - 1 > limit
    if truncated:  # the header line and the first ``limit`` solutions
        tsv = b"\n".join(tsv.split(b"\n", limit + 1)[:limit + 1]) + b"\n"
    if fmt == "tsv":
        return tsv, truncated
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=formats.ox_format("results", fmt)), truncated


def _graph(results: ox.QueryTriples, fmt: str, limit: int) -> tuple[bytes, bool]:
    triples: dict[ox.Triple, None] = {}
    truncated = False
    for triple in results:
        if triple in triples:
            continue
        if len(triples) == limit:
            truncated = True
            break
        triples[triple] = None
    rdf_format = formats.ox_format("rdf", fmt)
    prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(list(triples), format=rdf_format, prefixes=prefixes), truncated


def execute(store, job: dict) -> dict:
    """Run one job on ``store`` and serialise the answer (also used in-process by the tests)."""
    try:
        if job.get("union", True) and not job.get("infer", True):  # infer=false: articles only
            results = store.query(job["query"], include_inferred=False, base_iri=job.get("base_iri"))
        else:  # an explicit dataset names the inferred graph only when infer is true
            results = store.query_dataset(job["query"], job.get("default_graph"),
                                          job.get("named_graphs"), union=job.get("union", True),
                                          base_iri=job.get("base_iri"))
        kind = "rdf" if isinstance(results, ox.QueryTriples) else "results"
        fmt = job["rdf_format"] if kind == "rdf" else job["results_format"]
        if fmt is None:
            return {"status": 406, "kind": kind}
        if isinstance(results, ox.QueryBoolean):
            body, truncated = results.serialize(format=formats.ox_format("results", fmt)), False
        elif kind == "rdf":
            body, truncated = _graph(results, fmt, job["row_limit"])
        else:
            body, truncated = _select(results, fmt, job["row_limit"])
    except QuerySyntaxError as exc:
        return {"status": 400, "syntax": str(exc)}
    except (OSError, RuntimeError, ValueError) as exc:
        return {"status": 500, "error": str(exc)}
    return {"status": 200, "media_type": formats.media_type(kind, fmt), "body": body,
            "truncated": truncated}


def _die_with_parent() -> None:
    try:  # Linux: the kernel kills us when the server goes, even mid-query
        import ctypes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main(argv: list[str]) -> None:
    path, base_iri, job_fd, answer_fd = argv
    _die_with_parent()
    jobs, answers = Connection(int(job_fd), writable=False), Connection(int(answer_fd), readable=False)
    try:
        store = open_store(path, read_only=True, base_iri=base_iri)
    except StoreError as exc:
        answers.send(str(exc))
        return
    answers.send("ready")
    while True:
        try:
            job = jobs.recv()
        except EOFError:
            return
        answers.send(execute(store, job))

