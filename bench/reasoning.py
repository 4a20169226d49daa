"""Benchmark `kg reason` against owlrl's full OWL-RL closure of the same graph.

    python bench/reasoning.py --articles 1000 10000

For each size N: generates N synthetic articles (kg.synthetic: seeded, a dozen entities and ten
relations per article from a pool that grows with N, built by GraphBuilder like ingested ones)
into a fresh on-disk store, then times

* rules:      the entity layer's inferences with the SPARQL rules (kg.reasoning.infer), in memory;
* kg reason:  the whole command: entity layer, rules, explanations, and the atomic write of the
              inferred graph to the on-disk store (the write dominates: Oxigraph's RocksDB takes
              some 25-80 us per quad here, depending on load);
* kg reason again: the same store reasoned again (the write is a difference: nothing changes);
* kg reason --no-explain: the same on a fresh store (run first), without sg:Inference nodes;
* owlrl layer: owlrl over the same ontology + entity layer (the reference the tests compare to);
* owlrl full: owlrl's full closure of ontology + every asserted triple (what reasoning over the
              whole graph would cost), the baseline of the ratio.

owlrl runs only up to --owlrl-max-triples input triples (default 60 000: its full closure of 300
articles, 47 k triples, took 21-46 s here and grows faster than the graph); above that its run is
skipped with a note, as it would take many minutes.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from owlrl import DeductiveClosure, OWLRL_Semantics  # noqa: E402
from rdflib import Graph  # noqa: E402

from kg import reasoning  # noqa: E402
from kg.ontology import load_ontology  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from kg.synthetic import write_synthetic  # noqa: E402
from kg.validation import asserted_graph  # noqa: E402
from kg.vocab import Minter  # noqa: E402
from support import timed  # noqa: E402  (bench/support.py)


def owlrl_closure(graph: Graph) -> float:
    """Seconds owlrl takes to expand ontology + ``graph`` in place."""
    for triple in load_ontology():
        graph.add(triple)
    return timed(lambda: DeductiveClosure(OWLRL_Semantics).expand(graph))[1]


def layer_graph(layer) -> Graph:
    import pyoxigraph as ox
    return Graph().parse(data=ox.serialize(layer, format=ox.RdfFormat.N_TRIPLES), format="nt")


def bench(articles: int, seed: int, owlrl_max: int, workdir: Path) -> dict:
    path = workdir / f"store-{articles}"
    shutil.rmtree(path, ignore_errors=True)
    store = GraphStore(path)
    loaded, generate_s = timed(lambda: write_synthetic(store, articles, seed))
    store.flush()
    layer, layer_s = timed(lambda: reasoning.entity_layer(store))
    _, rules_s = timed(lambda: reasoning.infer(load_ontology(), layer))
    lean = reasoning.reason(store, Minter(), explain=False)
    store.remove_graph(store.inferred_graph)  # so that the full run starts fresh too
    report = reasoning.reason(store, Minter())
    again = reasoning.reason(store, Minter())
    row = {"articles": articles, "triples": loaded, "layer": len(layer),
           "inferred": report.inferred, "explanations": report.explanations,
           "generate_s": generate_s, "rules_s": layer_s + rules_s, "reason_s": report.seconds,
           "again_s": again.seconds, "lean_s": lean.seconds, "owlrl_layer_s": None,
           "owlrl_full_s": None, "notes": []}
    if len(layer) <= owlrl_max:
        row["owlrl_layer_s"] = owlrl_closure(layer_graph(layer))
    else:
        row["notes"].append(f"owlrl over the layer skipped: {len(layer)} triples > {owlrl_max}")
    if loaded <= owlrl_max:
        row["owlrl_full_s"] = owlrl_closure(asserted_graph(store))
    else:
        row["notes"].append(f"owlrl full closure skipped: {loaded} triples > {owlrl_max} "
                            "(it would take many minutes; raise --owlrl-max-triples to run it)")
    store = None  # releases the on-disk store before its directory goes
    shutil.rmtree(path, ignore_errors=True)
    return row


def show(row: dict) -> None:
    def seconds(value):
        return "skipped" if value is None else f"{value:8.2f} s"

    print(f"\n{row['articles']} articles: {row['triples']} triples, entity layer {row['layer']}, "
          f"inferred {row['inferred']} + {row['explanations']} explanation triples "
          f"(generated in {row['generate_s']:.1f} s)")
    print(f"  rules (infer only)     {seconds(row['rules_s'])}")
    print(f"  kg reason --no-explain {seconds(row['lean_s'])}")
    print(f"  kg reason              {seconds(row['reason_s'])}")
    print(f"  kg reason again        {seconds(row['again_s'])}")
    print(f"  owlrl, entity layer    {seconds(row['owlrl_layer_s'])}")
    print(f"  owlrl, full closure    {seconds(row['owlrl_full_s'])}")
    if row["owlrl_full_s"] is not None:
        print(f"  ratio owlrl full / kg reason: {row['owlrl_full_s'] / row['reason_s']:.1f}x; "
              f"owlrl full / rules: {row['owlrl_full_s'] / row['rules_s']:.0f}x")
    if row["owlrl_layer_s"] is not None:
        print(f"  ratio owlrl layer / rules: {row['owlrl_layer_s'] / row['rules_s']:.0f}x")
    for note in row["notes"]:
        print(f"  note: {note}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--owlrl-max-triples", type=int, default=60_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as workdir:
        for articles in args.articles:
            show(bench(articles, args.seed, args.owlrl_max_triples, Path(workdir)))


if __name__ == "__main__":
    main()
