"""``sg_actors``: named-entity mentions -> typed actors, resolved within one article.

Input: ``doc.ents`` from the model's NER and the gazetteer ruler (``ent_id_`` = "key|how").
Output: ``doc.spans["sg_actors"]`` (label = entity type, ``kb_id_`` = entity key) and
``doc._.sg_entities`` (key -> (type, canonical label, sameAs IRIs)).

What it handles, in general terms:
* metonymy: a seat of government ("White House", "Kremlin") or a capital used as an actor
  ("Tel Aviv said", "an assurance from Tel Aviv") stands for the country; a capital after a
  locative preposition ("talks in Cairo") or before ", Country" is the city;
* demonyms: "Israeli authorities", "the US administration" are the state; a demonym before an
  unknown organisation name joins it ("Israeli Broadcasting Corporation");
* "Name (ABBR)" pairs name one entity; a place noun after a name makes it a place
  ("Kerem Shalom border crossing");
* persons: titles are not part of the name, a surname ("Kirby") or given name used alone after the
  full name is the same person, and nicknames give one key ("Bill Burns" = "William Burns");
* an NER type that disagrees with itself within the article is settled by majority.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.lexicon import DATA_DIR, Lexicon, load_lexicon
from kg.nlp.people import PersonIndex, link_short_names, person_key
from kg.nlp.syntax import POSSESSIVE_S, first_conjunct, lowers_of, tokens_of
from kg.vocab import slugify

Doc.set_extension("sg_entities", default=None, force=True)
Doc.set_extension("sg_aliases", default=None, force=True)  # key -> surface forms no actor span covers

NER_TYPES = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place",
             "FAC": "Place", "NORP": None}
DETERMINERS = {"the", "a", "an"}
GOVERNMENT_NOUNS = {"government", "administration"}
GROUP_WORDS = {"group", "party", "movement", "bloc", "alliance", "coalition", "faction", "militia"}  # after a name
GENERIC_BODY_WORDS = {"party", "government", "ministry", "cabinet"}  # no name alone
MISREAD_NAME_TYPES = {"", "PRODUCT", "WORK_OF_ART"}  # what the NER calls a name after a title that it missed
DASHES = {"-", "–", "—"}
DESCRIBING_ADJECTIVES = {"new", "former", "outgoing", "incoming", "acting", "interim", "then"}
ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "agent"}
ACTING_PREPOSITIONS = {"from", "with", "by", "against"}
POSSESSIVE = POSSESSIVE_S | {"'", "’"}


SURNAME_PARTICLES = {"von", "van", "de", "da", "di", "del", "della", "dos", "du", "le", "la"}  # "von der Leyen"
NAME_PARTICLES = {"bin", "bint", "ibn", "binti", "ben"}  # "son/daughter of" inside Arabic and Malay names
LINKING_PARTICLES = SURNAME_PARTICLES | {"der", "den"}  # what may follow "von", "van": "von der Leyen"


def _particle_goes_on(doc: Doc, end: int) -> bool:
    """Whether a name ending at ``end`` stops inside a surname: on a particle followed by another
    ("von" + "der") or on a particle followed by the capitalised surname ("der" + "Leyen")."""
    if end >= len(doc):
        return False
    last, following = doc[end - 1].lower_, doc[end]
    if last in SURNAME_PARTICLES and following.lower_ in LINKING_PARTICLES and end + 1 < len(doc):
        return True
    return last in LINKING_PARTICLES and following.text[:1].isupper() and following.is_alpha


@dataclass
class Candidate:
    start: int  # token offsets into the doc
    end: int
    type: str
    key: str | None = None  # known for gazetteer hits
    label: str | None = None

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


def _clean_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim a span to its first line, without leading determiners or trailing possessives."""
    tokens = tokens_of(doc)  # (the list shares the doc's tokens; each Doc[i] builds a new one)
    for i in range(start, end):
        if "\n" in tokens[i].text or (i < end - 1 and "\n" in tokens[i].whitespace_):
            end = i if "\n" in tokens[i].text else i + 1
            break
    for i in range(start + 1, end - 1):  # "DOHA - The United States": a dateline run into a name
        if tokens[i].text in DASHES and tokens[i - 1].whitespace_ and tokens[i].whitespace_:
            if doc[start:i].text.isupper():
                start = i + 1
            else:
                end = i
            break
    for i in range(start + 1, end):  # "the National Council for the Safeguard of the Homeland (CNSP"
        if tokens[i].text == "(":
            end = i
            break
    while start < end and (tokens[start].lower_ in DETERMINERS or tokens[start].is_punct):
        start += 1
    while end > start and (tokens[end - 1].text in POSSESSIVE or tokens[end - 1].is_punct):
        end -= 1
    return start, end


def _initials(name: Span) -> str:
    """The capital initials of a name's words ("Samagi Jana Balawegaya" -> "SJB")."""
    return "".join(t.text[0] for t in name if t.text[:1].isupper())


def _shouting(sent: Span) -> bool:
    words = [t.text for t in sent if t.is_alpha]
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def _headline_case(sent: Span) -> bool:
    """A line in headline case, whose every longer word is capitalised ("Senegal's President
    Urges Dialogue With Sahel Juntas"): capitals there mark no names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and all(t.text[0].isupper() for t in words)


@lru_cache(maxsize=32)
def _lengths_by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """For each first word of ``phrases``, the lengths of the phrases it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        if phrase:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}


def _match_phrase(doc: Doc, i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of ``phrases`` starting at token ``i`` (0 when none).
    Only the phrases that start with token ``i``'s word are tried: this runs for every actor."""
    if i >= len(doc):
        return 0
    for n in _lengths_by_first_word(phrases).get(doc[i].lower_, ()):
        if i + n <= len(doc) and tuple(t.lower_ for t in doc[i:i + n]) in phrases:
            return n
    return 0


SPEAKING = {"say", "tell", "add", "state", "warn", "insist", "note"}


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """``data/places.json``: city names."""
    return frozenset(json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))["cities"])


