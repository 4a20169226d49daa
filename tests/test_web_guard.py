"""kg.web.guard: the query form, updates, SERVICE and FROM are known before anything runs."""
from __future__ import annotations

import pytest

from kg.web.guard import Refused, check_query


@pytest.mark.parametrize("query, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX ex: <http://ex/> BASE <http://b/> ask { ?s ex:p ?o }", "ASK"),
    ("# a comment with SELECT\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <http://ex/a>", "DESCRIBE"),
    ("SELEC * {}", ""),  # the parser will say what is wrong
])
def test_web_guard_knows_the_query_form(query, form):
    assert check_query(query).form == form


@pytest.mark.parametrize("update", ["INSERT DATA { <a> <b> <c> }", "PREFIX ex: <http://ex/> DELETE WHERE { ?s ?p ?o }",
                                    "CLEAR ALL", "drop graph <http://g>", "WITH <http://g> DELETE {} WHERE {}"])
def test_web_guard_refuses_updates_with_403(update):
    with pytest.raises(Refused) as caught:
        check_query(update)
    assert caught.value.status == 403 and "read-only" in str(caught.value)


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "select * { service silent <http://x/> { ?s ?p ?o } }",
    "SELECT * { SERVICE<http://x/>{ ?s ?p ?o } }",
    "PREFIX : <http://x/> SELECT * { SERVICE:x { ?s ?p ?o } }",  # Oxigraph reads SERVICE + :x
    "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE ?endpoint { ?s ?p ?o } } }",
    "SELECT * { ?s ?p ex:a\\#x . } SERVICE <http://x/> {}",  # an escaped # is not a comment
    "LOAD <http://x/>",
])
def test_web_guard_refuses_service_and_load(query):
    with pytest.raises(Refused) as caught:
        check_query(query)
    assert caught.value.status in (400, 403)


@pytest.mark.parametrize("query", [
    'SELECT * { ?s ?p "SERVICE <http://x/> {}" }',
    "SELECT * { ?s ?p ?o } # SERVICE <http://x/>",
    "SELECT * { ?s <http://ex/SERVICE> ?service }",
    "PREFIX ex: <http://ex/> SELECT * { ?s ex:service ?o }",
    "SELECT * { ?s ?p '''a\nSERVICE <http://x/> {}''' }",
])
def test_web_guard_lets_service_in_strings_iris_comments_and_names_pass(query):
    assert check_query(query).form == "SELECT"


def test_web_guard_reads_from_clauses_with_prefixes_and_base():
    checked = check_query("BASE <http://b/> PREFIX g: <http://g/> SELECT * FROM g:one FROM <two> "
                          "FROM NAMED <http://g/three> { ?s ?p ?o }")
    assert checked.from_graphs == ("http://g/one", "http://b/two")
    assert checked.from_named == ("http://g/three",)
