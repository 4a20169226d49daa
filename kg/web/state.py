"""The one accessor of the web layer: settings, the read-only store and the worker pool, cached
on the app (``app.extensions["stancegraph"]``) as Flask's tutorial caches its database."""
from __future__ import annotations

import atexit
import threading
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app

from kg.config import Settings
from kg.store import GraphStore
from kg.web.workers import WorkerPool


@dataclass
class AppState:
    settings: Settings
    store: GraphStore  # opened read-only: the web layer never writes
    _pool: WorkerPool | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def pool(self) -> WorkerPool:
        """The SPARQL workers, started on the first public query."""
        with self._lock:
            if self._pool is None:
                s = self.settings
                self._pool = WorkerPool(s.store, s.base_iri, s.sparql_workers, s.query_timeout)
                atexit.register(self._pool.close)
            return self._pool

    def select(self, name: str, **bindings) -> list[dict[str, str | None]]:
        """Rows of the package query ``kg/web/queries/<name>.rq``; values only through bindings."""
        return list(self.store.select(load_query(name), bindings or None))

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None


_QUERIES: dict[str, str] = {}


def load_query(name: str) -> str:
    if name not in _QUERIES:
        _QUERIES[name] = (Path(__file__).parent / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    return _QUERIES[name]


def state() -> AppState:
    return current_app.extensions["stancegraph"]
