"""Bound values written into SPARQL text as VALUES give what pyoxigraph's substitutions give (SEP-0007)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.sparql_text import bind_values, with_base

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
    # a filter in a UNION branch and in an OPTIONAL sees the bound value, as substitution gives
    ("SELECT ?s ?o ?skip WHERE { { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?skip) } UNION "
     "{ GRAPH ?g { ?o ?p ?s } FILTER(?g = ?skip) } }", {"skip": G1}),
    ("SELECT ?s ?x WHERE { GRAPH ?g { ?s ?p ?o } OPTIONAL { GRAPH ?h { ?o ?p ?x } FILTER(?x = ?s) } }",
     {"s": A}),
    # nested sub-SELECTs that do not project the bound variable, as kg/sparql/entity_layer.rq
    ("SELECT ?s ?skip WHERE { { SELECT DISTINCT ?s WHERE { { SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } "
     "FILTER(?g != ?skip) } } } } }", {"skip": G2}),
    # the query's own VALUES blocks (header and data) and a CONSTRUCT template stay as they are
    ("SELECT ?s ?o WHERE { VALUES (?s ?x) { (<https://example.org/a> 1) (<https://example.org/b> 2) } "
     "GRAPH ?g { ?s ?p ?o } } VALUES ?o { <https://example.org/b> \"x\" }", {"s": B}),
    ("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {"s": A}),
    ("SELECT ?s (COUNT(?o) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER EXISTS { GRAPH ?g { ?o ?p ?s } } } "
     "GROUP BY ?s", {"s": A}),
]


@pytest.mark.parametrize("query,bindings", QUERIES)
def test_sparql_text_bind_values_answers_as_pyoxigraph_substitutions(oxstore, query, bindings):
    expected = oxstore.query(query, substitutions={ox.Variable(k): v for k, v in bindings.items()})
    assert rows(oxstore.query(bind_values(query, bindings))) == rows(expected)


HOSTILE = [
    ox.Literal('x" } ; DROP ALL ; SELECT * { "'),
    ox.Literal("it's \"quoted\"\n} ; DROP ALL #"),
    ox.Literal("''' } DROP ALL '''", language="en"),
    ox.Literal("1 } ; DROP ALL", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")),
    ox.NamedNode(EX + "a%3E%20%7D%20;%20DROP%20ALL"),
]


@pytest.mark.parametrize("hostile", HOSTILE, ids=str)
def test_sparql_text_hostile_value_stays_one_term(hostile):
    text = bind_values("SELECT ?q WHERE { ?s ?p ?q }", {"q": hostile})
    store = ox.Store()
    store.add(ox.Quad(A, A, hostile, ox.DefaultGraph()))
    store.add(ox.Quad(A, A, ox.Literal("other"), ox.DefaultGraph()))
    assert [s["q"] for s in store.query(text)] == [hostile]  # it parses, and matches the value only


def test_sparql_text_iri_with_angle_bracket_cannot_be_made():
    with pytest.raises(ValueError):  # pyoxigraph refuses such an IRI, so it never reaches the text
        ox.NamedNode(EX + "a> } ; DROP ALL")


def test_sparql_text_unprojected_binding_is_refused_as_pyoxigraph_does():
    with pytest.raises(RuntimeError, match=r"does not contains variable \?s"):
        bind_values("SELECT ?o WHERE { ?s ?p ?o }", {"s": A})


def test_sparql_text_blank_node_cannot_be_bound():
    with pytest.raises(TypeError, match="bind IRIs or literals"):
        bind_values("SELECT ?s WHERE { ?s ?p ?o }", {"s": ox.BlankNode()})


def test_sparql_text_short_construct_is_refused():
    with pytest.raises(ValueError, match="short form"):
        bind_values("CONSTRUCT WHERE { ?s ?p ?o }", {"s": A})


def test_sparql_text_base_only_when_the_query_has_relative_iris():
    assert with_base("SELECT * WHERE { ?s <http://x/p> ?o }", EX) == "SELECT * WHERE { ?s <http://x/p> ?o }"
    assert with_base("SELECT * WHERE { ?s <p> ?o }", EX).startswith(f"BASE <{EX}> SELECT")


def test_sparql_text_strings_iris_and_comments_are_left_alone():
    query = "ASK { ?s <http://x/?s> '?s \"?s\"' } # ?s\n"
    assert bind_values(query, {"s": A}) == f"ASK {{ VALUES ?s {{ <{EX}a> }} ?s <http://x/?s> '?s \"?s\"' }} # ?s\n"


def test_sparql_text_values_go_where_the_variable_is_used():
    query = "SELECT ?s WHERE { { ?s ?p ?o } UNION { ?o ?p ?x } }"
    assert bind_values(query, {"s": A}) == (f"SELECT ?s WHERE {{ VALUES ?s {{ <{EX}a> }} {{ VALUES ?s {{ <{EX}a> }} "
                                            "?s ?p ?o } UNION { ?o ?p ?x } }")
