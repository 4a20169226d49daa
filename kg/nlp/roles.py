"""``sg_roles``: spokespersonFor, leaderOf and memberOf from titles and appositions.

Patterns, over ``doc.spans["sg_actors"]`` and the role-title lexicon (``data/roles.json``):

* title before the name: "CIA Director Bill Burns", "US State Department spokesman Matthew
  Miller", "Israeli Prime Minister Benjamin Netanyahu", chained appositions "the US's chief
  negotiator, CIA Director Bill Burns", "the leader of Hamas, Ismail Haniyeh";
* apposition after the name: "John Kirby, spokesman for the White House National Security
  Council", "Matthew Miller, the State Department spokesman";
* a government title with no body named next to it ("Prime Minister Benjamin Netanyahu said")
  takes the country in context: the same person's explicit role in the article first, then the
  nearest country named before it in the sentence or paragraph.

* lists and verbs: "the foreign ministers of A and B, X and Y" (in order), "the Taliban,
  represented by X", "Islamabad's delegation, led by X" (a member), "X, the general who leads the
  LNA", "For the Lib Dems, X said";
* devolved governments: "Scottish Finance Minister X" is the Scottish Executive's;
* an unnamed titled speaker ("Germany's new foreign minister said ...") is the person who opens
  the next sentence.

A modifier like "former" drops the role, "deputy" turns leaderOf into memberOf, and so does a
part of the body before a head's title ("Pakistan's army chief", "head of the ELN delegation").
Output: ``doc._.sg_relations``, a list of :class:`kg.nlp.hits.RelationHit`.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.hits import RelationHit
from kg.nlp.lexicon import Lexicon, load_lexicon, load_triggers
from kg.nlp.syntax import POSSESSIVE_S, SPEECH_LEMMAS, first_conjunct, inside_quotes, lowers_of, sentences_of, tokens_of

Doc.set_extension("sg_relations", default=None, force=True)

BODY_TYPES = {"Organisation", "Country"}
SUB_BODY_NOUNS = {"committee", "subcommittee", "panel", "caucus", "wing", "branch", "council", "group"}  # of a body
TEAM_NOUNS = {"team", "delegation", "panel", "mission", "committee"}  # "members of the AU mediation team, X"
STOP_POS = {"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM", "PART"}
LINKING_PREPOSITIONS = {"for", "of", "at", "to", "in"}
MAX_CHUNK = 10
POSSESSIVE = POSSESSIVE_S
SUB_BODIES = {"committee", "subcommittee", "commission", "council", "board", "panel", "inquiry", "tribunal",
              "unit", "office", "department", "agency", "authority"}  # unnamed bodies inside a named one
SPEAKER_WORDS = {"spokesman", "spokeswoman", "spokesperson"}  # speak for a body, are not posted to it
OWNER_NOUNS = {"group": "Organisation", "movement": "Organisation", "party": "Organisation",
               "organisation": "Organisation", "organization": "Organisation", "militia": "Organisation",
               "faction": "Organisation", "alliance": "Organisation", "coalition": "Organisation",
               "country": "Country", "kingdom": "Country", "nation": "Country"}
VENUE_PREPOSITIONS = {"in", "at", "inside", "within", "throughout", "to"}
AIMED_PREPOSITIONS = {"of", "on", "against", "with", "to", "toward", "towards"}  # "China's criticism of President X"


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    predicate: str
    government: bool


GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet", "regime"})
KINSHIP_WORDS = frozenset({"brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "nephew",
                           "niece", "cousin", "widow", "uncle", "aunt"})  # "X, brother to the deputy leader"
OPPOSITION_WORDS = frozenset({"opposition", "rebel", "exiled", "dissident", "separatist", "insurgent", "guerrilla"})  # "Belarus opposition leader"
PARTY_HEADS = frozenset({"party", "movement", "alliance", "front", "league", "coalition"})  # an unlisted body's last word
STATE_BODY_HEADS = frozenset({"ministry", "department", "office", "agency", "service", "court", "bank", "commission",
                              "council", "parliament", "assembly", "committee", "authority", "reserve", "enforcement",
                              "institute", "society", "association"})  # no one's own: "Trump's Justice Department"



def _clause_subject(verb: Token, at: dict[int, Span]) -> Token | None:
    """The subject of ``verb``; for "who", the one the relative clause is about ("X, who is ...",
    and "X, a French MEP who is ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
        if subject.i not in at and subject.dep_ == "appos" and subject.head.i in at:
            subject = subject.head
    return subject

class RoleExtractor:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.criticising = frozenset(load_triggers()["relation_verbs"]["opposes"])  # "X criticized China's ..."
        self.not_own = frozenset(load_triggers()["former_words"]) | {"fellow"}  # "his former party"

    def __call__(self, doc: Doc) -> list[RelationHit]:
        actors = list(doc.spans["sg_actors"])
        at = {i: span for span in actors for i in range(span.start, span.end)}
        explicit: list[RelationHit] = []
        pending: list[tuple[Span, Title, Span]] = []  # (person, title, sentence) without a body
        people = [a for a in actors if a.label_ == "Person"]
        for person in people:
            for chunk in self._left_chunks(doc, person, at) or self._shared_chunk(doc, person, people, at):
                if not self._respective_plural(doc, person, chunk, people, at, explicit):
                    self._read_chunk(doc, person, chunk, at, "title-before-name", explicit, pending)
            right = self._right_chunk(doc, person, at)
            if right:
                self._read_chunk(doc, person, right, at, "apposition", explicit, pending)
        explicit += self._possessed(doc, actors, at, {h.subject for h in explicit})
        explicit += self._party_appositions(doc, actors, at, {(h.subject, h.object) for h in explicit})
        explicit += self._led_by(doc, actors, at)
        explicit += self._heads_government(doc, actors, at, explicit)
        explicit += self._own_parties(doc, actors, at)
        explicit += self._respective_officials(doc, at)
        explicit += self._listed_officials(doc, actors, at, {h.subject for h in explicit})
        explicit += self._team_members(doc, actors, at)  # (a national title besides: still a member)
        explicit += self._team_comprising(doc, at)
        explicit += self._from_body(doc, actors, at, {h.subject for h in explicit})
        explicit += self._speaking_for(doc, at, {h.subject for h in explicit})
        explicit += self._copular_roles(doc, at, {h.subject for h in explicit})
        explicit += self._works_for(doc, at, {h.subject for h in explicit})
        explicit += self._representing(doc, at, {h.subject for h in explicit})
        explicit += self._chamber_roles(doc, actors, at, explicit)
        resolved = self._resolve_pending(doc, pending, explicit, actors)
        resolved += self._counterparts(doc, actors, at, explicit + resolved)
        resolved += self._definite_head(doc, actors, at, explicit + resolved)
        resolved += self._definite_titles(doc, actors, at, explicit + resolved)
        return explicit + resolved + self._unnamed_spokespeople(doc, actors, at, explicit + resolved, pending)

    def _counterparts(self, doc: Doc, actors: list[Span], at: dict[int, Span], found) -> list[RelationHit]:
        """"Russian President Putin and his Turkish counterpart Tayyip Erdogan", "X met her Ugandan
        counterpart, Y": Y holds for the named state the post the one named before holds for theirs."""
        placed = {h.subject for h in found}
        posts = {h.subject: h.predicate for h in found if h.predicate in ("leaderOf", "memberOf")
                 and h.object in self.lex.entries and self.lex.entries[h.object].type == "Country"}
        hits = []
        for person in (a for a in actors if a.label_ == "Person" and a.kb_id_ not in placed):
            i = person.start - 1 - (person.start > 0 and doc[person.start - 1].text == ",")
            if i < 1 or doc[i].lower_ != "counterpart" or i - 1 not in at or at[i - 1].label_ != "Country":
                continue
            state = at[i - 1]
            owner = at.get(state.start - 2) if state.start > 1 and doc[state.start - 1].text in POSSESSIVE else None
            if owner is not None and owner.label_ == "Person" and owner.kb_id_ in posts \
                    and self.lex.entries.get(state.kb_id_) is not None:  # "Kuleba's Hungarian counterpart X"
                hits.append(RelationHit(person.kb_id_, posts[owner.kb_id_], state.kb_id_, person.sent, 0.6,
                                        "counterpart"))
                continue
            if state.start < 1 or doc[state.start - 1].lower_ not in ("his", "her", "their"):
                continue
            before = [a for a in actors if a.label_ == "Person" and person.sent.start <= a.start < state.start
                      and a.kb_id_ in posts]
            if before and self.lex.entries.get(state.kb_id_) is not None:
                hits.append(RelationHit(person.kb_id_, posts[before[-1].kb_id_], state.kb_id_, person.sent, 0.6,
                                        "counterpart"))
        return hits

    def _unnamed_spokespeople(self, doc, actors, at, found, pending) -> list[RelationHit]:
        """"Iran's Foreign Ministry spokesman says ..." with the name given only in another
        sentence ("Mousavi condemned ..."): the one person near it who has no role of their own."""
        placed = {h.subject for h in found} | {p.kb_id_ for p, _, _ in pending}
        sentences = list(sentences_of(doc))
        position = {s.start: n for n, s in enumerate(sentences)}
        hits = []
        for body in (a for a in actors if a.label_ in BODY_TYPES):
            i = body.end
            while i < len(doc) and i - body.end < 4 and (doc[i].text in POSSESSIVE or (
                    doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") and (doc[i].lower_,) not in self.lex.titles)):
                i += 1  # "Armenia's foreign ministry spokesperson"
            title = next((t for t in self._titles(doc, i, min(i + 3, len(doc))) if t.start == i), None)
            if title is not None and title.predicate != "spokespersonFor":
                hits.extend(self._named_next(doc, body, title, at, placed))  # "Germany's foreign minister said"
                continue
            if title is None:
                continue
            nxt = doc[title.end] if title.end < len(doc) else None
            if nxt is None or title.end in at or (nxt.text == "," and title.end + 1 in at):
                continue  # named right there: the title rules above read it
            first = body.start - 1
            if first >= 0 and doc[first].lower_ in ("a", "an", "one", "another"):
                continue  # "a Home Office spokesman": one of several
            named = self._department(doc, body, i) if i > body.end else None
            key, surface = named or (body.kb_id_, None)
            n = position[body.sent.start]
            reported = {a.kb_id_ for a in actors if a.sent.start == body.sent.start}  # "X took part, the spokesman said"
            near = {a.kb_id_ for a in actors if a.label_ == "Person" and a.kb_id_ not in placed | reported
                    and abs(position[a.sent.start] - n) <= 3}
            if len(near) == 1:
                person = near.pop()
                self.lex.ensure_entity(doc, key, surface)
                hits.append(RelationHit(person, "spokespersonFor", key, body.sent, 0.55, "unnamed-spokesperson"))
                placed.add(person)
        return hits

    def _named_next(self, doc: Doc, body: Span, title: Title, at: dict[int, Span], placed: set[str]) -> list[RelationHit]:
        """"..., Germany's new foreign minister said Monday. Annalena Baerbock, who took office last
        week, told reporters ...": a state's titled speaker left unnamed is the person who opens
        the next sentence, when that person has no role of their own."""
        verb = doc[title.end] if title.end < len(doc) else None  # "... minister said"
        if body.label_ != "Country" or verb is None or verb.lemma_ not in SPEECH_LEMMAS \
                or any(c.dep_ == "nsubj" and c.i != title.end - 1 for c in verb.children):
            return []
        following = doc[verb.sent.end:verb.sent.end + 1]
        first = following[0] if len(following) else None
        while first is not None and first.is_space and first.i + 1 < len(doc):
            first = doc[first.i + 1]
        person = at.get(first.i) if first is not None else None
        if person is None or person.label_ != "Person" or person.start != first.i or person.kb_id_ in placed \
                or person.root.dep_ != "nsubj":
            return []
        placed.add(person.kb_id_)
        predicate = self.lex.role_in(title.predicate, tuple(t.lower_ for t in doc[title.start:title.end]), body.kb_id_)
        return [RelationHit(person.kb_id_, predicate, body.kb_id_, person.sent, 0.55, "named-next")]

    def _possessed(self, doc: Doc, actors: list[Span], at: dict[int, Span], placed: set[str]) -> list[RelationHit]:
        """"Amnesty International's Jan Shaw": a person owned by a body, with no title, belongs to it;
        "Turkey's Erdogan": a state's known head leads it."""
        hits = []
        for person in (a for a in actors if a.label_ == "Person" and a.kb_id_ not in placed):
            i = person.start - 1
            plural = i > 0 and doc[i].text in ("'", "’") and doc[i].tag_ == "POS"  # "the Tories' David Davis"
            if i > 0 and (doc[i].text in POSSESSIVE or plural) and i - 1 in at and at[i - 1].label_ in BODY_TYPES:
                owner = at[i - 1].kb_id_
                led = self.lex.led_state(person.kb_id_) == owner
                hits.append(RelationHit(person.kb_id_, "leaderOf" if led else "memberOf", owner, person.sent,
                                        0.75 if led else 0.6, "known-leader" if led else "possessive"))
        return hits

    def _party_appositions(self, doc: Doc, actors: list[Span], at: dict[int, Span], placed) -> list[RelationHit]:
        """"Ted Cruz, a Texas Republican,", "John Smith, a Conservative,": a party named as what the
        person is belongs them to it (not "a former Republican")."""
        hits = []
        for person in (a for a in actors if a.label_ == "Person"):
            i = person.end
            if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
                continue
            j = i + 2
            while j < len(doc) and j - i < 6 and (j not in at and doc[j].is_title or at.get(j) is not None
                                                  and at[j].label_ == "Place"):
                j = at[j].end if j in at else j + 1  # "a Texas Republican", "a veteran Labour MP": words before the party
            party = at.get(j)
            if party is None or party.label_ != "Organisation" or not self._party_like(doc, party) \
                    or any(t.lower_ in self.lex.skip for t in doc[i + 2:j]) or (person.kb_id_, party.kb_id_) in placed:
                continue
            after = doc[party.end] if party.end < len(doc) else None
            if after is None or after.text in (",", ".", ";") or after.lower_ in ("from", "of", "who"):
                hits.append(RelationHit(person.kb_id_, "memberOf", party.kb_id_, person.sent, 0.6, "party-apposition"))
        return hits

    def _heads_government(self, doc: Doc, actors: list[Span], at: dict[int, Span], found) -> list[RelationHit]:
        """"Mario Draghi's Italian government", "the Biden administration", "Sunak's government":
        the person heads the state's government (the state the phrase names, else the one in
        context, else the one the article names most or alone)."""
        leading = {h.subject for h in found if h.predicate == "leaderOf"}
        hits, seen = [], set()
        for person in (a for a in actors if a.label_ == "Person" and a.kb_id_ not in leading):
            j = person.end
            if j < len(doc) and doc[j].text in POSSESSIVE:
                j += 1
            elif not (person.root.dep_ == "compound" and j < len(doc) and doc[j].lower_ in GOVERNMENT_NOUNS
                      and person.start > 0 and doc[person.start - 1].lower_ == "the"):
                continue  # (a compound only as "the Biden administration")
            if j >= len(doc) or person.kb_id_ in seen:
                continue
            state = at.get(j)
            if state is not None and state.label_ == "Country" and state.start == j:
                if doc[state.end - 1].lower_ not in GOVERNMENT_NOUNS:
                    continue  # "Hitler's Germany", "Putin's Russia": a description, not a post
                confidence = 0.75
            elif doc[j].lower_ in GOVERNMENT_NOUNS and j not in at and self.lex.led_state(person.kb_id_):
                home = self.lex.led_state(person.kb_id_)  # "the Biden administration": the US's, if named
                state = next((a for a in actors if a.kb_id_ == home), None)
                confidence = 0.75
            elif doc[j].lower_ in GOVERNMENT_NOUNS and j not in at:
                countries = [a for a in actors if a.label_ == "Country"]
                only = countries[0] if len({c.kb_id_ for c in countries}) == 1 else None
                state = self._country_in_context(doc, person, countries) or self._main_country(countries) or only
                confidence = 0.6
            else:
                continue
            if state is not None:
                seen.add(person.kb_id_)
                hits.append(RelationHit(person.kb_id_, "leaderOf", state.kb_id_, person.sent, confidence,
                                        "heads-government"))
        return hits

    def _own_parties(self, doc: Doc, actors: list[Span], at: dict[int, Span]) -> list[RelationHit]:
        """"Merz's conservative CDU", "Melenchon's far-left France Unbowed", "Wilders and his PVV",
        "Le Pen and her Rassemblement National party": the party news names as a person's own is
        the one that person leads."""
        hits = []
        for body in (a for a in actors if a.label_ == "Organisation" and self._party_like(doc, a)):
            i = body.start - 1
            while i > 0 and body.start - i <= 4 and (doc[i].pos_ in ("ADJ", "ADV") or doc[i].dep_ == "amod" or doc[i].text == "-"):
                i -= 1  # the party's place on the spectrum: "conservative", "far-left", "ruling"
            if any(t.lower_ in self.not_own for t in doc[i:body.start]) or (
                    body.root.dep_ in ("compound", "amod", "nmod") and doc[body.end:body.end + 1].text.lower() != "party"):
                continue  # "his fellow Republicans", "Blair's Tory 'lies'": no party of one's own
            owner = at.get(i - 1) if i > 0 and doc[i].text in POSSESSIVE else None
            if owner is None and doc[i].lower_ in ("his", "her") and doc[i].dep_ == "poss":
                head = doc[i].head  # "X and his PVV": the person the party is coordinated with
                owner = at.get(head.head.i) if head.dep_ == "conj" and head.i >= body.start else None
            if owner is not None and owner.label_ == "Person" and owner.end <= i:
                hits.append(RelationHit(owner.kb_id_, "leaderOf", body.kb_id_, body.sent, 0.6, "own-party"))
        return hits

    def _party_like(self, doc: Doc, body: Span) -> bool:
        """A national party or movement, not a state's office: listed with a country and not part of
        the executive, or, unlisted, named as a party, front or movement."""
        entry = self.lex.entries.get(body.kb_id_)
        if entry is None:
            return doc[body.end - 1].lower_ in PARTY_HEADS or (
                body.end < len(doc) and doc[body.end].lower_ == "party")
        return entry.type == "Organisation" and entry.country is not None and not entry.executive \
            and entry.label.split()[-1].lower() not in STATE_BODY_HEADS

    def _definite_head(self, doc: Doc, actors: list[Span], at: dict[int, Span], found) -> list[RelationHit]:
        """"The prime minister said ..." with no name next to it: the head of the article's
        country (named most) is the person the article names most among those it gives no role,
        when one stands out (named at least three times and more than anyone else of them)."""
        if any(h.predicate == "leaderOf" and h.object in {a.kb_id_ for a in actors if a.label_ == "Country"}
               for h in found):
            return []  # the article names its heads of state and government
        placed = {h.subject for h in found}
        people = Counter(a.kb_id_ for a in actors if a.label_ == "Person" and a.kb_id_ not in placed)
        top = people.most_common(2)
        if not top or top[0][1] < 3 or (len(top) > 1 and top[1][1] == top[0][1]):
            return []
        person = top[0][0]
        n = max(map(len, self.lex.definite_heads), default=0)
        for tok in tokens_of(doc):
            if tok.lower_ != "the" or tok.i + 1 >= len(doc):
                continue
            words = _phrase_at(doc, tok.i + 1, self.lex.definite_heads, n)
            if words is None or _named_beside(doc, tok.i + 1 + len(words), at):
                continue  # (no head title, or "the president of X", "the prime minister, X")
            country = self._main_country([a for a in actors if a.label_ == "Country"])
            key = country.kb_id_ if country is not None else None
            if key is None:  # else the one state the article's ministers serve ("Home Secretary X")
                served = {h.object for h in found if h.object in self.lex.entries
                          and self.lex.entries[h.object].type == "Country"}
                key = served.pop() if len(served) == 1 else None
            if key is None or not self._named(actors, key):
                return []
            self.lex.ensure_entity(doc, key)
            return [RelationHit(person, "leaderOf", key, tok.sent, 0.45, "definite-head")]
        return []

    def _definite_titles(self, doc: Doc, actors: list[Span], at: dict[int, Span], found) -> list[RelationHit]:
        """"Jack Straw said ... The foreign secretary told MPs", "Michael Howard attacked ... the
        Tory leader said": a national title, or a title in a named body, with "the" and no name
        beside it is the person last named as a subject in the three sentences before, when the
        article gives that person no role otherwise."""
        placed = {h.subject for h in found}
        countries = [a for a in actors if a.label_ == "Country"]
        n = max(map(len, self.lex.national_titles), default=0)
        hits: list[RelationHit] = []
        for tok in tokens_of(doc):
            if tok.lower_ != "the":
                continue
            body = at.get(tok.i + 1)
            if body is not None and body.start == tok.i + 1 and body.label_ == "Organisation":
                # "the Tory leader said", "the Lib Dem spokesman": a title in a named body
                start = body.end
                words = _phrase_at(doc, start, self.lex.titles, self.lex.max_title_len)
                national = body.kb_id_
            else:
                start, body = tok.i + 1, None
                words = _phrase_at(doc, start, self.lex.national_titles, n)
                national = self.lex.national_titles.get(words) if words else None
                if words is None:  # "the chancellor": the one state using the title that the article names
                    words = _phrase_at(doc, start, self.lex.shared_titles, 3)
                    named = {c.kb_id_ for c in countries} & set(self.lex.shared_titles.get(words, ()))
                    national = named.pop() if len(named) == 1 else None
                    if national is None:
                        continue
            if words is None or words not in self.lex.titles:
                continue
            if any(a.label_ == "Person" and a.start >= len(words)
                   and tuple(t.lower_ for t in doc[a.start - len(words):a.start]) == words for a in actors):
                continue  # "Foreign Secretary Jack Straw" elsewhere: the title's bearer is named
            if _named_beside(doc, start + len(words), at):
                continue  # "the home secretary, X", "the foreign secretary's"
            first = _recent_sentences(doc, tok, 4)[0].start
            reported = {a.kb_id_ for a in actors if tok.sent.start <= a.start < tok.sent.end}
            before = [a for a in actors if a.label_ == "Person" and first <= a.start
                      and a.end <= tok.sent.start and a.root.dep_ == "nsubj"
                      and a.kb_id_ not in reported]  # ("X did Y, the leader said": not X)
            if not before or before[-1].kb_id_ in placed:
                continue
            if body is None and (self._other_state(actors, countries, national) is not None
                                 or not self._named(actors, national)):
                continue  # an article on another state (its own "foreign secretary"), or one that never names the state
            person = before[-1]
            self.lex.ensure_entity(doc, national)
            predicate = self.lex.role_in(self.lex.titles[words], words, national)
            if predicate == "leaderOf" and doc[start - 1].lower_ in self.lex.demote:
                predicate = "memberOf"
            hits.append(RelationHit(person.kb_id_, predicate, national, tok.sent, 0.5, "definite-title"))
            placed.add(person.kb_id_)
        return hits

    def _respective_officials(self, doc: Doc, at: dict[int, Span]) -> list[RelationHit]:
        """"the foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov":
        a plural title "of" a list of bodies, then as many people, pairs them in order."""
        hits = []
        for of in (t for t in tokens_of(doc) if t.lower_ == "of" and 0 < t.i and doc[t.i - 1].tag_ == "NNS"):
            head = doc[of.i - 1]
            singular = head.lower_[:-1]
            words = next((w for w in ((doc[of.i - 2].lower_, singular) if of.i > 1 else (), (singular,))
                          if w in self.lex.titles), None)
            if words is None or (of.i - len(words) - 1 >= 0 and doc[of.i - len(words) - 1].lower_ in self.lex.skip):
                continue
            items, separators, j = [], [], of.i + 1
            while j in at and at[j].start == j:
                items.append(at[j])
                j = at[j].end
                gap = []
                while j < len(doc) and doc[j].lower_ in (",", "and"):
                    gap.append(doc[j].lower_)
                    j += 1
                separators.append(gap)
                if not gap:
                    break
            bodies = [a for a in items if a.label_ in BODY_TYPES]
            people = [a for a in items if a.label_ == "Person"]
            n = len(bodies)
            if n < 2 or len(people) < n or items[:n] != bodies or items[n:2 * n] != people[:n] \
                    or "," not in separators[n - 1] or len({b.kb_id_ for b in bodies}) < n:
                continue
            for body, person in zip(bodies, people):
                predicate = self.lex.role_in(self.lex.titles[words], words, body.kb_id_)
                hits.append(RelationHit(person.kb_id_, predicate, body.kb_id_, person.sent, 0.7, "respective-officials"))
        return hits

    def _listed_officials(self, doc: Doc, actors: list[Span], at: dict[int, Span], placed: set[str]) -> list[RelationHit]:
        """"the foreign ministers of Guyana, Hugh Todd, and Venezuela, Yvan Gil": a plural title
        "of" a list of "country, person" pairs gives each person the title in their country."""
        hits = []
        for person in (a for a in actors if a.label_ == "Person" and a.kb_id_ not in placed):
            c = person.start - 1
            if c < 1 or doc[c].text != "," or c - 1 not in at or at[c - 1].label_ not in BODY_TYPES:
                continue
            body = at[c - 1]
            i = body.start - 1
            while i > person.sent.start and (doc[i].text == "," or doc[i].lower_ == "and" or i in at):
                i -= 1  # back over earlier pairs: "Guyana, Hugh Todd, and"
            if doc[i].lower_ != "of" or i < 1:
                continue
            head = doc[i - 1]
            if head.tag_ != "NNS" or not head.lower_.endswith("s"):
                continue
            singular = head.lower_[:-1]
            words = next((w for w in ((doc[i - 2].lower_, singular), (singular,)) if w in self.lex.titles), None)
            if words is None:
                continue
            predicate = self.lex.role_in(self.lex.titles[words], words, body.kb_id_)
            if i - len(words) - 1 >= 0 and doc[i - len(words) - 1].lower_ in self.lex.skip:
                continue
            hits.append(RelationHit(person.kb_id_, predicate, body.kb_id_, person.sent, 0.7, "listed-officials"))
        return hits

    @staticmethod
    def _team_members(doc: Doc, actors: list[Span], at: dict[int, Span]) -> list[RelationHit]:
        """"the other members of the AU mediation team, South African former Vice President X and
        Y": the people named after a body's team, delegation or panel are members of the body."""
        hits = []
        for person in (a for a in actors if a.label_ == "Person"):
            first = person.root
            while first.dep_ in ("conj", "appos") and first.head != first and first.head.i in at \
                    and at[first.head.i].label_ == "Person":
                first = first.head  # "..., X and Y": from Y back to X (a list the parser may read as apposition)
            lead = at.get(first.i, person)
            i = lead.start - 1
            while i > lead.sent.start and lead.start - i <= 8 and doc[i].text != "," and (
                    (i in at and at[i].label_ == "Country") or (i not in at and doc[i].pos_ in ("PROPN", "ADJ", "NOUN"))):
                i -= 1  # back over the title: "South African former Vice President"
            group = doc[i - 1] if doc[i].text == "," and i > 0 else None
            if group is None or group.lower_ not in TEAM_NOUNS or group.dep_ != "pobj" or group.head.lower_ != "of" \
                    or not group.head.head.lower_.startswith("member"):
                continue
            bodies = [at[c.i] for c in group.children if c.dep_ in ("compound", "poss", "amod")
                      and c.i in at and at[c.i].label_ in BODY_TYPES]
            hits.extend(RelationHit(person.kb_id_, "memberOf", body.kb_id_, person.sent, 0.7, "team-member")
                        for body in bodies[:1])
        return hits

    @staticmethod
    def _team_comprising(doc: Doc, at: dict[int, Span]) -> list[RelationHit]:
        """"The DA's federal executive has appointed a negotiating team comprising A, B and C",
        "the ANC delegation, including A and B": the people a body's team is made of are members
        of the body (the team's owner, else the body whose organ appointed it)."""
        hits = []
        for team in tokens_of(doc):
            if team.lower_ not in TEAM_NOUNS:
                continue
            heads = [o for c in team.children if c.dep_ == "acl" and c.lemma_ in ("comprise", "include")
                     for o in c.children if o.dep_ == "dobj"]
            heads += [o for c in team.children if c.dep_ == "prep" and c.lower_ == "including"
                      for o in c.children if o.dep_ == "pobj"]
            people = {at[t.i].kb_id_: at[t.i] for h in heads for t in (h, *h.conjuncts)
                      if t.i in at and at[t.i].label_ == "Person"}
            if not people:
                continue
            owners = [at[c.i] for c in team.children if c.dep_ in ("poss", "compound", "amod") and c.i in at]
            if not owners and team.dep_ == "dobj":  # "the DA's federal executive has appointed a team"
                subject = next((c for c in team.head.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    owners = [at[t.i] for t in (subject, *subject.children)
                              if t.i in at and (t == subject or t.dep_ in ("poss", "compound"))]
            owners = [o for o in owners if o.label_ in BODY_TYPES]
            hits.extend(RelationHit(person.kb_id_, "memberOf", owner.kb_id_, team.sent, 0.7, "team-comprising")
                        for owner in owners[:1] for person in people.values())
        return hits

    def _led_by(self, doc: Doc, actors: list[Span], at: dict[int, Span]) -> list[RelationHit]:
        """"the SSUF/A, led by former army chief Gen. X", "Hamas, headed by X": X leads the body.
        A "former" before the title is the title's, not the leading ("led by former minister X")."""
        hits = []
        heads = [(body, body.end, "leaderOf") for body in actors if body.label_ in BODY_TYPES
                 and doc[body.end - 1].lower_ not in self.lex.delegation_nouns]  # ("a Ukrainian delegation": below)
        # "Islamabad's delegation, led by Defence Minister X": X leads the delegation, serves the state
        heads += [(at[c.i], token.i + 1, "memberOf") for token in tokens_of(doc) if token.lower_ in self.lex.delegation_nouns
                  for c in token.children if c.dep_ in ("poss", "amod", "compound") and c.i in at
                  and at[c.i].label_ in BODY_TYPES]
        for verb in (t for t in tokens_of(doc) if t.pos_ == "VERB" and t.lemma_ in ("lead", "head", "chair") and t.dep_ != "amod"):
            # "Khalifa Haftar, the general who leads the Libyan National Army", "X heads/chairs the body"
            body = next((at[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in at
                         and at[c.i].label_ in BODY_TYPES), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if body is None or subject is None or any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "will", "would")
                                                     for c in verb.children):
                continue
            if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
                subject = verb.head.head if verb.head.dep_ == "appos" and verb.head.i not in at else verb.head
            if subject.i in at and at[subject.i].label_ == "Person":
                hits.append(RelationHit(at[subject.i].kb_id_, "leaderOf", body.kb_id_, verb.sent, 0.7, "leads-verb"))
        for body, i, predicate in heads:
            if i < len(doc) and doc[i].text == "(":  # "the Civic Coalition (KO), led by X": past the short form
                i = next((k + 1 for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), i)
            elif i < len(doc) and doc[i].text == ")":  # the short form itself: "(PiS), led by X"
                i += 1
            i += 1 if i < len(doc) and doc[i].text == "," else 0
            if i + 1 >= len(doc) or doc[i + 1].lower_ != "by" or doc[i].lower_ not in ("led", "headed", "represented"):
                continue
            j = i + 2
            while j < min(len(doc), i + 14) and (j not in at or at[j].label_ != "Person") and not doc[j].is_punct \
                    and (doc[j].pos_ not in STOP_POS or doc[j].lower_ == "and"):
                j += 1  # (past a title and the states in it: "led by former Polish Prime Minister X")
            if j in at and at[j].label_ == "Person":
                # "the Taliban, represented by X": X holds a role in it, not necessarily the lead
                role = "memberOf" if doc[i].lower_ == "represented" else predicate
                hits.append(RelationHit(at[j].kb_id_, role, body.kb_id_, body.sent, 0.75, "led-by"))
        return hits

    @staticmethod
    def _speaking_for_in_apposition(doc: Doc, at: dict[int, Span], placed: set[str], sent: Span) -> list[RelationHit]:
        """"Vincent Cable, for the Liberal Democrats, accused Mr Brown ...": a subject set off by
        commas as answering for a party or other body speaks for it, as the fronted form does."""
        hits = []
        for person in {at[i] for i in range(sent.start, sent.end) if i in at}:
            j = person.end
            if person.label_ != "Person" or person.kb_id_ in placed or person.root.dep_ not in ("nsubj", "ROOT") \
                    or j + 3 >= sent.end or doc[j].text != "," or doc[j + 1].lower_ != "for":
                continue
            j += 2 + (doc[j + 2].lower_ == "the")
            body = at.get(j)
            if body is not None and body.start == j and body.label_ == "Organisation" \
                    and body.end < sent.end and doc[body.end].text == ",":
                hits.append(RelationHit(person.kb_id_, "spokespersonFor", body.kb_id_, sent, 0.6, "speaking-for"))
        return hits

    @staticmethod
    def _speaking_for(doc: Doc, at: dict[int, Span], placed: set[str]) -> list[RelationHit]:
        """"For the Liberal Democrats, Sir Menzies Campbell said ...", "For the Tories, X called the
        plan a gimmick": the person a sentence introduces as answering for a party or other body
        speaks for it."""
        hits = []
        for sent in sentences_of(doc):
            hits.extend(RoleExtractor._speaking_for_in_apposition(doc, at, placed, sent))
            i = sent.start
            if doc[i].lower_ != "for" or i + 2 >= sent.end:
                continue
            j = i + 1 + (doc[i + 1].lower_ == "the")
            body = at.get(j)
            if body is None or body.start != j or body.label_ != "Organisation" or body.end >= sent.end \
                    or doc[body.end].text != ",":
                continue
            person = at.get(body.end + 1)
            if person is None or person.label_ != "Person" or person.kb_id_ in placed \
                    or person.root.dep_ != "nsubj" or not (person.root.head.lemma_ in SPEECH_LEMMAS
                                                           or person.root.head.dep_ == "ROOT"):
                continue  # "..., X said", "..., X called the target unambitious"
            hits.append(RelationHit(person.kb_id_, "spokespersonFor", body.kb_id_, sent, 0.6, "speaking-for"))
        return hits

    @staticmethod
    def _from_body(doc: Doc, actors: list[Span], at: dict[int, Span], placed: set[str]) -> list[RelationHit]:
        """"Carl Emmerson, from the Institute for Fiscal Studies, said", "X, of Investec, agreed",
        "Hannah Ward of the Refugee Council said": a person named with the organisation they come
        from belongs to it."""
        hits = []
        for person in (a for a in actors if a.label_ == "Person" and a.kb_id_ not in placed):
            i = person.end
            if i + 1 < len(doc) and doc[i].lower_ in ("of", "from"):
                i -= 1  # "Hannah Ward of the Refugee Council said": no comma
            elif not (i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("of", "from")):
                continue
            j = i + 2 + (1 if i + 2 < len(doc) and doc[i + 2].lower_ == "the" else 0)
            body = at.get(j)
            if body is None or body.start != j or body.label_ != "Organisation":
                continue
            after = doc[body.end] if body.end < len(doc) else None
            if after is None or after.text in (",", ".", ";") or after.pos_ in ("VERB", "AUX"):
                hits.append(RelationHit(person.kb_id_, "memberOf", body.kb_id_, person.sent, 0.6, "from-body"))
        return hits

    @staticmethod
    def _works_for(doc: Doc, at: dict[int, Span], placed: set[str]) -> list[RelationHit]:
        """"Danny Kruger, who works in the Tory research unit", "X works for the Refugee Council":
        whoever works for a body (or in one of its units) is a member of it."""
        hits = []
        for verb in (t for t in tokens_of(doc) if t.lemma_ == "work" and t.pos_ == "VERB"):
            if verb.tag_ == "VBD" or any(c.dep_ == "neg" for c in verb.children) or any(
                    c.dep_ == "aux" and c.lower_ in ("will", "would", "had") for c in verb.children):
                continue  # (not "worked for the UN until 2010", "will work with")
            subject = _clause_subject(verb, at)
            person = at.get(subject.i) if subject is not None else None
            if person is None or person.label_ != "Person" or person.kb_id_ in placed:
                continue
            for pobj in (p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "at")
                         for p in c.children if p.dep_ == "pobj"):
                bodies = [at[t.i] for t in (*pobj.lefts, pobj) if t.i in at and at[t.i].label_ in BODY_TYPES]
                if bodies:
                    hits.append(RelationHit(person.kb_id_, "memberOf", bodies[0].kb_id_, verb.sent, 0.6, "works-for"))
                    break
        return hits

    @staticmethod
    def _representing(doc: Doc, at: dict[int, Span], placed: set[str]) -> list[RelationHit]:
        """"Getachew Reda, representing the TPLF", "Gerardo Blyde, who represents the opposition
        Unitary Platform": whoever represents a body at talks is a member of it (a lawyer
        representing a person is not: only bodies and states count)."""
        hits = []
        for verb in (t for t in tokens_of(doc) if t.lemma_ == "represent" and t.pos_ == "VERB"):
            if any(c.dep_ == "neg" for c in verb.children) or verb.tag_ == "VBD":
                continue
            person = None
            if verb.dep_ in ("acl", "advcl") and verb.head.i in at:  # ("Reda, representing X", misparsed)
                described = max((c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i),
                                key=lambda c: c.i, default=verb.head)  # "A and B, representing X": B
                person = at.get(described.i)
            elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
                subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
                person = at.get(subject.i) if subject is not None else None  # "X, representing Y, signed"
            elif verb.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in verb.children):
                person = at.get(verb.head.i)
            if person is None or person.label_ != "Person" or person.kb_id_ in placed:
                continue
            bodies = [at[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in at
                      and at[c.i].label_ in BODY_TYPES]
            hits.extend(RelationHit(person.kb_id_, "memberOf", b.kb_id_, verb.sent, 0.65, "representing")
                        for b in bodies[:1])
        return hits

    def _copular_roles(self, doc: Doc, at: dict[int, Span], placed: set[str]) -> list[RelationHit]:
        """"X is the executive director of the aid group Oxfam", "X, who is the head of the Refugee
        Council, said": a title stated with "be" holds in the body after "of", "for" or "at"."""
        hits = []
        for verb in tokens_of(doc):
            if verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
                continue
            subject = _clause_subject(verb, at)
            person = at.get(subject.i) if subject is not None else None
            noun = next((c for c in verb.children if c.dep_ == "attr"), None)
            if person is None or person.label_ != "Person" or person.kb_id_ in placed or noun is None:
                continue
            titles = [t for t in self._titles(doc, noun.left_edge.i, noun.i + 1) if t.end == noun.i + 1]
            modifiers = {t.lower_ for t in doc[noun.left_edge.i:noun.i]}
            if not titles or modifiers & self.lex.skip:
                continue  # "X is a former director of ...": no role now
            title = titles[0]
            objects = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
                       for p in c.children if p.dep_ == "pobj"]
            named = [at[t.i] for p in objects for t in (p, *p.children)
                     if t.i in at and (t is p or t.dep_ in ("appos", "compound"))]
            body = next((b for b in named if b.label_ in BODY_TYPES), None)
            if body is None:
                continue
            predicate = self.lex.role_in(title.predicate, tuple(t.lower_ for t in doc[title.start:title.end]),
                                         body.kb_id_)
            if predicate == "leaderOf" and modifiers & self.lex.demote:
                predicate = "memberOf"  # "the deputy director"
            hits.append(RelationHit(person.kb_id_, predicate, body.kb_id_, verb.sent, 0.7, "copular-title"))
        return hits

    # -- chunks around a name ----------------------------------------------------------------
    def _chamber_roles(self, doc: Doc, actors: list[Span], at: dict[int, Span], explicit) -> list[RelationHit]:
        """A legislature's title before a name ("Sen. X", "Speaker Y", "GOP Sen. Z", "House
        Speaker W"): the role is held in the one chamber the article names by the title's words,
        besides any party named with it; with none named, in the chamber of a title only one
        legislature uses ("Rep." sits in the US House). A chamber named with the title is read as
        the body already ("House Minority Leader X")."""
        hits, held = [], {(h.subject, h.object) for h in explicit}
        last_words = {words[-1] for words in self.lex.chamber_titles}
        for person in (a for a in actors if a.label_ == "Person"):
            if person.start == 0 or doc[person.start - 1].lower_ not in last_words:
                continue  # (no chamber title right before the name: the common case, read no further)
            for start, end in self._left_chunks(doc, person, at)[:1]:
                titles = self._titles(doc, start, end)
                words = tuple(t.lower_ for t in doc[titles[-1].start:titles[-1].end]) if titles else ()
                if words not in self.lex.chamber_titles or titles[-1].end != end:
                    continue
                if {t.lower_ for t in doc[start:titles[-1].start]} & self.lex.skip:
                    continue  # "former Sen. X"
                names, default = self.lex.chamber_titles[words]
                chamber = self._chamber(actors, names)
                key = chamber.kb_id_ if chamber is not None else default
                if chamber is None and default is not None:  # "House Speaker X", "Rep. Y": the US House
                    named = next((t.text for t in doc[titles[-1].start:end] if t.lower_ in names), None)
                    self.lex.ensure_entity(doc, default, named)
                if key is not None and (person.kb_id_, key) not in held:
                    hits.append(RelationHit(person.kb_id_, titles[-1].predicate, key, person.sent,
                                            0.75 if chamber is not None else 0.65, "chamber-title"))
        return hits

    @staticmethod
    def _chamber(actors: list[Span], words: tuple[str, ...]) -> Span | None:
        """The one body the article names with the first of ``words`` that names any ("the
        House", "the U.S. Senate"); none when that word names two bodies."""
        for word in words:
            bodies = {a.kb_id_: a for a in actors if a.label_ == "Organisation" and word in a.text.lower().split()}
            if bodies:
                return next(iter(bodies.values())) if len(bodies) == 1 else None
        return None

    def _left_chunks(self, doc: Doc, person: Span, at: dict[int, Span]) -> list[tuple[int, int]]:
        """Comma-separated stretches of title-like tokens left of the name, nearest first."""
        chunks, end, i = [], person.start, person.start - 1
        sent_start = person.sent.start
        while i >= sent_start and person.start - i <= 3 * MAX_CHUNK:
            tok = doc[i]
            if tok.lower_ in (",", "and") and self._between_portfolios(doc, i):
                pass  # "work and pensions spokesman X", "Culture, Media and Sport Secretary X": one title
            elif tok.text == ",":
                if end - (i + 1) > 0:
                    chunks.append((i + 1, end))
                end = i
            elif tok.lower_ in self.lex.honorifics:
                if end == i + 1:
                    end = i  # "Sir Andrew Green": an honorific belongs to the name
            elif tok.text in POSSESSIVE | {"-"}:
                pass  # part of a title: "the US's chief negotiator", "Secretary-General", "ex-president"
            elif tok.text == ")" and i >= 2 and doc[i - 2].text == "(" and i - 1 in at:
                i -= 2  # "the African Union (AU) High Representative": the body's abbreviation
            elif i not in at and (tok.pos_ in STOP_POS or (tok.is_punct and tok.text not in POSSESSIVE)
                                  or "\n" in tok.text):
                break
            elif i not in at and tok.pos_ == "ADP" and tok.lower_ not in LINKING_PREPOSITIONS:
                break
            i -= 1
        if end - (i + 1) > 0:
            chunks.append((i + 1, end))
        # only the chunk touching the name (or its comma) and further ones that hold a title count
        kept = []
        for n, (s, e) in enumerate(chunks):
            if not self._titles(doc, s, e):
                break
            if n and any(at[i].label_ == "Person" for i in range(s, e) if i in at):
                break  # "a call with US Secretary of State X last Monday, Sudan's chairman Y": X's title
            if e < person.start and self._in_other_phrase(doc, person, s, e):
                break  # "his second term as US President, Tony Blair has said": not Blair's title
            first = s + 1 if doc[s].pos_ == "ADP" and s + 1 < e else s
            if n and doc[first].lower_ in self.lex.indefinite_members:
                break  # "According to a Taliban spokesman, the group's leader X": another person
            kept.append((s, e))
        return kept

    @staticmethod
    def _first_listed(doc: Doc, person: Span, people: list[Span]) -> Span:
        """The first name of the list of names ("A, B and C") that ``person`` ends or is in."""
        first = person
        while first.start >= 2 and doc[first.start - 1].lower_ in (",", "and"):
            before = next((p for p in people if p.end in (first.start - 1, first.start - 2)
                           and all(t.lower_ in (",", "and") for t in doc[p.end:first.start])), None)
            if before is None:
                break
            first = before
        return first

    @staticmethod
    def _listed_after(doc: Doc, first: Span, people: list[Span]) -> list[Span]:
        """``first`` and the names listed after it."""
        names = [first]
        while True:
            after = next((p for p in people if p.start in (names[-1].end + 1, names[-1].end + 2)
                          and all(t.lower_ in (",", "and") for t in doc[names[-1].end:p.start])), None)
            if after is None:
                return names
            names.append(after)

    def _shared_chunk(self, doc: Doc, person: Span, people: list[Span], at: dict[int, Span]) -> list[tuple[int, int]]:
        """The title of a list of names that a plural title opens ("co-leaders A and B",
        "representatives A, B and C"), for a name after the first."""
        first = self._first_listed(doc, person, people)
        if first is person or not doc[first.start - 1].lower_.endswith("s"):
            return []
        return [chunk for chunk in self._left_chunks(doc, first, at) if chunk[1] == first.start]

    def _respective_plural(self, doc: Doc, person: Span, chunk: tuple[int, int], people: list[Span],
                           at: dict[int, Span], explicit: list[RelationHit]) -> bool:
        """"the Congolese and Rwandan foreign ministers A and B": a plural title after several
        bodies gives the names their bodies in order; with as many names as bodies, each gets its
        own, otherwise none (True: the chunk is read)."""
        start, end = chunk
        first = self._first_listed(doc, person, people)
        if end != first.start or not doc[end - 1].lower_.endswith("s") or (doc[end - 1].lower_,) in self.lex.titles:
            return False
        while start >= 2 and doc[start - 1].lower_ in (",", "and") and start in at and start - 2 in at \
                and at[start - 2].label_ in BODY_TYPES:
            start = at[start - 2].start  # "Kenyan and [Ugandan ministers]": the bodies listed before
        bodies = list({at[i].kb_id_: at[i] for i in range(start, end) if i in at and at[i].label_ in BODY_TYPES}.values())
        if len(bodies) < 2:
            return False
        names = self._listed_after(doc, first, people)
        titles = self._titles(doc, start, end)
        if len(names) == len(bodies) and titles:
            words = self._singular(tuple(lowers_of(doc)[titles[-1].start:titles[-1].end]))
            body = bodies[[n.kb_id_ for n in names].index(person.kb_id_)]
            explicit.append(RelationHit(person.kb_id_, self.lex.role_in(self.lex.titles[words], words, body.kb_id_),
                                        body.kb_id_, person.sent, 0.7, "respective-officials"))
        return True

    @staticmethod
    def _in_other_phrase(doc: Doc, person: Span, start: int, end: int) -> bool:
        """Whether a title before a comma ends a prepositional phrase the name after the comma is
        not in apposition to: "begins his term as US President, Tony Blair has said"."""
        root = doc[start:end].root
        if root.dep_ != "pobj" or root.head.pos_ != "ADP":
            return False
        if person.root.dep_ == "appos" and start <= person.root.head.i < end:
            return False  # "according to the group's spokesman, X"
        return root.head.head != person.root.head  # (but "As US President, Obama signed")

    def _between_portfolios(self, doc: Doc, i: int) -> bool:
        return 0 < i < len(doc) - 1 and doc[i - 1].lower_ in self.lex.portfolios \
            and doc[i + 1].lower_ in self.lex.portfolios

    def _right_chunk(self, doc: Doc, person: Span, at: dict[int, Span]) -> tuple[int, int] | None:
        """"Name, <chunk>," — the apposition after a name, up to the next comma or verb."""
        i = person.end
        if i >= person.sent.end or doc[i].text != ",":
            return None
        start = i = i + 1
        while i < person.sent.end and i - start < MAX_CHUNK * 2:
            tok = doc[i]
            if i not in at and tok.text not in POSSESSIVE and (
                    tok.text in {",", ";", "(", ")"} or (tok.pos_ in STOP_POS and tok.dep_ != "amod")
                    or (tok.is_punct and tok.text != "-")):
                break  # (an adjectival participle stays: "Qatar's ruling emir")
            i += 1
        if any(at[j].label_ == "Person" for j in range(start, i) if j in at):
            return None  # "a call with Modi, US President Donald Trump said": the title is Trump's
        if i > start and i < len(doc) and doc[i].lemma_ in SPEECH_LEMMAS and person.root.dep_ in ("pobj", "dobj", "dative") \
                and not any(c.dep_ == "nsubj" and c.i != i - 1 for c in doc[i].children):
            return None  # "sanctions on Dodik, Germany's foreign minister said": the speaker, no apposition
        return (start, i) if i > start else None

    def _titles(self, doc: Doc, start: int, end: int) -> list[Title]:
        found, i, lowers = [], start, lowers_of(doc)
        while i < end:
            best = None
            for n in range(min(self.lex.max_title_len, end - i), 0, -1):
                words = tuple(lowers[i:i + n])
                if i + n == end:  # "co-leaders X and Y", "representatives X and Y"
                    words = self._singular(words)
                if words in self.lex.titles:
                    best = Title(i, i + n, self.lex.titles[words], words in self.lex.government_titles)
                    break
            if best:
                found.append(best)
                i = best.end
            else:
                i += 1
        return found

    # -- reading one chunk ---------------------------------------------------------------------
    def _read_chunk(self, doc, person, chunk, at, rule, explicit, pending) -> None:
        start, end = chunk
        titles = self._titles(doc, start, end)
        if not titles:
            return
        if rule == "title-before-name":
            title = titles[-1]
            if not title.government and len(titles) > 1 and titles[-2].end == title.start \
                    and titles[-2].government:  # "Foreign Minister Senator X": the office, not the form of address
                title = titles[-2]
        else:  # the head of the first run of titles: "deputy director" -> director
            title = titles[0]
            for following in titles[1:]:
                if following.start != title.end and not self._split_title(doc, title, following, at):
                    break
                title = following
        modifiers = {t.lower_ for t in doc[start:title.start]}
        skipping = modifiers & self.lex.skip - (KINSHIP_WORDS if rule == "title-before-name" else set())
        if skipping or self._removed(doc, start):
            return  # "former president X", "the coup that ousted elected president X" (but "the son of
            # President X": X is president)
        predicate = title.predicate
        if predicate == "leaderOf" and (modifiers & self.lex.demote or (
                rule == "apposition" and doc[start].lower_ in self.lex.indefinite_members)):
            predicate = "memberOf"  # "deputy leader", "X, a Houthi leader"
        body = self._anaphoric_owner(doc, start, title.start, at) or self._body_after(doc, title.end, end, at) \
            or self._body_before(doc, start, title.start, at)
        units = {t.lower_ for t in doc[start:title.start] if t.i not in at}
        if body is not None and body.end < len(doc) and body.end >= title.end:
            after = body.end + 1 if doc[body.end].text in POSSESSIVE_S and body.end + 1 < len(doc) else body.end
            units.add(doc[after].lower_)  # "head of the ELN delegation", "the head of Kenya's army"
            if body.root.dep_ in ("compound", "nmod", "amod") and body.root.head.i >= body.end:
                units.add(body.root.head.lower_)  # "head of the Houthi negotiation team"
        if predicate == "leaderOf" and units & self.lex.unit_nouns:
            predicate = "memberOf"  # "Pakistan's army chief": he heads a part of the state, not the state
        before = self._body_before(doc, start, title.start, at)
        if before is not None and body is not before and title.end < end \
                and doc[title.end].lower_ in ("for", "to", "in") and self._destination(doc, title):
            body = before  # "the U.N. envoy for Yemen", "a U.N. spokesman in Cyprus": the UN's
        if body is not None and body is before and self._destination(doc, title):
            body = self._sender_before(start, before, at)  # "UN Libya envoy X": the UN's
        named = self._department(doc, body, title.start) if body is not None else None
        if named is not None:  # "Armenia's foreign ministry spokesperson X": the ministry's
            department, surface = named
            self.lex.ensure_entity(doc, department, surface)
            explicit.append(RelationHit(person.kb_id_, predicate, department, person.sent, 0.8, rule + "-department"))
            return
        if body is None and start > 1 and doc[start - 1].lower_ == "and":  # "Qatar's Prime Minister and Foreign Minister, X"
            first, body = self._coordinated_title_body(doc, start - 1, at)
            if body is not None and first.predicate != predicate:  # the first title is X's too
                explicit.append(RelationHit(person.kb_id_, first.predicate, body.kb_id_, person.sent, 0.75,
                                            rule + "-coordinated"))
        if body is None and predicate == "leaderOf" and not title.government:
            body = self._possessed_body(doc, person, at)  # "opposition leader X" ... "Mr X's MDC": the party X
            # leads (not "President X" ... "X's party": a head of state's title names the state)
        devolved = next((self.lex.devolved[t.lower_] for t in doc[start:title.start] if t.lower_ in self.lex.devolved), None)
        if body is None and devolved is not None and title.government:
            self.lex.ensure_entity(doc, devolved)  # "Scottish Finance Minister X": the Scottish Executive's
            explicit.append(RelationHit(person.kb_id_, predicate, devolved, person.sent, 0.75, rule + "-devolved"))
            return
        if body is None:
            if any(t.ent_type_ in ("NORP", "GPE") and t.i not in at for t in doc[start:title.start]):
                return  # "Congolese President X": the title names a country we cannot resolve
            owned = any(doc[i].text in POSSESSIVE and i - 1 in at and at[i - 1].label_ == "Person"
                        for i in range(max(start, title.start - 3), title.start))  # "Aliyev's senior adviser X"
            if title.government or predicate == "spokespersonFor" or owned:
                pending.append((person, Title(title.start, title.end, predicate, title.government),
                                person.sent))
            return
        words = tuple(t.lower_ for t in doc[title.start:title.end])
        chamber = self.lex.chamber_titles.get(words, ((), None))[1]
        if body.label_ == "Country" and chamber is not None and self.lex.entries[chamber].country != body.kb_id_:
            self.lex.ensure_entity(doc, chamber)  # "X, a French MEP": a seat in the European Parliament
            explicit.append(RelationHit(person.kb_id_, predicate, chamber, person.sent, 0.75, rule + "-chamber"))
            return
        predicate = self.lex.role_in(predicate, words, body.kb_id_)
        if predicate == "leaderOf" and (body.label_ == "Country" or body.root.ent_type_ == "NORP") and any(
                t.lower_ in OPPOSITION_WORDS for t in doc[body.end:title.end]):
            return  # "Belarus opposition leader X", "Syrian rebel leader X": leads the state's opponents
        if predicate == "leaderOf" and any(t.lower_ in self.lex.delegation_nouns for t in doc[start:end]
                                           if t.i not in range(title.start, title.end)):
            predicate = "memberOf"  # "the head of Russia's delegation X" leads the delegation, serves the state
        if predicate == "leaderOf" and start <= body.start and any(
                t.lower_ in SUB_BODY_NOUNS for t in doc[body.end:title.start]):
            predicate = "memberOf"  # "Lib Dem constitutional affairs committee chairman X" chairs a committee
        owner = at.get(body.start - 2) if body.start > 1 and doc[body.start - 1].text in POSSESSIVE else None
        if owner is not None and body.end <= title.start and words in self.lex.destination_titles \
                and self._posted_to(owner, body, words):
            explicit.append(RelationHit(person.kb_id_, "memberOf", owner.kb_id_, person.sent, 0.8,
                                        rule + "-posted"))
            return
        explicit.append(RelationHit(person.kb_id_, predicate, body.kb_id_, person.sent, 0.85, rule))
        if owner is not None and owner.label_ == "Country" and owner.kb_id_ != body.kb_id_ \
                and predicate != "spokespersonFor":  # a spokesperson speaks for the body only
            # "the Secretary of Iran's Supreme National Security Council" also serves Iran
            explicit.append(RelationHit(person.kb_id_, "memberOf", owner.kb_id_, person.sent, 0.75,
                                        rule + "-owner"))

    def _singular(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """A plural title's singular, when only that is listed ("foreign ministers" -> "foreign minister")."""
        if words in self.lex.titles or len(words[-1]) <= 3 or not words[-1].endswith("s"):
            return words
        return words[:-1] + (words[-1][:-1],)

    def _split_title(self, doc: Doc, first: Title, second: Title, at: dict[int, Span]) -> bool:
        """A title with a body's name inside it: "the chief Houthi negotiator" is a chief negotiator."""
        lowers = lowers_of(doc)
        between = range(first.end, second.start)
        joined = tuple(lowers[first.start:first.end]) + tuple(lowers[second.start:second.end])
        return len(between) > 0 and all(i in at for i in between) and joined in self.lex.titles

    def _removed(self, doc: Doc, start: int) -> bool:
        """Whether a removal verb governs the title: "ousted (elected) president X"."""
        removal = self.lex.removal_verbs
        i = start - 1
        while i >= 0 and start - i <= 3 and doc[i].dep_ in ("amod", "advmod") and doc[i].lemma_ not in removal:
            i -= 1  # "elected", "democratically elected"
        return i >= 0 and doc[i].lemma_ in removal

    def _posted_to(self, owner: Span, body: Span, words: tuple[str, ...]) -> bool:
        """Whether "<owner>'s <body> <envoy title> X" names where X is sent, not whom X serves:
        "the UN's Libya envoy" (the UN's, sent to Libya), "Russia's U.N. Ambassador" (Russia's,
        posted to the UN; but "Peru's Foreign Ministry spokesman" speaks for the ministry)."""
        if owner.label_ == "Organisation" and body.label_ == "Country":
            return True
        entry = self.lex.entries.get(body.kb_id_)
        return owner.label_ == "Country" and body.label_ == "Organisation" and words[-1] not in SPEAKER_WORDS \
            and (entry is None or entry.country is None)

    @staticmethod
    def _anaphoric_owner(doc: Doc, start: int, stop: int, at: dict[int, Span]) -> Span | None:
        """"the group's top leader X", "the party's Treasury spokesman", "the kingdom's ambassador",
        "his party leader, X": the owner is the nearest body of that kind named before, in this
        sentence or the two before."""
        # "Its director general, X": the body named before ("its" opens the chunk or comes just before it)
        its = next((i for i in (start, start - 1) if i >= 0 and doc[i].lower_ == "its"), None)
        if its is not None and stop <= its + 1 + (its < start):
            first = _recent_sentences(doc, doc[its], 2)[0].start
            return next((at[j] for j in range(its - 1, first - 1, -1)
                         if j in at and at[j].label_ in BODY_TYPES), None)
        for i in range(start, max(stop, start + 1)):  # (the title may start with the noun: "party leader")
            kind = OWNER_NOUNS.get(doc[i].lower_)
            owned = i + 1 < stop and doc[i + 1].text in POSSESSIVE and i > 0 and doc[i - 1].lower_ in ("the", "its", "their")
            personal = i + 1 >= stop and i > 0 and doc[i - 1].lower_ in ("his", "her", "their")  # "His party leader, X"
            if kind and (owned or personal):
                first = _recent_sentences(doc, doc[i], 6 if personal else 3)[0].start  # (quotes come between)
                for j in range(i - 2, first - 1, -1):
                    if j in at and at[j].label_ == kind and at[j].end <= i - 1:
                        return at[j]
                return None
        return None

    def _coordinated_title_body(self, doc: Doc, conjunction: int, at: dict[int, Span]
                                ) -> tuple[Title | None, Span | None]:
        """The title coordinated before ``conjunction`` and its body ("Qatar's Prime Minister and
        [Foreign Minister], X"): both titles are the one person's, in the same body."""
        start = max(doc[conjunction].sent.start, conjunction - 8)
        titles = self._titles(doc, start, conjunction)
        if not titles or titles[-1].end != conjunction:
            return None, None
        return titles[-1], self._body_before(doc, start, titles[-1].start, at)

    @staticmethod
    def _possessed_body(doc: Doc, person: Span, at: dict[int, Span]) -> Span | None:
        """The one organisation the article names as the person's: "Mr Tsvangirai's Movement for
        Democratic Change", "Odinga's ODM"."""
        owned = {at[a.end + 1].kb_id_: at[a.end + 1] for a in doc.spans["sg_actors"]
                 if a.kb_id_ == person.kb_id_ and a.end + 1 < len(doc) and doc[a.end].text in POSSESSIVE
                 and a.end + 1 in at and at[a.end + 1].label_ == "Organisation"}
        return next(iter(owned.values())) if len(owned) == 1 else None

    def _department(self, doc, body: Span, stop: int) -> tuple[str, str] | None:
        """A country's body named by common nouns between the country and the title: "Armenia's
        foreign ministry spokesperson" -> the gazetteer's "Armenia's foreign ministry", if listed,
        with the words the text uses for it."""
        if body.label_ != "Country" or not body.end < stop <= body.end + 6:
            return None
        words = [t.text for t in doc[body.end:stop]]
        if words[0] in POSSESSIVE:
            words = words[1:]
        if not words or not all(w.isalpha() for w in words):
            return None
        forms = (f"{body.text}'s {' '.join(words)}", f"{body.text} {' '.join(words)}")
        for form in forms:
            hit = self.lex.surface.get(form)
            if hit is not None and self.lex.entries[hit[0]].type == "Organisation":
                return hit[0], doc[body.start:stop].text
        return None

    def _body_before(self, doc, start, stop, at) -> Span | None:
        """The body named before the title in the chunk: the rightmost actor there, unless it is
        a chamber after another body ("SNP Holyrood leader X": the SNP's)."""
        bodies = []
        for i in range(stop - 1, start - 1, -1):
            if doc[i].pos_ == "ADP" and i not in at:
                break  # "China's criticism of President X": China is not X's
            span = at.get(i)
            if span is not None and span.label_ in BODY_TYPES and span not in bodies:
                bodies.append(span)
        if len(bodies) > 1 and set(bodies[0].text.lower().split()) & self.lex.chamber_words and bodies[1].end == bodies[0].start:
            return bodies[1]
        return bodies[0] if bodies else None

    def _destination(self, doc: Doc, title: Title) -> bool:
        """An envoy's kind of title, held towards a place ("envoy for Yemen", "Libya envoy")."""
        return tuple(t.lower_ for t in doc[title.start:title.end]) in self.lex.destination_titles

    @staticmethod
    def _sender_before(start: int, destination: Span, at: dict[int, Span]) -> Span:
        """"UN Libya envoy X", "US Sudan envoy X": of two bodies right before an envoy's title, the
        country next to it is where the envoy is sent, the one before it who sends."""
        sender = at.get(destination.start - 1)
        if destination.label_ == "Country" and sender is not None and sender.start >= start \
                and sender.label_ in BODY_TYPES:
            return sender
        return destination

    def _body_after(self, doc, start, stop, at) -> Span | None:
        """"spokesman for the White House National Security Council": the head is the last of
        the adjacent actors after the preposition."""
        if start >= stop or doc[start].lower_ not in LINKING_PREPOSITIONS:
            return None
        i = start + 1
        while i < stop and i not in at and (doc[i].lower_ in ("the", "a", "an") or doc[i].is_lower) \
                and doc[i].pos_ != "ADP":  # not "official in charge of talks in Yemen's conflict"
            i += 1  # "director of civil rights group Liberty"
        body = None
        while i < stop and i in at:
            body = at[i]
            i = body.end
            if i + 1 < stop and doc[i].text in POSSESSIVE and i + 1 in at:
                i += 1  # "of Iran's Supreme National Security Council": the council
        if body is not None and body.root.dep_ in ("compound", "nmod") and body.root.head.i >= body.end \
                and body.root.head.lower_ in SUB_BODIES:
            return None  # "chairman of the Commons public accounts committee": the committee's
        return body if body is not None and body.label_ in BODY_TYPES else None

    # -- titles without a body ---------------------------------------------------------------
    def _named(self, actors: list[Span], key: str) -> bool:
        """Whether the article names the state ``key`` ("Britain", "the UK"), not only its
        adjective ("British law"): a title's state is stated only where the text names it."""
        return any(a.kb_id_ == key and self.lex.surface.get(a.text, (key, "name"))[1] != "demonym" for a in actors)

    def _resolve_pending(self, doc, pending, explicit, actors) -> list[RelationHit]:
        hits = []
        known = {(h.subject, h.predicate) for h in explicit if h.rule != "own-party"}  # (a party one leads is
        # no title of state: "President Yoon ... Yoon's People Power Party")
        used = {(h.object, h.sentence.start) for h in explicit}  # bodies of other people's titles
        countries = [a for a in actors if a.label_ == "Country"
                     and (a.kb_id_, a.sent.start) not in used]
        at = {i: a for a in actors for i in range(a.start, a.end)}
        governments = set(self.lex.devolved.values())
        devolved = next((a for a in actors if a.kb_id_ in governments), None)  # a devolved government named
        # heads of state first: "Aliyev's adviser X" needs Aliyev's own role, maybe resolved here
        order = sorted(pending, key=lambda p: p[1].predicate != "leaderOf")
        for person, title, sent in order:
            if (person.kb_id_, title.predicate) in known:
                continue
            owner = self._owning_leader(doc, title, at, explicit + hits)
            if owner is not None:  # "Ban's personal envoy X": X serves the body Ban heads
                predicate = "spokespersonFor" if title.predicate == "spokespersonFor" else "memberOf"
                hits.append(RelationHit(person.kb_id_, predicate, owner, sent, 0.65, "leader-possessive"))
                known.add((person.kb_id_, title.predicate))
                continue
            if title.predicate == "spokespersonFor" and self._possessor(doc, title, at) is None:
                body = self._speaking_body(doc, person, at)
                if body is not None:  # "Hamas said it accepted. Spokesman X said ...": Hamas's
                    hits.append(RelationHit(person.kb_id_, "spokespersonFor", body.kb_id_, sent, 0.55, "spoken-for"))
                    known.add((person.kb_id_, title.predicate))
                    continue
            if not title.government or self._possessor(doc, title, at) is not None:
                continue  # "Trump's envoy X" with no body of Trump's named: not the state in context
            after = title.end + 1 if title.end < len(doc) and doc[title.end].lower_ in LINKING_PREPOSITIONS else None
            if after is not None and doc[after].lower_ == "the":
                after += 1
            if after is not None and after in at and at[after].label_ == "Place":
                continue  # "envoy for the Western Sahara": sent there, not a member of the state in context
            words = tuple(t.lower_ for t in doc[title.start:title.end])
            national = self.lex.national_titles.get(words)
            if national is None:  # "Secretary of State X" in an article naming the US (and not Britain)
                shared = {a.kb_id_ for a in actors if a.label_ == "Country"} & set(self.lex.shared_titles.get(words, ()))
                national = shared.pop() if len(shared) == 1 else None
            if any(t.lower_ == "shadow" for t in doc[max(title.start - 3, sent.start):title.start]):
                continue  # "Shadow Europe minister X", "Shadow Foreign Secretary X": the opposition's, not the state's
            main = self._other_state(actors, countries, national) if national is not None else None
            if main is not None:  # "Foreign Secretary X" in an article on India that never names Britain: India's
                hits.append(RelationHit(person.kb_id_, title.predicate, main.kb_id_, sent, 0.6, "title-main-country"))
                known.add((person.kb_id_, title.predicate))
                continue
            if national is not None:  # "Foreign Secretary Jack Straw" serves Britain, if the article names it
                if self._named(actors, national):
                    hits.append(RelationHit(person.kb_id_, self.lex.role_in(title.predicate, words, national),
                                            national, sent, 0.7, "national-title"))  # (Britain's chancellor serves it)
                    known.add((person.kb_id_, title.predicate))
                continue
            home = self.lex.led_state(person.kb_id_) if title.predicate == "leaderOf" else None
            if home is not None:  # "President Biden" in an article on Iran: the US's, if the article names it
                state = next((a for a in actors if a.kb_id_ == home), None)
                if state is not None:
                    hits.append(RelationHit(person.kb_id_, "leaderOf", home, sent, 0.75, "known-leader"))
                    known.add((person.kb_id_, title.predicate))
                continue
            partner = self._coordinated_official(person, at, explicit + hits)
            if partner is not None:  # "President X and Vice President Y": Y serves X's state
                hits.append(RelationHit(person.kb_id_, title.predicate, partner, sent, 0.6, "coordinated-official"))
                known.add((person.kb_id_, title.predicate))
                continue
            candidates = countries
            if title.predicate == "leaderOf":  # "President X ... with Israeli PM Y": X is not Israel's leader too
                led = {h.object for h in explicit + hits if h.predicate == "leaderOf" and h.subject != person.kb_id_}
                candidates = [c for c in countries if c.kb_id_ not in led]
            words = tuple(t.lower_ for t in doc[title.start:title.end])
            if len(words) > 1:  # "foreign minister X" is not Norway's when "Norwegian Foreign Minister Y" is
                taken = self._post_holders(doc, words, at, person)
                candidates = [c for c in candidates if c.kb_id_ not in taken]
            counterparts = {c.kb_id_ for a in actors if a.label_ == "Country" and a.root.head.lemma_.lower() == "counterpart"
                            and (a.root.head.sent == sent or any(  # "with his Russian counterpart": not Russia's,
                                o.dep_ == "poss" and at.get(o.i) is not None and at[o.i].kb_id_ == person.kb_id_
                                for o in a.root.head.children))  # nor "Kuleba's Hungarian counterpart" Kuleba's
                            for c in candidates if c.kb_id_ == a.kb_id_}
            candidates = [c for c in candidates if c.kb_id_ not in counterparts]
            country, confidence = self._country_in_context(doc, person, candidates), 0.6
            if country is None and devolved is not None and title.predicate == "memberOf":
                country, confidence = devolved, 0.5  # "Culture Minister X" in an article on the Welsh Assembly Government
            if country is None:  # the article's own country: named in it, and named most
                country, confidence = self._main_country(candidates), 0.5
            if country is not None:
                predicate = self.lex.role_in(title.predicate, tuple(t.lower_ for t in doc[title.start:title.end]),
                                             country.kb_id_)
                hits.append(RelationHit(person.kb_id_, predicate, country.kb_id_, sent, confidence,
                                        "title-country-in-context"))
                known.add((person.kb_id_, title.predicate))
        return hits

    @staticmethod
    def _coordinated_official(person: Span, at: dict[int, Span], found: list[RelationHit]) -> str | None:
        """The state of the titled person ``person`` is joined to by "and" ("Nicaraguan President X
        and Vice President Y"), if that person holds a role in one state only."""
        root = person.root
        other = at.get(root.head.i) if root.dep_ == "conj" else None
        if other is None or other.label_ != "Person" or other.kb_id_ == person.kb_id_:
            return None
        states = {h.object for h in found if h.subject == other.kb_id_ and h.object.startswith("country/")
                  and h.predicate in ("leaderOf", "memberOf")}
        return states.pop() if len(states) == 1 else None

    @staticmethod
    def _speaking_body(doc: Doc, person: Span, at: dict[int, Span]) -> Span | None:
        """For a spokesperson the text gives no body: the body that spoke just before, the last
        organisation or state that is the subject of a verb of saying in the person's sentence or
        the two before it, if only one did."""
        sentences = sentences_of(doc)
        here = next((k for k, sent in enumerate(sentences) if sent.start <= person.start < sent.end), None)
        if here is None:
            return None
        speakers = {}
        for sent in sentences[max(0, here - 2):here + 1]:
            for token in sent:
                if token.i >= person.start:
                    break
                if token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_LEMMAS and token.i in at \
                        and at[token.i].label_ in BODY_TYPES:
                    speakers[at[token.i].kb_id_] = at[token.i]
        return next(iter(speakers.values())) if len(speakers) == 1 else None

    @staticmethod
    def _post_holders(doc: Doc, words: tuple[str, ...], at: dict[int, Span], person: Span) -> set[str]:
        """States whose post ``words`` (a multi-word title: "foreign minister") the article gives
        to someone else: "Norwegian Foreign Minister Jan Petersen", "Norway's foreign minister, Y"."""
        taken = set()
        n = len(words)
        for i in range(len(doc) - n):
            if doc[i].lower_ != words[0] or tuple(t.lower_ for t in doc[i:i + n]) != words:
                continue
            j = i + n + (doc[i + n].text == ",")
            holder = at.get(j)
            if holder is None or holder.label_ != "Person" or holder.kb_id_ == person.kb_id_:
                continue
            k = i - 1 - (i > 1 and doc[i - 1].text in POSSESSIVE)
            state = at.get(k)
            if state is not None and state.label_ == "Country":
                taken.add(state.kb_id_)
        return taken

    @classmethod
    def _owning_leader(cls, doc: Doc, title: Title, at: dict[int, Span], explicit) -> str | None:
        """The one body headed by the person whose title this is ("Ban's envoy", "Guterres's
        spokesman"), as the article states it."""
        owner = cls._possessor(doc, title, at)
        if owner is None:
            return None
        led = {h.object for h in explicit if h.subject == owner.kb_id_ and h.predicate == "leaderOf"}
        return led.pop() if len(led) == 1 else None

    @staticmethod
    def _possessor(doc: Doc, title: Title, at: dict[int, Span]) -> Span | None:
        """The person whose title this is: "Ban's envoy", "Guterres's senior adviser"."""
        for i in range(title.start - 1, max(-1, title.start - 4), -1):
            if doc[i].text in POSSESSIVE and i - 1 in at and at[i - 1].label_ == "Person":
                return at[i - 1]
            if doc[i].pos_ not in ("ADJ", "NOUN") or (i in at):
                return None
        return None

    @staticmethod
    def _located(span: Span) -> bool:
        """"talks held in Barbados", "at the summit in South Africa": the country as a venue."""
        doc = span.doc
        i = span.start - 1
        if i >= 1 and doc[i].text == "," and doc[i - 1].ent_type_ in ("GPE", "LOC", "FAC"):
            return True  # "in the city of Havana, Cuba"
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        return i >= 0 and doc[i].lower_ in VENUE_PREPOSITIONS

    @classmethod
    def _other_state(cls, actors: list[Span], countries: list[Span], national: str) -> Span | None:
        """The state an article is about (named at least three times) when it never names the one
        a national title belongs to: India in an article with India's "Foreign Secretary"."""
        if any(a.kb_id_ == national for a in actors):
            return None
        return cls._main_country(countries, at_least=3)

    @classmethod
    def _main_country(cls, countries: list[Span], at_least: int = 2) -> Span | None:
        """The country an article names most often, not counting its mentions as a venue ("in
        Barbados"), if one is named at least twice (or ``at_least`` times) and more than any other."""
        counts = Counter(c.kb_id_ for c in countries if not cls._located(c)).most_common(2)
        if not counts or counts[0][1] < at_least or (len(counts) > 1 and counts[1][1] == counts[0][1]):
            return None
        return next(c for c in countries if c.kb_id_ == counts[0][0])

    def _country_in_context(self, doc: Doc, person: Span, countries: list[Span]) -> Span | None:
        """The country nearest the person in the sentence, else the last one earlier in the
        paragraph (a line: news paragraphs are often single lines)."""
        sent = person.sent
        others = [a.start for a in doc.spans["sg_actors"] if a.label_ == "Person" and a.kb_id_ != person.kb_id_
                  and sent.start <= a.start < sent.end]
        # a country beyond another person's name is that person's: "Prime Minister A and
        # President B of Azerbaijan", "Congolese President A and Rwandan President B ... Qatar"
        kind_at = {i: a.label_ for a in doc.spans["sg_actors"] for i in range(a.start, a.end)}

        def owns_a_name(c: Span) -> bool:  # "Kenya's Ruto": Ruto's country, not another's
            return c.end + 1 < len(doc) and doc[c.end].text in POSSESSIVE and doc[c.end + 1].pos_ == "PROPN" \
                and kind_at.get(c.end + 1, "Person") == "Person"

        def describes_an_actor(c: Span) -> bool:  # "the Afghan Taliban": a group's origin, not a state in play
            return c.root.dep_ in ("amod", "compound") and kind_at.get(c.root.head.i) == "Organisation"

        def owned_by_a_name(c: Span) -> bool:  # "Hitler's Germany", "Putin's Russia": a description
            return c.start > 1 and doc[c.start - 1].text in POSSESSIVE and kind_at.get(c.start - 2) == "Person"
        named = person.root
        while named.dep_ in ("conj", "appos") and named.head != named:  # "Deputy PM and Foreign Minister X"
            named = named.head
        verb = named.head if named.dep_ in ("nsubj", "nsubjpass") else None

        def acted_on(c: Span) -> bool:  # "Foreign Minister X challenged India", "... called on Kenya": another state
            head = c.root.head
            if verb is not None and (c.root.dep_ == "dobj" and head == verb or c.root.dep_ == "pobj"
                                     and head.dep_ == "prep" and head.head == verb):
                return True
            token = c.root  # "... criticized China's repeated interference": the owner of what is acted on
            while token.dep_ in ("poss", "compound", "amod") and token.head != token:
                token = token.head
            return verb is not None and token != c.root and token.dep_ == "dobj" and token.head == verb \
                and verb.lemma_ in self.criticising

        def dealt_with(c: Span) -> bool:  # "engaged with senior officials from Pakistan", "spoke to the ministers of India"
            head = c.root
            for _ in range(5):
                if head.head == head or head.pos_ in ("VERB", "AUX") or person.start <= head.i < person.end:
                    return False
                head = head.head
                if head.dep_ == "prep" and head.lower_ in ("with", "to", "against") and not person.start <= head.head.i < person.end:
                    return True
            return False

        def across_the_table(c: Span) -> bool:  # "Ghana and Italy held talks with President X": X is not theirs
            head, met = person.root, False
            for _ in range(6):
                if head.head == head or head.pos_ in ("VERB", "AUX"):
                    break
                met = met or (head.dep_ == "prep" and head.lower_ in ("with", "against"))
                head = head.head
            first = first_conjunct(c.root)
            return met and head.pos_ in ("VERB", "AUX") and first.dep_ in ("nsubj", "nsubjpass") and first.head == head

        def aims_at_the_person(c: Span) -> bool:  # "China's criticism of President Lai", "Kenya's talks with President X"
            noun = c.root.head
            return c.root.dep_ == "poss" and noun.pos_ == "NOUN" and any(
                p.dep_ == "prep" and p.lower_ in AIMED_PREPOSITIONS and p.i < person.start < p.right_edge.i + 1
                for p in noun.children)

        def agent_of_passive(c: Span) -> bool:  # "a move criticised by Washington": an onlooker
            return c.root.dep_ == "pobj" and c.root.head.dep_ == "agent" and not person.start <= c.root.head.head.i < person.end

        def titles_another(c: Span) -> bool:  # "a meeting with the U.S. envoy", "a Pakistani official"
            head = c.root.head
            if c.root.dep_ == "pobj" and head.lower_ in ("from", "of") and head.dep_ == "prep":
                head = head.head  # "envoys from the United States, France and Italy"
            elif c.root.dep_ == "conj":
                first = first_conjunct(c.root)
                if first.dep_ == "pobj" and first.head.lower_ in ("from", "of"):
                    head = first.head.head
                else:
                    return False
            elif c.root.dep_ not in ("amod", "compound"):
                return False
            return ((head.lemma_.lower(),) in self.lex.titles or (head.lower_,) in self.lex.titles) \
                and not person.start <= head.head.i < person.end and not person.start <= head.i < person.end

        speaking = inside_quotes(sent, person.start)
        in_sentence = [c for c in countries if sent.start <= c.start < sent.end and not RoleExtractor._located(c)
                       and not owns_a_name(c) and not describes_an_actor(c) and not owned_by_a_name(c)
                       and not acted_on(c) and not titles_another(c) and not dealt_with(c) and not agent_of_passive(c)
                       and not across_the_table(c) and not aims_at_the_person(c)
                       and inside_quotes(sent, c.start) == speaking  # '"for Afghan peace," Minister X said'
                       and not any(min(c.start, person.start) < o < max(c.start, person.start) for o in others)]
        if in_sentence:
            return min(in_sentence, key=lambda c: abs(c.start - person.start))
        before = [c for c in countries if c.end <= sent.start
                  and "\n" not in doc[c.end - 1].whitespace_ + doc[c.end:sent.start].text_with_ws]  # (Doc.text is slow)
        return before[-1] if before else None


def _phrase_at(doc: Doc, start: int, phrases, longest: int) -> tuple[str, ...] | None:
    """The longest of ``phrases`` (lowercase word tuples) that starts at token ``start``."""
    lowers = lowers_of(doc)
    return next((w for k in range(longest, 0, -1)
                 if (w := tuple(lowers[start:start + k])) in phrases), None)


def _named_beside(doc: Doc, after: int, at: dict[int, Span]) -> bool:
    """Whether a name or an owner follows a title at ``after``: "the president of X", "the prime
    minister, X", "the President's", "the home secretary John Reid"."""
    return after < len(doc) and (after in at or doc[after].text in POSSESSIVE or doc[after].lower_ == "of"
                                 or doc[after].text == "," or doc[after].pos_ == "PROPN")


def _recent_sentences(doc: Doc, token, n: int) -> list[Span]:
    """The sentence of ``token`` and the ``n - 1`` before it."""
    return [s for s in sentences_of(doc) if s.end <= token.sent.end][-n:]


@Language.factory("sg_roles", default_config={})
def make_role_extractor(nlp: Language, name: str):
    extractor = RoleExtractor(load_lexicon())

    def sg_roles(doc: Doc) -> Doc:
        doc._.sg_relations = extractor(doc)
        return doc

    return sg_roles
