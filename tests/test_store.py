"""The store: atomic per-article replacement, union queries, bindings, exports with prefixes."""
from __future__ import annotations

import io

import pytest
import rdflib
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.store import GraphStore, QuerySyntaxError, StoreError, open_store
from kg.vocab import SG

EX = "https://example.org/"


def graph_of(*triples) -> Graph:
    g = Graph()
    for s, p, o in triples:
        g.add((URIRef(EX + s), SG[p] if p in ("leaderOf", "memberOf") else URIRef(EX + p),
               o if isinstance(o, Literal) else URIRef(EX + o)))
    return g


def test_store_replace_graph_replaces_only_that_graph(store):
    g1, g2 = URIRef(EX + "g1"), URIRef(EX + "g2")
    store.replace_graph(g1, graph_of(("a", "leaderOf", "b"), ("a", "name", Literal("A"))))
    store.replace_graph(g2, graph_of(("c", "memberOf", "d")))
    store.replace_graph(g1, graph_of(("a", "memberOf", "b")))
    rows = list(store.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s"))
    assert [(r["s"], r["p"].rsplit("#", 1)[-1]) for r in rows] == [(EX + "a", "memberOf"), (EX + "c", "memberOf")]
    assert store.named_graphs() == [str(g1), str(g2)]


def test_store_replace_graph_twice_changes_nothing(store):
    g = graph_of(("a", "leaderOf", "b"), ("a", "name", Literal('quote " and \\ backslash\nnewline')))
    store.replace_graph(URIRef(EX + "g"), g)
    before = len(store)
    store.replace_graph(URIRef(EX + "g"), g)
    assert len(store) == before == 2


def test_store_replace_graph_from_ntriples_new_then_existing(store):
    g1, g2 = URIRef(EX + "g1"), URIRef(EX + "g2")
    store.replace_graph(g2, graph_of(("c", "memberOf", "d")))
    first = graph_of(("a", "leaderOf", "b"), ("a", "name", Literal('quote " and \\ backslash\nnewline')))
    store.replace_graph(g1, first.serialize(format="nt").encode("utf-8"))  # a new graph: loaded
    assert len(store) == 3
    store.replace_graph(g1, first.serialize(format="nt").encode("utf-8"))  # the same again
    assert len(store) == 3
    store.replace_graph(g1, graph_of(("a", "memberOf", "b")).serialize(format="nt").encode("utf-8"))
    rows = list(store.select("SELECT ?g ?s ?p WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"))
    assert [(r["g"], r["p"].rsplit("#", 1)[-1]) for r in rows] == [(str(g1), "memberOf"), (str(g2), "memberOf")]


def test_store_replace_graph_bad_ntriples_writes_nothing(store):
    g = URIRef(EX + "g")
    good = graph_of(("a", "leaderOf", "b")).serialize(format="nt").encode("utf-8")
    with pytest.raises(SyntaxError):
        store.replace_graph(g, good + b"<https://example.org/x> <broken")
    assert len(store) == 0 and not store.has_graph(str(g))


def test_store_query_sees_union_of_graphs_and_takes_bindings(store):
    store.replace_graph(URIRef(EX + "g1"), graph_of(("a", "leaderOf", "b")))
    store.replace_graph(URIRef(EX + "g2"), graph_of(("c", "leaderOf", "b")))
    q = "PREFIX sg: <%s> SELECT ?s WHERE { ?s sg:leaderOf ?o } ORDER BY ?s" % SG._NS
    assert [r["s"] for r in store.select(q)] == [EX + "a", EX + "c"]
    bound = list(store.select(q, {"s": URIRef(EX + "c")}))
    assert [r["s"] for r in bound] == [EX + "c"]


def test_store_bad_sparql_raises_with_parser_message(store):
    with pytest.raises(QuerySyntaxError, match="error at 1"):
        store.query("SELEC ?x WHERE { }")


def test_store_on_disk_persists_across_opens(tmp_path):
    first = open_store(str(tmp_path / "s"))
    first.replace_graph(URIRef(EX + "g"), graph_of(("a", "leaderOf", "b")))
    first.flush()
    del first
    second = open_store(str(tmp_path / "s"))
    assert len(second) == 1


def test_store_optimize_keeps_the_data(tmp_path, store):
    on_disk = open_store(str(tmp_path / "s"))
    for each in (on_disk, store):  # on disk: compacted; in memory: nothing to do
        each.replace_graph(URIRef(EX + "g"), graph_of(("a", "leaderOf", "b"), ("c", "leaderOf", "b")))
        each.optimize()
        assert len(each) == 2 and each.has_graph(EX + "g")


def test_store_bindings_are_values_not_text(store):
    store.replace_graph(URIRef(EX + "g"), graph_of(("a", "leaderOf", "b")))
    q = "PREFIX sg: <%s> SELECT ?s ?o WHERE { ?s sg:leaderOf ?o }" % SG._NS
    for hostile in ['b" } ; DROP ALL ; SELECT * { "', "it's } DROP ALL #"]:
        assert list(store.select(q, {"o": Literal(hostile)})) == []  # a literal that matches nothing
    assert list(store.select(q, {"o": URIRef(EX + "b")})) == [{"s": EX + "a", "o": EX + "b"}]
    assert len(store) == 1  # nothing was dropped


def test_store_locked_directory_is_a_clear_error(tmp_path):
    holder = open_store(str(tmp_path / "s"))
    with pytest.raises(StoreError, match="another `kg` process"):
        open_store(str(tmp_path / "s"))
    del holder


@pytest.mark.parametrize("fmt,rdflib_format,keeps_graphs", [
    ("turtle", "turtle", False), ("nt", "nt", False), ("jsonld", "json-ld", False),
    ("rdfxml", "xml", False), ("trig", "trig", True), ("nq", "nquads", True)])
def test_store_dump_round_trips_in_every_format(store, fmt, rdflib_format, keeps_graphs):
    g1 = graph_of(("a", "leaderOf", "b"), ("a", "name", Literal("Ä \"quoted\"")))
    g2 = graph_of(("a", "leaderOf", "b"), ("c", "memberOf", "d"))  # one triple in both graphs
    store.replace_graph(URIRef(EX + "g1"), g1)
    store.replace_graph(URIRef(EX + "g2"), g2)
    out = io.BytesIO()
    store.dump(out, fmt)
    if keeps_graphs:
        ds = rdflib.Dataset()
        ds.parse(data=out.getvalue(), format=rdflib_format)
        assert isomorphic(ds.graph(URIRef(EX + "g1")), g1)
        assert isomorphic(ds.graph(URIRef(EX + "g2")), g2)
    else:
        parsed = Graph().parse(data=out.getvalue(), format=rdflib_format)
        assert isomorphic(parsed, g1 + g2)  # flattened, the shared triple once
        if fmt == "nt":
            assert len(out.getvalue().splitlines()) == len(g1 + g2)
    if fmt in ("turtle", "trig"):
        assert b"@prefix sg: <https://w3id.org/stancegraph/ontology#>" in out.getvalue()
        assert b"sg:leaderOf" in out.getvalue()


def test_store_dump_rejects_unknown_format(store):
    with pytest.raises(ValueError, match="choose one of"):
        store.dump(io.BytesIO(), "yaml")


def test_store_unknown_scheme_is_refused_clearly():
    with pytest.raises(StoreError, match=r"or a SPARQL server as sparql\+http://HOST:PORT"):
        open_store("ftp://127.0.0.1:7878")


def test_store_remote_location_without_server_says_how_to_start_one():
    from web_support import free_port

    with pytest.raises(StoreError, match="Is it running.*oxigraph serve"):
        open_store(f"sparql+http://127.0.0.1:{free_port()}")


def test_store_memory_location_gives_an_empty_store():
    assert len(open_store("memory")) == 0 and isinstance(open_store("memory"), GraphStore)


def test_store_large_new_derived_graph_is_bulk_written_with_the_same_content(store, monkeypatch):
    import pyoxigraph as ox

    import kg.store as store_module

    monkeypatch.setattr(store_module, "BULK_THRESHOLD", 10)
    triples = [ox.Triple(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"), ox.Literal(str(i))) for i in range(50)]
    calls = []
    monkeypatch.setattr(store, "_store", _Spy(store._store, calls))
    store.replace_graph(URIRef(EX + "inferred"), triples)
    assert calls == ["bulk_extend"] and len(store) == 50
    store.replace_graph(URIRef(EX + "inferred"), triples[:40])  # an existing graph: one transaction
    assert calls == ["bulk_extend"] and len(store) == 40


class _Spy:
    """Records which write path of the pyoxigraph store was taken."""

    def __init__(self, inner, calls):
        self._inner, self._calls = inner, calls

    def bulk_extend(self, quads):
        self._calls.append("bulk_extend")
        return self._inner.bulk_extend(quads)

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def __len__(self):
        return len(self._inner)
