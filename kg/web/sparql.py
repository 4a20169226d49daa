"""The SPARQL 1.1 Protocol endpoint at ``/sparql``: queries only, run in killable workers.

GET ``?query=``, form POST and direct POST (``application/sparql-query``); results by ``Accept``
or ``format=``; ``default-graph-uri``/``named-graph-uri``; ``infer=false`` leaves the inferred
graph out (default ``true``); a Service Description on a GET without a query (an HTML query UI
when a browser asks); CORS ``*`` without credentials. Updates are a 403:
the web layer only reads the store. Every refusal is a :class:`kg.web.guard.Refused`, turned into
a response by the one handler in :mod:`kg.web`.
"""
from __future__ import annotations

from urllib.parse import parse_qsl

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request, url_for
from werkzeug.datastructures import CombinedMultiDict, MultiDict

from kg.store import QuerySyntaxError
from kg.web import formats, service
from kg.web.guard import Refused, check_query
from kg.web.state import state

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
TRUNCATED_HEADER = "X-SPARQL-Truncated"
CORS = {"Access-Control-Allow-Origin": "*",
        "Access-Control-Expose-Headers": TRUNCATED_HEADER + ", Content-Type"}
READ_ONLY = ("updates are refused: this endpoint is read-only. Change the graph with `kg ingest` on "
             "the machine that holds the store")


@bp.after_request
def _cors(response: Response) -> Response:
    response.headers.update(CORS)
    response.vary.add("Accept")
    return response


@bp.route("/sparql", methods=["OPTIONS"])
@bp.route("/sparql/", methods=["OPTIONS"])
def preflight():
    return Response(status=204, headers={"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                         "Access-Control-Allow-Headers": "Content-Type, Accept",
                                         "Access-Control-Max-Age": "86400"})


@bp.route("/sparql/", methods=["GET", "POST"])
@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    if request.method == "GET":
        if "update" in request.args:
            raise Refused(403, READ_ONLY)
        queries = request.args.getlist("query")
        if not queries:
            return _describe_service()
        params = request.args
    else:
        queries, params = _posted()
    if len(queries) != 1:
        raise Refused(400, f"give exactly one query, got {len(queries)}: send one `query` parameter")
    if not queries[0].strip():
        raise Refused(400, "the query is empty: put a SPARQL query in the `query` parameter")
    return run(queries[0], params)


def _posted() -> tuple[list[str], MultiDict]:
    """The query strings of a POST and where its dataset parameters are."""
    mimetype = request.mimetype
    limit = state().settings.max_request_bytes
    if request.content_length is not None and request.content_length > limit:
        raise Refused(413, f"the request body is larger than {limit} bytes; shorten the query "
                      "(or raise KG_MAX_REQUEST_BYTES)")
    if mimetype == UPDATE:
        raise Refused(403, READ_ONLY)
    if mimetype not in (FORM, DIRECT):
        raise Refused(415, f"POST a query as {DIRECT} or as a form ({FORM}) with query=...; got "
                      f"content type {mimetype or 'none'}")
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise Refused(415, f"queries must be UTF-8, got charset={charset}: re-encode the body as UTF-8")
    body = request.stream.read(limit + 1)
    if len(body) > limit:
        raise Refused(413, f"the request body is larger than {limit} bytes; shorten the query")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "the request body is not valid UTF-8: re-encode the query as UTF-8") from None
    if mimetype == DIRECT:
        return [text], request.args
    form = MultiDict(parse_qsl(text, keep_blank_values=True))
    if "update" in form:
        raise Refused(403, READ_ONLY)
    return form.getlist("query"), CombinedMultiDict([request.args, form])


def _graph_iris(iris: list[str], param: str) -> list[str]:
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise Refused(400, f"{param}={iri!r} is not an absolute IRI; give graph IRIs like "
                          "<https://w3id.org/stancegraph/id/graph/...>") from None
    return iris


