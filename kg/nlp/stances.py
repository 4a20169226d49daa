"""``sg_stances``: stances (holder, polarity, target) and the opposes/supports they imply.

A stance verb from ``data/triggers.json`` ("oppose", "reject", "call for", "back", "urge", ...)
with an actor as its subject takes a position on its object, complement or prepositional object:
"Washington continues to oppose a ground offensive in Rafah" -> (United States, Oppose,
"a ground offensive in Rafah"). Handled in general:

* negation flips support to opposition ("does not support", "do not want"); a negated
  opposition verb says nothing ("did not reject");
* passives take the agent as holder ("the plan, supported by the United States");
* coordination gives one stance per holder ("Egypt and Sudan called for ...");
* reported speech keeps the speaker: "Kirby said Washington opposes ..." -> holder United States,
  stated by Kirby; a spokesperson's own position goes to the body they speak for;
* pronouns, "the group", and "we" in quotes are resolved by :class:`kg.nlp.syntax.ActorIndex`.

An actor named as the object ("rejected Hamas"), or owning the target ("Israel's intended
operations", "conditions set by Israel"), also gets an ``opposes``/``supports`` relation when the
verb is one of the relation verbs (criticise, reject, back, ...).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.hits import RelationHit, StanceHit
from kg.nlp.judgements import (HOPE_WORDS, PERIOD_NOUNS, SETTLEMENT_NOUNS, TIES_NOUNS, TIME_TYPES, JudgementRules, named_inside, only_pronouns, phrasal,
                               to_infinitive)
from kg.nlp.judgements import subtree as _subtree
from kg.nlp.lexicon import Lexicon, load_lexicon, load_triggers
from kg.nlp.syntax import (ARMED_NOUNS, HOMELAND_NOUNS, PAIR_NOUNS, SPEECH_LEMMAS, ActorIndex, conditional, first_conjunct, in_lexicon, inside_quotes,
                           reduced_passive_subject, reference_words, tokens_of, trimmed)

ACTOR_TYPES = {"Person", "Organisation", "Country"}
RECIPROCAL = {"each other", "one another"}
HYPOTHETICAL_MODALS = {"could", "might", "may"}
WEAPON_WORDS = {"air", "drone", "artillery", "military", "armed", "ground", "naval", "terrorist", "suicide", "mortar",
                "bomb", "cyber"}  # "a drone attack", "a military offensive": the kind of an armed attack
ARMED_PEOPLE = {"gunman", "gunmen", "militant", "militants", "rebel", "rebels", "fighter"}  # "gunmen attacked ..."
UNHEEDED_REQUESTS = {"call", "calls", "demand", "demands", "plea", "pleas", "appeal", "appeals", "request",
                     "requests", "warning", "warnings", "criticism", "protests", "objections"}  # "despite a call from X"
HITTING_VERBS = {"hit", "slap", "target", "punish", "threaten"}  # "hit X with sanctions": pressure on X
AUTHORING_PARTICIPLES = {"draft", "drafted", "sponsor", "sponsored", "propose", "proposed", "author", "authored",
                         "table", "tabled", "write", "written"}  # "the US-drafted resolution": the US's
MEETING_VERBS = {"meet", "talk", "negotiate", "sit", "engage", "deal", "speak"}  # ... with X
HOSTILE_STEP_VERBS = {"recall", "take", "retaliate"}  # ... its ambassador from X, X to court, against X
ENVOY_NOUNS = {"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "charge"}
ASIDE_NOUNS = {"swipe", "dig", "jibe", "jab", "attack", "broadside", "rebuke", "rebuff", "snub", "criticism", "barb"}
QUARREL_NOUNS = {"accusation", "barb", "insult", "jibe", "blame", "recrimination", "threat", "charge", "criticism"}
DISPUTE_NOUNS = {"dispute", "disputes", "rift", "spat", "war of words", "stand-off"}  # "locked in a dispute"
MOTION_NOUNS = {"motion", "vote", "motions", "votes", "resolution"}  # of no confidence
BID_NOUNS = {"bid", "attempt", "attempts", "effort", "efforts", "campaign", "drive", "plot", "push", "move"}
JOINING_VERBS = {"join"}  # refusing to join an actor (in a coalition, a government) opposes it
WARNING_VERBS = {"warn", "caution"}  # ... X against doing Y
SUMMING_NOUNS = {"move", "step", "decision", "action", "gesture", "measure"}  # "X did Y, a move opposed by Z"
URGING_VERBS = {"urge", "ask", "call", "press", "push", "pressure", "pressurise", "pressurize", "encourage",
                "persuade", "convince", "request", "demand", "insist"}  # whom they address is no owner
DEMANDING_VERBS = {"demand", "insist", "urge", "ask", "request", "require"}  # "demanded that X accept Y"
REFUSING_VERBS = {"refuse", "decline"}  # whose infinitive is what they will not do
JOINT_VERBS = {"agree"}  # what two sides agree on together is the talks' outcome, not a position
TRANSITIVE_TOO = {"fight", "protest"}  # take their target with a preposition, or as an object
REACHING_VERBS = {"reach", "strike", "seal", "conclude", "clinch", "hammer"}  # ... a deal: what two sides do together
ASSESSMENT_VERBS = {"need", "require"}  # reported needs are the speaker's assessment
CLAIM_VERBS = {"argue", "claim", "allege", "insist", "contend", "accuse", "charge"}
COMPLAINT_VERBS = {"complain", "criticise", "criticize", "protest", "blame", "accuse"}
GENERIC_DETERMINERS = {"any", "every", "whatever", "whichever"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


REPORT_NOUNS = {"report", "reports"}
CONTEXT_PREPOSITIONS = {"amid", "after", "following"}  # "amid reports that ...": the news the article reports

class StanceExtractor(JudgementRules):
    def __init__(self, triggers: dict, lexicon: Lexicon):
        self.t = triggers
        self.lex = lexicon
        self.verbs = {lemma: polarity for polarity, lemmas in triggers["stance_verbs"].items()
                      for lemma in lemmas}
        self.needs_prep = {k: set(v) for k, v in triggers["stance_prepositions"].items()}
        self.phrasal_heads = {lemma.split()[0] for lemma in self.verbs if " " in lemma}  # "rule" of "rule out"
        self.relation_verbs = {lemma: p for p, lemmas in triggers["relation_verbs"].items() for lemma in lemmas}
        self.negators = frozenset(triggers["negators"])
        self.speech = set(triggers["speech_verbs"])
        self.words = reference_words(triggers, lexicon)
        self.lex_titles = frozenset(lexicon.titles)  # ("prime", "minister"), ("envoy",): posts one is named to
        self.relation_nouns = {n: p for p, nouns in triggers["relation_nouns"].items() for n in nouns}
        self.positions: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first word -> phrases
        for polarity, phrases in triggers["stance_adjectives"].items():
            for words in phrases:
                self.positions.setdefault(words[0], []).append((tuple(words), polarity))
        self.evaluative = {w: p for p, words in triggers["evaluative"].items() for w in words}
        self.nouns = {noun: (polarity, set(preps)) for polarity, nouns in triggers["stance_nouns"].items()
                      for noun, preps in nouns.items()}
        self.no_stance = set(triggers["non_stance_complements"])
        self.modals = set(triggers["deontic_modals"])
        self.stop_verbs = set(triggers["stop_verbs"])
        self.human_nouns = set(triggers["human_nouns"])
        self.military_nouns = set(triggers["military_nouns"])
        self.pressure_nouns = set(triggers["pressure_nouns"])
        self.legal_nouns = set(triggers.get("legal_action_nouns", ()))
        self.blame_adjectives = set(triggers["blame_adjectives"])  # "held X responsible"
        self.criticism_phrases = dict(triggers["criticism_phrases"])  # "hit out at X", "poured scorn on X"
        self.criticism_heads = {phrase.split()[0] for phrase in self.criticism_phrases}  # "hit" of "hit out"
        self.lifting = set(triggers["lifting_verbs"])  # "lift the embargo on X": no pressing
        self.ceasing = set(triggers["ceasing_verbs"])  # "stop attacking": nobody's position
        self.mocking = set(triggers["mocking_adverbs"])
        self.amounts = set(triggers["amount_words"])  # "pounds 4bn in tax cuts"
        self.claim_verbs = {v: p for p, verbs in triggers["evaluative_verbs"].items() for v in verbs}
        self.opinion = set(triggers["opinion_verbs"])
        self.pledge_verbs = set(triggers["pledge_verbs"])  # "say they would abolish tuition fees"
        self.breaking = set(triggers["breaking_verbs"])  # "severed ties with Taiwan": opposes Taiwan
        self.blocking = set(triggers["blocking_verbs"])  # "threatened to block X": against X
        self.infinitive_only = set(triggers["infinitive_only_verbs"])  # "told X to stop": a demand
        self.complaint_nouns = set(triggers["complaint_nouns"])  # "a complaint against X": opposes X
        self.naming = set(triggers["naming_verbs"])
        self.erring = set(triggers["erring_verbs"])  # "X was making a mistake": a judgement of X
        self.branding = set(triggers["branding_verbs"])  # "dubbing Mr Brown 'Sir Wastealot'": scorn
        self.attack_verbs = set(triggers["attack_verbs"])  # "attacked a train" is violence, no stance
        self.attack_target_nouns = set(triggers["attack_target_nouns"])
        self.armed_nouns = ARMED_NOUNS | ARMED_PEOPLE
        self.attack_nouns = set(triggers["attack_nouns"])
        self.abolishing = set(triggers["abolishing_verbs"])  # "want to scrap X" also opposes X
        self.agentive_nouns = set(triggers["agentive_nouns"])  # "the mediation of Erdogan": his
        self.partitives = set(triggers["partitive_determiners"])
        self.grant_verbs = set(triggers["grant_verbs"])
        self.grant_nouns = set(triggers["grant_nouns"])
        self.relinquish = set(triggers["relinquish_verbs"])
        self.negated_nouns = set(triggers["negating_nouns"])
        self.recognition = set(triggers["recognition_verbs"])
        self.ahead_verbs = set(triggers["ahead_verbs"])
        self.hedges = set(triggers["hedges"])
        self.claim_nouns = set(triggers["claim_nouns"])
        self.denying = set(triggers["denying_verbs"])  # "denied the accusations", "denied that ..."
        self.complaining = set(triggers["complaining_verbs"])  # "complained that ..."
        self.proposal_nouns = set(triggers["proposal_nouns"])
        self.proposing = set(triggers["proposing_verbs"])
        self.decision_nouns = triggers["decision_nouns"]  # "welcomed the ruling": whoever ruled
        self.deciding = set(self.decision_nouns.values())
        self.person_only = set(triggers["person_only_stance_verbs"])  # criticism only of a person
        self.declining_verbs = set(triggers["declining_verbs"])  # "invited ... but declined"
        self.inviting_verbs = set(triggers["inviting_verbs"])
        self.goal_nouns = set(triggers["goal_nouns"])  # "our priorities are X"
        self.apposed_goals = set(triggers["apposed_goal_nouns"])  # "money for schools, a top priority of X"
        self.failing_claims = set(triggers["failing_claims"])  # "the sums don't add up"
        self.conflict_nouns = set(triggers["conflict_nouns"])  # "X's row with Y"
        self.quarrel_nouns = self.conflict_nouns | DISPUTE_NOUNS  # "locked in a dispute with Y"
        self.conflict_verbs = set(triggers["conflict_verbs"])  # "X clashed with Y": each opposes the other
        self.loss_nouns = set(triggers["loss_nouns"])  # "Blunkett's resignation": not Blunkett's position
        self.owning_verbs = self.proposing | set(triggers["submitting_verbs"])  # "the plan Kenya submitted"
        self.expulsion_verbs = set(triggers["expulsion_verbs"])
        self.receiving = set(triggers["receiving_verbs"])  # "has the backing of X": X's
        self.soliciting = set(triggers["soliciting_verbs"])  # "sought the backing of X": nobody's
        self.ally_nouns = set(triggers["ally_nouns"])  # "X, a close ally of Y": X supports Y
        self.former = set(triggers["former_words"])
        self.hostile = set(triggers["hostile_verbs"])  # "vowed to arrest X": opposes X
        self.withdrawal = set(triggers["withdrawal_verbs"])  # "urged X to withdraw its troops"
        self.not_refusals = set(triggers["not_refusal_verbs"]) | self.ahead_verbs  # (negated, going ahead says nothing)
        self.talk_nouns = set(triggers["negotiation_nouns"]) - SETTLEMENT_NOUNS

    def __call__(self, doc: Doc) -> tuple[list[StanceHit], list[RelationHit]]:
        index = ActorIndex(doc, self.words)
        spokes = {h.subject: h.object for h in doc._.sg_relations or () if h.predicate == "spokespersonFor"}
        affiliated = {(h.subject, h.object) for h in doc._.sg_relations or ()
                      if h.predicate in ("spokespersonFor", "leaderOf", "memberOf")}
        affiliated |= {(person, self._body_voice(body)) for person, body in spokes.items()}
        stances, relations = [], []
        for verb in tokens_of(doc):
            if verb.pos_ not in ("VERB", "AUX") and not _infinitive(verb):
                continue
            if verb.lemma_ in self.relation_verbs and verb.lemma_ not in self.verbs:
                relations.extend(self._accusations(index, verb))  # "accused the Tories of ..."
                stances.extend(self._charged_conduct(index, spokes, verb))
                stances.extend(self._challenged_to(index, spokes, verb))
                continue
            if verb.lemma_ not in self.verbs and (verb.lemma_ not in self.phrasal_heads or phrasal(verb) not in self.verbs):
                continue
            if verb.lemma_ in self.infinitive_only and not any(
                    c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
                continue  # "told Vietnam to end its activities" is a demand; "told reporters" is speech
            if verb.dep_ in ("acl", "ccomp") and verb.head.lower_ in self.claim_nouns and not (
                    verb.head.lower_ in REPORT_NOUNS and verb.head.head.lower_ in CONTEXT_PREPOSITIONS):
                continue  # "rejected claims that it requested a ceasefire": a claim's content (but "amid
                # reports that X rejected Y" sets the scene with what the article takes as news)
            if verb.dep_ in ("xcomp", "pcomp", "ccomp") and verb.head.lemma_ in self.ceasing:
                continue  # "demanded that the government stop attacking his forces": no one attacks
            if verb.dep_ == "ccomp" and verb.head.lemma_ in DEMANDING_VERBS:
                continue  # "demanding that the UN accept the republic": what is demanded, no one's position yet
            if verb.dep_ == "xcomp" and verb.head.lemma_ in REFUSING_VERBS:
                continue  # "refused to accept the letter": the refusal's position, not an acceptance
            if any(c.dep_ == "advmod" and c.lower_ in self.mocking for c in verb.children):
                continue  # "after mockingly welcoming the chancellor back": no welcome
            if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in verb.children):
                continue  # "if we don't like what they do, we can opt out": a condition, no position taken
            if verb.tag_ == "VBN" and ActorIndex.agent(verb) is None and not any(
                    c.dep_ in ("aux", "auxpass") or (c.dep_ == "nsubj" and verb.dep_ == "ROOT") for c in verb.children):
                continue  # "Czechs refused entry": a participle with no agent takes no position
            found = self._read(verb)
            if found is None:
                if verb.lemma_ in self.relation_verbs:  # "complained that Togo did not ..."
                    relations.extend(self._accusations(index, verb))
                continue
            polarity, target_head, target = found
            if verb.lemma_ in ASSESSMENT_VERBS and target_head.dep_ == "xcomp" and not any(
                    c.dep_ == "dobj" for c in verb.children) and any(
                    c.dep_ == "nsubj" and (c.pos_ == "PRON" or index.actors_of(c)) for c in verb.children):
                continue  # "we need to focus on that": a task of one's own, no position on anything
                # (but "the tariffs needed to come down" is a view of the tariffs)
            if verb.lemma_ in JOINT_VERBS and ActorIndex.agent(verb) is None and (verb.dep_ == "acl" or (
                    verb.dep_ in ("advcl", "relcl") and verb.i > 0 and doc[verb.i - 1].pos_ == "NOUN"
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children))):
                continue  # "the timetable agreed with its predecessors": what was agreed, by no one named
            if target_head.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.i < verb.i:
                head = verb.head  # "a direct dialogue with the rebels, which Kinshasa refused"
                while (head.i in index.at or head.pos_ == "ADP") and head.dep_ in ("conj", "pobj", "prep") \
                        and head.head != head and head.head.pos_ not in ("VERB", "AUX"):  # (no clause)
                    head = head.head  # "which" is no actor: the thing the actors are part of
                target_head, target = head, trimmed(doc[head.left_edge.i:verb.left_edge.i])
            if target_head.pos_ == "VERB" and any(c.dep_ == "neg" for c in target_head.children):
                if polarity == "Oppose":
                    continue
                polarity = "Oppose"  # "pledged never to recognise", "urged X not to deliver"
            blocked = next((c for c in target_head.children if c.dep_ == "dobj"), None) \
                if target_head.pos_ == "VERB" and target_head.lemma_ in self.blocking and polarity == "Support" else None
            if blocked is not None:  # "threatened to block aid to Ukraine": against the aid
                polarity, target_head, target = "Oppose", blocked, _subtree(blocked)
            if 0 < len(target) <= 2 and target[-1].pos_ == "ADP":
                continue  # "work on": a verb's particle, nothing stood for
            if target_head.ent_type_ in TIME_TYPES or not any(t.is_alpha for t in target):
                continue  # "agreed on Friday"
            if _inverted_attribution(verb, target_head):
                continue  # "Tories will channel anger at Labour, vows Badenoch": the one who vows
            if any(v.lemma_ in ("thank", "appreciate") and (v.i + 1 < len(doc) and doc[v.i + 1].pos_ == "PRON")
                   for v in (verb, target_head)) or (verb.lemma_ in ("thank", "appreciate")
                                                     and target_head.pos_ == "PRON"):
                continue  # "thank you": courtesy, not a position
            if verb.lemma_ == "threaten" and (target_head.i in index.at or target_head.pos_ == "PRON"):
                relations.extend(self._threatened(index, verb, target_head))  # no support for the threatened
                continue
            if verb.lemma_ == "threaten" and target_head.dep_ == "dobj" and target_head.pos_ in ("NOUN", "PROPN"):
                continue  # "the actions threatened regional peace": a harm done, not an intent (that is "threatened to")
            if verb.lemma_ in self.person_only and not (
                    target_head.i in index.at and index.at[target_head.i].label_ == "Person"):
                continue  # "Pelosi hit Trump" is criticism; "Israel hit Hamas", "hit the port" are strikes
            if target_head.i in index.at and index.is_people(index.at[target_head.i]):
                continue  # "warned ... Palestinians": a people is not a position's target
            if self._violence(index, verb, target_head):
                continue  # "gunmen attacked a train": an attack, not criticism
            if index.is_negated(verb, self.negators) or _never(verb):
                if polarity == "Oppose":
                    continue
                polarity = "Oppose"
            if target_head.lemma_ in self.no_stance and target_head.pos_ == "VERB" and not self._appointing(target_head):
                continue  # "did not want to comment", "declined to name the officials" (not "ruled out naming a prime minister")
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
                subject = self._speech_subject(verb)  # "it is time for X to refuse Y", says Z
            else:
                subject = index.subject(verb) or self._statement_author(index, verb)  # "issued a statement condemning X"
            if subject is None or (subject.lower_ == "it" and inside_quotes(verb.sent, subject.i)):
                continue  # '"It focuses on the things that need to be there," said X': the plan, no actor
            companions = index.co_actors(verb, subject)  # "countries, led by Germany, oppose"
            partitive = self._partitive(subject)
            if partitive and not companions:
                continue  # "some senior Tories argued against": a few members are not the party
            if self._denied_grant(index, verb, target_head, subject):
                continue
            if target.start < subject.left_edge.i < target.end:  # a holder is not in its own target
                target = trimmed(target.doc[target.start:subject.left_edge.i])
            confidence = 0.6 if subject.pos_ == "PRON" else 0.7
            urged = {a.kb_id_ for c in verb.children if c.dep_ == "dobj" and target.start <= c.i
                     and target_head.dep_ in ("xcomp", "ccomp") and target_head.i > c.i
                     for a in index.actors_of(c, coordinated=False)}  # "he urged the chancellor to admit": not him
            named = companions + ([] if partitive else index.actors_of(subject))
            holders = [h for h in dict((a.kb_id_, a) for a in named).values()
                       if not self._claimed_by_another(index, verb, h.kb_id_, affiliated) and h.kb_id_ not in urged]
            joint = verb.lemma_ in JOINT_VERBS or (verb.lemma_ == "accept" and target_head.lower_ in SETTLEMENT_NOUNS) \
                or (target_head.lemma_ in REACHING_VERBS and any(  # "the two sides are attempting to reach a deal"
                    c.dep_ == "dobj" and c.lemma_.lower() in SETTLEMENT_NOUNS for c in target_head.children))
            if joint and (len(holders) > 1 or subject.lower_ in PAIR_NOUNS):
                continue  # "both sides agreed to work ...", "both countries accepted a truce": an outcome of talks
            speaker = self._speaker(index, verb)
            if verb.lemma_ in ASSESSMENT_VERBS and speaker is not None and all(
                    h.label_ != "Person" for h in holders):
                holders = [speaker]  # "Blair said the EU needs a streamlined process": Blair's view
            found = self._stance_hits(index, spokes, holders, polarity, target, verb.sent,
                                      confidence, f"stance-verb:{verb.lemma_}", speaker)
            if not _fronted_participle(verb, target_head):  # ("Backed by Rwanda, M23 ...": a relation, as
                stances.extend(found)  # "Rwanda-backed M23" is, not a position stated)
            for hit in found:
                relations.extend(self._relations(index, verb, polarity, self._relation_subject(hit, spokes),
                                                  target_head, subject))
        stances.extend(self._evaluations(doc, index, spokes, relations))
        stances.extend(self._positions(doc, index, spokes, relations))
        stances.extend(self._nominal(doc, index, spokes, relations))
        stances.extend(self._claims(doc, index, spokes, relations))
        stances.extend(self._stated_goals(doc, index, spokes))
        stances.extend(self._apposed_goals(doc, index, spokes))
        stances.extend(self._kept(doc, index, spokes))
        stances.extend(self._fronted_claims(doc, index, spokes))
        stances.extend(self._going_ahead(doc, index, spokes))
        refusals = self._will_not(doc, index, spokes)
        stances.extend(refusals)
        relations.extend(self._refused_partners(index, refusals, spokes))
        stances.extend(self._broken_ties(doc, index, spokes, relations))
        stances.extend(self._disputes(doc, index, spokes))
        stances.extend(self._pledges(doc, index, spokes, affiliated))
        relations.extend(self._opposed_wants(stances))
        relations.extend(self._hostile_wants(index, stances))
        relations.extend(self._hostile_bids(doc, index))
        relations.extend(self._no_confidence(doc, index))
        relations.extend(self._denied_claims(doc, index))
        relations.extend(self._aimed_asides(doc, index))
        relations.extend(self._hostile_steps(doc, index))
        relations.extend(self._earlier_owners(doc, index, stances, spokes))
        relations.extend(self._pressure(doc, index))
        relations.extend(self._accused_conduct(doc, index))
        relations.extend(self._held_responsible(doc, index))
        relations.extend(self._conflicts(doc, index))
        relations.extend(self._despite(doc, index))
        stances.extend(self._branded(doc, index, spokes, relations))
        for verb in tokens_of(doc):
            if verb.pos_ == "VERB" and verb.lemma_ in self.criticism_heads:
                aimed_stances, aimed_relations = self._aimed_criticism(index, spokes, verb)
                stances.extend(aimed_stances)
                relations.extend(aimed_relations)
        relations.extend(self._backed(doc, index))
        relations.extend(self._allies(doc, index))
        relations.extend(self._recognised(doc, index))
        stances.extend(self._abolished(index, stances))
        relations.extend(self._owned_targets(index, stances, relations, spokes))
        # a person does not oppose or support the body they lead, speak for or belong to
        relations = [r for r in relations if (r.subject, r.object) not in affiliated
                     and (r.object, r.subject) not in affiliated]
        return _distinct(stances), relations

    def _owned_targets(self, index: ActorIndex, stances: list[StanceHit], relations: list[RelationHit],
                       spokes: dict[str, str]) -> list[RelationHit]:
        """A position on an actor, or on what an actor owns, that no rule has related yet relates
        the holder to that actor: "anger at Labour", "Labour's 'draconian' approach", "alarm over
        a decision by the Commission", "rejected the port deal between Ethiopia and Somaliland"."""
        related = {(r.subject, r.sentence.start) for r in relations}
        hits = []
        for hit in stances:
            holder = self._relation_subject(hit, spokes)
            if (holder, hit.sentence.start) in related or (hit.holder, hit.sentence.start) in related \
                    or hit.rule.startswith("position"):
                continue  # (positions relate their own owners: "firm on the EU rebate" is no position on the EU)
            root = hit.target.root
            lemma = hit.rule.rsplit(":", 1)[-1]
            if lemma in URGING_VERBS or any(c.dep_ == "acl" and lemma in {v.lemma_ for v in _conjuncts(c)}
                                            for c in root.children):
                continue  # "urged X to ...": the urged are no owners; "the deal, drafted by A and backed by B"
            owners = [index.at[root.i]] if root.i in index.at else []
            if root.lower_ not in HOMELAND_NOUNS and not any(c.lower_ in index.media_nouns for c in root.children):
                owners += self._owners(index, root)  # (not "his country", nor "Nigerian media claims")
            owners += [a for c in root.children if c.dep_ == "amod" and c.lemma_.lower() in AUTHORING_PARTICIPLES
                       for g in c.children if g.dep_ in ("npadvmod", "compound") for a in index.actors_of(g)]
            # "the US-drafted resolution", "a Kenyan-sponsored motion"
            if root.pos_ == "NOUN":  # "a decision by Uganda", "the choice of these three countries"
                owners += [a for c in root.children if c.dep_ in ("prep", "agent") and (
                    c.lower_ == "by" or c.lower_ == "of" and root.lower_ in self.agentive_nouns)
                           for o in c.children if o.dep_ == "pobj" for a in index.actors_of(o)]
            if root.pos_ in ("VERB", "AUX") and any(t.dep_ in ("dep", "appos", "npadvmod") and t.i >= hit.target.end
                                                    and (self._summed_up(t) or (None,))[0] == root
                                                    for t in root.subtree):
                owners += [a for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for a in index.actors_of(c)]
                # "Ethiopia will get a port, a move opposed by Somalia": the clause's doer owns the move
            if root.dep_ in ("pobj", "pcomp") and root.head.lower_ == "against" and root.head.head.lemma_ in WARNING_VERBS:
                owners += [a for c in root.head.head.children if c.dep_ == "dobj" for a in index.actors_of(c)]
                # "Kenya warned Ethiopia against any military action": against what Ethiopia would do
            if hit.polarity == "Support" and self.relation_nouns.get(root.lower_) == "supports":
                owners += [a for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                           for o in c.children if o.dep_ == "pobj" for a in index.actors_of(o)]
                # "pledged support to Ethiopia": whom the support is for
            if hit.polarity == "Oppose" and root.lemma_.lower() in JOINING_VERBS:  # "no intention of joining him
                owners += [a for c in root.children if c.dep_ == "dobj" for a in index.actors_of(c)]  # in a coalition"
            if root.lemma_.lower() in SETTLEMENT_NOUNS:  # the sides of a deal the holder takes a position on
                owners += [a for c in root.children if c.dep_ == "prep" and c.lower_ == "between"
                           for o in c.children if o.dep_ == "pobj" for a in index.actors_of(o)]
            predicate = "opposes" if hit.polarity == "Oppose" else "supports"
            hits.extend(RelationHit(holder, predicate, key, hit.sentence, 0.55, f"owned-target:{hit.rule}")
                        for key in dict.fromkeys(o.kb_id_ for o in owners if o.label_ in ACTOR_TYPES
                                                 and not index.is_people(o))
                        if key not in (holder, hit.holder))
        return hits

    def _violence(self, index: ActorIndex, verb: Token, target_head: Token) -> bool:
        """An attack verb aimed at a place or a physical thing ("attacked a train", "attacked
        the town of X"), or done by armed men ("gunmen attacked ..."), is violence, read by the
        events component; "attacked the plan", "attacked Blair" are criticism."""
        if verb.lemma_ not in self.attack_verbs:
            return False
        if in_lexicon(target_head, self.attack_target_nouns) or (
                target_head.i in index.at and index.at[target_head.i].label_ == "Place"):
            return True
        subject = index.subject(verb)
        return subject is not None and subject.lemma_.lower() in self.armed_nouns

    def _abolished(self, index: ActorIndex, stances: list[StanceHit]) -> list[StanceHit]:
        """Backing a deed that abolishes something also opposes the thing: "the Lib Dems want to
        do away with the council tax" supports doing away with it and opposes the council tax."""
        hits = []
        for hit in (h for h in stances if h.polarity == "Support"):
            deed = hit.target.root
            forms = {deed.lemma_, phrasal(deed)}
            if any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in deed.children):
                forms.add(deed.lemma_ + " away")  # "do away with"
            if deed.pos_ != "VERB" or not forms & self.abolishing:
                continue
            thing = next((c for c in deed.children if c.dep_ == "dobj"), None) or next(
                (p for c in deed.children if c.dep_ == "prep" and c.lower_ in ("with", "of")
                 for p in c.children if p.dep_ == "pobj"), None)
            if thing is not None and thing.pos_ != "PRON":
                target = _subtree(thing)
                inside = named_inside(index, target)
                hits.append(StanceHit(hit.holder, "Oppose", target, hit.sentence, hit.confidence, hit.rule + "+abolished",
                                      tuple(k for k in hit.target_entities if k in inside), hit.stated_by))
        return hits

    def _armed_attack(self, index: ActorIndex, subject: Token, objects: list[Token], aimed: Token) -> bool:
        """"launched a missile attack on Kyiv", "mounted an attack on Ukrainian positions", armed
        men launching an attack: violence, read by the events component; "launched an attack on
        the government's record" is criticism."""
        weapons = any(c.dep_ in ("compound", "amod") and (c.lower_ in self.attack_nouns or c.lower_ in WEAPON_WORDS)
                      for o in objects for c in o.children)
        return weapons or in_lexicon(aimed, self.attack_target_nouns) or subject.lemma_.lower() in self.armed_nouns or (
            aimed.i in index.at and index.at[aimed.i].label_ == "Place")

    def _challenged_to(self, index: ActorIndex, spokes: dict[str, str], verb: Token) -> list[StanceHit]:
        """"Tsvangirai challenged Mugabe to hold a new election": the challenger wants it done."""
        if verb.lemma_ != "challenge" or index.is_negated(verb, self.negators) \
                or not any(c.dep_ == "dobj" for c in verb.children):
            return []
        deed = next((c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
        subject = index.subject(verb)
        if deed is None or subject is None or only_pronouns(deed):
            return []
        return self._stance_hits(index, spokes, index.actors_of(subject), "Support", _subtree(deed), verb.sent,
                                 0.6, "challenged-to")

    def _branded(self, doc: Doc, index: ActorIndex, spokes: dict[str, str],
                 relations: list[RelationHit]) -> list[StanceHit]:
        """Branding or dubbing something with a name is scorn, whatever the name: "dubbing Mr
        Brown 'Sir Wastealot'" opposes Brown; "the moves, which X had branded a declaration of
        war" is X's position against the moves (branding_verbs)."""
        hits = []
        for verb in tokens_of(doc):
            if verb.lemma_ not in self.branding or verb.pos_ != "VERB" or index.is_negated(verb, self.negators):
                continue
            if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in verb.children):
                thing, name = verb.head, doc[verb.i + 1:verb.right_edge.i + 1]  # "the moves, which X had branded ..."
            else:
                objects = [c for c in verb.children if c.dep_ == "dobj"]
                after = len(doc) if len(objects) not in (1, 2) else (  # (2: "branded X a Y")
                    index.at[objects[0].i].end if objects[0].i in index.at else objects[0].right_edge.i + 1)
                thing = objects[0] if after < len(doc) and (doc[after].is_quote or doc[after].pos_ in (
                    "PROPN", "DET", "ADJ")) else None  # a name after the object
                name = doc[after:verb.sent.end]
            subject = index.subject(verb)
            if thing is None or thing.pos_ == "PRON" or subject is None or any(self.judging(t) for t in name):
                continue  # ("dubbed the talks a success": a judgement the evaluations read)
            holders = [a for a in index.actors_of(subject) if a.label_ in ACTOR_TYPES]
            if thing.i in index.at:  # "dubbing Mr Brown 'Sir Wastealot'": the actor itself
                relations.extend(RelationHit(h.kb_id_, "opposes", index.at[thing.i].kb_id_, verb.sent, 0.55,
                                             f"branded:{verb.lemma_}")
                                 for h in holders if h.kb_id_ != index.at[thing.i].kb_id_)
                continue
            target = doc[thing.left_edge.i:thing.i + 1] if verb.head == thing else _subtree(thing)
            hits.extend(self._stance_hits(index, spokes, holders, "Oppose", target, verb.sent, 0.55,
                                          f"branded:{verb.lemma_}"))
        return hits

    def _despite(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"X has defended the plans, despite opposition from the US and Japan", "X vowed to
        plough on despite a call for him to pause from Y": whoever a position X acts despite
        comes from opposes X."""
        hits = []
        for prep in tokens_of(doc):
            if prep.lower_ != "despite" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is None or not (self.nouns.get(noun.lower_, ("",))[0] == "Oppose" or noun.lower_ in self.pressure_nouns
                                    or noun.lower_ in UNHEEDED_REQUESTS):
                continue  # (not "despite support from X")
            sources = [a for t in noun.subtree if t.dep_ == "prep" and t.lower_ in ("from", "by")
                       for p in t.children if p.dep_ == "pobj" for a in index.actors_of(p)
                       if a.label_ in ACTOR_TYPES and not index.is_people(a)]
            subject = index.subject(prep.head)
            for actor in index.actors_of(subject) if subject is not None else ():
                hits.extend(RelationHit(s.kb_id_, "opposes", actor.kb_id_, prep.sent, 0.55, "despite-opposition")
                            for s in sources if s.kb_id_ != actor.kb_id_ and actor.label_ in ACTOR_TYPES)
        return hits

    def _threatened(self, index: ActorIndex, verb: Token, threatened: Token) -> list[RelationHit]:
        """"Bashir threatened the LRA", "threatened them": a threat against an actor opposes it."""
        subject = index.subject(verb)
        if subject is None or index.is_negated(verb, self.negators) or _hypothetical(verb):
            return []  # ("arms China could use to threaten Taiwan": a fear, not a threat made)
        return [RelationHit(h.kb_id_, "opposes", a.kb_id_, verb.sent, 0.55, "threatened")
                for h in index.actors_of(subject) if h.label_ in ACTOR_TYPES
                for a in index.actors_of(threatened) if a.kb_id_ != h.kb_id_ and a.label_ in ACTOR_TYPES]

    def _opposed_wants(self, stances: list[StanceHit]) -> list[RelationHit]:
        """Opposing a military action that another actor in the article wants opposes that actor:
        "Washington opposes a ground offensive in Rafah" beside "Israel plans an offensive in Rafah"."""
        def military(hit: StanceHit) -> bool:
            return any(t.lower_ in self.military_nouns for t in hit.target)
        wanted = [h for h in stances if h.polarity == "Support" and military(h)]
        return [RelationHit(o.holder, "opposes", w.holder, o.sentence, 0.55, "opposes-wanted-action")
                for o in stances if o.polarity == "Oppose" and military(o)
                for w in wanted if w.holder != o.holder]

    def _appointing(self, verb: Token) -> bool:
        """"naming a prime minister": naming someone to a post is a decision one takes a position
        on, not a disclosure ("declined to name the officials")."""
        if verb.lemma_ != "name":
            return False
        for named in (c for c in verb.children if c.dep_ in ("dobj", "oprd")):
            words = tuple(t.lower_ for t in named.subtree if t.i <= named.i and t.dep_ != "det")
            if words[-2:] in self.lex_titles or words[-1:] in self.lex_titles:
                return True
        return False

    def _hostile_wants(self, index: ActorIndex, stances: list[StanceHit]) -> list[RelationHit]:
        """Wanting harm done to an actor, or an actor to withdraw or stop, opposes that actor:
        "vowed to arrest X", "urged Azerbaijan to withdraw its troops", "demanded that the
        government stop attacking his forces". Not when both sides are asked ("urged the two
        sides to stop fighting"): that is a call for peace, not a side taken."""
        hits = []
        for hit in stances:
            if hit.polarity != "Support" or not hit.rule.startswith("stance-verb:"):
                continue
            target = hit.target
            for verb in target:
                if verb.pos_ != "VERB" and verb.dep_ not in ("ccomp", "xcomp") \
                        or target.start <= verb.head.i < target.end and verb.head != verb:
                    continue  # only the target's own verb ("to withdraw"), not one inside it
                if verb.lemma_ in self.hostile:
                    aimed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [
                        c for v in verb.conjuncts if v.i > verb.i
                        for c in v.children if c.dep_ == "dobj"]  # "arrest or assassinate X"
                elif verb.lemma_ in self.withdrawal and not index.is_negated(verb, self.negators):
                    aimed = [c for c in verb.children if c.dep_ == "nsubj"]
                    if not aimed and verb.dep_ == "xcomp":  # "urged Azerbaijan to withdraw", "called on X to quit"
                        aimed = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i] or [
                            p for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i < verb.i
                            for p in c.children if p.dep_ == "pobj"]
                else:
                    continue
                actors = [a for c in aimed if c.lower_ not in PAIR_NOUNS and c.lemma_ not in PAIR_NOUNS
                          for a in index.actors_of(c) if a.label_ in ACTOR_TYPES and not index.is_people(a)]
                if len({a.kb_id_ for a in actors}) != 1:
                    continue  # "urged Russia and Ukraine to stop": both sides asked
                if actors[0].kb_id_ != hit.holder:
                    hits.append(RelationHit(hit.holder, "opposes", actors[0].kb_id_, hit.sentence, 0.55,
                                            f"hostile-want:{verb.lemma_}"))
        return hits

    def _refused_partners(self, index: ActorIndex, refusals: list[StanceHit],
                          spokes: dict[str, str]) -> list[RelationHit]:
        """"Kinshasa would not sit down for talks with M23", "the army will not meet with the RSF":
        refusing to deal with an actor opposes it."""
        hits = []
        for hit in refusals:
            holder = self._relation_subject(hit, spokes)
            for word in hit.target:
                if word.lower_ == "with" and word.dep_ == "prep" and (
                        word.head.lower_ in self.talk_nouns or word.head.lemma_ in MEETING_VERBS):
                    hits.extend(RelationHit(holder, "opposes", a.kb_id_, hit.sentence, 0.55, f"refused-partner:{word.head.lemma_}")
                                for p in word.children if p.dep_ == "pobj" for a in index.actors_of(p)
                                if a.label_ in ACTOR_TYPES and a.kb_id_ not in (holder, hit.holder)
                                and not index.is_people(a))
        return hits

    def _denied_claims(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"Traore said Damiba had taken refuge in a French base, which France denied", "the DRC
        accusing Rwanda of backing the rebels, which Rwanda denies": who denies what another says
        or charges opposes the one who says it."""
        hits = []
        for verb in tokens_of(doc):
            if verb.dep_ != "relcl" or verb.lemma_ not in self.denying or not any(
                    c.dep_ == "dobj" and c.lower_ in ("which", "what") for c in verb.children):
                continue
            if index.is_negated(verb, self.negators):
                continue  # "which X did not deny": nothing
            deniers = [a for c in verb.children if c.dep_ == "nsubj" for a in index._direct(c)]
            claim = next((t for t in verb.head.ancestors if t.pos_ == "VERB" and (
                t.lemma_ in SPEECH_LEMMAS or t.lemma_ in CLAIM_VERBS)), None)
            subject = index.subject(claim) if claim is not None else None
            claimers = index.actors_of(subject) if subject is not None else []
            hits.extend(RelationHit(d.kb_id_, "opposes", c.kb_id_, verb.sent, 0.55, f"denied-claim:{claim.lemma_}")
                        for d in deniers for c in claimers
                        if d.kb_id_ != c.kb_id_ and d.label_ in ACTOR_TYPES and c.label_ in ACTOR_TYPES)
        return hits

    def _hostile_steps(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """Steps one state takes against another: "recalled its ambassador from X", "took X to
        court", "threatened to retaliate against X" -> opposes X."""
        hits = []
        for verb in tokens_of(doc):
            lemma = verb.lemma_
            if lemma not in HOSTILE_STEP_VERBS or verb.pos_ != "VERB":
                continue
            if lemma == "recall":
                aimed = [p for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ENVOY_NOUNS
                         for g in (c, verb) for pr in g.children if pr.dep_ == "prep" and pr.lower_ == "from"
                         for p in pr.children if p.dep_ == "pobj"]
            elif lemma == "take":
                aimed = [c for c in verb.children if c.dep_ == "dobj" and any(
                    pr.dep_ == "prep" and pr.lower_ == "to" and any(p.lower_ == "court" for p in pr.children)
                    for pr in verb.children)]
            else:
                aimed = [p for pr in verb.children if pr.dep_ == "prep" and pr.lower_ == "against"
                         for p in pr.children if p.dep_ == "pobj"]
            if not aimed or index.is_negated(verb, self.negators) or conditional(verb):
                continue
            subject = index.subject(verb)
            doers = index.actors_of(subject) if subject is not None else []
            hits.extend(RelationHit(d.kb_id_, "opposes", a.kb_id_, verb.sent, 0.55, f"hostile-step:{lemma}")
                        for d in doers for t in aimed for a in index.actors_of(t)
                        if d.kb_id_ != a.kb_id_ and d.label_ in ACTOR_TYPES and a.label_ in ACTOR_TYPES
                        and not index.is_people(a))
        return hits

    def _aimed_asides(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"In a swipe at Ethiopia, Kenya said ...", "in a thinly veiled attack on Labour", "in a
        rebuke to Washington": who speaks so opposes whom the aside is aimed at."""
        hits = []
        for noun in tokens_of(doc):
            if noun.lower_ not in ASIDE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
                continue
            aimed = [a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "to", "against")
                     for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
            verb = noun.head.head
            subject = index.subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subject is None or subject.lower_ in ARMED_NOUNS or subject.lower_ in ARMED_PEOPLE or any(
                    c.lower_ in WEAPON_WORDS for c in noun.children):
                continue  # "in an attack on Kenya, Ethiopian forces killed ten": a strike
            speakers = index.actors_of(subject)
            hits.extend(RelationHit(s.kb_id_, "opposes", a.kb_id_, noun.sent, 0.55, f"aimed-aside:{noun.lower_}")
                        for s in speakers for a in aimed if s.kb_id_ != a.kb_id_
                        and s.label_ in ACTOR_TYPES and a.label_ in ACTOR_TYPES and not index.is_people(a))
        return hits

    def _hostile_bids(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"the bid by the Maoists and the Congress to unseat Oli", "Labour's attempt to oust X",
        "X launched a campaign to topple Y": an effort to do an actor harm opposes that actor."""
        hits = []
        for noun in tokens_of(doc):
            if noun.lower_ not in BID_NOUNS or noun.pos_ != "NOUN":
                continue
            harm = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ in self.hostile
                         and to_infinitive(c)), None)
            if harm is None:
                continue
            aimed = [a for c in harm.children if c.dep_ == "dobj" for a in index.actors_of(c)
                     if a.label_ in ACTOR_TYPES and not index.is_people(a)]
            bidders = [a for c in noun.children if c.dep_ == "poss" for a in index.actors_of(c)] + [
                a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
            if not bidders and noun.dep_ == "dobj":  # "the Maoists launched a bid to unseat X"
                subject = index.subject(noun.head)
                bidders = index.actors_of(subject) if subject is not None else []
            hits.extend(RelationHit(b.kb_id_, "opposes", a.kb_id_, noun.sent, 0.55, f"hostile-bid:{harm.lemma_}")
                        for b in bidders for a in aimed if b.label_ in ACTOR_TYPES and b.kb_id_ != a.kb_id_)
        return hits

    def _no_confidence(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"The Tories filed a no-confidence motion against Blair", "a vote of no confidence in the
        government", "Labour will table a motion of no confidence in X": who moves it opposes X."""
        hits = []
        for word in tokens_of(doc):
            if word.lower_ not in ("confidence", "no-confidence"):
                continue
            if word.lower_ == "confidence" and not (word.i > 0 and doc[word.i - 1].lower_ in ("no", "-")):
                continue
            motion = word.head if word.dep_ in ("compound", "amod") or word.head.lower_ == "of" else word
            if motion.lower_ == "of":
                motion = motion.head  # "a vote of no confidence"
            if motion.lower_ not in MOTION_NOUNS:
                continue
            aimed = [a for h in (motion, word) for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "in")
                     for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
            verb = motion.head
            mover = index.subject(verb) if verb.pos_ == "VERB" and motion.dep_ == "dobj" \
                and not index.is_negated(verb, self.negators) else None
            movers = index.actors_of(mover) if mover is not None else []
            movers += [a for c in motion.children if c.dep_ == "poss" for a in index.actors_of(c)]
            hits.extend(RelationHit(m.kb_id_, "opposes", a.kb_id_, word.sent, 0.6, "no-confidence")
                        for m in movers for a in aimed
                        if m.kb_id_ != a.kb_id_ and m.label_ in ACTOR_TYPES and a.label_ in ACTOR_TYPES)
        return hits

    def _earlier_owners(self, doc: Doc, index: ActorIndex, stances: list[StanceHit],
                        spokes: dict[str, str]) -> list[RelationHit]:
        """Criticism or backing of a plan the sentence gives no owner ("the Tories dismissed the
        maternity pay plan") relates the holder to the actor the article earlier has proposing or
        owning that plan ("Labour plans maternity pay rise", "Labour's maternity pay plan"): the
        one whose plan shares a content word, or for a bare "the plan" the latest owner. A decision
        or ruling goes the same way to whoever decided or ruled ("the Law Lords have ruled" ...
        "welcoming the ruling")."""
        owned: list[tuple[int, str, set[str], str]] = []
        for token in tokens_of(doc):
            kind = self._kind(token)
            if kind is not None and token.pos_ == "NOUN":
                owned.extend((token.i, o.kb_id_, self._content_words(index, _subtree(token)), kind)
                             for o in self._owners(index, token) if not index.is_people(o))
            elif token.pos_ == "VERB" and (token.lemma_ in self.proposing or token.lemma_ in self.deciding) \
                    and not index.is_negated(token, self.negators):
                owned.extend((token.i, a, words, kind) for a, words, kind in self._proposers(index, token))
        hits = []
        for hit in stances:
            verb_rule = hit.rule.split(":", 1)
            if not (hit.rule.startswith("judgement:") or (verb_rule[0] == "stance-verb"
                                                            and verb_rule[1] in self.relation_verbs)):
                continue
            root = hit.target.root
            clauses = {t.i for c in root.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
            core = [t for t in hit.target if t.i not in clauses]  # "the document, which the FO says ...": bare
            kind = self._kind(root)
            if kind is None or any(t.i in index.at for t in core) or self._owners(index, root):
                continue
            words = self._content_words(index, core)
            holder = self._relation_subject(hit, spokes)  # "Tory spokesman X condemned the document": X
            earlier = [(i, o, c) for i, o, c, k in owned
                       if k == kind and i < hit.target.start and o not in (hit.holder, holder)]
            if words:
                owners = {o for _, o, c in earlier if c & words}
            else:
                owners = {earlier[-1][1]} if earlier else set()
            if len(owners) == 1:
                predicate = "opposes" if hit.polarity == "Oppose" else "supports"
                hits.append(RelationHit(holder, predicate, owners.pop(), hit.sentence, 0.55, "earlier-owner"))
        return hits

    def _kind(self, noun: Token) -> str | None:
        """What a noun names that an actor can own: a 'proposal' ("the plan") or a 'decision'
        ("the ruling")."""
        if noun.lower_ in self.proposal_nouns:
            return "proposal"
        return "decision" if noun.lower_ in self.decision_nouns else None

    def _proposers(self, index: ActorIndex, verb: Token) -> list[tuple[str, set[str], str]]:
        """The actors a verb has proposing something ("Labour plans a pay rise") or deciding
        ("the Law Lords have ruled", "the court decided to free them"; not "ruled the country",
        "ruled out"), with the content words of what they propose or decide. A decider must be
        named as the subject itself: not "he", nor the owner in "X's rules" of a misparse."""
        if verb.lemma_ in self.proposing:
            subject, kind = index.subject(verb), "proposal"
            thing = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp")), None)
            if thing is None:
                return []
        elif verb.lemma_ in self.deciding and not any(c.dep_ in ("dobj", "prt") for c in verb.children):
            subjects = [index.subject(verb)] + [c for c in verb.children if c.dep_ == "nsubj"]
            subject = next((s for s in subjects if s is not None and s.i in index.at and s.pos_ != "PRON"), None)
            kind = "decision"
            thing = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        else:
            return []
        if subject is None:
            return []
        words = self._content_words(index, _subtree(thing)) if thing is not None else set()
        return [(a.kb_id_, words, kind) for a in index.actors_of(subject)
                if a.label_ in ACTOR_TYPES and not index.is_people(a)]

    def _content_words(self, index: ActorIndex, span) -> set[str]:
        """The nouns that tell one plan or decision from another ("maternity", "pay")."""
        return {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN") and not t.is_stop
                and self._kind(t) is None and t.i not in index.at}

    def _pressure(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"X exerted pressure on Y", "sanctions on Y", "an arrest warrant for Y": X opposes Y."""
        hits = []
        for noun in tokens_of(doc):
            legal = noun.lower_ in self.legal_nouns  # "issued an arrest warrant for X"
            complaint = noun.lower_ in self.complaint_nouns  # "filed a complaint against X", "lodged a protest with X"
            if noun.lower_ not in self.pressure_nouns and not legal and not complaint:
                continue
            prepositions = ("against", "with", "to") if complaint else ("for", "against") if legal else ("on", "against")
            heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "sanctions slapped on X"
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                heads.append(noun.head)  # "put the blame on X", "imposed sanctions on X" as the parser attaches it
            if _wanted_done(noun) is not None:
                heads.append(noun.head)  # "wants sanctions slapped on X"
            targets = [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in prepositions
                       for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
            if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_ in HITTING_VERBS:
                targets += [a for c in noun.head.head.children if c.dep_ == "dobj" for a in index.actors_of(c)]
                # "hit Apple and Meta with fines", "slapped Russia with sanctions"
            for holder in self._pressing(noun, index) if targets else []:
                hits.extend(RelationHit(holder.kb_id_, "opposes", t.kb_id_, noun.sent, 0.55, "pressure")
                            for t in targets if t.kb_id_ != holder.kb_id_ and t.label_ in ACTOR_TYPES
                            and holder.label_ in ACTOR_TYPES)
        return hits

    def _accused_conduct(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"X said Blair had broken his pledges", "X said: 'Labour has betrayed voters'": saying an
        actor did harm ('evaluative_verbs', Oppose) opposes that actor."""
        hits = []
        for verb in tokens_of(doc):
            if self.claim_verbs.get(verb.lemma_) != "Oppose" or verb.pos_ not in ("VERB", "AUX"):
                continue
            clause = verb.head if verb.dep_ == "conj" else verb  # "has forgotten ... and has broken"
            if clause.dep_ == "relcl" and clause.head.i in index.at and not index.is_negated(verb, self.negators):
                hits.extend(self._described_conduct(index, verb, clause))  # "Mr Blair, who will waste more"
                continue
            if clause.dep_ != "ccomp" or clause.head.lemma_ not in self.opinion \
                    or index.is_negated(verb, self.negators) or conditional(verb):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or (
                next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not verb else None)
            if subject is not None and subject.i not in index.at and subject.lower_ in ("he", "she"):
                accused = next(iter(index.actors_of(subject)), None)  # "the Tories say he is surrendering a veto"
            elif subject is not None and subject.i in index.at:
                accused = index.at[subject.i]
            else:
                continue  # a thing: "the plan breaks the law" is a stance on the plan
            if accused is None:
                continue
            speaking = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            for holder in index.actors_of(speaking) if speaking is not None else []:
                if holder.kb_id_ != accused.kb_id_ and holder.label_ in ACTOR_TYPES and accused.label_ in ACTOR_TYPES:
                    hits.append(RelationHit(holder.kb_id_, "opposes", accused.kb_id_, verb.sent, 0.55, "accused-conduct"))
        return hits

    def _described_conduct(self, index: ActorIndex, verb: Token, clause: Token) -> list[RelationHit]:
        """A quoted speaker describing an actor by harm it does: '"... a choice between Mr Blair, who
        will waste more and tax more, and a government that will tax less," Mr Howard said'."""
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in clause.children):
            return []
        accused, speaker = index.at[clause.head.i], index.quote_speaker(verb)
        if speaker is None or speaker.kb_id_ == accused.kb_id_ or accused.label_ not in ACTOR_TYPES:
            return []
        return [RelationHit(speaker.kb_id_, "opposes", accused.kb_id_, verb.sent, 0.5, "described-conduct")]

    def _aimed_criticism(self, index: ActorIndex, spokes: dict[str, str], verb: Token
                         ) -> tuple[list[StanceHit], list[RelationHit]]:
        """"Howard hit out at Blair over asylum", "rounded on the Tories", "took a swipe at X",
        "poured scorn on Labour's plans": the subject opposes whom (and what) it is aimed at."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        keys = [phrasal(verb), verb.lemma_] + [f"{verb.lemma_} {o.lemma_.lower()}" for o in objects] + [
            f"{verb.lemma_} {c.lower_} {p.lemma_.lower()}" for c in verb.children if c.dep_ == "prep"
            for p in c.children if p.dep_ == "pobj"] + [  # "went on the offensive over X"
            f"{verb.lemma_} {c.lower_}" for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("back", "out")]
        # ("hit back at X", the particle parsed as an adverb)
        preposition = next((self.criticism_phrases[k] for k in keys if k in self.criticism_phrases), None)
        if preposition is None or index.is_negated(verb, self.negators):
            return [], []
        heads = [verb, *objects, *(p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
        aimed = next((p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == preposition
                      for p in c.children if p.dep_ == "pobj"), None)
        subject = index.subject(verb)
        if aimed is None or subject is None or self._armed_attack(index, subject, objects, aimed):
            return [], []
        found = self._stance_hits(index, spokes, index.actors_of(subject), "Oppose", _subtree(aimed), verb.sent,
                                  0.6, f"aimed-criticism:{keys[0]}", self._speaker(index, verb))
        targets = [a for a in index.actors_of(aimed) if a.label_ in ACTOR_TYPES and not index.is_people(a)]
        return found, [RelationHit(self._relation_subject(h, spokes), "opposes", a.kb_id_, verb.sent, 0.6,
                                   f"aimed-criticism:{keys[0]}") for h in found for a in targets if a.kb_id_ != h.holder]

    def _conflicts(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"Mr Blunkett's battle with Humberside chief David Westwood", "Kenya's row with Ethiopia",
        "Somalia's fight against Al-Shabaab": the one whose conflict it is opposes whom it is with."""
        hits = []
        for noun in tokens_of(doc):
            if noun.lower_ not in self.conflict_nouns or noun.pos_ != "NOUN":
                continue
            owners = [a for c in noun.children if c.dep_ == "poss" for a in index.actors_of(c)]
            others = self._opponents(index, noun)
            hits.extend(RelationHit(o.kb_id_, "opposes", a.kb_id_, noun.sent, 0.55, f"conflict:{noun.lower_}")
                        for o in owners for a in others if o.kb_id_ != a.kb_id_
                        and o.label_ in ACTOR_TYPES and a.label_ in ACTOR_TYPES and not index.is_people(a))
        for verb in tokens_of(doc):  # "the judge has repeatedly clashed with Bolsonaro": both ways
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if not (verb.pos_ == "VERB" and (verb.lemma_ in self.conflict_verbs or self._traded_blows(verb))) \
                    and not self._at_odds(verb) or index.is_negated(verb, self.negators):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or index.subject(verb)
            if subject is None or any(t.lower_ in self.armed_nouns for t in [subject, *(
                    p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]):
                continue  # "troops clashed with Hamas fighters": a fight (attacks), not a quarrel
            sides = [a for a in index.actors_of(subject)
                     if a.label_ in ACTOR_TYPES and not index.is_people(a)]
            heads = [verb] + [t for t in verb.subtree if t.lower_ == "odds" or (
                t.lower_ in self.quarrel_nouns and t.dep_ == "pobj" and t.head.lower_ == "in")]
            others = [a for h in heads for a in self._opponents(index, h)
                      if a.label_ in ACTOR_TYPES and not index.is_people(a)]
            if not others and len({a.kb_id_ for a in sides}) == 2:  # "Kenya and Ethiopia traded accusations"
                sides, others = sides[:1], sides[1:]
            hits.extend(RelationHit(x.kb_id_, "opposes", y.kb_id_, verb.sent, 0.55, f"conflict:{verb.lemma_}")
                        for o in sides for a in others if o.kb_id_ != a.kb_id_ for x, y in ((o, a), (a, o)))
        return hits

    def _traded_blows(self, verb: Token) -> bool:
        """"traded accusations", "exchanged barbs", "were locked in a dispute": a quarrel both ways."""
        if verb.lemma_ in ("trade", "exchange"):
            return any(c.dep_ == "dobj" and c.lemma_.lower() in QUARREL_NOUNS for c in verb.children)
        return verb.lemma_ in ("lock", "embroil", "mire", "engage", "enmesh") and any(
            p.lower_ in self.quarrel_nouns for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj")

    @staticmethod
    def _at_odds(verb: Token) -> bool:
        """"Kenya is at odds with Ethiopia", "the two are at odds over the dam"."""
        return verb.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "at" and any(
            p.lower_ == "odds" for p in c.children) for c in verb.children)

    @staticmethod
    def _opponents(index: ActorIndex, head: Token) -> list[Span]:
        """Whom a row or a clash is with: "with Y", "against Y"."""
        return [a for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]

    def _held_responsible(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"Kenya held Ethiopia responsible for the attack", "will hold the junta accountable"."""
        hits = []
        for verb in tokens_of(doc):
            if verb.lemma_ != "hold" or verb.pos_ != "VERB" or index.is_negated(verb, self.negators):
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            blame = [c for c in [*verb.children, *(g for o in objects for g in o.children)]
                     if c.lower_ in self.blame_adjectives and c.dep_ in ("oprd", "acomp", "amod", "ccomp", "xcomp")]
            judged = objects + [c for b in blame for c in b.children if c.dep_ == "nsubj"]  # "hold X accountable"
            subject = index.subject(verb)
            if not judged or not blame or subject is None:
                continue
            for holder in index.actors_of(subject):
                hits.extend(RelationHit(holder.kb_id_, "opposes", a.kb_id_, verb.sent, 0.6, "held-responsible")
                            for a in index.actors_of(judged[0]) if a.kb_id_ != holder.kb_id_
                            and a.label_ in ACTOR_TYPES and holder.label_ in ACTOR_TYPES)
        return hits

    def _pressing(self, noun: Token, index: ActorIndex) -> list[Span]:
        """Who applies the pressure: the subject of "imposed sanctions", or, up a chain of
        prepositions, the one leading or owning the push for them ("a US-led campaign for
        sanctions against X", "agreed on the introduction of sanctions against X"); else the
        pressure's own owner ("International Criminal Court indictments against Kony")."""
        return self._pressing_verb(noun, index) or [
            a for c in noun.children if c.dep_ in ("poss", "compound") and c.i in index.at
            for a in index.actors_of(c) if a.label_ in ACTOR_TYPES]

    def _pressing_verb(self, noun: Token, index: ActorIndex) -> list[Span]:
        head = noun
        wanting = _wanted_done(noun)  # "Germany wants sanctions slapped on X": who wants them
        if wanting is not None:
            if wanting.pos_ == "VERB" and self.verbs.get(wanting.lemma_) != "Oppose" \
                    and not ActorIndex.is_negated(wanting, self.negators):
                subject = index.subject(wanting)
                return index.actors_of(subject) if subject is not None else []
        for _ in range(4):
            owners = [a for c in head.children if c.dep_ in ("poss", "compound") for a in index.actors_of(c)]
            owners += [a for c in head.children if c.dep_ == "amod" and c.lower_ == "led"
                       for g in c.children for a in index.actors_of(g)]
            if head is not noun and owners:
                return owners
            if head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX")):
                verb = head.head if head.dep_ == "dobj" else head.head.head
                if verb.pos_ not in ("VERB", "AUX") or (self.verbs.get(verb.lemma_) == "Oppose"
                                                         and verb.lemma_ not in HITTING_VERBS) \
                        or ActorIndex.is_negated(verb, self.negators) or verb.lemma_ in self.lifting:
                    return []  # "vetoed the sanctions against X", "lift the embargo on X": no pressing
                subject = index.subject(verb)
                return index.actors_of(subject) if subject is not None else []
            if head.dep_ != "pobj" or head.head.head == head.head:
                return []
            head = head.head.head  # "campaign for [sanctions]": up to the noun the phrase hangs on
        return []

    def _backed(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"Rwanda-backed rebels", "the Iran-backed Houthis": the backer supports the actor."""
        hits = []
        for word in tokens_of(doc):
            if word.dep_ != "amod" or word.i < 2 or doc[word.i - 1].text != "-" or (
                    self.relation_verbs.get(word.lemma_) != "supports"):
                continue
            backers = [a for a in index.actors if a.end == word.i - 1 and a.label_ in ACTOR_TYPES]
            backed = index.actors_of(word.head, coordinated=False)  # not "and Saudi Arabia"
            if not backed and word.head.dep_ == "appos":  # "Tatar, the Ankara-backed hardliner"
                backed = index.actors_of(word.head.head, coordinated=False)
            for backer in backers:
                hits.extend(RelationHit(backer.kb_id_, "supports", o.kb_id_, word.sent, 0.6, "backed-compound")
                            for o in backed if o.label_ in ACTOR_TYPES and o.kb_id_ != backer.kb_id_)
        return hits

    def _recognised(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"The US recognised Guaido as interim president", "Guaido, who has been recognized as
        Venezuela's interim president by the United States": recognising an actor as what it
        claims to be (a title after "as") supports it. Negated or hypothetical, it says nothing."""
        hits = []
        for verb in tokens_of(doc):
            if verb.lemma_ not in self.recognition or verb.pos_ != "VERB" or conditional(verb) \
                    or index.is_negated(verb, self.negators) or _hypothetical(verb):
                continue
            if not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
                continue
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            if passive:  # (the parser may hang "by X" on the title: "recognized as president by X")
                by = ActorIndex.agent(verb) or next(
                    (p for t in verb.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")
                     for p in t.children if p.dep_ == "pobj"), None)
                recognisers = self._including(index, by) if by is not None else []
                subject = index.subject(verb, raised=True)
                subject = None if subject == by else subject  # (the agent of a reduced passive)
                clause = verb.head if verb.dep_ == "xcomp" else verb  # "who continues to be recognised as"
                if (subject is None or subject.lower_ in ("who", "which", "that")) and clause.dep_ == "relcl":
                    subject = clause.head  # "Guaido, who has been recognized as president by X"
                recognised = index.actors_of(subject, coordinated=False) if subject is not None else []
            else:
                subject = index.subject(verb)
                recognisers = index.actors_of(subject) if subject is not None else []
                recognised = [a for c in verb.children if c.dep_ == "dobj" for a in index.actors_of(c, coordinated=False)]
            hits.extend(RelationHit(a.kb_id_, "supports", o.kb_id_, verb.sent, 0.6, f"recognised:{verb.lemma_}")
                        for a in recognisers for o in recognised
                        if a.kb_id_ != o.kb_id_ and a.label_ in ACTOR_TYPES and o.label_ in ACTOR_TYPES)
        return hits

    @staticmethod
    def _including(index: ActorIndex, noun: Token) -> list[Span]:
        """The actors a phrase names, or those it lists after "including" ("dozens of countries,
        including Russia and China")."""
        return index.actors_of(noun) or [a for c in noun.subtree if c.lower_ == "including" and c.dep_ == "prep"
                                         for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]

    def _allies(self, doc: Doc, index: ActorIndex) -> list[RelationHit]:
        """"Turkey has become a close ally of the Somali government", "Kenya, a key ally of Uganda",
        "Blair ally Alan Milburn", "Uganda's closest ally": the ally supports whom it is the ally of.
        A former ally, or "is not an ally of", says nothing of now."""
        hits = []
        for noun in tokens_of(doc):
            if noun.lower_ not in self.ally_nouns or noun.pos_ != "NOUN" \
                    or any(c.lower_ in self.former or c.dep_ == "neg" for c in noun.children):
                continue
            allied = [a for c in noun.children if c.dep_ in ("poss", "compound") for a in index.actors_of(c)]
            allied += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
            allies = [a for c in noun.children if c.dep_ == "appos" for a in index.actors_of(c)]
            if noun.dep_ == "appos":  # "Kenya, a key ally of Uganda"
                allies += index.actors_of(noun.head, coordinated=False)
            elif noun.dep_ == "compound" and noun.head.i in index.at:  # "Blair ally Alan Milburn"
                allies.append(index.at[noun.head.i])
            elif noun.dep_ == "attr" and not index.is_negated(noun.head, self.negators):  # "X is an ally of Y"
                subject = index.subject(noun.head)
                allies += index.actors_of(subject) if subject is not None else []
            hits.extend(RelationHit(a.kb_id_, "supports", o.kb_id_, noun.sent, 0.55, "ally")
                        for a in allies for o in allied
                        if a.kb_id_ != o.kb_id_ and a.label_ in ACTOR_TYPES and o.label_ in ACTOR_TYPES)
        return hits

    # -- the target of a stance verb ------------------------------------------------------------
    def _read(self, verb: Token) -> tuple[str, Token, Span] | None:
        particle = phrasal(verb) if " " in phrasal(verb) and phrasal(verb) in self.verbs else None  # "ruled out"
        polarity = self.verbs[particle or verb.lemma_]
        children = list(verb.children)
        if verb.lemma_ in self.needs_prep and particle is None:
            for child in children:
                if child.dep_ in ("prep", "dative") and child.lower_ in self.needs_prep[verb.lemma_] \
                        and child.i > verb.i:  # not a fronted "For the Lib Dems, X called ..."
                    objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")
                               and c.ent_type_ not in TIME_TYPES and not _subordinate(c)]
                    if objects:
                        if child.lower_ == "against" and verb.lemma_ in self.t["against_flips"]:
                            polarity = "Oppose"
                        elif child.lower_ == "for" and verb.lemma_ in self.t["against_flips"]:
                            polarity = "Support"  # "fighting for global security"
                        return polarity, objects[0], _subtree(objects[0])
                    if verb.dep_ == "relcl":  # "a notion Ethiopia disagrees with": the antecedent
                        head = verb.head
                        if any(c.lower_ in GENERIC_DETERMINERS for c in head.children if c.dep_ == "det") or (
                                head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in head.children)):
                            return None  # "ignore any measures it disagrees with", "reject proposals it
                            # did not agree with": no particular one
                        return polarity, head, verb.doc[head.left_edge.i:head.i + 1]
            xcomps = [c for c in children if c.dep_ == "xcomp" or (
                c.dep_ == "ccomp" and c.i > verb.i and verb.lemma_ in HOPE_WORDS)]  # "hoped the talks would succeed"
            dobj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None) \
                if verb.lemma_ in TRANSITIVE_TOO and not xcomps else None
            if dobj is not None and (any(a.start <= dobj.i < a.end for a in verb.doc.spans["sg_actors"])
                                     or any(c.dep_ == "poss" for c in dobj.children)
                                     or dobj.lower_ in self.proposal_nouns or dobj.lower_ in self.decision_nouns):
                return polarity, dobj, _subtree(dobj)  # "vowed to fight the plan", "protested the decision"
                # (not "troops fought the rebels", "fight the drugs trade": a battle, a policy's aim)
            return (polarity, xcomps[0], _subtree(xcomps[0])) if xcomps else None
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        xcomp = next((c for c in children if c.dep_ == "xcomp"), None) or next(
            (c for c in children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if xcomp is not None and xcomp.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in xcomp.children):
            return None  # "wants it to be 1.26%": what "it" is lies in another sentence
        if dobj is not None and xcomp is not None and xcomp.i > dobj.i:  # urge Hamas to engage
            if dobj.pos_ == "PRON":  # "urged them to engage": the pronoun names no part of the position
                return None if xcomp.lemma_ == "be" else (polarity, xcomp, _subtree(xcomp))
            return polarity, xcomp, verb.doc[dobj.left_edge.i:xcomp.right_edge.i + 1]
        split = next((c for c in children if c.dep_ == "dobj" and dobj is not None
                      and c.i == dobj.right_edge.i + 1), None)
        if split is not None:  # "attacked Tory plans to process claims", "plans" misread as a verb:
            return polarity, dobj, verb.doc[dobj.left_edge.i:split.right_edge.i + 1]  # one object, the owner's
        if dobj is not None:
            target = _subtree(dobj)
            if dobj.like_num or dobj.lower_ in self.amounts or dobj.text[:1].isdigit() \
                    or any(c.like_num or c.lower_ in self.amounts for c in dobj.children):
                spread = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for")
                               and c.i == target.end), None)  # "promised pounds 4bn in tax cuts"
                if spread is not None:
                    target = verb.doc[target.start:_subtree(spread).end]
            if dobj.lower_ in self.proposal_nouns:  # "ridiculed the plans for asylum quotas", the
                complement = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("for", "on")
                                   and c.i == target.end and not any(
                                       g.ent_type_ in TIME_TYPES for g in c.children)), None)  # hung on the verb
                if complement is not None:
                    target = verb.doc[target.start:_subtree(complement).end]
            reason = next((c for c in children if c.dep_ == "prep" and c.lower_ == "for" and c.i >= target.end
                           and polarity == "Oppose" and all(t.ent_type_ in TIME_TYPES or t.lower_ == "on"
                                                            for t in verb.doc[target.end:c.i])
                           and not any(g.ent_type_ in TIME_TYPES or g.lower_ in PERIOD_NOUNS
                                       for g in c.children)), None)
            if reason is not None:  # "criticized the army and the RSF for their violations of the ceasefire",
                target = verb.doc[target.start:_subtree(reason).end]  # "lambasted X on Monday for rejecting Y"
            return polarity, dobj, target
        if xcomp is not None:
            return polarity, xcomp, _subtree(xcomp)
        participle = first_conjunct(verb)  # "the plan, backed by X", "the deal, drafted by X and supported by Y"
        misread = reduced_passive_subject(participle)  # "Haftar in eastern Libya supported by Egypt"
        if (participle.dep_ == "acl" or misread is not None) and ActorIndex.agent(verb) is not None:
            noun = misread if misread is not None else participle.head
            summed = self._summed_up(noun)
            if summed is not None:  # "X, a move opposed by Somalia": what the move is
                return (polarity, *summed)
            return polarity, noun, verb.doc[noun.left_edge.i:noun.i + 1]
        passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if passive is not None and ActorIndex.agent(verb) is not None:  # "the plan was rejected by X"
            return polarity, passive, _subtree(passive)
        fronted = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i), None) \
            if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i else None
        if fronted is not None and ActorIndex.agent(verb) is not None:  # "Backed by Rwanda, M23 rebels seized Goma"
            return polarity, fronted, verb.doc[fronted.left_edge.i:fronted.i + 1]
        for child in children:  # "advocating for a ceasefire", "argued against the plan"
            if child.dep_ == "prep" and child.lower_ in ("for", "against"):
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")
                           and c.ent_type_ not in TIME_TYPES]
                if objects:
                    return ("Oppose" if child.lower_ == "against" else polarity), objects[0], _subtree(objects[0])
        return self._declined_invitation(verb) if polarity == "Oppose" else None

    @staticmethod
    def _summed_up(noun: Token) -> tuple[Token, Span] | None:
        """What an apposition that sums up a clause or a phrase stands for: "Ethiopia will get a port,
        a move opposed by Somalia" (the clause, led by its subject, however the parser hangs the
        move), "a naval base on the coast, a plan criticised by Kenya" (the phrase)."""
        if noun.dep_ not in ("appos", "dep", "npadvmod") or noun.head.i > noun.i \
                or not any(c.lower_ in ("a", "an") for c in noun.children):
            return None
        head, doc = noun.head, noun.doc
        clause = None
        if head.pos_ in ("VERB", "AUX"):
            clause = head
        elif noun.lower_ in SUMMING_NOUNS:  # "got access to the sea, a move ...": the getting
            clause = head.head if head.dep_ == "nsubj" else head
            while clause.dep_ in ("dobj", "pobj", "prep") and clause.pos_ not in ("VERB", "AUX"):
                clause = clause.head
            clause = clause if clause.pos_ in ("VERB", "AUX") else None
        elif noun.dep_ != "appos":
            return None
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if clause is not None else None
        if clause is not None and subject is None:
            return None
        start = subject.left_edge.i if subject is not None else head.left_edge.i
        end = noun.left_edge.i
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if subject is None and not set(range(head.i, end)) <= {t.i for t in head.subtree}:
            return None  # (the parser hung the apposition on a word across the verb)
        return (clause if subject is not None else head), doc[start:end]

    def _declined_invitation(self, verb: Token) -> tuple[str, Token, Span] | None:
        """"X was invited to the conference but declined": declining, with nothing declined,
        opposes what the actor was invited to (or asked to do)."""
        invitation = verb.head
        if verb.dep_ != "conj" or verb.lemma_ not in self.declining_verbs \
                or invitation.lemma_ not in self.inviting_verbs or verb.head == verb:
            return None
        invited_to = next((p for c in invitation.children if c.dep_ == "prep" and c.lower_ == "to"
                           for p in c.children if p.dep_ == "pobj"), None) or next(
            (c for c in invitation.children if c.dep_ == "xcomp"), None)
        return ("Oppose", invited_to, _subtree(invited_to)) if invited_to is not None else None

    def _denied_grant(self, index: ActorIndex, verb: Token, target_head: Token, subject: Token) -> bool:
        """"Roma Czechs refused entry to Britain": whoever is refused entry to (or a visa for) a
        place is its object, not the one refusing; a reduced passive the parser reads as active."""
        if verb.lemma_ not in self.grant_verbs or target_head.lemma_.lower() not in self.grant_nouns:
            return False
        if any(c.dep_ == "dative" for c in verb.children):  # "refused them entry": active
            return False
        places = [a for c in target_head.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "for")
                  for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
        return any(p.label_ in ("Country", "Place") for p in places) and not any(
            p.kb_id_ in {a.kb_id_ for a in index.actors_of(subject)} for p in places)

    def _claimed_by_another(self, index: ActorIndex, verb: Token, holder: str,
                            affiliated: set[tuple[str, str]]) -> bool:
        """"Hamas argues that the conflict, supported by the United States, ...": a position
        that an unrelated actor ascribes to the holder is that actor's claim, not the holder's."""
        head = verb
        for _ in range(6):
            if head.head == head:
                return False
            head = head.head
            if head.lemma_ in CLAIM_VERBS:
                subject = index.subject(head)
                claimants = {a.kb_id_ for a in index.actors_of(subject)} if subject is not None else set()
                return bool(claimants) and all(c != holder and (c, holder) not in affiliated
                                               and (holder, c) not in affiliated for c in claimants)
        return False

    def _speaker(self, index: ActorIndex, verb: Token) -> Span | None:
        head = verb
        for _ in range(4):
            if head.dep_ in ("ccomp", "xcomp", "conj") and head.head != head:
                head = head.head
                if head.lemma_ in self.speech:
                    subject = index.subject(head)
                    people = [a for a in index.actors_of(subject) if a.label_ == "Person"] if subject else []
                    return people[0] if people else None
            else:
                break
        return index.quote_speaker(verb)

    # -- opposes / supports between actors ---------------------------------------------------------
    def _charged_conduct(self, index: ActorIndex, spokes: dict[str, str], verb: Token) -> list[StanceHit]:
        """"X accused ministers of turning Britain into a nuclear dumpsite", "blamed Y for
        stalling the talks": X opposes the conduct charged (the relation to Y is read apart)."""
        if self.relation_verbs.get(verb.lemma_) != "opposes" or index.is_negated(verb, self.negators):
            return []
        conduct = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                        for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"), None)
        subject = index.subject(verb)
        accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if conduct is None or subject is None or accused is not None and " ".join(
                t.lower_ for t in verb.doc[accused.left_edge.i:accused.i + 1]) in RECIPROCAL:
            return []  # "blamed each other for starting the fighting": no side taken
        return self._stance_hits(index, spokes, index.actors_of(subject), "Oppose", _subtree(conduct),
                                 verb.sent, 0.6, f"charged-conduct:{verb.lemma_}", self._speaker(index, verb))

    def _accusations(self, index: ActorIndex, verb: Token) -> list[RelationHit]:
        if index.is_negated(verb, self.negators):
            return []
        subject = index.subject(verb)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and passive.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            passive = verb.head  # "Galloway, who was expelled from Labour"
        if obj is None and passive is not None and ActorIndex.agent(verb) is not None:
            obj = passive  # "The Telegraph was sued by Mr Galloway"
        elif obj is None and passive is not None and verb.lemma_ in self.expulsion_verbs:
            body = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                         for p in c.children if p.dep_ == "pobj"), None)  # "was expelled from Labour"
            subject, obj = (body, passive) if body is not None else (None, None)
        if obj is not None and obj.lower_ in ("government", "administration") and obj.i not in index.at \
                and not any(c.dep_ in ("compound", "poss", "amod") and index.actors_of(c) for c in obj.children):
            return []  # criticism of "the government" names no owner (but "the Abiy government" does)
        if obj is None and verb.lemma_ in COMPLAINT_VERBS:  # "complained that Vucic did not sign"
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            obj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if subject is None or obj is None:
            return []
        return self._relations(index, verb, "Oppose" if self.relation_verbs[verb.lemma_] == "opposes"
                               else "Support", None, obj, subject)

    def _relations(self, index, verb, polarity, holder, target_head, subject) -> list[RelationHit]:
        predicate = self.relation_verbs.get(phrasal(verb)) or self.relation_verbs.get(verb.lemma_)
        if any(c.dep_ == "advmod" and c.lower_ in self.hedges for c in verb.children):
            return []  # "rebels allegedly backed by X": a charge, not a fact the article states
        if predicate is None and polarity == "Oppose" and target_head.lemma_ in self.recognition:
            predicate = "opposes"  # "pledged never to recognise Kosovo"
        if predicate is None and polarity == "Oppose" and target_head.lower_ in self.talk_nouns:
            # "refused direct talks with Ghani": rejecting engagement with an actor opposes it
            partners = [a for c in target_head.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p)]
            return [RelationHit(holder, "opposes", a.kb_id_, verb.sent, 0.6, f"refused-talks:{verb.lemma_}")
                    for a in partners if a.label_ in ACTOR_TYPES and a.kb_id_ != holder]
        if predicate is None:
            return []
        if polarity == "Oppose":
            predicate = "opposes"
        objects = []
        text = " ".join(t.lower_ for t in verb.doc[target_head.i:target_head.i + 2])
        if text in RECIPROCAL or target_head.lower_ in ("other", "another"):  # blamed each other
            partners = [a.kb_id_ for a in index.actors_of(subject)]
            return [RelationHit(a, predicate, b, verb.sent, 0.65, f"reciprocal:{verb.lemma_}")
                    for a in partners for b in partners if a != b and holder in (None, a)]
        if holder is None:
            return [RelationHit(h.kb_id_, predicate, o.kb_id_, verb.sent, 0.65, f"accusation:{verb.lemma_}")
                    for h in index.actors_of(subject) if h.label_ in ACTOR_TYPES
                    for o in index.actors_of(target_head) if o.label_ in ACTOR_TYPES and o.kb_id_ != h.kb_id_]
        if target_head.lemma_.lower() not in self.loss_nouns:  # "welcomed Blunkett's resignation": not Blunkett
            objects.extend(a for a in index.actors_of(target_head) if target_head.lower_ != "it"
                           or a.sent.start == verb.sent.start)  # "opposed it": the bill, not a body named before
        if target_head.lower_ in self.agentive_nouns:  # "the mediation of Erdogan", "the decision of the court"
            objects.extend(a for c in target_head.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p))
        if target_head.pos_ == "NOUN":  # "condemned the killing of civilians by Russian forces": the doer;
            objects.extend(a for c in target_head.children if c.dep_ == "prep" and (  # "favoured closer ties
                c.lower_ == "by" or (c.lower_ == "with" and target_head.lemma_ in TIES_NOUNS))  # with Australia"
                for p in c.children if p.dep_ == "pobj" for a in index.actors_of(p) if not index.is_people(a))
        if target_head.pos_ == "VERB" and polarity == "Oppose":  # "pledged never to recognise Kosovo"
            objects.extend(a for c in target_head.children if c.dep_ == "dobj" and c.i in index.at
                           for a in index.actors_of(c))
        for child in target_head.children:
            if child.dep_ == "acl" and verb not in _conjuncts(child):  # not "the plan, backed by X"
                agent = ActorIndex.agent(child)
                if agent is not None:
                    objects.extend(index.actors_of(agent))
        objects.extend(self._submitters(index, target_head))
        return [RelationHit(holder, predicate, o.kb_id_, verb.sent, 0.65, f"stance-object:{verb.lemma_}")
                for o in objects if o.label_ in ACTOR_TYPES and o.kb_id_ != holder and not index.is_people(o)]


