"""Read source files (.txt, .md/.markdown, .html/.htm, .jsonl) into ``kg.model.Article`` records.

``iter_articles`` never raises for bad input: an unreadable source becomes a ``Skipped`` record
whose reason says what to do (DESIGN.md section 3, rule 8). Text is UTF-8 (a BOM is dropped) with
newlines normalised; evidence offsets index into ``Article.text``, so a headline stays its first line.

Markdown is rendered to plain text by :mod:`kg.markdown` (a few regexes). HTML goes through trafilatura, imported lazily so that
plain-text ingests do not pay for it (with lxml 5.2+ it also needs ``lxml_html_clean`` installed).

JSON-lines files are streamed line by line (a corpus of any size reads in constant memory), so a
line that is not UTF-8 skips that line, not the file. ``iter_located`` also gives each article a
:class:`SourceRef` (file, byte offset) from which ``read_located`` reads it again: ingest keeps
these, not the texts, for its second pass.
"""
from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.markdown import render_markdown
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


def _unreadable(exc: OSError) -> SourceError:
    return SourceError(f"cannot read the file ({exc.strerror or exc}); check that it is a readable "
                       "file and that you have permission to read it")


_BINARY = "binary file (it contains NUL bytes); give a text, Markdown, HTML or JSON-lines file"
_EMPTY = "empty file (nothing but whitespace); add the article text or remove the file"


def _not_utf8(p: Path, byte: int, at: int) -> str:
    return (f"not valid UTF-8 (byte 0x{byte:02x} at offset {at}); convert it, "
            f"e.g. iconv -f latin1 -t utf-8 '{p.name}' > '{p.stem}.utf8{p.suffix}'")


def read_text_file(path: str | os.PathLike) -> str:
    """Return the file's text (UTF-8, BOM dropped, newlines normalised) or raise SourceError."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise _unreadable(exc) from exc
    if b"\0" in data[:_SNIFF_BYTES]:
        raise SourceError(_BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = exc.start + (len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)
        raise SourceError(_not_utf8(p, data[at], at)) from None
    text = _NEWLINES.sub("\n", text)
    if not text.strip():
        raise SourceError(_EMPTY)
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


@dataclass(frozen=True)
class SourceRef:
    """Where an article was read: a file, or the line of a JSON-lines file at byte ``offset``
    (``part`` counts lines that an old Mac line end, a lone CR, splits the physical line into)."""

    path: str
    offset: int = -1
    part: int = 0


@dataclass(frozen=True)
class Located:
    ref: SourceRef
    article: Article


def _open_jsonl(path: Path):
    try:
        fh = path.open("rb")
        binary = b"\0" in fh.read(_SNIFF_BYTES)
        fh.seek(0)
    except OSError as exc:
        raise _unreadable(exc) from exc
    if binary:
        fh.close()
        raise SourceError(_BINARY)
    return fh


def _jsonl_lines(raw: bytes, offset: int) -> list[bytes]:
    """The logical lines of one physical line (CRLF and lone CR end lines, as in text files)."""
    if offset == 0 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    raw = raw.rstrip(b"\n")
    return (raw[:-1] if raw.endswith(b"\r") else raw).split(b"\r")


def _jsonl_record(path: Path, lineno: int, line: bytes, offset: int) -> Article | Skipped:
    where = f"{path}:{lineno}"
    try:
        return _record_article(json.loads(line.decode("utf-8")))
    except UnicodeDecodeError as exc:
        return Skipped(where, _not_utf8(path, line[exc.start], offset + exc.start))
    except json.JSONDecodeError as exc:
        return Skipped(where, f"invalid JSON ({exc.msg} at column {exc.colno}); "
                              "write one JSON object per line")
    except SourceError as exc:
        return Skipped(where, str(exc))


def _read_jsonl(path: Path) -> Iterator[Located | Skipped]:
    lineno, offset, seen_text = 0, 0, False
    with _open_jsonl(path) as fh:
        for raw in fh:  # one physical line at a time: memory does not grow with the file
            start, offset = offset, offset + len(raw)
            for part, line in enumerate(_jsonl_lines(raw, start)):
                lineno += 1
                if not line.strip():
                    continue
                seen_text = True
                item = _jsonl_record(path, lineno, line, start)
                yield item if isinstance(item, Skipped) else Located(SourceRef(str(path), start, part), item)
    if not seen_text:
        raise SourceError(_EMPTY)


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


def iter_located(paths: Iterable[str | os.PathLike]) -> Iterator[Located | Skipped]:
    """Like :func:`iter_articles`, each article with the :class:`SourceRef` it was read from."""
    for item in _files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            if item.suffix.lower() == ".jsonl":
                yield from _read_jsonl(item)
            else:
                yield Located(SourceRef(str(item)), _READERS[item.suffix.lower()](item))
        except (SourceError, OSError) as exc:
            yield Skipped(str(item), str(exc))


def iter_articles(paths: Iterable[str | os.PathLike]) -> Iterator[Article | Skipped]:
    """Yield an Article per readable source (a JSON-lines file gives one per line), else Skipped."""
    for item in iter_located(paths):
        yield item if isinstance(item, Skipped) else item.article


def read_located(ref: SourceRef) -> Article:
    """Read the article at ``ref`` again; raises SourceError (or OSError) if it is gone."""
    path = Path(ref.path)
    if ref.offset < 0:
        return _READERS[path.suffix.lower()](path)
    with _open_jsonl(path) as fh:
        fh.seek(ref.offset)
        lines = _jsonl_lines(fh.readline(), ref.offset)
    item = _jsonl_record(path, 0, lines[ref.part] if ref.part < len(lines) else b"", ref.offset)
    if isinstance(item, Skipped):
        raise SourceError(item.reason)
    return item


def count_sources(paths: Iterable[str | os.PathLike]) -> int:
    """How many records ``iter_articles`` yields at most, without parsing: a progress-bar total.
    JSON-lines files are read line by line, never whole."""
    total = 0
    for item in _files(paths):
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            lines, offset = 0, 0
            try:
                with item.open("rb") as fh:
                    for raw in fh:
                        lines += sum(1 for line in _jsonl_lines(raw, offset) if line.strip())
                        offset += len(raw)
            except OSError:
                pass
            total += max(1, lines)
        else:
            total += 1
    return total
