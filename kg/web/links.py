"""IRIs as links: ours become local pages (``/id/<key>``), other http(s) IRIs stay as they are,
and nothing else (``javascript:``, ``data:``, ``urn:`` ...) ever becomes a link."""
from __future__ import annotations

import json

from flask import Flask
from markupsafe import Markup

from kg.vocab import PREFIXES, Minter

TYPE_NAMES = ("Person", "Organisation", "Country", "Place")  # most specific first
SG = PREFIXES["sg"]


class Links:
    def __init__(self, base_iri: str):
        self.minter = Minter(base_iri)

    def local(self, iri: str | None) -> str | None:
        """``/id/<key>`` for an IRI under our base, else None."""
        key = self.minter.key_of(iri or "")
        return f"/id/{key}" if key else None

    def href(self, iri: str | None) -> str | None:
        """Where a link to ``iri`` may point: a local page, an http(s) IRI, or nowhere (None)."""
        if not iri:
            return None
        return self.local(iri) or (iri if iri.lower().startswith(("http://", "https://")) else None)

    def iri(self, key: str) -> str:
        return str(self.minter.entity(key))


def is_http(value: str | None) -> bool:
    return bool(value) and value.lower().startswith(("http://", "https://"))


def curie(iri: str | None) -> str:
    """``https://w3id.org/stancegraph/ontology#leaderOf`` -> ``sg:leaderOf``."""
    if not iri:
        return ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def type_name(types: str | list[str] | None) -> str:
    """The most specific of our entity types among ``types`` (IRIs), or ""."""
    found = set((types.split() if isinstance(types, str) else types) or ())
    return next((name for name in TYPE_NAMES if SG + name in found), "")


def humanize(predicate: str | None) -> str:
    """``sg:spokespersonFor`` -> ``spokesperson for``."""
    local = curie(predicate).split(":", 1)[-1]
    return "".join(" " + c.lower() if c.isupper() else c for c in local).strip()


def script_json(data: object) -> Markup:
    """JSON safe inside ``<script>``: ``<``, ``>`` and ``&`` escaped, so ``</script>`` cannot close it."""
    return Markup(json_text_for_script(json.dumps(data, ensure_ascii=False)))


def json_text_for_script(text: str) -> str:
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def install(app: Flask, base_iri: str) -> None:
    links = Links(base_iri)
    app.extensions["stancegraph.links"] = links
    app.jinja_env.filters.update(href=links.href, local=links.local, curie=curie,
                                 type_name=type_name, humanize=humanize, script_json=script_json)
    app.jinja_env.globals.update(is_http=is_http, TYPE_NAMES=TYPE_NAMES)
