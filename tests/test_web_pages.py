"""Pages: home, search, listings, entity and article pages with their data twins, downloads,
the ontology, and the safety of everything rendered (seeded store, plus a synthetic store built
with kg.rdf.GraphBuilder that holds stances, contradictions and a hostile label)."""
from __future__ import annotations

import json
import re

import pytest
from rdflib import Graph, URIRef

from web_support import HUB_MEMBERS, ID, XSS, build_store

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from kg.web import create_app

    app = create_app({"store": str(build_store(tmp_path_factory.mktemp("web") / "store"))})
    yield app.test_client()
    app.extensions["stancegraph"].close()


def html(response) -> str:
    assert response.status_code == 200, response.data[:300]
    return response.data.decode()


def test_web_pages_home_has_counts_and_most_connected(client):
    page = html(client.get("/"))
    assert re.search(r"<b>5</b><span>articles", page)
    assert "Most connected" in page and "John Kirby" in page and "/id/country/israel" in page


def test_web_pages_search_and_autocomplete_api(client):
    api = client.get("/api/search?q=kirb").get_json()
    assert api["results"][0]["label"] == "John Kirby" and api["results"][0]["url"] == "/id/person/john-kirby"
    assert api["results"][0]["type"] == "Person"
    alias = client.get("/api/search?q=Washington").get_json()["results"]
    assert any(r["iri"] == ID + "country/united-states" for r in alias)
    assert client.get("/api/search?q=").get_json()["results"] == []
    assert client.get("/api/search?q=a&limit=0").status_code == 400
    assert client.get("/api/search?q=" + "x" * 300).status_code == 400
    assert "John Kirby" in html(client.get("/search?q=kirby"))


def test_web_pages_type_listings_page(synthetic, client):
    people = html(client.get("/type/Person"))
    assert "John Kirby" in people
    first = html(synthetic.get("/type/person?per_page=20"))
    second = html(synthetic.get("/type/Person?page=2&per_page=20"))
    assert "Page 1 of 2" in first and "page=2&amp;per_page=20" in first and "Previous" in second
    assert len(re.findall("<tr><td>", first)) == 20 and len(re.findall("<tr><td>", second)) == HUB_MEMBERS + 1 - 20
    assert synthetic.get("/type/Person?page=9").status_code == 404
    assert synthetic.get("/type/Person?page=zero").status_code == 400
    assert synthetic.get("/type/Dragon").status_code == 404
    assert "Alphaland backs the truce" in html(synthetic.get("/articles"))


def test_web_pages_entity_page_shows_relations_with_evidence_linked_to_articles(client):
    page = html(client.get("/id/person/john-kirby", headers=BROWSER))
    assert "<h1>John Kirby" in page and "spokesperson for" in page and "National Security Council" in page
    evidence = re.findall(r'href="(/id/article/[0-9a-f]+#ev-\d+)"', page)
    assert evidence, "each evidence sentence links to its place in the article"
    article_page = html(client.get(evidence[0].split("#")[0], headers=BROWSER))
    assert f'id="{evidence[0].split("#")[1]}"' in article_page
    assert '<script type="application/ld+json">' in page and 'id="network-data"' in page


def test_web_pages_entity_twins_and_content_negotiation(client):
    iri = URIRef(ID + "person/john-kirby")
    ttl = client.get("/id/person/john-kirby.ttl")
    assert ttl.mimetype == "text/turtle" and (iri, None, None) in Graph().parse(data=ttl.data, format="turtle")
    jsonld = client.get("/id/person/john-kirby.jsonld")
    assert jsonld.mimetype == "application/ld+json" and len(Graph().parse(data=jsonld.data, format="json-ld")) > 3
    by_accept = client.get("/id/person/john-kirby", headers={"Accept": "text/turtle"})
    assert by_accept.mimetype == "text/turtle" and "Accept" in by_accept.headers["Vary"]
    assert client.get("/id/person/john-kirby", headers={"Accept": "application/ld+json"}).mimetype == "application/ld+json"
    assert client.get("/id/person/john-kirby", headers=BROWSER).mimetype == "text/html"
    assert client.get("/id/person/john-kirby", headers={"Accept": "image/png"}).status_code == 406
    assert 'rel="alternate"' in by_accept.headers["Link"]


def test_web_pages_unknown_entity_is_404(client):
    assert client.get("/id/person/nobody-at-all").status_code == 404
    assert client.get("/id/person/nobody-at-all.ttl").status_code == 404
    page = client.get("/id/person/nobody-at-all", headers=BROWSER)
    assert page.status_code == 404 and b"<h1>404</h1>" in page.data