class ActorResolver:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.people = PersonIndex()

    # -- step 1: candidates from doc.ents -------------------------------------------------
    def candidates(self, doc: Doc) -> list[Candidate]:
        found: list[Candidate] = []
        shouting: dict[int, bool] = {}  # per sentence start: an all-caps line
        spelled: dict[str, tuple[str, str]] = {}  # a name the article spells out a short form with

        def shouting_line(sent: Span) -> bool:
            if sent.start not in shouting:
                shouting[sent.start] = _shouting(sent)
            return shouting[sent.start]

        for ent in doc.ents:
            start, end = _clean_bounds(doc, ent.start, ent.end)
            if start >= end:
                continue
            start, end = self._after_possessor(doc, start, end, found)
            if not ent.ent_id_:
                start, end = self._widen_to_gazetteer(doc, start, end)  # "Democrat" -> "Liberal Democrat"
            hit = self._lookup(" ".join(doc[start:end].text.split()))
            if not hit and not ent.ent_id_:  # "Iranian Foreign Ministry Spokesman": a body, then a title
                cut = self._trailing_title(doc, start, end)
                if cut and self._lookup(" ".join(doc[start:cut].text.split())):
                    end, hit = cut, self._lookup(" ".join(doc[start:cut].text.split()))
                elif ent.label_ == "ORG":  # "pro-Iraq war Labour MP", "New European commission"
                    known = self._described_body(doc, start, cut or end)
                    if known is not None:
                        start, end, hit = known
            if not hit and not ent.ent_id_ and end - start == 1 and doc[start].lower_ in GENERIC_BODY_WORDS:
                continue  # "Party president X", "Government sources": a common noun, capitalised
            if not hit and not ent.ent_id_ and ent.label_ == "ORG":
                state = self._state_government(doc, start, end)
                if state is not None:  # "the Nicaraguan Government", "the Government of Kenya": the state
                    start, end, hit = state
            if ent.ent_id_:
                hit = tuple(ent.ent_id_.split("|", 1))
            if ent.label_ == "NORP" and not ent.ent_id_:  # "Christian Democrats (CDU)": the party the short
                # form names, there and wherever the article repeats the name (the NER may split it then)
                again = next((n for n in spelled if doc[max(end - len(n.split()), 0):end].text == n), None)
                if again is not None:
                    start, hit = end - len(again.split()), spelled[again]
                elif not hit and (short := self._spelled_out(doc, end)):
                    hit = spelled[doc[start:end].text] = short
            if hit:
                found.append(self._gazetteer_candidate(doc, start, end, *hit))
            elif shouting_line(ent.sent):
                continue  # NER is noise on all-caps lines ("CLICK HERE TO READ MORE ...")
            elif ent.label_ in ("WORK_OF_ART", "PRODUCT") and end - start > 1 and doc[end - 1].is_title \
                    and doc[end - 1].lower_ in self.lex.organisation_heads:
                found.append(Candidate(start, end, "Organisation"))  # "The Scottish Green Party's"
            elif ent.label_ in NER_TYPES and NER_TYPES[ent.label_]:
                if not any(t.is_alpha and t.text[0].isupper() for t in doc[start:end]):
                    continue
                if ent.label_ == "PERSON" and start > 0 and self._lost_first_name(doc, start, end):
                    start -= 1  # "Spokesperson Shafqat Ali Khan": the NER dropped the first name
                if ent.label_ == "PERSON" and end < len(doc) and doc[end - 1].head.i == end \
                        and doc[end].text[:1].isupper() and any(c in doc[end].text[1:-1] for c in "'’"):
                    end += 1  # the NER stops before "Kan’ani", "O'Neill": the name's last word
                elif ent.label_ == "PERSON" and self._lost_last_name(doc, start, end):
                    end += 1  # "Espen Barth Eide": the NER stopped before the head of the name
                while ent.label_ == "PERSON" and _particle_goes_on(doc, end):
                    end += 1  # "Ursula von der Leyen": the NER stopped at "von"
                if ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "-" \
                        and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                        and ((doc[end + 1].is_title and not doc[end + 1].ent_type_)
                             or (doc[end + 1].is_lower and doc[end + 1].is_alpha and len(doc[end + 1]) <= 5)):
                    end += 2  # "Mlambo-Ngcuka": a double-barrelled surname; "Han Duck-soo": a given name
                while ent.label_ == "PERSON" and start > 1 and doc[start - 1].lower_ in NAME_PARTICLES \
                        and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
                    start -= 2  # "Reem bint Ebrahim Al Hashimy": the NER split the name at "bint"
                if ent.label_ == "PERSON" and start > 0 and doc[start - 1].lower_ in self.lex.honorifics \
                        and doc[start - 1].text[:1].isupper():
                    start -= 1  # "Lord Hanningfield": the mention keeps the honorific, the name drops it
                cut = self._title_cut(doc, start, end)
                known = self._lookup(doc[start:cut].text) if start < cut < end else None
                if known:  # "[Canadian] Foreign Affairs Minister X": the demonym left is the state
                    found.append(self._gazetteer_candidate(doc, start, cut, *known))
                    continue
                end = cut
                words = tuple(lowers_of(doc)[start:end])
                bare = words[1:] if words[:1] == ("the",) else words
                if ent.label_ != "PERSON" and (bare in self.lex.titles or (
                        len(bare) > 2 and bare[:1] in self.lex.titles and bare[1] in ("of", "for"))):
                    continue  # "the Minister of Foreign Affairs": a title, not a body
                if ent.label_ != "PERSON" and end - start == 1 and (
                        words[0] in self.lex.demote | self.lex.skip | self.lex.neutral
                        or (words[0] == "state" and self._inside_title(doc, start, end))):
                    continue  # "Secretary of [State]", "[Shadow] Secretary": words of a title
                if end == start:
                    continue  # "Defense" in "Defense Minister Yoav Gallant"
                if ent.label_ != "PERSON" and end - start == 1 and doc[start].lower_ in self.lex.portfolios \
                        and self._title_after_portfolios(doc, end):
                    continue  # "Health spokesman Paul Burstow", "Culture, Media and Sport Secretary X": a portfolio
                if ent.label_ != "PERSON" and doc[end - 1].lower_ in self.lex.document_heads \
                        and not self._body_of(doc[start:end]):  # (not "the Government of National Accord")
                    continue  # "the Luanda Process", "the Jeddah Declaration": a text or a process
                etype = NER_TYPES[ent.label_]
                if etype == "Person" and end - start > 1 and doc[end - 1].lower_ in self.lex.organisation_heads:
                    etype = "Organisation"  # "the Tigray People's Liberation Front" is no person
                elif etype == "Person" and end < len(doc) and doc[end].is_lower and doc[end].lower_ in GROUP_WORDS:
                    etype = "Organisation"  # "the Renew group", "the Wagner group": a body's name
                elif etype != "Person" and self._titled_full_name(doc, start, end):
                    start, etype = start + 1, "Person"  # "PM Kyriakos Mitsotakis" taken for a body
                elif etype == "Organisation" and self._given_name_first(doc[start:end]):
                    etype = "Person"  # "Vincent Cable, for the Liberal Democrats, ...": a person's name
                found.extend(self._split_known_parts(doc, start, end)
                             or [Candidate(start, end, etype)])
        found.extend(self._region_names(doc, found))
        found.extend(self._titled_names(doc, found))
        found.extend(self._first_named(doc, found))
        found = [self._owned_body(doc, c) if c is not None else c for c in found]
        owned = [c for c in found if c is not None and c.key is not None and c.type == "Organisation"]
        found = [c for c in found if c is not None and not any(  # "China's [Coast Guard]": inside the owned body
            o is not c and o.start < c.start and c.end <= o.end for o in owned)]
        return self._merge(doc, found)

    def _state_government(self, doc: Doc, start: int, end: int) -> tuple[int, int, tuple[str, str]] | None:
        """A state's name or demonym with "Government" after it, or "Government of" and a state
        before it: the span of the state's words and its key (governments are their states)."""
        lowers = lowers_of(doc)
        if end - start >= 2 and lowers[end - 1] in GOVERNMENT_NOUNS:
            inner = (start, end - 1)
        elif end - start >= 3 and lowers[start] in GOVERNMENT_NOUNS and lowers[start + 1] == "of":
            inner = (start + 2, end)
        else:
            return None
        hit = self._lookup(" ".join(doc[inner[0]:inner[1]].text.split()))
        if hit is None or self.lex.entries[hit[0]].type != "Country":
            return None
        return inner[0], inner[1], hit

    def _titled_full_name(self, doc: Doc, start: int, end: int) -> bool:
        """A one-word role title, then two or three capitalised words that name no body: a
        titled person the NER took for an organisation or place ("PM Kyriakos Mitsotakis")."""
        words = doc[start + 1:end]
        return 2 <= len(words) <= 3 and doc[start].text[:1].isupper() \
            and (doc[start].lower_,) in self.lex.titles \
            and all(t.is_alpha and t.is_title for t in words) \
            and not any(t.lower_ in self.lex.organisation_heads or self._lookup(t.text) for t in words)

    def _given_name_first(self, span: Span) -> bool:
        """Two or three capitalised words, the first a known given name (the nickname table's
        names), none a word of a body's name: a person the NER typed as an organisation."""
        words = list(span)
        return 2 <= len(words) <= 3 and all(t.is_alpha and t.is_title for t in words) \
            and words[0].lower_ in self.lex.given_names \
            and not any(t.lower_ in self.lex.organisation_heads for t in words)

    def _owned_body(self, doc: Doc, cand: Candidate) -> Candidate:
        """"Sudan's army", "Sudanese military": a state with a common noun after it that the
        gazetteer knows together as a body is that body."""
        if cand.end >= len(doc) or cand.type not in ("Country", "Place"):
            return cand
        end = cand.end + 1 if doc[cand.end].text in POSSESSIVE else cand.end
        ministry = self._foreign_ministry_after(doc, cand, end)
        if ministry is not None:  # "Seoul's foreign ministry", "the Chinese Ministry of Foreign Affairs"
            return ministry
        if cand.type != "Country":
            return cand
        for n in (2, 1) if end > cand.end else ():  # "China's Coast Guard": the China Coast Guard
            words = doc[end:end + n]
            hit = self._lookup(f"{doc[cand.start:cand.end].text} {words.text}") if len(words) == n \
                and all(t.is_alpha for t in words) and words[-1].pos_ in ("NOUN", "PROPN") else None
            if hit is not None and self.lex.entries[hit[0]].type == "Organisation":
                return self._gazetteer_candidate(doc, cand.start, end + n, *hit)
        if end >= len(doc) or not doc[end].is_lower or doc[end].pos_ != "NOUN":
            return cand
        hit = self._lookup(doc[cand.start:end + 1].text)
        if hit is None or self.lex.entries[hit[0]].type != "Organisation":
            return cand
        return self._gazetteer_candidate(doc, cand.start, end + 1, *hit)

    def _foreign_ministry_after(self, doc: Doc, cand: Candidate, end: int) -> Candidate | None:
        """The foreign ministry of a state, or of the state whose capital it is, named by the words
        after it, in any case: "Iran's foreign ministry", "Seoul's Foreign Ministry"."""
        entry = self.lex.entries.get(cand.key or "")
        state = cand.key if cand.type == "Country" else entry.country if entry is not None else None
        key = self.lex.foreign_ministries.get(state or "")
        if key is None:
            return None
        lowers = lowers_of(doc)
        words = next((w for w in self.lex.foreign_ministry_names if tuple(lowers[end:end + len(w)]) == w), None)
        if words is None:
            return None
        return self._gazetteer_candidate(doc, cand.start, end + len(words), key, "name")

    def _title_after_portfolios(self, doc: Doc, end: int) -> bool:
        """Whether a title follows ``end`` past a run of portfolios ("Media and Sport Secretary")."""
        while end < len(doc) and (doc[end].lower_ in self.lex.portfolios or doc[end].lower_ in (",", "and")):
            end += 1
        return any(tuple(t.lower_ for t in doc[end:end + n]) in self.lex.titles
                   for n in range(1, self.lex.max_title_len + 1))

    def _inside_title(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the span ends a role title that starts before it ("Secretary of State")."""
        return any(tuple(t.lower_ for t in doc[end - k:end]) in self.lex.titles
                   for k in range(end - start + 1, min(self.lex.max_title_len, end) + 1))

    def _titled_names(self, doc: Doc, found: list) -> list[Candidate]:
        """"The Shadow Secretary of State for the Family, Theresa May, said": a name the NER missed
        (or took for a date), set off by commas right after a title phrase, is a person."""
        taken = {i for c in found if c is not None for i in range(c.start, c.end)}
        out = []
        for comma in (t for t in tokens_of(doc) if t.text == ","):
            j = comma.i + 1
            while j < len(doc) and j - comma.i <= 4 and j not in taken and doc[j].pos_ == "PROPN" \
                    and doc[j].is_title and doc[j].ent_type_ in ("", "DATE") and doc[j].text not in self.lex.surface:
                j += 1
            if not 2 <= j - comma.i - 1 <= 3 or j >= len(doc) or doc[j].text != ",":
                continue
            if self._title_chunk_before(doc, comma.i):
                out.append(Candidate(comma.i + 1, j, "Person"))
        for comma in (t for t in tokens_of(doc) if t.text == "," and t.i >= 2):  # "Laurent Wauquiez, leader of X,"
            j = comma.i - 1
            while j >= 0 and comma.i - j <= 3 and j not in taken and doc[j].pos_ == "PROPN" and doc[j].is_title \
                    and not doc[j].ent_type_ and doc[j].text not in self.lex.surface and (doc[j].lower_,) not in self.lex.titles:
                j -= 1
            first = j + 1
            if not 2 <= comma.i - first <= 3 or (first > 0 and doc[first - 1].pos_ == "PROPN"):
                continue
            after = [t for t in doc[comma.i + 1:comma.i + 6] if t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PUNCT")]
            k = next((t.i for t in after if (t.lower_,) in self.lex.titles), None)
            if k is not None and k + 1 < len(doc) and doc[k + 1].lower_ in ("of", "for") \
                    and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") or t.text == "-" for t in doc[comma.i + 1:k]):
                out.append(Candidate(first, comma.i, "Person"))
        for title in tokens_of(doc):  # "President Faure Gnassingbé of Togo": a title, then a name the NER missed
            if (title.lower_,) not in self.lex.titles or title.i + 2 >= len(doc) or _headline_case(title.sent):
                continue  # (or took for a product: "Chief government delegate Otty Patino")
            j = title.i + 1
            while j < len(doc) and j - title.i <= 3 and j not in taken and doc[j].pos_ == "PROPN" \
                    and doc[j].is_title and doc[j].ent_type_ in MISREAD_NAME_TYPES and doc[j].text not in self.lex.surface \
                    and (doc[j].lower_,) not in self.lex.titles and doc[j].lower_ not in self.lex.organisation_heads:
                j += 1
            if 2 <= j - title.i - 1 <= 3 and (j >= len(doc) or doc[j].pos_ != "PROPN"):
                out.append(Candidate(title.i + 1, j, "Person"))
        return out

    def _first_named(self, doc: Doc, found: list) -> list[Candidate]:
        """"Vincent Cable, for the Liberal Democrats, ...": a known given name and a capitalised
        surname the NER left out are a person."""
        taken = {i for c in found if c is not None for i in range(c.start, c.end)}
        out = []
        for first in tokens_of(doc):
            if first.i in taken or first.lower_ not in self.lex.given_names or not first.is_title \
                    or first.pos_ != "PROPN" or first.ent_type_ or (first.i > 0 and doc[first.i - 1].pos_ == "PROPN"
                                                                    and doc[first.i - 1].lower_ not in self.lex.honorifics):
                continue
            j = first.i + 1
            while j < len(doc) and j - first.i <= 2 and j not in taken and doc[j].pos_ == "PROPN" \
                    and doc[j].is_title and doc[j].is_alpha and not doc[j].ent_type_ \
                    and doc[j].text not in self.lex.surface and doc[j].lower_ not in self.lex.organisation_heads:
                j += 1
            if j > first.i + 1 and (j >= len(doc) or doc[j].pos_ != "PROPN"):
                out.append(Candidate(first.i, j, "Person"))
                taken.update(range(first.i, j))
        return out

    def _region_names(self, doc: Doc, found: list) -> list[Candidate]:
        """"Ethiopia's northern Tigray region", "airstrikes in Paktika province": a proper noun
        the NER left out (or took for a nationality or a product: "Abkhazia", "Kursk"), named by
        the lowercase region word after it, is a place."""
        taken = {i for c in found if c is not None for i in range(c.start, c.end)}
        out = []
        for head in tokens_of(doc):
            if head.text not in self.lex.region_suffixes or head.i == 0:
                continue
            start = head.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].ent_type_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC") \
                    and doc[start - 1].text not in self.lex.surface and start - 1 not in taken \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            if start < head.i and (doc[start].lower_,) not in self.lex.titles:
                out.append(Candidate(start, head.i, "Place"))
        return out

    def _lost_first_name(self, doc: Doc, start: int, end: int) -> bool:
        """The capitalised word just before a person's name is their first name when it is a
        proper noun compounded into the name, no title, honorific or entity of its own."""
        tok = doc[start - 1]
        if not (tok.pos_ == "PROPN" and tok.dep_ == "compound" and start <= tok.head.i < end
                and tok.text[:1].isupper() and tok.is_alpha and not tok.ent_type_
                and (not tok.is_sent_start or end - start >= 2)):  # "Rhodri [Glyn Thomas], ... said"
            return False
        lower = tok.lower_
        return (lower not in self.lex.honorifics and (lower,) not in self.lex.titles
                and lower not in self.lex.person_titles and tok.text not in self.lex.surface)

    def _lost_last_name(self, doc: Doc, start: int, end: int) -> bool:
        """The capitalised word right after a person's name is its last word when the name is
        compounded into it and it is a proper noun of no entity of its own ("Espen Barth Eide")."""
        if end >= len(doc):
            return False
        tok = doc[end]
        return (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_
                and not tok.text.isupper() and all(t.head.i == end for t in doc[start:end] if t.dep_ == "compound")
                and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
                and (tok.lower_,) not in self.lex.titles and tok.text not in self.lex.surface)

    def _after_possessor(self, doc: Doc, start: int, end: int, found: list[Candidate]) -> tuple[int, int]:
        """"Iran’s Supreme National Security Council": the owner is a mention of its own."""
        for i in range(start + 1, end - 1):
            if doc[i].text in POSSESSIVE and doc[i - 1].lower_ in self.lex.name_possessives:
                return start, end  # "Tigray People's Liberation Front": one name
            if doc[i].text in POSSESSIVE:
                owner = self._lookup(doc[start:i].text)
                if owner:
                    found.append(self._gazetteer_candidate(doc, start, i, *owner))
                return i + 1, end
        return start, end

    def _widen_to_gazetteer(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """A gazetteer name that the NER span cuts short, by up to two capitalised words
        ("Democrats" in "Liberal Democrats" is not the US party)."""
        tokens = tokens_of(doc)
        for extra in (2, 1):
            for left in range(extra, -1, -1):
                s, e = start - left, end + extra - left
                if s < 0 or e > len(doc) or not all(t.text[:1].isupper() for t in tokens[s:e]):
                    continue
                if self._lookup(doc[s:e].text):
                    return s, e
        return start, end

    def _lookup(self, text: str) -> tuple[str, str] | None:
        """A gazetteer hit for an entity's text; an all-caps name ("NORTH MACEDONIA", a
        dateline) is looked up in title case."""
        if text in self.lex.surface:
            return self.lex.surface[text]
        if "’" in text and text.replace("’", "'") in self.lex.surface:  # "People’s" as "People's"
            return self.lex.surface[text.replace("’", "'")]
        if text.isupper() and self.lex.surface.get(text.title(), ("", ""))[1] == "name":
            return self.lex.surface[text.title()]
        return None

    def _described_body(self, doc: Doc, start: int, end: int) -> tuple[int, int, tuple[str, str]] | None:
        """A known body at the end of a span the NER ran over a description: "pro-Iraq war
        Labour", "New European commission" or "Quoting European Commission" at a sentence start, "the Labour Assembly Government".
        Only words that describe are dropped (a lowercase word among them, one describing adjective
        opening the sentence, or the name of the party in power),
        so "Scottish Labour" or "New Democratic Party" keep their names."""
        for cut in range(start + 1, end):
            hit = self._lookup(" ".join(doc[cut:end].text.split())) or self._lookup(
                " ".join(doc[cut:end].text.title().split()))
            if hit is None or self.lex.entries[hit[0]].type != "Organisation":
                continue
            prefix = doc[start:cut]
            party = self._lookup(prefix.text)  # "the Labour Assembly Government": the party runs it
            described = any(t.is_alpha and t.is_lower for t in prefix) or (
                len(prefix) == 1 and prefix[0].is_sent_start and (
                    prefix[0].lower_ in DESCRIBING_ADJECTIVES or prefix[0].lower_.endswith("ing"))) or (  # "Quoting"
                party is not None and self.lex.entries[party[0]].type == "Organisation")
            return (cut, end, hit) if described else None
        return None

    def _split_known_parts(self, doc: Doc, start: int, end: int) -> list[Candidate]:
        """"US National Security Council", "White House National Security Council": a country or
        seat before a known body is two mentions. An unknown remainder stays one name
        ("Kenya Wildlife Service", "Israeli Broadcasting Corporation"). "Abuja, Nigeria" as one
        span is a place and its country."""
        for comma in range(start + 1, end - 1):
            rest = self._lookup(doc[comma + 1:end].text) if doc[comma].text == "," else None
            if rest and self.lex.entries[rest[0]].type == "Country":
                return [Candidate(start, comma, "Place"), self._gazetteer_candidate(doc, comma + 1, end, *rest)]
        for cut in range(start + 1, min(end, start + 5)):
            head, rest = self._lookup(doc[start:cut].text), self._lookup(doc[cut:end].text)
            if head and rest and self.lex.entries[head[0]].type == "Country":
                return [self._gazetteer_candidate(doc, start, cut, *head),
                        self._gazetteer_candidate(doc, cut, end, *rest)]
            if head and not rest and self._posted_to(doc, start, cut, end, head[0]):
                return [self._gazetteer_candidate(doc, start, cut, *head), Candidate(cut, end, "Person")]
            if head and not rest and head[1] == "demonym" and self.lex.entries[head[0]].type == "Country":
                # "German Social Democratic Party": the gazetteer's "Social Democratic Party of Germany"
                state, name = self.lex.entries[head[0]].label, doc[cut:end].text
                named = self._lookup(f"{name} of {state}") or self._lookup(f"{state} {name}")
                if named and self.lex.entries[named[0]].type == "Organisation":
                    return [self._gazetteer_candidate(doc, start, end, *named)]
        return []

    def _posted_to(self, doc: Doc, start: int, cut: int, end: int, head: str) -> bool:
        """"Turkey's ambassador to [Somalia Alper Aktas]", "the envoy for [Yemen Hans Grundberg]": the
        NER ran the state the title is posted to (``head``, the key of ``doc[start:cut]``) into the
        name after it."""
        return start > 1 and doc[start - 1].lower_ in ("to", "for") and (doc[start - 2].lower_,) in self.lex.titles \
            and self.lex.entries[head].type == "Country" \
            and end - cut >= 2 and all(t.is_title and t.is_alpha for t in doc[cut:end]) \
            and doc[end - 1].lower_ not in self.lex.organisation_heads

    def _spelled_out(self, doc: Doc, end: int) -> tuple[str, str] | None:
        """The known body whose short form follows in parentheses ("Free Democrats (FDP)")."""
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            hit = self._lookup(doc[end + 1].text)
            if hit and self.lex.entries[hit[0]].type == "Organisation":
                return hit
        return None

    def _trailing_title(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a role title that ends the span begins, if one does (not at its start)."""
        lowers = lowers_of(doc)
        for cut in range(start + 1, end):
            if tuple(lowers[cut:end]) in self.lex.titles:
                return cut
        return None

    def _title_cut(self, doc: Doc, start: int, end: int) -> int:
        """Where a name ends when its last words begin a title that runs on after it: "Defense"
        in "Defense Minister", "Saudi National Security" in "Saudi National Security Adviser"."""
        lowers, tokens = lowers_of(doc), tokens_of(doc)
        for cut in range(start, end):
            if cut > start and tokens[cut].is_title and lowers[cut] in self.lex.organisation_heads:
                continue  # "the Scottish Conservative Party leader": "Party" ends the name
            for n in range(1, self.lex.max_title_len + 1):
                if end + n <= len(doc) and (tuple(lowers[cut:end + n]) in self.lex.titles or (
                        lowers[cut] in self.lex.neutral | self.lex.demote and cut + 1 < end + n
                        and tuple(lowers[cut + 1:end + n]) in self.lex.titles)):
                    return cut  # (also "Brunei [Second] Foreign Minister": a modifier of the title)
        return end

    def _gazetteer_candidate(self, doc: Doc, start: int, end: int, key: str, how: str) -> Candidate:
        entry = self.lex.entries[key]
        if how == "capital" and entry.country and self._acts(doc, start, end):
            entry = self.lex.entries[self.lex.seat_bodies.get(entry.label, entry.country)]
        return Candidate(start, end, entry.type, entry.key, entry.label)

    def _acts(self, doc: Doc, start: int, end: int) -> bool:
        """Does a capital stand for its government here? As the subject or object of a verb, a
        possessor, or after "from"/"with"/"by" ("an assurance from Tel Aviv") — but not after a
        locative preposition, before ", Country", or as a modifier ("the Cairo talks")."""
        head = first_conjunct(doc[end - 1])  # "in Cairo and Doha": the first conjunct
        before = doc[head.left_edge.i - 1].lower_ if head.left_edge.i > 0 else ""
        if start > 0 and doc[start - 1].lower_ in self.lex.locative_prepositions:
            before = doc[start - 1].lower_
        after = doc[end:end + 2]
        if len(after) == 2 and after[0].text == "-" and after[1].tag_ in ("VBN", "VBD"):
            return True  # "Washington-mediated talks", "Tehran-backed militias": the government
        if len(after) == 2 and after[0].text == "," and self.lex.surface.get(after[1].text, ("", ""))[1] == "name":
            return False
        if before in self.lex.locative_prepositions:
            return False
        if head.dep_ == "dobj" and head.head.lemma_ in self.lex.place_verbs:
            return False  # "visited Kyiv", "struck Kyiv"
        if before == "between" and head.dep_ == "pobj" and head.head.head.lower_ in self.lex.between_heads:
            return True  # "talks between Colombo and the Tigers"
        return head.dep_ in ACTING_DEPS or before in ACTING_PREPOSITIONS

    # -- step 2: merge adjacent pieces ---------------------------------------------------
    def _merge(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        cands.sort(key=lambda c: c.start)
        out: list[Candidate] = []
        for cand in cands:
            prev = out[-1] if out else None
            if (prev and prev.end == cand.start and prev.type == "Country"
                    and cand.key is None and cand.type == "Organisation"):
                out[-1] = Candidate(prev.start, cand.end, "Organisation")  # Israeli Broadcasting Corp.
                continue
            if prev and prev.end == cand.start and cand.key is None and all(
                    t.lower_ in self.lex.person_titles | self.lex.honorifics for t in doc[prev.start:prev.end]):
                out[-1] = Candidate(prev.start, cand.end, "Person")  # "[Field Marshal] [Peter Omondi]"
                continue
            out.append(cand)
        for prev, cand in zip([None] + out, out):
            if (cand.key is None and prev is not None and prev.type == "Country" and prev.end + 1 == cand.start
                    and doc[prev.end].text in POSSESSIVE):  # "Egypt's Foreign Ministry" if listed
                hit = self._lookup(f"{doc[prev.start:prev.end].text}'s {doc[cand.start:cand.end].text}")
                if hit and self.lex.entries[hit[0]].type == "Organisation":
                    cand.key, cand.type, cand.label = hit[0], "Organisation", self.lex.entries[hit[0]].label
                    continue
            if cand.key is None and cand.start > 1 and doc[cand.start - 1].lower_ == "of" \
                    and (doc[cand.start - 2].lower_,) in self.lex.place_heads:
                cand.type = "Place"  # "the lakeside resort of Ohrid", "the city of Rafah"
                continue
            if cand.key is None and cand.type in ("Place", "Organisation"):
                n = _match_phrase(doc, cand.end, self.lex.institution_heads)
                if n:  # "Notts police"
                    cand.end, cand.type = cand.end + n, "Organisation"
                    continue
                if self._named_as_person(doc, cand):
                    cand.type = "Person"
                    continue
            n = _match_phrase(doc, cand.end, self.lex.state_nouns)
            if cand.type == "Country" and n:
                cand.end += n  # "Israeli authorities", "the US administration"
            elif cand.key is None and cand.type != "Person":
                n = _match_phrase(doc, cand.end, self.lex.place_heads)
                if n and cand.type == "Organisation":
                    cand.type = "Place"  # "Kerem Shalom border crossing"
        return out

    def _named_as_person(self, doc: Doc, cand: Candidate) -> bool:
        """A name the NER took for an organisation or place but that a role title introduces:
        "Maeve Sherlock, chief executive of ...", "Spokeswoman Grace Wanjiru", "Mr Cable", "the
        chairman of the Bar Council, Guy Mansfield QC", "Vince Cable, the party's spokesman"."""
        if not 2 <= cand.end - cand.start <= 4:
            return False
        words = doc[cand.start:cand.end]
        if not all(t.is_title or t.text.isupper() or t.text[:1].isupper() for t in words) \
                or any(t.lower_ in self.lex.document_heads for t in words) \
                or words[-1].lower_ in self.lex.organisation_heads:
            return False  # "the National Assembly, opposition leader X": a body
        if words[0].lower_ in self.lex.honorifics:
            return True  # "Mr Cable"
        ranks = next((i for i, t in enumerate(words) if t.lower_ not in self.lex.person_titles), len(words))
        if ranks and len(words) - ranks >= 2:
            return True  # "Field Marshal Asim Munir": a rank, then a full name
        if any(t.text.isupper() and t.lower_ in self.lex.post_nominals for t in doc[cand.end - 1:cand.end + 1]):
            return cand.end - cand.start <= 4 and not words[0].text.isupper()  # "Guy Mansfield QC"
        if cand.end - cand.start > 3:
            return False
        before = doc[cand.start - 1].lower_ if cand.start > 0 else ""
        if (before,) in self.lex.titles or before in self.lex.honorifics:
            return True
        if before == "," and self._title_chunk_before(doc, cand.start - 1):
            return True  # "Chairman of the African Union Commission, Moussa Faki Mahamat"
        i = cand.end + 1 if cand.end < len(doc) and doc[cand.end].text == "," else None
        if i is None:
            return False
        stop = min(len(doc), i + 6)
        while i < stop and (doc[i].lower_ in ("the", "a", "an", "its", "their", "his", "her")
                            or doc[i].text in POSSESSIVE
                            or (doc[i].pos_ in ("PROPN", "NOUN", "ADJ") and doc[i].dep_ in ("poss", "compound", "amod")
                                and (doc[i].lower_,) not in self.lex.titles)):
            i += 1  # "the party's Treasury spokesman"
        n = next((n for n in range(self.lex.max_title_len, 0, -1)
                  if tuple(t.lower_ for t in doc[i:i + n]) in self.lex.titles), 0)
        return n > 0 and not (i + n < len(doc) and doc[i + n].ent_type_ == "PERSON")  # ", leader X": X's

    def _title_chunk_before(self, doc: Doc, comma: int) -> bool:
        """Does the comma at ``comma`` close a title phrase that opens the sentence or follows a
        comma ("The chairman of the Bar Council,", "The Scottish National Party's leader,")?"""
        i = comma - 1
        sent_start = doc[comma].sent.start
        while i >= sent_start and comma - i <= 16 and doc[i].text not in (",", ";", ":") \
                and doc[i].pos_ not in ("VERB", "AUX"):
            i -= 1
        if not (i < sent_start or doc[i].text in (",", ";", ":")) or comma - i <= 1:
            return False
        chunk = doc[i + 1:comma]
        heads = [chunk.root] + [t for t in chunk if t.dep_ == "appos" and t.head == chunk.root]
        # (or the title set beside the body: "the African Union (AU) High Representative for ...")
        return any((head.lower_,) in self.lex.titles for head in heads) and not any(
            t.lower_ in self.lex.skip for t in chunk)

    # -- step 3: keys and labels -----------------------------------------------------------
    def person_name(self, doc: Doc, cand: Candidate) -> tuple[int, str]:
        """Drop leading title words ("President Biden"); returns (new start, name)."""
        start = cand.start
        last_title = max((i for i in range(cand.start, cand.end - 2) if (doc[i].lower_,) in self.lex.titles),
                         default=None)
        if last_title is not None and last_title > cand.start:
            start = last_title + 1  # "Commission Chairperson Mahmoud Ali Youssouf": the words before the name
        while start < cand.end - 1 and (doc[start].lower_,) in self.lex.titles:
            start += 1  # "President Biden": the role title is not part of the mention
        name_start = start
        while name_start < cand.end - 1 and doc[name_start].lower_ in self.lex.honorifics | self.lex.person_titles:
            name_start += 1  # "Lady Hale", "Archbishop Tutu": in the mention, not in the name
        name_end = cand.end
        while name_end > name_start + 1 and doc[name_end - 1].text.isupper() \
                and doc[name_end - 1].lower_ in self.lex.post_nominals:
            name_end -= 1  # "Guy Mansfield QC": the letters are not part of the name
        return start, doc[name_start:name_end].text

    def person_key(self, name: str) -> tuple[str, str]:
        return person_key(name, self.lex.nicknames)

    def resolve(self, doc: Doc) -> tuple[list[tuple[Candidate, str]], dict]:
        cands = self.candidates(doc)
        cands += self._missed_names(doc, cands)
        cands += self._led_groups(doc, cands)
        cands += self._bare_acronyms(doc, cands)
        cands.sort(key=lambda c: c.start)
        self._vote_types(doc, cands)
        for cand in cands:  # "Turkey's Erdogan", tagged a place: a known head of state is a person
            if cand.key is None and cand.type != "Person" and self.lex.led_state(
                    "person/" + slugify(cand.span(doc).text)):
                cand.type = "Person"
        self._contextual_bodies(doc, cands)
        cands = sorted(cands + self._main_foreign_ministry(doc, cands), key=lambda c: c.start)
        entities: dict[str, tuple[str, str, tuple[str, ...]]] = {}
        persons: list[tuple[Candidate, str]] = []
        resolved: list[tuple[Candidate, str]] = []
        for cand in cands:
            if cand.key:
                entry = self.lex.entries[cand.key]
                entities[cand.key] = (entry.type, entry.label, entry.same_as)
            elif cand.type == "Person":
                cand.start, name = self.person_name(doc, cand)
                persons.append((cand, name))
                continue
            else:
                earlier = self._named_by_last_word(doc, cand, resolved, entities)
                if earlier is not None:  # "the African Union ... the Union's commitment": the AU
                    cand.key, cand.type = earlier, entities[earlier][0]
                    resolved.append((cand, cand.span(doc).text))
                    continue
                label = re.sub(r"\s+", " ", cand.span(doc).text)
                if cand.type == "Place":
                    label = self._region_name(label)
                cand.key = f"{cand.type.lower()}/{slugify(label)}"
                entities.setdefault(cand.key, (cand.type, label, ()))
            resolved.append((cand, cand.span(doc).text))
        persons = [(cand, self.person_key(name)[1]) for cand, name in persons]  # Jim -> James
        for cand, name in self._link_short_names(persons):
            key, label = self.person_key(name)
            cand.key = key
            entities.setdefault(key, ("Person", label, ()))
            resolved.append((cand, cand.span(doc).text))
        resolved.sort(key=lambda pair: pair[0].start)
        self._unify_parentheses(doc, [c for c, _ in resolved])
        self._demonym_groups(doc, [c for c, _ in resolved], entities)
        used = {c.key for c, _ in resolved}
        return resolved, {k: v for k, v in entities.items() if k in used}

    @staticmethod
    def _named_by_last_word(doc: Doc, cand: Candidate, resolved: list[tuple[Candidate, str]],
                            entities: dict) -> str | None:
        """An organisation called "the Union", "the Commission" after the article named one whose
        name ends in that word ("the African Union", "the European Commission"): the last such."""
        if cand.type != "Organisation" or cand.end - cand.start != 1 or cand.start == 0 \
                or doc[cand.start - 1].lower_ != "the":
            return None
        word = doc[cand.start].lower_
        for earlier, _ in reversed(resolved):
            span = earlier.span(doc)
            if len(span) > 1 and span[-1].lower_ == word and entities.get(earlier.key, ("",))[0] == "Organisation":
                return earlier.key
        return None

    def _body_of(self, name: Span) -> bool:
        """Whether a name is a body's "of" another name: "the Government of National Accord",
        "the Council of the Peace Agreement" (its head word comes before the "of")."""
        of = next((t.i for t in name if t.lower_ == "of"), None)
        head = name.doc[of - 1].lower_ if of is not None and of > name.start else None
        return head is not None and (head in self.lex.organisation_heads or (head,) in self.lex.state_nouns)

    def _unify_parentheses(self, doc: Doc, cands: list[Candidate]) -> None:
        """"Islamic Resistance Movement (Hamas)": both names are one entity; a gazetteer key wins,
        else the name in parentheses (usually the short form the article goes on using)."""
        for a, b in zip(cands, cands[1:]):
            opening = a.end + 1 if doc[a.end].text in POSSESSIVE_S else a.end  # "the China Coast Guard's (CCG)"
            if (opening < len(doc) and b.start == opening + 1 and doc[opening].text == "(" and b.end < len(doc)
                    and doc[b.end].text == ")" and a.key != b.key and a.type == "Person" and b.type != "Person"
                    and _initials(doc[a.start:a.end]) == doc[b.start:b.end].text):
                a.type = b.type  # "Samagi Jana Balawegaya (SJB)": a name with its initials is a body's
            if (opening < len(doc) and b.start == opening + 1 and doc[opening].text == "(" and b.end < len(doc)
                    and doc[b.end].text == ")" and a.key != b.key
                    and "Person" not in (a.type, b.type)):
                winner, loser = (a, b) if a.key in self.lex.entries and b.key not in self.lex.entries else (b, a)
                old = loser.key
                for c in cands:
                    if c.key == old:
                        c.key, c.type = winner.key, winner.type

    DEMONYM_ENDINGS = ("an", "ian", "n", "i", "ese", "ans", "ians", "is")

    def _demonym_groups(self, doc: Doc, cands: list[Candidate], entities: dict) -> None:
        """"Tigrayan forces", "the Tigrayan delegation" in an article that names the Tigray
        People's Liberation Front: the demonym stands for the one organisation named after its
        region, not for a body of its own; so does the first word alone ("Polisario" after "the
        Polisario Front")."""
        orgs = {c.key: entities[c.key][1] for c in cands if c.type == "Organisation" and c.key in entities}
        for c in cands:
            if c.type != "Organisation" or c.end - c.start != 1 or c.key in self.lex.entries:
                continue
            word = doc[c.start].text
            owners = {key for key, label in orgs.items() if key != c.key and len(label.split()) > 1
                      and len(first := label.split()[0]) >= 4 and word.startswith(first)
                      and (word == first or word[len(first):] in self.DEMONYM_ENDINGS)}  # "Polisario"
            if len(owners) == 1:
                c.key = owners.pop()

    def _region_name(self, label: str) -> str:
        """"Gaza Strip" and "Gaza" name one region: drop a generic region word at the end."""
        words = label.split()
        if len(words) > 1 and words[-1].lower() in self.lex.region_suffixes:
            return " ".join(words[:-1])
        return label

    def _contextual_bodies(self, doc: Doc, cands: list[Candidate]) -> None:
        """"Foreign Office" in a Pakistani article is Pakistan's foreign ministry, not Britain's:
        a body name several states use (data: context_bodies) belongs to the state that owns it
        right there ("Pakistan's Foreign Office"), else to the country the article names most."""
        if not self.lex.context_bodies and not self.lex.state_bodies and not self.lex.home_only_bodies:
            return
        counts = Counter(c.key for c in cands if c.type == "Country" and c.key)
        top = counts.most_common(2)
        main = top[0][0] if top and (len(top) == 1 or top[1][1] < top[0][1]) else None
        homes = {self.lex.entries[c.key].country for c in cands if c.key in self.lex.entries} - {None}
        home_state = main or (next(iter(homes)) if len(homes) == 1 else None)  # "the Senate", "Congress": the US
        by_suffix = {}
        for c in cands:
            name = " ".join(doc[c.start:c.end].text.split())
            if name not in self.lex.state_bodies and name not in self.lex.context_bodies \
                    and name not in self.lex.home_only_bodies:
                continue
            owner = next((o.key for o in cands if o.type == "Country" and o.end + 1 == c.start
                          and doc[o.end].text in POSSESSIVE), None)
            if name in self.lex.home_only_bodies and c.key in self.lex.entries and owner is None \
                    and main is not None and main != self.lex.entries[c.key].country \
                    and not self._names_other_bodies(doc, cands, self.lex.entries[c.key].country):
                c.key, c.label = None, name  # "Congress" in an article on Peru: Peru's, not the US's
                continue
            home = self.lex.state_bodies.get(name, {}).get(owner or home_state) if c.key is None else None
            owner = owner or main
            if home in self.lex.entries:  # "the House" in an American article: the US House
                c.key, c.label, c.type = home, self.lex.entries[home].label, self.lex.entries[home].type
                continue
            suffix = self.lex.context_bodies.get(name)
            if suffix is None or c.key not in self.lex.entries:
                continue
            if owner is None or owner == self.lex.entries[c.key].country:
                continue
            if (owner, suffix) not in by_suffix:
                by_suffix[(owner, suffix)] = next((k for k, e in self.lex.entries.items()
                                                   if e.country == owner and k.endswith(suffix)), None)
            key = by_suffix[(owner, suffix)]
            if key is not None:
                c.key, c.label = key, self.lex.entries[key].label

    def _names_other_bodies(self, doc: Doc, cands: list[Candidate], state: str) -> bool:
        """Whether the article names a listed body of ``state`` other than by a shared bare name
        ("the US Senate", "the White House"): then "Congress" is that state's."""
        return any(c.key in self.lex.entries and self.lex.entries[c.key].country == state
                   and self.lex.entries[c.key].type == "Organisation"
                   and " ".join(doc[c.start:c.end].text.split()) not in self.lex.home_only_bodies for c in cands)

    def _main_foreign_ministry(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """"Geng Shuang, the foreign ministry spokesman", "Foreign Ministry spokesman X" with no
        state named with it: the last foreign ministry the article names with its state before it,
        else that of the state the article names most, else the one it names later. Returns the
        mentions the NER left out; those it found get the ministry's key."""
        ministries = set(self.lex.foreign_ministries.values())
        named = sorted((c.start, c.key) for c in cands if c.key in ministries)
        counts = Counter(c.key for c in cands if c.type == "Country" and c.key)
        top = counts.most_common(2)
        main = top[0][0] if top and (len(top) == 1 or top[1][1] < top[0][1]) else None
        main_ministry = self.lex.foreign_ministries.get(main or "")
        later = {key for _, key in named}
        fallback = main_ministry or (later.pop() if len(later) == 1 else None)

        def ministry_at(i: int) -> str | None:
            before = [key for start, key in named if start < i]
            return before[-1] if before else fallback

        lowers, names = lowers_of(doc), self.lex.foreign_ministry_names
        for c in cands:
            if c.key is None and c.type == "Organisation" and tuple(lowers[c.start:c.end]) in names:
                key = ministry_at(c.start)
                if key is not None:
                    c.key, c.label = key, self.lex.entries[key].label
        taken = {i for c in cands for i in range(c.start, c.end)}
        found = []
        firsts = {w[0] for w in names}
        for i in (i for i, word in enumerate(lowers) if word in firsts):
            words = next((w for w in names if tuple(lowers[i:i + len(w)]) == w), None)
            key = ministry_at(i) if words is not None else None
            if key is not None and not taken.intersection(range(i, i + len(words))):
                found.append(self._gazetteer_candidate(doc, i, i + len(words), key, "name"))
                taken.update(range(i, i + len(words)))
        return found

    def _vote_types(self, doc: Doc, cands: list[Candidate]) -> None:
        """One type per name in an article: the majority, and a word of a person's full name
        used alone ("Phumtham" after "Phumtham Wechayachai") is that person."""
        votes: dict[str, Counter] = defaultdict(Counter)
        name_words = set()
        for c in cands:
            if c.key is None and c.type == "Person" and self._known_place(doc, c):
                c.type = "Place"  # "Bukavu", "Luhansk": a city the NER took for a person
        for c in cands:
            if c.key is None:
                votes[c.span(doc).text][c.type] += 1
                words = c.span(doc).text.split()
                if c.type == "Person" and len(words) > 1:
                    name_words.update((words[0], words[-1]))
                    name_words.update(" ".join(words[k:]) for k in range(1, len(words) - 1))  # "Faki Mahamat"
                    name_words.update(w for w in words[1:-1] if w[:1].isupper())  # "Holguin" of "Maria Angela Holguin Cuellar"
        body_words = {c.span(doc).text.split()[0] for c in cands
                      if c.type == "Organisation" and c.end - c.start > 1
                      and doc[c.end - 1].lower_ in self.lex.organisation_heads}  # "Polisario" of "Polisario Front"
        addressed = {doc[t.i + 1].text for t in tokens_of(doc)[:-1]
                     if t.lower_ in self.lex.honorifics and doc[t.i + 1].is_title}  # "Mr Cable"
        speakers = self._speaking_names(doc, cands)  # "Badenoch said", "Badenoch, who has led"
        for c in cands:
            if c.key is None:
                text = c.span(doc).text
                words = text.split()
                if c.type in ("Place", "Organisation") and len(words) <= 3 and words[-1] in speakers:
                    c.type = "Person"  # "Kemi Badenoch", which the NER took for a place, "said"
                    continue
                if c.type != "Person" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
                        and (words[-1] in addressed or self._paired_with_person(doc, c, cands)):
                    c.type = "Person"  # "Vincent Cable" in an article that calls him "Mr Cable"
                    continue
                if len(words) == 1 and text in body_words and text not in name_words:
                    located = c.start > 0 and doc[c.start - 1].lower_ in self.lex.locative_prepositions
                    # "Essex" of "Essex County Council", "in Kent": the county stays a place
                    c.type = "Place" if located or "Place" in votes[text] else "Organisation"
                    continue
                c.type = "Person" if text in name_words else votes[text].most_common(1)[0][0]

    @staticmethod
    def _speaking_names(doc: Doc, cands: list[Candidate]) -> set[str]:
        """The last words of unlisted names that the NER took for places or bodies but that behave
        like a person's surname: followed by ", who", or, for a place, speaking ("Badenoch said")
        at least twice (bodies speak too). Names the gazetteer lists ("Washington said") are not
        asked about."""
        cues: Counter = Counter()
        for c in cands:
            if c.key is not None or c.type not in ("Place", "Organisation"):
                continue
            last = doc[c.end - 1]
            if c.end + 1 < len(doc) and doc[c.end].text == "," and doc[c.end + 1].lower_ == "who":
                cues[last.text] += 2
            if c.type == "Place" and last.dep_ == "nsubj" and last.head.lemma_ in SPEAKING:
                cues[last.text] += 1
        return {word for word, n in cues.items() if n >= 2}

    @staticmethod
    def _paired_with_person(doc: Doc, c: Candidate, cands: list[Candidate]) -> bool:
        """"Olusegun Obasanjo and Uhuru Kenyatta": a name joined by "and" to a person's full name
        that a title or a list of people introduces ("the former presidents of A and B, X and Y")."""
        if c.end < len(doc) and doc[c.end].lower_ == "and":
            other = next((o for o in cands if o.start == c.end + 1), None)
        elif c.start > 1 and doc[c.start - 1].lower_ == "and":
            other = next((o for o in cands if o.end == c.start - 1), None)
        else:
            return False
        return other is not None and other.key is None and other.type == "Person" and other.end - other.start >= 2

    def _known_place(self, doc: Doc, c: Candidate) -> bool:
        """A one-word name listed in ``data/places.json`` is a city unless a title or honorific
        introduces it or it speaks ("Hassan said")."""
        if c.end - c.start != 1 or doc[c.start].text not in known_places():
            return False
        before = doc[c.start - 1].lower_ if c.start > 0 else ""
        tok = doc[c.start]
        return not ((before,) in self.lex.titles or before in self.lex.honorifics or before in self.lex.person_titles
                    or (tok.dep_ == "nsubj" and tok.head.lemma_ in SPEAKING))

    def _missed_names(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """A word of a person's full name standing alone where the NER saw nothing ("Ibrahim
        hosted ..." after "Anwar Ibrahim"), or after an honorific ("Mr Ancram condemned ..."
        after "Michael Ancram"), is that person."""
        covered = {i for c in cands for i in range(c.start, c.end)}
        name_words = {w for c in cands if c.type == "Person" and c.key is None
                      for w in c.span(doc).text.split()[::max(1, len(c.span(doc)) - 1)]
                      if len(c.span(doc)) > 1}
        name_words |= {w for c in cands if c.type == "Person" and c.key is None and len(c.span(doc)) > 2
                       for w in c.span(doc).text.split()[1:-1] if w[:1].isupper() and len(w) > 2}  # "Lula"
        return [Candidate(t.i, t.i + 1, "Person") for t in tokens_of(doc)
                if t.i not in covered and t.text in name_words and t.pos_ == "PROPN"
                and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
                and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].lower_ not in self.lex.honorifics)]

    @staticmethod
    def _led_groups(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """An acronym the NER left out that a person leads ("the SSUF/A, led by Gen. X",
        "Real-SPLM, led by ...", "SSPM led by ..."): an organisation."""
        covered = {i for c in cands for i in range(c.start, c.end)}
        found = []
        for tok in tokens_of(doc)[1:-1]:
            if not (tok.lower_ in ("led", "headed") and doc[tok.i + 1].lower_ == "by"):
                continue
            end = tok.i - 1 if doc[tok.i - 1].text == "," else tok.i
            start = end
            while start > tok.sent.start and start - end < 5 and (
                    doc[start - 1].text in ("/", "-") or (doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()
                                                          and not doc[start - 1].is_sent_start)):
                start -= 1
            while start < end and doc[start].text in ("/", "-"):
                start += 1
            words = [t.text for t in doc[start:end] if t.is_alpha]
            if start == end or any(i in covered for i in range(start, end)) or doc[end - 1].text in ("/", "-") \
                    or not any(len(w) >= 2 and sum(ch.isupper() for ch in w) >= 2 for w in words):
                continue
            found.append(Candidate(start, end, "Organisation"))
            covered.update(range(start, end))
        return found

    def _bare_acronyms(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """An all-caps name the NER left out, after "the" or in a list with a body ("the FACT,
        the UFDD and the CCMSR"): an organisation, unless it is a common abbreviation (data:
        non_actor_acronyms)."""
        covered = {i: c for c in cands for i in range(c.start, c.end)}
        found = []
        for tok in tokens_of(doc):
            titled = tok.i + 2 < len(doc) and (doc[tok.i + 1].lower_,) in self.lex.titles \
                and doc[tok.i + 2].ent_type_ == "PERSON"  # "SDLP leader Colum Eastwood"
            if tok.i in covered or not (tok.is_alpha and tok.text.isupper() and (
                    len(tok.text) >= 3 or tok.text in self.lex.state_bodies)) \
                    or tok.lower_ in self.lex.non_actor_acronyms or _shouting(tok.sent) \
                    or (not titled and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()
                        and doc[tok.i + 1].is_alpha):
                continue
            listed = tok.dep_ == "conj" and tok.head.i in covered and covered[tok.head.i].type == "Organisation"
            if (tok.i > 0 and doc[tok.i - 1].lower_ == "the") or listed or titled:
                found.append(Candidate(tok.i, tok.i + 1, "Organisation"))
        return found

    def _link_short_names(self, persons: list[tuple[Candidate, str]]) -> list[tuple[Candidate, str]]:
        names = link_short_names([name for _, name in persons], self.people)
        return [(cand, name) for (cand, _), name in zip(persons, names)]


@Language.factory("sg_actors", default_config={})
def make_actor_resolver(nlp: Language, name: str) -> "ActorComponent":
    return ActorComponent(load_lexicon())


class ActorComponent:
    def __init__(self, lexicon: Lexicon):
        self.resolver = ActorResolver(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        resolved, entities = self.resolver.resolve(doc)
        spans = []
        for cand, _ in resolved:
            span = Span(doc, cand.start, cand.end, label=cand.type, kb_id=cand.key)
            spans.append(span)
        doc.spans["sg_actors"] = spans
        doc._.sg_entities = entities
        return doc
