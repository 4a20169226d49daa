"""The store as a SPARQL server: a real `oxigraph serve` (the pip package's CLI) on a random
127.0.0.1 port takes the seeds through `kg ingest`, `kg reason`, `kg query`, `kg export`,
`kg stats`, `kg validate`, `kg eval` and `kg serve`, and every answer equals the embedded
store's. The server is stopped at the end of the module."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

from conftest import QUERIES, ROOT, SEEDS
from kg.cli import main
from kg.config import load_settings
from kg.sparql_client import ServerUnreachable
from kg.store import StoreError, open_store
from web_support import env_for_server, fetch, free_port, start_server, stop_server

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
KIRBY = "https://w3id.org/stancegraph/id/person/john-kirby"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def kg(*args: str) -> str:
    """``kg ARGS`` in this process (the spaCy model loads once); its output, or a failed test."""
    result = CliRunner().invoke(main, list(args), env={"KG_STORE": None}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A running `oxigraph serve` over an empty directory: its store location."""
    if not Path(OXIGRAPH).exists():
        pytest.fail("the `oxigraph` command is missing: pip install -e '.[test]'")
    directory = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    with (directory / "server.log").open("wb") as log:
        process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(directory / "data"),
                                    "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    location = f"sparql+http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            open_store(location)
            break
        except ServerUnreachable:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("oxigraph serve did not answer: " + (directory / "server.log").read_text())
            time.sleep(0.1)
    yield location
    stop_server(process)


@pytest.fixture(scope="module")
def remote(oxigraph, nlp):
    """The server holding the seeds and their inferences, written by `kg ingest` and `kg reason`."""
    kg("ingest", str(SEEDS), "--store", oxigraph, "--quiet")
    kg("reason", "--store", oxigraph)
    return oxigraph


@pytest.fixture(scope="module")
def local(seeded_store_dir, tmp_path_factory):
    """The embedded store with the same seeds, reasoned the same way."""
    directory = tmp_path_factory.mktemp("local") / "store"
    shutil.copytree(seeded_store_dir, directory)
    kg("reason", "--store", str(directory))
    return str(directory)


@pytest.mark.parametrize("args", [["-f", "nq", "--inferred"], ["-f", "nq"], ["-f", "nt"]])
def test_remote_store_export_equals_the_embedded_store(remote, local, args):
    exported = {store: set(kg("export", "--store", store, *args).splitlines()) for store in (remote, local)}
    assert len(exported[local]) > 1000
    assert exported[remote] == exported[local]


def test_remote_store_turtle_export_flattens_as_the_embedded_store(remote, local):
    remote_graph = Graph().parse(data=kg("export", "--store", remote), format="turtle")
    assert set(remote_graph) == set(Graph().parse(data=kg("export", "--store", local), format="turtle"))


@pytest.mark.parametrize("query", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_remote_store_every_query_answers_as_the_embedded_store(remote, local, query):
    for extra in ([], ["--no-inferred"], ["-b", f"entity={KIRBY}"] if "?entity" in query.read_text() else []):
        answers = [kg("query", str(query), "-f", "csv", "--store", store, *extra) for store in (remote, local)]
        assert _unordered(answers[0]) == _unordered(answers[1]), extra


def _unordered(csv: str) -> list[str]:
    """Rows in any order, and GROUP_CONCAT lists ("a | b") too: a union of graphs may be read
    in another order."""
    return sorted(",".join(" | ".join(sorted(cell.split(" | "))) for cell in line.split(","))
                  for line in csv.splitlines())


@pytest.mark.parametrize("command", [["stats"], ["validate"], ["eval", str(ROOT / "tests/data/gold/seeds")],
                                     ["export", "--min-confidence", "0.8", "-f", "nq"]])
def test_remote_store_commands_answer_as_the_embedded_store(remote, local, command):
    remote_out, local_out = (kg(*command, "--store", store) for store in (remote, local))
    assert sorted(remote_out.splitlines()) == sorted(local_out.splitlines())


def test_remote_store_reingest_changes_nothing_in_one_update_per_article(remote):
    from kg.ingest import ingest

    store = open_store(remote)
    before = set(kg("export", "--store", remote, "-f", "nq", "--inferred").splitlines())
    report = ingest([SEEDS], store, load_settings({"store": remote}, environ={}), progress=False)
    requests = store.client.requests
    # one update per article written (an article with a lone surname is written a second time),
    # plus the person names and two triple counts
    assert report.articles == 5 and requests["update"] <= 2 * report.articles
    assert requests["query"] <= 4 and requests["store"] == 0
    assert set(kg("export", "--store", remote, "-f", "nq", "--inferred").splitlines()) == before


def test_remote_store_web_side_serves_pages_sparql_and_exports(remote, env_without_kg):
    port = free_port()
    process = start_server(remote, env_for_server(env_without_kg, sparql_workers=1), port)
    base = f"http://127.0.0.1:{port}"
    try:
        status, _, body = fetch(f"{base}/id/person/john-kirby", headers={"Accept": "text/html"})
        assert status == 200 and b"John Kirby" in body and b"National Security Council" in body
        status, _, body = fetch(f"{base}/id/person/john-kirby.ttl")
        assert status == 200 and (URIRef(KIRBY), None, None) in Graph().parse(data=body, format="turtle")
        status, _, body = fetch(f"{base}/search?q=kirby", headers={"Accept": "text/html"})
        assert status == 200 and b"john-kirby" in body
        counts = {}
        for infer in ("true", "false"):
            status, _, body = fetch(f"{base}/sparql", urlencode({"query": COUNT, "infer": infer}).encode(),
                                    {"Content-Type": "application/x-www-form-urlencoded",
                                     "Accept": "application/sparql-results+json"})
            assert status == 200, body
            counts[infer] = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
        store = open_store(remote, read_only=True)
        inferred = next(store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{store.inferred_graph}> {{ ?s ?p ?o }} }}"))
        assert counts == {"true": len(store), "false": len(store) - int(inferred["n"])}
        status, _, body = fetch(f"{base}/sparql", b"SELEC ?x", {"Content-Type": "application/sparql-query"})
        assert status == 400 and b"SPARQL syntax error" in body and b"error at 1:" in body
        status, _, body = fetch(f"{base}/export.nq")
        assert status == 200
        assert set(body.decode().splitlines()) == set(kg("export", "--store", remote, "-f", "nq").splitlines())
    finally:
        stop_server(process)


