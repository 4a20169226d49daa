"""The web side: ``create_app()`` builds the Flask app (Flask tutorial's app factory).

Settings come from defaults, then ``KG_*`` environment variables, then the mapping passed in
(:func:`kg.config.load_settings`). The store is opened read-only once and cached on the app
(:mod:`kg.web.state`); public SPARQL queries run in killable worker processes
(:mod:`kg.web.workers`). Every refusal (:class:`kg.web.guard.Refused`) and every query syntax
error (:class:`kg.store.QuerySyntaxError`) is turned into a 4xx/5xx response here, in one place.
"""
from __future__ import annotations

from collections.abc import Mapping

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kg.config import Settings, load_settings
from kg.store import MEMORY, QuerySyntaxError, StoreError, open_store
from kg.web import formats, links
from kg.web.guard import Refused
from kg.web.state import AppState

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
# YASGUI and CodeMirror set style attributes from script; nothing else on that page is relaxed.
CSP_QUERY_UI = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


def create_app(settings: Settings | Mapping[str, object] | None = None) -> Flask:
    if not isinstance(settings, Settings):
        settings = load_settings(settings)
    if settings.store == MEMORY:
        raise StoreError("the web server reads a store directory; give --store DIR or set KG_STORE")
    store = open_store(settings.store, read_only=True, base_iri=settings.base_iri)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.json.sort_keys = False
    app.extensions["stancegraph"] = AppState(settings, store)
    links.install(app, settings.base_iri)

    from kg.web import downloads, pages, sparql
    app.register_blueprint(sparql.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(downloads.bp)

    @app.before_request
    def _url_length():
        limit = settings.max_url_bytes
        if len(request.environ.get("QUERY_STRING", "")) + len(request.path) > limit:
            raise Refused(414, f"the URL is longer than {limit} bytes; POST the query instead "
                          "(application/sparql-query or a form)")

    @app.after_request
    def _security_headers(response: Response) -> Response:
        ui = request.endpoint in ("sparql.query_ui", "sparql.endpoint") and response.mimetype == "text/html"
        response.headers.setdefault("Content-Security-Policy", CSP_QUERY_UI if ui else CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.errorhandler(Refused)
    def _refused(exc: Refused):
        return _error(exc.status, str(exc))

    @app.errorhandler(QuerySyntaxError)
    def _syntax(exc: QuerySyntaxError):
        return _error(400, f"SPARQL syntax error: {exc}\nFix the query where the line:column points "
                      "(prefixes must be declared; check braces and dots)")

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        return _error(exc.code or 500, exc.description or exc.name)

    return app


def _error(status: int, message: str):
    """Plain text for machines and the endpoint, JSON for the API, a page for browsers."""
    path = request.path
    if path.startswith("/api/"):
        return jsonify(error=message), status
    if path.startswith("/sparql") or not formats.prefers_html(request, "text/plain"):
        return Response(message + "\n", status=status, content_type="text/plain; charset=utf-8")
    return render_template("error.html", status=status, message=message, title=str(status)), status
