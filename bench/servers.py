"""The servers the benchmarks start and talk to: ours (`kg serve`) and the baseline, the
`oxigraph` CLI's server, both on 127.0.0.1 at a free port and stopped by their handles (never by
name); and a small keep-alive HTTP client for SPARQL."""
from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
JSON_RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def accept_for(query: str) -> str:
    body = re.sub(r"(?m)^\s*(#.*|PREFIX.*|BASE.*)$", "", query, flags=re.IGNORECASE)
    return N_TRIPLES if re.match(r"\s*(CONSTRUCT|DESCRIBE)\b", body, re.IGNORECASE) else JSON_RESULTS


# -- HTTP ----------------------------------------------------------------------------------
class Client:
    """One keep-alive connection to one server (reconnects after an error); not thread-safe."""

    def __init__(self, base: str, timeout: float = 60):
        parts = urlsplit(base)
        self.host, self.port, self.timeout = parts.hostname, parts.port, timeout
        self.conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict | None = None) -> tuple[int, bytes]:
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, body=body, headers=headers or {})
                response = self.conn.getresponse()
                data = response.read()
                if response.will_close:
                    self.close()
                return response.status, data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()  # a kept-alive connection the server closed: retry once, fresh
                if attempt:
                    raise
            except OSError:
                self.close()
                raise
        raise AssertionError("unreachable")

    def sparql(self, path: str, query: str) -> tuple[int, bytes]:
        return self.request("POST", path, query.encode("utf-8"),
                            {"Content-Type": "application/sparql-query", "Accept": accept_for(query)})

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def result_rows(body: bytes, accept: str) -> int:
    if accept == N_TRIPLES:
        return sum(1 for line in body.splitlines() if line.strip())
    return len(json.loads(body)["results"]["bindings"])


def wait_for(url: str, process: subprocess.Popen, log: Path, timeout: float = 60, path: str = "/") -> None:
    client = Client(url, timeout=2)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            client.request("GET", path)
            client.close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:g} s")


class ServerProcess:
    """A server process of a benchmark: started by ``start()``, its log kept while it runs."""

    process: subprocess.Popen | None = None
    log: Path | None = None

    def stop(self) -> None:
        stop_process(self.process)
        if self.log is not None:
            self.log.unlink(missing_ok=True)  # kept only while the server runs (its errors)
            self.log = None
        self.process = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class OxigraphServer(ServerProcess):
    """The baseline: the `oxigraph` CLI's server on 127.0.0.1 (a free port), read-only, with the
    union of the named graphs as the default graph (as ours), loaded with the same export."""
    query_path = "/query"

    def __init__(self, location: Path, timeout_s: float):
        self.location, self.timeout_s = location, timeout_s
        self.process: subprocess.Popen | None = None
        self.log: Path | None = None
        self.url = ""

    def load(self, export: Path) -> float:
        """Seconds `oxigraph load` takes to bulk-load ``export`` into a fresh directory."""
        shutil.rmtree(self.location, ignore_errors=True)
        started = time.perf_counter()
        done = subprocess.run(["oxigraph", "load", "--location", str(self.location), "--file", str(export)],
                              check=False, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if done.returncode:
            raise RuntimeError(f"oxigraph load failed: {done.stderr[-2000:]}")
        return seconds

    def start(self) -> str:
        port = free_port()
        log = self.log = Path(tempfile.mkstemp(prefix="oxigraph-serve-", suffix=".log")[1])
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                ["oxigraph", "serve-read-only", "--location", str(self.location), "--bind",
                 f"127.0.0.1:{port}", "--union-default-graph", "--timeout-s", f"{self.timeout_s:g}"],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{port}"
        wait_for(self.url, self.process, log)
        return self.url



def stop_process(process: subprocess.Popen | None) -> None:
    """Terminate ``process`` (ours only, by its handle), killing it if it lingers."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class OurServer(ServerProcess):
    """Our real server: `kg serve` (waitress) on 127.0.0.1 over ``store``, read-only.

    It is ready when a static file answers: the home page's queries are themselves measured."""
    query_path = "/sparql"

    def __init__(self, store: Path, threads: int = 8, **settings):
        self.store, self.threads, self.settings = store, threads, settings
        self.process: subprocess.Popen | None = None
        self.log: Path | None = None
        self.url = ""

    def start(self) -> str:
        port = free_port()
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("KG_") and k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
        env.update({f"KG_{k.upper()}": str(v) for k, v in self.settings.items()})
        log = self.log = Path(tempfile.mkstemp(prefix="kg-serve-", suffix=".log")[1])
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kg.cli", "serve", "--store", str(self.store), "--host", "127.0.0.1",
                 "--port", str(port), "--threads", str(self.threads)],
                env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{port}"
        wait_for(self.url, self.process, log, path="/static/style.css")
        return self.url

    def restart(self) -> str:
        """A fresh process: a page past the client's timeout keeps a request thread busy."""
        self.stop()
        return self.start()

