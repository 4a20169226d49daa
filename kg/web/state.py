"""The one accessor of the web layer: settings, the read-only store and the worker pool, cached
on the app (``app.extensions["stancegraph"]``) as Flask's tutorial caches its database."""
from __future__ import annotations

import atexit
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app

from kg.config import Settings
from kg.store import BaseStore, GraphStore
from kg.web.cache import AnswerCache
from kg.web.workers import WorkerPool


@dataclass
class AppState:
    """The settings, the store and the query workers; the pages read the store through
    :meth:`rows` and :meth:`results`, which keep answers in an :class:`AnswerCache` when the store
    is a snapshot (an on-disk store opened read-only, see :mod:`kg.web.cache`)."""
    settings: Settings
    store: BaseStore  # opened read-only: the web layer never writes
    _pool: WorkerPool | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    cache: AnswerCache | None = None

    def __post_init__(self):
        if self.cache is None and isinstance(self.store, GraphStore) and self.settings.page_cache_rows:
            self.cache = AnswerCache(self.settings.page_cache_rows)

    def _cached(self, kind: str, text: str, bindings: Mapping | None, compute):
        if self.cache is None:
            return compute()
        key = (kind, text, tuple(sorted((k, str(v)) for k, v in (bindings or {}).items())))
        return self.cache.get(key, compute)

    def rows(self, text: str, bindings: Mapping | None = None) -> list[dict[str, str | None]]:
        """Rows of a SELECT query as dicts of strings (fresh dicts: callers may change them)."""
        kept = self._cached("rows", text, bindings, lambda: list(self.store.select(text, bindings or None)))
        return [dict(row) for row in kept]

    def results(self, text: str, bindings: Mapping | None = None) -> list:
        """The solutions (pyoxigraph terms) or triples of a query, as a list."""
        return list(self._cached("results", text, bindings, lambda: list(self.store.query(text, bindings or None))))

    def size(self) -> int:
        """How many quads the store holds."""
        return self._cached("size", "", None, lambda: [len(self.store)])[0]

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
        return self.rows(load_query(name), bindings)

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
