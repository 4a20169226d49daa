"""Bound values written into SPARQL text give what pyoxigraph's substitutions give (SEP-0007)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.sparql_text import substitute, with_base

EX = "https://example.org/"
A, B = ox.NamedNode(EX + "a"), ox.NamedNode(EX + "b")
G1, G2 = ox.NamedNode(EX + "g1"), ox.NamedNode(EX + "g2")


@pytest.fixture(scope="module")
def oxstore() -> ox.Store:
    store = ox.Store()
    for s, o, g in [(A, B, G1), (B, A, G1), (A, ox.Literal('say "hi"\n'), G2), (B, ox.Literal("x"), G2)]:
        store.add(ox.Quad(s, ox.NamedNode(EX + "p"), o, g))
    return store


def rows(results) -> list:
    if isinstance(results, ox.QuerySolutions):
        names = [v.value for v in results.variables]
        return [names, sorted(str([s[n] for n in names]) for s in results)]
    if isinstance(results, ox.QueryBoolean):
        return bool(results)
    return sorted(map(str, results))


QUERIES = [
    ("SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"s": A}),
    ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } # a comment { ?s }", {"s": A}),
    ("SELECT ?s (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?s ORDER BY ?s", {"s": B}),
    ("SELECT ?s ?g ?skip WHERE { { SELECT DISTINCT ?s ?g ?skip WHERE { GRAPH ?g { ?s ?p ?o } "
     "FILTER(?g != ?skip) } } }", {"skip": G1}),
    ("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o ?skip WHERE { GRAPH ?g { ?s ?p ?o } "
     "FILTER(?g != ?skip) } }", {"skip": G2}),
    ("SELECT ?o ?t WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STR(?o) = STR(?t)) }",
     {"t": ox.Literal('say "hi"\n')}),
    ("ASK { GRAPH ?g { ?s ?p '?s \"?s\"' } }", {"s": A}),
]


@pytest.mark.parametrize("query,bindings", QUERIES)
def test_sparql_text_substitute_answers_as_pyoxigraph_substitutions(oxstore, query, bindings):
    expected = oxstore.query(query, substitutions={ox.Variable(k): v for k, v in bindings.items()})
    assert rows(oxstore.query(substitute(query, bindings))) == rows(expected)


def test_sparql_text_hostile_literal_stays_a_literal():
    hostile = ox.Literal('x" } ; DROP ALL ; SELECT * { "')
    text = substitute("SELECT ?q WHERE { ?s ?p ?q }", {"q": hostile})
    assert "DROP ALL" in text and text.count("{") == text.count("}")
    assert ox.Store().query(text).variables == [ox.Variable("q")]  # it parses: one query


def test_sparql_text_unprojected_binding_is_refused_as_pyoxigraph_does():
    with pytest.raises(RuntimeError, match=r"does not contains variable \?s"):
        substitute("SELECT ?o WHERE { ?s ?p ?o }", {"s": A})


def test_sparql_text_blank_node_cannot_be_bound():
    with pytest.raises(TypeError, match="bind IRIs or literals"):
        substitute("SELECT ?s WHERE { ?s ?p ?o }", {"s": ox.BlankNode()})


def test_sparql_text_base_only_when_the_query_has_relative_iris():
    assert with_base("SELECT * WHERE { ?s <http://x/p> ?o }", EX) == "SELECT * WHERE { ?s <http://x/p> ?o }"
    assert with_base("SELECT * WHERE { ?s <p> ?o }", EX).startswith(f"BASE <{EX}> SELECT")


def test_sparql_text_strings_iris_and_comments_are_left_alone():
    query = "ASK { ?s <http://x/?s> '?s \"?s\"' } # ?s\n"
    assert substitute(query, {"s": A}) == f"ASK {{ <{EX}a> <http://x/?s> '?s \"?s\"' }} # ?s\n"
