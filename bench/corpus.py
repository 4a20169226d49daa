"""A seeded corpus of realistic news articles, as the JSON-lines that `kg ingest` reads.

    python bench/corpus.py --articles 1000 --seed 7 --output bench/data/corpus-1000.jsonl

Sentences of the seed articles (``seeds/``, and ``../shared/eval/dev`` when present) become
templates: the trained model's named entities, and the gazetteer's names it missed, are slots,
and so are role titles next to a person ("Foreign Minister X", "X, spokesman for"). Each article
gets a cast (people from a pool of generated names, countries, organisations and capitals from
``kg/nlp/data``, popular ones more often, as in the news) and is a lead sentence plus sentences
drawn from all sources until it reaches its length (400-900 words, most around 550), in
paragraphs of one or two sentences, with a headline, a date, a URL and a source. A person is
named in full the first time (mostly), by surname after; one entity of a source sentence is the
same cast member throughout the article.

The same seed gives the same file, byte for byte. Templates are extracted once (a few seconds
of spaCy) and cached in ``bench/data/`` under a hash of the sources, the gazetteer and the model.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "nlp" / "data"
DEFAULT_CACHE = ROOT / "bench" / "data"
TEMPLATE_VERSION = 2  # bump when the template extraction changes

GIVEN = ["Amina", "Ahmed", "Omar", "Layla", "Yusuf", "Fatima", "Hassan", "Mariam", "Karim", "Nadia", "Samir", "Leila", "Tariq", "Rania", "Khalid", "Daniel", "Sarah", "David", "Rachel", "Michael", "Anna", "Thomas", "Maria", "Peter", "Elena", "Jonas", "Sofia", "Lukas", "Ingrid", "Pavel", "Olga", "Dmitri", "Irina", "Katarzyna", "Mateusz", "Wei", "Hiroshi", "Yuki", "Kenji", "Arjun", "Priya", "Rahul", "Ananya", "Kwame", "Ama", "Chidi", "Ngozi", "Tendai", "Thandiwe", "Juan", "Lucia", "Carlos", "Gabriela", "Diego", "Valentina", "Mehmet", "Ayse", "Emre", "Zeynep", "Helen", "Martin", "Claire", "Andrew", "Miriam", "Samuel"]
SURNAMES = ["Haddad", "Mansour", "Karimi", "Rahimi", "Nasser", "Farouk", "Khoury", "Saleh", "Barakat", "Aziz", "Osman", "Mwangi", "Otieno", "Okafor", "Adeyemi", "Mensah", "Banda", "Moyo", "Dlamini", "Novak", "Kowalski", "Horvat", "Petrov", "Ivanova", "Sokolov", "Lindqvist", "Berg", "Jensen", "Schneider", "Fischer", "Moreau", "Laurent", "Rossi", "Bianchi", "Ferreira", "Almeida", "Herrera", "Castillo", "Morales", "Ortega", "Vargas", "Tanaka", "Sato", "Nakamura", "Park", "Choi", "Nguyen", "Pham", "Sharma", "Patel", "Iyer", "Reddy", "Chowdhury", "Rahman", "Hossain", "Demir", "Yilmaz", "Kaya", "Sahin", "Aydin", "Walsh", "Murphy", "Gallagher", "Brennan", "Whitfield", "Ashworth", "Pemberton", "Thornton", "Caldwell", "Mercer", "Okonkwo", "Achebe", "Mutasa", "Chikwanha", "Kariuki", "Wanjiru", "Abubakar", "Balogun", "Diallo", "Traore", "Keita", "Toure", "Sissoko", "Haidari", "Sultani", "Qureshi", "Siddiqui", "Malik", "Butt", "Javed", "Farah", "Warsame", "Hirsi", "Abdi", "Tesfaye", "Gebre", "Alemu", "Bekele", "Kebede", "Lemma", "Nowak", "Zielinski", "Wozniak", "Dvorak", "Kovac", "Varga", "Szabo", "Toth", "Nagy", "Popescu", "Ionescu", "Georgiou", "Papadakis", "Andersen", "Halvorsen", "Nieminen", "Virtanen", "Korhonen", "Lindgren", "Sandberg", "Castellano", "Navarro", "Romero", "Quintero", "Salazar", "Delgado", "Fuentes", "Valdes", "Arakawa", "Morimoto", "Yamada", "Takahashi", "Hwang", "Jeong", "Seo", "Bui", "Dang", "Vu", "Kapoor", "Menon", "Pillai", "Bose", "Chatterjee", "Mukherjee", "Rao", "Naidu", "Kaplan", "Arslan", "Ozturk"]
HEADLINES = (
    "{c0} and {c1} resume talks on {p0}", "{o0} urges restraint as {c0} weighs new offensive",
    "{s0} says {c0} opposes {p0} operation", "{c0} rejects {o0} proposal for ceasefire",
    "Talks in {p0} stall as {c0} and {c1} trade blame", "{c0} backs {o0} plan for {p0}",
    "{d0} envoy arrives in {p0} for crisis talks", "{o0} warns of humanitarian crisis in {p0}",
    "{c1} to mediate between {c0} and {o0}", "{s0}: {c0} will not accept new conditions",
    "{c0} condemns strikes near {p0}", "{d0} and {d1} officials meet in {p0}")
SOURCES = ("Example Wire", "Global Desk", "Daily Ledger", "World Report", "Evening Courier")


def source_files() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared/eval/dev").glob("*.txt"))


def _jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


class Gazetteer:
    """Countries, organisations and role titles from the package data, and a surface-form map."""

    def __init__(self) -> None:
        self.countries = [c for c in _jsonl("countries.jsonl") if c["demonyms"] and c["capitals"]]
        self.organisations = _jsonl("organisations.jsonl")
        roles = json.loads((DATA / "roles.json").read_text(encoding="utf-8"))
        self.roles = {group: roles[group]["titles"] for group in ("spokespersonFor", "leaderOf", "memberOf")}
        self.title_group = {tuple(t.split()): g for g, titles in self.roles.items() for t in titles}
        self.surface: dict[str, tuple[str, str, str]] = {}  # form -> (type, key, how)
        for country in _jsonl("countries.jsonl"):
            for how in ("aliases", "demonyms", "capitals", "seats"):
                for form in country.get(how, []):
                    self.surface.setdefault(form, ("Country", country["key"], how))
        for org in self.organisations:
            for form in org["aliases"]:
                self.surface.setdefault(form, ("Organisation", org["key"], "aliases"))

    def people(self, size: int, rng: random.Random) -> list[tuple[str, str]]:
        pairs = [(g, s) for s in SURNAMES for g in GIVEN
                 if len(s) > 3 and s not in self.surface and g not in self.surface]
        rng.shuffle(pairs)
        return pairs[:size]


# -- templates ---------------------------------------------------------------------------
def _sentence_ok(text: str) -> bool:
    words = len(text.split())
    return 6 <= words <= 80 and "\n" not in text.strip() and text.rstrip()[-1:] in ".!?\"'\u201d\u2019"


def extract_templates(texts: list[str], model: str, gaz: Gazetteer) -> list[dict]:
    import spacy

    nlp = spacy.load(model, exclude=["senter"])
    templates = []
    for source, doc in enumerate(nlp.pipe(texts)):
        fulls = {ent.text.split()[-1]: ent.text for ent in doc.ents
                 if ent.label_ == "PERSON" and len(ent.text.split()) > 1}
        lead = True
        for sent in doc.sents:
            if not _sentence_ok(sent.text):
                continue
            parts = _template(sent, source, fulls, gaz)
            templates.append({"source": source, "lead": lead, "words": len(sent.text.split()), "parts": parts})
            lead = False
    return templates


def _template(sent, source: int, fulls: dict[str, str], gaz: Gazetteer) -> list:
    slots: dict[int, tuple[int, dict]] = {}  # start token -> (end token, slot)
    taken: set[int] = set()

    def add(start: int, end: int, slot: dict) -> None:
        if not taken & set(range(start, end)):
            taken.update(range(start, end))
            slots[start] = (end, slot)

    for ent in sent.ents:
        start, end, text = ent.start, ent.end, ent.text
        hit = gaz.surface.get(text)
        if ent.label_ == "PERSON" and not hit:
            while end - start > 1 and (ent.doc[start].lower_,) in gaz.title_group:
                start += 1
            words = ent.doc[start:end].text.split()
            key = fulls.get(words[-1], " ".join(words)) if len(words) == 1 else " ".join(words)
            add(start, end, {"t": "Person", "k": f"{source}:{key}", "f": "full" if len(words) > 1 else "short"})
        elif hit:
            add(start, end, _gazetteer_slot(hit, text))
        elif ent.label_ == "ORG":
            add(start, end, {"t": "Organisation", "k": f"{source}:{text}", "f": "aliases"})
        elif ent.label_ in ("GPE", "LOC", "FAC"):
            add(start, end, {"t": "Place", "k": f"{source}:{text}", "f": "place"})
    doc = sent.doc
    for i in range(sent.start, sent.end):  # gazetteer names the model did not tag
        for n in range(6, 0, -1):
            hit = gaz.surface.get(doc[i:min(i + n, sent.end)].text) if i + n <= sent.end else None
            if hit:
                add(i, i + n, _gazetteer_slot(hit, doc[i:i + n].text))
                break
    persons = {s for s, (_, slot) in slots.items() if slot["t"] == "Person"}
    person_ends = {slots[s][0] for s in persons}
    for i in range(sent.start, sent.end):  # role titles next to a person
        for n in range(4, 0, -1):
            group = gaz.title_group.get(tuple(t.lower_ for t in doc[i:i + n])) if i + n <= sent.end else None
            if group and ((i + n) in persons or (i >= 2 and doc[i - 1].text == "," and i - 1 in person_ends)
                          or (i >= 3 and doc[i - 1].lower_ == "the" and i - 2 in person_ends)):
                add(i, i + n, {"t": "Role", "k": group, "f": "cap" if doc[i].text[0].isupper() else "low"})
                break
    parts: list = []
    last = sent.start_char
    for start in sorted(slots):
        end, slot = slots[start]
        begin = doc[start].idx
        if slot["t"] in ("Organisation", "Place", "Country") and start > sent.start \
                and doc[start - 1].lower_ == "the":
            begin = doc[start - 1].idx  # "the" goes with the name: the new one may not take it
            slot["the"] = doc[start - 1].text
            if end < sent.end and doc[end].pos_ in ("NOUN", "ADJ") and doc[end].is_lower:
                slot["mod"] = True  # "the US administration": the name is a modifier, keeps "the"
        parts.append(doc.text[last:begin])
        parts.append(slot)
        last = doc[end - 1].idx + len(doc[end - 1].text)
    parts.append(doc.text[last:sent.end_char].rstrip())
    parts[0] = parts[0].lstrip()
    return [p for p in parts if p != ""]


def _gazetteer_slot(hit: tuple[str, str, str], text: str) -> dict:
    slot = {"t": hit[0], "k": hit[1], "f": hit[2]}
    if hit[2] == "demonyms" and text.endswith("s"):
        slot["plural"] = True  # "Israelis": the people, not the adjective
    return slot


def load_templates(model: str, cache_dir: Path = DEFAULT_CACHE) -> list[dict]:
    """The templates for the current sources, extracted once and cached under a content hash."""
    import spacy

    texts = [f.read_text(encoding="utf-8") for f in source_files()]
    meta = spacy.util.get_package_version(model) or ""
    h = hashlib.sha256(f"{TEMPLATE_VERSION}\x1f{model}\x1f{meta}".encode())
    for blob in [*texts, *((DATA / n).read_text(encoding="utf-8") for n in
                          ("countries.jsonl", "organisations.jsonl", "roles.json"))]:
        h.update(blob.encode("utf-8") + b"\x1f")
    cache = Path(cache_dir) / f"templates-{h.hexdigest()[:16]}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    templates = extract_templates(texts, model, Gazetteer())
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps(templates, ensure_ascii=False), encoding="utf-8")
    tmp.replace(cache)
    return templates


# -- articles ----------------------------------------------------------------------------
def _zipf(n: int, s: float = 0.9, offset: int = 1) -> list[float]:
    return [1.0 / (rank + offset) ** s for rank in range(n)]


class Generator:
    """Articles ``0..articles-1`` for one seed; ``article(i)`` depends only on (seed, i)."""

    def __init__(self, templates: list[dict], articles: int, seed: int, gaz: Gazetteer | None = None):
        self.gaz = gaz or Gazetteer()
        self.seed = seed
        self.templates = templates
        self.leads = [t for t in templates if t["lead"]]
        rng = random.Random(f"{seed}:pools")
        self.people = self.gaz.people(100 + articles // 4, rng)
        self.countries = self.gaz.countries[:]
        rng.shuffle(self.countries)
        self.organisations = self.gaz.organisations[:]
        rng.shuffle(self.organisations)
        self.places = [(cap, c) for c in self.gaz.countries for cap in c["capitals"][:1]]
        rng.shuffle(self.places)
        # popular ones more often; people less steeply than states (the most named person is in
        # a sixth of 10,000 articles, a quarter of 100)
        self.weights = {"Person": _zipf(len(self.people), 1.0, 5), "Country": _zipf(len(self.countries)),
                        "Organisation": _zipf(len(self.organisations)), "Place": _zipf(len(self.places))}

    def _pool(self, kind: str) -> list:
        return {"Person": self.people, "Country": self.countries,
                "Organisation": self.organisations, "Place": self.places}[kind]

    def article(self, number: int) -> dict:
        rng = random.Random(f"{self.seed}:{number}")
        target = int(rng.triangular(400, 900, 550))
        chosen = [rng.choice(self.leads)]
        rest = rng.sample(self.templates, len(self.templates))
        words = chosen[0]["words"]
        for template in rest:
            if words >= target:
                break
            if template is not chosen[0]:
                chosen.append(template)
                words += template["words"]
        cast: dict[tuple[str, str], object] = {}
        used: dict[str, list] = {k: [] for k in ("Person", "Country", "Organisation", "Place")}
        named: set[tuple[str, str]] = set()
        sentences = [self._render(t, rng, cast, used, named) for t in chosen]
        paragraphs, i = [], 0
        while i < len(sentences):
            n = 1 if rng.random() < 0.55 else 2
            paragraphs.append(" ".join(sentences[i:i + n]))
            i += n
        day = date(2023, 1, 1) + timedelta(days=rng.randrange(730))
        title = self._headline(rng, used)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        return {"id": f"gen{self.seed}-{number:06d}", "title": title, "date": day.isoformat(),
                "url": f"https://news.example.org/{day.isoformat()}/{slug}-{number}",
                "source": rng.choice(SOURCES), "text": "\n\n".join(paragraphs)}

    def _member(self, slot: dict, rng: random.Random, cast: dict, used: dict):
        kind = slot["t"]
        key = (kind, slot["k"])
        if key not in cast:
            pool, weights = self._pool(kind), self.weights[kind]
            for _ in range(20):  # distinct cast members for distinct source entities
                pick = rng.choices(pool, weights=weights)[0]
                if pick not in used[kind]:
                    break
            cast[key] = pick
            used[kind].append(pick)
        return cast[key]

    def _render(self, template: dict, rng: random.Random, cast: dict, used: dict, named: set) -> str:
        out = []
        for part in template["parts"]:
            if isinstance(part, str):
                out.append(part)
            elif part["t"] == "Role":
                title = rng.choice(self.gaz.roles[part["k"]])
                if part["f"] == "cap":
                    title = " ".join(w if w in ("of", "the", "for") else w.capitalize() for w in title.split())
                out.append(title)
            else:
                member = self._member(part, rng, cast, used)
                out.append(self._name(part, member, rng, named))
        return "".join(out)

    def _name(self, slot: dict, member, rng: random.Random, named: set) -> str:
        kind, form, the = slot["t"], slot["f"], slot.get("the", "")
        if kind == "Person":
            short = form == "short" and (member in named or rng.random() < 0.1)
            named.add(member)
            return member[1] if short else " ".join(member)
        if kind == "Place":
            return member[0]
        if kind == "Organisation":
            label = member["label"]
            if the and len(label.split()) > 1:
                return f"{the} {label}"
            acronyms = [a for a in member["aliases"] if a.isupper() and " " not in a]
            return acronyms[0] if acronyms and not the else label
        demonyms = member["demonyms"]
        name = {"aliases": member["label"], "capitals": member["capitals"][0],
                "seats": (member.get("seats") or member["capitals"])[0]}.get(form)
        if name is None:  # a demonym: plural for plural
            plural = [d for d in demonyms if d.endswith("s")]
            singular = [d for d in demonyms if not d.endswith("s")] or demonyms
            name = (plural or singular)[0] if slot.get("plural") else singular[0]
        takes_the = form == "aliases" and (name.startswith(("United ", "Central ", "Dominican ", "Czech "))
                                           or name.endswith("s") or "Republic" in name)
        return (the + " " if the and (takes_the or slot.get("mod")) else "") + name

    def _headline(self, rng: random.Random, used: dict) -> str:
        def get(kind: str, i: int):
            items = used[kind] or self._pool(kind)[:2]
            return items[min(i, len(items) - 1)]

        values = {"c0": get("Country", 0)["label"], "c1": get("Country", 1)["label"],
                  "d0": get("Country", 0)["demonyms"][0], "d1": get("Country", 1)["demonyms"][0],
                  "o0": get("Organisation", 0)["label"], "p0": get("Place", 0)[0],
                  "s0": get("Person", 0)[1]}
        return rng.choice(HEADLINES).format(**values)


def generate(articles: int, seed: int, model: str, cache_dir: Path = DEFAULT_CACHE):
    generator = Generator(load_templates(model, cache_dir), articles, seed)
    for number in range(articles):
        yield generator.article(number)


def write_corpus(output: Path, articles: int, seed: int, model: str, cache_dir: Path = DEFAULT_CACHE) -> Path:
    """Write the corpus (via a temporary file, so a killed run leaves no half corpus)."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for record in generate(articles, seed, model, cache_dir):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(output)
    return output


def main(argv: list[str] | None = None) -> None:
    from kg.config import DEFAULT_MODEL

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--output", type=Path, default=None,
                        help="default: bench/data/corpus-<articles>-s<seed>.jsonl")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    output = args.output or DEFAULT_CACHE / f"corpus-{args.articles}-s{args.seed}.jsonl"
    start = time.perf_counter()
    write_corpus(output, args.articles, args.seed, args.model, args.cache_dir)
    print(f"wrote {args.articles} articles to {output} in {time.perf_counter() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
