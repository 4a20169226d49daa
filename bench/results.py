"""Shared by the benchmarks: the machine they ran on, and their sections of ``bench/RESULTS.md``.

Each benchmark owns one section between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->`` and
rewrites only that one (and the ``machine`` section, refreshed by whichever ran last), so the
benchmarks can run at different times and by different people without erasing each other::

    from results import machine_info, write_section
    write_section("store", markdown_text, path)   # path defaults to bench/RESULTS.md
"""
from __future__ import annotations

import datetime
import os
import platform
import re
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
TITLE = ("# Benchmark results\n\nWritten by the benchmarks in `bench/` (one command each; see the "
         "README's Benchmarks section). Each section is rewritten by its own benchmark only; timings "
         "come from a shared, noisy machine, so read the ratios against the baseline measured in the "
         "same run rather than the absolute times.\n")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 ** 2
    except (OSError, ValueError, IndexError):
        pass
    return None


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _oxigraph_server_version() -> str:
    try:
        out = subprocess.run(["oxigraph", "--version"], check=False, capture_output=True, text=True, timeout=10)
        return out.stdout.strip().removeprefix("oxigraph").strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "not installed"


def machine_info() -> dict[str, str]:
    """The machine and the versions that matter to the numbers (spaCy is read from the package
    metadata, not imported: importing it takes seconds)."""
    ram = _ram_gib()
    return {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count()),
        "ram": f"{ram:.1f} GiB" if ram else "unknown",
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyoxigraph": _version("pyoxigraph"),
        "oxigraph server": _oxigraph_server_version(),
        "rdflib": _version("rdflib"),
        "spacy": _version("spacy"),
    }


def machine_markdown(info: dict[str, str] | None = None) -> str:
    info = info or machine_info()
    return "## Machine\n\n" + "\n".join(f"* {key}: {value}" for key, value in info.items()) + "\n"


def machine_line(info: dict[str, str] | None = None) -> str:
    """One line for the top of a section: when, where, with which versions."""
    info = info or machine_info()
    return (f"Measured {info['date']} on {info['cpu']}, {info['cores']} cores, {info['ram']}; "
            f"Python {info['python']}, pyoxigraph {info['pyoxigraph']}, oxigraph server "
            f"{info['oxigraph server']}, rdflib {info['rdflib']}, spaCy {info['spacy']}.")


def replace_section(text: str, name: str, markdown: str) -> str:
    """``text`` with the section ``name`` replaced by ``markdown`` (appended if it has none)."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{markdown.strip()}\n{end}"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        return pattern.sub(lambda _: block, text, count=1)
    return text.rstrip("\n") + "\n\n" + block + "\n"


def write_section(name: str, markdown: str, path: str | os.PathLike | None = None,
                  info: dict[str, str] | None = None) -> Path:
    """Rewrite section ``name`` of the results file (created if missing) and its machine section."""
    target = Path(path) if path else RESULTS
    text = target.read_text(encoding="utf-8") if target.exists() else TITLE
    text = replace_section(text, "machine", machine_markdown(info))
    text = replace_section(text, name, markdown)
    partial = target.with_name(target.name + f".{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)  # atomic: a reader never sees half a file
    return target


def write_run(name: str, title: str, script: str, argv: list[str] | None, started: float,
              bodies: list[str], path: str | os.PathLike | None = None) -> Path:
    """Section ``name`` for one run of ``bench/<script>``: its title, the command as typed, how
    long it took (from ``started``, a ``time.perf_counter()``), the machine and one body per size."""
    command = f"python bench/{script} " + " ".join(sys.argv[1:] if argv is None else argv)
    section = (f"## {title}\n\n`{command.strip()}` ({time.perf_counter() - started:.0f} s)\n\n"
               f"{machine_line()}\n\n" + "\n\n".join(bodies) + "\n")
    return write_section(name, section, path)