def test_remote_store_rdflib_dataset_pitfall_named_graphs(remote):
    """rdflib's Dataset over SPARQLUpdateStore asks with default-graph-uri=urn:x-rdflib:default,
    which (by the SPARQL Protocol) leaves no named graphs: `GRAPH ?g` finds nothing. With
    ``default_union=True`` it sends no dataset and sees them; kg's store never sends that IRI."""
    base = remote.replace("sparql+", "")
    graphs_query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    plain = Dataset(store=SPARQLUpdateStore(f"{base}/query", f"{base}/update"))
    assert list(plain.query(graphs_query)) == []
    union = Dataset(store=SPARQLUpdateStore(f"{base}/query", f"{base}/update"), default_union=True)
    found = sorted(str(row[0]) for row in union.query(graphs_query))
    assert len(found) == 6 and found == open_store(remote).named_graphs()


def test_remote_store_unreachable_server_is_a_one_line_error():
    result = CliRunner().invoke(main, ["stats", "--store", f"sparql+http://127.0.0.1:{free_port()}"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.startswith("Error: cannot reach the SPARQL server at sparql+http://127.0.0.1:")
    assert "oxigraph serve --location DIR" in result.output and result.output.count("\n") == 1


def test_remote_store_bad_sparql_gives_the_parser_message(remote):
    result = CliRunner().invoke(main, ["query", "SELEC ?x WHERE { }", "--store", remote])
    assert result.exit_code == 2 and "SPARQL syntax error: error at 1:" in result.output


def test_remote_store_read_only_refuses_writes_before_sending(remote):
    store = open_store(remote, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.remove_graph(URIRef(KIRBY))
    assert store.client.requests["update"] == 0


def test_remote_store_other_schemes_are_refused_with_the_right_form():
    with pytest.raises(StoreError, match=r"sparql\+http://HOST:PORT"):
        open_store("http://127.0.0.1:7878")


def test_remote_store_env_location_reaches_the_web_workers(remote, env_without_kg):
    """`kg serve` with KG_STORE only (no --store): the query workers open the same server."""
    env = env_for_server(env_without_kg) | {"KG_STORE": remote}
    done = subprocess.run([sys.executable, "-c", "from kg.web import create_app; "
                           "app = create_app({'sparql_workers': 1}); "
                           "r = app.test_client().get('/sparql', query_string={'query': 'ASK { ?s ?p ?o }'}, "
                           "headers={'Accept': 'application/sparql-results+json'}); "
                           "print(r.status_code, r.get_data(as_text=True)); "
                           "app.extensions['stancegraph'].close()"],
                          env=env, capture_output=True, text=True, timeout=60, cwd=os.getcwd())
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("200") and '"boolean": true' in done.stdout.replace('":true', '": true')


def test_remote_store_large_graph_is_one_graph_store_put(remote, monkeypatch):
    import pyoxigraph as ox

    import kg.remote_store

    monkeypatch.setattr(kg.remote_store, "BULK_THRESHOLD", 10)
    store, graph = open_store(remote), URIRef("https://example.org/bulk")
    triples = [ox.Triple(ox.NamedNode(f"https://example.org/s{i}"), ox.NamedNode("https://example.org/p"),
                         ox.Literal(f'"{i}"\n')) for i in range(50)]
    try:
        store.replace_graph(graph, triples)
        store.replace_graph(graph, triples[:40])
        assert store.client.requests["store"] == 2 and store.client.requests["update"] == 0
        rows = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        assert set(rows) == set(triples[:40])
    finally:
        store.remove_graph(graph)


@pytest.mark.parametrize("options", ["", "?store="])
def test_remote_store_load_nquads_by_graph_store_or_update(remote, options):
    store, graph = open_store(remote + options), "https://example.org/loaded"
    try:
        store.load_nquads(f'<https://example.org/a> <https://example.org/p> "x" <{graph}> .\n'.encode())
        assert store.has_graph(graph) and store.client.requests["store" if not options else "update"] == 1
    finally:
        store.remove_graph(URIRef(graph))
    assert not store.has_graph(graph)


def test_remote_store_union_by_listing_graphs_answers_the_same(remote):
    listed, param = open_store(remote + "?union=list"), open_store(remote)
    for inferred in (True, False):
        assert list(listed.select(COUNT, include_inferred=inferred)) == list(param.select(COUNT, include_inferred=inferred))


def test_remote_store_server_gone_mid_command_is_a_one_line_error(remote, monkeypatch):
    from kg.remote_store import RemoteStore

    def gone(self, *args, **kwargs):
        raise ServerUnreachable("cannot reach the SPARQL server at X: Connection refused. Is it running?")

    monkeypatch.setattr(RemoteStore, "select", gone)
    result = CliRunner().invoke(main, ["stats", "--store", remote])
    assert result.exit_code == 2 and result.output == "Error: cannot reach the SPARQL server at X: " \
        "Connection refused. Is it running?\n"
