"""Downloads: the whole graph streamed as ``/export.ttl|.trig|.nt|.nq|.jsonld``, and the ontology
at ``/ontology`` as HTML or Turtle by ``Accept`` (``/ontology.ttl`` for the file itself).

The HTML comes from ``kg.ontology_doc.render_html()`` when that module is installed; until then a
plain listing of the ontology's terms is rendered here from ``ontology/stancegraph.ttl``.
"""
from __future__ import annotations

import importlib
import queue
import threading
from collections.abc import Iterator

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request, stream_with_context

from kg.ontology import OntologyNotFound, ontology_path
from kg.web import formats
from kg.web.guard import Refused
from kg.web.state import load_query, state

bp = Blueprint("downloads", __name__)
EXPORTS = {"ttl": ("turtle", "text/turtle; charset=utf-8"), "trig": ("trig", "application/trig; charset=utf-8"),
           "nt": ("nt", "application/n-triples; charset=utf-8"), "nq": ("nq", "application/n-quads; charset=utf-8"),
           "jsonld": ("jsonld", "application/ld+json")}
CHUNK = 64 * 1024


class _Pipe:
    """A file-like sink whose writes become chunks of a response, with back-pressure."""

    def __init__(self) -> None:
        self.chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=16)
        self.buffer = bytearray()
        self.cancelled = False

    def write(self, data: bytes) -> int:
        if self.cancelled:
            raise BrokenPipeError("the client went away")
        self.buffer += data
        if len(self.buffer) >= CHUNK:
            self.chunks.put(bytes(self.buffer))
            self.buffer.clear()
        return len(data)

    def flush(self) -> None:
        pass


def _stream(store, fmt: str) -> Iterator[bytes]:
    pipe = _Pipe()

    def produce() -> None:
        try:
            store.dump(pipe, fmt)
            if pipe.buffer:
                pipe.chunks.put(bytes(pipe.buffer))
        except OSError:  # the client went away (BrokenPipeError, maybe wrapped by pyoxigraph)
            pass
        finally:
            pipe.chunks.put(None)

    threading.Thread(target=produce, daemon=True, name=f"export-{fmt}").start()
    done = False
    try:
        while (chunk := pipe.chunks.get()) is not None:
            yield chunk
        done = True
    finally:
        if not done:  # the client went away: stop the producer at its next write, let it finish
            pipe.cancelled = True
            while pipe.chunks.get() is not None:
                pass


@bp.route("/export.<ext>")
def export(ext: str):
    if ext not in EXPORTS:
        raise Refused(404, f"no export as .{ext}; choose one of " + ", ".join(f"/export.{e}" for e in EXPORTS))
    fmt, media = EXPORTS[ext]
    return Response(stream_with_context(_stream(state().store, fmt)), content_type=media,
                    headers={"Content-Disposition": f'attachment; filename="stancegraph.{ext}"'})


def _turtle() -> str:
    doc = _ontology_doc()
    if doc is not None and hasattr(doc, "ontology_turtle"):
        return doc.ontology_turtle()
    try:
        return ontology_path().read_text(encoding="utf-8")
    except OntologyNotFound as exc:
        raise Refused(404, str(exc)) from None


def _ontology_doc():
    try:
        return importlib.import_module("kg.ontology_doc")
    except ModuleNotFoundError:
        return None


@bp.route("/ontology")
@bp.route("/ontology.<ext>")
def ontology(ext: str | None = None):
    if ext not in (None, "ttl", "html"):
        raise Refused(404, "the ontology is at /ontology (HTML or Turtle by Accept) and /ontology.ttl")
    if ext is None:
        best = formats.accepted(request).best_match(["text/html", "text/turtle"])
        if best is None:
            raise Refused(406, "the ontology is available as text/html or text/turtle")
        ext = "ttl" if best == "text/turtle" else "html"
    if ext == "ttl":
        response = Response(_turtle(), content_type="text/turtle; charset=utf-8")
    else:
        doc = _ontology_doc()
        html = doc.render_html() if doc is not None and hasattr(doc, "render_html") else _html()
        response = Response(html, content_type="text/html; charset=utf-8")
    response.vary.add("Accept")
    return response


def _html() -> str:
    graph = ox.Store()
    graph.load(_turtle().encode("utf-8"), format=ox.RdfFormat.TURTLE)
    terms = [{k: (None if s[k] is None else s[k].value) for k in ("term", "kind", "label", "comment",
                                                                   "supers", "domain", "range")}
             for s in graph.query(load_query("ontology_terms"))]
    return render_template("ontology.html", terms=terms, title="Ontology")
