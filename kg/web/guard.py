"""What a public SPARQL request may do, decided before any query runs.

Oxigraph exposes no query algebra to Python, so this module reads the query as tokens: comments,
strings and IRIs are opaque, every other word is looked at. That is enough to know the query form
(the first keyword after the prologue), to refuse updates, and to refuse ``SERVICE`` (Oxigraph would
call the remote endpoint) and ``FROM``/``FROM NAMED`` naming a graph this store does not hold
(the endpoint never fetches remote data). The tokenizer errs on the side of seeing more code than
there is: text it cannot classify is read as code, never skipped.

Where we differ from Fuseki (which parses, then walks the algebra): the parser stays in the worker
process, where a pathological query can be killed; this scan is linear and cannot hang.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

_PN_LOCAL_ESC = r"\\[_~.\-!$&'()*+,;=/?#@%]"
_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n\r]*)
    |(?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<var>[?$]\w+)
    |(?P<pname>[\w.\-]*:(?:[\w.:%\-]|""" + _PN_LOCAL_ESC + r""")*)
    |(?P<word>[A-Za-z_]\w*)
    |(?P<other>\S)""", re.X | re.S)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
REMOTE_WORDS = {"SERVICE", "LOAD"}


class Refused(Exception):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


@dataclass(frozen=True)
class Checked:
    """What the scan learnt: the query form and the graphs named by FROM / FROM NAMED."""

    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE; "" when the parser will have to say what is wrong
    from_graphs: tuple[str, ...] = ()
    from_named: tuple[str, ...] = ()


def tokens(text: str) -> list[Token]:
    return [Token(m.lastgroup, m.group()) for m in _TOKEN.finditer(text) if m.lastgroup != "comment"]


def check_query(text: str) -> Checked:
    """Form and dataset of ``text``; raises :class:`Refused` for updates and remote access."""
    toks = tokens(text)
    form = ""
    prefixes: dict[str, str] = {}
    base = ""
    i = 0
    while i < len(toks):
        word = toks[i].text.upper() if toks[i].kind == "word" else ""
        if word == "BASE" and i + 1 < len(toks) and toks[i + 1].kind == "iri":
            base = urljoin(base, toks[i + 1].text[1:-1])
            i += 2
        elif word == "PREFIX" and i + 2 < len(toks) and toks[i + 2].kind == "iri":
            prefixes[toks[i + 1].text[:-1]] = urljoin(base, toks[i + 2].text[1:-1])
            i += 3
        else:
            if word in UPDATE_WORDS:
                raise Refused(403, "updates are refused: this endpoint is read-only. Change the "
                              "graph with `kg ingest` on the machine that holds the store")
            form = word if word in QUERY_FORMS else ""
            break
    for tok in toks:
        head = tok.text.split(":", 1)[0].upper() if tok.kind in ("word", "pname") else ""
        if head in REMOTE_WORDS:
            raise Refused(400, f"{head} is not allowed here: this endpoint never calls other "
                          "services or fetches remote data; query the graphs it holds instead"
                          + (" (rename a prefix that is spelt like the keyword)" if ":" in tok.text else ""))
    from_graphs, from_named = [], []
    for j in range(i, len(toks) - 1):
        if toks[j].kind == "word" and toks[j].text.upper() == "FROM":
            named = toks[j + 1].kind == "word" and toks[j + 1].text.upper() == "NAMED"
            target = toks[j + 2] if named and j + 2 < len(toks) else toks[j + 1]
            iri = _resolve(target, prefixes, base)
            (from_named if named else from_graphs).append(iri)
    return Checked(form, tuple(from_graphs), tuple(from_named))


def _resolve(tok: Token, prefixes: dict[str, str], base: str) -> str:
    if tok.kind == "iri":
        return urljoin(base, tok.text[1:-1])
    if tok.kind == "pname":
        prefix, local = tok.text.split(":", 1)
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(_PN_LOCAL_ESC, lambda m: m.group()[1:], local)
    raise Refused(400, f"FROM takes an IRI, got {tok.text!r}: write FROM <graph-iri>")

