"""The data files under ``kg/nlp/data``, loaded once: gazetteer, role titles, metonyms, nicknames.

Rules are data (DESIGN.md section 3, rule 6): adding a country, an organisation, a title or a
nickname is an edit to a JSON file, never to code.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from kg.nlp.people import person_key
from kg.vocab import slugify

DATA_DIR = Path(__file__).parent / "data"
GEONAMES_IRI = "https://sws.geonames.org/{}/"


DEPARTMENT_WORDS = {"treasury", "department", "ministry", "office"}  # bodies a secretary heads


NATIONAL_BODY_SECRETARIES = {("secretary-general",), ("secretary", "general"), ("secretary", "-", "general")}


@dataclass(frozen=True)
class GazetteerEntry:
    key: str  # "country/egypt", "organisation/hamas", "place/cairo"
    type: str  # "Country", "Organisation", "Place"
    label: str
    same_as: tuple[str, ...] = ()
    country: str | None = None  # for a capital or a government body: its country's key
    executive: bool = False  # a government department whose spokespeople speak for the state


_LEADERS_BY_LAST_WORD: dict[int, dict[str, list[tuple[frozenset[str], str]]]] = {}  # led_state's index


@dataclass(frozen=True)
class Lexicon:
    entries: dict[str, GazetteerEntry]
    # surface form -> (entry key, how it names it: "name", "demonym", "seat", "capital")
    surface: dict[str, tuple[str, str]]
    titles: dict[tuple[str, ...], str]  # lowercase title tokens -> predicate
    government_titles: frozenset[tuple[str, ...]]
    demote: frozenset[str]
    skip: frozenset[str]
    state_nouns: frozenset[tuple[str, ...]]
    place_heads: frozenset[tuple[str, ...]]
    locative_prepositions: frozenset[str]
    region_suffixes: frozenset[str]
    place_verbs: frozenset[str]
    institution_heads: frozenset[tuple[str, ...]]
    honorifics: frozenset[str]
    person_titles: frozenset[str]
    nicknames: dict[str, str] = field(default_factory=dict)
    neutral: frozenset[str] = frozenset()  # "New Home Secretary X": no change to the role
    given_names: frozenset[str] = frozenset()  # "Vincent" in "Vincent Cable": a person's name
    national_titles: dict[tuple[str, ...], str] = field(default_factory=dict)  # title -> country key
    document_heads: frozenset[str] = frozenset()  # "Luanda Process", "Jeddah Declaration": no actor
    # country key -> titles that are a minister's there, not the head's (the British "chancellor")
    national_members: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    department_heads: frozenset[tuple[str, ...]] = frozenset()  # "Treasury Secretary X" heads the Treasury
    devolved: dict[str, str] = field(default_factory=dict)  # "scottish" -> the Scottish Executive
    removal_verbs: frozenset[str] = frozenset()  # "ousted president X": no role
    unit_nouns: frozenset[str] = frozenset()  # "army chief": a part of the body, a member
    delegation_nouns: frozenset[str] = frozenset()  # "X's delegation, led by Y": Y serves X
    # "the prime minister" with no name: the head of the article's government, if one person stands out
    definite_heads: frozenset[tuple[str, ...]] = frozenset()
    post_nominals: frozenset[str] = frozenset()  # "Guy Mansfield QC", "Paul Boateng MP": a person
    # "the UN envoy for Yemen", "a UN spokesman in Cyprus": the place after the title is where, not whose
    destination_titles: frozenset[tuple[str, ...]] = frozenset()
    indefinite_members: frozenset[str] = frozenset()  # "a Houthi leader": one of its leaders, a member
    name_possessives: frozenset[str] = frozenset()  # "People's" in "Tigray People's Liberation Front"
    organisation_heads: frozenset[str] = frozenset()  # "Front", "Movement": a name ending so is a body
    non_actor_acronyms: frozenset[str] = frozenset()  # "the GDP", "the VAT": no actor
    context_bodies: dict[str, str] = field(default_factory=dict)  # "Foreign Office" -> "-foreign-ministry"
    leaders: dict[str, str] = field(default_factory=dict)  # person key -> the state they head (data: leaders.json)
    seat_bodies: dict[str, str] = field(default_factory=dict)  # "Brussels" acting -> the EU, not Belgium
    foreign_ministry_names: frozenset[tuple[str, ...]] = frozenset()  # "foreign ministry" after "Seoul's"
    foreign_ministries: dict[str, str] = field(default_factory=dict)  # country key -> its foreign ministry's key
    state_bodies: dict[str, dict[str, str]] = field(default_factory=dict)  # "House" -> {US: the US House}
    home_only_bodies: frozenset[str] = frozenset()  # "Congress": the US's only in an article on the US
    shared_titles: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # "chancellor" -> states
    between_heads: frozenset[str] = frozenset()  # "talks between Colombo and X": Colombo governs
    portfolios: frozenset[str] = frozenset()  # "Health spokesman X": part of the title, no body
    chamber_words: frozenset[str] = frozenset()  # "SNP Holyrood leader X": the chamber, not the body
    # "sen." -> the words that name its chamber ("senate",) and the chamber a title only one legislature uses
    chamber_titles: dict[tuple[str, ...], tuple[tuple[str, ...], str | None]] = field(default_factory=dict)

    def role_in(self, predicate: str, title: tuple[str, ...], body: str) -> str:
        """The predicate a title gives in ``body``: "chancellor" heads Germany, not Britain."""
        if predicate == "leaderOf" and (title in self.national_members.get(body, ()) or (
                title in self.chamber_titles and body.startswith("country/"))):
            return "memberOf"  # "US House Speaker X" heads the House and serves the state
        if predicate == "leaderOf" and title in NATIONAL_BODY_SECRETARIES and body in self.entries \
                and self.entries[body].country is not None:
            return "memberOf"  # "ANC secretary-general X" runs a party's office; "UN Secretary-General X" heads the UN
        if predicate == "memberOf" and title in self.department_heads and body.startswith("organisation/") \
                and any(word in DEPARTMENT_WORDS for word in body.split("/", 1)[1].split("-")):
            return "leaderOf"  # a secretary named with a body heads it: "Treasury Secretary Steven Mnuchin"
        return predicate

    def led_state(self, person: str) -> str | None:
        """The state a well-known head of state or government heads: by the person's key, or by a
        short form of a listed name ("person/biden", "person/tayyip-erdogan") that keeps its last
        word and no other listed leader shares."""
        if person in self.leaders:
            return self.leaders[person]
        words = person.split("/", 1)[-1].split("-")
        by_last = _LEADERS_BY_LAST_WORD.get(id(self.leaders))
        if by_last is None:  # (built once: the names of the table by their last word)
            by_last = _LEADERS_BY_LAST_WORD[id(self.leaders)] = {}
            for key, state in self.leaders.items():
                full = key.split("/", 1)[-1].split("-")
                by_last.setdefault(full[-1], []).append((frozenset(full), state))
        states = {state for full, state in by_last.get(words[-1], ()) if set(words) <= full}
        return states.pop() if len(states) == 1 else None

    def ensure_entity(self, doc, key: str, surface: str | None = None) -> None:
        """Register gazetteer entry ``key`` in ``doc._.sg_entities`` when a rule names an actor
        the text does not (a department's spokesperson speaking for its state), with the words
        the text names it by, if any ("South African Ministry of Foreign Affairs"), as an alias."""
        entry = self.entries.get(key)
        if key not in doc._.sg_entities and entry is not None:
            doc._.sg_entities[key] = (entry.type, entry.label, entry.same_as)
        if surface is not None and entry is not None:
            if doc._.sg_aliases is None:
                doc._.sg_aliases = {}
            doc._.sg_aliases.setdefault(key, set()).add(surface)

    @cached_property
    def people_words(self) -> frozenset[str]:
        """Plural demonyms ("Palestinians"): a people, as opposed to its state."""
        return frozenset(form for form, (_, how) in self.surface.items()
                         if how == "demonym" and form.endswith("s"))

    @cached_property
    def max_title_len(self) -> int:
        return max(map(len, self.titles))


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _json(name: str) -> dict:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _tokens(phrase: str) -> tuple[str, ...]:
    """Lowercase tokens as spaCy's English tokenizer splits them: "secretary-general" is
    ("secretary", "-", "general")."""
    return tuple(re.sub(r"(?<=\w)-(?=\w)", " - ", phrase.lower()).split())


def _forms(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The token tuples a phrase takes in a text: split at its hyphens ("Vice-President", as
    the tokenizer splits it) and, when it has any, whole ("vice-president", which
    ``sg_hyphens`` joins again in lowercase)."""
    split, whole = _tokens(phrase), tuple(phrase.lower().split())
    return (split,) if split == whole else (split, whole)


def _gazetteer() -> tuple[dict[str, GazetteerEntry], dict[str, tuple[str, str]]]:
    entries: dict[str, GazetteerEntry] = {}
    surface: dict[str, tuple[str, str]] = {}

    def add_surface(form: str, key: str, how: str) -> None:
        surface.setdefault(form, (key, how))

    for row in _jsonl(DATA_DIR / "countries.jsonl"):
        key = row["key"]
        same_as = (GEONAMES_IRI.format(row["geonames"]),) if row.get("geonames") else ()
        entries[key] = GazetteerEntry(key, "Country", row["label"], same_as)
        for form in [row["label"], *row.get("aliases", [])]:
            add_surface(form, key, "name")
        for form in row.get("demonyms", []):
            add_surface(form, key, "demonym")
        for form in row.get("seats", []):
            add_surface(form, key, "seat")
        for capital in row.get("capitals", []):
            place_key = "place/" + slugify(capital)
            entries.setdefault(place_key, GazetteerEntry(place_key, "Place", capital, (), key))
            add_surface(capital, place_key, "capital")
    for row in _jsonl(DATA_DIR / "organisations.jsonl"):
        key = row["key"]
        entries[key] = GazetteerEntry(key, "Organisation", row["label"], (), row.get("country"),
                                      bool(row.get("executive")))
        for form in [row["label"], *row.get("aliases", [])]:
            add_surface(form, key, "name")
        for form in row.get("adjectives", []):  # "Democratic Senator Chris Van Hollen"
            add_surface(form, key, "adjective")
    return entries, surface


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    entries, surface = _gazetteer()
    roles = _json("roles.json")
    titles: dict[tuple[str, ...], str] = {}
    government: set[tuple[str, ...]] = set()
    whole = set(roles.get("single_tokens", ()))  # kept as one token by the pipeline's tokenizer
    for predicate in ("memberOf", "leaderOf", "spokespersonFor"):  # later wins on overlaps
        for title in roles[predicate]["titles"]:
            for form in ((title,),) if title in whole else _forms(title):
                titles[form] = predicate
        government.update(f for t in roles[predicate]["government"] for f in _forms(t))
    national = {f: country for country, ts in roles["national_titles"].items() for t in ts for f in _forms(t)}
    government.update(national)  # a title only one state uses is that state's government's
    metonyms = _json("metonyms.json")
    nicknames = _json("nicknames.json")
    return Lexicon(
        entries=entries,
        surface=surface,
        titles=titles,
        government_titles=frozenset(government),
        demote=frozenset(roles["modifiers"]["demote"]),
        skip=frozenset(roles["modifiers"]["skip"]),
        neutral=frozenset(roles["modifiers"].get("neutral", ())),
        state_nouns=frozenset(f for n in metonyms["state_nouns"] for f in _forms(n)),
        place_heads=frozenset(f for n in metonyms["place_heads"] for f in _forms(n)),
        locative_prepositions=frozenset(metonyms["locative_prepositions"]),
        region_suffixes=frozenset(metonyms["region_suffixes"]),
        place_verbs=frozenset(metonyms["place_verbs"]),
        institution_heads=frozenset(f for n in metonyms["institution_heads"] for f in _forms(n)),
        honorifics=frozenset(roles["honorifics"]),
        person_titles=frozenset(w for t in roles["person_titles"] for w in t.split()),  # "field marshal": each word
        nicknames=nicknames,
        given_names=frozenset(roles.get("given_names", ())) | _nickname_names(nicknames),
        national_titles=national,
        document_heads=frozenset(metonyms.get("document_heads", ())),
        devolved=dict(roles.get("devolved_governments", {})),
        removal_verbs=frozenset(roles.get("removal_verbs", ())),
        unit_nouns=frozenset(roles.get("unit_nouns", ())),
        delegation_nouns=frozenset(roles.get("delegation_nouns", ())),
        national_members={country: frozenset(f for t in ts for f in _forms(t))
                          for country, ts in roles.get("national_members", {}).items()},
        department_heads=frozenset(f for t in roles.get("department_heads", []) for f in _forms(t)),
        post_nominals=frozenset(roles.get("post_nominals", ())),
        destination_titles=frozenset(f for t in roles.get("destination_titles", ()) for f in _forms(t)),
        indefinite_members=frozenset(roles.get("indefinite_members", ())),
        name_possessives=frozenset(metonyms.get("name_possessives", ())),
        organisation_heads=frozenset(metonyms.get("organisation_heads", ())),
        non_actor_acronyms=frozenset(a.lower() for a in metonyms.get("non_actor_acronyms", ())),
        context_bodies=dict(metonyms.get("context_bodies", {})),
        seat_bodies=dict(metonyms.get("seat_bodies", {})),
        leaders={person_key(name, nicknames)[0]: state for name, state in _json("leaders.json")["leaders"].items()},
        foreign_ministry_names=frozenset(tuple(n.split()) for n in metonyms.get("foreign_ministry_names", ())),
        foreign_ministries={e.country: k for k, e in entries.items()
                            if e.country and k.endswith("-foreign-ministry")},
        state_bodies=dict(metonyms.get("state_bodies", {})),
        home_only_bodies=frozenset(metonyms.get("home_only_bodies", ())),
        between_heads=frozenset(metonyms.get("between_heads", ())),
        shared_titles={f: tuple(states) for t, states in roles.get("shared_titles", {}).items() for f in _forms(t)},
        chamber_words=frozenset(roles.get("chamber_words", ())),
        chamber_titles={f: (tuple(c["words"]), c.get("default")) for t, c in roles.get("chamber_titles", {}).items()
                        for f in _forms(t)},
        portfolios=frozenset(roles.get("portfolios", ())),
        definite_heads=frozenset(f for t in roles.get("definite_heads", ()) for f in _forms(t)),
    )


def _nickname_names(table: dict) -> frozenset[str]:
    """Every given name of the nickname table, short and formal ("Bill", "William")."""
    return frozenset(n.lower() for k, v in table.items() if not k.startswith("_") for n in (k, v)
                     if isinstance(n, str))


@lru_cache(maxsize=1)
def load_triggers() -> dict:
    """``data/triggers.json``: the trigger lexicons of relations and stances."""
    return _json("triggers.json")


@lru_cache(maxsize=1)
def load_lemma_fixes() -> dict[str, str]:
    """``data/lemmas.json``: surface form -> the lemma the model's lemmatizer misses."""
    return {form: lemma for lemma, forms in _json("lemmas.json")["fixes"].items() for form in forms}


def load_roles() -> dict:
    """``data/roles.json``: role titles and their modifiers."""
    return _json("roles.json")
