"""Stance rules beyond a stance verb and its object, shared by :class:`kg.nlp.stances.StanceExtractor`.

* judgements: an evaluative predicate under a verb of saying ("a delay would be disastrous",
  "called the change pragmatic", "it is troubling that ...");
* positions: "in favour of X", "opposed to X", "firm on X";
* stance nouns: "Hamas's demand for X", "the government's insistence on X";
* claims: "X said Y should (not) do Z", "X ruled that the measures broke human rights laws".

The mixin expects the lexicons that ``StanceExtractor.__init__`` sets (``evaluative``, ``opinion``,
``positions``, ``nouns``, ``relation_nouns``, ``words``, ``modals``, ``claim_verbs``, ``negators``, ``lex``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.hits import RelationHit, StanceHit
from kg.nlp.syntax import PAIR_NOUNS, ActorIndex, conditional, first_conjunct, fronted_subject, tokens_of, trimmed

ACTOR_TYPES = {"Person", "Organisation", "Country"}
ALLIED_NOUNS = {"allies", "partners", "members", "leaders", "officials", "government", "authorities"}  # of a body
HOPE_WORDS = {"hope"}  # the verb or noun whose that-clause is what the holder wants to happen
MEASURE_NOUNS = {"sanction", "sanctions", "tariff", "tariffs", "embargo", "duties", "curbs"}  # aimed at who modifies them


TIME_TYPES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}  # never a position's target
PERIOD_NOUNS = {"period", "year", "years", "decade", "months", "weeks", "days", "hours", "term", "session"}
REFUSAL_CONDITIONS = frozenset({"if", "whether", "unless"})  # "if Kenya will not sign": no announcement
RESULT_PHRASALS = {"end up", "wind up"}  # "we will end up with a mess": where things lead, no deed pledged
FUTURE_AUXILIARIES = {"will", "would", "wo", "'ll", "shall"}  # "won't" is "wo" + "n't"
VULNERABLE_WORDS = {"open"}  # also "exposed to": a position only as what its subject is or remains
ALLEGING_WORDS = {"alleged", "purported", "supposed", "reported", "suspected"}  # "alleged support"
REBEL_NOUNS = {"rebels", "insurgents", "separatists", "dissidents", "guerrillas", "opposition"}  # a state's foes
OUTCOME_WORDS = {"optimistic", "hopeful"}  # a position only on a deed ("about reaching a deal"), else a forecast
# verbs of taking a side: "X is against Y", "came out against", "voted against"
STANDING_VERBS = {"be", "remain", "stand", "come", "speak", "vote", "campaign", "lobby", "side"}

DEMONSTRATIVES = {"this", "that", "it", "these", "those"}  # "this must be called out": said of something elsewhere


SETTLEMENT_NOUNS = frozenset({"accord", "agreement", "ceasefire", "deal", "truce", "armistice", "compromise"})
TIES_NOUNS = {"tie", "relation", "relationship", "cooperation", "co-operation", "partnership", "alliance",
              "engagement", "rapprochement", "normalisation", "normalization", "integration"}  # "ties with X"
FINITE_VERB_TAGS = {"VBZ", "VBD", "VBP"}  # "welcomes", "welcomed": a verb, not an evaluative word


FUNCTION_POS = frozenset({"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON", "PART", "NUM", "SPACE", "SYM"})
CAMPAIGN_NOUNS = {"campaign", "campaigns", "drive", "push", "bid", "effort", "efforts", "crusade", "fight"}  # ... against X


class JudgementRules:
    def _stance_hits(self, index, spokes, holders, polarity, target, sentence, confidence, rule,
                     speaker=None) -> list[StanceHit]:
        """One stance per holder; a spokesperson's position goes to the body they speak for."""
        inside = named_inside(index, target)
        voiced = {spokes[h.kb_id_] for h in holders if h.kb_id_ in spokes}
        hits = []
        for holder in (a for a in holders if a.label_ in ACTOR_TYPES and a.kb_id_ not in voiced):
            key, stated_by = holder.kb_id_, None
            if holder.label_ == "Person" and key in spokes:
                key, stated_by = self._body_voice(spokes[key]), holder.kb_id_
            elif speaker is not None and speaker.kb_id_ != key:
                stated_by = speaker.kb_id_
            hits.append(StanceHit(key, polarity, target, sentence, confidence, rule, inside, stated_by))
        return hits

    @staticmethod
    def _relation_subject(hit: StanceHit, spokes: dict[str, str]) -> str:
        """Who opposes or supports in a relation: a named spokesperson of a party or other
        non-executive body keeps the relation ("Lib Dem spokesman X attacked Labour's taxes" ->
        X opposes Labour); a government spokesperson's goes to the state, as the stance does."""
        if hit.stated_by is not None and spokes.get(hit.stated_by) == hit.holder \
                and not hit.holder.startswith("country/"):  # ("White House spokesman X" speaks for the US)
            return hit.stated_by
        return hit.holder

    def _body_voice(self, body: str) -> str:
        """Whose position a spokesperson states: the body, or for a government department
        (State Department, Home Office) the state itself."""
        entry = self.lex.entries.get(body)
        return entry.country if entry is not None and entry.executive and entry.country else body

    def _owners(self, index: ActorIndex, head: Token) -> list[Span]:
        """Actors a target belongs to: "the House of Lords decision", "Sudan's proposal",
        "the conditions set by Israel"; none for what befalls an actor ("Blunkett's resignation")."""
        if head.lemma_.lower() in self.loss_nouns:
            return []
        measure = head.lemma_.lower() in MEASURE_NOUNS  # "Russia sanctions": on Russia, not Russia's
        owners = [a for c in head.children if (c.dep_ == "poss" or c.dep_ in ("compound", "nmod") and not measure
                                               and c.lemma_.lower() not in MEASURE_NOUNS)  # ("the Russia sanctions package")
                  for a in index.actors_of(c) if a.label_ in ACTOR_TYPES]
        for child in head.children:
            if child.dep_ == "acl" and ActorIndex.agent(child) is not None:
                owners.extend(index.actors_of(ActorIndex.agent(child)))
        if head.lower_ in REBEL_NOUNS:  # "support for Burundi's rebels" backs the rebels, not Burundi
            owners = [a for a in owners if a.label_ != "Country"]
        return owners + self._submitters(index, head)

    def _submitters(self, index: ActorIndex, head: Token) -> list[Span]:
        """Who put a proposal forward, in a relative clause: "a revised proposal the regime submitted"."""
        return [a for child in head.children
                if child.dep_ == "relcl" and child.lemma_ in self.owning_verbs
                and not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in child.children)
                for c in child.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                for a in index.actors_of(c) if a.label_ in ACTOR_TYPES]

    def _evaluations(self, doc: Doc, index: ActorIndex, spokes: dict[str, str],
                     relations: list[RelationHit]) -> list[StanceHit]:
        hits = []
        for word in tokens_of(doc):
            if word.pos_ in FUNCTION_POS:
                continue  # (no judging word is a determiner, preposition, pronoun or mark: a quick pass)
            polarity = self.judging(word)
            if word.i > 1 and doc[word.i - 1].text == "-":  # "non-starter" is three tokens
                polarity = self.evaluative.get(doc[word.i - 2:word.i + 1].text.lower(), polarity)
            if polarity is None and _excessive(word):
                polarity = "Oppose"  # "the forecasts were way too optimistic": excess is a criticism
            if polarity is None or word.tag_ in FINITE_VERB_TAGS:
                continue  # ("Iran welcomes the end of ...": a stance verb's business, not a judgement of Iran)
            if polarity == "Oppose" and word.dep_ == "amod" and word.head.dep_ in ("dobj", "nsubj") \
                    and self._naming_verb(word) is None:
                found = self._condemned_thing(index, spokes, word)  # "contained untenable provisions"
                if found:
                    hits.extend(found)
                    continue
            if word.dep_ == "pobj" and word.head.lower_ == "in" and word.i + 1 < len(doc) \
                    and doc[word.i + 1].lower_ == "of":
                continue  # "in danger of losing": a risk, no judgement
            naming = None
            for _ in range(3):  # "a huge mistake", "a step in the wrong direction"
                naming = self._naming_verb(word)
                if naming is not None:
                    break
                if word.dep_ in ("amod", "pobj", "prep") and word.head != word:
                    word = word.head
            erring = polarity == "Oppose" and naming is None and word.dep_ == "dobj" and word.pos_ == "NOUN" \
                and word.head.lemma_ in self.erring  # "said Brussels was making a mistake"
            if naming is None and not erring and word.dep_ not in ("acomp", "attr", "oprd", "ccomp", "xcomp"):
                continue
            clause = naming if naming is not None else word.head
            target_head = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
            own = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if word.dep_ == "ccomp" else None
            if own is not None:  # "told reporters that the situation was worrying": the situation
                target_head = own
            elif clause.lemma_ in self.opinion or naming is not None:  # called the change pragmatic
                target_head = next((c for c in clause.children if c.dep_ == "dobj"), None) or next(
                    (c for c in clause.children if c.dep_ == "oprd" and c.i < word.i and c.pos_ in ("NOUN", "PROPN")),
                    None)  # "called [the UK's rebate] 'unjustified'", parsed as two complements
            elif target_head is not None and target_head.lower_ == "it":  # it is troubling that ...
                target_head = next((c for c in [*clause.children, *word.children] if c.i > word.i and (
                    c.dep_ == "ccomp" or c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                    or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))),
                    target_head)  # "it is disgusting to propose ..." (a clause before it is the framing: "X told MPs: it is ...")
                # ("it would not be appropriate for Aziz to meet ...": Aziz's meeting)
            if target_head is None and clause.dep_ == "ccomp" and clause.head.lemma_ in self.opinion:
                target_head = next((c for c in clause.head.children if c.dep_ == "dobj"
                                    and c.i < clause.i == c.right_edge.i + 1), None)
                # "argued closer co-operation was crucial", misparsed: the object is the copula's subject
            if target_head is not None and target_head.lower_ in ("which", "that") and clause.dep_ == "relcl":
                target_head = clause.head  # "..., which is a non-starter for X": what "which" stands for
            deed = next((c for c in word.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)),
                        None) if target_head is not None and target_head.lower_ != "it" and word.pos_ == "ADJ" else None
            doer = target_head if deed is not None else None
            if deed is not None:  # "the government was right to want to increase the links": the deed
                target_head = deed
            if target_head is None or target_head.pos_ == "PRON":
                continue
            judged = index.at.get(target_head.i)  # "X said Blair was wrong": the actor itself
            if index.is_negated(clause, self.negators) or any(c.dep_ == "neg" for c in word.children):
                if polarity == "Oppose":
                    continue
                polarity = "Oppose"
            holder_token = self._opinion_holder(clause)
            holders = index.actors_of(holder_token) if holder_token is not None else []
            if not holders:  # "a non-starter for Israeli leaders", "unacceptable to Britain"
                holders = [a for c in word.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                           for p in c.children if p.dep_ == "pobj" and p.i in index.at
                           for a in index.actors_of(p)]  # (named: "a disappointing day for the council" is no view)
            speaker = index.quote_speaker(word)
            if not holders and speaker is not None:
                holders = [speaker]
            if judged is not None and judged.kb_id_ in {h.kb_id_ for h in holders}:
                continue  # "Iran and the US termed [Iran's?] talks constructive": one of the judges, misparsed
            if judged is not None:  # a judgement of an actor itself is no position on a target,
                relations.extend(  # but it is one on the actor
                    RelationHit(h.kb_id_, "opposes" if polarity == "Oppose" else "supports", judged.kb_id_,
                                word.sent, 0.55, f"judged-actor:{word.lemma_}")
                    for h in holders if h.label_ in ACTOR_TYPES and h.kb_id_ != judged.kb_id_
                    and judged.label_ in ACTOR_TYPES and not index.is_people(judged))
                continue
            target = subtree(target_head)
            complement = word.head if word.dep_ == "pobj" or word.head.lower_ == "as" else word
            # ("as a disaster", 'as "positive"', "reasonably impressive")
            if naming is not None and target.start < complement.left_edge.i < target.end:
                target = doc[target.start:complement.left_edge.i]  # without its complement
                while len(target) > 1 and (target[-1].is_punct or target[-1].is_quote):
                    target = target[:-1]
            if clause.dep_ == "relcl" and clause.head == target_head:  # without the relative clause
                target = doc[target.start:max(target.start + 1, clause.left_edge.i)]
                while len(target) > 1 and target[-1].is_punct:
                    target = target[:-1]
            found = self._stance_hits(index, spokes, holders, polarity, target,
                                      word.sent, 0.6, f"judgement:{word.lemma_}")
            hits.extend(found)
            owners = self._owners(index, target_head) if target_head.pos_ not in ("VERB", "AUX") \
                else self._clause_actors(index, target_head)
            if doer is not None:  # "Kenya was wrong to expel the diplomats": Kenya's deed
                owners = [index.at[doer.i]] if doer.i in index.at else []
            relations.extend(RelationHit(self._relation_subject(h, spokes),
                                         "opposes" if polarity == "Oppose" else "supports",
                                         o.kb_id_, word.sent, 0.6, f"judgement-owner:{word.lemma_}")
                             for h in found for o in owners if o.kb_id_ != h.holder)
        return hits

    def _clause_actors(self, index: ActorIndex, verb: Token) -> list[Span]:
        """Whom a judged clause is about: its subject ("it was pathetic that Britain was only the
        11th donor" -> Britain), or the subject's owner ("that the government's policy was
        operated discriminatorily is ironic" -> the government)."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            return []
        named = [subject] + [c for c in subject.children if c.dep_ in ("poss", "compound", "nmod")]
        return [a for token in named if token.i in index.at  # named, not "the government" read back to a state
                for a in index.actors_of(token) if a.label_ in ACTOR_TYPES and not index.is_people(a)]

    def _condemned_thing(self, index: ActorIndex, spokes: dict[str, str], word: Token) -> list[StanceHit]:
        """A negative judgement used as an attribute, in words someone is quoted saying: "the
        resolution contained many untenable provisions", Miller said -> Oppose the provisions."""
        noun, verb = word.head, word.head.head
        if noun.i in index.at or verb.pos_ not in ("VERB", "AUX"):
            return []
        holder = self._opinion_holder(verb)
        if holder is None:
            return []
        return self._stance_hits(index, spokes, index.actors_of(holder), "Oppose", subtree(noun),
                                 word.sent, 0.5, f"judgement-attribute:{word.lemma_}")

    def judging(self, word: Token) -> str | None:
        """The polarity of a word that judges what it is said of ("disastrous", "a mistake")."""
        return self.evaluative.get(word.lemma_.lower()) or self.evaluative.get(word.lower_)

    def _naming_verb(self, word: Token) -> Token | None:
        """The verb of naming whose object ``word`` judges as its complement, where the parser did
        not say so: "called the targets 'reasonably impressive'" (an adjective hung after the noun
        as its modifier), "described the plan as a disaster", "sees the deal as a betrayal"."""
        if word.dep_ in ("amod", "acl", "appos") and word.i > word.head.i and word.head.dep_ == "dobj":
            verb = word.head.head  # (also 'called X's reaction "disturbing"', read as a participle,
            # and 'calling the rules "terrible policy"', read as an apposition)
        elif word.dep_ in ("pobj", "amod") and word.head.lower_ == "as" and word.head.dep_ == "prep":
            # (an adjective hung on "as" as its modifier: 'described the talks as "positive"')
            verb = word.head.head
            if verb.dep_ == "dobj":  # "as" hung on the object: "described [the proposal as a disaster]"
                verb = verb.head
            elif not any(c.dep_ == "dobj" for c in verb.children):
                return None
        else:
            return None
        return verb if verb.lemma_ in self.naming and verb.pos_ == "VERB" else None

    def _opinion_holder(self, clause: Token) -> Token | None:
        """Who judges: the subject of "call" itself, or of the verb of saying above the clause."""
        if clause.lemma_ in self.naming:
            own = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if own is None and clause.dep_ == "advcl" and clause.tag_ == "VBG":  # "X opposed it, calling Y ..."
                return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            return own
        verb = clause
        for _ in range(4):
            if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or verb.head == verb:
                return None
            verb = verb.head
            if verb.lemma_ in self.opinion:
                return next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
                    (fronted_subject(c) for c in verb.children if c.dep_ == "csubj"), None)
        return None

    def _positions(self, doc: Doc, index: ActorIndex, spokes: dict[str, str],
                   relations: list[RelationHit]) -> list[StanceHit]:
        hits = []
        for token in tokens_of(doc):
            for words, polarity in self.positions.get(token.lower_, ()):
                run = [t for t in doc[token.i:token.i + len(words) + 2] if not t.is_quote][:len(words)]
                if tuple(t.lower_ for t in run) != words:  # (a quoted adjective: 'was "alarmed" by')
                    continue
                last = run[-1]
                if words == ("against",) and not (token.head.pos_ in ("AUX", "VERB")
                                                  and token.head.lemma_ in STANDING_VERBS):
                    continue  # "X is against Y", not "sanctions against Y", "abuses against Y"
                if words[0] in VULNERABLE_WORDS and not (token.dep_ == "acomp" and token.head.lemma_ in STANDING_VERBS):
                    continue  # "remains open to dialogue", not "leaving the UK open to bad interpretations"
                objects = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
                target = subtree(objects[0]) if objects else None
                if not objects and last.lower_ == "to" and last.dep_ == "aux" and last.head.dep_ == "xcomp" \
                        and last.head.head.i == last.i - 1 and last.head.lemma_ not in self.no_stance:
                    infinitive = last.head  # "is ready to resume talks", "was willing to sign"
                    objects, target = [infinitive], doc[last.i + 1:infinitive.right_edge.i + 1]
                    while len(target) > 1 and target[0].is_punct:
                        target = target[1:]
                if not objects or (words[0] in OUTCOME_WORDS and objects[0].tag_ != "VBG"):
                    continue  # "optimistic about reaching a deal" backs the deal; "optimistic about talks" forecasts
                verb = token.head
                while verb.dep_ in ("prep", "pobj", "acomp") and verb.head != verb:
                    verb = verb.head
                passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                subject = passive if passive is not None and last.lower_ == "by" else (
                    index.subject(verb) or passive)  # "is opposed to" parses as a passive; "was alarmed by X": not X
                if subject is None or self._partitive(subject):
                    continue
                if index.is_negated(verb, self.negators) or any(  # "is not ready to", "was never in favour of"
                        c.dep_ == "neg" and verb.i < c.i < token.i for c in verb.children):
                    polarity = "Oppose" if polarity == "Support" else None
                if polarity is None:
                    continue
                found = self._stance_hits(index, spokes, index.actors_of(subject), polarity,
                                          target, token.sent, 0.7, "position:" + " ".join(words))
                hits.extend(found)
                owners = [a for c in objects[0].children if c.dep_ == "poss"  # "pleased by Nyusi's move", not
                          for a in index.actors_of(c) if a.label_ in ACTOR_TYPES]  # "firm on the EU rebate"
                if objects[0].i in index.at or (polarity == "Oppose" and objects[0].lower_ in ALLIED_NOUNS):
                    owners += [a for a in index.actors_of(objects[0]) if a.label_ in ACTOR_TYPES
                               and not index.is_people(a)]  # "critical of the NATO allies", "wary of Russia"
                relations.extend(RelationHit(self._relation_subject(h, spokes),  # "pleased by Nyusi's move"
                                             "opposes" if polarity == "Oppose" else "supports", o.kb_id_,
                                             token.sent, 0.6, "position-owner:" + " ".join(words))
                                 for h in found for o in owners if o.kb_id_ != h.holder)
        return hits

    def _nominal(self, doc: Doc, index: ActorIndex, spokes: dict[str, str],
                 relations: list[RelationHit]) -> list[StanceHit]:
        hits = []
        for noun in tokens_of(doc):
            if noun.pos_ != "NOUN" or noun.lower_ not in self.nouns:
                continue
            polarity, preps = self.nouns[noun.lower_]
            if noun.dep_ == "dobj" and phrasal(noun.head) in self.relinquish | {"lose"}:
                continue  # "giving up our veto on border controls": a right, or a position dropped
            if any(c.dep_ == "amod" and c.lower_ in ALLEGING_WORDS for c in noun.children):
                continue  # "Rwanda's alleged support for the rebels": a charge, not a fact the article states
            objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                       for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if not objects and polarity == "Support" and noun.lower_ in CAMPAIGN_NOUNS:
                objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"
                           for g in c.children if g.dep_ in ("pobj", "pcomp")]
                polarity = "Oppose" if objects else polarity  # "a campaign against Donald Tusk"
            if not objects and noun.dep_ == "dobj":  # "expressed his gratitude to Cuba for hosting"
                objects = [g for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i
                           and c.lower_ in preps for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if not objects and noun.dep_ == "dobj" and noun.lower_ in self.relation_nouns:
                objects = [c for c in noun.head.children if c.dep_ == "dative" and c.i < noun.i]
                # "gave Ethiopia its full support": whom it is given to
            if not objects and noun.dep_ == "dobj" and "for" in preps:  # "had given his backing for Serraj to
                objects = [c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i  # remain", a for-to
                           and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == noun.right_edge.i + 1
                                   for m in c.children)]  # clause the parser hung on the verb
            if noun.lower_ in HOPE_WORDS:  # "expressed hope that the rebels would send a delegation"
                objects += [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            objects = [g for g in objects if g.ent_type_ not in TIME_TYPES and g.lower_ not in PERIOD_NOUNS]
            # (not "its budget plans for the period 2007-2013", "plans for next year")
            if "to" in preps:  # "its determination to reach an agreement" (not "proposals aimed at ...")
                objects += [c for c in noun.children if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ == "VERB"
                            and to_infinitive(c) and not only_pronouns(c)]  # "our efforts to achieve it": said elsewhere
                objects += [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "NOUN" and to_infinitive(c)]
                # ("a commitment to dialogue", misparsed as an infinitive)
                if not objects and noun.dep_ == "dobj":  # "expressed Sudan's keenness to make X a success",
                    objects = [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                               and c.left_edge.i == noun.right_edge.i + 1 and to_infinitive(c)
                               and not only_pronouns(c)]  # the infinitive hung on the verb
            holders = [a for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nsubj")
                       for a in index.actors_of(c)]  # ("nsubj": a possessor the parser took for a subject)
            holders += [a for c in noun.children if c.dep_ == "amod" and c.lower_ == "led"
                        for g in c.children for a in index.actors_of(g)]  # "a U.S.-led push for"
            if noun.lower_ not in self.relation_nouns:  # "calls from Ukraine to allow shipping" (not
                holders += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"  # support from X:
                            for g in c.children if g.dep_ == "pobj" for a in index.actors_of(g)]  # given)
            anchor = first_conjunct(noun)  # "calls to end X and a commitment to Y"
            verb = anchor.head
            givers = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                      for g in c.children if g.dep_ == "pobj"] if anchor.dep_ == "dobj" and not holders else []
            if givers and verb.lemma_ in self.soliciting and noun.lower_ in self.relation_nouns:
                continue  # "sought the backing of X": nobody's position yet
            if givers and verb.lemma_ in self.receiving and noun.lower_ in self.relation_nouns:
                hits.extend(self._received(index, spokes, noun, verb, givers[0], relations))
                continue
            if not holders and anchor.dep_ == "dobj" and verb.lemma_ not in self.verbs \
                    and phrasal(verb) not in self.relinquish and verb.lemma_ not in self.stop_verbs \
                    and verb.lemma_ != "rescind" and verb.lemma_ not in self.denying \
                    and not index.is_negated(verb, self.negators):
                # (whoever drops, rescinds or shelves plans does not hold them; "denied support for X" is no support)
                # (a stance verb takes the whole phrase as its own target: "back plans to introduce ID cards")
                # "emphasised the importance of a ceasefire" (but whoever vetoes a push does not push)
                subject = index.subject(verb) or self._statement_author(index, verb)
                holders = index.actors_of(subject) if subject is not None else []
            if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                if polarity == "Oppose":
                    continue  # "had no objection to the plan" is no opposition
                polarity = "Oppose"  # "has no intention of joining", "no desire for war"
            if objects and holders:
                target = self._own_part(subtree(objects[0]))
                if len(target) > 1 and target[0].dep_ == "mark":  # "for Serraj to remain": Serraj to remain
                    target = target[1:]
                found = self._stance_hits(index, spokes, holders, polarity, target,
                                          noun.sent, 0.65, f"stance-noun:{noun.lower_}")
                hits.extend(found)
                predicate = self.relation_nouns.get(noun.lower_)
                if predicate:
                    relations.extend(RelationHit(self._relation_subject(h, spokes), predicate, o.kb_id_,
                                                 noun.sent, 0.6, f"stance-noun-owner:{noun.lower_}")
                                     for h in found for o in self._nominal_objects(index, objects[0])
                                     if o.kb_id_ != h.holder and not index.is_people(o))
        return hits

    def _own_part(self, target: Span) -> Span:
        """A nominal stance's target without a coordinated stance noun, which is a stance of its
        own: "calls to [end the violence] and a commitment to dialogue"."""
        for token in target[1:]:
            if token.dep_ == "conj" and token.lower_ in self.nouns and token.pos_ == "NOUN":
                end = token.left_edge.i
                while end > target.start + 1 and (target.doc[end - 1].dep_ == "cc" or target.doc[end - 1].is_punct):
                    end -= 1
                return target.doc[target.start:end]
        return target

    def _received(self, index: ActorIndex, spokes: dict[str, str], noun: Token, verb: Token,
                  giver: Token, relations: list[RelationHit]) -> list[StanceHit]:
        """A position someone has, wins or receives is the giver's, on them: "Guaido has the
        backing of more than 50 governments, led by the US" -> the US supports Guaido."""
        receiver = index.subject(verb)
        if receiver is None or receiver.pos_ == "PRON" or index.is_negated(verb, self.negators):
            return []
        givers = index.actors_of(giver) + self._owners(index, giver) + self._owners(index, noun)
        polarity, predicate = self.nouns[noun.lower_][0], self.relation_nouns[noun.lower_]
        found = self._stance_hits(index, spokes, givers, polarity, subtree(receiver), noun.sent, 0.6,
                                  f"received:{noun.lower_}")
        relations.extend(RelationHit(self._relation_subject(h, spokes), predicate, r.kb_id_, noun.sent,
                                     0.6, f"received:{noun.lower_}")
                         for h in found for r in index.actors_of(receiver)
                         if r.label_ in ACTOR_TYPES and r.kb_id_ != h.holder)
        return found

    def _statement_author(self, index: ActorIndex, verb: Token) -> Token | None:
        """"ASEAN issued a joint statement expressing concern": who issued the statement expresses
        it (its owner, or the subject of the verb it is the object of)."""
        statement = verb.head
        if verb.dep_ != "acl" or statement.lower_ not in index.authored_nouns:
            return None
        owner = next((c for c in statement.children if c.dep_ == "poss" and c.i in index.at), None)
        if owner is not None or statement.dep_ != "dobj":
            return owner
        return index.subject(statement.head)

    def _nominal_objects(self, index: ActorIndex, target: Token) -> list[Span]:
        """Whom a nominal stance is about: the target's owners, and the target itself when it is
        named or a person a title refers back to ("support for Hamas", "for the home secretary");
        each actor once."""
        if target.pos_ in ("VERB", "AUX"):  # "backing for Serraj to remain in office": Serraj
            target = next((c for c in target.children if c.dep_ == "nsubj" and c.i in index.at), target)
        found = self._owners(index, target) + [a for a in index.actors_of(target, coordinated=False)
                                                if a.label_ == "Person" or target.i in index.at]
        return list({a.kb_id_: a for a in found}.values())

    @staticmethod
    def _stopping(action: Token) -> bool:
        """A stop verb that stops: "put" only "on hold", "on ice" or "off" ("more emphasis should be
        put on sport" is a wish for it, not against it)."""
        if action.lemma_ != "put":
            return True
        return any(c.dep_ == "prt" and c.lower_ in ("off", "back") for c in action.children) or any(
            c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ in ("hold", "ice") for p in c.children)
            for c in action.children)

    def _partitive(self, subject: Token) -> bool:
        """"some senior Tories", "several of the members", "20 Labour MPs": part of a body, not the body."""
        if subject.lower_ in self.partitives and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
            return True
        if any(c.dep_ == "nummod" and c.like_num for c in subject.children) and not any(
                c.dep_ == "det" and c.lower_ in ("the", "all") for c in subject.children):
            return True  # "20 Labour MPs", "two Tory peers"; but "the 27 EU members" are all of them
        return any(c.dep_ in ("det", "amod") and c.lower_ in self.partitives for c in subject.children)

    def _kept(self, doc: Doc, index: ActorIndex, spokes: dict[str, str]) -> list[StanceHit]:
        """Refusing to give something up supports keeping it: "there is no question of Britain
        giving up our veto", "we will never surrender our land", "refused to abandon the talks"."""
        hits = []
        for verb in tokens_of(doc):
            if verb.pos_ != "VERB" or phrasal(verb) not in self.relinquish or not self._refused(index, verb):
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            speaker = index.quote_speaker(verb)
            subject = index.subject(verb)
            holders = index.actors_of(subject) if subject is not None else []
            if speaker is not None and (not holders or verb.dep_ == "pcomp"):
                holders = [speaker]  # "there is no question of Britain giving up ...", X said: X's view
            hits.extend(self._stance_hits(index, spokes, holders, "Support", subtree(obj), verb.sent,
                                          0.6, f"kept:{phrasal(verb)}", speaker))
        return hits

    def _going_ahead(self, doc: Doc, index: ActorIndex, spokes: dict[str, str]) -> list[StanceHit]:
        """"The government would go ahead with the changes", "Kenya pressed ahead with the vote",
        "proceeded with the plan": support for what is carried through."""
        hits = []
        for verb in tokens_of(doc):
            if verb.pos_ != "VERB" or verb.lemma_ not in self.ahead_verbs or index.is_negated(verb, self.negators):
                continue
            if verb.lemma_ != "proceed" and not any(c.lower_ == "ahead" for c in verb.children):
                continue
            objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                       for g in c.children if g.dep_ == "pobj"]
            subject = index.subject(verb)
            if not objects or subject is None or self._partitive(subject):
                continue
            speaker = index.quote_speaker(verb)
            hits.extend(self._stance_hits(index, spokes, index.actors_of(subject), "Support", subtree(objects[0]),
                                          verb.sent, 0.6, f"ahead:{verb.lemma_}", speaker))
        return hits

    def _will_not(self, doc: Doc, index: ActorIndex, spokes: dict[str, str]) -> list[StanceHit]:
        """An actor's announced refusal: "he won't sign anything at the meeting", "the army would
        not meet with the RSF", "we will not allow the panel to return" -> Oppose what it will not do."""
        hits = []
        for verb in tokens_of(doc):
            if verb.pos_ != "VERB" or verb.lemma_ in self.verbs or verb.lemma_ in self.no_stance \
                    or verb.lemma_ in self.not_refusals \
                    or not any(c.dep_ == "neg" for c in verb.children) \
                    or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or self._partitive(subject) or conditional(verb, REFUSAL_CONDITIONS):
                continue
            holders = [a for a in index.actors_of(subject) if a.label_ in ACTOR_TYPES]
            complements = [c for c in verb.children if c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "prt")]
            if not holders or not complements:
                continue
            end = max(c.right_edge.i for c in complements) + 1
            target = doc[verb.i:end]
            speaker = index.quote_speaker(verb)
            hits.extend(self._stance_hits(index, spokes, holders, "Oppose", target, verb.sent, 0.55,
                                          f"will-not:{verb.lemma_}", speaker))
        return hits

    def _broken_ties(self, doc: Doc, index: ActorIndex, spokes: dict[str, str],
                     relations: list[RelationHit]) -> list[StanceHit]:
        """Ties cut: "Nicaragua severed diplomatic ties with Taiwan", "it was cutting all ties with
        X", "Niger suspended its cooperation with France" -> Oppose the ties, and opposes X."""
        hits = []
        for verb in tokens_of(doc):
            ties = self._cut_ties(verb)
            if ties is None or index.is_negated(verb, self.negators) or conditional(verb, REFUSAL_CONDITIONS) \
                    or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                           for c in verb.children):
                continue  # ("would sever relations if the talks failed": a threat, not a break)
            subject = index.subject(verb)
            holders = [a for a in index.actors_of(subject) if a.label_ in ACTOR_TYPES] if subject is not None else []
            if not holders or (len(holders) > 1 or subject.lower_ in PAIR_NOUNS) and any(
                    c.lower_ in ("their", "mutual", "bilateral") for c in ties.children):
                continue  # "the two countries downgraded their relations": an outcome, no one's position
            found = self._stance_hits(index, spokes, holders, "Oppose", doc[ties.left_edge.i:ties.right_edge.i + 1],
                                      verb.sent, 0.6, f"broken-ties:{verb.lemma_}", index.quote_speaker(verb))
            hits.extend(found)
            partners = [a for head in (ties, verb) for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                        for o in c.children if o.dep_ == "pobj" for a in index.actors_of(o) if a.label_ in ACTOR_TYPES]
            relations.extend(RelationHit(self._relation_subject(hit, spokes), "opposes", a.kb_id_, verb.sent, 0.6,
                                         f"broken-ties:{verb.lemma_}")
                             for hit in found for a in partners if a.kb_id_ != hit.holder)
        return hits

    def _cut_ties(self, verb: Token) -> Token | None:
        """The ties ``verb`` cuts, if it is a verb of breaking with ties as its object."""
        if verb.pos_ != "VERB" or verb.lemma_ not in self.breaking:
            return None
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TIES_NOUNS), None)

    def _disputes(self, doc: Doc, index: ActorIndex, spokes: dict[str, str]) -> list[StanceHit]:
        """A claim denied or a state of things complained of: "the UAE denied the accusations",
        "the rebels denied that any ceasefire agreement existed", "Russia complained that its
        exports faced obstacles" -> Oppose the claim or the clause. "Did not deny" says nothing."""
        hits = []
        for verb in tokens_of(doc):
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in self.denying | self.complaining \
                    or any(c.dep_ == "neg" for c in verb.children) or index.is_negated(verb, self.negators) \
                    or conditional(verb, REFUSAL_CONDITIONS):
                continue
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            claim = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in self.claim_nouns), None)
            if clause is not None and lemma in self.complaining and any(
                    c.dep_ in ("nsubj", "nsubjpass") and (c.i in index.at or c.pos_ == "PRON") and index.actors_of(c)
                    for c in clause.children):
                continue  # "Kurti complained that Vucic did not sign": criticism of an actor, a relation
            if clause is not None:
                target = doc[clause.left_edge.i + 1:clause.right_edge.i + 1]  # (without "that")
            elif claim is not None and lemma in self.denying:
                target = doc[claim.left_edge.i:claim.right_edge.i + 1]
            else:
                continue
            subject = index.subject(verb)
            if subject is None or self._partitive(subject) or not any(t.is_alpha for t in target):
                continue
            holders = [a for a in index.actors_of(subject) if a.label_ in ACTOR_TYPES]
            hits.extend(self._stance_hits(index, spokes, holders, "Oppose", target, verb.sent, 0.55,
                                          f"dispute:{lemma}", index.quote_speaker(verb)))
        return hits

    def _pledges(self, doc: Doc, index: ActorIndex, spokes: dict[str, str],
                 affiliated: set[tuple[str, str]]) -> list[StanceHit]:
        """What an actor says it will do: "the Conservatives say they would abolish tuition fees",
        "she said her party would boost maternity pay" -> Support the deed. Only the speaker's own
        deeds (the same actor, or one the speaker belongs to or speaks for): "Kenya said Sudan
        would close the border" is a prediction, not a position. Refusals ("would not") are
        ``_will_not``'s."""
        hits = []
        for verb in tokens_of(doc):
            if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or verb.head.lemma_ not in self.speech \
                    or verb.lemma_ not in self.pledge_verbs or verb.lemma_ in self.verbs \
                    or self._cut_ties(verb) is not None \
                    or phrasal(verb) in RESULT_PHRASALS \
                    or any(c.dep_ == "neg" for c in verb.children) or index.is_negated(verb.head, self.negators) \
                    or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children) \
                    or conditional(verb, REFUSAL_CONDITIONS) or any(
                        c.tag_ in ("WRB", "WDT", "WP") for c in verb.children):  # "say how they would fund it"
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            speaking = index.subject(verb.head)
            if subject is None or speaking is None or self._partitive(subject):
                continue
            speakers = {a.kb_id_ for a in index.actors_of(speaking)}
            holders = [a for a in index.actors_of(subject) if a.label_ in ACTOR_TYPES and (
                a.kb_id_ in speakers or any((s, a.kb_id_) in affiliated for s in speakers))]
            complements = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp", "prt")]
            if not holders or not complements:
                continue
            target = doc[verb.i:max(c.right_edge.i for c in complements) + 1]
            speaker = next((a for a in index.actors_of(speaking) if a.label_ == "Person"), None)
            hits.extend(self._stance_hits(index, spokes, holders, "Support", target, verb.sent, 0.55,
                                          f"pledge:{verb.lemma_}", speaker))
        return hits

    def _refused(self, index: ActorIndex, verb: Token) -> bool:
        """"never give up", "won't surrender", "refused to abandon", "no question of giving up"."""
        if index.is_negated(verb, self.negators):
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_ in ("refuse", "reject", "decline"):
            return True
        if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
            noun = verb.head.head
            return noun.lower_ in self.negated_nouns and any(c.lower_ == "no" for c in noun.children)
        return False

    def _claims(self, doc: Doc, index: ActorIndex, spokes: dict[str, str],
                relations: list[RelationHit]) -> list[StanceHit]:
        hits = []
        for verb in tokens_of(doc):
            frame = verb.head if verb.dep_ == "ccomp" else verb.head.head if (  # "stressed that ... and there must be"
                verb.dep_ == "conj" and verb.head.dep_ == "ccomp") else None
            if frame is None or frame.lemma_ not in self.opinion or verb.pos_ not in ("VERB", "AUX"):
                continue
            negated = index.is_negated(verb, self.negators)
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            action = self._obligation(verb)
            attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
            if action is verb and subject is None and verb.lemma_ == "be" and attribute is not None \
                    and any(c.dep_ == "expl" for c in verb.children):  # "there must be negotiations"
                polarity, target, rule = ("Oppose" if negated else "Support"), subtree(attribute), "deontic:there"
            elif action is not None:
                if subject is None:
                    continue
                passive = subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in action.children)
                if passive and action.lemma_ in self.stop_verbs and not negated and self._stopping(action):
                    polarity, target = "Oppose", subtree(subject)  # "plans should be put on hold"
                elif passive and subject.pos_ == "NOUN" and subject.i not in index.at:
                    # "an agreement had to be reached", "civilians must be protected"
                    polarity, target = ("Oppose" if negated else "Support"), clause(verb)
                elif subject.lower_ in DEMONSTRATIVES:
                    continue  # '"This must be called out," the minister added': what "this" is lies elsewhere
                elif subject.lower_ in ("i", "we") and action.lemma_ in self.verbs and any(
                        c.dep_ == "dobj" for c in action.children):
                    continue  # '"We must reject this budget"': the stance verb's own position
                elif subject.lower_ in ("i", "we") and action.lemma_ == "be" and any(
                        c.dep_ == "acomp" for c in action.children):
                    continue  # '"I shouldn't be mean, but ..."': how the speaker means to be, no position
                elif subject.i in index.at or subject.pos_ == "PRON" or subject.lower_ in self.words.person_nouns | self.words.group_nouns \
                        or subject.lemma_.lower() in self.human_nouns or subject.ent_type_ in ("PERSON", "NORP"):
                    polarity, target = ("Oppose" if negated else "Support"), clause(verb)
                else:
                    continue  # "the raid should not affect the talks" is a prediction, not a position
                rule = "deontic:" + verb.lemma_
            elif verb.lemma_ in self.claim_verbs and not negated:
                if subject is None or subject.pos_ == "PRON" or index.actors_of(subject):
                    continue
                polarity, target, rule = self.claim_verbs[verb.lemma_], subtree(subject), "claim:" + verb.lemma_
            elif phrasal(verb) in self.failing_claims or verb.lemma_ in self.failing_claims:
                failing = subject  # "the Lib Dems' sums don't add up"; "none of the Tories' figures add up"
                if failing is not None and failing.lower_ in ("none", "nothing") and not negated:
                    failing = next((p for c in failing.children if c.dep_ == "prep" and c.lower_ == "of"
                                    for p in c.children if p.dep_ == "pobj"), None)
                elif not negated:
                    failing = None
                if failing is None or failing.pos_ == "PRON" or failing.i in index.at:
                    continue
                polarity, target, rule = "Oppose", subtree(failing), "failing-claim:" + phrasal(verb)
                relations.extend(RelationHit(h.kb_id_, "opposes", o.kb_id_, verb.sent, 0.55, rule)
                                 for h in self._claim_holders(index, frame) for o in self._owners(index, failing)
                                 if o.kb_id_ != h.kb_id_ and h.label_ in ACTOR_TYPES)
            else:
                continue
            hits.extend(self._stance_hits(index, spokes, self._claim_holders(index, frame), polarity, target,
                                          verb.sent, 0.55, rule))
        return hits

    @staticmethod
    def _claim_holders(index: ActorIndex, frame: Token) -> list[Span]:
        """Who makes a claim: the subject of the verb of saying ("the ERRC, which said ...": the ERRC)."""
        holder = next((c for c in frame.children if c.dep_ == "nsubj"), None)
        if holder is not None and holder.lower_ in ("which", "who") and frame.dep_ == "relcl":
            holder = frame.head
        return index.actors_of(holder) if holder is not None else []

    def _stated_goals(self, doc: Doc, index: ActorIndex, spokes: dict[str, str]) -> list[StanceHit]:
        """"Our first priorities are security for our leaders", "Kenya's aim is a lasting truce":
        the owner of a stated goal supports what the goal is."""
        hits = []
        for noun in tokens_of(doc):
            if noun.lemma_.lower() not in self.goal_nouns or noun.dep_ != "nsubj" or noun.head.lemma_ != "be" \
                    or index.is_negated(noun.head, self.negators):
                continue
            attribute = next((c for c in noun.head.children if c.dep_ == "attr"), None) or next(
                (p for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "on"
                 for p in c.children if p.dep_ == "pobj"), None)  # "the focus would be on a ceasefire"
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None and any(c.lower_ == "the" for c in noun.children) \
                    and not any(c.dep_ == "prep" for c in noun.children):  # (not "the aim of the rebels")
                owner = self._opinion_holder(noun.head)  # "X said the priority was Y": X's priority
            if attribute is None or owner is None or attribute.pos_ == "PRON" or any(
                    self.judging(t) for t in attribute.subtree):
                continue  # "his plan was a worrying issue": a judgement of the plan, not what it is
            hits.extend(self._stance_hits(index, spokes, index.actors_of(owner), "Support", subtree(attribute),
                                          noun.sent, 0.55, f"stated-goal:{noun.lemma_.lower()}"))
        return hits

    def _apposed_goals(self, doc: Doc, index: ActorIndex, spokes: dict[str, str]) -> list[StanceHit]:
        """"The bill includes money for schools, a top priority of the Greens", "liability
        protection, a top McConnell priority": the goal's owner supports the phrase it is set
        beside."""
        hits = []
        for noun in tokens_of(doc):
            if noun.dep_ != "appos" or noun.lemma_.lower() not in self.apposed_goals:
                continue
            owners = [a for c in noun.children if c.dep_ in ("poss", "compound", "amod") for a in index.actors_of(c)]
            owners += [a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                       for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
            head, start = noun.head, None
            while head.dep_ == "pobj" and head.head.dep_ == "prep":  # "money for [schools], a priority"
                prep = head.head
                if prep.head.pos_ in ("NOUN", "PROPN"):
                    head = prep.head
                    continue
                start = next((c.left_edge.i for c in prep.head.children if c.dep_ == "dobj"
                              and c.right_edge.i + 1 == prep.i), None)  # "includes money" + "for schools"
                break
            end = noun.left_edge.i
            target = trimmed(doc[start if start is not None else head.left_edge.i:end])
            if not owners or not any(t.is_alpha for t in target) or head.i in index.at:
                continue  # "Kenya, a key ally": an actor described, no goal
            hits.extend(self._stance_hits(index, spokes, owners, "Support", target, noun.sent, 0.55,
                                          f"apposed-goal:{noun.lemma_.lower()}"))
        return hits

    def _fronted_claims(self, doc: Doc, index: ActorIndex, spokes: dict[str, str]) -> list[StanceHit]:
        """"The rules discriminated against Roma, the Law Lords have ruled": a fronted report the
        parser reads as a second subject with a reduced relative clause ("the rules [that were]
        discriminated"). The report's subject is what the speaker judges."""
        hits = []
        for verb in tokens_of(doc):
            if verb.lemma_ not in self.opinion:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if len(subjects) < 2 or subjects[0].i in index.at:
                continue
            claim = next((c for c in subjects[0].children if c.dep_ == "acl" and c.lemma_ in self.claim_verbs
                          and ActorIndex.agent(c) is None), None)
            if claim is None or index.is_negated(claim, self.negators):
                continue
            target = doc[subjects[0].left_edge.i:claim.left_edge.i]
            hits.extend(self._stance_hits(index, spokes, index.actors_of(subjects[-1]), self.claim_verbs[claim.lemma_],
                                          target, verb.sent, 0.5, f"claim:{claim.lemma_}"))
        return hits

    def _obligation(self, verb: Token) -> Token | None:
        """The verb of what must be done: "should/must do", or "has/had to do" (its xcomp)."""
        if any(c.dep_ == "aux" and c.lower_ in self.modals for c in verb.children):
            return verb
        if verb.lemma_ == "have" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            # (not "the police would have to take officers off": a consequence, not a duty)
            return next((c for c in verb.children if c.dep_ == "xcomp"
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        return None

    def _speech_subject(self, token: Token) -> Token | None:
        """The subject of the nearest verb of saying above ``token``."""
        for _ in range(5):
            if token.head == token:
                return None
            token = token.head
            if token.lemma_ in self.opinion:
                return next((c for c in token.children if c.dep_ == "nsubj"), None)
        return None


def _excessive(word: Token) -> bool:
    """A predicate adjective under "too" ("too optimistic", "far too bullish"), not "too late to
    stop" or "too important to ignore", whose complement turns it into a reason."""
    return word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd") and any(
        c.dep_ == "advmod" and c.lower_ == "too" for c in word.children) and not any(
        c.dep_ in ("xcomp", "ccomp", "prep") for c in word.children)


def to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive ("to reach an agreement")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def only_pronouns(verb: Token) -> bool:
    """An infinitive whose arguments are all pronouns ("to achieve it"): its content is elsewhere."""
    arguments = [c for c in verb.children if c.dep_ in ("dobj", "attr", "xcomp", "ccomp", "prep")]
    return bool(arguments) and all(c.pos_ == "PRON" for c in arguments)


def phrasal(verb: Token) -> str:
    """A verb's lemma with its particle: "give up", "hand over"."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles[:1]])


def clause(verb: Token) -> Span:
    """A complement clause without its complementiser ("that")."""
    span = subtree(verb)
    while len(span) > 1 and span[0].dep_ == "mark":
        span = span[1:]
    return span


def named_inside(index, target: Span) -> tuple[str, ...]:
    """The actors named inside a target, as its ``target_entities``."""
    return tuple(sorted({s.kb_id_ for s in index.actors if target.start <= s.start < target.end}))


def subtree(token: Token) -> Span:
    """The phrase a token heads, without edge punctuation or a leading infinitive "to"."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    while start < end and (doc[start].is_punct or doc[start].lower_ == "to"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]
