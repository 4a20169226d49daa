"""Open, replace, query and dump the graph store.

The embedded default is Oxigraph (pyoxigraph) on disk; ``memory`` gives an in-memory Oxigraph for
tests; ``sparql+http://HOST:PORT`` a SPARQL 1.1 server (:mod:`kg.remote_store`). Both stores
implement :class:`BaseStore`, the only interface the rest of ``kg`` uses. rdflib stays at the edges (building an article's triples, parsing, serialising): measured
here, Oxigraph answers our queries 8-30x faster than rdflib's in-memory store.

Each article lives in its own named graph. :meth:`GraphStore.replace_graph` drops and rewrites
that graph in one SPARQL update, which Oxigraph runs as one transaction: a process killed at any
point leaves either the old graph or the new one, never half of either.

Bound values are written into the query text as ``VALUES`` blocks of escaped RDF terms
(:func:`kg.sparql_text.bind_values`), not passed as pyoxigraph ``substitutions`` as DESIGN.md's
rule 2 says: pyoxigraph 0.5 plans a substituted variable up to 250x slower (bench/RESULTS.md).
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.sparql_text import bind_values
from kg.vocab import DEFAULT_BASE, PREFIXES, Minter

MEMORY = "memory"
REMOTE_SCHEMES = ("sparql+http://", "sparql+https://")


class StoreError(Exception):
    """The store cannot be opened or used; the message says what to do."""


class QuerySyntaxError(ValueError):
    """A SPARQL query or update that does not parse; carries the parser's message."""


# Export formats: name -> (pyoxigraph format, keeps named graphs)
EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, False),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
}

# The union of the named graphs, each triple once (CONSTRUCT alone repeats a triple per graph).
BULK_THRESHOLD = 100_000  # triples; see GraphStore._sync_graph
_ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


def _to_ox(term) -> ox.NamedNode | ox.Literal:
    """An rdflib IRI or literal as a pyoxigraph term (for query bindings)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
        return term
    if getattr(term, "datatype", None):
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    if getattr(term, "language", None):
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term))


def _nt(triples: Iterable[ox.Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


class BaseStore(ABC):
    """What a store offers; :class:`GraphStore` documents each method's contract."""

    def __init__(self, base_iri: str = DEFAULT_BASE):
        self.base_iri = base_iri
        self.inferred_graph = Minter(base_iri).inferred_graph()  # kept apart: see kg.reasoning

    label: str  # where the store is, for messages

    @abstractmethod
    def replace_graph(self, graph: URIRef, triples: Graph | Iterable[ox.Triple] | bytes) -> None: ...
    @abstractmethod
    def load_nquads(self, data: bytes) -> None: ...
    @abstractmethod
    def remove_graph(self, graph: URIRef) -> None: ...
    @abstractmethod
    def flush(self) -> None: ...

    def optimize(self) -> None:
        """Compact the store after a batch of writes, for faster reads (the server's business for
        a remote store)."""
    @abstractmethod
    def asserted_graphs(self) -> list[ox.NamedNode]: ...
    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None,
              include_inferred: bool = True, base_iri: str | None = None): ...
    @abstractmethod
    def query_dataset(self, sparql: str, default_graph: list[str] | None = None,
                      named_graphs: list[str] | None = None, union: bool = False,
                      base_iri: str | None = None): ...
    @abstractmethod
    def has_graph(self, iri: str) -> bool: ...
    @abstractmethod
    def named_graphs(self) -> list[str]: ...
    @abstractmethod
    def __len__(self) -> int: ...
    @abstractmethod
    def quads(self) -> Iterator[ox.Quad]: ...
    @abstractmethod
    def dump(self, output: BinaryIO, fmt: str, include_inferred: bool = False) -> None: ...

    def select(self, sparql: str, bindings: Mapping[str, object] | None = None,
               include_inferred: bool = True) -> Iterator[dict[str, str | None]]:
        """Rows of a SELECT query as dicts of plain strings (None for unbound)."""
        results = self.query(sparql, bindings, include_inferred=include_inferred)
        names = [v.value for v in results.variables]
        for solution in results:
            yield {n: (None if solution[n] is None else solution[n].value) for n in names}


