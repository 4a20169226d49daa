"""Media types the endpoint and the pages can answer with, and content negotiation between them.

Negotiation follows the SPARQL 1.1 Protocol: ``Accept`` decides, a ``format=`` parameter (a short
name such as ``json``/``turtle`` or a media type) overrides it, and what cannot be produced is a 406.
"""
from __future__ import annotations

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept

from kg.web.guard import Refused

# name -> (media type we answer with, pyoxigraph format, other media types accepted for it)
RESULTS = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON, ("application/json",)),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML, ("application/xml", "text/xml")),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV, ()),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV, ()),
}
RDF = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE, ("application/x-turtle",)),
    "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES, ("text/plain",)),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD, ("application/json",)),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML, ("application/xml", "text/xml")),
}
# what format= may say, per kind of result (json/xml mean the natural choice for each kind)
_FORMAT_ALIASES = {
    "results": {"json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv"},
    "rdf": {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
            "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "rdfxml": "rdfxml",
            "rdf": "rdfxml", "xml": "rdfxml"},
}


def _candidates(table: dict) -> list[tuple[str, str]]:
    """(media type, name) pairs, preferred types first, aliases after."""
    pairs = [(media, name) for name, (media, _, _) in table.items()]
    return pairs + [(alias, name) for name, (_, _, aliases) in table.items() for alias in aliases]


def accepted(request) -> MIMEAccept:
    """The request's ``Accept``; a request without one accepts anything (RFC 9110)."""
    if not request.headers.get("Accept", "").strip():
        return MIMEAccept([("*/*", 1)])
    return request.accept_mimetypes


def prefers_html(request, other: str) -> bool:
    """A browser's Accept: text/html ranked above ``other`` (``*/*`` alone ranks them equal)."""
    accept = request.accept_mimetypes
    return accept["text/html"] > accept[other]


def choose(kind: str, accept: MIMEAccept, format_param: str | None) -> str | None:
    """The format name for ``kind`` ("results" or "rdf"), or None when none is acceptable."""
    table = RESULTS if kind == "results" else RDF
    if format_param:
        wanted = format_param.strip().lower()
        if wanted in _FORMAT_ALIASES[kind]:
            return _FORMAT_ALIASES[kind][wanted]
        return dict(_candidates(table)).get(wanted.split(";")[0].strip())
    candidates = _candidates(table)
    best = accept.best_match([media for media, _ in candidates])
    return dict(candidates)[best] if best else None


def not_acceptable(kind: str, format_param: str | None) -> Refused:
    table = RESULTS if kind == "results" else RDF
    offered = ", ".join(media for media, _, _ in table.values())
    asked = f"format={format_param!r}" if format_param else "the Accept header"
    what = "SELECT and ASK results" if kind == "results" else "CONSTRUCT and DESCRIBE results"
    return Refused(406, f"{asked} names no format this endpoint writes for {what}; ask for one "
                   f"of: {offered} (or format={'|'.join(_FORMAT_ALIASES[kind])})")


def media_type(kind: str, name: str) -> str:
    return (RESULTS if kind == "results" else RDF)[name][0]


def ox_format(kind: str, name: str):
    return (RESULTS if kind == "results" else RDF)[name][1]
