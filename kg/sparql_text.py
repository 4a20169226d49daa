"""Put bound values and a base IRI into SPARQL text, for stores that take a query as text only.

The embedded store binds values with pyoxigraph's ``substitutions`` (RDF-dev SEP-0007); a SPARQL
server over HTTP takes the query text alone. :func:`substitute` gives the server the same query:
it tokenises the text (strings, IRIs and comments are never touched) and writes each bound
variable as the term's own N-Triples form (``<iri>``, ``"text"^^<type>``, escaped by pyoxigraph),
so a value can never change the query's structure. A projected variable keeps its name
(``?x`` becomes ``(<v> AS ?x)`` in the outer ``SELECT``); a sub-``SELECT`` stops projecting it,
as its uses around the sub-query are replaced too. rdflib's ``SPARQLStore`` appends a ``VALUES``
clause instead, which binds the variable only after the pattern (and not in sub-queries) and so
differs from SEP-0007 for filters such as ``FILTER(?g != ?inferred)`` in a sub-query.
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
_CLAUSE_END = {"HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES", "GROUP"}


def term_text(term: ox.NamedNode | ox.Literal) -> str:
    """A bound value as SPARQL: blank nodes cannot be named in a query, so they are refused."""
    if not isinstance(term, ox.NamedNode | ox.Literal):
        raise TypeError(f"cannot bind {term!r} in a query sent to a server: bind IRIs or literals")
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


def substitute(query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``query`` with each variable of ``bindings`` replaced by its value (see the module doc).

    Raises ``RuntimeError`` as pyoxigraph does when a ``SELECT`` query does not project a bound
    variable.
    """
    if not bindings:
        return query
    values = {name: term_text(term) for name, term in bindings.items()}
    out: list[str] = []
    braces = parens = 0
    clause = None  # "projection", "modifier" (GROUP BY / ORDER BY) or "values"
    clause_parens = 0
    top_select = None  # the outer SELECT's projected bound names and whether it is SELECT *
    nested_dropped: list[str] = []
    previous = ""  # last word or variable, upper-cased
    where_open = where_close = None
    for kind, text in _tokens(query):
        if kind == "skip":
            out.append(text)
            continue
        upper = text.upper() if kind == "word" else text
        if kind == "word" and upper == "SELECT":
            clause, clause_parens = "projection", parens
            if braces == 0:
                top_select = {"projected": set(), "star": False}
            nested_dropped = []
        elif kind == "word" and upper == "BY" and previous in ("GROUP", "ORDER"):
            clause, clause_parens = "modifier", parens
        elif kind == "word" and upper == "VALUES":
            clause = "values"
        elif clause == "projection" and (kind == "word" and upper in ("WHERE", "FROM")
                                          or text == "{" and parens == clause_parens):
            if braces and nested_dropped and not _has_projection(out):
                out.append("* ")  # it projected only bound variables: keep it valid
            clause = None
        elif clause == "modifier" and (kind == "word" and upper in _CLAUSE_END or text == "}"):
            clause = None
        elif clause == "values" and text == "{":
            clause = None
        if text == "{":
            if top_select is not None and braces == parens == 0 and where_open is None:
                where_open = len(out)
            braces += 1
        elif text == "}":
            braces -= 1
            if braces == 0 and where_open is not None and where_close is None:
                where_close = len(out)
        elif text == "(":
            parens += 1
        elif text == ")":
            parens -= 1
        elif text == "*" and clause == "projection" and braces == 0 and parens == clause_parens:
            top_select["star"] = True
        name = text[1:] if kind == "var" else None
        if name in values and previous != "AS" and clause != "values":
            if clause == "projection" and parens == clause_parens:
                if braces == 0:
                    top_select["projected"].add(name)
                    text = f"({values[name]} AS {text})"
                else:
                    nested_dropped.append(name)
                    text = ""
            elif clause == "modifier" and parens == clause_parens:
                text = f"({values[name]})"
            else:
                text = values[name]
        out.append(text)
        previous = upper if kind in ("word", "var") else previous
    if top_select is not None:
        missing = [n for n in values if n not in top_select["projected"]]
        if top_select["star"] and where_open is not None and where_close is not None:
            binds = " ".join(f"BIND({values[n]} AS ?{n})" for n in missing)
            out[where_close] = "} " + binds + " }"
            out[where_open] = "{ {"
        elif missing:
            raise RuntimeError(f"The SPARQL query does not contains variable ?{missing[0]} in its "
                               "SELECT projection")
    return "".join(out)


def _has_projection(out: list[str]) -> bool:
    """Whether the sub-``SELECT`` being written still projects something."""
    for text in reversed(out):
        if text.upper() == "SELECT":
            return False
        if text.strip() and text.upper() not in ("DISTINCT", "REDUCED"):
            return True
    return False
