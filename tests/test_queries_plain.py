"""The restructured queries give exactly the answers of their plain forms (tests/data/plain_queries),
on the reasoned seeds, with every parameter bound to several values and unbound."""
from __future__ import annotations

import re
import shutil

import pyoxigraph as ox
import pytest

from conftest import ROOT
from kg.store import GraphStore

PLAIN = ROOT / "tests" / "data" / "plain_queries"
ID = "https://w3id.org/stancegraph/id/"
SG = "https://w3id.org/stancegraph/ontology#"
ENTITIES = [ID + "person/john-kirby", ID + "country/united-states", ID + "country/israel",
            ID + "organisation/hamas", ID + "person/nobody-at-all"]
VALUES = {"entity": ENTITIES, "iri": ENTITIES, "type": [SG + t for t in ("Person", "Organisation", "Country", "Place")],
          "q": ["is", "Kirby", "united", "zzz"], "word": ["offensive", "ceasefire"]}


def _current(plain) -> str:
    folder = {"queries": "queries", "kg_web_queries": "kg/web/queries", "kg_sparql": "kg/sparql"}[plain.parent.name]
    return (ROOT / folder / plain.name).read_text(encoding="utf-8")


PAIRS = sorted(PLAIN.glob("*/*.rq"))


@pytest.fixture(scope="module")
def reasoned_store(seeded_store_dir, tmp_path_factory) -> GraphStore:
    from kg.reasoning import reason
    from kg.vocab import Minter

    directory = tmp_path_factory.mktemp("plain") / "store"
    shutil.copytree(seeded_store_dir, directory)
    store = GraphStore(directory)
    reason(store, Minter())
    articles = [r["a"] for r in store.select(f"SELECT ?a WHERE {{ ?a a <{SG}Article> }}")]
    VALUES["article"] = articles + [ID + "article/none"]
    return store


def _answers(store, text: str, bindings: dict, plain: str | None = None) -> list[str]:
    """The rows, order aside; a SAMPLE column (of the ``plain`` form) only as bound or not, a
    GROUP_CONCAT as its parts."""
    plain = text if plain is None else plain
    sampled = set(re.findall(r"SAMPLE\([^)]*\)\s+AS\s+\?(\w+)", plain))
    concatenated = dict(re.findall(r"GROUP_CONCAT\(DISTINCT [^;]*; separator=\"([^\"]*)\"\)\s+AS\s+\?(\w+)", plain))
    concatenated = {name: sep.encode().decode("unicode_escape") for sep, name in concatenated.items()}
    out = []
    for row in store.select(text, bindings):
        for name in row:
            if name in sampled:
                row[name] = row[name] is not None
            elif name in concatenated and row[name] is not None:
                row[name] = sorted(row[name].split(concatenated[name]))
        out.append(repr(sorted(row.items())))
    return sorted(out)


def _bindings(text: str) -> list[dict]:
    header = next(line for line in text.splitlines() if "arameters" in line)
    names = [n for n in re.findall(r"\?(\w+)", header) if n in VALUES]
    runs = [{}] if not names or "Unbound" in text or "none" in header.lower() else []
    for name in names:
        for value in VALUES[name]:
            runs.append({name: ox.NamedNode(value) if value.startswith("http") else ox.Literal(value)})
    return runs


@pytest.mark.parametrize("plain", PAIRS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_queries_plain_restructured_query_answers_as_its_plain_form(reasoned_store, plain):
    current = _current(plain)
    assert current != plain.read_text(encoding="utf-8"), "restructured, else it needs no plain form"
    runs = _bindings(plain.read_text(encoding="utf-8"))
    assert runs
    text = plain.read_text(encoding="utf-8")
    for bindings in runs:
        assert _answers(reasoned_store, current, bindings, text) == _answers(reasoned_store, text, bindings), bindings


def test_queries_plain_some_runs_have_answers(reasoned_store):
    """The comparison is not between empty answers only."""
    plain = PLAIN / "kg_web_queries" / "entity_facts.rq"
    assert _answers(reasoned_store, _current(plain), {"entity": ox.NamedNode(ENTITIES[0])})
    plain = PLAIN / "kg_web_queries" / "article_mentions.rq"
    assert _answers(reasoned_store, _current(plain), {"article": ox.NamedNode(VALUES["article"][0])})
