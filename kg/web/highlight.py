"""An article's text with entity mentions marked (displaCy style) and evidence sentences anchored.

Mentions are found by matching every surface form of the entities the article ``sg:mentions``
(``rdfs:label`` and ``skos:altLabel``), longest first, on word boundaries: the graph keeps no
mention offsets, so a form that also occurs unrelated is marked too. Evidence sentences use the
stored ``sg:evidenceStart``/``sg:evidenceEnd`` offsets and get ``id="ev-<start>"`` anchors, which
the entity pages link to. Every piece of text is escaped; only our own markup is added.
"""
from __future__ import annotations

import re

from markupsafe import Markup, escape

# at one position: close a mention, close a sentence, anchor, open a sentence, open a mention
_MENTION_CLOSE, _EV_CLOSE, _ANCHOR, _EV_OPEN, _MENTION_OPEN = range(5)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int, list[int]]]:
    merged: list[tuple[int, int, list[int]]] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            s, e, starts = merged[-1]
            merged[-1] = (s, max(e, end), starts + [start])
        else:
            merged.append((start, end, [start]))
    return merged


def find_mentions(text: str, mentions: list[dict]) -> list[tuple[int, int, dict]]:
    """Non-overlapping (start, end, mention) for every surface form found in ``text``."""
    owner: dict[str, dict] = {}
    for mention in mentions:
        for form in mention["forms"]:
            if form not in owner or form == mention["label"]:
                owner[form] = mention
    if not owner:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(owner, key=len, reverse=True))
                         + r")(?!\w)")
    return [(m.start(), m.end(), owner[m.group()]) for m in pattern.finditer(text)]


def render(text: str, mentions: list[dict], evidence: list[tuple[int, int]], href) -> Markup:
    """``text`` as HTML; ``href(iri)`` gives each mention's link (or None for no link)."""
    spans = _merge([(s, e) for s, e in evidence if 0 <= s < e <= len(text)])
    events: list[tuple[int, int, Markup]] = []
    for start, end, starts in spans:
        events.append((start, _EV_OPEN, Markup('<span class="evidence" id="ev-%d">') % start))
        events.extend((s, _ANCHOR, Markup('<span class="anchor" id="ev-%d"></span>') % s) for s in starts[1:])
        events.append((end, _EV_CLOSE, Markup("</span>")))
    for start, end, mention in find_mentions(text, mentions):
        if any(start < boundary < end for s, e, _ in spans for boundary in (s, e)):
            continue  # would cross a sentence boundary
        kind = (mention["type"] or "other").lower()
        link = href(mention["iri"])
        opening = Markup('<mark class="ent ent-%s" title="%s">') % (kind, mention["label"])
        if link:
            opening += Markup('<a href="%s">') % link
        events.append((start, _MENTION_OPEN, opening))
        closing = (Markup("</a>") if link else Markup("")) + \
            Markup('<span class="ent-label">%s</span></mark>') % (mention["type"] or "entity").upper()
        events.append((end, _MENTION_CLOSE, closing))
    events.sort(key=lambda ev: (ev[0], ev[1]))
    out, pos = [], 0
    for at, _, markup in events:
        out.append(escape(text[pos:at]))
        out.append(markup)
        pos = at
    out.append(escape(text[pos:]))
    return Markup("").join(out)
