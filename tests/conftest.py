"""Shared fixtures: a spaCy pipeline, stores, a seeded store, and a CLI runner."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.config import DEFAULT_MODEL, load_settings
from kg.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
QUERIES = ROOT / "queries"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import build_nlp
    return build_nlp(DEFAULT_MODEL)


@pytest.fixture
def people_index(nlp, monkeypatch):
    """An empty PersonIndex swapped into the session pipeline for one test only, so that names
    a test adds never leak into other tests (``build_nlp`` is cached and shared)."""
    from kg.nlp.actors import PersonIndex

    index = PersonIndex()
    monkeypatch.setattr(nlp.get_pipe("sg_actors").resolver, "people", index)
    return index


@pytest.fixture
def store():
    """An empty in-memory store."""
    return GraphStore(None)


@pytest.fixture
def settings(tmp_path):
    return load_settings({"store": str(tmp_path / "store")}, environ={})


@pytest.fixture(scope="session")
def seeded_store_dir(tmp_path_factory) -> Path:
    """A real on-disk store holding the five seed articles (ingested once per test session)."""
    from kg.ingest import ingest
    from kg.store import open_store

    directory = tmp_path_factory.mktemp("seeded") / "store"
    settings = load_settings({"store": str(directory)}, environ={})
    store = open_store(settings.store)
    ingest([SEEDS], store, settings, progress=False)
    del store  # releases the on-disk lock
    return directory


@pytest.fixture
def seeded_store(seeded_store_dir, tmp_path) -> GraphStore:
    """A private copy of the seeded store, free to modify."""
    copy = tmp_path / "seeded"
    shutil.copytree(seeded_store_dir, copy)
    return GraphStore(copy)


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)
    return CliRunner()


@pytest.fixture
def env_without_kg():
    return {k: v for k, v in os.environ.items() if not k.startswith("KG_")}


@pytest.fixture(scope="session")
def app(seeded_store_dir):
    """The web app over the seeded store (read-only), with short limits; workers stop at the end."""
    from kg.web import create_app

    web = create_app({"store": str(seeded_store_dir), "query_timeout": 2, "sparql_workers": 1,
                      "row_limit": 50, "max_request_bytes": 4096, "max_url_bytes": 2048})
    yield web
    web.extensions["stancegraph"].close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def reasoned_app(seeded_store_dir, tmp_path_factory):
    """The web app over a reasoned copy of the seeded store (an inferred graph with its
    explanations), with the ``app`` fixture's limits."""
    from kg.reasoning import reason
    from kg.vocab import Minter
    from kg.web import create_app

    directory = tmp_path_factory.mktemp("reasoned") / "store"
    shutil.copytree(seeded_store_dir, directory)
    store = GraphStore(directory)
    reason(store, Minter())
    del store  # releases the on-disk lock
    web = create_app({"store": str(directory), "query_timeout": 2, "sparql_workers": 1,
                      "row_limit": 50, "max_request_bytes": 4096, "max_url_bytes": 2048})
    yield web
    web.extensions["stancegraph"].close()