def test_web_pages_stances_and_contradictions(synthetic):
    page = html(synthetic.get("/id/country/alphaland", headers=BROWSER))
    stances = page[page.index('id="stances"'):page.index('id="contradictions"')]
    assert "Held by Alphaland" in stances and "supports" in stances and "opposes" in stances
    assert "the truce" in stances and "Alphaland supports the truce." in stances
    contradictions = page[page.index('id="contradictions"'):page.index("</section>", page.index('id="contradictions"'))]
    assert "Alphaland backs Betaland." in contradictions and "Alphaland opposes Betaland." in contradictions
    assert "Alphaland opposes the truce." in contradictions
    assert contradictions.count('class="contradiction"') == 3  # the relation, the target entity, the text
    about = html(synthetic.get("/id/country/betaland", headers=BROWSER))
    assert "About Betaland" in about and "Alphaland" in about


def test_web_pages_large_neighbourhood_paginates(synthetic):
    first = html(synthetic.get("/id/organisation/hub-council", headers=BROWSER))
    second = html(synthetic.get("/id/organisation/hub-council?page=2", headers=BROWSER))
    members = lambda page: set(re.findall(r">Member (\d+)</a>", page))  # noqa: E731
    assert len(members(first)) == 25 and len(members(second)) == HUB_MEMBERS - 25
    assert members(first).isdisjoint(members(second)) and "Page 2 of 2" in second
    assert synthetic.get("/id/organisation/hub-council?page=3").status_code == 404


def test_web_pages_article_highlights_mentions_and_lists_facts(client):
    kirby = html(client.get("/id/person/john-kirby", headers=BROWSER))
    article = re.search(r'href="(/id/article/[0-9a-f]+)#', kirby).group(1)
    page = html(client.get(article, headers=BROWSER))
    assert re.search(r'<mark class="ent ent-person" title="John Kirby"><a href="/id/person/john-kirby">', page)
    assert '<span class="evidence" id="ev-' in page and "Extracted facts" in page


def test_web_pages_hostile_data_is_escaped_everywhere(synthetic):
    for url in ["/id/person/hostile", "/id/country/alphaland", "/search?q=script", "/type/Person",
                "/id/organisation/hub-council"]:
        page = html(synthetic.get(url, headers=BROWSER))
        assert "<script>alert(1)" not in page, url
    page = html(synthetic.get("/id/person/hostile", headers=BROWSER))
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page and 'href="https://example.org/hostile"' in page
    blocks = re.findall(r'<script type="application/(?:ld\+)?json"[^>]*>(.*?)</script>', page, re.S)
    assert len(blocks) == 2 and all("</" not in b and "<" not in b for b in blocks)
    assert any(XSS in json.dumps(json.loads(b), ensure_ascii=False) for b in blocks)
    article = re.search(r'href="(/id/article/[0-9a-f]+)#', page).group(1)
    assert "<script>alert(1)" not in html(synthetic.get(article, headers=BROWSER))
    api = synthetic.get("/api/search?q=script")
    assert api.get_json()["results"][0]["label"] == XSS and api.mimetype == "application/json"


def test_web_pages_security_headers(client):
    for url in ["/", "/id/person/john-kirby", "/sparql?query=ASK%20%7B%7D", "/api/search?q=a"]:
        headers = client.get(url, headers=BROWSER).headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'self'" in headers["Content-Security-Policy"]
        assert "script-src 'self';" in headers["Content-Security-Policy"]


@pytest.mark.parametrize("ext, fmt", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("trig", "trig")])
def test_web_pages_exports_stream_the_whole_graph(client, ext, fmt):
    response = client.get(f"/export.{ext}")
    assert response.status_code == 200 and response.is_streamed
    from rdflib import Dataset
    data = Dataset().parse(data=response.get_data(), format=fmt)
    assert len(data) > 300
    assert client.get("/export.exe").status_code == 404


def test_web_pages_ontology_as_html_and_turtle(client):
    page = html(client.get("/ontology", headers=BROWSER))
    assert "sg:spokespersonFor" in page
    ttl = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert ttl.mimetype == "text/turtle" and len(Graph().parse(data=ttl.data, format="turtle")) > 50
    assert client.get("/ontology.ttl").mimetype == "text/turtle"


def test_web_pages_entity_page_shows_inferred_relations_and_their_premises(reasoned_app, client):
    page = html(reasoned_app.test_client().get("/id/person/john-kirby", headers=BROWSER))
    inferred = page[page.index('id="inferred"'):]
    inferred = inferred[:inferred.index("</ul>")]
    member = next(item for item in inferred.split('<li class="fact inferred">')[1:]
                  if 'member of' in item and "National Security Council" in item)
    assert ">inferred</span>" in member and "inferred from:" in member
    assert re.search(r'<span class="pred">spokesperson for</span>\s*\(<a class="source" '
                     r'href="/id/article/[0-9a-f]+">[^<]+\.txt</a>\)', member)
    premise_article = re.search(r'href="(/id/article/[0-9a-f]+)"', member).group(1)
    assert "John Kirby" in html(reasoned_app.test_client().get(premise_article, headers=BROWSER))
    assert 'id="inferred"' not in html(client.get("/id/person/john-kirby", headers=BROWSER))
