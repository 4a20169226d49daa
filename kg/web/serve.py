"""Serving the app with waitress, a production WSGI server (threads; the SPARQL work itself runs
in the worker processes of :mod:`kg.web.workers`)."""
from __future__ import annotations

import sys

from flask import Flask


def serve(app: Flask, host: str = "127.0.0.1", port: int = 8080, threads: int = 8) -> None:
    from waitress import serve as waitress_serve

    state = app.extensions["stancegraph"]
    print(f"serving {state.store.label} (read-only) on http://{host}:{port}/ "
          f"(SPARQL at /sparql, {state.settings.sparql_workers} query workers)", file=sys.stderr, flush=True)
    try:
        waitress_serve(app, host=host, port=port, threads=threads, ident="stancegraph")
    finally:
        state.close()
