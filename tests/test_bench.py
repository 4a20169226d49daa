"""The store and endpoint benchmarks run end to end at a tiny size (about 20 s together): they
print their ratios against the Oxigraph server and write only their own section of a results
file. The 10k-article runs and their targets live in bench/RESULTS.md, not here."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None,
                                reason="the `oxigraph` server CLI (pip install oxigraph) is the baseline")


def run(script: str, *args: str, timeout: float = 120) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], cwd=ROOT,
                          check=False, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def section(text: str, name: str) -> str:
    return text.split(f"<!-- {name}:start -->", 1)[1].split(f"<!-- {name}:end -->", 1)[0]


def test_bench_store_prints_ratios_and_writes_its_section(tmp_path):
    results = tmp_path / "RESULTS.md"
    results.write_text("# kept\n\n<!-- ingest:start -->\ningest numbers\n<!-- ingest:end -->\n")
    out = run("store.py", "--articles", "20", "--repeat", "1", "--cap", "10", "--results", str(results))
    assert "| ours / server |" in out and "ours / rdflib" in out
    rows = [line for line in out.splitlines() if line.startswith("| `") and line.count("|") >= 7]
    assert len(rows) == len(list((ROOT / "queries").glob("*.rq")))
    assert all("x |" in row for row in rows), rows  # every query has a ratio: none hit the cap
    text = results.read_text()
    assert "ingest numbers" in text and text.startswith("# kept")  # the other sections stay
    assert "oxigraph server (`oxigraph load`)" in section(text, "store")
    assert "pyoxigraph" in section(text, "machine")


def test_bench_endpoint_loads_both_servers_and_writes_its_section(tmp_path):
    results = tmp_path / "RESULTS.md"
    out = run("endpoint.py", "--articles", "20", "--seconds", "1", "--pages", "2",
              "--concurrency", "1", "2", "--results", str(results))
    for group in ("queries", "pages"):
        for clients in (1, 2):
            assert f"Load, {group}: {clients} client(s)" in out
    assert "* ours:" in out and "* oxigraph:" in out and "queries/s" in out and "pages/s" in out
    verdicts = [line for line in out.splitlines() if line.startswith("| `") and ("PASS" in line or "MISS" in line)]
    assert verdicts, out
    assert "page " in out
    body = section(results.read_text(), "endpoint")
    assert "Probe" in body and "target <= 1.5x" in body
