"""The data files under ``kg/nlp/data`` and the ``Lexicon`` built from them.

The raw files are checked as well as the loaded lexicon: ``load_lexicon`` keeps the first key a
surface form is given (``setdefault``), so a form listed twice would vanish silently there.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict

from kg.nlp.lexicon import DATA_DIR, GEONAMES_IRI, load_lexicon
from kg.nlp.pipeline import RULER_LABELS, gazetteer_patterns, sg_hyphens
from kg.vocab import slugify

PREDICATES = ("spokespersonFor", "leaderOf", "memberOf")


def jsonl(name: str) -> list[dict]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


COUNTRIES = jsonl("countries.jsonl")
ORGANISATIONS = jsonl("organisations.jsonl")
ROLES = json.loads((DATA_DIR / "roles.json").read_text(encoding="utf-8"))
NICKNAMES = json.loads((DATA_DIR / "nicknames.json").read_text(encoding="utf-8"))
METONYMS = json.loads((DATA_DIR / "metonyms.json").read_text(encoding="utf-8"))


def raw_surface_forms() -> dict[str, set[tuple[str, str]]]:
    """Every surface form in the two gazetteer files -> {(key it names, how)}."""
    forms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in COUNTRIES:
        for form in [row["label"], *row.get("aliases", [])]:
            forms[form].add((row["key"], "name"))
        for form in row.get("demonyms", []):
            forms[form].add((row["key"], "demonym"))
        for form in row.get("seats", []):
            forms[form].add((row["key"], "seat"))
        for capital in row.get("capitals", []):
            forms[capital].add(("place/" + slugify(capital), "capital"))
    for row in ORGANISATIONS:
        for form in [row["label"], *row.get("aliases", [])]:
            forms[form].add((row["key"], "name"))
        for form in row.get("adjectives", []):
            forms[form].add((row["key"], "adjective"))
    return forms


def city_state(form: str, owners: set[tuple[str, str]]) -> bool:
    """Singapore, Monaco, ...: the capital is named like its own country; one key is fine."""
    by_how = {how: key for key, how in owners}
    return (len(owners) == 2 and set(by_how) == {"name", "capital"}
            and load_lexicon().entries[by_how["capital"]].country == by_how["name"])


# -- loading ---------------------------------------------------------------------------------

def test_lexicon_data_files_load():
    lex = load_lexicon()
    assert lex is load_lexicon()  # cached
    assert len(COUNTRIES) == 202  # as data/README.md says
    assert len(ORGANISATIONS) > 100
    types = defaultdict(int)
    for entry in lex.entries.values():
        types[entry.type] += 1
    assert types["Country"] == len(COUNTRIES)
    assert types["Organisation"] == len(ORGANISATIONS)
    assert types["Place"] > 150  # capitals
    assert lex.titles and lex.government_titles and lex.nicknames
    assert lex.state_nouns and lex.place_heads and lex.locative_prepositions
    assert lex.region_suffixes and lex.demote and lex.skip
    assert lex.max_title_len == max(len(t) for t in lex.titles)


def test_lexicon_keys_are_unique_and_slugs_of_labels():
    keys = [row["key"] for row in COUNTRIES + ORGANISATIONS]
    assert len(keys) == len(set(keys))
    for row in COUNTRIES + ORGANISATIONS:
        assert re.fullmatch(r"(country|organisation)/[a-z0-9-]+", row["key"]), row["key"]
        assert row["key"] == row["key"].split("/")[0] + "/" + slugify(row["label"])
        assert row["aliases"][0] == row["label"], row["key"]


DE_FACTO_STATES = {"country/transnistria", "country/abkhazia", "country/south-ossetia", "country/somaliland",
                   "country/northern-cyprus"}  # no GeoNames country id (data/README.md)


def test_lexicon_countries_carry_geonames_iris():
    lex = load_lexicon()
    for row in COUNTRIES:
        if row["key"] in DE_FACTO_STATES:
            assert "geonames" not in row and lex.entries[row["key"]].same_as == (), row["key"]
            continue
        assert row["geonames"].isdigit(), row["key"]
        assert lex.entries[row["key"]].same_as == (GEONAMES_IRI.format(row["geonames"]),)
    ids = [row["geonames"] for row in COUNTRIES if "geonames" in row]
    assert len(ids) == len(set(ids)) == len(COUNTRIES) - len(DE_FACTO_STATES)


# -- surface forms ---------------------------------------------------------------------------

def test_lexicon_no_surface_form_maps_to_two_keys():
    clashes = {form: sorted(owners) for form, owners in raw_surface_forms().items()
               if len({key for key, _ in owners}) > 1 and not city_state(form, owners)}
    assert clashes == {}


def test_lexicon_no_surface_form_is_listed_twice_for_one_key_in_two_roles():
    """A form that is both the name and the demonym of one country would lose one reading."""
    twice = {form: sorted(owners) for form, owners in raw_surface_forms().items()
             if len({key for key, _ in owners}) == 1 and len(owners) > 1}
    assert twice == {}


def test_lexicon_every_surface_form_is_loaded_for_its_key():
    lex = load_lexicon()
    for form, owners in raw_surface_forms().items():
        assert form in lex.surface, form
        if city_state(form, owners):
            assert lex.surface[form][1] == "name"  # the country wins over its capital
        else:
            assert lex.surface[form] in owners, form
    assert set(lex.surface) == set(raw_surface_forms())


def test_lexicon_city_state_capital_resolves_to_the_country():
    lex = load_lexicon()
    assert lex.surface["Singapore"] == ("country/singapore", "name")
    assert lex.surface["Nairobi"] == ("place/nairobi", "capital")
    assert lex.entries["place/nairobi"].country == "country/kenya"


def test_lexicon_organisation_country_points_to_an_existing_country():
    lex = load_lexicon()
    countries = {row["key"] for row in COUNTRIES}
    for row in ORGANISATIONS:
        country = row.get("country")
        assert country is None or country in countries, (row["key"], country)
        assert lex.entries[row["key"]].country == country


def test_lexicon_capital_points_to_its_country():
    lex = load_lexicon()
    for entry in lex.entries.values():
        if entry.type == "Place":
            assert lex.entries[entry.country].type == "Country", entry.key


def test_lexicon_gazetteer_patterns_carry_key_and_reading():
    lex = load_lexicon()
    patterns = gazetteer_patterns()
    assert len(patterns) == len(lex.surface)
    for pattern in patterns:
        key, how = pattern["id"].split("|")
        assert lex.surface[pattern["pattern"]] == (key, how)
        assert pattern["label"] == RULER_LABELS[lex.entries[key].type].get(how, "ORG")


# -- roles -------------------------------------------------------------------------------------

def test_lexicon_every_role_title_maps_to_one_predicate():
    lex = load_lexicon()
    listed: dict[str, set[str]] = defaultdict(set)
    for predicate in PREDICATES:
        for title in ROLES[predicate]["titles"]:
            assert title == title.lower().strip(), title
            listed[title].add(predicate)
    assert {t: p for t, p in listed.items() if len(p) > 1} == {}
    assert set(lex.titles.values()) <= set(PREDICATES)
    whole = set(ROLES.get("single_tokens", ()))  # kept as one token by the pipeline
    forms = set()
    for title, (predicate,) in listed.items():
        keys = {(title,)} if title in whole else {tuple(title.replace("-", " - ").split()), tuple(title.split())}
        forms |= keys
        assert {lex.titles[key] for key in keys} == {predicate}
    assert set(lex.titles) == forms


def test_lexicon_government_titles_are_a_subset_of_titles():
    lex = load_lexicon()
    for predicate in PREDICATES:
        assert set(ROLES[predicate]["government"]) <= set(ROLES[predicate]["titles"]), predicate
    assert lex.government_titles <= set(lex.titles)
    assert not ROLES["spokespersonFor"]["government"]


def test_lexicon_modifiers_are_lowercase_and_disjoint():
    lex = load_lexicon()
    assert all(m == m.lower() for m in lex.demote | lex.skip)
    assert not lex.demote & lex.skip
    assert {"former", "ex"} <= lex.skip and "deputy" in lex.demote


def test_lexicon_titles_match_the_pipeline_tokenizer(nlp):
    # each form of a title is what the pipeline makes of it: split at the hyphen when written
    # with capitals ("Vice-President"), joined again by sg_hyphens in lowercase ("vice-president")
    lex = load_lexicon()

    def tokens(text: str) -> tuple[str, ...]:
        return tuple(tok.lower_ for tok in sg_hyphens(nlp.tokenizer(text)))
    unmatchable = sorted(" ".join(t) for t in lex.titles
                         if t not in {tokens(" ".join(t).replace(" - ", "-")),
                                      tokens(" ".join(t).replace(" - ", "-").title())})
    assert unmatchable == []
    assert ("vice-president",) in lex.titles and ("vice", "-", "president") in lex.titles


# -- nicknames and metonyms ---------------------------------------------------------------------

def test_lexicon_nicknames_are_lowercase_and_resolve_in_one_step():
    lex = load_lexicon()
    assert lex.nicknames == NICKNAMES
    for nickname, formal in NICKNAMES.items():
        assert nickname == nickname.lower() and formal == formal.lower()
        assert nickname != formal
        assert formal not in NICKNAMES, f"{nickname} -> {formal} -> {NICKNAMES.get(formal)}"


def test_lexicon_metonym_lists_are_lowercase_phrases():
    lex = load_lexicon()
    for name in ("state_nouns", "place_heads", "locative_prepositions", "region_suffixes"):
        assert all(item == item.lower().strip() for item in METONYMS[name]), name
    assert ("officials",) in lex.state_nouns and ("strip",) in lex.place_heads
    assert "in" in lex.locative_prepositions and "peninsula" in lex.region_suffixes


def test_lexicon_leaders_head_listed_countries_and_short_forms_resolve():
    lex = load_lexicon()
    raw = json.loads((DATA_DIR / "leaders.json").read_text())["leaders"]
    assert lex.leaders and all(state in lex.entries and lex.entries[state].type == "Country" for state in raw.values())
    assert lex.led_state("person/biden") == "country/united-states"
    assert lex.led_state("person/tayyip-erdogan") == "country/turkey"
    assert lex.led_state("person/hunter-biden") is None  # another first name: someone else
    assert lex.led_state("person/kim") is None  # not the last word of a listed name
