"""The readable ontology: HTML documentation of every term, the Turtle, and the README's model."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from rdflib import Graph
from rdflib.compare import isomorphic

from kg.ontology import load_ontology
from kg.ontology_doc import describe, ontology_turtle, relations_markdown, render_html
from kg.vocab import SG, SG_IRI

from conftest import ROOT
from test_vocab import SG_TERMS


def readme_data_model() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("## The data model", 1)[1].split("\n## ", 1)[0]


def test_ontology_doc_html_documents_every_term():
    html = render_html()
    HTMLParser().feed(html)  # well-formed enough to parse
    assert html.startswith("<!DOCTYPE html>") and "<title>Stancegraph ontology</title>" in html
    for term in SG_TERMS:
        name = str(term)[len(SG_IRI):]
        assert f'id="{name}"' in html, f"no section for sg:{name}"
        assert f"<code>sg:{name}</code>" in html


def test_ontology_doc_shows_label_comment_domain_range_axioms_and_codes():
    html = render_html()
    section = html.split('id="negotiatesWith"', 1)[1].split("</section>", 1)[0]
    assert "negotiates with" in section and "hold talks or negotiations" in section
    assert "<dt>domain</dt><dd>sg:Actor</dd>" in section and "<dt>range</dt><dd>sg:Actor</dd>" in section
    assert "symmetric" in section
    assert '<span class="code">CAMEO:046</span>' in section and "PLOVER:CONSULT" in section
    leader = html.split('id="leaderOf"', 1)[1].split("</section>", 1)[0]
    assert "sub-property of sg:memberOf" in leader
    attacks = html.split('id="attacks"', 1)[1].split("</section>", 1)[0]
    assert "sg:Actor or sg:Place" in attacks and "CAMEO:18" in attacks
    person = html.split('id="Person"', 1)[1].split("</section>", 1)[0]
    assert "subclass of sg:Actor" in person and "disjoint with sg:Organisation" in person


def test_ontology_doc_escapes_text():
    ontology = load_ontology()
    terms = describe(ontology)
    assert any('"' in t.comment for ts in terms.values() for t in ts)  # quotes in comments ...
    assert '("X, spokesman for Y"' not in render_html()  # ... come out escaped


def test_ontology_doc_turtle_is_the_published_file():
    text = ontology_turtle()
    assert text.startswith("# Stancegraph ontology")
    assert isomorphic(Graph().parse(data=text, format="turtle"), load_ontology())


def test_ontology_doc_readme_relations_table_is_generated_from_the_ontology():
    model = readme_data_model()
    block = re.search(r"<!-- relations:.*?-->\n(.*?)\n<!-- end of relations -->", model, re.S)
    assert block, "the README's data model lost its relations markers"
    assert block.group(1) == relations_markdown(), \
        "README relations table is stale: paste the output of `python -m kg.ontology_doc`"


def test_ontology_doc_readme_data_model_names_every_term_and_only_real_ones():
    model = readme_data_model()
    named = set(re.findall(r"`sg:(\w+)", model)) | set(re.findall(r"sg:(\w+)", model))
    ours = {str(t)[len(SG_IRI):] for t in SG_TERMS}
    assert named <= ours, f"README names terms the ontology lacks: {sorted(named - ours)}"
    assert ours <= named, f"README data model omits: {sorted(ours - named)}"
    assert SG.Inference in SG_TERMS
