"""The web app as a real server process (`kg serve` under waitress on a random 127.0.0.1 port),
over the seeded store plus the synthetic graphs: formats, refusals, a query stopped by the
timeout with the worker idle afterwards, SERVICE refused with a canary server left untouched."""
from __future__ import annotations

import http.server
import os
import shutil
import threading
import time
from urllib.parse import urlencode

import psutil
import pyoxigraph as ox
import pytest
from rdflib import Graph

from web_support import XSS, build_store, env_for_server, fetch, free_port, start_server, stop_server

SELECT = "SELECT ?s ?label WHERE { ?s a <https://w3id.org/stancegraph/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 4"
CONSTRUCT = "CONSTRUCT { ?s a ?t } WHERE { SELECT DISTINCT ?s ?t WHERE { ?s a ?t } LIMIT 6 }"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(seeded_store_dir, tmp_path_factory):
    store = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(seeded_store_dir, store)
    build_store(store)
    port = free_port()
    process = start_server(store, env_for_server({k: v for k, v in os.environ.items() if not k.startswith("KG_")}, query_timeout=2, sparql_workers=1), port)
    yield process, f"http://127.0.0.1:{port}"
    stop_server(process)


def query_url(base: str, query: str, **params) -> str:
    return f"{base}/sparql?" + urlencode({"query": query, **params})


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml",
                                    "text/csv", "text/tab-separated-values"])
def test_web_server_select_in_each_format(server, accept):
    status, headers, body = fetch(query_url(server[1], SELECT), headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(accept)
    if accept == "text/csv":
        assert len(body.decode().splitlines()) == 5
    else:
        fmt = ox.QueryResultsFormat.from_media_type(accept)
        assert len(list(ox.parse_query_results(body, format=fmt))) == 4


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                         ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_web_server_construct_in_each_format(server, accept, fmt):
    status, headers, body = fetch(query_url(server[1], CONSTRUCT), headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(accept)
    assert len(Graph().parse(data=body, format=fmt)) == 6


def test_web_server_bad_syntax_is_400_with_the_parser_message(server):
    status, _, body = fetch(query_url(server[1], "SELECT ?s WHERE { ?s ?p }"))
    assert status == 400 and b"SPARQL syntax error: error at 1:" in body


def test_web_server_update_is_403(server):
    status, _, body = fetch(f"{server[1]}/sparql", data=b"INSERT DATA { <http://a> <http://b> <http://c> }",
                            headers={"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body


def _workers(process) -> list[psutil.Process]:
    return [p for p in psutil.Process(process.pid).children(recursive=True) if "worker_main" in " ".join(p.cmdline())]


def test_web_server_timeout_kills_the_query_and_the_cpu_goes_idle(server):
    process, base = server
    fetch(query_url(base, "ASK {}"))  # the worker is up
    before = _workers(process)
    assert before
    started = time.monotonic()
    status, _, body = fetch(query_url(base, CARTESIAN), timeout=30)
    assert status == 503 and b"limit" in body and time.monotonic() - started < 8
    for old in before:
        assert not old.is_running() or old.status() == psutil.STATUS_ZOMBIE
    time.sleep(1.5)  # the replacement starts up
    workers = _workers(process)
    assert workers and not {w.pid for w in workers} & {w.pid for w in before}
    busy = sum(w.cpu_percent(interval=None) for w in workers)
    time.sleep(1.0)
    busy = sum(w.cpu_percent(interval=None) for w in workers)
    assert busy < 20, f"workers still busy after the timeout: {busy}% CPU"
    server_cpu = psutil.Process(process.pid)
    server_cpu.cpu_percent(interval=None)
    assert server_cpu.cpu_percent(interval=1.0) < 20
    assert fetch(query_url(base, "ASK { ?s ?p ?o }"))[0] == 200


class _Canary(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server's naming
        self.hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def canary():
    _Canary.hits = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Canary)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Canary.hits
    httpd.shutdown()
    httpd.server_close()


def test_web_server_canary_is_reachable_by_oxigraph(canary):
    """The control: run directly, Oxigraph does call a SERVICE, so the canary would see it."""
    url, hits = canary
    with pytest.raises(OSError):
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"))
    assert hits


@pytest.mark.parametrize("query", [
    "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "PREFIX : <{url}/> SELECT * WHERE {{ SERVICE:sparql {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
    "LOAD <{url}/data.ttl>"])
def test_web_server_remote_access_is_refused_and_the_canary_untouched(server, canary, query):
    url, hits = canary
    status, _, body = fetch(query_url(server[1], query.format(url=url)))
    assert status in (400, 403), body
    time.sleep(0.2)
    assert hits == []


def test_web_server_hostile_label_is_escaped(server):
    status, headers, body = fetch(f"{server[1]}/id/person/hostile", headers={"Accept": "text/html"})
    assert status == 200 and headers["X-Content-Type-Options"] == "nosniff"
    page = body.decode()
    assert XSS not in page and "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
