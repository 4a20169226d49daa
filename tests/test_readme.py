"""The README's set-up commands are what CI runs, and its main job works as written."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys

from rdflib import Graph

from conftest import ROOT


def readme_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return [block.strip() for block in blocks[:2]]


def test_readme_has_two_setup_commands_and_ci_runs_the_test_one():
    install_and_run, run_tests = readme_commands()
    assert install_and_run.startswith("pip install") and "kg ingest seeds/" in install_and_run
    assert run_tests == "bash scripts/test.sh"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test.sh" in ci, ".ci/run must run the README's test command"
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert "pip install -e '.[test]'" in script and "python -m pytest" in script
    assert "status\" -eq 5" in script, "pytest's 'no tests' exit status must fail"


def test_readme_main_job_runs_as_written(tmp_path, env_without_kg):
    install_and_run = readme_commands()[0]
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    for part in install_and_run.split(" && "):
        if part.startswith("pip "):
            continue  # installed already: this test runs from the installed package
        args = shlex.split(part)
        assert args[0] == "kg"
        done = subprocess.run([sys.executable, "-m", "kg.cli", *args[1:]], cwd=tmp_path,
                              env=env_without_kg, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    graph = Graph().parse(tmp_path / "seeds.ttl", format="turtle")
    assert len(graph) > 300
    assert (tmp_path / "stancegraph-store").is_dir()
