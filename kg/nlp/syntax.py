"""Who a token stands for: actor mentions, coordination, modifiers and simple coreference.

Shared by the relation and stance components. Works on the dependency parse of the trained model
and on ``doc.spans["sg_actors"]``:

* a token inside a mention is that mention's actor; coordination ("Egypt, Qatar and the US")
  gives each conjunct;
* a common noun stands for the actors that modify it: "Egyptian and Qatari mediators",
  "mediators from Egypt", "Hamas's representatives", "the Israeli-announced assault";
* pronouns and group nouns ("he", "they", "the group", "the movement") take the nearest earlier
  actor of a fitting type in the same or the previous paragraph;
* "we"/"I" inside a quotation stand for the quotation's speaker.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.nlp.lexicon import Lexicon, load_roles

# the possessive clitic, also as typed with an acute accent, a grave accent or an opening quote
# ("Mexico´s Foreign Minister"); the pipeline splits these off and reads them as "'s"
POSSESSIVE_S = frozenset({"'s", "’s", "´s", "`s", "‘s"})
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
FEMININE_PRONOUNS = {"she", "her", "hers"}
HONORIFIC_GENDERS = {"Mr": "m", "Ms": "f", "Mrs": "f", "Miss": "f"}
GROUP_PRONOUNS = {"they", "them", "their", "it", "its"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
SHARED_SUBJECT_PREPOSITIONS = {"after", "before", "while", "by", "since", "upon", "without", "when", "on"}
SPEECH_LEMMAS = {"say", "tell", "add", "state", "insist", "warn", "argue", "stress"}
PLURAL_PRONOUNS = {"they", "them", "their"}
QUOTES = {"\"", "\u201c", "\u201d", "'", "\u2018"}  # a sentence opening with one is a quotation
ARGUMENT_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr"}
GOVERNING_NOUNS = {"government", "administration", "regime", "state"}
NON_STATE_WORDS = {"gang", "rebel", "militia", "opposition", "guerrilla", "insurgent", "protest", "cartel",
                   "separatist", "jihadist", "dissident", "student", "exile"}  # "a Haitian gang leader": not the state
ARMED_FOES = {"rebel", "insurgent", "separatist", "guerrilla", "gang", "jihadist"}  # "Burundian rebels": not Burundi
INDEPENDENT_BODY_NOUNS = {"opposition", "court", "judge", "tribunal", "prosecutor", "lawmaker", "legislator"}
# "the Italian opposition", "an Italian court", "Peruvian lawmakers": not the state's government
HOMELAND_NOUNS = {"country", "nation", "homeland", "motherland", "fatherland"}
RIVAL_NOUNS = {"rivals", "foes", "factions", "belligerents", "adversaries"}  # "Honduran foes": within a state
VENUES = {"in", "at", "inside", "within", "across", "throughout"}
NAMED_BODY_HEADS = GOVERNING_NOUNS | {"group", "movement", "militia", "forces", "party", "coalition", "alliance",
                                      "faction"}  # "Afghanistan's Taliban regime": the named body, not the state
ARMED_NOUNS = {"forces", "troops", "fighters", "army", "militia", "militias", "soldiers", "loyalists", "men"}
RAISING_PASSIVES = {"set", "expect", "schedule", "due", "poise", "suppose", "slate", "say", "report", "believe"}
DATELINE_DASHES = {"-", "--", "—", "–", ":"}
PAIR_NOUNS = {"countries", "sides", "nations", "parties", "neighbours", "neighbors", "rivals", "governments", "states"}
STATE_PAIR_NOUNS = {"countries", "nations", "governments", "states"}  # "the two countries" are states
LEADER_NOUNS = {"president", "leader", "premier", "king", "emir", "chancellor"}  # "Senegal's president"
GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6}  # "the three states": the last list of three


@dataclass(frozen=True)
class ReferenceWords:
    """The word lists an :class:`ActorIndex` resolves references with (``data/triggers.json``
    and the gazetteer's plural demonyms), built once per pipeline by :func:`reference_words`."""

    group_anaphors: dict[tuple[str, ...], str] = field(default_factory=dict)
    group_nouns: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    people_words: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()  # "Indian media claims": the press, not the state
    authored_nouns: frozenset[str] = frozenset()  # "a report by X says": X


def tokens_of(doc: Doc) -> list[Token]:
    """The doc's tokens, made once per doc and shared by the components' rules: each
    ``for token in doc`` builds a new Python object per token, and our rules walk every doc
    several times."""
    tokens = doc.user_data.get("sg_tokens")
    if tokens is None or len(tokens) != len(doc):
        tokens = doc.user_data["sg_tokens"] = list(doc)
    return tokens


def lowers_of(doc: Doc) -> list[str]:
    """The doc's lowercase words, made once per doc for the lexicon look-ups that slide over
    every position (slicing the doc builds a Span and its Tokens on each try)."""
    lowers = doc.user_data.get("sg_lowers")
    if lowers is None or len(lowers) != len(doc):
        lowers = doc.user_data["sg_lowers"] = [t.lower_ for t in tokens_of(doc)]
    return lowers


def text_of(doc: Doc) -> str:
    """The doc's text, joined once per doc (``Doc.text`` builds and joins every token again on
    each call). Our steps after the tokenizer never change the text, only how it is split."""
    text = doc.user_data.get("sg_text")
    if text is None:
        text = doc.user_data["sg_text"] = doc.text
    return text


def sentences_of(doc: Doc) -> list[Span]:
    """The doc's sentences, made once per doc from the shared tokens (``doc.sents`` builds every
    token again on each call, and each component's index walks them)."""
    cached = doc.user_data.get("sg_sentences")
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    starts = [t.i for t in tokens_of(doc) if t.i == 0 or t.is_sent_start]
    sentences = [doc[a:b] for a, b in zip(starts, starts[1:] + [len(doc)])] if len(doc) else []
    doc.user_data["sg_sentences"] = (len(doc), sentences)
    return sentences


def reference_words(triggers: dict, lexicon: Lexicon) -> ReferenceWords:
    return ReferenceWords(
        group_anaphors={tuple(phrase.split()): kind for kind, phrases in triggers["group_anaphors"].items()
                        for phrase in phrases},
        group_nouns=frozenset(triggers["group_nouns"]),
        person_nouns=frozenset(triggers["person_nouns"]),
        people_words=lexicon.people_words,
        media_nouns=frozenset(triggers.get("media_nouns", ())),
        authored_nouns=frozenset(triggers.get("authored_nouns", ())))


ROLE_PREDICATES = {"leaderOf", "memberOf", "spokespersonFor"}
_MODIFIERS = load_roles()["modifiers"]
TITLE_QUALIFIERS = frozenset(_MODIFIERS["demote"]) | frozenset(_MODIFIERS["skip"])  # "shadow", "former"
LEADING_PARTICIPLES = {"lead", "head", "spearhead"}  # "countries, led by Germany, ...": Germany too
ACCOMPANYING = {"along", "together", "alongside"}  # "along with X", "together with X", "alongside X"
BACKING_PARTICIPLES = {"back", "support", "fund", "finance", "arm", "equip"}


class ActorIndex:
    def __init__(self, doc: Doc, words: "ReferenceWords | None" = None):
        self.doc = doc
        words = words or ReferenceWords()
        self._finding_speaker = False
        self._token_starts: list[int] | None = None
        self.text = text_of(doc)
        self.person_nouns = words.person_nouns  # "the archbishop" -> the person named before
        self.people_words = words.people_words
        self.media_nouns = words.media_nouns
        self.authored_nouns = words.authored_nouns
        self.group_nouns = words.group_nouns  # "the leaders of Serbia and Kosovo"
        self.actors = list(doc.spans["sg_actors"])
        self.at = {i: span for span in self.actors for i in range(span.start, span.end)}
        self.sentence_of = [0] * len(doc)  # token index -> index of its sentence's first token
        self._sentences: dict[int, Span] = {}  # first token -> the sentence
        for sent in sentences_of(doc):
            self.sentence_of[sent.start:sent.end] = [sent.start] * len(sent)
            self._sentences[sent.start] = sent
        self.group_anaphors = words.group_anaphors  # ("the", "group") -> "Organisation"
        self._datelines: dict[int, int] = {}  # sentence start -> end of its dateline
        self._quotations: dict[int, list[Span]] = {}  # sentence start -> where its quotation opens and closes
        self._genders: dict[str, str] | None = None  # person key -> "m"/"f", from "Mr X"/"Ms X" (on demand)
        self._speakers: dict[tuple[int, bool], Span | None] = {}  # (sentence start, "we"/"I"?) -> speaker

    # -- the actors a token stands for ------------------------------------------------------
    def is_people(self, span: Span) -> bool:
        """"Palestinians", "Israelis": the people, not the state, when they are an argument."""
        return span.text in self.people_words

    def actors_of(self, token: Token, coordinated: bool = True) -> list[Span]:
        found: list[Span] = []
        for tok in self._conjuncts(token) if coordinated else [token]:
            found.extend(self._direct(tok) or self._modifiers(tok))
            if coordinated and tok.i in self.at:  # "Russian and [Ukrainian authorities]": both states
                found.extend(a for c in tok.children if c.dep_ in ("amod", "compound") and c.i < self.at[tok.i].start
                             and any(g.dep_ == "conj" and g.i in self.at and self.at[g.i] is self.at[tok.i] for g in c.children)
                             for a in self._direct(c))
        unique: dict[str, Span] = {}
        for span in found:
            unique.setdefault(span.kb_id_, span)
        return list(unique.values())

    @staticmethod
    def _clause_subject(token: Token) -> Token | None:
        """The noun subject before ``token`` of the clause it is in: a possessive "its" is bound
        by it ("the government maintains its commitment")."""
        verb = token.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            or _run_on_subject(verb)
        if subject is None or subject.i > token.i or subject.pos_ == "PRON" or subject.lower_ in GROUP_PRONOUNS:
            return None
        return subject

    def _conjuncts(self, token: Token) -> list[Token]:
        out, todo = [], [token]
        while todo:
            tok = todo.pop()
            tok = self._name_of_title(tok) or tok
            out.append(tok)
            todo.extend(c for c in tok.children if c.dep_ == "conj")
            # an apposition that names an actor ("the group Hamas"); a description ("the UK's
            # highest court", "a Home Office spokesman") adds no actor of its own
            todo.extend(c for c in tok.children if c.dep_ == "appos" and c.i in self.at and not (
                tok.i in self.at and self.at[tok.i].label_ == "Person" and self.at[c.i].label_ != "Person"))
            # (not "Ted Cruz, a Texas Republican": the party is what he is, not a second actor)
        return closed_list(out)

    def _name_of_title(self, token: Token) -> Token | None:
        """The person a title names when the parser hung the name on the title's "of" phrase:
        "opposed the leader of his party, Eric Ciotti" (the apposition on "party")."""
        if token.lower_ not in self.person_nouns or token.i in self.at:
            return None
        return next((name for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for owner in prep.children if owner.dep_ == "pobj" and owner.lower_ not in self.person_nouns
                     and not (owner.i in self.at and self.at[owner.i].label_ == "Person")
                     for name in owner.children if name.dep_ == "appos" and name.i in self.at
                     and self.at[name.i].label_ == "Person"), None)

    def _direct(self, token: Token) -> list[Span]:
        if token.i in self.at:
            return [self.at[token.i]]
        one_of = _one_of(token)
        if one_of is not None:  # "Norway is one of the countries that facilitated the talks": Norway
            return self.actors_of(one_of)
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            return self._antecedent(token, {"Person"})
        if lower in GROUP_PRONOUNS:
            bound = self._clause_subject(token) if lower in ("its", "their") and token.dep_ == "poss" else None
            if bound is not None:  # "the government maintains its commitment": the government's
                bound_to = self.actors_of(bound) if lower == "their" else self._direct(bound)  # "A and B ... their"
                return [a for a in bound_to if a.label_ in ("Organisation", "Country")]
            return self._antecedent(token, {"Organisation", "Country"})
        if lower in FIRST_PERSON:
            speaker = self.quote_speaker(token)
            return [speaker] if speaker is not None else []
        if lower in PAIR_NOUNS and any(c.lower_ in ("both", "two") for c in token.children):
            return self._last_two(token)  # "both countries", "the two sides"
        if lower == "both" and token.dep_ in ("nsubj", "nsubjpass"):
            return self._last_coordinated_pair(token)  # "candidates A and B, but ... both would back X"
        counted = next((GROUP_SIZES[c.lower_] for c in token.children if c.lower_ in GROUP_SIZES), None) \
            if lower in PAIR_NOUNS else None
        if counted is not None and any(c.lower_ in ("the", "these", "those") for c in token.children):
            return self._last_group(token, counted)  # "Niger, Mali and Burkina Faso ... the three states"
        named_next = self.at.get(token.i + 1)
        if lower in self.person_nouns and named_next is not None and named_next.label_ == "Person" \
                and named_next.start == token.i + 1:
            return [named_next]  # "lambasted Sudan's army chief Abdel Fattah al-Burhan", the name misparsed
        owner = next((c for c in token.children if c.dep_ == "poss" and c.i in self.at
                      and self.at[c.i].label_ == "Country"), None) if lower in LEADER_NOUNS else None
        if owner is not None and not any(c.dep_ == "appos" for c in token.children):
            serving = {h.subject for h in self.doc._.sg_relations or ()
                       if h.predicate == "leaderOf" and h.object == self.at[owner.i].kb_id_}
            people = [s for s in self.actors if s.kb_id_ in serving]
            if len({s.kb_id_ for s in people}) == 1:
                return people[:1]  # "Senegal's president": the one the article makes Senegal's leader
        if lower in self.person_nouns and any(c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ == "appos" for c in token.children):  # "the chairman, Sir X," names X
            titled = self._titled(token)
            if titled:  # "Chancellor Gordon Brown ... the chancellor": the person who bears the title
                return titled
            states = {a.kb_id_ for c in token.children if c.dep_ in ("amod", "compound", "poss")
                      for a in self._direct(c) if a.label_ in ("Country", "Organisation")}
            if states:  # "the Armenian leader": the person the article gives a role in Armenia
                serving = {h.subject for h in self.doc._.sg_relations or ()
                           if h.predicate in ROLE_PREDICATES and h.object in states}
                people = [s for s in self.actors if s.kb_id_ in serving and s.end <= token.i]
                if people:
                    return people[-1:]
                elsewhere = {h.subject for h in self.doc._.sg_relations or ()
                             if h.predicate in ROLE_PREDICATES and h.object not in states}
                return self._antecedent(token, {"Person"}, exclude=elsewhere)  # "the Lib Dem leader": not the home secretary
            return self._antecedent(token, {"Person"})
        phrase = tuple(t.lower_ for t in self.doc[max(token.i - 1, 0):token.i + 1])
        if phrase == ("the", "government"):
            named = [s for s in self.actors if s.label_ == "Country" and ("government" in s.text.lower() or (
                s.end + 1 < len(self.doc) and self.doc[s.end].text in POSSESSIVE_S | {"'"}
                and self.doc[s.end + 1].lower_ == "government"))]  # "Sri Lanka's government is keen"
            before = [s for s in named if s.end <= token.i]
            led = self._last_led_government(token)
            if led is not None and (not before or led[0] > before[-1].start):
                return [led[1]]  # "the federal government led by Prime Minister Abiy Ahmed ... the government"
            if before:  # the article speaks of "the Philippine government": the last one before,
                return before[-1:]  # else the next one, unless only other states were named first
            following = min(named, key=lambda s: s.start - token.i) if named else None
            earlier = {s.kb_id_ for s in self.actors if s.label_ == "Country" and s.end <= token.i
                       and s.root.pos_ == "PROPN"}  # ("Mozambique's President", not "Malaysian")
            if following is not None and (not earlier or following.kb_id_ in earlier):
                return [following]
        named = self._named_by_head(token)
        if named:  # "the Refugee Council ... the council", "Hereford Hospital ... the hospital"
            return named
        if self.group_anaphors.get(("the", lower)) == "Organisation" and any(c.lower_ == "the" for c in token.children):
            origin = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i in self.at
                      and self.at[c.i].label_ == "Country" and c.i == token.i - 1]
            if origin:  # "the Afghan group": the group named before, not Afghanistan
                return self._antecedent(token, {"Organisation"}) or [self.at[origin[0].i]]
        if phrase in self.group_anaphors:
            governing = phrase[-1] in GOVERNING_NOUNS  # "keeping troops in Iraq ... the government": not Iraq's
            return self._antecedent(token, {self.group_anaphors[phrase]}, skip_venues=governing)
        return []

    def _last_led_government(self, token: Token) -> tuple[int, Span] | None:
        """The last government before ``token`` that the article names by who leads it ("the
        federal government led by Prime Minister Abiy Ahmed", "the Abiy government"): where it
        stands, and the state its leader leads."""
        for noun in reversed(tokens_of(self.doc)[:token.i]):
            if noun.lower_ not in ("government", "administration") or noun.i in self.at:
                continue
            leaders = [p for c in noun.children if c.dep_ in ("poss", "compound") for p in self._direct(c)] + [
                p for c in noun.children if c.dep_ == "acl" and c.lemma_ == "lead"
                for g in c.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
                for p in self.actors_of(o)]
            for person in (p for p in leaders if p.label_ == "Person"):
                body = self._led_body(person)
                if body is not person and body.label_ == "Country":
                    return noun.i, body
        return None

    def _named_by_head(self, noun: Token) -> list[Span]:
        """"the council", "the hospital", "the health board": the nearest organisation named
        before whose name has that noun (and the noun's own modifiers) as words ("the Refugee
        Council", "Hereford Hospital", "Powys Health Board"), as a head-matching coreference
        sieve does. Not for a plural ("the councils") or a noun with a modifier the name lacks."""
        if noun.tag_ != "NN" or noun.lower_ in GOVERNING_NOUNS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        words = {noun.lower_} | {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
        for span in reversed(self.actors):
            if span.end <= noun.i and span.label_ == "Organisation" and len(span) > 1 and (
                    words <= {t.lower_ for t in span if t.text[:1].isupper()}
                    or (span[-1].lower_ == noun.lower_ and words <= {t.lower_ for t in span})):
                return [span]  # (or a name ending in the noun: "Sudan's army" ... "the army")
        return []

    def _titled(self, noun: Token) -> list[Span]:
        """The person the article names right after the same title ("Chancellor Gordon Brown",
        "Home Secretary X" for "the chancellor", "the home secretary"): the last one before
        ``noun``, else the first after; nobody when two people bear it."""
        words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i] + [noun.lower_]
        bearers = [s for s in self.actors if s.label_ == "Person" and s.start >= len(words)
                   and [t.lower_ for t in self.doc[s.start - len(words):s.start]] == words
                   and (s.start == len(words)  # (the article's first words: "Home Secretary X was ...")
                        or self.doc[s.start - len(words) - 1].lower_ not in TITLE_QUALIFIERS)]  # not "shadow chancellor X"
        if len({s.kb_id_ for s in bearers}) != 1:
            return []
        before = [s for s in bearers if s.end <= noun.i]
        return (before or bearers)[-1:]

    def _modifiers(self, token: Token) -> list[Span]:
        """Actors modifying a common noun: amod/compound/poss children and "from X"."""
        if token.pos_ not in ("NOUN", "PROPN") and token.dep_ not in ARGUMENT_DEPS:
            return []  # (a headline's "moves" may be tagged VERB while parsed as an object)
        if token.lower_ in RIVAL_NOUNS:
            return []  # "Honduran foes", "Lebanon's rival factions": sides within the state, not the state
        found = []
        for child in token.children:
            if child.dep_ in MODIFIER_DEPS and child.lower_ in self.media_nouns:
                continue  # "Indian media claims", "state media reports": the press speaks, not the state
            if child.dep_ == "poss" and child.lower_ in PERSON_PRONOUNS and token.lower_ in HOMELAND_NOUNS:
                continue  # "to attack his country": the person's state, not the person
            if (child.dep_ == "poss" and token.lower_ in ARMED_NOUNS) or (
                    child.dep_ in ("poss", "compound") and token.lower_ in GOVERNING_NOUNS):
                # "Haftar's forces": his army; "the Abiy government", "the Biden administration": the state
                found.extend(self._led_body(a) for a in self.actors_of(child))
            elif child.dep_ in MODIFIER_DEPS:
                found.extend(self.actors_of(child))
                if child.pos_ in ("VERB", "ADJ") and child.lemma_ not in BACKING_PARTICIPLES:
                    # "the Israeli-announced assault"; but "Rwanda-backed rebels" are not Rwanda
                    found.extend(a for g in child.children if g.dep_ in ("npadvmod", "compound")
                                 for a in self.actors_of(g))
            elif child.dep_ == "prep" and (child.lower_ == "from" or (
                    child.lower_ in ("of", "for") and token.lower_ in self.group_nouns) or (  # "representatives for X"
                    child.lower_ == "by" and token.lemma_.lower() in self.authored_nouns)):  # "a report by X"
                found.extend(a for c in child.children if c.dep_ == "pobj" for a in self.actors_of(c))
        if token.lemma_.lower() in ARMED_FOES | INDEPENDENT_BODY_NOUNS or any(
                c.dep_ in ("compound", "amod") and c.lower_ in NON_STATE_WORDS for c in token.children):
            found = [a for a in found if a.label_ != "Country"]  # "Burundian rebels", "an Italian court", "a Haitian gang leader"
        named_body = any(c.dep_ in ("compound", "nmod") and c.i in self.at and self.at[c.i].label_ == "Organisation"
                         for c in token.children)
        if named_body and token.lemma_.lower() in NAMED_BODY_HEADS:
            # "Afghanistan's Taliban regime": the regime is the Taliban; the state only places it
            found = [a for a in found if a.label_ != "Country"]
        return found

    def _led_body(self, actor: Span) -> Span:
        """The one body a person leads, as the article states it, else the person."""
        if actor.label_ != "Person":
            return actor
        led = {h.object for h in self.doc._.sg_relations or ()
               if h.subject == actor.kb_id_ and h.predicate == "leaderOf"}
        body = next((s for s in self.actors if s.kb_id_ in led), None) if len(led) == 1 else None
        return body if body is not None else actor

    def _last_two(self, token: Token) -> list[Span]:
        """The last two distinct states or organisations named before ``token`` (states only for
        "the two countries"); a pair named together ("Indonesia and Singapore condemned ...")
        before any other pair."""
        types = {"Country"} if token.lower_ in STATE_PAIR_NOUNS else {"Country", "Organisation"}
        if token.lower_ in ("sides", "parties", "rivals"):  # "both parties" are the sides of the dispute
            between = self._last_between(token, types)  # named "between A and B", not those who mediate
            if between:
                return between
        paired = self._last_pair(token, types)
        if paired:
            return paired
        found: dict[str, Span] = {}
        own = self._governing_subjects(token)
        for span in reversed(self.actors):
            head = span.root.head
            if span.root.i in own:
                continue  # "the EU and the US made efforts to mediate between the two sides": not them
            if span.root.dep_ in ("poss", "compound") and self.sentence_of[span.start] == self.sentence_of[token.i] \
                    and (head.dep_ == "nsubj" or any(t.i in self.at and self.at[t.i].label_ == "Person"
                                                     for t in (head, head.head))):
                continue  # "Uganda's leader Museveni held talks with both sides": not Uganda
            if span.end <= token.i and span.label_ in types:
                found.setdefault(span.kb_id_, span)
                if len(found) == 2:
                    return list(found.values())
        return []

    def _governing_subjects(self, token: Token) -> set[int]:
        """The tokens of the subjects (with their conjuncts) of the verbs above ``token``."""
        own: set[int] = set()
        for verb in token.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                or _run_on_subject(verb)
            if subject is not None:
                own.update(t.i for t in self._conjuncts(subject))
        return own

    def _last_group(self, token: Token, size: int) -> list[Span]:
        """The last list of exactly ``size`` states (or states and bodies, for "the three sides")
        named before ``token``: "Niger, Mali and Burkina Faso" for "the three states"."""
        types = {"Country"} if token.lower_ in STATE_PAIR_NOUNS else {"Country", "Organisation"}
        for span in reversed(self.actors):
            if span.end > token.i or span.label_ not in types or span.root.dep_ == "conj" \
                    or not any(c.dep_ == "conj" for c in span.root.children):
                continue
            group = [a for a in self.actors_of(span.root) if a.label_ in types]
            if len(group) == size:
                return group
        return []

    def _last_coordinated_pair(self, token: Token) -> list[Span]:
        """The last two actors of one type joined by "and" before ``token``, in its sentence or
        the one before: what a bare "both" stands for."""
        here = self.sentence_of[token.i]
        for sentence in (here, here - 1):  # this sentence first
            for span in reversed(self.actors):
                if span.end > token.i or span.root.dep_ != "conj" or self.sentence_of[span.start] != sentence:
                    continue
                first = span.root.head  # "A and B", or "candidate A and candidate B" (joined at the titles)
                named = first if first.i in self.at else next(
                    (c for c in first.children if c.dep_ in ("appos", "compound") and c.i in self.at), None)
                if named is not None and self.at[named.i].label_ == span.label_ \
                        and self.at[named.i].kb_id_ != span.kb_id_:
                    return [self.at[named.i], span]
        return []

    def _recent_pairs(self, token: Token, types: set[str], before: int):
        """(first, other) for each actor of ``types`` coordinated after another one (``first``, the
        conjunction's first token), latest first, in ``token``'s sentence and the ``before`` ones
        before it."""
        earliest = self.sentence_of[token.i]
        for _ in range(before):  # (a sentence's start token, then the one before it, ...)
            earliest = self.sentence_of[earliest - 1] if earliest > 0 else earliest
        for span in reversed(self.actors):
            if span.end > token.i or span.label_ not in types or span.root.dep_ != "conj":
                continue
            if span.start < earliest:
                break
            yield first_conjunct(span.root), span

    def _last_between(self, token: Token, types: set[str]) -> list[Span]:
        """The last two actors of ``types`` named "between A and B" within the three sentences up to
        ``token``'s."""
        for first, span in self._recent_pairs(token, types, 2):
            if first.dep_ == "pobj" and first.head.lower_ == "between" and first.i in self.at \
                    and self.at[first.i].label_ in types and self.at[first.i].kb_id_ != span.kb_id_:
                return [self.at[first.i], span]
        return []

    def _last_pair(self, token: Token, types: set[str]) -> list[Span]:
        """Two actors of ``types`` coordinated with each other as the subject of a clause in the
        sentence of ``token`` or the one before it: "Indonesia and Singapore condemned ..."."""
        for first, span in self._recent_pairs(token, types, 1):
            if first.dep_ not in ("nsubj", "nsubjpass") or first.i not in self.at:
                continue
            pair = self.at[first.i]
            if pair.label_ in types and pair.kb_id_ != span.kb_id_:
                return [pair, span]
        return []

    def _antecedent(self, token: Token, types: set[str], skip_venues: bool = False,
                    exclude: frozenset[str] | set[str] = frozenset()) -> list[Span]:
        """The nearest earlier actor of one of ``types`` within two paragraphs; in the same
        sentence a subject is preferred ("Biden told Netanyahu that he opposes ..." -> Biden).
        With ``skip_venues``, a state named only as where something is ("troops in Iraq") is no
        antecedent; nor is anyone in ``exclude``."""
        here = self.sentence_of[token.i]
        if token.lower_ in PERSON_PRONOUNS:  # "she" is not Mr Galloway
            other = "m" if token.lower_ in FEMININE_PRONOUNS else "f"
            exclude = set(exclude) | {key for key, gender in self.genders().items() if gender == other}
            speaker = None
            if inside_quotes(self._sentence_at(token.i), token.i) and not self._finding_speaker:
                self._finding_speaker = True  # (the speaker may be a pronoun too: '..." he said')
                try:
                    speaker = self.quote_speaker(token)
                finally:
                    self._finding_speaker = False
            if speaker is not None:  # '"In his rejection of the plan, he ...," the minister added': not the minister
                exclude.add(speaker.kb_id_)
        if token.lower_ in PLURAL_PRONOUNS and token.dep_ == "nsubj" and token.head.dep_ == "ccomp":
            speaker = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and speaker.tag_ == "NNS" and speaker.i not in self.at:
                owners = [a for a in self._modifiers(speaker) if a.label_ in types]
                # "Turkey's armed forces said they carried out strikes": Turkey; "carers have
                # said they need more money": the carers, no actor
                return owners if owners or not self._modifiers(speaker) else []
        own_subject = {c.i for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")} \
            if token.dep_ in ("dobj", "pobj", "dative") else set()  # "Kiprop met him": not Kiprop
        candidates = [s for s in self.actors if s.label_ in types and s.end <= token.i and s.kb_id_ not in exclude
                      and not own_subject & set(range(s.start, s.end))
                      and not (skip_venues and s.root.dep_ == "pobj" and s.root.head.lower_ in VENUES)]
        same_sentence = [s for s in candidates if self.sentence_of[s.start] == here
                         and (s.root.dep_ in ("nsubj", "nsubjpass")  # (or named beside it: "the leader, X, told Y he")
                              or s.root.dep_ == "appos" and s.root.head.dep_ in ("nsubj", "nsubjpass"))]
        found = same_sentence[-1:] or self._previous_subject(token, candidates) or (
            self._previous_speaker(token, exclude) if types == {"Person"} else
            self._previous_described_subject(token, types)) or self._nearest(token, candidates)
        if found and token.lower_ in PLURAL_PRONOUNS:  # "Sudan and South Sudan met. They ..."
            first = first_conjunct(found[0].root)
            return [a for a in self.actors_of(first) if a.label_ in types] or found
        return found

    def _previous_subject(self, token: Token, candidates: list[Span]) -> list[Span]:
        """A subject pronoun continues the previous sentence's subject ("Egypt and Sudan want the
        US to mediate. They said ..." -> Egypt and Sudan); news paragraphs are often one sentence."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return []
        here = self.sentence_of[token.i]
        if here == 0:
            return []
        previous = self.sentence_of[here - 1]
        for span in reversed(candidates):
            if self.sentence_of[span.start] != previous:
                continue
            root = first_conjunct(span.root)
            if root.dep_ in ("nsubj", "nsubjpass"):
                return [span]
        return []

    def genders(self) -> dict[str, str]:
        """Each person's gender as the article's honorifics give it ("Mr Straw", "Ms King",
        "Mrs Quinn"); none for a person with both or neither."""
        if self._genders is None:
            seen: dict[str, set[str]] = {}
            for span in self.actors:
                if span.label_ == "Person":
                    gender = HONORIFIC_GENDERS.get(span[0].text.rstrip(".")) or (
                        HONORIFIC_GENDERS.get(self.doc[span.start - 1].text.rstrip(".")) if span.start else None)
                    if gender is not None:
                        seen.setdefault(span.kb_id_, set()).add(gender)
            self._genders = {key: next(iter(found)) for key, found in seen.items() if len(found) == 1}
        return self._genders

    def _previous_described_subject(self, token: Token, types: set[str]) -> list[Span]:
        """"The government rejected the plan. It said ...": a subject "it"/"they" continues the
        previous sentence's subject when that is a body named by a description ("the
        government", "the group") rather than by name, in the same paragraph."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in GROUP_PRONOUNS or self.sentence_of[token.i] == 0:
            return []
        previous = self._sentence_at(self.sentence_of[token.i] - 1)
        if self._paragraph_breaks(previous.end_char, token.idx):
            return []
        subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i in self.at or subject.lower_ in GROUP_PRONOUNS | PERSON_PRONOUNS:
            return []
        return [a for a in self._direct(subject) if a.label_ in types][:1]

    def _previous_speaker(self, token: Token, exclude) -> list[Span]:
        """"..., the Tory leader said. He went on to accuse Mr Brown ...": a subject "he"/"she"
        continues the person the previous sentence is about: its quoted speaker or its subject,
        even when named by a title ("the Tory leader") or by "he" in turn; a bare quotation
        continues its speaker's turn. At most one paragraph back."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in PERSON_PRONOUNS:
            return []
        here = self.sentence_of[token.i]
        topic = self._topic(here - 1, token.idx, 6) if here > 0 else None  # (here: the sentence's first token)
        return [topic] if topic is not None and topic.kb_id_ not in exclude else []

    def _topic(self, last: int, before: int, depth: int) -> Span | None:
        """The person the sentence ending at token ``last`` is about (see ``_previous_speaker``),
        when it lies no further back than the paragraph before the character offset ``before``."""
        if last < 0 or depth == 0:
            return None
        sent = self._sentence_at(last)
        if self._paragraph_breaks(sent.end_char, before) > 1:
            return None
        verbs = [sent.root] + [t for t in sent if t.lemma_ in SPEECH_LEMMAS and t.pos_ == "VERB" and t != sent.root]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ != "nsubj" or child.lower_ in FIRST_PERSON:
                    continue
                if child.lower_ in PERSON_PRONOUNS:
                    return self._topic(sent.start - 1, sent.start_char, depth - 1)
                people = [a for a in self._direct(child) if a.label_ == "Person"]
                if people:
                    return people[0]
                if verb.lemma_ in SPEECH_LEMMAS or child.i in self.at:
                    return None  # someone else speaks or acts
        if sent.text.lstrip()[:1] in QUOTES:  # a quotation of its own continues its speaker
            return self._topic(sent.start - 1, sent.start_char, depth - 1)
        return None

    def _sentence_at(self, i: int) -> Span:
        """The sentence token ``i`` is in (cached: ``Token.sent`` walks the doc)."""
        return self._sentences[self.sentence_of[i]]

    def _paragraph_breaks(self, start_char: int, end_char: int) -> int:
        """How many line breaks (runs of newlines) lie between the two character offsets."""
        return len(re.findall(r"\n+", self.text[start_char:end_char]))

    def _nearest(self, token: Token, candidates: list[Span]) -> list[Span]:
        for span in reversed(candidates):
            if self._paragraph_breaks(span.end_char, token.idx) > 1:
                return []  # no further back than the previous paragraph
            return [span]
        return []

    # -- quotations ----------------------------------------------------------------------------
    def quote_speaker(self, token: Token) -> Span | None:
        """The person a sentence is attributed to ("..." X said; "... - X said on Monday"), or
        for "we"/"I", the next sentence of the paragraph ("We were very direct - Kirby said")."""
        sent = self._sentences[self.sentence_of[token.i]]
        first_person = token.lower_ in FIRST_PERSON
        key = (sent.start, first_person)
        if key in self._speakers:
            return self._speakers[key]
        self._speakers[key] = None  # (while it is looked for: a pronoun in the quotation may ask again)
        speaker = self._speakers[key] = self._speaker_of(sent, first_person)
        return speaker

    def _speaker_of(self, sent: Span, first_person: bool) -> Span | None:
        tokens = tokens_of(self.doc)
        sentences = [sent]
        if first_person and sent.end < len(self.doc) \
                and "\n" not in self.text[sent.end_char - 1:sent.end_char] + tokens[sent.end - 1].whitespace_:
            sentences.append(self._sentences[self.sentence_of[sent.end]])
        sentences += self._quotation_around(sent)  # a quotation of several sentences: who speaks it
        for sentence in sentences:
            for tok in tokens[sentence.start:sentence.end]:
                if tok.lemma_ in SPEECH_LEMMAS:
                    for child in tok.children:
                        if child.dep_ == "nsubj" and child.lower_ not in FIRST_PERSON:
                            people = [a for a in self.actors_of(child) if a.label_ == "Person"]
                            if people:
                                return people[0]
            for tok in tokens[sentence.start:sentence.end]:  # "..., according to US Ambassador X"
                if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                    people = [a for c in self.doc[tok.i + 1].children if c.dep_ == "pobj"
                              for a in self.actors_of(c) if a.label_ == "Person"]
                    if people:
                        return people[0]
        return None

    def _quotation_around(self, sent: Span) -> list[Span]:
        """The sentences that open and close the quotation ``sent`` lies inside, when it began
        earlier in the paragraph (Mr Oaten said: "The Tories ... . This has all the signs ...")
        or goes on after it ("... . It is wrong," he said.): where the speaker is named."""
        if sent.start in self._quotations:
            return self._quotations[sent.start]
        text = self.text
        start = text.rfind("\n", 0, sent.start_char) + 1
        end = text.find("\n", sent.end_char)
        end = len(text) if end < 0 else end
        marks = []
        if _open_quote(text[start:sent.start_char]):
            marks.append(max(text.rfind('"', start, sent.start_char), text.rfind("“", start, sent.start_char)))
        if _open_quote(text[start:sent.end_char]):
            closing = [i for i in (text.find('"', sent.end_char, end), text.find("”", sent.end_char, end)) if i >= 0]
            marks.extend(closing[:1] and [min(closing)])
        starts = {self.sentence_of[self._token_at_char(at)] for at in marks if at >= 0}
        around = [self._sentences[first] for first in sorted(starts) if first != sent.start]
        self._quotations[sent.start] = around
        return around

    def _token_at_char(self, offset: int) -> int:
        """The index of the token covering character ``offset`` (``Doc.char_span`` is slow)."""
        if self._token_starts is None:
            self._token_starts = [t.idx for t in self.doc]
        return max(bisect.bisect_right(self._token_starts, offset) - 1, 0)

    # -- arguments of a verb ----------------------------------------------------------------------
    def in_dateline(self, token: Token) -> bool:
        """Whether ``token`` is in a sentence's dateline ("SUKHUMI, Georgia --", "DOHA (Reuters) -"):
        a capitalised place (and its country) before a dash that opens the sentence."""
        return token.i < self._dateline_end(self.sentence_of[token.i])

    def _dateline_end(self, start: int) -> int:
        """Where the dateline of the sentence starting at ``start`` ends (its dash), or ``start``
        when it has none; found once per sentence, as ``subject()`` asks for every subject."""
        end = self._datelines.get(start)
        if end is None:
            end = start
            first = self.doc[start]
            for dash in first.sent[:10]:
                if dash.text in DATELINE_DASHES and dash.i > start:
                    end = dash.i if first.text.isupper() and len(first.text) > 1 else start
                    break
            self._datelines[start] = end
        return end

    def past_dateline(self, token: Token) -> Token | None:
        """The apposition after a dateline the parser hung the subject on ("DUBAI (Reuters) -
        Russia and Ukraine are ..." -> Russia)."""
        return next((c for c in token.children if c.dep_ == "appos" and not self.in_dateline(c)), None)

    def subject(self, verb: Token, controlled: bool = False, raised: bool = False) -> Token | None:
        """The subject of ``verb``, following xcomp/conj/advcl chains and relative clauses. For
        events, the one who does an infinitive's action: with ``controlled`` its object ("asked
        Qatar to mediate": Qatar), with ``raised`` a raised subject ("A and B are set to swap
        prisoners": A and B). Without, the one asking is the subject, as a stance's holder
        ("urged Y to reject Z"), and "X is expected to reject Z" states no position of X."""
        seen = 0
        verb = _finite_conjunct_head(verb)
        if verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_ == "be":
            verb = verb.head  # "Qatar is mediating between A and B", the progressive misparsed as a noun
        if reduced_passive_subject(verb) is not None or (
                verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and self.agent(verb) is not None):
            return self.agent(verb)  # "Haftar in eastern Libya supported by Egypt": passive, whatever the parse
        while verb is not None and seen < 6:
            for child in verb.children:
                if child.dep_ == "csubj" and fronted_subject(child) is not None:
                    return fronted_subject(child)
                if child.dep_ in ("nsubj", "csubj"):
                    if self.in_dateline(child):  # "SUKHUMI, Georgia -- Solana urged": the dateline is no subject
                        if any(c.dep_ == "nsubj" and c.i > child.i and not self.in_dateline(c) for c in verb.children):
                            continue
                        named = self.past_dateline(child)
                        if named is not None:
                            return named  # the parser hung the subject on the dateline as an apposition
                    if child.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                        return first_conjunct(verb.head)  # "A and B, who met ..." hangs on B: climb to A
                    return child
            passive_agent = self.agent(verb)
            if passive_agent is not None:
                return passive_agent
            for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):
                for child in aux.children:  # the parser sometimes hangs the subject on "is"
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return child
            if verb.dep_ == "relcl":
                return None
            if verb.dep_ == "conj" and any(c.dep_ == "aux" for c in verb.children):
                passive = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
                if passive is not None:  # "X is reported to be pro-life and has opposed Y": X did
                    return passive
            if verb.dep_ == "csubj":
                return fronted_subject(verb)
            if verb.dep_ == "pcomp" and verb.head.lower_ not in SHARED_SUBJECT_PREPOSITIONS:
                return None  # "accused the TPLF of attacking": the accuser did not attack
            if controlled and verb.dep_ == "xcomp" and verb.head != verb:
                controller = self._object_controller(verb.head)
                if controller is not None:  # "asked Qatar to mediate": Qatar mediates
                    return controller
                if verb.head.dep_ == "acl" and verb.head.tag_ == "VBN" and verb.head.head.pos_ in ("PROPN", "NOUN"):
                    return verb.head.head  # "Mr Mbeki, mandated by regional countries to mediate": Mbeki
            if raised and verb.dep_ == "xcomp" and verb.head.lemma_ in RAISING_PASSIVES:
                subject = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
                if subject is not None:  # "A and B are set to exchange prisoners": A and B will
                    return self.past_dateline(subject) if self.in_dateline(subject) else subject
            stranded = _stranded_subject(verb) or _run_on_subject(verb)
            if stranded is not None:  # "after the Taliban staged an attack", parsed as "after the Taliban"
                return stranded
            if verb.dep_ == "conj" and seen == 0 and verb.tag_ in ("VBD", "VBZ", "VBP"):
                shared = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
                if shared is not None and self.agent(verb.head) is None:
                    return shared  # "X was invited to the talks but declined": X declined
            if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and verb.head != verb:
                if verb.dep_ == "pcomp":  # "said ... after chairing talks": the prepositional phrase's verb
                    verb = verb.head
                verb = verb.head
                seen += 1
                continue
            return None
        return None

    def _object_controller(self, verb: Token) -> Token | None:
        """The object that controls an infinitive: "asked Qatar to mediate", "urged him to
        resign". Only a named actor or a personal pronoun, not "made an effort to"."""
        for child in verb.children:
            if child.dep_ == "dobj" and (child.i in self.at or (
                    child.pos_ == "PRON" and child.lower_ not in ("it", "this", "that", "what", "which"))):
                return child
        return None

    def co_actors(self, verb: Token, subject: Token) -> list[Span]:
        """Actors a clause names beside its subject as sharing its act: "European countries, led
        by Germany and Britain, oppose ...", "EU states including France reject ...", "Along with
        other groups including the KIA, the KNU has rejected ..." (Germany, Britain, France, the KIA)."""
        found: list[Span] = []
        for child in subject.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in LEADING_PARTICIPLES:
                found += [a for g in child.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                          for a in self.actors_of(p)]
            elif child.dep_ == "prep" and child.lower_ == "including":
                found += [a for p in child.children if p.dep_ == "pobj" for a in self.actors_of(p)]
        for child in list(verb.children) + list(subject.children):
            if child.dep_ != "prep" or child.lower_ not in ACCOMPANYING:
                continue
            companions = [p for w in child.children if w.dep_ == "prep" and w.lower_ == "with"
                          for p in w.children if p.dep_ == "pobj"] if child.lower_ != "alongside" else [
                p for p in child.children if p.dep_ == "pobj"]
            for companion in companions:
                found += self.actors_of(companion)  # "along with Kenya", "along with groups including X"
                found += [a for c in companion.children if c.dep_ == "prep" and c.lower_ == "including"
                          for p in c.children if p.dep_ == "pobj" for a in self.actors_of(p)]
        return [a for a in found if a.label_ in ("Person", "Organisation", "Country")]

    @staticmethod
    def agent(verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        return None

    @staticmethod
    def is_negated(verb: Token, negators: frozenset[str]) -> bool:
        tokens = list(verb.children)
        if verb.dep_ in ("xcomp",) and verb.head != verb:
            tokens += list(verb.head.children)
        return any(t.dep_ == "neg" or t.lower_ in negators for t in tokens
                   if t.i < verb.i or (verb.lemma_ == "be" and t.i <= verb.i + 2))  # "were not racist"


def reduced_passive_subject(verb: Token) -> Token | None:
    """The noun a participle with a "by" agent describes when the parser made the participle a
    finite verb with that noun as its subject ("Haftar, supported by Egypt" read as "Haftar
    supported"): no auxiliary and no object, so the noun is what the agent acts on."""
    if verb.tag_ not in ("VBD", "VBN") or ActorIndex.agent(verb) is None:
        return None
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in children):
        return None
    return next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)