def _infer(params: MultiDict) -> bool:
    """The ``infer`` parameter: ``true`` (default) includes the inferred graph, ``false`` not."""
    values = params.getlist("infer")
    if len(values) > 1:
        raise Refused(400, f"give at most one infer parameter, got {len(values)}")
    value = (values[0] if values else "true").strip().lower()
    if value not in ("true", "false"):
        raise Refused(400, f"infer={values[0]!r}: give infer=true (the default: inferred triples "
                      "included) or infer=false (only what the articles state)")
    return value == "true"


def run(text: str, params: MultiDict) -> Response:
    """Check, negotiate, run in a worker and answer; every failure is raised, not returned."""
    default_graphs = params.getlist("default-graph-uri")
    named_graphs = params.getlist("named-graph-uri")
    infer = _infer(params)
    checked = check_query(text)
    store = state().store
    for iri in checked.from_graphs + checked.from_named:
        if not store.has_graph(iri):
            raise Refused(400, f"FROM <{iri}> names no graph of this store, and this endpoint never "
                          "fetches remote data; list the graphs it holds with "
                          "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
    inferred = str(store.inferred_graph)
    if not infer and inferred in {*checked.from_graphs, *checked.from_named, *default_graphs, *named_graphs}:
        raise Refused(400, f"infer=false leaves out the inferred graph <{inferred}>, but the request "
                      "names it as part of the dataset; drop one of the two")
    fmt_param = params.get("format")
    results_fmt = formats.choose("results", formats.accepted(request), fmt_param)
    rdf_fmt = formats.choose("rdf", formats.accepted(request), fmt_param)
    if checked.form in ("SELECT", "ASK") and results_fmt is None:
        raise formats.not_acceptable("results", fmt_param)
    if checked.form in ("CONSTRUCT", "DESCRIBE") and rdf_fmt is None:
        raise formats.not_acceptable("rdf", fmt_param)
    dataset = bool(default_graphs or named_graphs)
    job = {"query": text, "results_format": results_fmt, "rdf_format": rdf_fmt,
           "row_limit": state().settings.row_limit, "base_iri": _base_iri(),
           "union": not dataset and not (checked.from_graphs or checked.from_named), "infer": infer,
           "default_graph": _graph_iris(default_graphs, "default-graph-uri") if dataset else None,
           "named_graphs": _graph_iris(named_graphs, "named-graph-uri") if dataset else None}
    answer = state().pool().run(job)
    if "syntax" in answer:
        raise QuerySyntaxError(answer["syntax"])
    if answer["status"] == 406:
        raise formats.not_acceptable(answer["kind"], fmt_param)
    if answer["status"] != 200:
        raise Refused(500, f"the query failed while running: {answer['error']}")
    response = Response(answer["body"], content_type=_content_type(answer["media_type"]))
    if answer["truncated"]:
        response.headers[TRUNCATED_HEADER] = (f"only the first {job['row_limit']} results are "
                                              "returned; add LIMIT/OFFSET to page through the rest")
    return response


def _base_iri() -> str | None:
    """The endpoint's URL, against which relative IRIs in a query resolve (None if the Host
    header makes it no IRI)."""
    try:
        return ox.NamedNode(request.base_url).value
    except ValueError:
        return None


def _content_type(media_type: str) -> str:
    return media_type if "json" in media_type or "xml" in media_type else media_type + "; charset=utf-8"


def _describe_service() -> Response:
    if formats.prefers_html(request, "text/turtle"):
        return query_ui()
    fmt = formats.choose("rdf", formats.accepted(request), request.args.get("format"))
    if fmt is None:
        raise formats.not_acceptable("rdf", request.args.get("format"))
    body = service.description(url_for("sparql.endpoint", _external=True), formats.ox_format("rdf", fmt))
    return Response(body, content_type=_content_type(formats.media_type("rdf", fmt)))


@bp.route("/query")
def query_ui():
    s = state().settings
    limits = f"a query stops after {s.query_timeout:g} s and returns at most {s.row_limit} rows"
    return render_template("query.html", examples=service.example_queries(), limits=limits,
                           endpoint=url_for("sparql.endpoint"), title="Query")
