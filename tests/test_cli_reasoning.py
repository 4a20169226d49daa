"""`kg reason`, `kg validate`, `kg ingest --reason`, `kg query --no-inferred`, `kg export --inferred`."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.cli import main
from kg.store import GraphStore
from kg.vocab import SG

ID = "https://w3id.org/stancegraph/id/"
HAS_MEMBER = "PREFIX sg: <https://w3id.org/stancegraph/ontology#> ASK { ?body sg:hasMember ?person }"


def run(runner, *args, **kwargs):
    return runner.invoke(main, list(args), catch_exceptions=False, **kwargs)


@pytest.fixture
def store_dir(seeded_store_dir, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(seeded_store_dir, copy)
    return str(copy)


def test_cli_reasoning_help_lists_the_new_commands(runner):
    result = run(runner, "--help")
    assert "reason" in result.output and "validate" in result.output


def test_cli_reasoning_reason_then_query_with_and_without_inferred(runner, store_dir):
    result = run(runner, "reason", "--store", store_dir)
    assert result.exit_code == 0, result.output
    assert "reasoned with rules over" in result.output and "graph/inferred" in result.output
    assert run(runner, "query", HAS_MEMBER, "--store", store_dir).output.strip() == "true"
    excluded = run(runner, "query", HAS_MEMBER, "--store", store_dir, "--no-inferred")
    assert excluded.exit_code == 0 and excluded.output.strip() == "false"


def test_cli_reasoning_export_includes_inferred_only_when_asked(runner, store_dir, tmp_path):
    run(runner, "reason", "--store", store_dir)
    plain, full = tmp_path / "plain.nt", tmp_path / "full.nt"
    assert run(runner, "export", "--store", store_dir, "-f", "nt", "-o", str(plain)).exit_code == 0
    assert run(runner, "export", "--store", store_dir, "-f", "nt", "--inferred", "-o",
               str(full)).exit_code == 0
    plain_graph, full_graph = Graph().parse(plain, format="nt"), Graph().parse(full, format="nt")
    assert not list(plain_graph.triples((None, SG.hasMember, None)))
    assert list(full_graph.triples((None, SG.hasMember, None)))
    assert set(plain_graph) < set(full_graph)


def test_cli_reasoning_owlrl_engine_and_no_explain(runner, store_dir):
    result = run(runner, "reason", "--store", store_dir, "--engine", "owlrl", "--no-explain")
    assert result.exit_code == 0 and "reasoned with owlrl" in result.output
    assert " 0 explanation triples" in result.output


def test_cli_reasoning_validate_seeds_conform(runner, store_dir):
    result = run(runner, "validate", "--store", store_dir)
    assert result.exit_code == 0 and result.output.startswith("conforms:")


def test_cli_reasoning_validate_reports_violations_with_exit_status_1(runner, store_dir):
    store = GraphStore(store_dir)
    bad = Graph()
    bad.add((URIRef(ID + "person/john-kirby"), RDFS.label, Literal("Admiral Kirby")))
    bad.add((URIRef(ID + "place/nowhere"), SG.leaderOf, URIRef(ID + "place/elsewhere")))
    store.replace_graph(URIRef(ID + "graph/broken"), bad)
    del store
    result = run(runner, "validate", "--store", store_dir, "--limit", "1")
    assert result.exit_code == 1
    assert result.output.startswith("does not conform:")
    for shape in ("sgsh:EntityLabelShape", "sgsh:leaderOfDomainShape", "sgsh:leaderOfRangeShape"):
        assert shape in result.output


def test_cli_reasoning_ingest_with_reason(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Benjamin Netanyahu, the prime minister of Israel, said on "
                                    "Monday that talks would go on.", encoding="utf-8")
    store = str(tmp_path / "s")
    result = run(runner, "ingest", str(tmp_path / "a.txt"), "--store", store, "-q", "--reason")
    assert result.exit_code == 0, result.output
    assert "ingested 1 article" in result.output and "reasoned with rules" in result.output
    (tmp_path / "b.txt").write_text("Qatar said the talks would resume.", encoding="utf-8")
    again = run(runner, "ingest", str(tmp_path / "b.txt"), "--store", store, "-q")
    assert "inferred graph is now out of date" in again.output


def test_cli_reasoning_runs_as_a_module(tmp_path, env_without_kg):
    done = subprocess.run([sys.executable, "-m", "kg.cli", "reason", "--store", "memory"],
                          capture_output=True, text=True, env=env_without_kg, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "reasoned with rules over 0 entity triples" in done.stderr