def inside_quotes(sent: Span, i: int) -> bool:
    """Whether token ``i`` of ``sent`` lies after an opening quotation mark of the sentence that
    is not closed before it (an opening mark follows a space or starts the text; a closing one
    ends a word)."""
    marks = [t for t in sent if t.i < i and t.is_quote and t.text not in ("'", "’")]
    if not marks:
        return False
    last = marks[-1]
    return last.text == "“" or (last.text != "”" and (last.i == 0 or bool(last.doc[last.i - 1].whitespace_)
                                                       or last.doc[last.i - 1].is_space))


def in_lexicon(token: Token, words: set[str] | frozenset[str]) -> bool:
    """The word or its lemma is listed: "ports" for "port", "positions" as it is."""
    return token.lower_ in words or token.lemma_.lower() in words


def closed_list(tokens: list[Token]) -> list[Token]:
    """A list ends at its "and": in "a ceasefire between Armenia and Azerbaijan, the EU and the US
    have made ...", the parser runs the fronted phrase on into the subject of the clause, and
    the conjuncts after the comma belong to another phrase. A conjunct joined by a comma alone
    after the list was closed by "and"/"or" is cut off, with those after it; "A, B, and C" and
    appositions stay whole."""
    if len(tokens) < 3:
        return tokens
    doc = tokens[0].doc
    ordered = sorted(tokens, key=lambda t: t.i)
    closed = False
    for before, after in zip(ordered, ordered[1:]):
        if after.dep_ != "conj" or after.i <= before.i:
            continue
        gap = doc[before.right_edge.i + 1 if before.right_edge.i < after.left_edge.i else before.i + 1:after.left_edge.i]
        if any(t.dep_ == "cc" or t.lower_ in ("and", "or") for t in gap):
            closed = True
        elif closed and any(t.text == "," for t in gap):
            return [t for t in tokens if t.i < after.i or t.dep_ != "conj"]
    return tokens


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` is one of: "B" in "A and B" -> "A"."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


STRANDING_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})


def _stranded_subject(verb: Token) -> Token | None:
    """"... after the Taliban on Monday staged an attack": the parser may read "after the Taliban"
    as a prepositional phrase and leave the finite verb of the clause without a subject. The
    object of that preposition, right before the verb's own words, is the subject."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc, before = verb.doc, verb.left_edge.i - 1
    while before >= 0:  # back over a phrase the parser hung on the main verb ("on Monday")
        top = doc[before]
        while top.head != verb.head and top.head != top and top.head.i < verb.i:
            top = top.head
        if not (top.head == verb.head and top.dep_ == "prep" and top.lower_ not in STRANDING_PREPOSITIONS):
            break
        before = top.left_edge.i - 1
    if before < 0:
        return None
    noun = doc[before]
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head == verb.head and prep.lower_ in STRANDING_PREPOSITIONS:
        return noun
    return None


def _one_of(token: Token) -> Token | None:
    """The subject of "X is one of the <token>s" (or "X, one of the <token>s"), if that is where
    ``token`` stands."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.tag_ not in ("NNS", "NNPS"):
        return None
    one = token.head.head
    if one.lower_ != "one":
        return None
    if one.dep_ == "attr" and one.head.lemma_ == "be":
        return next((c for c in one.head.children if c.dep_ == "nsubj"), None)
    return one.head if one.dep_ == "appos" else None


def _run_on_subject(verb: Token) -> Token | None:
    """"Since X brokered a ceasefire between A and B, the EU and the US have made ...": the parser
    runs the fronted phrase's list on into the subject of the clause and leaves its verb without
    one. The conjuncts right before the verb that the list's "and" has closed off
    (``closed_list``) are the subject."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod") and c.i < verb.i])
    if not finite or start == 0:
        return None
    last = verb.doc[start - 1]
    while last.dep_ in ("punct", "det", "compound", "amod") and last.head.i < verb.i and last.head != last:
        last = last.head  # "..., the U.S. have": from "U.S." (or its words) to the conjunct
    if last.dep_ != "conj":
        return None
    head = first_conjunct(last)
    chain, todo = [], [head]
    while todo:
        tok = todo.pop()
        chain.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    kept = {t.i for t in closed_list(chain)}
    cut = sorted((t for t in chain if t.i not in kept), key=lambda t: t.i)
    return cut[0] if cut and cut[0].i <= last.i else None


def _finite_conjunct_head(verb: Token) -> Token:
    """"said that both sides would present X, and emphasised Y": a finite verb the parser hangs on
    a bare verb under a modal cannot share that modal; it is a conjunct of the clause above."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" \
            and head.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return head.head
    return verb


def _open_quote(text: str) -> bool:
    """Whether a quotation is still open at the end of ``text`` (straight or curly marks)."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def conditional(verb: Token, marks: frozenset[str] = frozenset({"if", "whether"})) -> bool:
    """A verb in a question or a condition, up to three heads above it: "whether it was possible
    for X to mediate", "if X mediates" (``marks`` may add "unless")."""
    head = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in head.children):
            return True
        if head.head == head:
            return False
        head = head.head
    return False


def fronted_subject(participle: Token) -> Token | None:
    """"Welcoming the ruling, Maeve Sherlock, chief executive of X, said": a sentence-initial
    participle the parser took for the subject; the speaker is the name after the comma."""
    if participle.tag_ != "VBG" or participle.i != participle.sent.start:
        return None
    return next((t for t in participle.subtree if t.dep_ in ("npadvmod", "nsubj", "appos", "dep")
                 and t.ent_type_ and t.doc[t.left_edge.i - 1].text == ","), None)


def trimmed(span: Span) -> Span:
    """``span`` without the punctuation it ends with ("money for schools," -> "money for schools")."""
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span
