"""Put bound values and a base IRI into SPARQL text: one way of binding for every store.

Both stores bind with :func:`bind_values`: a ``VALUES ?var { term }`` block at the head of the
query's ``WHERE`` group and of every nested group that uses the variable, each term written in
its own N-Triples form (``<iri>``, ``"text"^^<type>``, escaped by pyoxigraph), so a value can never
change the query's structure. We differ here from DESIGN.md's "pyoxigraph substitutions" rule
because pyoxigraph 0.5 plans a substituted variable far worse than a value written into the query
(measured on the 1k/10k benchmark graphs: an entity page's ``explain`` 2.9 s with substitutions
vs 11 ms with ``VALUES``; see bench/RESULTS.md), and a SPARQL server over HTTP takes text only.
The answers are those of SEP-0007 substitution (tests/test_sparql_text.py compares them with
pyoxigraph's): a bound variable is in scope in every group that names it, sub-``SELECT`` queries and
filters of ``UNION`` branches included, which a single ``VALUES`` after the pattern (rdflib's
``SPARQLStore``) or at the head of the outer ``WHERE`` alone would not give. A ``SELECT`` that does
not project a bound variable is refused as pyoxigraph refuses it.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

_TOKEN = re.compile(r"""
    (?P<skip>\#[^\n\r]*|\s+
      |\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
      |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'
      |@[A-Za-z]+(?:-[A-Za-z0-9]+)*|_:[\w.\-]*
      |(?:[^\W\d_][\w.\-]*)?:(?:[\w.:%\-]|\\.)*)
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<var>[?$][\w\u00B7\u0300-\u036F\u203F\u2040]+)
    |(?P<word>[A-Za-z_]\w*)
    |(?P<other>.)""", re.VERBOSE | re.DOTALL)
_ABSOLUTE = re.compile(r"<[A-Za-z][A-Za-z0-9+.\-]*:")


def term_text(term: ox.NamedNode | ox.Literal) -> str:
    """A bound value as SPARQL: blank nodes cannot be named in a query, so they are refused."""
    if not isinstance(term, ox.NamedNode | ox.Literal):
        raise TypeError(f"cannot bind {term!r} in a query: bind IRIs or literals")
    return str(term)


def _tokens(query: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(query)]


def with_base(query: str, base_iri: str | None) -> str:
    """``query`` resolving its relative IRIs against ``base_iri`` (its own ``BASE`` still wins).
    Left unchanged when it has no relative IRI, so a syntax error's line:column stays right."""
    if base_iri is None or not any(kind == "iri" and not _ABSOLUTE.match(text)
                                   for kind, text in _tokens(query)):
        return query
    return f"BASE {term_text(ox.NamedNode(base_iri))} {query}"


def bind_values(query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``query`` with ``bindings`` written in as ``VALUES`` blocks (see the module doc).

    A sub-``SELECT`` that does not project a bound variable has a variable of its own by that
    name, as in pyoxigraph's substitutions: no ``VALUES`` goes in there. Raises ``RuntimeError``
    as pyoxigraph does when the ``SELECT`` query does not project a bound variable, ``TypeError``
    for a blank node.
    """
    if not bindings:
        return query
    values = {name: term_text(term) for name, term in bindings.items()}
    tokens = _tokens(query)
    sig = [i for i, (kind, _) in enumerate(tokens) if kind != "skip"]
    words = [tokens[i] for i in sig]
    _check_projection(words, values)
    before: dict[int, str] = {}  # token index -> text written before / after it
    after: dict[int, str] = {}
    stack: list[tuple[int, str, set[str]]] = []  # open braces: (position in sig, kind, names used)
    blocked: list[tuple[int, set[str]]] = []  # (depth of the group holding a sub-SELECT, names)
    in_values, top_done, previous = False, False, ""
    for k, (kind, text) in enumerate(words):
        upper = text.upper() if kind == "word" else text
        if upper == "SELECT" and stack:
            projected, star = _projection(words, k)
            blocked.append((len(stack), set() if star else set(values) - projected))
        if text == "{":
            opener = "group"
            if in_values or (stack and stack[-1][1] in ("data", "template")):
                opener, in_values = "data", False
            elif previous == "CONSTRUCT":
                opener = "template"
            stack.append((k, opener, set()))
        elif text == "}" and stack:
            start, opener, names = stack.pop()
            while blocked and blocked[-1][0] > len(stack):
                blocked.pop()
            if stack:
                stack[-1][2].update(names)
            if opener == "group":
                is_top = not stack and not top_done
                top_done = top_done or not stack
                wanted = [n for n in values if is_top or n in names]
                if wanted:
                    _write_values(words, start, " ".join(f"VALUES ?{n} {{ {values[n]} }}" for n in wanted),
                                  sig, k, before, after)
        elif kind == "var" and text[1:] in values and stack \
                and not any(text[1:] in names for _, names in blocked):
            stack[-1][2].add(text[1:])
        if upper == "VALUES":
            in_values = True
        previous = upper
    return "".join(before.get(i, "") + text + after.get(i, "") for i, (_, text) in enumerate(tokens))


def _write_values(words, start: int, block: str, sig, end: int, before, after) -> None:
    """Put ``block`` first in the group opened at ``words[start]`` and closed at ``words[end]``."""
    if words[start + 1][1].upper() == "SELECT":  # a group that is a sub-SELECT takes no VALUES
        after[sig[start]] = f" {block} {{"
        before[sig[end]] = "} "
    elif start >= 2 and words[start - 1][1].upper() == "WHERE" and words[start - 2][1].upper() == "CONSTRUCT":
        raise ValueError("bind values in CONSTRUCT { ... } WHERE { ... }, not the short form "
                         "CONSTRUCT WHERE { ... }")
    else:
        after[sig[start]] = f" {block}"


def _projection(words, k: int) -> tuple[set[str], bool]:
    """The variables the ``SELECT`` at ``words[k]`` projects, and whether it is ``SELECT *``."""
    projected, parens, star, last = set(), 0, False, ""
    for kind, text in words[k + 1:]:
        if text == "{" or kind == "word" and text.upper() in ("WHERE", "FROM"):
            break
        parens += (text == "(") - (text == ")")
        star = star or (text == "*" and parens == 0)
        if kind == "var" and (parens == 0 or last == "AS"):
            projected.add(text[1:])
        last = text.upper() if kind == "word" else text
    return projected, star


def _check_projection(words, values) -> None:
    """Refuse, as pyoxigraph does, a ``SELECT`` query that does not project a bound variable."""
    forms = [k for k, (kind, t) in enumerate(words)
             if kind == "word" and t.upper() in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")]
    if not forms or words[forms[0]][1].upper() != "SELECT":
        return
    projected, star = _projection(words, forms[0])
    missing = [n for n in values if n not in projected]
    if missing and not star:
        raise RuntimeError(f"The SPARQL query does not contains variable ?{missing[0]} in its "
                           "SELECT projection")
