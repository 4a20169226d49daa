"""The store keeps the inferred graph apart: queries see it by default, exports only on request."""
from __future__ import annotations

import io

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.store import GraphStore
from kg.vocab import SG

EX = "https://example.org/"
LEADS = (URIRef(EX + "a"), SG.leaderOf, URIRef(EX + "b"))
MEMBER = (URIRef(EX + "a"), SG.memberOf, URIRef(EX + "b"))


def graph(*triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def store_with_inferred() -> GraphStore:
    store = GraphStore(None)
    store.replace_graph(URIRef(EX + "article"), graph(LEADS))
    store.replace_graph(store.inferred_graph, graph(MEMBER))
    return store


def test_store_query_sees_inferred_unless_excluded():
    store = store_with_inferred()
    q = "SELECT ?p WHERE { ?s ?p ?o } ORDER BY ?p"
    assert [r["p"] for r in store.select(q)] == [str(SG.leaderOf), str(SG.memberOf)]
    assert [r["p"] for r in store.select(q, include_inferred=False)] == [str(SG.leaderOf)]
    in_graphs = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert [r["g"] for r in store.select(in_graphs, include_inferred=False)] == [EX + "article"]


def test_store_dump_leaves_inferred_out_unless_asked():
    store = store_with_inferred()
    for fmt, rdflib_format in (("nt", "nt"), ("turtle", "turtle"), ("nq", "nquads")):
        plain, full = io.BytesIO(), io.BytesIO()
        store.dump(plain, fmt)
        store.dump(full, fmt, include_inferred=True)
        assert MEMBER not in set(Graph().parse(data=plain.getvalue(), format=rdflib_format)), fmt
        if fmt != "nq":
            assert MEMBER in set(Graph().parse(data=full.getvalue(), format=rdflib_format)), fmt
        else:
            assert str(store.inferred_graph).encode() in full.getvalue()


def test_store_replace_graph_with_oxigraph_triples_writes_the_difference():
    store = store_with_inferred()
    a, b, c = (ox.NamedNode(EX + n) for n in "abc")
    member, has = ox.NamedNode(str(SG.memberOf)), ox.NamedNode(str(SG.hasMember))
    store.replace_graph(store.inferred_graph, [ox.Triple(a, member, b), ox.Triple(b, has, a)])
    store.replace_graph(store.inferred_graph, [ox.Triple(b, has, a), ox.Triple(c, member, b)])
    rows = {(r["s"], r["p"]) for r in store.select(
        "SELECT ?s ?p ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": store.inferred_graph})}
    assert rows == {(EX + "b", str(SG.hasMember)), (EX + "c", str(SG.memberOf))}
    store.replace_graph(store.inferred_graph, [])
    assert str(store.inferred_graph) not in store.named_graphs() or not list(store.select(
        "SELECT ?s ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": store.inferred_graph}))


def test_store_inferred_graph_follows_the_base_iri():
    store = GraphStore(None, base_iri="https://news.example/id/")
    assert str(store.inferred_graph) == "https://news.example/id/graph/inferred"
