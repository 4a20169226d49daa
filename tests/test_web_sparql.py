"""The SPARQL 1.1 Protocol endpoint, rule by rule, with Flask's test client over the seeded store
(limits of the ``app`` fixture: 2 s timeout, 50 rows, 4 KiB bodies, 2 KiB URLs, one worker)."""
from __future__ import annotations

import csv
import io
import time
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest
from rdflib import Graph

SELECT = "SELECT ?s WHERE { ?s a <https://w3id.org/stancegraph/ontology#Person> } LIMIT 3"
ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/stancegraph/ontology#Article> }"
CONSTRUCT = "CONSTRUCT { ?s a ?t } WHERE { SELECT DISTINCT ?s ?t WHERE { ?s a ?t } LIMIT 5 }"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def get(client, query, headers=None, **params):
    return client.get("/sparql?" + urlencode({"query": query, **params}), headers=headers or {})


def count(response) -> int:
    return int(response.get_json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"), ("*/*", "application/sparql-results+json")])
def test_web_sparql_select_in_each_format_by_accept(client, accept, media):
    response = get(client, SELECT, {"Accept": accept})
    assert response.status_code == 200 and response.mimetype == media
    assert "Accept" in response.headers["Vary"]
    if media == "text/csv":
        assert len(response.data.decode().splitlines()) == 1 + 3
    else:
        rows = ox.parse_query_results(response.data, format=ox.QueryResultsFormat.from_media_type(media))
        assert len(list(rows)) == 3


def test_web_sparql_select_csv_reads_as_csv(client):
    response = get(client, SELECT, format="csv")
    assert response.mimetype == "text/csv"
    assert next(csv.reader(io.StringIO(response.data.decode())))[0] == "s"


@pytest.mark.parametrize("fmt, media", [("json", "application/sparql-results+json"),
                                        ("xml", "application/sparql-results+xml")])
def test_web_sparql_ask_by_format_parameter(client, fmt, media):
    response = get(client, "ASK { ?s ?p ?o }", {"Accept": "text/csv"}, format=fmt)
    assert response.status_code == 200 and response.mimetype == media
    assert bool(ox.parse_query_results(response.data, format=ox.QueryResultsFormat.from_media_type(media)))


@pytest.mark.parametrize("accept, rdflib_format", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                                   ("application/ld+json", "json-ld"),
                                                   ("application/rdf+xml", "xml")])
def test_web_sparql_construct_in_each_format(client, accept, rdflib_format):
    response = get(client, CONSTRUCT, {"Accept": accept})
    assert response.status_code == 200 and response.mimetype == accept
    assert len(Graph().parse(data=response.data, format=rdflib_format)) == 5


def test_web_sparql_describe_answers_rdf(client):
    response = get(client, "DESCRIBE <https://w3id.org/stancegraph/id/person/john-kirby>")
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    assert b"John Kirby" in response.data


def test_web_sparql_406_for_what_it_cannot_write(client):
    response = get(client, SELECT, {"Accept": "image/png"})
    assert response.status_code == 406 and b"application/sparql-results+json" in response.data
    assert get(client, CONSTRUCT, format="csv").status_code == 406


def test_web_sparql_form_post_and_direct_post(client):
    form = client.post("/sparql", data={"query": SELECT})
    direct = client.post("/sparql", data=SELECT.encode(), content_type="application/sparql-query")
    assert form.status_code == direct.status_code == 200
    assert form.get_json() == direct.get_json()


@pytest.mark.parametrize("content_type, body, status", [
    ("text/plain", SELECT.encode(), 415),
    (None, b"query=ASK%20%7B%7D", 415),
    ("application/sparql-query; charset=UTF-16", "ASK {}".encode("utf-16"), 415),
    ("application/sparql-query", b"ASK { \xff }", 400)])
def test_web_sparql_post_rules(client, content_type, body, status):
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/sparql", data=body, headers=headers)
    assert response.status_code == status, response.data


def test_web_sparql_one_query_only(client):
    assert client.get("/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D").status_code == 400
    empty = client.get("/sparql?query=%20")
    assert empty.status_code == 400 and b"empty" in empty.data


@pytest.mark.parametrize("send", [
    lambda c: c.get("/sparql?update=CLEAR%20ALL"),
    lambda c: c.post("/sparql", data={"update": "CLEAR ALL"}),
    lambda c: c.post("/sparql", data=b"CLEAR ALL", content_type="application/sparql-update"),
    lambda c: get(c, "INSERT DATA { <http://a> <http://b> <http://c> }"),
    lambda c: get(c, "LOAD <http://127.0.0.1:9/x>")])
def test_web_sparql_updates_are_refused_with_403(client, send):
    response = send(client)
    assert response.status_code == 403 and b"read-only" in response.data


def test_web_sparql_syntax_error_is_400_with_the_parser_message(client):
    response = get(client, "SELECT * WHERE { ?s ?p }")
    assert response.status_code == 400
    assert response.data.startswith(b"SPARQL syntax error: error at 1:") and b"Fix the query" in response.data


def test_web_sparql_service_description_and_query_ui(client):
    sd = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert sd.status_code == 200 and sd.mimetype == "text/turtle"
    graph = Graph().parse(data=sd.data, format="turtle")
    assert any("Service" in str(o) for o in graph.objects())
    ui = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert ui.status_code == 200 and b'id="yasgui"' in ui.data and b"spokespeople" in ui.data


def test_web_sparql_cors_without_credentials(client):
    response = get(client, SELECT, {"Origin": "http://elsewhere.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    preflight = client.options("/sparql", headers={"Origin": "http://x", "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 204 and "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert get(client, "ASK {").headers["Access-Control-Allow-Origin"] == "*"


def test_web_sparql_protocol_dataset(client, app):
    graphs = app.extensions["stancegraph"].store.named_graphs()
    article_graph = next(g for g in graphs if "/graph/" in g and not g.endswith("inferred"))
    assert count(get(client, ARTICLES)) == 5
    assert count(get(client, ARTICLES, **{"default-graph-uri": article_graph})) == 1
    named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(get(client, named, **{"named-graph-uri": article_graph})) == 1
    assert count(get(client, named.replace("WHERE", f"FROM NAMED <{article_graph}> WHERE"))) == 1
    assert count(get(client, ARTICLES.replace("WHERE", f"FROM <{article_graph}> WHERE"))) == 1
    bad = get(client, ARTICLES, **{"default-graph-uri": "not an iri"})
    assert bad.status_code == 400 and b"absolute IRI" in bad.data


def test_web_sparql_remote_from_and_service_are_refused(client):
    remote = get(client, ARTICLES.replace("WHERE", "FROM <http://127.0.0.1:9/remote.ttl> WHERE"))
    assert remote.status_code == 400 and b"never fetches remote data" in remote.data
    service = get(client, "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert service.status_code == 400 and b"SERVICE is not allowed" in service.data


def test_web_sparql_row_cap_says_it_truncated(client):
    capped = get(client, "SELECT * WHERE { ?s ?p ?o }")
    assert len(capped.get_json()["results"]["bindings"]) == 50
    assert "LIMIT/OFFSET" in capped.headers["X-SPARQL-Truncated"]
    graph = get(client, "CONSTRUCT WHERE { ?s ?p ?o }", format="nt")
    assert len(graph.data.splitlines()) == 50 and "X-SPARQL-Truncated" in graph.headers
    assert "X-SPARQL-Truncated" not in get(client, SELECT).headers


def test_web_sparql_request_size_caps(client):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
    assert client.post("/sparql", data=big.encode(), content_type="application/sparql-query").status_code == 413
    assert client.post("/sparql", data={"query": big}).status_code == 413
    long_url = client.get("/sparql?query=" + quote("ASK {} #" + "x" * 3000))
    assert long_url.status_code == 414 and b"POST the query" in long_url.data


def test_web_sparql_timeout_stops_the_query_and_the_next_one_runs(client, app):
    pool = app.extensions["stancegraph"].pool()
    before = set(pool.pids())
    started = time.monotonic()
    response = get(client, CARTESIAN)
    assert response.status_code == 503 and b"2 s limit" in response.data
    assert time.monotonic() - started < 6
    assert set(pool.pids()).isdisjoint(before)  # the busy worker was killed and replaced
    assert count(get(client, ARTICLES)) == 5


KIRBY_MEMBER = ("ASK { <https://w3id.org/stancegraph/id/person/john-kirby> "
                "<https://w3id.org/stancegraph/ontology#memberOf> ?org }")


def ask(response) -> bool:
    assert response.status_code == 200, response.data
    return response.get_json()["boolean"]


def test_web_sparql_infer_false_leaves_inferred_triples_out(reasoned_app):
    client = reasoned_app.test_client()
    store = reasoned_app.extensions["stancegraph"].store
    assert store.has_graph(str(store.inferred_graph))  # memberOf is inferred from spokespersonFor
    assert ask(get(client, KIRBY_MEMBER)) is True
    assert ask(get(client, KIRBY_MEMBER, infer="true")) is True
    assert ask(get(client, KIRBY_MEMBER, infer="false")) is False
    assert ask(client.post("/sparql", data={"query": KIRBY_MEMBER})) is True
    assert ask(client.post("/sparql", data={"query": KIRBY_MEMBER, "infer": "false"})) is False
    direct = client.post("/sparql?infer=false", data=KIRBY_MEMBER.encode(),
                         content_type="application/sparql-query")
    assert ask(direct) is False
    in_graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(get(client, in_graphs)) == count(get(client, in_graphs, infer="false")) + 1
    assert count(get(client, ARTICLES, infer="false")) == 5  # the articles are all still there


def test_web_sparql_infer_parameter_is_checked(reasoned_app):
    client = reasoned_app.test_client()
    inferred = str(reasoned_app.extensions["stancegraph"].store.inferred_graph)
    bad = get(client, KIRBY_MEMBER, infer="maybe")
    assert bad.status_code == 400 and b"infer=false" in bad.data
    conflict = get(client, KIRBY_MEMBER, infer="false", **{"default-graph-uri": inferred})
    assert conflict.status_code == 400 and b"inferred graph" in conflict.data
    from_inferred = get(client, KIRBY_MEMBER.replace("ASK", f"ASK FROM <{inferred}>"), infer="false")
    assert from_inferred.status_code == 400
    assert ask(get(client, KIRBY_MEMBER.replace("ASK", f"ASK FROM <{inferred}>"))) is True


def test_web_sparql_service_description_documents_infer(client):
    sd = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert "infer=false" in sd.data.decode()


def test_web_sparql_workers_start_only_as_concurrent_queries_need_them(seeded_store_dir):
    from kg.vocab import DEFAULT_BASE
    from kg.web.guard import Refused
    from kg.web.workers import WorkerPool

    pool = WorkerPool(str(seeded_store_dir), DEFAULT_BASE, size=2, timeout=1)
    job = {"query": ARTICLES, "results_format": "json", "rdf_format": None, "row_limit": 10}
    try:
        assert len(pool.pids()) == 1  # one to begin with
        assert pool.run(job)["status"] == 200 and len(pool.pids()) == 1
        busy = pool._take()  # as a query in flight
        assert pool.run(job)["status"] == 200 and len(pool.pids()) == 2  # a second one started
        other = pool._take()
        with pytest.raises(Refused, match="all 2 query workers stayed busy"):
            pool.run(job)  # no third: the size is the bound
        assert len(pool.pids()) == 2
        pool._idle.put(busy)
        pool._idle.put(other)
    finally:
        pool.close()


def test_web_sparql_workers_default_to_one_per_request_thread(monkeypatch, seeded_store_dir, runner):
    from kg import cli
    from kg.config import Settings

    assert Settings().sparql_workers == 8  # kg serve's default --threads
    seen = {}
    monkeypatch.setattr("kg.web.serve.serve", lambda app, **kw: seen.update(
        workers=app.extensions["stancegraph"].settings.sparql_workers, threads=kw["threads"]))
    monkeypatch.delenv("KG_SPARQL_WORKERS", raising=False)
    assert runner.invoke(cli.main, ["serve", "--store", str(seeded_store_dir), "--threads", "3"]).exit_code == 0
    assert seen == {"workers": 3, "threads": 3}
    monkeypatch.setenv("KG_SPARQL_WORKERS", "2")
    assert runner.invoke(cli.main, ["serve", "--store", str(seeded_store_dir), "--threads", "3"]).exit_code == 0
    assert seen == {"workers": 2, "threads": 3}
