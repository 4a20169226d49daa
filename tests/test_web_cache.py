"""kg.web.cache: the pages' answers are kept, bounded in rows, least recently used first out, and
a page read from the cache is the page read from the store."""
from __future__ import annotations

from kg.web.cache import AnswerCache


def test_web_cache_keeps_answers_and_computes_each_once():
    cache, calls = AnswerCache(max_rows=10), []
    compute = lambda: calls.append(1) or [1, 2, 3]  # noqa: E731
    assert cache.get("a", compute) == [1, 2, 3] and cache.get("a", compute) == [1, 2, 3]
    assert len(calls) == 1 and cache.rows == 3


def test_web_cache_drops_the_least_recently_used_past_its_rows():
    cache = AnswerCache(max_rows=5)
    cache.get("a", lambda: [1, 2])
    cache.get("b", lambda: [1, 2])
    cache.get("a", lambda: [])  # used again: "b" is now the oldest
    cache.get("c", lambda: [1, 2])
    assert cache.get("b", lambda: ["again"]) == ["again"]  # "b" was dropped, "a" kept
    assert cache.get("a", lambda: ["lost"]) == [1, 2]
    assert cache.rows <= 5


def test_web_cache_does_not_keep_an_answer_larger_than_itself():
    cache = AnswerCache(max_rows=3)
    assert cache.get("big", lambda: [1, 2, 3, 4]) == [1, 2, 3, 4]
    assert len(cache) == 0 and cache.get("big", lambda: ["fresh"]) == ["fresh"]


def test_web_cache_pages_equal_uncached_pages(app, seeded_store_dir):
    from kg.web import create_app

    uncached = create_app({"store": str(seeded_store_dir), "sparql_workers": 1, "page_cache_rows": 0})
    try:
        assert uncached.extensions["stancegraph"].cache is None
        state = app.extensions["stancegraph"]
        assert state.cache is not None
        for path in ["/", "/id/person/john-kirby", "/id/country/united-states", "/type/Person", "/articles",
                     "/search?q=kirby", "/id/person/john-kirby.ttl"]:
            first, again = app.test_client().get(path), app.test_client().get(path)  # again: from the cache
            plain = uncached.test_client().get(path)
            assert first.status_code == again.status_code == plain.status_code == 200, path
            assert first.data == again.data == plain.data, path
        assert len(state.cache) > 0
    finally:
        uncached.extensions["stancegraph"].close()


def test_web_cache_rows_are_fresh_dicts(app):
    state = app.extensions["stancegraph"]
    rows = state.select("counts")
    rows[0]["articles"] = "changed"
    assert state.select("counts")[0]["articles"] != "changed"


def test_web_cache_none_for_a_store_that_can_change_under_the_server():
    from types import SimpleNamespace

    from kg.config import load_settings
    from kg.web.state import AppState

    remote = SimpleNamespace(select=lambda text, bindings=None: iter([{"n": "1"}]))  # not a GraphStore
    state = AppState(load_settings({}, environ={}), remote)
    assert state.cache is None and state.rows("SELECT") == [{"n": "1"}]
