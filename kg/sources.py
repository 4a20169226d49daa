"""Read source files (.txt, .md/.markdown, .html/.htm, .jsonl) into ``kg.model.Article`` records.

``iter_articles`` never raises for bad input: an unreadable source becomes a ``Skipped`` record
whose reason says what to do (DESIGN.md section 3, rule 8). Text is UTF-8 (a BOM is dropped) with
newlines normalised; evidence offsets index into ``Article.text``, so a headline stays its first line.

Markdown is rendered to plain text with a few regexes, not a Markdown library: we need readable
sentences, not HTML, and no new dependency. HTML goes through trafilatura, imported lazily so that
plain-text ingests do not pay for it (with lxml 5.2+ it also needs ``lxml_html_clean`` installed).
"""
from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Article

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
_SNIFF_BYTES = 8192  # a NUL byte in this many leading bytes marks a binary file
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True)
class Skipped:
    """A source that could not be read: a file, or ``file.jsonl:7`` for one bad line."""

    path: str
    reason: str


class SourceError(Exception):
    """A source cannot be turned into an article; the message is the human reason."""


def read_text_file(path: str | os.PathLike) -> str:
    """Return the file's text (UTF-8, BOM dropped, newlines normalised) or raise SourceError."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(
            f"cannot read the file ({exc.strerror or exc}); check that it is a readable file "
            "and that you have permission to read it"
        ) from exc
    if b"\0" in data[:_SNIFF_BYTES]:
        raise SourceError("binary file (it contains NUL bytes); "
                          "give a text, Markdown, HTML or JSON-lines file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = exc.start + (len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)
        raise SourceError(
            f"not valid UTF-8 (byte 0x{data[at]:02x} at offset {at}); convert it, "
            f"e.g. iconv -f latin1 -t utf-8 '{p.name}' > '{p.stem}.utf8{p.suffix}'"
        ) from None
    text = _NEWLINES.sub("\n", text)
    if not text.strip():
        raise SourceError("empty file (nothing but whitespace); add the article text or remove the file")
    return text


def _headline(text: str) -> str | None:
    """The first line if it looks like a headline (short, not a sentence, more text follows)."""
    first = text.split("\n", 1)[0].strip()
    more_text = sum(1 for line in text.split("\n") if line.strip()) > 1
    short = len(first) <= 200 and len(first.split()) <= 30
    sentence = first.rstrip("\"'\u201d\u2019)").endswith(".")  # '?' and '!' headlines are fine
    return first if first and more_text and short and not sentence else None


def _read_txt(path: Path) -> Article:
    text = read_text_file(path).rstrip()
    return Article(identifier=path.name, text=text, title=_headline(text))


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # HTML tags
    (re.compile(r"`+([^`]*?)`+"), r"\1"),  # inline code
    (re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1"), r"\2"),  # strong
    (re.compile(r"\*(\S(?:.*?\S)?)\*"), r"\1"),  # emphasis with *
    (re.compile(r"(?<!\w)_(\S(?:.*?\S)?)_(?!\w)"), r"\1"),  # emphasis with _
)


def _inline(line: str) -> str:
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line


def render_markdown(markdown: str) -> tuple[str | None, str]:
    """Return (title of the first ATX heading, plain text) for a Markdown document."""
    markdown = _HTML_COMMENT.sub("", _FRONT_MATTER.sub("", markdown, count=1))
    title, out, in_code = None, [], False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            out.append(line.rstrip())
            continue
        heading = _HEADING.match(line)
        if heading:
            line = _inline(heading.group(1) or "").strip()
            title = title or line or None
        elif _RULE.match(line) or _LINK_DEF.match(line):
            line = ""
        else:
            line = _inline(re.sub(r"^ {0,3}(?:>[ \t]?)+", "", line))
        out.append(line.rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
    return title, text


def _read_markdown(path: Path) -> Article:
    title, text = render_markdown(read_text_file(path))
    if not text:
        raise SourceError("no text left after removing the Markdown markup; add the article text")
    return Article(identifier=path.name, text=text, title=title)


def _read_html(path: Path) -> Article:
    html = read_text_file(path)
    try:
        import trafilatura
    except ImportError as exc:
        raise SourceError(
            f"cannot read HTML: trafilatura does not import ({exc}); pip install trafilatura lxml_html_clean"
        ) from exc
    body = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False)
    if not body or not body.strip():
        raise SourceError("no article text found in the HTML")
    body = _NEWLINES.sub("\n", body).strip()
    meta = trafilatura.extract_metadata(html)  # a Document, or None when nothing is found
    title, date, url, source = ((getattr(meta, name, None) or "").strip() or None
                                for name in ("title", "date", "url", "sitename"))
    if title and body.split("\n", 1)[0].strip() != title:
        body = f"{title}\n{body}"  # the headline is the first line, as in .txt files
    return Article(path.name, body, title, date=date, url=url, source=source)


def _record_article(record: object) -> Article:
    if not isinstance(record, dict):
        raise SourceError(f"the line is a JSON {type(record).__name__}; "
                          'write one object per line: {"id": ..., "text": ...}')
    ident, text = record.get("id"), record.get("text")
    if isinstance(ident, bool) or not isinstance(ident, (str, int, float)) or not str(ident).strip():
        raise SourceError('missing or empty "id"; give each record a non-empty string or number "id"')
    if not isinstance(text, str) or not text.strip():
        raise SourceError('missing or empty "text"; give each record its article body as a string "text"')
    optional = {key: record.get(key) for key in ("title", "date", "url", "source")}
    for key, value in optional.items():
        if value is not None and not isinstance(value, str):
            raise SourceError(f'"{key}" must be a string, not {type(value).__name__}')
        optional[key] = (value or "").strip() or None
    return Article(identifier=str(ident).strip(), text=_NEWLINES.sub("\n", text), **optional)


def _read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    for lineno, line in enumerate(read_text_file(path).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            yield _record_article(json.loads(line))
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"invalid JSON ({exc.msg} at column {exc.colno}); "
                                 "write one JSON object per line")
        except SourceError as exc:
            yield Skipped(where, str(exc))


_READERS = {".txt": _read_txt, ".md": _read_markdown, ".markdown": _read_markdown,
            ".html": _read_html, ".htm": _read_html}


def _walk(root: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found += [Path(dirpath, f) for f in filenames
                  if not f.startswith(".") and Path(f).suffix.lower() in SUPPORTED_SUFFIXES]
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Skipped]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists() and not path.is_symlink():
            yield Skipped(str(path), "no such file or directory")
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield Skipped(str(path), f"unsupported file type {path.suffix or '(no suffix)'!r}; "
                                     f"supported suffixes: {', '.join(SUPPORTED_SUFFIXES)}")
        else:
            yield path


def iter_articles(paths: Iterable[str | os.PathLike]) -> Iterator[Article | Skipped]:
    """Yield an Article per readable source (a JSON-lines file gives one per line), else Skipped."""
    for item in _files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            if item.suffix.lower() == ".jsonl":
                yield from _read_jsonl(item)
            else:
                yield _READERS[item.suffix.lower()](item)
        except (SourceError, OSError) as exc:
            yield Skipped(str(item), str(exc))


def count_sources(paths: Iterable[str | os.PathLike]) -> int:
    """How many records ``iter_articles`` yields at most, without parsing: a progress-bar total."""
    total = 0
    for item in _files(paths):
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            try:
                lines = item.read_bytes().replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
            except OSError:
                lines = []
            total += max(1, sum(1 for line in lines if line.strip()))
        else:
            total += 1
    return total
