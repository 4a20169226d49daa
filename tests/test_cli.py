"""The `kg` command line: exit codes, one-line errors, formats."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph

from kg.cli import main


def run(runner, *args, **kwargs):
    return runner.invoke(main, list(args), catch_exceptions=False, **kwargs)


def test_cli_help_lists_every_command(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    for command in ("ingest", "export", "query", "stats"):
        assert command in result.output


def test_cli_missing_path_is_one_line_error(runner, tmp_path):
    result = run(runner, "ingest", str(tmp_path / "nope"), "--store", "memory")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"Error: no such file or directory: {tmp_path / 'nope'}"]


def test_cli_bad_export_format_is_usage_error(runner, seeded_store_dir):
    result = run(runner, "export", "--store", str(seeded_store_dir), "--format", "yaml")
    assert result.exit_code == 2 and "yaml" in result.output and "Traceback" not in result.output


def test_cli_ingest_reports_skips_with_exit_status_1(runner, tmp_path):
    (tmp_path / "ok.txt").write_text("The African Union said talks between Sudan and Ethiopia would resume.")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    result = runner.invoke(main, ["ingest", str(tmp_path), "--store", str(tmp_path / "s"), "-q"])
    assert result.exit_code == 1
    assert "skipped" in result.output and "bad.txt" in result.output and "ingested 1 article" in result.output


def test_cli_export_turtle_to_file_and_stdout(runner, seeded_store_dir, tmp_path):
    out = tmp_path / "out.ttl"
    assert run(runner, "export", "--store", str(seeded_store_dir), "-o", str(out)).exit_code == 0
    g = Graph().parse(out, format="turtle")
    assert len(g) > 300
    text = out.read_text()
    assert "@prefix sg:" in text and "ns1:" not in text
    stdout = run(runner, "export", "--store", str(seeded_store_dir), "--format", "nt")
    assert len(Graph().parse(data=stdout.output, format="nt")) == len(g)


def test_cli_export_unwritable_output_is_clear(runner, seeded_store_dir, tmp_path):
    result = run(runner, "export", "--store", str(seeded_store_dir), "-o", str(tmp_path / "no" / "x.ttl"))
    assert result.exit_code == 2 and "cannot write" in result.output


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "tsv", "xml"])
def test_cli_query_formats(runner, seeded_store_dir, fmt):
    q = ("PREFIX sg: <https://w3id.org/stancegraph/ontology#> "
         "SELECT ?p WHERE { ?p sg:spokespersonFor ?o } ORDER BY ?p")
    result = run(runner, "query", q, "--store", str(seeded_store_dir), "--format", fmt)
    assert result.exit_code == 0
    assert "person/john-kirby" in result.output
    if fmt == "json":
        data = json.loads(result.output)
        assert data["head"]["vars"] == ["p"] and len(data["results"]["bindings"]) >= 2


def test_cli_query_ask_and_construct(runner, seeded_store_dir):
    ask = run(runner, "query", "ASK { ?s ?p ?o }", "--store", str(seeded_store_dir))
    assert ask.output.strip() == "true"
    construct = run(runner, "query", "CONSTRUCT { ?s a ?t } WHERE { SELECT DISTINCT ?s ?t WHERE { ?s a ?t } LIMIT 3 }",
                    "--store", str(seeded_store_dir))
    assert len(Graph().parse(data=construct.output, format="turtle")) == 3


def test_cli_query_syntax_error_is_one_line(runner, seeded_store_dir):
    result = run(runner, "query", "SELEC ?x", "--store", str(seeded_store_dir))
    assert result.exit_code == 2
    assert result.output.startswith("Error: SPARQL syntax error:") and "Traceback" not in result.output


def test_cli_query_missing_rq_file(runner, seeded_store_dir):
    result = run(runner, "query", "nope.rq", "--store", str(seeded_store_dir))
    assert result.exit_code == 2 and "cannot read nope.rq" in result.output


def test_cli_stats_counts(runner, seeded_store_dir):
    result = run(runner, "stats", "--store", str(seeded_store_dir))
    assert result.exit_code == 0
    assert "articles: 5" in result.output
    assert "spokespersonFor" in result.output and "Person" in result.output


def test_cli_store_from_environment(runner, seeded_store_dir):
    result = run(runner, "stats", env={"KG_STORE": str(seeded_store_dir)})
    assert "articles: 5" in result.output


def test_cli_query_bind_narrows_a_ready_query(runner, seeded_store_dir):
    from conftest import QUERIES
    result = run(runner, "query", str(QUERIES / "about-entity.rq"), "--store", str(seeded_store_dir),
                 "--bind", "entity=https://w3id.org/stancegraph/id/person/matthew-miller", "-f", "csv")
    lines = result.output.strip().splitlines()
    assert result.exit_code == 0 and len(lines) >= 2
    assert all("matthew-miller" in line for line in lines[1:])


def test_cli_query_bad_bind_is_usage_error(runner, seeded_store_dir):
    result = run(runner, "query", "SELECT ?x WHERE { ?x ?p ?o }", "--store", str(seeded_store_dir), "-b", "oops")
    assert result.exit_code == 2 and "NAME=VALUE" in result.output


def test_cli_min_confidence_drops_weak_assertions_and_their_facts(runner, seeded_store_dir, tmp_path):
    from rdflib.namespace import RDF
    from kg.vocab import SG

    def export(*extra):
        out = tmp_path / f"out{len(extra)}.nt"
        assert run(runner, "export", "--store", str(seeded_store_dir), "-f", "nt", "-o", str(out),
                   *extra).exit_code == 0
        return Graph().parse(out, format="nt")

    everything, strong = export(), export("--min-confidence", "0.8")
    confidences = {float(c) for c in everything.objects(None, SG.confidence)}
    assert any(c < 0.8 for c in confidences) and any(c >= 0.8 for c in confidences)
    assert all(float(c) >= 0.8 for c in strong.objects(None, SG.confidence))
    assert len(list(strong.subjects(RDF.type, SG.Assertion))) < len(list(everything.subjects(RDF.type, SG.Assertion)))
    # a fact stays only while some strong assertion states it
    stated = {(strong.value(a, RDF.subject), strong.value(a, RDF.predicate), strong.value(a, RDF.object))
              for a in strong.subjects(RDF.type, SG.Assertion)}
    facts = {(s, p, o) for s, p, o in strong if str(p).startswith(str(SG._NS)) and p in
             {SG.leaderOf, SG.memberOf, SG.spokespersonFor, SG.mediates, SG.opposes, SG.supports,
              SG.negotiatesWith, SG.attacks, SG.locatedIn}}
    assert facts and facts <= stated
    q = "PREFIX sg: <https://w3id.org/stancegraph/ontology#> SELECT (MIN(?c) AS ?m) WHERE { ?a sg:confidence ?c }"
    low = run(runner, "query", q, "--store", str(seeded_store_dir), "-f", "csv", "--min-confidence", "0.7")
    assert float(low.output.strip().splitlines()[1]) >= 0.7


def test_cli_min_confidence_out_of_range_is_usage_error(runner, seeded_store_dir):
    result = run(runner, "export", "--store", str(seeded_store_dir), "--min-confidence", "2")
    assert result.exit_code == 2 and "0<=x<=1" in result.output.replace(" ", "")
