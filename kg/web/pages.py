"""Pages people browse: home, search (+ JSON autocomplete), listings, and every resource at
``/id/<key>`` as HTML, Turtle or JSON-LD (by ``Accept``, ``Vary: Accept``; or by the ``.ttl`` /
``.jsonld`` twin at the same path), as Pubby and Datasette do. Unknown resources are a 404."""
from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, render_template, request

from kg.store import load_sparql
from kg.vocab import PREFIXES
from kg.web import views
from kg.web import formats
from kg.web.guard import Refused
from kg.web.highlight import render as render_text
from kg.web.links import TYPE_NAMES, json_text_for_script, type_name
from kg.web.state import load_query, state

bp = Blueprint("pages", __name__)
TWINS = {".ttl": ("text/turtle", ox.RdfFormat.TURTLE), ".jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD)}
PER_PAGE = 50
TOP_PER_TYPE = 6
MAX_SEARCH = 200


def _links():
    return current_app.extensions["stancegraph.links"]


def _page() -> int:
    raw = request.args.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        raise Refused(400, f"page={raw!r} is not a page number; use a whole number from 1, e.g. ?page=2")
    return int(raw)


def _paged(rows: list, page: int) -> tuple[list, int]:
    raw = request.args.get("per_page", str(PER_PAGE))
    if not raw.isdigit() or not 1 <= int(raw) <= 500:
        raise Refused(400, f"per_page={raw!r}: give a whole number from 1 to 500")
    per_page = int(raw)
    pages = max(1, -(-len(rows) // per_page))
    if page > pages:
        raise Refused(404, f"there are only {pages} page(s) here; go back to ?page={pages}")
    return rows[(page - 1) * per_page: page * per_page], pages


@bp.route("/")
def home():
    app = state()
    counts = app.select("counts")[0]
    types = {row["type"].rsplit("#", 1)[-1]: row["count"] for row in app.rows(load_sparql("stats_entities"))}
    top: dict[str, list[dict]] = {name: [] for name in TYPE_NAMES}
    for row in app.select("most_connected"):
        name = type_name(row["type"])
        if len(top[name]) < TOP_PER_TYPE:
            top[name].append(row)
    return render_template("home.html", counts=counts, types=types, top=top, triples=app.size(),
                           title="Stancegraph")


def _search(q: str) -> list[dict]:
    q = q.strip()
    if len(q) > MAX_SEARCH:
        raise Refused(400, f"the search text is longer than {MAX_SEARCH} characters; shorten it")
    if not q:
        return []
    seen, results = set(), []
    for row in state().rows(load_query("search"), {"q": ox.Literal(q)}):
        if row["entity"] not in seen:
            seen.add(row["entity"])
            results.append({"iri": row["entity"], "label": row["label"], "type": type_name(row["type"]),
                            "url": _links().local(row["entity"]), "matched": row["matched"],
                            "articles": int(row["articles"] or 0)})
    return results


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    return render_template("search.html", q=q, results=_search(q), title=f"Search: {q}" if q else "Search")


@bp.route("/api/search")
def api_search():
    raw = request.args.get("limit", "10")
    if not raw.isdigit() or not 1 <= int(raw) <= 100:
        raise Refused(400, f"limit={raw!r}: give a whole number from 1 to 100")
    q = request.args.get("q", "")
    return jsonify(query=q, results=_search(q)[:int(raw)])


@bp.route("/type/<name>")
def listing(name: str):
    wanted = next((t for t in TYPE_NAMES if t.lower() == name.lower()), None)
    if wanted is None:
        raise Refused(404, f"no type {name!r}; the types are {', '.join(TYPE_NAMES)} (e.g. /type/Person)")
    rows = state().select("type_listing", type=ox.NamedNode(PREFIXES["sg"] + wanted))
    page = _page()
    shown, pages = _paged(rows, page)
    return render_template("listing.html", type=wanted, rows=shown, page=page, pages=pages,
                           total=len(rows), title=wanted)


@bp.route("/articles")
def articles():
    rows = state().select("articles")
    page = _page()
    shown, pages = _paged(rows, page)
    return render_template("articles.html", rows=shown, page=page, pages=pages, total=len(rows),
                           title="Articles")


@bp.route("/id/<path:key>")
def resource(key: str):
    twin = next((ext for ext in TWINS if key.endswith(ext)), None)
    if twin:
        key = key[: -len(twin)]
    iri = _links().iri(key)
    app = state()
    node = views.resource(app, iri)
    if node is None:
        raise Refused(404, f"nothing is known about <{iri}>; search for it at /search?q=...")
    if twin is None:
        offered = ["text/html", "text/turtle", "application/ld+json"]
        best = formats.accepted(request).best_match(offered)
        if best is None:
            raise Refused(406, "this resource is available as text/html, text/turtle or "
                          "application/ld+json (or add .ttl / .jsonld to the path)")
        twin = {"text/turtle": ".ttl", "application/ld+json": ".jsonld"}.get(best)
    if twin:
        media, fmt = TWINS[twin]
        response = Response(_graph(iri, fmt), content_type=media + ("; charset=utf-8" if twin == ".ttl" else ""))
    else:
        response = Response(_html(app, key, node))
    response.vary.add("Accept")
    response.headers["Link"] = ", ".join(f'</id/{key}{ext}>; rel="alternate"; type="{media}"'
                                         for ext, (media, _) in TWINS.items())
    return response


def _graph(iri: str, fmt: ox.RdfFormat) -> bytes:
    triples = list(dict.fromkeys(state().results(load_query("resource_graph"), {"iri": ox.NamedNode(iri)})))
    return ox.serialize(triples, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)


def _html(app, key: str, node: dict) -> str:
    jsonld = json_text_for_script(_graph(node["iri"], ox.RdfFormat.JSON_LD).decode("utf-8"))
    common = {"node": node, "key": key, "jsonld": jsonld, "title": node["label"]}
    if node["type"] in TYPE_NAMES:
        data = views.entity(app, _links(), node, _page())
        if data["page"] > data["pages"]:
            raise Refused(404, f"{node['label']} has {data['pages']} page(s) of relations; "
                          f"go back to ?page={data['pages']}")
        return render_template("entity.html", data=data, **common)
    if node["type"] == "Article":
        data = views.article(app, node["iri"])
        values = node["values"]
        body = values.get(PREFIXES["schema"] + "articleBody", "")
        spans = [(int(f["start"]), int(f["end"])) for f in data["facts"] if f["start"] and f["end"]]
        text = render_text(body, data["mentions"], spans, _links().local)
        return render_template("article.html", data=data, text=text, values=values, **common)
    return render_template("resource.html", **common)