def _hypothetical(verb: Token) -> bool:
    """Whether ``verb`` or a verb it is the infinitive of is under "could", "might" or "may"."""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "advcl") or verb.head == verb:
            return False
        verb = verb.head
    return False


def _wanted_done(noun: Token) -> Token | None:
    """The verb that wants something done to ``noun``: "wants [sanctions] slapped on X" -> wants."""
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBN" and noun.head.dep_ in ("ccomp", "xcomp"):
        return noun.head.head
    return None


def _never(verb: Token) -> bool:
    """"Under no circumstances does the party want ...", "in no way": a phrase with "no" that negates the verb."""
    return any(c.dep_ == "prep" and any(p.dep_ == "pobj" and any(d.lower_ == "no" for d in p.children)
                                        for p in c.children) for c in verb.children)


def _fronted_participle(verb: Token, target_head: Token) -> bool:
    """"Backed by Rwanda, M23 rebels seized Goma": a participle before the clause whose subject it describes."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and target_head.dep_ == "nsubj" and target_head.head == verb.head


def _inverted_attribution(verb: Token, target_head: Token) -> bool:
    """A verb after a comma whose object is a name ending the sentence names the speaker of what
    comes before it ("..., vows Badenoch", "..., warns Kirby"), not what the verb is about."""
    doc = verb.doc
    return (verb.i > 0 and doc[verb.i - 1].text == "," and target_head.pos_ == "PROPN"
            and target_head.head == verb and target_head.left_edge.i == verb.i + 1
            and all(t.is_punct for t in doc[target_head.i + 1:verb.sent.end]))


def _infinitive(token: Token) -> bool:
    """"agreed to sanction Lukashenko": a verb the tagger took for a noun, after "to"."""
    return token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _subordinate(token: Token) -> bool:
    """A clause opened by a conjunction ("with as the dam will be used"): a stranded preposition's
    misparsed neighbour, not its object."""
    return any(c.dep_ == "mark" for c in token.children)


def _distinct(stances: list[StanceHit]) -> list[StanceHit]:
    """One stance per holder, polarity and thing: patterns and sentences that restate a position
    ("accepted the proposal", "the ceasefire conditions accepted by Hamas") find it more than once.
    Two targets are one thing when the head of one ("the proposal", "international mediation")
    is a noun of the other ("a ceasefire proposal", "dialogue with a mediation team"), or their
    cores share a word ("the ceasefire conditions", "a proposal for a ceasefire"); a noun both
    merely mention further down ("a meeting to resume peace talks", "the declaration implemented
    before the talks") does not make them one."""
    kept: list[StanceHit] = []
    seen: dict[tuple[str, str], list[tuple[str, set[str], set[str]]]] = {}
    for hit in stances:
        if not any(t.pos_ in CONTENT_POS for t in hit.target):
            continue  # "supports that", "opposes it": the thing is named elsewhere, if at all
        head, core = _core(hit.target)
        nouns = {t.lemma_.lower() for t in hit.target if t.pos_ == "NOUN" and not t.is_stop} | {head}
        things = seen.setdefault((hit.holder, hit.polarity), [])
        if any(head in other or other_head in nouns or core & other_core
               for other_head, other, other_core in things):
            continue
        things.append((head, nouns, core))
        kept.append(hit)
    return kept


def _core(target: Span) -> tuple[str, set[str]]:
    """A target's head lemma, and the head with the nouns right under it: its compounds, objects
    and subjects, and the objects of its own prepositions ("a proposal for a ceasefire")."""
    root = target.root
    core = {root.lemma_.lower()}
    for child in root.children:
        if child.i < target.start or child.i >= target.end:
            continue
        if child.dep_ in ("compound", "dobj", "nsubj", "nsubjpass", "conj") and child.pos_ == "NOUN":
            core.add(child.lemma_.lower())
        elif child.dep_ == "prep":
            core |= {g.lemma_.lower() for g in child.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i < target.end}
    return root.lemma_.lower(), core


@Language.factory("sg_stances", default_config={})
def make_stance_extractor(nlp: Language, name: str):
    extractor = StanceExtractor(load_triggers(), load_lexicon())

    def sg_stances(doc: Doc) -> Doc:
        stances, relations = extractor(doc)
        for hit in stances:  # a spokesperson's department speaks for a state the text may not name
            extractor.lex.ensure_entity(doc, hit.holder)
        doc._.sg_stances = stances
        doc._.sg_relations = list(doc._.sg_relations or []) + relations
        return doc

    return sg_stances
