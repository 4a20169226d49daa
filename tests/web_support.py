"""Helpers for the web tests: a small synthetic store built with kg.rdf.GraphBuilder (stances,
contradictions, a hostile label, a large neighbourhood), free ports, and a real server process."""
from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.model import Article, Entity, Evidence, Extraction, Relation, Stance
from kg.rdf import GraphBuilder
from kg.store import GraphStore
from kg.vocab import Minter

ID = "https://w3id.org/stancegraph/id/"
XSS = "</script><script>alert(1)</script>"
HUB_MEMBERS = 30  # more relations than one page of an entity page holds


def _ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def synthetic_extractions() -> list[Extraction]:
    text_a = ("Alphaland supports the truce. Alphaland backs Betaland. "
              f"Minister {XSS} said so.")
    text_b = "Alphaland opposes the truce. Alphaland opposes Betaland."
    alpha = Entity("country/alphaland", "Country", "Alphaland", frozenset({"Alphaland"}),
                   ("https://sws.geonames.org/1/",))
    beta = Entity("country/betaland", "Country", "Betaland", frozenset({"Betaland"}))
    hostile = Entity("person/hostile", "Person", XSS, frozenset({XSS, "Hostile"}),
                     ("javascript:alert(1)", "https://example.org/hostile"))
    a = Extraction(
        Article("a.txt", text_a, title="Alphaland backs the truce", date="2024-05-01"),
        entities=(alpha, beta, hostile),
        relations=(Relation("country/alphaland", "supports", "country/betaland",
                            _ev(text_a, "Alphaland backs Betaland."), 0.9),
                   Relation("person/hostile", "memberOf", "country/alphaland",
                            _ev(text_a, f"Minister {XSS} said so."), 0.7)),
        stances=(Stance("country/alphaland", "Support", "the truce",
                        _ev(text_a, "Alphaland supports the truce."), 0.8,
                        target_entities=("country/betaland",), stated_by="person/hostile"),))
    b = Extraction(
        Article("b.txt", text_b, title="Alphaland turns against the truce", date="2024-05-02"),
        entities=(alpha, beta),
        relations=(Relation("country/alphaland", "opposes", "country/betaland",
                            _ev(text_b, "Alphaland opposes Betaland."), 0.9),),
        stances=(Stance("country/alphaland", "Oppose", "the truce",
                        _ev(text_b, "Alphaland opposes the truce."), 0.8,
                        target_entities=("country/betaland",)),))
    sentences = [f"Member {i} joined the Hub Council." for i in range(HUB_MEMBERS)]
    text_c = " ".join(sentences)
    hub = Entity("organisation/hub-council", "Organisation", "Hub Council", frozenset({"Hub Council"}))
    members = [Entity(f"person/member-{i}", "Person", f"Member {i}", frozenset({f"Member {i}"}))
               for i in range(HUB_MEMBERS)]
    c = Extraction(Article("c.txt", text_c, title="The Hub Council grows"), entities=(hub, *members),
                   relations=tuple(Relation(m.key, "memberOf", hub.key, _ev(text_c, s), 0.6)
                                   for m, s in zip(members, sentences)))
    return [a, b, c]


def build_store(path: Path, extractions: list[Extraction] | None = None) -> Path:
    """An on-disk store holding ``extractions`` (default: the synthetic ones); closed on return."""
    minter = Minter()
    store = GraphStore(path)
    for extraction in extractions or synthetic_extractions():
        graph = GraphBuilder(minter).build(extraction)
        store.replace_graph(minter.graph(minter.article_id(extraction.article.text)), graph)
    store.flush()
    del store
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store: Path, env: dict[str, str], port: int, timeout: float = 30) -> subprocess.Popen:
    """``kg serve`` on 127.0.0.1:``port``; returns once it answers (bounded wait)."""
    # output goes to a file: an unread pipe fills up and blocks the server mid-request
    log = tempfile.NamedTemporaryFile(prefix="kg-serve-", suffix=".log", delete=False)
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store),
                                "--port", str(port), "--threads", "4"],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    process.log_path = log.name
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {Path(log.name).read_text()}")
        try:
            _OPENER.open(f"http://127.0.0.1:{port}/", timeout=2).read()
            return process
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not answer in time")


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, never a proxy


def stop_server(process: subprocess.Popen) -> None:
    """Terminate a server the tests started, killing it if it lingers."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log_path = getattr(process, "log_path", None)
    if log_path:
        Path(log_path).unlink(missing_ok=True)  # kept only while the server runs (its errors)


def fetch(url: str, data: bytes | None = None, headers: dict | None = None, timeout: float = 30
          ) -> tuple[int, dict, bytes]:
    """(status, headers, body) of one request; HTTP errors are answers, not exceptions."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def env_for_server(base_env: dict[str, str], **limits) -> dict[str, str]:
    env = {k: v for k, v in base_env.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env.update({f"KG_{k.upper()}": str(v) for k, v in limits.items()})
    env["PYTHONUNBUFFERED"] = "1"
    return env
