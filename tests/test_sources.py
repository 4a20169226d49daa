"""Tests for kg.sources: every supported format, and every kind of bad input becoming Skipped."""
from __future__ import annotations

import json
import os

import pytest

from kg.model import Article
from kg.sources import (
    SUPPORTED_SUFFIXES,
    Skipped,
    SourceError,
    count_sources,
    iter_articles,
    read_text_file,
)

BODY = (
    "John Kirby, spokesman for the National Security Council, said Washington opposes "
    "a ground offensive in Rafah.\n\nRafah is the main transit point for humanitarian aid."
)


def only(paths):
    items = list(iter_articles(paths))
    assert len(items) == 1, items
    return items[0]


def test_sources_txt_headline_detected(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("US opposes Rafah offensive\n\n" + BODY + "\n\n  \n", encoding="utf-8")
    art = only([f])
    assert isinstance(art, Article)
    assert art.identifier == "a.txt"
    assert art.title == "US opposes Rafah offensive"
    assert art.text == "US opposes Rafah offensive\n\n" + BODY  # headline kept, trailing space gone


def test_sources_txt_question_headline_allowed(tmp_path):
    f = tmp_path / "q.txt"
    f.write_text("Will the Rafah crossing reopen?\n" + BODY, encoding="utf-8")
    assert only([f]).title == "Will the Rafah crossing reopen?"


def test_sources_txt_no_headline_when_first_line_is_sentence(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text(BODY, encoding="utf-8")  # first line ends with "."
    art = only([f])
    assert art.title is None
    assert art.text == BODY


def test_sources_txt_no_headline_when_long_or_single_line(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text(" ".join(["word"] * 31) + "\n" + BODY, encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text("Just one line without a period", encoding="utf-8")
    arts = list(iter_articles([long, single]))
    assert [a.title for a in arts] == [None, None]
    assert arts[1].text == "Just one line without a period"


def test_sources_markdown_rendering(tmp_path):
    f = tmp_path / "story.md"
    f.write_text(
        "---\nauthor: someone\ndate: 2024-05-10\n---\n"
        "# US *opposes* Rafah offensive\n\n"
        "John Kirby of the [White House](https://www.whitehouse.gov/nsc/) said **no**.\n"
        "![a map](https://example.org/map.png)\n\n"
        "<div class=\"note\">Aid</div> goes through `Rafah`.\n\n"
        "```\nraw code\n```\n\n\n\n"
        "## Background\n\nMore _context_ here.\n",
        encoding="utf-8",
    )
    art = only([f])
    assert art.identifier == "story.md"
    assert art.title == "US opposes Rafah offensive"
    assert art.text == (
        "US opposes Rafah offensive\n\n"
        "John Kirby of the White House said no.\n\n"
        "Aid goes through Rafah.\n\nraw code\n\nBackground\n\nMore context here."
    )
    assert "whitehouse.gov" not in art.text and "map.png" not in art.text
    assert "author" not in art.text and "#" not in art.text and "*" not in art.text


def test_sources_markdown_without_heading_has_no_title(tmp_path):
    f = tmp_path / "plain.markdown"
    f.write_text("Some *plain* paragraph.\n\nAnother one.\n", encoding="utf-8")
    art = only([f])
    assert art.title is None
    assert art.text == "Some plain paragraph.\n\nAnother one."


ARTICLE_PARAGRAPHS = [
    "John Kirby, spokesman for the White House National Security Council, reiterated on Tuesday "
    "that Washington continues to oppose a ground offensive in Rafah, in the south of the Gaza "
    "Strip, and wants the crossing point along the Egyptian border reopened as quickly as possible.",
    "Rafah is the main transit point for humanitarian aid to Gaza, and more than a million "
    "displaced Palestinians from other areas of the territory have taken refuge in the city "
    "during the past months of fighting, according to United Nations agencies working there.",
    "Egyptian and Qatari mediators have been trying for weeks to broker a ceasefire between "
    "Israel and Hamas, and negotiators were expected to meet again in Cairo later this week "
    "to discuss a new proposal for the release of hostages and a pause in the fighting.",
]
HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>US opposes Rafah offensive | Example News</title>
<meta property="og:title" content="US opposes Rafah offensive">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://news.example.org/world/rafah">
<meta property="article:published_time" content="2024-05-07T10:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
<main><article>
<h1>US opposes Rafah offensive</h1>
<p>{}</p>
<p>{}</p>
<p>{}</p>
</article></main>
<footer><p>Copyright 2024 Example News Group. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/contact">Contact us</a></p></footer>
</body></html>
""".format(*ARTICLE_PARAGRAPHS)


def test_sources_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML_PAGE, encoding="utf-8")
    art = only([f])
    assert isinstance(art, Article), art
    assert art.identifier == "page.html"
    assert art.title == "US opposes Rafah offensive"
    assert art.text.split("\n", 1)[0] == art.title  # headline is the first line, exactly once
    assert art.text.count("US opposes Rafah offensive") == 1
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in art.text
    for boilerplate in ("Subscribe now", "Copyright 2024", "Privacy policy", "Sport"):
        assert boilerplate not in art.text
    assert art.date == "2024-05-07"
    assert art.source == "Example News"
    assert art.url == "https://news.example.org/world/rafah"


def test_sources_html_without_text_is_skipped(tmp_path):
    f = tmp_path / "empty.htm"
    f.write_text("<html><head><title>Photo</title></head><body><script>var a = 1;</script>"
                 "<img src='a.png'></body></html>", encoding="utf-8")
    assert only([f]) == Skipped(str(f), "no article text found in the HTML")


def test_sources_jsonl_good_and_bad_lines(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Kirby spoke.", "title": "Kirby", "date": "2024-05-07",
                    "url": "https://x.example/a1", "source": "Wire"}),
        "{not json",
        json.dumps({"id": "a3"}),
        "",
        json.dumps({"id": 42, "text": "Line one\r\nLine two"}),
        json.dumps(["id", "text"]),
        json.dumps({"id": "a7", "text": "Body.", "title": 5}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([f]))
    assert items[0] == Article("a1", "Kirby spoke.", "Kirby", "2024-05-07", "https://x.example/a1", "Wire")
    assert items[1].path == f"{f}:2" and "invalid JSON" in items[1].reason
    assert items[2].path == f"{f}:3" and '"text"' in items[2].reason
    assert items[3] == Article("42", "Line one\nLine two")  # blank line 4 ignored, number id -> str
    assert items[4].path == f"{f}:6" and "object" in items[4].reason
    assert items[5].path == f"{f}:7" and '"title"' in items[5].reason
    assert len(items) == 6
    assert count_sources([f]) == 6


def test_sources_jsonl_title_is_not_prepended(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text(json.dumps({"id": "x", "text": "Body only.", "title": "Head"}) + "\n", encoding="utf-8")
    art = only([f])
    assert (art.text, art.title) == ("Body only.", "Head")


def test_sources_binary_empty_and_non_utf8_are_skipped(tmp_path):
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"PK\x03\x04\x00\x00 some zip")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b" \n\t\r\n")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"caf\xe9 au lait\nmore text")
    items = list(iter_articles([binary, empty, latin]))
    assert all(isinstance(i, Skipped) for i in items)
    assert [i.path for i in items] == [str(binary), str(empty), str(latin)]
    assert "binary" in items[0].reason
    assert "empty" in items[1].reason
    assert "UTF-8" in items[2].reason and "offset 3" in items[2].reason and "iconv" in items[2].reason


def test_sources_read_text_file_raises_source_error(tmp_path):
    f = tmp_path / "latin.md"
    f.write_bytes(b"\xef\xbb\xbfok\xff")
    with pytest.raises(SourceError, match="offset 5"):  # offset counts the BOM's three bytes
        read_text_file(f)


def test_sources_unreadable_file_chmod_is_skipped(tmp_path):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode; the dangling-link test covers unreadable files")
    f = tmp_path / "secret.txt"
    f.write_text("Headline\nBody.", encoding="utf-8")
    f.chmod(0)
    try:
        item = only([f])
    finally:
        f.chmod(0o644)
    assert item.path == str(f) and "cannot read" in item.reason and "permission" in item.reason.lower()


def test_sources_unreadable_file_dangling_link_is_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "missing-target.txt")
    item = only([folder])
    assert isinstance(item, Skipped)
    assert item.path == str(folder / "gone.txt")
    assert "cannot read" in item.reason and "No such file" in item.reason


def test_sources_directory_walk_sorted_and_filtered(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text("B text.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n\nA text.", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text("C text.", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / ".draft.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".hidden" / "d.txt").write_text("hidden too", encoding="utf-8")
    items = list(iter_articles([tmp_path]))
    assert [i.identifier for i in items] == ["a.md", "b.txt", "c.txt"]
    assert [i.text for i in items] == ["A\n\nA text.", "B text.", "C text."]


def test_sources_missing_and_unsupported_paths(tmp_path):
    missing = tmp_path / "nope.txt"
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG")
    items = list(iter_articles([missing, png]))
    assert items[0] == Skipped(str(missing), "no such file or directory")
    assert items[1].path == str(png) and ".png" in items[1].reason
    assert all(suffix in items[1].reason for suffix in SUPPORTED_SUFFIXES)


def test_sources_bom_and_crlf_normalised(tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes("\ufeffHeadline here\r\n\r\nFirst para.\r\nOld Mac line.\rEnd.\r\n".encode("utf-8"))
    art = only([crlf])
    assert art.text == "Headline here\n\nFirst para.\nOld Mac line.\nEnd."
    assert art.title == "Headline here"


def test_sources_count_matches_yield_for_mixed_directory(tmp_path):
    (tmp_path / "one.txt").write_text("Title\nBody.", encoding="utf-8")
    (tmp_path / "two.md").write_text("# T\n\nBody.", encoding="utf-8")
    (tmp_path / "three.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    (tmp_path / "many.jsonl").write_text(
        "\n".join(json.dumps({"id": i, "text": f"Text {i}."}) for i in range(4)) + "\n\n{bad\n",
        encoding="utf-8",
    )
    items = list(iter_articles([tmp_path]))
    assert count_sources([tmp_path]) == len(items) == 9
    assert sum(isinstance(i, Article) for i in items) == 7
    assert sorted(i.path for i in items if isinstance(i, Skipped)) == [
        str(tmp_path / "bad.txt"), f"{tmp_path / 'many.jsonl'}:6"]


def test_sources_jsonl_is_read_line_by_line_a_bad_line_skips_only_itself(tmp_path):
    from kg.sources import iter_located, read_located

    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "First."}\r\n'
                  b'{"id": "b", "text": "Caf\xe9."}\n'
                  b'{"id": "c", "text": "Third."}\r{"id": "d", "text": "Fourth."}\n')
    items = list(iter_located([f]))
    assert [i.article.identifier for i in items if not isinstance(i, Skipped)] == ["a", "c", "d"]
    bad = [i for i in items if isinstance(i, Skipped)]
    assert len(bad) == 1 and bad[0].path == f"{f}:2" and "UTF-8" in bad[0].reason and "iconv" in bad[0].reason
    assert count_sources([f]) == 4
    for item in items:  # every article can be read again from its reference
        if not isinstance(item, Skipped):
            assert read_located(item.ref) == item.article


def test_sources_read_located_reads_a_text_file_again(tmp_path):
    from kg.sources import iter_located, read_located

    (tmp_path / "a.txt").write_text("Headline\nBody text.", encoding="utf-8")
    (item,) = iter_located([tmp_path])
    assert read_located(item.ref) == item.article == Article("a.txt", "Headline\nBody text.", "Headline")


def test_sources_empty_and_binary_jsonl_are_skipped_whole(tmp_path):
    empty, binary = tmp_path / "empty.jsonl", tmp_path / "bin.jsonl"
    empty.write_text("\n  \n", encoding="utf-8")
    binary.write_bytes(b'{"id": 1}\x00\x00')
    items = list(iter_articles([empty, binary]))
    assert [(i.path, i.reason.split(" ")[0]) for i in items] == [(str(empty), "empty"), (str(binary), "binary")]
