"""What the store and endpoint benchmarks share: the graph they measure, the ready questions with
their parameters, percentiles (the servers and the HTTP client are in bench/servers.py).

The graph: ``kg.synthetic`` articles (seeded) written to an on-disk store, reasoned with
``kg reason``'s own function (inferred graph and explanations, as served), and exported as
N-Quads with every named graph, the inferred one included: the export is what every baseline
loads. Or a real store given with ``--store``, exported the same way.

Parameters: a query whose ``# Parameters:`` line starts with ``?var`` gets a value from the data
(the entity ranked ``--entity-rank`` by articles mentioning it; the commonest last word of stance
targets), written as ``VALUES ?var { ... }`` blocks by :func:`kg.sparql_text.bind_values`, the
binding our stores use: every engine runs the identical text, so no engine gains from a binding API.
"""
from __future__ import annotations

import json
import re
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox

from kg import reasoning
from kg.sparql_text import bind_values
from kg.store import GraphStore
from kg.synthetic import write_synthetic
from kg.vocab import Minter

QUERIES = ROOT / "queries"
SG = "https://w3id.org/stancegraph/ontology#"


def timed(function):
    started = time.perf_counter()
    result = function()
    return result, time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:,.1f} ms"


# -- the graph -----------------------------------------------------------------------------
@dataclass
class Graph:
    """A benchmark graph: an on-disk store (ours, as served) and its N-Quads export."""
    store: Path
    export: Path
    quads: int
    source: str  # what it is, for the report
    notes: list[str] = field(default_factory=list)


def build_graph(workdir: Path, articles: int, seed: int = 0, reason: bool = True,
                store: str | None = None) -> Graph:
    """The synthetic graph of ``articles`` articles (or the store at ``store``) and its export."""
    export = workdir / f"export-{articles if store is None else 'store'}.nq"
    notes = []
    if store is not None:
        source = GraphStore(store, read_only=True)
        with export.open("wb") as out:
            source.dump(out, "nq", include_inferred=True)
        quads = len(source)
        del source
        return Graph(Path(store), export, quads, f"the store {store}", notes)
    path = workdir / f"store-{articles}"
    shutil.rmtree(path, ignore_errors=True)
    built = GraphStore(path)
    started = time.perf_counter()
    loaded = write_synthetic(built, articles, seed)
    generate_s = time.perf_counter() - started
    notes.append(f"generated {articles} synthetic articles (seed {seed}, {loaded:,} triples) "
                 f"in {generate_s:.1f} s")
    if reason:
        report = reasoning.reason(built, Minter())
        notes.append(f"`kg reason`: {report.inferred:,} inferred + {report.explanations:,} "
                     f"explanation triples in {report.seconds:.1f} s")
    built.optimize()  # as `kg ingest` and `kg reason` leave a store
    with export.open("wb") as out:
        built.dump(out, "nq", include_inferred=True)
    quads = len(built)
    built.flush()
    del built
    return Graph(path, export, quads, f"{articles:,} synthetic articles (kg.synthetic, seed {seed})"
                 + (", reasoned" if reason else ""), notes)


def mention_ranking(store: Path) -> list[tuple[str, int]]:
    """Every entity with the number of articles mentioning it, most mentioned first."""
    db = GraphStore(store, read_only=True)
    return [(row["e"].value, int(row["n"].value)) for row in db.query(
        f"SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{SG}Article> ; <{SG}mentions> ?e }} "
        "GROUP BY ?e ORDER BY DESC(?n) ?e")]


def article_sample(store: Path, entity: str | None, seed: int) -> list[tuple[str, str]]:
    """Two article pages to measure: one naming ``entity`` (the most mentioned: the most facts
    about popular entities), one drawn at random."""
    import random
    db = GraphStore(store, read_only=True)
    articles = sorted(row["a"].value for row in db.query(f"SELECT ?a WHERE {{ ?a a <{SG}Article> }}"))
    naming = [] if entity is None else sorted(row["a"].value for row in db.query(
        f"SELECT ?a WHERE {{ ?a <{SG}mentions> <{entity}> }} LIMIT 1"))
    del db
    picked = [(a, "names the most mentioned entity") for a in naming[:1]]
    return picked + [(a, "random") for a in random.Random(seed).sample(articles, min(1, len(articles)))]


