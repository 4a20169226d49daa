"""Where the ontology and the SHACL shapes live, and how they are read.

``ontology/stancegraph.ttl`` and ``ontology/shapes.ttl`` sit at the top of the project, beside
``kg/`` (they are published files, not package internals). ``KG_ONTOLOGY_DIR`` points elsewhere,
for an installation that keeps them apart. Parsed graphs are cached; callers get a fresh copy
they may expand (owlrl adds to the graph it is given).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from kg.vocab import PREFIXES

ONTOLOGY_FILE = "stancegraph.ttl"
SHAPES_FILE = "shapes.ttl"


class OntologyNotFound(FileNotFoundError):
    """The ontology directory is missing; the message says where it was looked for."""


def ontology_dir() -> Path:
    """``$KG_ONTOLOGY_DIR`` or the ``ontology/`` directory beside the ``kg`` package."""
    directory = Path(os.environ.get("KG_ONTOLOGY_DIR") or Path(__file__).resolve().parents[1] / "ontology")
    if not (directory / ONTOLOGY_FILE).is_file():
        raise OntologyNotFound(f"no {ONTOLOGY_FILE} in {directory}; install Stancegraph from its "
                               "source tree (pip install -e .) or set KG_ONTOLOGY_DIR to the "
                               "directory holding stancegraph.ttl and shapes.ttl")
    return directory


def ontology_path() -> Path:
    return ontology_dir() / ONTOLOGY_FILE


def shapes_path() -> Path:
    return ontology_dir() / SHAPES_FILE


@lru_cache(maxsize=4)
def _parse(path: Path, mtime: float) -> Graph:  # mtime: a changed file is parsed again
    return Graph().parse(path, format="turtle")


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for prefix, namespace in PREFIXES.items():
        copy.bind(prefix, namespace, replace=True)
    for triple in graph:
        copy.add(triple)
    return copy


def load_ontology() -> Graph:
    """A fresh copy of the parsed ontology."""
    path = ontology_path()
    return _copy(_parse(path, path.stat().st_mtime))


def load_shapes() -> Graph:
    """A fresh copy of the parsed SHACL shapes."""
    path = shapes_path()
    return _copy(_parse(path, path.stat().st_mtime))
