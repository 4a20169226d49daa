"""The store as a SPARQL 1.1 server (Oxigraph server first; Fuseki, GraphDB and others by options
of the location, see :mod:`kg.sparql_client`), behind the same interface as the embedded store.

Writes are batched per graph: replacing an article is one update request, ``DROP SILENT GRAPH``
then ``INSERT DATA``, which Oxigraph runs as one transaction (other servers as their update
handling does); the inferred graph is one Graph Store Protocol ``PUT``. Reads send the query text
with bound values written in (:mod:`kg.sparql_text`) and the dataset as protocol parameters:
the default graph is the union of the named graphs (Oxigraph's ``union-default-graph``
parameter, or the server's own setting), and ``include_inferred=False`` names every asserted
graph in ``default-graph-uri``/``named-graph-uri``, as the embedded store's dataset does.
Answers come back as pyoxigraph's result types, so callers cannot tell the stores apart.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import BinaryIO
from urllib.parse import urlencode

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.sparql_client import FORM, Client, Endpoints, broken_answer
from kg.sparql_text import bind_values, with_base
from kg.store import BULK_THRESHOLD, EXPORT_FORMATS, BaseStore, StoreError, _to_ox
from kg.vocab import DEFAULT_BASE, PREFIXES

NO_GRAPH = "urn:x-stancegraph:no-graph"  # names an empty dataset (the protocol has no other way)


def _iri(iri) -> str:
    """An IRI as SPARQL text, checked by pyoxigraph (so it cannot end the ``<...>`` early)."""
    return str(ox.NamedNode(str(iri)))


def _nt(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


class RemoteStore(BaseStore):
    """A SPARQL server at ``location``; ``read_only`` refuses writes before sending anything."""

    def __init__(self, location: str, read_only: bool = False, base_iri: str = DEFAULT_BASE):
        super().__init__(base_iri)
        self.endpoints = Endpoints.parse(location)
        self.client = Client(self.endpoints)
        self.read_only = read_only
        self.label = self.endpoints.label

    def ping(self) -> None:
        """Raise :class:`StoreError` with what to do unless the server answers a query."""
        self.client.query("ASK {}", [])

    # -- writing -----------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.label} was opened read-only")

    def replace_graph(self, graph: URIRef, triples: Graph | Iterable[ox.Triple] | bytes) -> None:
        """Replace the named graph ``graph`` by ``triples`` in one request: an update (one
        transaction on Oxigraph), or above ``BULK_THRESHOLD`` triples a Graph Store Protocol
        ``PUT`` (not one transaction on every server, as the embedded store's bulk path)."""
        self._writable()
        if isinstance(triples, bytes):  # N-Triples
            body = triples.decode("utf-8")
        elif isinstance(triples, Graph):
            body = triples.serialize(format="nt")
        else:
            triples = list(triples)
            if len(triples) > BULK_THRESHOLD and self.endpoints.store is not None:
                url = f"{self.endpoints.store}?{urlencode({'graph': ox.NamedNode(str(graph)).value})}"
                self.client.send("store", "PUT", url, _nt(triples),
                                 {"Content-Type": "application/n-triples"})
                return
            body = _nt(triples).decode("utf-8")
        self.client.update(f"DROP SILENT GRAPH {_iri(graph)} ;\n"
                           f"INSERT DATA {{ GRAPH {_iri(graph)} {{\n{body}\n}} }}")

    def load_nquads(self, data: bytes) -> None:
        """Add N-Quads: one Graph Store Protocol ``POST``, or one ``INSERT DATA``."""
        self._writable()
        if self.endpoints.store is not None:
            self.client.send("store", "POST", self.endpoints.store, data,
                             {"Content-Type": "application/n-quads"})
            return
        by_graph: dict[object, list[ox.Triple]] = {}
        for q in ox.parse(data, format=ox.RdfFormat.N_QUADS):
            by_graph.setdefault(q.graph_name, []).append(q.triple)
        blocks = "\n".join(_nt(ts).decode("utf-8") if isinstance(g, ox.DefaultGraph)
                           else f"GRAPH {g} {{\n{_nt(ts).decode('utf-8')}\n}}" for g, ts in by_graph.items())
        self.client.update(f"INSERT DATA {{\n{blocks}\n}}")

    def remove_graph(self, graph: URIRef) -> None:
        self._writable()
        self.client.update(f"DROP SILENT GRAPH {_iri(graph)}")

    def flush(self) -> None:
        """Nothing to do: the server commits each request."""

    # -- reading -----------------------------------------------------------------------
    def _union(self) -> list[tuple[str, str]]:
        """Protocol parameters making the default graph the union of the named graphs."""
        if self.endpoints.union == "param":
            return [("union-default-graph", "")]
        if self.endpoints.union == "list":
            graphs = [g.value for g in self._graphs()]
            return self._dataset(graphs, graphs)
        return []

    @staticmethod
    def _dataset(default_graph: list[str], named_graphs: list[str]) -> list[tuple[str, str]]:
        if not default_graph and not named_graphs:
            default_graph = [NO_GRAPH]
        return ([("default-graph-uri", ox.NamedNode(g).value) for g in default_graph]
                + [("named-graph-uri", ox.NamedNode(g).value) for g in named_graphs])

    def _query(self, sparql: str, params: list[tuple[str, str]], bindings=None, base_iri=None):
        text = bind_values(sparql, {k: _to_ox(v) for k, v in (bindings or {}).items()})
        return self.client.query(with_base(text, base_iri), params)

    def asserted_graphs(self) -> list[ox.NamedNode]:
        inferred = ox.NamedNode(str(self.inferred_graph))
        return [g for g in self._graphs() if g != inferred]

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None,
              include_inferred: bool = True, base_iri: str | None = None):
        if include_inferred:
            params = self._union()
        else:
            graphs = [g.value for g in self.asserted_graphs()]
            params = self._dataset(graphs, graphs)
        return self._query(sparql, params, bindings, base_iri)

    def query_dataset(self, sparql: str, default_graph: list[str] | None = None,
                      named_graphs: list[str] | None = None, union: bool = False,
                      base_iri: str | None = None):
        if default_graph is not None or named_graphs is not None:
            params = self._dataset(default_graph or [], named_graphs or [])
        else:
            params = self._union() if union else []
        return self._query(sparql, params, base_iri=base_iri)

    def has_graph(self, iri: str) -> bool:
        return bool(self._query(f"ASK {{ GRAPH {_iri(iri)} {{ ?s ?p ?o }} }}", []))

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._graphs())

    def _graphs(self) -> list[ox.NamedNode]:
        """The named graphs in the server's order (Oxigraph's is the embedded store's, so a
        union over them reads triples in the same order: SAMPLE and GROUP_CONCAT agree)."""
        # Oxigraph lists its graphs for GRAPH ?g {}; other servers are asked the portable way.
        pattern = "{}" if self.endpoints.union == "param" else "{ ?s ?p ?o }"
        rows = self._query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {pattern} }}", [])
        return [row["g"] for row in rows if isinstance(row["g"], ox.NamedNode)]

    def __len__(self) -> int:
        rows = self._query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", [])
        return int(next(iter(rows))["n"].value)

    def quads(self, include_inferred: bool = True) -> Iterator[ox.Quad]:
        """Every quad of the named graphs, streamed from one query."""
        where = "" if include_inferred else f"FILTER(?g != {_iri(self.inferred_graph)})"
        query = f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {where} }}"
        with self._stream(query, "text/tab-separated-values") as response:
            try:
                for row in ox.parse_query_results(response, format=ox.QueryResultsFormat.TSV):
                    yield ox.Quad(row["s"], row["p"], row["o"], row["g"])
            except SyntaxError as exc:
                raise broken_answer(exc) from exc

    def dump(self, output: BinaryIO, fmt: str, include_inferred: bool = False) -> None:
        """As :meth:`GraphStore.dump`: the whole store, read in one streamed query."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        ox_format, keeps_graphs = EXPORT_FORMATS[fmt]
        prefixes = PREFIXES if ox_format not in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else None
        if keeps_graphs:
            ox.serialize(self.quads(include_inferred), output, ox_format, prefixes=prefixes)
            return
        where = "" if include_inferred else f"FILTER(?g != {_iri(self.inferred_graph)})"
        query = ("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                 f"GRAPH ?g {{ ?s ?p ?o }} {where} }} }}")
        with self._stream(query, "application/n-triples") as response:
            try:
                ox.serialize(ox.parse(response, format=ox.RdfFormat.N_TRIPLES), output, ox_format,
                             prefixes=prefixes)
            except SyntaxError as exc:
                raise broken_answer(exc) from exc

    def _stream(self, query: str, accept: str):
        body = urlencode({"query": query}).encode("utf-8")
        return self.client.stream("query", self.endpoints.query, body,
                                  {"Content-Type": FORM, "Accept": accept})