def parameters(store: Path, entity_rank: int = 100, entity: str | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
    """Values for the queries' parameters, chosen from the data (see the module doc)."""
    ranked = mention_ranking(store)
    db = GraphStore(store, read_only=True)
    targets = Counter()
    for row in db.query(f"SELECT ?t WHERE {{ ?s a <{SG}Stance> ; <{SG}target> ?t }}"):
        words = re.findall(r"[A-Za-z-]{4,}", row["t"].value)
        if words:
            targets[words[-1].lower()] += 1
    del db
    if entity is None:
        rank = min(entity_rank, max(1, len(ranked) // 10))  # within the top tenth on small graphs
        entity = ranked[rank - 1][0] if ranked else "urn:none"
    mentions = dict(ranked).get(entity, 0)
    word = targets.most_common(1)[0][0] if targets else "ceasefire"
    return {"entity": ox.NamedNode(entity), "word": ox.Literal(word), "_mentions": mentions}


def describe_parameters(params: dict) -> str:
    return (f"?entity = <{params['entity'].value}> (mentioned in {params['_mentions']:,} articles), "
            f"?word = {params['word']}")


def ready_queries(params: dict, names: list[str] | None = None) -> list[tuple[str, str]]:
    """(file name, text with its parameters bound) for each ``queries/*.rq``."""
    out = []
    for path in sorted(QUERIES.glob("*.rq")):
        if names and path.stem not in names and path.name not in names:
            continue
        text = path.read_text(encoding="utf-8")
        declared = re.search(r"^#\s*Parameters:\s*\?(\w+)", text, re.MULTILINE)
        bound = {declared.group(1): params[declared.group(1)]} if declared and declared.group(1) in params else {}
        out.append((path.name, bind_values(text, bound)))
    return out


# -- what a page asks of the store (kg.web.views and kg.web.pages) ---------------------------
def _page_query(name: str) -> str:
    from kg.store import load_sparql
    from kg.web.state import load_query
    return load_sparql(name) if name in ("explain", "stats_entities") else load_query(name)


def _rows(status: int, body: bytes) -> list[dict]:
    if status != 200:
        raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
    return json.loads(body)["results"]["bindings"]


def page_replay(client, path: str, iri: str | None, budget: float) -> int:
    """Send the SPARQL a page runs, in order, within ``budget`` seconds: the home page's
    (``iri`` None), an article page's or an entity page's."""
    from kg.web.views import FACTS_PER_PAGE, INFERRED_SHOWN, RDF_TYPE
    deadline = time.monotonic() + budget

    def ask(name: str, **values: str):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the page's queries took over {budget:g} s")
        terms = {k: (ox.NamedNode(v) if k != "q" else ox.Literal(v)) for k, v in values.items()}
        return client.sparql(path, bind_values(_page_query(name), terms))

    if iri is None:  # kg.web.pages.home
        ask("counts")
        ask("stats_entities")
        return ask("most_connected")[0]
    ask("resource_triples", iri=iri)
    if "/article/" in iri:  # kg.web.views.article
        ask("article_mentions", article=iri)
        return ask("article_facts", article=iri)[0]
    facts = _rows(*ask("entity_facts", entity=iri))
    for fact in facts[:FACTS_PER_PAGE]:
        other = fact["other"]["value"]
        subject, obj = (iri, other) if fact["direction"]["value"] == "out" else (other, iri)
        ask("fact_evidence", subject=subject, predicate=fact["predicate"]["value"], object=obj)
    ask("entity_stances", entity=iri)
    inferred = {}
    for row in _rows(*ask("explain", entity=iri)):
        if row["predicate"]["value"] != RDF_TYPE:
            inferred.setdefault((row["predicate"]["value"], row["object"]["value"]), None)
    for _, other in list(inferred)[:INFERRED_SHOWN]:
        ask("entity_label", iri=other)
    ask("contradictions", entity=iri)
    ask("entity_articles", entity=iri)
    status, _ = ask("resource_graph", iri=iri)
    return status


def install_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C, so every ``finally`` stops the servers we started."""
    import signal

    def _raise(signum, frame):
        raise SystemExit(128 + signum)
    signal.signal(signal.SIGTERM, _raise)