class GraphStore(BaseStore):
    """An Oxigraph store on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False,
                 base_iri: str = DEFAULT_BASE):
        super().__init__(base_iri)
        self.path = None if path is None else Path(path)
        self.label = MEMORY if path is None else str(path)
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}. If another `kg` "
                             "process is writing to it, wait for it or use another --store") from exc

    # -- writing -----------------------------------------------------------------------
    def replace_graph(self, graph: URIRef, triples: Graph | Iterable[ox.Triple] | bytes) -> None:
        """Atomically replace the named graph ``graph`` by ``triples`` (rdflib, pyoxigraph, or
        N-Triples as bytes).

        N-Triples for a graph the store does not hold yet (a new article) are loaded by Oxigraph
        in one transaction, parsed in Rust without holding Python's GIL: ingest's writer thread
        runs beside spaCy. pyoxigraph triples (the large inferred graph), and N-Triples for a
        graph that exists (an article ingested again), are written as the difference from the
        graph's current content, still in one transaction: re-writing unchanged triples costs
        more than comparing them, and an unchanged article writes nothing.
        """
        if isinstance(triples, bytes):
            target = ox.NamedNode(str(graph))
            if not self._store.contains_named_graph(target):
                self._store.load(triples, ox.RdfFormat.N_TRIPLES, to_graph=target)
                return
            triples = ox.parse(triples, ox.RdfFormat.N_TRIPLES)
        if not isinstance(triples, Graph):
            self._sync_graph(ox.NamedNode(str(graph)), set(triples))
            return
        body = triples.serialize(format="nt")
        self._store.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n"
                           f"{body}\n}} }}")

    def _sync_graph(self, graph: ox.NamedNode, new: set[ox.Triple]) -> None:
        old = {ox.Triple(q.subject, q.predicate, q.object)
               for q in self._store.quads_for_pattern(None, None, None, graph)}
        removed, added = old - new, new - old
        if not old and len(added) > BULK_THRESHOLD:
            # A large derived graph written anew: bulk writing is about 2.5x faster than one
            # transaction but not atomic. A `kg reason` killed here leaves the inferred graph
            # partial until the next `kg reason`, which completes it; article graphs are untouched.
            self._store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in added)
            return
        if not removed:  # extend is one transaction too
            self._store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in added)
            return
        self._store.update(f"DELETE DATA {{ GRAPH <{graph.value}> {{\n{_nt(removed)}\n}} }} ;\n"
                           f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{_nt(added)}\n}} }}")

    def load_nquads(self, data: bytes) -> None:
        """Bulk-load N-Quads: fast, but not one transaction (for generated benchmark graphs)."""
        self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS)

    def remove_graph(self, graph: URIRef) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph}>")

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    def optimize(self) -> None:
        """RocksDB compaction: a store written article by article answers queries up to 1.5x
        slower before it (measured on the 1k benchmark graph; large stores compact as they grow)."""
        if self.path is not None:
            self._store.optimize()

    # -- reading -----------------------------------------------------------------------
    def asserted_graphs(self) -> list[ox.NamedNode]:
        """Every named graph but the inferred one: what the articles state."""
        inferred = ox.NamedNode(str(self.inferred_graph))
        return [g for g in self._store.named_graphs() if g != inferred]

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None,
              include_inferred: bool = True, base_iri: str | None = None):
        """Run a SPARQL query over the union of all graphs; values enter only via ``bindings``.

        ``include_inferred=False`` leaves the inferred graph out of both the default graph and
        ``GRAPH`` patterns, so the query sees only what articles state. Relative IRIs in the
        query resolve against ``base_iri``.
        """
        if include_inferred:
            dataset = {"use_default_graph_as_union": True}
        else:
            graphs = self.asserted_graphs()
            dataset = {"default_graph": graphs, "named_graphs": graphs}
        try:
            sparql = bind_values(sparql, {k: _to_ox(v) for k, v in (bindings or {}).items()})
            return self._store.query(sparql, base_iri=base_iri, **dataset)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc

    def query_dataset(self, sparql: str, default_graph: list[str] | None = None,
                      named_graphs: list[str] | None = None, union: bool = False,
                      base_iri: str | None = None):
        """Run a query on an explicit dataset, as the SPARQL Protocol's ``default-graph-uri`` and
        ``named-graph-uri`` give it (graph IRIs; a graph the store lacks is empty). With neither,
        the default graph is the union when ``union``, else the query's own ``FROM``/``FROM NAMED``
        choose (Oxigraph ignores them when the default graph is the union). Relative IRIs in the
        query resolve against ``base_iri``.
        """
        dataset: dict[str, object] = {"use_default_graph_as_union": union}
        if default_graph is not None or named_graphs is not None:
            dataset = {"default_graph": [ox.NamedNode(g) for g in default_graph or []],
                       "named_graphs": [ox.NamedNode(g) for g in named_graphs or []]}
        try:
            return self._store.query(sparql, base_iri=base_iri, **dataset)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc

    def has_graph(self, iri: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(iri))

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def __len__(self) -> int:
        return len(self._store)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the store, the inferred graph's too."""
        return iter(self._store)

    def dump(self, output: BinaryIO, fmt: str, include_inferred: bool = False) -> None:
        """Write the whole store; Turtle, N-Triples and JSON-LD flatten the named graphs.

        The inferred graph is left out unless ``include_inferred``.
        """
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        ox_format, keeps_graphs = EXPORT_FORMATS[fmt]
        prefixes = PREFIXES if ox_format not in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else None
        inferred = ox.NamedNode(str(self.inferred_graph))
        if keeps_graphs and include_inferred:
            self._store.dump(output, ox_format, prefixes=prefixes)
        elif keeps_graphs:
            quads = (q for q in self._store if q.graph_name != inferred)
            ox.serialize(quads, output, ox_format, prefixes=prefixes)
        else:
            graphs = [g for g in self._store.named_graphs() if include_inferred or g != inferred]
            ox.serialize(self._store.query(_ALL_TRIPLES, named_graphs=graphs), output, ox_format,
                         prefixes=prefixes)


