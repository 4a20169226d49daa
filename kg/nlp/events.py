"""``sg_events``: mediates, negotiatesWith, attacks and locatedIn.

Patterns over the dependency parse, with trigger words from ``data/triggers.json`` (CAMEO 045
mediate, 046 negotiate, 18-20 assault):

* mediation: mediator nouns and their modifiers ("Egyptian and Qatari mediators", "mediators
  from Egypt, Qatar and the US", "Qatari mediation", "the Malaysian facilitator"), hyphenated
  participles ("a Qatari-brokered deal", "AU-led talks", "talks co-mediated by Turkey"), agents
  ("the dialogue organised by the African Union"), verbs ("China, which brokered the agreement",
  "X hosted A and B", "X brought together the ministers of A and B") and appositions ("Cuba and
  Norway, the guarantors of the talks"). Each mediator is linked to every party: those the
  sentence names, and those the article shows negotiating (people, when only people are at the
  table, but never the mediator's own);
* negotiation: coordinated subjects of negotiation verbs or of verbs whose object is a
  negotiation noun ("Iran and Saudi Arabia agreed", "Israel and Hamas ... reach a ceasefire
  agreement"), "talks between A and B", "A held talks with B", "A and B are set to swap prisoners
  after negotiations", the two sides a mediation names after "between". A mediator is never a
  party;
* attacks: an actor subject of an attack verb with a named target, "launched airstrikes on X",
  "the attack by X on Y", "X's attack on Y", "an attack into Russia's Kursk region";
* locatedIn: "Cairo, Egypt", "Rafah, in the south of the Gaza Strip", "Rafah in southern Gaza",
  "the southern Gaza city of Rafah", "the Czech capital, Prague", "Sellafield, in Cumbria",
  "Brick Lane, east London", "South Sudan's capital Juba", "Ethiopia's northern Tigray region";
  places in a list ("Taunton, Orpington, Wells") do not contain each other.
"""
from __future__ import annotations

from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.hits import RelationHit
from kg.nlp.judgements import SETTLEMENT_NOUNS, phrasal, to_infinitive
from kg.nlp.lexicon import Lexicon, load_lexicon, load_triggers
from kg.nlp.syntax import ARMED_NOUNS, ActorIndex, conditional, first_conjunct, in_lexicon, reference_words, tokens_of

PARTY_TYPES = {"Person", "Organisation", "Country"}
ATTACKERS = {"Organisation", "Country"}
TARGETS = {"Organisation", "Country", "Place"}
WHERE = {"Place", "Country"}
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
              "northeast", "northwest", "southeast", "southwest", "heart", "centre", "center", "outskirts"}
NEIGHBOURING = {"neighboring", "neighbouring"}
SERIES_NOUNS = {"series", "wave", "barrage", "spate", "string", "round", "volley", "salvo"}
WEAK_MEDIATION = {"lead", "host", "chair", "sponsor", "convene"}
WAGING_VERBS = {"go", "keep", "wage", "continue", "intensify", "step", "escalate", "press", "resume", "open"}  # (launch verbs: their own rule)
APPOINTING_VERBS = {"appoint", "name", "designate", "nominate", "choose", "select", "tap"}  # "appointed X as mediator"
MEDIATING_GROUPS = {"team", "panel", "mission", "delegation", "committee", "group"}  # "the AU mediation team"
ENVOY_NOUNS = {"envoy", "mediator", "facilitator"}  # a mediating body's person at the table
GENERIC_MEDIATION = {"facilitate", "arrange", "organise", "organize", "moderate"}  # mediation only of talks
ROLE_NOUNS = {"role", "part"}  # "X's role in brokering the deal"
# what one chairs, hosts or leads without mediating: bodies one heads, occasions one gives
PRESIDED_NOUNS = {"committee", "council", "board", "commission", "panel", "inquiry", "party", "group", "body", "bloc",
                  "government", "assembly", "organisation", "organization", "company", "firm", "dinner",
                  "reception", "banquet", "ceremony", "event", "festival", "show", "games", "tournament", "delegation"}
PEACE_EFFORTS = {"peace", "process", "initiative", "diplomacy", "framework", "mediated"}
SIGNING_VERBS = {"sign", "ink", "negotiate", "conclude", "reach"}  # "a deal signed by A and B": theirs
GUNFIRE_NOUNS = {"fire", "gunfire", "shots", "artillery", "rockets"}  # "exchanged fire with X": both attack
ENDURING_VERBS = {"withstand", "endure", "suffer", "survive", "weather"}  # the target of what they withstood
EXCHANGE_WORDS = {"exchange", "swap", "trade"}  # prisoners swapped between two sides
SECURING_VERBS = {"secure", "reach", "achieve", "clinch", "seal", "strike", "forge", "negotiate"}
SETTLEMENT_WORDS = SETTLEMENT_NOUNS - {"armistice", "compromise"} | {"pact", "treaty", "memorandum"}  # signed or secured
OUTCOME_VERBS = {"reach", "agree", "sign", "conclude", "finalise", "finalize", "seal", "clinch", "strike"}
SETTLING = {"settle", "resolve", "end"}  # what a mediation effort is for ("efforts led by X to settle")
ACCEPTING_VERBS = {"accept", "welcome", "choose", "pick", "prefer", "want", "agree"}  # the sides take X as mediator
HOME_NOUNS = {"home", "residence", "house", "villa", "palace", "estate", "ranch"}  # "talks at the home of X"
SIDE_NOUNS = {"parties", "sides", "factions", "rivals", "belligerents", "foes", "delegations"}
MEETINGS = {"meeting", "meetings", "summit", "conference", "round"}  # "the meeting of A and B negotiators"
MATTER_PREPOSITIONS = {"for", "on", "over", "about", "towards", "toward"}  # what talks are about
TALK_NOUNS = {"talks", "negotiations", "negotiation", "dialogue", "discussions"}
STRIFE_NOUNS = {"fighting", "war", "conflict", "hostilities", "violence", "dispute", "tensions", "skirmishes"}
MEETING_NOUNS = {"meeting", "meetings"}  # talks when the noun names who meets: "X's meeting with Y"
ROLE_HOLDING_VERBS = {"play", "have", "take"}
JOINING_VERBS = {"participate", "join", "attend"}
REGION_NOUNS = {"region", "province", "territory", "enclave"}  # not "Kenya's Sudan border"
PLACE_NOUNS = {"city", "town", "village", "capital", "resort", "region", "province", "port", "district",
               "camp", "enclave", "border", "area", "territory", "state", "island", "township", "county",
               "suburb", "municipality", "governorate", "oblast", "peninsula", "valley", "settlement"}
VIOLENT_DOERS = ARMED_NOUNS | {"gunmen", "gunman", "militants", "attackers", "assailants", "rebels", "insurgents",
                               "jets", "drones", "warplanes"}
WORDY_ATTACK_VERBS = {"attack", "hit", "target", "slam", "blast"}  # also said of words
PARTY_WORDS = {"party", "democrats", "conservatives", "tories", "labour", "republicans", "greens"}


DELEGATE_NOUNS = {"negotiators", "delegations", "delegates", "envoys", "representatives", "teams"}  # "... from A and B"
POST_NOUNS = {"role", "position", "post", "job", "seat", "mandate"}  # "the mediator position"
TAKING_VERBS = {"take", "assume", "name", "appoint", "give", "hand", "play", "hold", "fill"}  # ... a post
ASKING_VERBS = {"ask", "request", "invite"}  # who asks a mediator to settle its row with X is a party


MEDIATING_STEMS = {"mediat", "broker", "facilitat", "host", "chair"}  # "mediating", "brokering" ... less "ing"


def _absolute(with_: Token) -> bool:
    """"with Qatar as mediator", "with Qatar mediating": an absolute phrase, no partner."""
    end = with_.right_edge.i + 1
    doc = with_.doc
    if any(p.dep_ == "pobj" and p.lower_.removesuffix("ing") in MEDIATING_STEMS for p in with_.children):
        return True  # "with Qatar mediating", parsed as a noun
    return end < len(doc) and (doc[end].lower_ == "as" or doc[end].tag_ == "VBG")


def _subject_sides(verb: Token, index: ActorIndex) -> list[Span]:
    """The states, bodies and people the subject of ``verb`` names: sides a dispute may have."""
    subject = index.subject(verb)
    return [a for a in index.actors_of(subject) if a.label_ in PARTY_TYPES] if subject is not None else []


def _political(actor: Span) -> bool:
    """A person or a party: what they "attack" with words ("Labour attacked the Tories")."""
    return actor.label_ == "Person" or any(word in actor.kb_id_.split("/", 1)[-1].split("-") for word in PARTY_WORDS)


