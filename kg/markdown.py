"""Markdown -> plain text with a few regexes, not a Markdown library: we need readable sentences,
not HTML, and no new dependency (used by :mod:`kg.sources` for .md and .markdown files)."""
from __future__ import annotations

import re

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