def above_confidence(store: BaseStore, min_confidence: float) -> GraphStore:
    """An in-memory copy of ``store`` without the assertions and stances below
    ``min_confidence``, nor the facts that only such assertions state (in their article's graph)."""
    from decimal import Decimal

    weak_nodes, weak_facts = set(), set()
    rows = store.query(load_sparql("below_confidence"), {"min": ox.Literal(
        str(Decimal(str(min_confidence))), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))})
    for row in rows:
        weak_nodes.add(row["node"])
        if row["s"] is not None:
            weak_facts.add((row["g"], row["s"], row["p"], row["o"]))
    copy = GraphStore(None, base_iri=store.base_iri)
    copy._store.extend(q for q in store.quads()
                       if q.subject not in weak_nodes
                       and (q.graph_name, q.subject, q.predicate, q.object) not in weak_facts)
    return copy


def open_store(location: str, read_only: bool = False, base_iri: str = DEFAULT_BASE) -> BaseStore:
    """``memory``, a directory path (the store is created when it does not exist yet) or a SPARQL
    server, ``sparql+http://HOST:PORT[/PATH][?OPTIONS]`` (:mod:`kg.sparql_client`), asked at once
    whether it answers."""
    if location == MEMORY:
        return GraphStore(None, base_iri=base_iri)
    if location.startswith(REMOTE_SCHEMES):
        from kg.remote_store import RemoteStore

        store = RemoteStore(location, read_only=read_only, base_iri=base_iri)
        store.ping()
        return store
    if "://" in location:
        raise StoreError(f"{location}: give a directory, 'memory', or a SPARQL server as "
                         "sparql+http://HOST:PORT (see the README, 'Using an external SPARQL server')")
    if read_only and not Path(location).is_dir():
        raise StoreError(f"no store at {location}; create it with `kg ingest PATH --store {location}`")
    return GraphStore(location, read_only=read_only, base_iri=base_iri)


def load_sparql(name: str) -> str:
    """The text of ``kg/sparql/<name>.rq``, the queries the package itself runs."""
    return (Path(__file__).parent / "sparql" / f"{name}.rq").read_text(encoding="utf-8")