class EventExtractor:
    def __init__(self, triggers: dict, lexicon: Lexicon):
        self.lex = lexicon
        t = triggers
        self.mediation_verbs = set(t["mediation_verbs"])
        self.mediation_nouns = set(t["mediation_nouns"])
        self.participles = set(t["mediation_participles"])
        self.negotiation_verbs = set(t["negotiation_verbs"])
        self.negotiation_nouns = set(t["negotiation_nouns"])
        self.attack_verbs, self.attack_nouns = set(t["attack_verbs"]), set(t["attack_nouns"])
        self.launch_verbs = set(t["launch_verbs"])
        self.pressure_nouns = set(t["pressure_nouns"])  # "hit X with sanctions": pressure, no attack
        self.negotiation_holders = set(t["negotiation_holders"])
        self.attack_target_nouns = set(t["attack_target_nouns"])
        self.attacked_of_nouns = set(t["attacked_of_nouns"])  # nouns whose "of" names the attacked
        self.words = reference_words(t, lexicon)
        self.demand_words = set(t["talks_demanded_by"])
        self.strife_nouns = set(t["conflict_nouns"]) | STRIFE_NOUNS  # "fighting between A and B"
        self.blocking = set(t["blocking_verbs"])  # "threatened to block negotiations with X": none held
        self.negators = frozenset(t["negators"])
        self.rejections = set(t["stance_verbs"]["Oppose"])
        self.claims = set(t["claim_nouns"]) | set(t["disputed_claim_verbs"])
        self.gatherings = self.negotiation_nouns | MEETINGS  # what parties meet in: "the meeting of A and B"
        self.conduct_verbs = set(t.get("mediation_conduct_verbs", ()))
        self.credit_verbs = set(t.get("credit_verbs", ()))
        self.bridging_verbs = set(t.get("bridging_verbs", ()))
        self.effort_nouns = set(t.get("effort_nouns", ()))
        self.mediator_words = self.mediation_nouns | self.effort_nouns | HOME_NOUNS | {"auspices", "host"}
        self.convening_verbs = set(t.get("convening_verbs", ()))  # "brought together A and B"

    def __call__(self, doc: Doc) -> list[RelationHit]:
        index = ActorIndex(doc, self.words)
        mediators = self._mediators(doc, index)  # (mediator span, sentence, explicit parties)
        mediator_keys = {m.kb_id_ for m, _, _ in mediators}
        affiliated = {(h.subject, h.object) for h in doc._.sg_relations or ()
                      if h.predicate in ("leaderOf", "memberOf", "spokespersonFor")}
        serving = {person for person, body in affiliated if body in mediator_keys}  # the mediator's people
        envoys = self._international_envoys(index, affiliated)
        negotiations = self._negotiations(doc, index)
        met_by_envoys = [p for p in negotiations if {p[0].kb_id_, p[1].kb_id_} & envoys]
        pairs = [p for p in negotiations if p not in met_by_envoys
                 and p[0].kb_id_ not in mediator_keys and p[1].kb_id_ not in mediator_keys]
        pairs += self._states_at_table(doc, index, pairs, mediator_keys)
        pairs += self._mediated_pairs(mediators, mediator_keys, pairs)
        hits = [RelationHit(a.kb_id_, "negotiatesWith", b.kb_id_, sent, conf, rule)
                for a, b, sent, conf, rule in pairs if not {a.kb_id_, b.kb_id_} & serving]
        doc_parties = {s.kb_id_: s for a, b, *_ in pairs for s in (a, b) if s.label_ != "Person"}
        if not doc_parties:  # only people at the table ("Maduro and Guaido"): they are the parties,
            doc_parties = self._people_as_parties(pairs, serving | mediator_keys)
            bodies_of = {h.subject: h.object for h in doc._.sg_relations or ()  # or the bodies their
                         if h.predicate in ("memberOf", "spokespersonFor")}  # delegates stand for (a leader is one)
            doc_parties = {bodies_of.get(key, key): span for key, span in doc_parties.items()}
        sides = self._sides(doc, index, affiliated, pairs) if mediators and not doc_parties else {}
        attacks = self._attacks(doc, index)
        if mediators and not doc_parties and not sides:  # "the deal was brokered by X", in a war
            doc_parties = self._warring_sides(attacks, index, mediator_keys) \
                or self._sides_at_odds(doc, index, mediator_keys)  # between A and B
        bodies = {a.kb_id_ for a in index.actors if a.label_ == "Organisation"}
        for mediator, sent, parties in mediators:
            named = {p.kb_id_: p for p in parties if p.kb_id_ not in mediator_keys
                     and p.label_ != "Person" and (mediator.kb_id_, p.kb_id_) not in affiliated}
            pool = set(doc_parties) or (set(sides) if not named else set())
            # "U.N. envoy X broke off mediation efforts": X mediates for the body the title names there
            sent_by = {h.object for h in doc._.sg_relations or () if mediator.label_ == "Person"
                       and h.subject == mediator.kb_id_ and h.predicate in ("memberOf", "leaderOf")
                       and h.sentence.start == sent.start and h.object in bodies}
            for key in set(named) | pool:
                if key not in mediator_keys and (mediator.kb_id_, key) not in affiliated:
                    conf = 0.75 if key in named else 0.6
                    hits.append(RelationHit(mediator.kb_id_, "mediates", key, sent, conf, "mediation"))
                    if len(sent_by) == 1 and key not in sent_by:
                        hits.append(RelationHit(next(iter(sent_by)), "mediates", key, sent, conf - 0.1,
                                                "mediation-sender"))
        hits.extend(self._envoys(index, affiliated, hits))
        hits.extend(self._envoy_meetings(met_by_envoys, envoys, affiliated, hits))
        hits.extend(attacks)
        hits.extend(self._locations(doc, index))
        return hits

    def _international_envoys(self, index: ActorIndex, affiliated: set[tuple[str, str]]) -> set[str]:
        """People titled envoy, mediator or facilitator of an international body ("United Nations
        Special Envoy Maria Angela Holguin"): a third party to any talks they hold."""
        international = {body for _, body in affiliated if body.startswith("organisation/")
                         and body in self.lex.entries and self.lex.entries[body].country is None}
        return {person for person, body in affiliated if body in international and any(
            index.doc[t].lemma_.lower() in ENVOY_NOUNS for span in index.actors if span.kb_id_ == person
            for t in range(max(span.start - 3, 0), span.start))}

    @staticmethod
    def _envoy_meetings(met, envoys: set[str], affiliated: set[tuple[str, str]], hits: list[RelationHit]) -> list[RelationHit]:
        """An international envoy who meets or talks with a side mediates for it: "Holguin was
        to meet with Tatar" (Tatar, and the one body the article gives him)."""
        done = {(h.subject, h.object) for h in hits if h.predicate == "mediates"}
        found = []
        for a, b, sent, conf, _ in met:
            envoy, side = (a, b) if a.kb_id_ in envoys else (b, a)
            if side.kb_id_ in envoys:
                continue
            bodies = {o for s, o in affiliated if s == side.kb_id_}
            for key in (list(bodies) if len(bodies) == 1 else [side.kb_id_] if not bodies else []):
                # (the side a person serves, else the person)
                if (envoy.kb_id_, key) not in done and (envoy.kb_id_, key) not in affiliated:
                    done.add((envoy.kb_id_, key))
                    found.append(RelationHit(envoy.kb_id_, "mediates", key, sent, round(conf - 0.1, 2), "envoy-meeting"))
        return found

    @staticmethod
    def _envoys(index: ActorIndex, affiliated: set[tuple[str, str]], hits: list[RelationHit]) -> list[RelationHit]:
        """"UN Special Envoy for Yemen Hans Grundberg" when the UN mediates: the body's envoy
        (or mediator) carries its mediation, between the same parties."""
        mediated = {}
        for hit in hits:
            if hit.predicate == "mediates":
                mediated.setdefault(hit.subject, []).append(hit)
        found = []
        for person, body in affiliated:
            if body not in mediated or person in mediated:  # (one who mediates already keeps their own parties)
                continue
            titled = any(index.doc[t].lemma_.lower() in ENVOY_NOUNS for span in index.actors if span.kb_id_ == person
                         for t in range(max(span.start - 3, 0), span.start))
            if titled:
                found.extend(RelationHit(person, "mediates", h.object, h.sentence, round(h.confidence - 0.15, 2),
                                         "envoy-of-mediator") for h in mediated[body] if h.object != person)
        return found

    # -- mediation ---------------------------------------------------------------------------------
    def _mediators(self, doc: Doc, index: ActorIndex) -> list[tuple[Span, Span, list[Span]]]:
        found = []
        for token in tokens_of(doc):
            text = token.lower_
            if text not in self.mediator_words and token.pos_ != "VERB" and "-" not in text and text not in self.participles \
                    and (token.i == 0 or doc[token.i - 1].text != "-"):
                continue  # (no rule below reads any other word: a quick pass over most of the text)
            lemma = token.lemma_.lower()
            actors: list[Span] = []
            if text == "auspices" and token.head.lower_ == "under":
                found.extend(self._auspices(token, index))
                continue
            if text in HOME_NOUNS and token.dep_ == "pobj" and token.head.lower_ == "at" and any(
                    t.lower_ in self.gatherings for t in token.sent):
                # "talks took place at the home of Oman's foreign minister X": the host
                actors = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)] + [
                    a for c in token.children if c.dep_ == "poss" for a in index.actors_of(c)]
            elif text == "host" and token.dep_ in ("dobj", "attr") and token.head.lemma_ == "play" and any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(
                        g.lower_ in self.gatherings for g in c.children)
                    for c in [*token.children, *token.head.children]):
                subject = index.subject(token.head)  # "Qatar played host to the US-Taliban dialogue"
                actors = index.actors_of(subject) if subject is not None else []
            elif token.pos_ in ("NOUN", "PROPN") and text in self.mediation_nouns:
                actors = index.actors_of(token)
                if not actors and token.dep_ == "compound" and token.head.i in index.at \
                        and index.at[token.head.i].label_ == "Person":
                    actors = [index.at[token.head.i]]  # "meetings with mediator Martti Ahtisaari"
                if not actors and text in ("mediation", "facilitation") and not any(
                        c.dep_ == "det" and c.lower_ in ("any", "no") for c in token.children) \
                        and not self._wanted(token):  # "the mediation of Erdogan", "mediation by Kenya"
                    byes = [c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")] or [
                        c for c in token.head.head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                        and c.i == token.i + 1 and token.dep_ == "pobj"]  # "after mediation by X", hung on the verb
                    actors = [a for c in byes for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
                if not actors and token.dep_ == "pobj" and token.head.lower_ == "as":
                    actors = self._named_as(token.head, index)
                noun = token.head if token.dep_ == "compound" else token  # "the guarantor countries"
                if not actors and token.dep_ == "compound" and noun.lower_ in MEDIATING_GROUPS:
                    actors = [a for c in noun.children if c.dep_ in ("compound", "amod", "poss") and c.i != token.i
                              for a in index.actors_of(c) if a.label_ in PARTY_TYPES]  # "the AU mediation team"
                actors = actors + self._named_mediators(noun, index)  # "the mediators are A and B"
                if not actors and noun.dep_ == "appos":  # "Cuba and Norway, the guarantors of the talks"
                    actors = index.actors_of(noun.head) or self._before_comma(noun, index)
                if not actors and noun.dep_ == "attr" and noun.head.lemma_ == "be":  # "Norway is a mediator"
                    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
                    actors = index.actors_of(subject) if subject is not None else []
                if not actors and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
                        and noun.head.lemma_.lower() in self.conduct_verbs:
                    # "X broke off mediation efforts", "X will lead the mediation"
                    holder = index.subject(noun.head)
                    actors = index.actors_of(holder) if holder is not None else []
                if not actors and noun is not token and noun.lower_ in POST_NOUNS:
                    actors = self._post_holders(noun, index)  # "was named to the mediator position"
                if not actors and token.dep_ in ("pobj",) and token.head.lower_ == "of":
                    # "who assumed the role of facilitator"
                    verb = token.head.head.head
                    holder = index.subject(verb) if verb.pos_ == "VERB" else None
                    actors = index.actors_of(holder) if holder is not None else []
            elif token.pos_ == "NOUN" and text in self.effort_nouns and any(
                    c.dep_ in ("acl", "relcl") and (c.lemma_.lower() in self.bridging_verbs or self._deal_between(c))
                    for c in token.children):
                # "Oman's efforts to bridge the gap between the sides": the owner mediates
                actors = [a for c in token.children if c.dep_ in ("poss", "compound", "amod")
                          for a in index.actors_of(c)]
                if not actors and token.dep_ == "dobj" and token.head.lemma_.lower() in self.conduct_verbs:
                    holder = index.subject(token.head)  # "Norway stepped up efforts to arrange talks"
                    actors = index.actors_of(holder) if holder is not None else []
            elif text.split("-")[-1] in self.participles and (text.endswith(tuple("-" + p for p in self.participles))
                                                              or doc[token.i - 1].text == "-"):
                before = doc[token.i - 2] if doc[token.i - 1].text == "-" else token
                actors = index.actors_of(before, coordinated=False) if before != token else []
                if not actors and token.i > 0 and "-" not in text:  # (not "co-mediated": a prefix joined to it)
                    actors = [s for s in index.actors if s.end in (token.i, token.i - 1) or s.end == token.i + 1 and s.start < token.i]
                agent = ActorIndex.agent(token) if token.pos_ == "VERB" else None
                if not actors and agent is not None:  # "talks co-mediated by Turkey"
                    actors = index.actors_of(agent)
            elif token.pos_ == "VERB" and self._brings_together(token):
                # "X brought together the foreign ministers of A and B": X convenes the two sides
                subject = index.subject(token)
                parties = {p.kb_id_ for p in self._parties(token, index)}
                actors = index.actors_of(subject) if subject is not None and len(parties) > 1 else []
            elif token.pos_ == "VERB" and (lemma in self.mediation_verbs or text in self.participles):
                agent = ActorIndex.agent(token)
                if agent is not None and (text in self.participles or lemma in self.mediation_verbs):
                    actors = index.actors_of(agent)
                elif lemma in self.mediation_verbs and token.dep_ == "pcomp" and token.head.lower_ == "for" \
                        and token.head.head.lemma_.lower() in self.credit_verbs:
                    # "thanked X for hosting the talks": X hosted them (a host only of talks)
                    credited = next((c for c in token.head.head.children if c.dep_ == "dobj"), None)
                    talks = any(c.dep_ == "dobj" and c.lower_ in self.negotiation_nouns for c in token.children)
                    if credited is not None and (talks or lemma not in WEAK_MEDIATION):
                        thanking = index.subject(token.head.head)
                        thanker = {a.kb_id_ for a in index.actors_of(thanking)} if thanking is not None else set()
                        named = [index.at[c.i] for c in credited.children if c.dep_ == "appos" and c.i in index.at]
                        actors = [a for a in named + index._modifiers(credited) + index._direct(credited)
                                  if a.kb_id_ not in thanker]  # "his counterpart": not the thanker
                elif lemma in self.mediation_verbs and token.dep_ == "amod":
                    subject = self._misparsed_perfect(token)  # "X has for years hosted talks"
                    actors = index.actors_of(subject) if subject is not None else []
                elif lemma in self.mediation_verbs and lemma in WEAK_MEDIATION and any(
                        c.dep_ == "dobj" and (c.lemma_.lower() in PRESIDED_NOUNS or (
                            lemma == "chair" and c.i in index.at and index.at[c.i].label_ == "Organisation"))
                        for c in token.children):
                    continue  # "X chairs the Commons committee", "chairs IGAD", "hosted a dinner": a body run, an event held
                elif lemma in self.mediation_verbs and token.dep_ == "pcomp" and token.head.lower_ == "in" \
                        and (role := self._role_in(token)) is not None:
                    actors = self._role_owners(role, index)  # "X's role in brokering the deal"
                elif lemma in self.mediation_verbs:
                    subject = index.subject(token, controlled=True, raised=True) or self._role_subject(token, index)
                    if subject is not None and (subject.lower_ in SIDE_NOUNS or subject.lower_ in self.negotiation_nouns):
                        subject = None  # "Libya's warring parties convene": the parties, not a convener;
                        # "discussions between both sides are focused on facilitating aid": nobody mediates
                    if lemma in GENERIC_MEDIATION and any(
                            c.dep_ == "dobj" and c.i not in index.at and c.lower_ not in self.negotiation_nouns
                            and c.lemma_.lower() not in self.negotiation_nouns for c in token.children):
                        continue  # "facilitate humanitarian aid", "arrange transport": no talks brokered
                    actors = index.actors_of(subject) if subject is not None else []
            governor = token if token.pos_ == "VERB" else token.head
            if actors and governor.pos_ in ("VERB", "AUX") and (
                    self._denied(governor)
                    or phrasal(governor) in self.rejections
                    or governor.lemma_ in self.rejections):
                continue  # "X cannot be a mediator", "Y did not mediate", "ruled out X's mediation"
            if actors and token.pos_ == "VERB" and conditional(token):
                continue  # "asked whether X could mediate"
            if actors and (self._claimed(token) or token.head.lower_ == "without"):
                continue  # "claiming that he brokered the deal", "talks without any mediation by X"
            if actors and lemma in WEAK_MEDIATION and ActorIndex.agent(token) is not None or (
                    text.endswith("-led") or lemma == "lead"):
                if not self._led_process(token):
                    continue  # "the army led by X", "a dinner hosted by X": only talks or a peace effort
            for actor in (a for a in actors if a.label_ in PARTY_TYPES):
                found.append((actor, token.sent, self._parties(token, index)))
        return found

    @staticmethod
    def _post_holders(post: Token, index: ActorIndex) -> list[Span]:
        """Who takes a mediator's post ("X was named to the mediator position", "asked Y to take
        over the mediation role from Z": Y, and Z who held it before)."""
        verb = post.head.head if post.dep_ == "pobj" else post.head if post.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in TAKING_VERBS:
            return []  # (not "applied for the mediator job")
        asked = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "xcomp" else None
        holder = asked if asked is not None else next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or index.subject(verb)
        before = [a for h in (verb, post) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
        return (index.actors_of(holder) if holder is not None else []) + before

    @staticmethod
    def _named_mediators(noun: Token, index: ActorIndex) -> list[Span]:
        """The people a mediation noun names: "the mediators are A and B", "the mediators
        are the former presidents of Nigeria and Kenya, A and B", "the other members of the AU
        mediation team, A and B"."""
        named: list[Token] = []
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            named = [c for c in noun.head.children if c.dep_ == "attr"]
        elif noun.lower_ in MEDIATING_GROUPS and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lower_ in ("members", "member"):
            named = [noun.head.head]
        people = [t for n in named for t in [n, *(c for c in n.children if c.dep_ == "appos")]]
        for n in named:  # "X spoke, flanked by the other members of the team": X is one of them
            if n.lower_.startswith("member") and any(c.lower_ == "other" for c in n.children):
                verb = n
                while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                    verb = verb.head
                if verb.dep_ == "advcl" and verb.tag_ == "VBN":  # "X said, flanked by ...": the one flanked
                    verb = verb.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    people.append(subject)
        doc = noun.doc
        for n in named:  # the names after the comma, hung elsewhere by the parser
            after = n.right_edge.i + 1 if n.right_edge.i > noun.i else noun.right_edge.i + 1
            if after >= len(doc) or doc[after].text != ",":
                continue
            for tok in doc[after + 1:min(after + 9, len(doc))]:  # (", South African former Vice President X and Y")
                if tok.i in index.at and index.at[tok.i].label_ == "Person":
                    people.append(index.at[tok.i].root)
                    break
                if tok.pos_ in ("VERB", "AUX", "PUNCT") or tok.i in index.at and index.at[tok.i].label_ != "Country":
                    break
        return [a for t in people for a in index.actors_of(t) if a.label_ == "Person"]

    @staticmethod
    def _role_in(verb: Token) -> Token | None:
        """The role noun a mediation verb after "in" tells: "Islamabad's role in facilitating the
        peace process", "Qatar played a key role in brokering the truce"."""
        governor = verb.head.head
        if governor.lemma_.lower() in ROLE_NOUNS:
            return governor
        return next((c for c in governor.children if c.dep_ == "dobj" and c.lemma_.lower() in ROLE_NOUNS), None)

    @staticmethod
    def _role_owners(role: Token, index: ActorIndex) -> list[Span]:
        """Whose the role is: its owner ("Islamabad's role"), else who plays or has it."""
        owners = [a for c in role.children if c.dep_ in ("poss", "compound", "amod") for a in index.actors_of(c)]
        if not owners and role.dep_ == "dobj" and role.head.lemma_ in ("play", "have"):
            subject = index.subject(role.head)
            owners = index.actors_of(subject) if subject is not None else []
        return owners

    def _named_as(self, as_: Token, index: ActorIndex) -> list[Span]:
        """Who is called a mediator with "as": the actor right before it ("little faith in Mr
        Mbeki as a mediator"), else whoever acts as one ("Norway acted as mediator",
        "Switzerland, acting as facilitator,", "with X acting as mediators")."""
        if as_.head.i in index.at and as_.head.i < as_.i:  # "Saudi Arabia and the US as facilitators": both
            return index.actors_of(as_.head)
        if as_.i - 1 in index.at:
            return [index.at[as_.i - 1]]
        acting = as_.head
        if acting.pos_ not in ("VERB", "AUX"):
            return []
        appointed = next((c for c in acting.children if c.dep_ == "dobj"), None)
        if acting.lemma_ in APPOINTING_VERBS and appointed is not None:
            # "ECOWAS appointed Senegal's president as a facilitator ..., alongside Togolese President X"
            beside = [p for n in (acting, *as_.children) for c in n.children if c.dep_ == "prep"
                      and c.lower_ == "alongside" for p in c.children if p.dep_ == "pobj"]
            return [a for t in [appointed, *beside] for a in index.actors_of(t)]
        holder = self._absolute_subject(acting) or index.subject(acting) or (
            acting.head if acting.dep_ in ("acl", "advcl") else None)
        return index.actors_of(holder) if holder is not None else []

    @staticmethod
    def _absolute_subject(verb: Token) -> Token | None:
        """The subject of a "with" absolute the parser split: "..., with Russia, Ukraine and the
        OSCE acting as mediators" hangs "acting" beside "with Russia", not under it."""
        if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBG":
            return None
        return next((p for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i
                     for p in c.children if p.dep_ == "pobj" and p.right_edge.i == verb.i - 1), None)

    def _auspices(self, token: Token, index: ActorIndex) -> list[tuple[Span, Span, list[Span]]]:
        """"Under the auspices of Qatar, the US and the Taliban signed an agreement", "talks held
        under UN auspices": the sponsor mediates between those acting under it."""
        sponsors = [a for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                    for a in index.actors_of(c)]
        of_objects = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
        sponsors += [a for p in of_objects for a in index.actors_of(p, coordinated=False)]
        # a fronted phrase the parser runs on into the subject: "Under the auspices of Qatar, the
        # US and the Taliban signed ...": the conjuncts after the comma are the subject
        run_on = [c for p in of_objects for c in p.children if c.dep_ == "conj"
                  and c.i > 0 and any(t.text == "," for t in token.doc[p.i:c.left_edge.i])]
        scope = token.head.head  # what happens under them: a verb, or the talks themselves
        if scope.pos_ in ("VERB", "AUX"):
            subject = index.subject(scope)
            parties = index.actors_of(subject) if subject is not None else [
                a for c in run_on for a in index.actors_of(c)]
            parties += [a for tok in scope.subtree if tok.dep_ == "pobj" and tok.head.lower_ in ("between", "with")
                        for a in index.actors_of(tok)]
        else:
            parties = self._parties(scope, index) if scope.pos_ == "NOUN" else []
        sponsor_keys = {s.kb_id_ for s in sponsors}
        parties = [p for p in parties
                   if p.label_ in PARTY_TYPES and p.label_ != "Person" and p.kb_id_ not in sponsor_keys]
        governor = scope if scope.pos_ in ("VERB", "AUX") else scope.head
        if not parties or (governor.pos_ in ("VERB", "AUX") and ActorIndex.is_negated(governor, self.negators)):
            return []
        return [(s, token.sent, parties) for s in sponsors if s.label_ in PARTY_TYPES]

    def _brings_together(self, verb: Token) -> bool:
        """"brought together A and B", "brought A and B together"."""
        return verb.lemma_.lower() in self.convening_verbs and any(
            t.lower_ == "together" and t.dep_ in ("advmod", "prt") and verb in (t.head, t.head.head)
            for t in verb.sent if t.i > verb.i)

    @staticmethod
    def _before_comma(noun: Token, index: ActorIndex) -> list[Span]:
        """The actors named right before the comma that opens an apposition, when the parser hangs
        the apposition elsewhere ("read by representatives of Cuba and Norway, the guarantors")."""
        comma = noun.left_edge.i - 1
        if comma < 1 or noun.doc[comma].text != "," or comma - 1 not in index.at:
            return []
        first = first_conjunct(noun.doc[comma - 1])
        return index.actors_of(first)

    @staticmethod
    def _misparsed_perfect(participle: Token) -> Token | None:
        """The subject of a perfect tense the parser split: in "Oman has for years hosted talks",
        "hosted" hangs on "talks" as an adjective and "has" is the main verb."""
        if participle.tag_ not in ("VBN", "VBD") or participle.i == 0 or participle.doc[participle.i - 1].text == "-":
            return None
        verb = participle.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        if verb.lemma_ != "have" or verb.i > participle.i or any(c.dep_ == "dobj" for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)

    def _claimed(self, token: Token) -> bool:
        """A mediation someone only claims: the content of "claimed that", "his claim that",
        "the narrative that X brokered the ceasefire"."""
        head = token
        for _ in range(3):
            if head.dep_ not in ("ccomp", "acl", "relcl", "xcomp") or head.head == head:
                return False
            head = head.head
            if head.lemma_.lower() in self.claims or head.lower_ in self.claims:
                return True
        return False

    def _sides(self, doc: Doc, index: ActorIndex, affiliated: set[tuple[str, str]], pairs) -> dict[str, Span]:
        """Actors the article names as one side of talks whose other side it leaves unnamed:
        "talks between the South Sudan government and the holdout groups", "its talks with the
        opposition", "A held talks with rebel groups". A person stands for the one state or body
        the article gives them a role in. Used for mediators when no pair of sides is named."""
        roles: dict[str, set[str]] = {}
        for person, body in affiliated:
            roles.setdefault(person, set()).add(body)
        found: dict[str, Span] = {}
        spans = {a.kb_id_: a for a in index.actors}
        named_sides: list[Span] = []
        for token in tokens_of(doc):
            if token.lower_ not in TALK_NOUNS or token.pos_ != "NOUN" or self._wanted(token):
                continue
            governor = token.head if token.dep_ in ("dobj", "pobj") else token
            governor = governor.head if governor.dep_ == "prep" else governor
            if governor.pos_ in ("VERB", "AUX") and (ActorIndex.is_negated(governor, self.negators) or any(
                    c.dep_ == "neg" for c in governor.children) or conditional(governor)):
                continue
            named = [a for c in token.children if c.dep_ == "poss" for a in index.actors_of(c)]
            named += [a for c in token.children if c.dep_ == "prep" and c.lower_ in ("between", "with")
                      for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
            if token.dep_ == "dobj" and governor.lemma_.lower() in self.negotiation_holders:
                subject = index.subject(governor)  # "A held talks with ..."
                named += index.actors_of(subject) if subject is not None else []
            named_sides.extend(named)
        named_sides.extend(self._joining_talks(doc, index))
        # people at the table: "talks between A and B", two leaders
        named_sides.extend(s for a, b, *_ in pairs for s in (a, b) if s.label_ == "Person")
        for actor in named_sides:
            if actor.label_ == "Person":
                bodies = roles.get(actor.kb_id_, set())
                actor = spans.get(next(iter(bodies))) if len(bodies) == 1 else None
            if actor is not None and actor.label_ in PARTY_TYPES - {"Person"}:
                found.setdefault(actor.kb_id_, actor)
        return found

    def _joining_talks(self, doc: Doc, index: ActorIndex) -> list[Span]:
        """"Delegates of A, B and C have announced their readiness to participate in the talks",
        "A and B will join the talks": the bodies named before the verb take part (the parse of
        such lists is often broken, so every body before the verb in its sentence counts)."""
        found = []
        for verb in tokens_of(doc):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in JOINING_VERBS:
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"] + [
                p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
            if not any(o.lower_ in TALK_NOUNS or o.lower_ in self.negotiation_nouns for o in objects):
                continue
            chain = [verb] + [a for a in verb.ancestors][:3]
            if any(self._denied(v)
                   or conditional(v) for v in chain if v.pos_ in ("VERB", "AUX")):
                continue
            found.extend(a for a in index.actors if verb.sent.start <= a.start < verb.i
                         and a.label_ in ("Organisation", "Country")
                         and not (a.start > 0 and doc[a.start - 1].lower_ in ("in", "at")))
        return found

    @staticmethod
    def _role_subject(verb: Token, index: ActorIndex) -> Token | None:
        """"X played a key role in facilitating the ceasefire", "X's role in brokering the deal":
        the subject (or owner) of the role is who did it."""
        if verb.dep_ != "pcomp" or verb.head.lower_ != "in":
            return None
        governor = verb.head.head
        if governor.lemma_ == "role":
            owner = next((c for c in governor.children if c.dep_ == "poss"), None) or next(
                (p for c in governor.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)  # "X's role", "the role of X"
            if owner is not None:
                return owner
            governor = governor.head if governor.dep_ == "dobj" else governor
        if governor.lemma_ in ROLE_HOLDING_VERBS and any(c.dep_ == "dobj" and c.lemma_ == "role"
                                                         for c in governor.children):
            return index.subject(governor)  # "X played a key role in ...", not "Y appreciated the role"
        
        return None

    def _led_process(self, token: Token) -> bool:
        """Whether what ``token`` ("led") modifies is talks or a mediation: "AU-led talks", "a
        mediation effort led by X", "the peace process led by X"."""
        head = token.head if token.dep_ in ("acl", "amod") else next(
            (c for c in token.children if c.dep_ == "nsubjpass"), token)
        words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
        if head.lower_ in self.effort_nouns and any(  # "efforts led by Oman to settle the conflict"
                c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_.lower() in self.bridging_verbs | SETTLING
                for c in list(token.children) + list(head.children)):
            return True
        return bool(words & (self.negotiation_nouns | self.mediation_nouns | PEACE_EFFORTS))

    def _parties(self, trigger: Token, index: ActorIndex) -> list[Span]:
        """Parties named around a mediation trigger: objects, "between A and B", "with X"."""
        scope = trigger if trigger.pos_ == "VERB" else trigger.head
        parties = []
        sides = []  # "the meeting of Armenian and Azerbaijani negotiators", "the mediator for A and B"
        for tok in scope.subtree:
            if tok.dep_ in ("dobj", "pobj") and (tok.head == scope or tok.head.lower_ in ("between", "with")):
                parties.extend(a for a in index.actors_of(tok) if a.label_ in PARTY_TYPES)
            elif tok.dep_ == "pobj" and (
                    (tok.head.lower_ == "of" and tok.head.head.lower_ in self.gatherings)
                    or (tok.head.lower_ == "for" and tok.head.head == trigger and trigger.pos_ == "NOUN")):
                sides.extend(a for a in index.actors_of(tok) if a.label_ in PARTY_TYPES)
        if len({a.kb_id_ for a in sides}) > 1:  # "a meeting of Hamas officials" is no dispute
            parties.extend(sides)
        if trigger.pos_ == "NOUN":  # "the guarantors of the Colombian talks with the FARC"
            for talks in (p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj" and p.lower_ in TALK_NOUNS):
                parties.extend(a for c in talks.children if c.dep_ in ("amod", "compound", "poss")
                               for a in index.actors_of(c) if a.label_ in PARTY_TYPES)
                parties.extend(a for c in talks.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                               for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)
                               if a.label_ in PARTY_TYPES)
        if trigger.pos_ == "VERB" and trigger.dep_ in ("acl", "amod"):
            # "a mediation effort led by X to resolve tensions between A and B"
            parties.extend(a for tok in trigger.head.subtree if tok.dep_ == "pobj" and tok.head.lower_ == "between"
                           and tok not in scope.subtree for a in index.actors_of(tok) if a.label_ in PARTY_TYPES)
        if trigger.dep_ == "compound" and trigger.head.dep_ == "nsubj":  # "Mediator X will meet both sides"
            verb = trigger.head.head
            parties.extend(a for c in verb.children if c.dep_ == "dobj" for a in index.actors_of(c)
                           if a.label_ in PARTY_TYPES)
            parties.extend(a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                           for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)
                           if a.label_ in PARTY_TYPES)
        if trigger.dep_ == "compound" and trigger.head.dep_ == "pobj" and trigger.head.head.lower_ == "with":
            verb = trigger.head.head.head  # "they held separate meetings with mediator X": who met X
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.dep_ in ("dobj", "pobj", "prep"):
                verb = verb.head
            subject = index.subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            parties.extend(a for a in (index.actors_of(subject) if subject is not None else ())
                           if a.label_ in PARTY_TYPES)
        if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj",):
            verb = trigger.head
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ == "with":
                    parties.extend(a for c in child.children for a in index.actors_of(c))
        if trigger.pos_ != "VERB" or trigger.dep_ in ("amod", "acl"):
            parties.extend(self._participants(trigger.head if trigger.pos_ == "VERB" else scope, index))
        parties.extend(self._copula_sides(trigger, index))
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "as" and trigger.head.head.lemma_ in ACCEPTING_VERBS \
                and any(c.dep_ == "dobj" and c.i < trigger.head.i for c in trigger.head.head.children):
            parties.extend(_subject_sides(trigger.head.head, index))  # "Kenya and Ethiopia accepted Norway as mediator"
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "as" and trigger.head.head.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "with" and c.i < trigger.i for c in trigger.head.head.children):
            parties.extend(_subject_sides(trigger.head.head, index))
            # "A and B signed the deal, with Qatar as mediator": the clause's doers
        if trigger.pos_ == "VERB" and trigger.dep_ == "xcomp" and trigger.head.lemma_ in ASKING_VERBS \
                and len({a.kb_id_ for a in parties}) == 1:  # "Somalia asked Turkey to mediate its row with X"
            parties.extend(_subject_sides(trigger.head, index))
        # a person at the table brings their country: "hosted Thailand's PM and Cambodian PM"
        return [p for p in parties if p.label_ != "Person"] + [
            m for p in parties if p.label_ == "Person" for m in index._modifiers(p.root.head)]

    @staticmethod
    def _copula_sides(trigger: Token, index: ActorIndex) -> list[Span]:
        """"A and B are the conflicting sides, with X acting as mediator": the sides the clause
        around a "with ... acting as" absolute names (however the parser hangs the absolute)."""
        if trigger.dep_ != "pobj" or trigger.head.lower_ != "as":
            return []
        acting = trigger.head.head
        if acting.dep_ == "acl":
            sides = acting.head
        elif acting.dep_ == "pcomp" and acting.head.lower_ == "with":
            sides = next((c for c in acting.head.head.children if c.dep_ == "attr"), acting)
        else:
            return []
        if sides.lower_ not in SIDE_NOUNS or sides.dep_ != "attr" or sides.head.lemma_ != "be":
            return []
        return [a for c in sides.head.children if c.dep_ == "nsubj"
                for a in index.actors_of(c) if a.label_ in PARTY_TYPES]

    @staticmethod
    def _participants(talks: Token, index: ActorIndex) -> list[Span]:
        """Who takes part in the talks a mediation trigger modifies: "invited A and B to
        participate in Washington-mediated talks", "A and B joined the Qatari-brokered talks"."""
        verb = talks.head.head if talks.dep_ == "pobj" and talks.head.dep_ == "prep" else (
            talks.head if talks.dep_ == "dobj" else None)
        if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in ("participate", "join", "attend", "take"):
            return []
        if verb.dep_ == "xcomp":  # "invited A and B to participate": the object takes part
            holder = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        else:
            holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return [a for a in index.actors_of(holder) if a.label_ in PARTY_TYPES] if holder is not None else []

    # -- negotiation -------------------------------------------------------------------------------
    def _negotiations(self, doc: Doc, index: ActorIndex):
        pairs, seen = [], set()
        roles: dict[str, set[str]] = {}
        for h in doc._.sg_relations or ():
            if h.predicate in ("leaderOf", "memberOf", "spokespersonFor"):
                roles.setdefault(h.subject, set()).add(h.object)
        spans = {a.kb_id_: a for a in index.actors}

        def add(a: Span, b: Span, sent: Span, conf: float, rule: str) -> None:
            if (a.label_ == "Person") != (b.label_ == "Person"):
                # "Nyusi ... in talks with Renamo": the person stands for the one body they serve
                person, other = (a, b) if a.label_ == "Person" else (b, a)
                bodies = roles.get(person.kb_id_, set())
                body = spans.get(next(iter(bodies))) if len(bodies) == 1 else None
                if body is None or body.kb_id_ == other.kb_id_:
                    return
                a, b = body, other
            if a.kb_id_ == b.kb_id_:
                return
            key = tuple(sorted((a.kb_id_, b.kb_id_)))
            if key not in seen:
                seen.add(key)
                pairs.append((a, b, sent, conf, rule))

        for token in tokens_of(doc):
            lemma = token.lemma_.lower()
            if token.pos_ in ("VERB", "AUX") and (lemma in self.negotiation_verbs or self._has_negotiation_object(token) or (
                    token.dep_ in ("acl", "relcl") and token.head.lower_ in self.negotiation_nouns
                    and lemma in self.negotiation_holders) or self._signed_deal(token)):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and index.in_dateline(subject):
                    subject = index.past_dateline(subject)  # "DOHA (Reuters) - Russia and Ukraine are set to ..."
                purpose = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
                if (subject is None and (token.dep_ == "xcomp" or purpose)) or (
                        subject is not None and subject.lower_ in ("who", "which", "that")):
                    subject = index.subject(token, raised=True)  # "A and B, who met for talks"
                if subject is None and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.i in index.at:
                    subject = token.head  # "TV showed X meeting with Y": X meets Y
                signers = ActorIndex.agent(token) if lemma in SIGNING_VERBS else None
                if signers is not None and (subject is None or subject.dep_ == "nsubjpass"):
                    subject = signers  # "the agreement signed by A and B", "the deal was signed by A and B"
                sides = [a for a in index.actors_of(subject) if a.label_ in PARTY_TYPES] \
                    if subject is not None and not self._one_side(subject, index) else []
                refused = lemma not in OUTCOME_VERBS and self._denied(token)
                heads = [token] + [c for c in token.children if c.dep_ == "dobj" and c.lower_ in self.negotiation_nouns]
                partnered = any(c.dep_ == "prep" and c.lower_ == "with" and not _absolute(c)
                                and any(p.i in index.at for p in c.children)
                                for h in heads + [g for c in token.children if c.dep_ == "prep" for g in c.children
                                                  if g.dep_ == "pobj" and g.lower_ in self.negotiation_nouns]
                                for c in h.children)
                for a, b in combinations(sides if not refused and not partnered else [], 2):
                    # not "A and B will not join talks"; "A and B travelled for talks with C" are one side
                    add(a, b, token.sent, 0.7, "coordinated-negotiators")
                with_objects = [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                                and not _absolute(c) for p in c.children if p.dep_ == "pobj"
                                and not (lemma == "agree" and p.i not in index.at and p.pos_ == "NOUN"
                                         and p.lower_ not in index.group_nouns)  # "agreed with the NAO's assessment"
                                for a in index.actors_of(p)]
                if lemma == "meet":
                    with_objects += [a for c in token.children if c.dep_ == "dobj" for a in index.actors_of(c)]
                if purpose and token.head.lemma_ == "meet" and token.head.pos_ == "VERB":  # "A met B to discuss it"
                    met = [c for c in token.head.children if c.dep_ == "dobj"] + [
                        p for c in token.head.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
                    with_objects += [a for p in met for a in index.actors_of(p)]
                if not sides and with_objects:  # "maintain the ceasefire agreed with Pakistan"
                    sides = self._deal_holder(token, index)
                if conditional(token) or self._held_back(token) or refused:
                    with_objects = []  # "will not join talks with B", "whether A would hold talks with B"
                # "its chairman X held talks with Minister Y": the body's pair and the people's pair
                named = next((a for a in sides[1:] if a.label_ == "Person"), None) \
                    if sides and sides[0].label_ != "Person" else None
                for a in sides[:1] + ([named] if named is not None else []):
                    for b in with_objects:
                        add(a, b, token.sent, 0.65, "negotiates-with")
            for a, b in self._counterparts_met(token, index, roles) if lemma == "meet" else ():
                add(a, b, token.sent, 0.6, "met-counterpart")
            for a, b in combinations(self._delegates_met(token, index), 2) if lemma == "meet" else ():
                add(a, b, token.sent, 0.6, "delegates-met")
            if token.pos_ == "VERB" and self._brings_together(token) and not conditional(token) \
                    and not ActorIndex.is_negated(token, self.negators):
                brought = [a for c in token.children if c.dep_ == "dobj" for a in index.actors_of(c)
                           if a.label_ in PARTY_TYPES]
                for a, b in combinations(brought, 2):
                    if (a.label_ == "Person") == (b.label_ == "Person"):
                        add(a, b, token.sent, 0.6, "brought-together")
            meeting_holders = [index.at[c.i] for c in token.children if c.i in index.at and (
                c.dep_ == "poss" or c.dep_ == "compound" and index.at[c.i].label_ == "Person")] \
                if token.lower_ in MEETING_NOUNS else []  # "X's meeting with Y" (not "an Oval Office meeting")
            named_meeting = bool(meeting_holders)
            if (token.lower_ in TALK_NOUNS or named_meeting) and token.pos_ == "NOUN" and not self._wanted(token):
                others = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                          for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)
                          if a.label_ in PARTY_TYPES]
                verb = token
                for _ in range(4):  # "to consult X ahead of next week's negotiations with B"
                    if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                        break
                    verb = verb.head
                if others and verb.pos_ in ("VERB", "AUX") and not ActorIndex.is_negated(verb, self.negators) \
                        and not any(c.dep_ == "neg" for c in verb.children) and not conditional(verb):
                    subject = index.subject(verb)
                    holders = [a for a in meeting_holders if a.label_ in PARTY_TYPES] or (
                        [a for a in index.actors_of(subject) if a.label_ in PARTY_TYPES] if subject is not None else [])
                    for a in holders[:1]:
                        for b in others:
                            add(a, b, token.sent, 0.6, "talks-with")
            if token.lower_ in self.negotiation_nouns and not self._wanted(token):
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ == "between":
                        sides = [a for p in child.children if p.dep_ == "pobj" for a in index.actors_of(p)]
                        for a, b in combinations([s for s in sides if s.label_ in PARTY_TYPES], 2):
                            add(a, b, token.sent, 0.7, "talks-between")
                for a, b in self._issue_between(token, index):
                    add(a, b, token.sent, 0.6, "talks-issue-between")
                for a, b in self._matter_between(token, index):
                    add(a, b, token.sent, 0.6, "talks-matter-between")
        return pairs

    @staticmethod
    def _delegates_met(verb: Token, index: ActorIndex) -> list[Span]:
        """"Negotiators from A and B met in Geneva", "delegations of A and B met": the two sides'
        people at one table (not "A and B met": a meeting of bodies is no negotiation)."""
        if verb.pos_ != "VERB" or conditional(verb) or any(c.dep_ == "neg" for c in verb.children):
            return []
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in DELEGATE_NOUNS:
            return []
        sides = {a.kb_id_: a for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                 for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p) if a.label_ in PARTY_TYPES}
        return list(sides.values())

    @staticmethod
    def _counterparts_met(verb: Token, index: ActorIndex, roles: dict[str, set[str]]) -> list[tuple[Span, Span]]:
        """"De Gucht, who met Chinese Vice-Minister Zhong Shan in Brussels", "Serraj met the
        commander who rules the east, Khalifa Haftar": two named people who serve different
        bodies, meeting, hold talks. Only people: a leader meeting "Sudan's leaders" or "his EU
        counterparts" names no one side, and colleagues of one body meet without negotiating."""
        if verb.lemma_ != "meet" or verb.pos_ != "VERB" or conditional(verb) \
                or any(c.dep_ == "neg" for c in verb.children):
            return []
        subject = index.subject(verb, raised=True)
        if subject is None:
            return []
        guests = [c for c in verb.children if c.dep_ == "dobj"] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        hosts = [a for a in index.actors_of(subject) if a.label_ == "Person"]
        guests = [g for g in guests if g.lower_ in ("counterpart", "counterparts") or not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in g.children)]  # not "met his adviser X"
        met = [a for g in guests for a in index.actors_of(g) if a.label_ == "Person"]
        return [(a, b) for a in hosts[:1] for b in met
                if a.kb_id_ != b.kb_id_ and not roles.get(a.kb_id_, set()) & roles.get(b.kb_id_, set())]

    @staticmethod
    def _matter_between(talks: Token, index: ActorIndex) -> list[tuple[Span, Span]]:
        """"Talks for a grand coalition between the CDU and the SPD", "talks to resolve the trade
        war between the US and Beijing": what the talks are about lies between two sides, and
        they are the talks' sides, unless the talks name a partner of their own ("talks with
        Qatar on the war between A and B" are Qatar's)."""
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in talks.children) or any(
                c.dep_ in ("poss", "compound", "amod") and c.i in index.at for c in talks.children):
            return []
        matters = [p for c in talks.children if c.dep_ == "prep" and c.lower_ in MATTER_PREPOSITIONS
                   for p in c.children if p.dep_ == "pobj"]
        matters += [o for c in talks.children if c.dep_ == "acl" and to_infinitive(c)
                    for o in c.children if o.dep_ == "dobj"]  # "talks to resolve the war between A and B"
        found = []
        for matter in matters:
            if matter.i in index.at:
                continue
            for prep in (c for c in matter.children if c.dep_ == "prep" and c.lower_ == "between"):
                sides = [a for p in prep.children if p.dep_ == "pobj" for a in index.actors_of(p)
                         if a.label_ in PARTY_TYPES]
                if len({a.kb_id_ for a in sides}) == 2:
                    found.append((sides[0], sides[1]))
        return found

    def _issue_between(self, talks: Token, index: ActorIndex) -> list[tuple[Span, Span]]:
        """"The talks are deadlocked over how to share power between Mugabe and Tsvangirai": the
        two the talks' own clause puts "between" are its sides (the talks are its subject, and
        the clause is not negated, conditional or only wanted)."""
        verb = talks.head
        if talks.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or conditional(verb) \
                or self._denied(verb):
            return []
        found = []
        for tok in verb.subtree:
            if tok.lower_ == "between" and tok.dep_ == "prep" and tok not in talks.subtree \
                    and tok.head.lower_ not in self.negotiation_nouns:  # ("pave the way for talks between": theirs)
                sides = [a for p in tok.children if p.dep_ == "pobj" for a in index.actors_of(p)
                         if a.label_ in PARTY_TYPES]
                if len({a.kb_id_ for a in sides}) == 2:
                    found.append((sides[0], sides[1]))
        return found

    @staticmethod
    def _one_side(subject: Token, index: ActorIndex) -> bool:
        """A subject that is one body however many actors its modifiers name: "the bloc's
        Luxembourg presidency" (the EU's presidency, held by Luxembourg), unlike "Russian and
        Ukrainian officials" or "Kenya and Ethiopia"."""
        if subject.i in index.at or any(c.dep_ == "conj" for c in subject.children) or subject.tag_ == "NNS":
            return False
        modifiers = [c for c in subject.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        return len(modifiers) > 1 and not any(g.dep_ == "conj" for c in modifiers for g in c.children)

    def _deal_holder(self, verb: Token, index: ActorIndex) -> list[Span]:
        """Who holds a deal a participle describes: "urged India to maintain the ceasefire agreed
        with Pakistan" (India), "Ghana will honour the deal signed with Togo" (Ghana)."""
        if verb.dep_ in ("acl", "relcl") and verb.head.lower_ in self.negotiation_nouns:
            governor = verb.head.head if verb.head.dep_ in ("dobj", "pobj", "nsubjpass") else None
        elif verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "nsubj" and c.lower_ in self.negotiation_nouns
                                        for c in verb.children):
            governor = verb.head if verb.dep_ in ("ccomp", "xcomp") else None  # misparsed participle
        else:
            return []
        if governor is not None and governor.dep_ == "pobj":
            governor = governor.head.head
        if governor is None or governor.pos_ not in ("VERB", "AUX"):
            return []
        if governor.dep_ == "xcomp":  # "urged India to maintain ...": the object does it
            controller = next((c for c in governor.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return [a for a in index.actors_of(controller) if a.label_ in PARTY_TYPES]
        subject = index.subject(governor)
        return [a for a in index.actors_of(subject) if a.label_ in PARTY_TYPES] if subject is not None else []

    def _denied(self, verb: Token) -> bool:
        """A verb negated ("did not", "never") or under a negating word of the lexicon."""
        return ActorIndex.is_negated(verb, self.negators) or any(c.dep_ == "neg" for c in verb.children)

    def _held_back(self, verb: Token) -> bool:
        """Talks a verb tells of that are not held: "a demand that the DRC hold direct dialogue
        with M23" (only demanded), "would not attend crisis talks called with Kagame" (the talks
        the verb describes are refused)."""
        if verb.dep_ in ("ccomp", "acl", "relcl") and verb.head.lemma_.lower() in self.demand_words:
            return True
        if verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("dobj", "pobj"):
            above = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
            return above.pos_ in ("VERB", "AUX") and self._denied(above)
        return False

    def _wanted(self, noun: Token) -> bool:
        """Talks only demanded, refused or set as a condition are not held: "conditional on a
        direct dialogue between A and B", "refused talks between A and B", "called for talks"."""
        head = noun
        for _ in range(5):
            if head.dep_ not in ("pobj", "prep", "dobj", "xcomp", "acl", "relcl", "ccomp", "conj") or head.head == head:
                return False  # ("a failed attempt to broker negotiations between A and B")
            head = head.head
            if head.lemma_.lower() in self.blocking:
                return True  # "threatened to block ... the opening of negotiations with Kyiv"
            if (head.lemma_.lower() in self.demand_words and phrasal(head) == head.lemma_.lower()) or any(
                    # ("called off its plan after talks with X" demands nothing) "made X conditional on talks"
                    c.pos_ == "ADJ" and c.lemma_.lower() in self.demand_words for c in head.subtree):
                return True
        return False

    @staticmethod
    def _people_as_parties(pairs, mediating: set[str]) -> dict[str, Span]:
        """The people who negotiate, as parties of a mediation ("talks between Maduro and
        Guaido, mediated by Norway"); the mediators and their own people (``mediating``) are no
        party ("Kenya's Ruto met Kiir"). Fewer than two parties make none."""
        parties = {s.kb_id_: s for a, b, *_ in pairs for s in (a, b) if s.kb_id_ not in mediating}
        return parties if len(parties) > 1 else {}

    @staticmethod
    def _warring_sides(attacks: list[RelationHit], index: ActorIndex, mediator_keys: set[str]) -> dict[str, Span]:
        """The two sides of the one war an article tells of ("Russia struck Ukrainian ports"):
        the parties of a deal or truce brokered there when the article names none with it. Only
        when every attack on a state or group (not on a place) is between the same two."""
        spans = {s.kb_id_: s for s in index.actors}
        sides = {frozenset((h.subject, h.object)) for h in attacks
                 if spans[h.object].label_ in PARTY_TYPES - {"Person"}}
        if len(sides) != 1 or next(iter(sides)) & mediator_keys:
            return {}
        return {key: spans[key] for key in next(iter(sides))}

    def _deal_between(self, verb: Token) -> bool:
        """"efforts to secure a ceasefire between A and B": securing a deal between two others."""
        return verb.lemma_.lower() in SECURING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in SETTLEMENT_WORDS
            and any(p.dep_ == "prep" and p.lower_ == "between" for p in c.children) for c in verb.children)

    def _sides_at_odds(self, doc: Doc, index: ActorIndex, mediator_keys: set[str]) -> dict[str, Span]:
        """The two sides of the one fight, dispute or prisoner exchange an article names ("the
        border clashes between the two countries", "fighting between A and B", "A and B swapped
        prisoners"): the parties of a truce or swap brokered there when the article names none with it."""
        sides = set()
        for noun in tokens_of(doc):  # (a noun of strife, or a verb of exchange)
            if noun.pos_ == "VERB" and noun.lemma_.lower() in EXCHANGE_WORDS:  # "A and B swapped prisoners"
                subject = index.subject(noun)
                swapping = {a.kb_id_ for a in index.actors_of(subject) if a.label_ in PARTY_TYPES - {"Person"}
                            and a.kb_id_ not in mediator_keys} if subject is not None else set()
                if len(swapping) == 2:
                    sides.add(frozenset(swapping))
                continue
            if noun.lower_ not in self.strife_nouns | EXCHANGE_WORDS or not (noun.pos_ == "NOUN" or noun.tag_ == "VBG"):
                continue  # (a gerund too: "Fighting between A and B killed dozens")
            heads = [noun] + [c for c in noun.children if c.dep_ in ("acl", "relcl")]  # "clashes that erupted between"
            between = [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                       for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)
                       if a.label_ in PARTY_TYPES - {"Person"} and a.kb_id_ not in mediator_keys]
            if len({a.kb_id_ for a in between}) == 2:
                sides.add(frozenset(a.kb_id_ for a in between))
        if len(sides) != 1:
            return {}
        spans = {s.kb_id_: s for s in index.actors}
        return {key: spans[key] for key in next(iter(sides))}

    @staticmethod
    def _mediated_pairs(mediators, mediator_keys: set[str], pairs):
        """"X mediated between A and B", "talks hosted by X between A and B": the two sides a
        mediation names after "between" deal with each other through the mediator (not those it
        meets one by one: "the mediators held talks with A and B")."""
        seen = {frozenset((a.kb_id_, b.kb_id_)) for a, b, *_ in pairs}
        found = []
        for _, sent, parties in mediators:
            sides = {p.kb_id_: p for p in parties if p.kb_id_ not in mediator_keys and p.label_ != "Person"
                     and any(t.lower_ == "between" for t in p.root.ancestors)}
            if len(sides) != 2:
                continue
            a, b = sides.values()
            if frozenset((a.kb_id_, b.kb_id_)) not in seen:
                seen.add(frozenset((a.kb_id_, b.kb_id_)))
                found.append((a, b, sent, 0.55, "mediated-sides"))
        return found

    @staticmethod
    def _states_at_table(doc: Doc, index: ActorIndex, pairs, mediator_keys: set[str]):
        """Two people who hold a role in two different states negotiate for them: "talks between
        Congolese President A and Rwandan President B" -> the two states negotiate too."""
        serves: dict[str, set[str]] = {}
        for h in doc._.sg_relations or ():
            if h.predicate in ("leaderOf", "memberOf") and h.object.startswith("country/"):
                serves.setdefault(h.subject, set()).add(h.object)
        spans = {s.kb_id_: s for s in index.actors}
        seen = {tuple(sorted((a.kb_id_, b.kb_id_))) for a, b, *_ in pairs}
        found = []
        for a, b, sent, conf, rule in pairs:
            if a.label_ != "Person" or b.label_ != "Person":
                continue
            states_a, states_b = serves.get(a.kb_id_, set()), serves.get(b.kb_id_, set())
            if len(states_a) != 1 or len(states_b) != 1 or states_a == states_b:
                continue
            x, y = next(iter(states_a)), next(iter(states_b))
            key = tuple(sorted((x, y)))
            if key in seen or x in mediator_keys or y in mediator_keys or x not in spans or y not in spans:
                continue
            seen.add(key)
            found.append((spans[x], spans[y], sent, conf - 0.1, "states-at-table"))
        return found

    def _signed_deal(self, verb: Token) -> bool:
        """"the agreement was signed by A and B", "the pact, signed by A and B": a deal whose
        signers the passive names."""
        if verb.lemma_.lower() not in SIGNING_VERBS or ActorIndex.agent(verb) is None:
            return False
        deal = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return deal is not None and (deal.lower_ in self.negotiation_nouns or deal.lemma_.lower() in SETTLEMENT_WORDS)

    def _has_negotiation_object(self, verb: Token, depth: int = 3) -> bool:
        """"reach a deal", "remain in disagreement over a deal", "be able to ... reach an agreement"."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("after", "following", "through") and any(
                    g.dep_ == "pobj" and g.lower_ in TALK_NOUNS and not any(p.lower_ == "between" for p in g.subtree)
                    for g in child.children):
                return True  # "A and B are set to swap prisoners after negotiations mediated by X"
            if verb.lemma_ not in self.negotiation_holders:
                pass
            elif child.dep_ == "dobj" and child.lower_ in self.negotiation_nouns:
                return True
            elif child.dep_ == "prep" and child.lower_ in ("in", "to", "for") and any(
                    g.dep_ == "pobj" and g.lower_ in self.negotiation_nouns
                    and not any(p.lower_ == "between" for p in g.subtree) for g in child.children):
                return True  # "called for a new round of dialogue" (but not "talks between others")
            if depth and child.dep_ in ("xcomp", "advcl", "acomp") and self._has_negotiation_object(child, depth - 1):
                return True
        return False

    # -- attacks -------------------------------------------------------------------------------------
    def _attacks(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        hits = []
        for token in tokens_of(doc):
            lemma = token.lemma_.lower()
            attackers: list[Span] = []
            targets: list[Span] = []
            if token.pos_ == "VERB" and lemma in self.attack_verbs and not self._penalising(token):
                subject = self._doer(token, index)
                attackers = index.actors_of(subject) if subject is not None else []
                targets = [index.at[c.i] for c in token.children if c.dep_ == "dobj" and c.i in index.at
                           and not index.is_people(index.at[c.i])]  # "attacked Palestinians": people
                targets += [index.at[p.i] for c in token.children if c.dep_ == "dobj" and c.lower_ in PLACE_NOUNS
                            for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                            for p in prep.children if p.dep_ == "pobj" and p.i in index.at
                            and index.at[p.i].label_ == "Place"]  # "shelled the town of X"
                targets += self._places_of(token, index)  # "gunmen killed 20 villagers in Borno state"
                targets += [t for c in token.children if c.dep_ == "dobj" and c.i not in index.at
                            for t in (self._struck_thing(c, index) if in_lexicon(c, self.attack_target_nouns)
                                      else self._places_of(c, index))]  # "killed 40 villagers in X state"
            elif token.pos_ == "VERB" and lemma in ("exchange", "trade") and any(
                    c.dep_ == "dobj" and c.lower_ in GUNFIRE_NOUNS for c in token.children):
                subject = self._doer(token, index)  # "Indian troops exchanged fire with Pakistani soldiers"
                heads = [token] + [c for c in token.children if c.dep_ == "dobj"]  # (or "fire with X")
                sides = (index.actors_of(subject) if subject is not None else []) + [
                    a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
                attackers = targets = [a for a in sides if a.label_ in ATTACKERS]
            elif token.pos_ == "VERB" and lemma == "fire" and not any(c.dep_ == "dobj" for c in token.children):
                subject = self._doer(token, index)  # "forces fired across the border into Afghanistan"
                attackers = index.actors_of(subject) if subject is not None else []
                targets = [t for t in self._attack_targets(token, index) if any(
                    c.dep_ == "prep" and c.lower_ in ("into", "on", "at") and t.root in c.subtree for c in token.children)]
            elif token.pos_ == "VERB" and lemma in self.launch_verbs:
                weapon = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in self.attack_nouns), None)
                if weapon is None:  # "launched a series of air strikes on X", "a wave of attacks"
                    weapon = next((p for c in token.children if c.dep_ == "dobj" and c.lower_ in SERIES_NOUNS
                                   for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                   for p in prep.children if p.dep_ == "pobj" and p.lower_ in self.attack_nouns), None)
                if weapon is not None:
                    subject = self._doer(token, index)
                    attackers = index.actors_of(subject) if subject is not None else []
                    targets = self._attack_targets(weapon, index) + self._attack_targets(token, index)
            elif token.pos_ == "NOUN" and token.lower_ in self.attack_nouns:
                by_objects = []
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ == "by":
                        by_objects = [p for p in child.children if p.dep_ == "pobj"]
                        attackers += [a for p in by_objects for a in index.actors_of(p)]
                    elif child.dep_ in ("compound", "poss", "amod") and child.i in index.at:
                        attackers.append(index.at[child.i])
                    elif child.dep_ == "amod" and child.lemma_ == "lead":  # "Saudi-led bombing"
                        attackers += [a for g in child.children if g.dep_ in ("npadvmod", "compound")
                                      for a in index.actors_of(g)]
                targets = self._attack_targets(token, index) or self._enduring(token, index)
                waged = self._waging(token) if not attackers else None
                if waged is not None:  # "Israel went on the offensive against Hezbollah",
                    subject = index.subject(waged)  # "Hezbollah kept up rocket fire into Israel"
                    attackers = [a for a in index.actors_of(subject) if a.label_ in ATTACKERS] if subject is not None else []
                    if not targets and token.dep_ == "dobj":
                        targets = [t for t in self._attack_targets(waged, index) if t.label_ != "Place" or any(
                            c.dep_ == "prep" and c.lower_ in ("into", "on", "against") and t.root in c.children
                            for c in waged.children)]
                if token.lower_ in self.attacked_of_nouns:  # "Russia's invasion of Ukraine", "the shelling of Kharkiv"
                    targets += [a for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)
                                if not index.is_people(a)]
                for by_object in by_objects:  # "the attack by the ELN on the pipeline" (on -> ELN)
                    targets += self._attack_targets(by_object, index)
            for attacker in (a for a in attackers if a.label_ in ATTACKERS):
                for target in (t for t in targets if t.label_ in TARGETS and t.kb_id_ != attacker.kb_id_):
                    if token.pos_ == "VERB" and lemma in WORDY_ATTACK_VERBS and (
                            _political(attacker) or _political(target)) and not self._armed_doer(token, index):
                        continue  # "Labour attacked the Tories", "Pelosi hit Trump": criticism, the stances' business
                    hits.append(RelationHit(attacker.kb_id_, "attacks", target.kb_id_, token.sent, 0.65, "attack"))
        return hits

    @staticmethod
    def _enduring(attack: Token, index: ActorIndex) -> list[Span]:
        """The one who withstood, endured or suffered an attack ("a force that withstood years of
        Saudi-led bombing"): its target."""
        head = attack.head.head if attack.dep_ == "pobj" and attack.head.lower_ == "of" else attack.head
        head = head.head if head.dep_ == "dobj" and head.pos_ == "NOUN" else head  # "years of bombing"
        if attack.dep_ not in ("dobj", "pobj") or head.lemma_.lower() not in ENDURING_VERBS:
            return []
        subject = index.subject(head)
        return index.actors_of(subject) if subject is not None else []

    def _armed_doer(self, verb: Token, index: ActorIndex) -> bool:
        """Whether gunmen, troops or fighters do the deed ("gunmen attacked the minister")."""
        subject = self._doer(verb, index)
        return subject is not None and (subject.lower_ in VIOLENT_DOERS or any(
            c.dep_ == "compound" and c.lower_ in VIOLENT_DOERS for c in subject.children))

    def _penalising(self, verb: Token) -> bool:
        """"Hit Apple and Meta with fines", "hit Russia with new sanctions": pressure, no violence."""
        return any(p.lower_ in self.pressure_nouns for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                   for p in c.children if p.dep_ == "pobj")

    @staticmethod
    def _doer(verb: Token, index: ActorIndex) -> Token | None:
        """Who does an attack verb's deed: its subject, but the object of a verb that blames
        someone for it ("condemned China's coast guard for firing water cannon at its vessels")."""
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.pos_ == "VERB":
            blamed = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
            if blamed is not None:
                return blamed
        return index.subject(verb)

    def _waging(self, attack: Token) -> Token | None:
        """The verb that wages an attack named by a noun, whose subject is the attacker ("X went
        on the offensive", "X kept up rocket fire", "X launched strikes"); not a negated or
        conditional one."""
        verb = attack.head
        if attack.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "on":
            verb = verb.head  # "went on the offensive"
        elif attack.dep_ != "dobj":
            return None
        if verb.pos_ != "VERB" or verb.lemma_ not in WAGING_VERBS or conditional(verb) \
                or ActorIndex.is_negated(verb, self.negators):
            return None
        return verb

    def _struck_thing(self, thing: Token, index: ActorIndex) -> list[Span]:
        """Who owns or where lies a thing an attack hits: "attacked Israeli positions" (Israel),
        "struck an ammunition depot in Crimea" (the place); a people named alone is no owner."""
        return [a for a in index.actors_of(thing) if not index.is_people(a)] + self._places_of(thing, index)

    @staticmethod
    def _places_of(thing: Token, index: ActorIndex) -> list[Span]:
        """The named places a thing is in, at or near."""
        return [a for c in thing.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near")
                for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p) if a.label_ == "Place"]

    def _attack_targets(self, head: Token, index: ActorIndex) -> list[Span]:
        """Named targets after on/against/in/at/into; a modifier counts only on a noun for what
        an attack hits ("on Israeli soil"), not on a plan ("an attack on the TPLF plan"); and what
        an attack is said to target ("drone attacks targeting positions in Riyadh")."""
        targets = []
        for aiming in (c for c in head.children if c.dep_ == "acl" and c.lemma_ in ("target", "hit", "strike")):
            for thing in (c for c in aiming.children if c.dep_ == "dobj"):
                targets.extend(index.actors_of(thing) if thing.i in index.at else self._struck_thing(thing, index))
            targets.extend(self._places_of(aiming, index))  # ("targeting army positions in Kassala")
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "in", "at", "into")):
            objects = [p for p in prep.children if p.dep_ == "pobj"] + [
                d for p in prep.children if p.dep_ == "pcomp" and p.lower_ in NEIGHBOURING
                for d in p.children if d.dep_ == "dobj"]  # "attacks on neighboring Syria", parsed as a verb
            for pobj in objects:
                if pobj.i in index.at or pobj.lower_ in PLACE_NOUNS:
                    targets.extend(index.actors_of(pobj))  # "an attack into Russia's Kursk region": both
                elif in_lexicon(pobj, self.attack_target_nouns):  # "on Armenian positions in Nagorno-Karabakh"
                    targets.extend(self._struck_thing(pobj, index))
                elif prep.lower_ in ("in", "at", "on"):  # "a bombing in a police academy in Bogota"
                    targets.extend(index.at[p.i] for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                                   for p in c.children if p.dep_ == "pobj" and p.i in index.at
                                   and index.at[p.i].label_ == "Place")
        return targets

    # -- locatedIn -------------------------------------------------------------------------------------
    def _locations(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        hits = []
        for place in (a for a in index.actors if a.label_ == "Place"):
            if self._dateline(doc, place):
                continue  # "MANAGUA, Nicaragua (AP) —": where the story was filed, not what it states
            container = self._container(doc, place, index)
            if container is not None and container.kb_id_ != place.kb_id_ \
                    and not self._in_list(doc, place, container, index):
                hits.append(RelationHit(place.kb_id_, "locatedIn", container.kb_id_, place.sent, 0.7, "location"))
        for region in (a for a in index.actors if a.label_ == "Country"):  # a breakaway state in its state
            owner = self._owning_state(region, index)
            noun = region.root.head if region.root.dep_ == "compound" else region.root
            if owner is not None and owner.label_ == "Country" and noun.lower_ in REGION_NOUNS:
                hits.append(RelationHit(region.kb_id_, "locatedIn", owner.kb_id_, region.sent, 0.65, "location"))
        return hits

    @staticmethod
    def _owning_state(place: Span, index: ActorIndex) -> Span | None:
        """"South Sudan's capital Juba", "Ethiopia's northern Tigray region", "Georgia's breakaway
        Abkhazia region": the state owns the place (or breakaway state) a place noun names."""
        noun = place.root.head if place.root.dep_ == "compound" and place.root.head.lower_ in PLACE_NOUNS \
            else place.root if any(c.dep_ == "compound" and c.lower_ in PLACE_NOUNS for c in place.root.children) \
            else None
        if noun is None:
            return None
        return next((index.at[c.i] for c in noun.children if c.dep_ == "poss" and c.i in index.at
                     and index.at[c.i].label_ in WHERE and index.at[c.i].kb_id_ != place.kb_id_), None)

    @staticmethod
    def _dateline(doc: Doc, place: Span) -> bool:
        """A place opening a line, followed by its country and the dateline's end: a dash, a
        colon, the agency in brackets, a date or the line's end ("DOHA, Qatar:", "Maputo,
        Mozambique, June, 2016")."""
        start = place.start
        if start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
            return False
        j = place.end + 1 if place.end < len(doc) and doc[place.end].text == "," else None
        if j is None or j >= len(doc) or doc[j].ent_type_ not in ("GPE", "LOC") and not doc[j].is_title:
            return False
        k = j
        while k < len(doc) and doc[k].ent_type_ in ("GPE", "LOC") and doc[k].text not in (",", ":"):
            k += 1
        if k >= len(doc):
            return True
        after = doc[k]
        return after.text in (":", "(", "—", "–", "-", "--") or "\n" in after.text or (
            after.text == "," and k + 1 < len(doc) and doc[k + 1].ent_type_ == "DATE") or (
            "\n" in doc[k - 1].whitespace_)

    @staticmethod
    def _closes_phrase(doc: Doc, span: Span) -> bool:
        """The container ends its phrase: a comma, a full stop or the sentence end follows, not
        "and" ("Rafah, in Gaza and the West Bank") or more words of a longer name."""
        return span.end >= span.sent.end or doc[span.end].text in (",", ".", ";", ")")

    @staticmethod
    def _in_list(doc: Doc, place: Span, container: Span, index: ActorIndex) -> bool:
        """"Taunton, Orpington, Wells and Canterbury": places in a list do not contain each other."""
        after = container.end
        if after + 1 < len(doc) and doc[after].text == "," and (after + 1) in index.at \
                and index.at[after + 1].label_ in WHERE:
            return True
        before = place.start - 1
        return before > 0 and doc[before].text == "," and (before - 1) in index.at \
            and index.at[before - 1].label_ in WHERE

    def _container(self, doc: Doc, place: Span, index: ActorIndex) -> Span | None:
        i = place.end
        # "Cairo, Egypt" / "Rafah, in the south of the Gaza Strip" / "Rafah in southern Gaza"
        j = i + 1 if i < len(doc) and doc[i].text == "," else i
        if j == i + 1 and j < len(doc) and doc[j].lower_ in DIRECTIONS and j + 1 in index.at \
                and index.at[j + 1].start == j + 1 and index.at[j + 1].label_ in WHERE:
            j += 1  # "Brick Lane, east London"
            if self._closes_phrase(doc, index.at[j]):
                return index.at[j]
        if j == i + 1 and j + 1 < len(doc) and doc[j].lower_ == "in" and j + 1 in index.at \
                and index.at[j + 1].start == j + 1 and index.at[j + 1].label_ in WHERE \
                and self._closes_phrase(doc, index.at[j + 1]):
            return index.at[j + 1]  # "Sellafield, in Cumbria,"
        if j < len(doc) and j in index.at and j == i + 1 and index.at[j].label_ in WHERE:
            after = doc[index.at[j].end] if index.at[j].end < len(doc) else None
            if after is None or after.lower_ not in ("and", "or") and not (after.text == "," and doc[index.at[j].end + 1:index.at[j].end + 2].text in ("and",)):
                return index.at[j]
        if j < len(doc) and doc[j].lower_ == "in":
            k = j + 1
            while k < len(doc) and (doc[k].lower_ in ("the", "of") or doc[k].lower_ in DIRECTIONS):
                k += 1
            if k in index.at and index.at[k].label_ in WHERE and (k > j + 1 or doc[j].head.i in range(place.start, place.end)):
                return index.at[k]
        owner = self._owning_state(place, index)
        if owner is not None:
            return owner
        for noun in (c for c in place.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            # "Goma, the provincial capital of North Kivu", "Kidal, a town in northern Mali", "Pahalgam,
            # a tourist hotspot in Kashmir" (any noun "in" a place; only a place noun "of" one)
            within = [a for c in noun.children if c.dep_ == "prep" and (c.lower_ == "in" or c.lower_ == "of"
                                                                      and noun.lower_ in PLACE_NOUNS)
                      for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p) if a.label_ in WHERE]
            if within and within[0].kb_id_ != place.kb_id_:
                return within[0]
        # "the southern Gaza city of Rafah", "the Czech capital, Prague"
        head = place.root.head
        if place.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
            noun = head.head
        elif place.root.dep_ == "appos" and head.lower_ in PLACE_NOUNS:
            noun = head
        else:
            return None
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i in index.at:
                if index.at[child.i].label_ in WHERE:
                    return index.at[child.i]
        if noun.lower_ == "capital" or (noun.lower_ == "city" and any(c.lower_ == "capital" for c in noun.children)):
            # "arrived in the capital, Sanaa", "the capital city of Khartoum": the article's state
            # whose capital the gazetteer says it is
            entry = self.lex.entries.get(place.kb_id_)
            if entry is not None and entry.country and self.lex.surface.get(place.text, ("", ""))[1] == "capital":
                return next((a for a in index.actors if a.kb_id_ == entry.country and a.label_ == "Country"), None)
        return None


@Language.factory("sg_events", default_config={})
def make_event_extractor(nlp: Language, name: str):
    extractor = EventExtractor(load_triggers(), load_lexicon())

    def sg_events(doc: Doc) -> Doc:
        doc._.sg_relations = list(doc._.sg_relations or []) + extractor(doc)
        return doc

    return sg_events
