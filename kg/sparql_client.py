"""HTTP to a SPARQL 1.1 server: where its endpoints are, one kept-alive connection per thread,
answers parsed into pyoxigraph's own result types, and the server's failures as ``kg`` errors.

A location is ``sparql+http://HOST:PORT[/PATH]`` (or ``sparql+https://``): by default Oxigraph
server's layout, ``/query``, ``/update`` and ``/store`` (Graph Store Protocol) under it, with its
``union-default-graph`` parameter. Options in the location's query string fit other servers:
``query=``, ``update=``, ``store=`` (a path under the location, or a full URL; ``store=`` empty:
no Graph Store Protocol, ``update=`` empty: read-only), ``union=param|server|list`` (how the
default graph becomes the union of the named graphs: Oxigraph's parameter, the server's own
setting, or every graph named in the request) and ``timeout=SECONDS``. ``USER:PASSWORD@`` in
the location is sent as HTTP Basic authentication and never printed.
"""
from __future__ import annotations

import base64
import http.client
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import pyoxigraph as ox

from kg.store import QuerySyntaxError, StoreError

SCHEMES = {"sparql+http": "http", "sparql+https": "https"}
UNION_MODES = ("param", "server", "list")
OPTIONS = ("query", "update", "store", "union", "timeout")
START_HINT = "Start one with `oxigraph serve --location DIR --bind 127.0.0.1:7878`"
RESULTS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
           "application/json": ox.QueryResultsFormat.JSON,
           "application/sparql-results+xml": ox.QueryResultsFormat.XML,
           "text/tab-separated-values": ox.QueryResultsFormat.TSV}
GRAPHS = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
          "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD}
ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
          "text/tab-separated-values;q=0.8, application/n-triples, text/turtle;q=0.9, "
          "application/rdf+xml;q=0.8")
FORM = "application/x-www-form-urlencoded"


class ServerUnreachable(StoreError, OSError):
    """No connection to the server (refused, unknown host, timed out)."""


class ServerError(StoreError, RuntimeError):
    """The server failed on a request, or answered something that does not parse."""


@dataclass(frozen=True)
class Endpoints:
    label: str  # the location without credentials nor options, for messages
    query: str
    update: str | None
    store: str | None
    union: str
    timeout: float
    auth: str | None = None  # an Authorization header value

    @classmethod
    def parse(cls, location: str) -> Endpoints:
        parts = urlsplit(location)
        scheme = SCHEMES.get(parts.scheme)
        if scheme is None or not parts.hostname:
            raise StoreError(f"{location!r} is no SPARQL server location: write "
                             "sparql+http://HOST:PORT for an Oxigraph server (see the README, "
                             "'Using an external SPARQL server', for others)")
        netloc = parts.netloc.rpartition("@")[2]
        base = f"{scheme}://{netloc}{parts.path.rstrip('/')}"
        options = dict(parse_qsl(parts.query, keep_blank_values=True))
        unknown = sorted(set(options) - set(OPTIONS))
        if unknown:
            raise StoreError(f"unknown option(s) {', '.join(unknown)} in the store location; "
                             f"known: {', '.join(OPTIONS)}")

        def url(name: str) -> str | None:
            value = options.get(name, name)
            if not value:
                return None
            return value if "://" in value else f"{base}/{value.lstrip('/')}"

        union = options.get("union", "param")
        if union not in UNION_MODES:
            raise StoreError(f"union={union!r}: choose one of {', '.join(UNION_MODES)}")
        if url("query") is None:
            raise StoreError("query= cannot be empty: every store needs a query endpoint")
        try:
            timeout = float(options.get("timeout", 600))
        except ValueError:
            raise StoreError(f"timeout={options['timeout']!r} is not a number of seconds") from None
        auth = None
        if parts.username is not None:
            pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            auth = "Basic " + base64.b64encode(pair).decode("ascii")
        return cls(f"{parts.scheme}://{netloc}{parts.path}", url("query"), url("update"),
                   url("store"), union, timeout, auth)


