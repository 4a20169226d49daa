"""Store locations of SPARQL servers: Oxigraph's layout by default, options for other servers."""
from __future__ import annotations

import pytest

from kg.sparql_client import Endpoints
from kg.store import StoreError


def test_sparql_client_oxigraph_layout_by_default():
    e = Endpoints.parse("sparql+http://127.0.0.1:7878")
    assert (e.query, e.update, e.store, e.union) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store", "param")
    assert Endpoints.parse("sparql+https://kg.example.org/oxigraph/").query == "https://kg.example.org/oxigraph/query"


def test_sparql_client_fuseki_and_graphdb_by_options():
    fuseki = Endpoints.parse("sparql+http://host:3030/ds?update=update&store=data&union=server")
    assert (fuseki.query, fuseki.update, fuseki.store, fuseki.union) == (
        "http://host:3030/ds/query", "http://host:3030/ds/update", "http://host:3030/ds/data", "server")
    graphdb = Endpoints.parse("sparql+http://host:7200/repositories/kg?query=http://host:7200/repositories/kg"
                              "&update=statements&store=rdf-graphs/service&union=server")
    assert graphdb.query == "http://host:7200/repositories/kg"
    assert graphdb.update == "http://host:7200/repositories/kg/statements"
    assert Endpoints.parse("sparql+http://host/sparql?update=&store=").store is None


def test_sparql_client_credentials_are_sent_but_never_shown():
    e = Endpoints.parse("sparql+http://admin:s%40cret@host:3030/ds")
    assert e.auth == "Basic YWRtaW46c0BjcmV0" and "cret" not in e.label and "admin" not in e.label


@pytest.mark.parametrize("location,message", [
    ("sparql+http://host:7878?timeout=soon", "not a number"),
    ("sparql+http://host:7878?union=maybe", "choose one of param, server, list"),
    ("sparql+http://host:7878?updates=x", "unknown option"),
    ("sparql+http://host:7878?query=", "cannot be empty"),
    ("sparql+ftp://host:7878", "no SPARQL server location"),
])
def test_sparql_client_bad_location_says_what_to_write(location, message):
    with pytest.raises(StoreError, match=message):
        Endpoints.parse(location)
