"""A person's path through the site in Debian's chromium driven by Playwright (never
`playwright install`): home page, search autocomplete, an entity page with its evidence and its
network view, an evidence link to the article, and a query run in the YASGUI query UI.
Screenshots go to the test's tmp directory; no page may log a script error or a CSP violation."""
from __future__ import annotations

import os
import shutil

import pytest
from playwright.sync_api import sync_playwright

from web_support import build_store, env_for_server, free_port, start_server, stop_server

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def site(seeded_store_dir, tmp_path_factory):
    store = tmp_path_factory.mktemp("browsed") / "store"
    shutil.copytree(seeded_store_dir, store)
    build_store(store)
    port = free_port()
    env = env_for_server({k: v for k, v in os.environ.items() if not k.startswith("KG_")}, sparql_workers=1)
    process = start_server(store, env, port)
    yield f"http://127.0.0.1:{port}"
    stop_server(process)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(site)
                  else route.abort())  # loopback only: nothing leaves the machine
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    problems: list[str] = []
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert problems == [], problems


def test_web_browser_search_entity_evidence_article(page, site, tmp_path):
    page.goto(site + "/")
    assert page.title().startswith("Stancegraph")
    assert page.locator(".stat b").first.inner_text() == "8"  # 5 seeds + 3 synthetic
    page.screenshot(path=str(tmp_path / "home.png"), full_page=True)

    page.fill("#search-box", "kirb")
    suggestion = page.locator("#suggestions li a").first
    suggestion.wait_for()
    assert "John Kirby" in suggestion.inner_text()
    suggestion.click()
    page.wait_for_url("**/id/person/john-kirby")
    assert page.locator("h1").inner_text().startswith("John Kirby")
    assert page.locator("#relations blockquote").count() >= 3
    page.wait_for_selector("#network[data-ready]")
    assert int(page.get_attribute("#network", "data-ready")) >= 2
    assert page.locator("#network canvas").count() > 0
    page.screenshot(path=str(tmp_path / "entity.png"), full_page=True)

    link = page.locator("#relations cite a.source").first
    target = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(f"**/id/article/**#{target}")
    sentence = page.locator(f"#{target}")
    assert sentence.is_visible() and "Kirby" in sentence.inner_text()
    assert page.locator("mark.ent-person a[href='/id/person/john-kirby']").count() > 0
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)


def test_web_browser_stances_and_contradictions_render(page, site):
    page.goto(site + "/id/country/alphaland")
    page.wait_for_selector("#network[data-ready]")
    assert page.locator("#contradictions .contradiction").count() == 3
    assert "Held by Alphaland" in page.locator("#stances").inner_text()


def test_web_browser_query_ui_runs_a_ready_question(page, site, tmp_path):
    page.goto(site + "/query")
    page.wait_for_selector("#yasgui[data-ready]")
    page.select_option("#examples", "spokespeople")
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr td")
    assert "John Kirby" in page.locator(".yasr table tbody").inner_text()
    page.screenshot(path=str(tmp_path / "query.png"), full_page=True)


def test_web_browser_hostile_label_stays_text(page, site):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site + "/id/person/hostile")
    page.wait_for_selector("#network[data-ready]")
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    assert dialogs == []
