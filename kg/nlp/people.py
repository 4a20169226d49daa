"""People's names: one key per person within an article and across articles.

* titles are not part of a name (handled by ``sg_actors``), nicknames are ("Bill Burns" and
  "William Burns" get one key, from ``data/nicknames.json``);
* within an article, a surname (or given name) used alone after the full name is that person;
* across articles, :class:`PersonIndex` holds the full names already known, so a surname alone
  ("Biden") finds its unique full name ("Joseph Biden"); ``kg.ingest`` fills it from the store.
"""
from __future__ import annotations

import unicodedata

from collections import defaultdict

from kg.vocab import slugify


class PersonIndex:
    """Full names of people seen so far (in this article batch and in the store), so that a
    surname used alone in another article ("Biden") finds its unique full name ("Joseph Biden")."""

    def __init__(self) -> None:
        self._by_tail: dict[tuple[str, ...], set[str]] = defaultdict(set)

    def clear(self) -> None:
        self._by_tail.clear()

    def add(self, full_name: str) -> None:
        words = tuple(full_name.lower().split())
        for n in range(1, len(words)):
            self._by_tail[words[-n:]].add(full_name)

    def lookup(self, name: str) -> str | None:
        found = self._by_tail.get(tuple(name.lower().split()), set())
        return next(iter(found)) if len(found) == 1 else None


def person_key(name: str, nicknames: dict[str, str]) -> tuple[str, str]:
    """(key, canonical label): "Bill Burns" -> ("person/william-burns", "William Burns")."""
    parts = name.split()
    formal = nicknames.get(parts[0].lower()) if len(parts) > 1 else None
    if formal:
        parts = [formal.capitalize(), *parts[1:]]
    label = " ".join(parts)
    return "person/" + slugify(label), label


def link_short_names(names: list[str], people: PersonIndex) -> list[str]:
    """"Kirby" after "John Kirby": a name that ends (or starts) a unique longer name in the
    article is it, and so is a lone word inside one ("Kiir" after "Salva Kiir Mayardit"); a lone word with no match in the article may match a known full name.
    Words are compared without an Arabic article ("Serraj" after "Fayez Al-Serraj")."""
    full = {name for name in names if len(name.split()) > 1}
    bare = {f: bare_words(f) for f in full}
    linked = []
    for name in names:
        words = bare_words(name)
        if name in full:  # "Faki Mahamat" after "Moussa Faki Mahamat": the end of a unique longer name
            longer = {f for f in full if len(bare[f]) > len(words) and bare[f][-len(words):] == words}
            if not longer:  # "Salva Kiir" after "Salva Kiir Mayardit"
                longer = {f for f in full if len(bare[f]) > len(words) and bare[f][:len(words)] == words}
            longer = _one_person(longer)
            if len(longer) == 1:
                name = longer.pop()
        else:
            longer = {f for f in full if bare[f][-len(words):] == words}
            if not longer:
                longer = {f for f in full if bare[f][:len(words)] == words}
            if not longer and len(words) == 1:  # "Kiir" after "Salva Kiir Mayardit"
                longer = {f for f in full if words[0] in bare[f][1:-1]}
            longer = _one_person(longer)
            if len(longer) == 1:
                name = longer.pop()
            elif not longer and len(words) == 1:
                name = people.lookup(name) or name
        linked.append(name)
    return linked


ARABIC_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


def bare_words(name: str) -> list[str]:
    """The words of a name, an Arabic article cut from each ("Fayez Al-Serraj" -> Fayez Serraj),
    without accents ("Orban" is "Orbán")."""
    words = []
    for word in name.split():
        prefix = next((a for a in ARABIC_ARTICLES if word.lower().startswith(a) and len(word) > len(a) + 1), None)
        word = word[len(prefix):] if prefix else word
        words.append("".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)))
    return words


def _one_person(names: set[str]) -> set[str]:
    """"Moussa Faki Mahamat" and "Faki Mahamat" are one person's names: the longest, when every
    other is a run of its words."""
    if len(names) < 2:
        return names
    longest = max(names, key=lambda n: len(n.split()))
    words = longest.split()
    runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return {longest} if names <= runs else names
