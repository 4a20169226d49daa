"""Every ready question in queries/ runs on the seeds and answers what its comment says."""
from __future__ import annotations

import pytest
from rdflib import URIRef

from conftest import QUERIES

ID = "https://w3id.org/stancegraph/id/"


def rows(store, name, **bindings):
    return list(store.select((QUERIES / name).read_text(encoding="utf-8"), bindings or None))


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_queries_each_file_documents_itself_and_returns_rows(path, seeded_store):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ") and "Parameters:" in text, "first lines say what it answers and takes"
    assert "PREFIX" in text
    assert list(seeded_store.select(text)), f"{path.name} returns nothing on the seeds"


def test_queries_spokespeople(seeded_store):
    got = {(r["personLabel"], r["bodyLabel"]) for r in rows(seeded_store, "spokespeople.rq")}
    assert ("John Kirby", "National Security Council") in got
    kirby = next(r for r in rows(seeded_store, "spokespeople.rq") if r["personLabel"] == "John Kirby")
    assert int(kirby["articles"]) == 3 and "Kirby" in kirby["evidence"]


def test_queries_leaders(seeded_store):
    got = {(r["leaderLabel"], r["bodyLabel"]) for r in rows(seeded_store, "leaders.rq")}
    assert {("Benjamin Netanyahu", "Israel"), ("William Burns", "CIA")} <= got


def test_queries_about_entity_takes_a_binding(seeded_store):
    kirby = rows(seeded_store, "about-entity.rq", entity=URIRef(ID + "person/john-kirby"))
    assert kirby and all("Kirby" in (r["subjectLabel"] + r["objectLabel"]) for r in kirby)
    assert {r["articleId"] for r in kirby} >= {"000_eefe684a08a86c6e.txt"}
    everything = rows(seeded_store, "about-entity.rq")
    assert len(everything) > len(kirby)


def test_queries_articles_mentioning(seeded_store):
    got = rows(seeded_store, "articles-mentioning.rq", entity=URIRef(ID + "person/john-kirby"))
    assert {r["identifier"] for r in got} == {"000_eefe684a08a86c6e.txt", "001_e6afbdb731bc919b.txt",
                                               "002_036481708b4d1632.txt"}


def test_queries_entities_by_type_lists_aliases(seeded_store):
    us = next(r for r in rows(seeded_store, "entities-by-type.rq") if r["entity"] == ID + "country/united-states")
    assert {"US", "Washington", "United States"} <= set(us["aliases"].split(" | "))
    assert int(us["articles"]) == 5


def test_queries_mediators(seeded_store):
    got = {r["mediatorLabel"]: set(r["parties"].split(" | ")) for r in rows(seeded_store, "mediators.rq")}
    assert got.get("Qatar", set()) >= {"Hamas", "Israel"}


def test_queries_opposition_and_support_rows_are_distinct_and_evidenced(seeded_store):
    found = rows(seeded_store, "opposition-and-support.rq")
    keys = [(r["subject"], r["predicate"], r["object"], r["articleId"], r["evidence"]) for r in found]
    assert found and len(keys) == len(set(keys))
    assert all(r["evidence"] and r["predicate"].endswith(("opposes", "supports")) for r in found)


def test_queries_stances_on_target_takes_a_word(seeded_store):
    from rdflib import Literal
    offensive = rows(seeded_store, "stances-on-target.rq", word=Literal("offensive"))
    assert offensive and all("offensive" in r["target"].lower() for r in offensive)
    assert {"Oppose", "Support"} <= {r["polarity"] for r in offensive}


def test_queries_stance_changes_pairs_support_and_opposition_across_articles(store):
    from kg.model import Article, Entity, Evidence, Extraction, Stance
    from kg.rdf import GraphBuilder
    from kg.vocab import Minter

    minter = Minter()
    kenya = Entity("country/kenya", "Country", "Kenya", frozenset({"Kenya"}))
    texts = {"a.txt": ("Kenya backed the new peace plan.", "Support", "the new peace plan"),
             "b.txt": ("Kenya rejected the revised peace plan.", "Oppose", "the revised peace plan"),
             "c.txt": ("Kenya opposed the tax.", "Oppose", "the tax")}
    for name, (text, polarity, target) in texts.items():
        stance = Stance("country/kenya", polarity, target, Evidence(text, 0, len(text)), 0.7)
        extraction = Extraction(Article(name, text), (kenya,), (), (), (stance,))
        store.replace_graph(minter.graph(minter.article_id(text)), GraphBuilder(minter).build(extraction))
    found = rows(store, "stance-changes.rq")
    assert [(r["word"], r["supportArticle"], r["opposeArticle"]) for r in found] == [("plan", "a.txt", "b.txt")]