class Client:
    """Requests to one server; safe from many threads (each has its own connections)."""

    def __init__(self, endpoints: Endpoints):
        self.endpoints = endpoints
        self.requests: Counter[str] = Counter()  # per kind ("query", "update", "store")
        self._local = threading.local()

    def query(self, text: str, params: list[tuple[str, str]]):
        """QuerySolutions, QueryBoolean or QueryTriples, as the embedded store gives them."""
        body = urlencode([("query", text), *params]).encode("utf-8")
        content_type, data = self.send("query", "POST", self.endpoints.query, body,
                                       {"Content-Type": FORM, "Accept": ACCEPT})
        return parse_answer(content_type, data)

    def update(self, text: str) -> None:
        if self.endpoints.update is None:
            raise StoreError(f"{self.endpoints.label} has no update endpoint (update= is empty): "
                             "it can only be read")
        self.send("update", "POST", self.endpoints.update, text.encode("utf-8"),
                  {"Content-Type": "application/sparql-update"})

    def send(self, kind: str, method: str, url: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[str, bytes]:
        """(content type, body) of a successful answer; a kept-alive connection the server has
        closed meanwhile is reopened once (every request we send is idempotent)."""
        self.requests[kind] += 1
        connections = self._local.__dict__.setdefault("connections", {})
        split = urlsplit(url)
        for attempt in (1, 2):
            connection = connections.get(split.netloc)
            reused = connection is not None
            if connection is None:
                connection = connections[split.netloc] = self._connect(split)
            try:
                response = self._request(connection, method, split, body, headers)
                data = response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as exc:
                del connections[split.netloc]
                connection.close()
                if reused and attempt == 1:
                    continue
                raise self._unreachable(exc) from exc
            except (OSError, http.client.HTTPException) as exc:
                del connections[split.netloc]
                connection.close()
                raise self._unreachable(exc) from exc
            self._check(kind, url, response.status, data)
            return response.getheader("Content-Type", ""), data
        raise AssertionError("unreachable")

    @contextmanager
    def stream(self, kind: str, url: str, body: bytes, headers: dict[str, str]
               ) -> Iterator[http.client.HTTPResponse]:
        """A successful answer to read as it arrives, on a connection of its own."""
        self.requests[kind] += 1
        split = urlsplit(url)
        connection = self._connect(split)
        try:
            try:
                response = self._request(connection, "POST", split, body, headers)
            except (OSError, http.client.HTTPException) as exc:
                raise self._unreachable(exc) from exc
            if not 200 <= response.status < 300:
                self._check(kind, url, response.status, response.read())
            yield response
        finally:
            connection.close()

    def _connect(self, split) -> http.client.HTTPConnection:
        kind = http.client.HTTPSConnection if split.scheme == "https" else http.client.HTTPConnection
        return kind(split.netloc.rpartition("@")[2], timeout=self.endpoints.timeout)

    def _request(self, connection, method, split, body, headers) -> http.client.HTTPResponse:
        target = (split.path or "/") + (f"?{split.query}" if split.query else "")
        headers = {"User-Agent": "stancegraph", **(headers or {})}
        if self.endpoints.auth:
            headers["Authorization"] = self.endpoints.auth
        connection.request(method, target, body=body, headers=headers)
        return connection.getresponse()

    def _unreachable(self, exc: Exception) -> ServerUnreachable:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return ServerUnreachable(f"cannot reach the SPARQL server at {self.endpoints.label}: "
                                 f"{reason}. Is it running? {START_HINT}")

    def _check(self, kind: str, url: str, status: int, data: bytes) -> None:
        if 200 <= status < 300:
            return
        message = data.decode("utf-8", "replace").strip()[:1000]
        if status == 400 and kind == "query":
            raise QuerySyntaxError(message)
        where = url.split("?")[0]
        if status in (401, 403):
            raise StoreError(f"the SPARQL server refused the {kind} at {where} (HTTP {status}): "
                             "give credentials as sparql+http://USER:PASSWORD@HOST:PORT, or allow "
                             f"{kind}s on the server")
        if status in (404, 405):
            raise StoreError(f"no SPARQL {kind} endpoint at {where} (HTTP {status}): check the "
                             "store location (an Oxigraph server is sparql+http://HOST:PORT; "
                             "other servers need query=, update= and store= options)")
        raise ServerError(f"the SPARQL server failed on a {kind} (HTTP {status}): {message}")


def parse_answer(content_type: str, data: bytes):
    """A query answer as pyoxigraph results: a graph goes through an in-memory store, so
    callers get a real ``QueryTriples`` (it has no public constructor)."""
    mime = content_type.split(";")[0].strip().lower()
    try:
        if mime in RESULTS:
            results = ox.parse_query_results(data, format=RESULTS[mime])
            if isinstance(results, ox.QuerySolutions):
                for _ in results:  # parse it all once, so a broken answer fails here
                    pass
                results = ox.parse_query_results(data, format=RESULTS[mime])
            return results
        if mime in GRAPHS:
            scratch = ox.Store()
            scratch.load(data, format=GRAPHS[mime])
            return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
    except SyntaxError as exc:
        raise broken_answer(exc, data) from exc
    raise ServerError(f"the SPARQL server answered a query with {mime or 'no content type'}, "
                      "not SPARQL results nor RDF")


def broken_answer(exc: SyntaxError, data: bytes = b"") -> ServerError:
    tail = data[-200:].decode("utf-8", "replace").strip()
    return ServerError(f"the SPARQL server's answer broke off or does not parse ({exc}); the "
                       f"server may have failed while answering{': ' + tail if tail else ''}")
