"""``kg.nlp.syntax.ActorIndex``: which actors a token stands for, and the arguments of a verb.

Every sentence here was written for these tests (Kenya, Ethiopia, Sudan, Ukraine and invented
ministers), not taken from the seed articles. The index is built over the real pipeline's parse
and ``sg_actors`` spans, with the same trigger lexicons the stance and event components use.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from kg.nlp.lexicon import load_lexicon, load_triggers
from kg.nlp.syntax import ActorIndex, reference_words

pytestmark = pytest.mark.usefixtures("people_index")  # an empty PersonIndex per test


def build_index(doc: Doc) -> ActorIndex:
    return ActorIndex(doc, reference_words(load_triggers(), load_lexicon()))


def parse(nlp, text: str) -> tuple[Doc, ActorIndex]:
    doc = nlp(text)
    return doc, build_index(doc)


def token(doc: Doc, text: str, nth: int = 0) -> Token:
    """The ``nth`` token whose text is ``text``."""
    return [t for t in doc if t.text == text][nth]


def keys(spans) -> list[str]:
    return [s.kb_id_ for s in spans]


KENYA, ETHIOPIA, UGANDA = "country/kenya", "country/ethiopia", "country/uganda"


# -- coordination ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, expected", [
    ("Egypt, Qatar and the United States called for calm.", "Egypt",
     ["country/egypt", "country/qatar", "country/united-states"]),
    ("Kenya and Ethiopia signed the border pact.", "Kenya", [KENYA, ETHIOPIA]),
])
def test_syntax_coordination_gives_each_conjunct(nlp, text, word, expected):
    doc, index = parse(nlp, text)
    assert keys(index.actors_of(token(doc, word))) == expected
    assert keys(index.actors_of(token(doc, word), coordinated=False)) == expected[:1]


def test_syntax_actor_token_stands_for_its_mention(nlp):
    doc, index = parse(nlp, "The United States and Kenya signed the pact.")
    assert keys(index.actors_of(token(doc, "United"), coordinated=False)) == ["country/united-states"]
    assert keys(index.actors_of(token(doc, "States"), coordinated=False)) == ["country/united-states"]


# -- modifiers of a common noun ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, expected", [
    ("Egyptian and Qatari mediators arrived in Khartoum.", "mediators",
     {"country/egypt", "country/qatar"}),
    ("Mediators from Kenya, Uganda and Ethiopia arrived in Juba.", "Mediators",
     {KENYA, UGANDA, ETHIOPIA}),
    ("Kenya's negotiators walked out of the meeting.", "negotiators", {KENYA}),
])
def test_syntax_modifiers_of_a_common_noun(nlp, text, word, expected):
    doc, index = parse(nlp, text)
    assert set(keys(index.actors_of(token(doc, word)))) == expected


def test_syntax_unmodified_common_noun_stands_for_nobody(nlp):
    doc, index = parse(nlp, "Kenya said the mediators arrived in Juba.")
    assert index.actors_of(token(doc, "mediators")) == []


# -- "the leaders of A and B" --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, expected", [
    ("The leaders of Kenya and Uganda signed the pact.", "leaders", {KENYA, UGANDA}),
    ("Officials of Sudan and South Sudan met in Juba.", "Officials",
     {"country/sudan", "country/south-sudan"}),
])
def test_syntax_group_noun_of_actors(nlp, text, word, expected):
    doc, index = parse(nlp, text)
    assert set(keys(index.actors_of(token(doc, word)))) == expected


def test_syntax_of_phrase_of_other_nouns_is_no_modifier(nlp):
    doc, index = parse(nlp, "The future of Kenya and Uganda was discussed.")
    assert index.actors_of(token(doc, "future")) == []


@pytest.mark.parametrize("text, verb", [
    ("Talks stopped after Kenya on Monday staged an attack on Uganda.", "staged"),
    ("Talks stopped after Kenya on Monday attacked Uganda.", "attacked"),
    ("Talks stopped after Kenya attacked Uganda.", "attacked"),
])
def test_syntax_a_subject_read_as_the_object_of_after_is_the_subject(nlp, text, verb):
    doc, index = parse(nlp, text)
    assert index.subject(token(doc, verb)).text == "Kenya"


def test_syntax_a_clause_with_its_own_subject_keeps_it(nlp):
    doc, index = parse(nlp, "Talks stopped after the rain, when Kenya attacked Uganda.")
    assert index.subject(token(doc, "attacked")).text == "Kenya"


# -- pronouns and anaphors ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kenyan President Daniel Kiprop told Ethiopian Prime Minister Dawit Alemu that he opposed "
     "the plan.", "person/daniel-kiprop"),
    ("Ukrainian Foreign Minister Taras Hnatyuk told Polish Foreign Minister Marek Zielinski that "
     "he would veto the plan.", "person/taras-hnatyuk"),
])
def test_syntax_pronoun_prefers_the_subject_of_its_sentence(nlp, text, expected):
    doc, index = parse(nlp, text)
    assert keys(index.actors_of(token(doc, "he"))) == [expected]


@pytest.mark.parametrize("text, word, expected", [
    ("Dawit Alemu flew to Nairobi. He met the envoy there.", "He", "person/dawit-alemu"),
    ("Kenya closed the border. It said the move was temporary.", "It", KENYA),
    ("Kenya closed the border.\nWeeks later, it reopened the crossing.", "it", KENYA),
])
def test_syntax_pronoun_takes_the_nearest_earlier_actor_of_its_type(nlp, text, word, expected):
    doc, index = parse(nlp, text)
    assert keys(index.actors_of(token(doc, word))) == [expected]


@pytest.mark.parametrize("text, nth, expected", [
    # a subject "he" continues whom the previous sentence quotes, even by title
    # a state speaking before is nobody's turn: the nearest person named
    ("Daniel Kiprop met Amina Yusuf. The plan is fair, Kenya said. He went on to attack it.", 0,
     ["person/amina-yusuf"]),
    ("Opposition leader Daniel Kiprop met Amina Yusuf. Her budget was not about Kenya, the opposition "
     "leader said. He went on to attack the budget.", 0, ["person/daniel-kiprop"]),
    # through a chain of "he" and a bare quotation, into the next paragraph
    ("Opposition leader Daniel Kiprop met Amina Yusuf. Her budget was a sham, the opposition leader said. "
     "He urged her to resign. \"We can all see it.\"\n\nHe also attacked the budget.", 1, ["person/daniel-kiprop"]),
])
def test_syntax_subject_pronoun_continues_the_previous_speaker(nlp, text, nth, expected):
    doc, index = parse(nlp, text)
    assert keys(index.actors_of(token(doc, "He", nth))) == expected


def test_syntax_it_continues_a_body_the_previous_sentence_describes(nlp):
    # "The government rejected the plan. It said ...": it is the government, not the group named last
    doc, index = parse(nlp, "The Kenyan government and the RSF met. The government rejected the plan. "
                            "It said the RSF must disarm.")
    assert keys(index.actors_of(token(doc, "It"))) == [KENYA]


def test_syntax_person_pronoun_agrees_with_the_honorific(nlp):
    # "she" is not the man the article calls "Mr Odle", however near he is
    doc, index = parse(nlp, "Mr Peter Odle met Amina Yusuf on Monday. She criticised the plan. "
                            "Ms Yusuf said Mr Odle was wrong.")
    assert keys(index.actors_of(token(doc, "She"))) == ["person/amina-yusuf"]
    assert index.genders() == {"person/peter-odle": "m", "person/amina-yusuf": "f"}


def test_syntax_person_pronoun_skips_states(nlp):
    doc, index = parse(nlp, "Dawit Alemu flew to Nairobi and met Kenya's envoy. He said little.")
    assert keys(index.actors_of(token(doc, "He"))) == ["person/dawit-alemu"]


def test_syntax_pronoun_looks_no_further_back_than_the_previous_paragraph(nlp):
    doc, index = parse(nlp, "Kenya closed the border.\nThe rains came early.\n"
                            "Weeks later, it reopened the crossing.")
    assert index.actors_of(token(doc, "it")) == []


def test_syntax_object_pronoun_is_not_its_own_clause_subject(nlp):
    doc, index = parse(nlp, "Dawit Alemu flew to Nairobi. Daniel Kiprop met him there.")
    assert keys(index.actors_of(token(doc, "him"))) == ["person/dawit-alemu"]


@pytest.mark.parametrize("text, word, expected", [
    ("The RSF issued a statement. The group denied the report.", "group",
     "organisation/rapid-support-forces"),
    ("Ethiopia postponed the vote. The government said the delay was necessary.", "government",
     ETHIOPIA),
    ("Daniel Kiprop arrived late. The president spoke briefly.", "president",
     "person/daniel-kiprop"),
])
def test_syntax_definite_group_and_person_nouns_refer_back(nlp, text, word, expected):
    doc, index = parse(nlp, text)
    assert keys(index.actors_of(token(doc, word))) == [expected]


@pytest.mark.parametrize("text, word, expected", [
    # "the <noun>" names the nearest organisation before whose name has the noun as a word
    ("The Nairobi Refugee Council met the Kenya Red Cross. Later the council criticised the plan.",
     "council", ["organisation/nairobi-refugee-council"]),
    ("Mombasa General Hospital wrote to the Coast Health Board. The hospital then withdrew.",
     "hospital", ["organisation/mombasa-general-hospital"]),
    ("Mombasa General Hospital wrote to the Coast Health Board. The health board replied.",
     "board", ["organisation/coast-health-board"]),
    # a plural, or a modifier the name lacks, is no mention of that body
    ("Mombasa General Hospital wrote to the Coast Health Board. The hospitals then withdrew.",
     "hospitals", []),
    ("Mombasa General Hospital wrote to the Coast Health Board. The private hospital then withdrew.",
     "hospital", []),
])
def test_syntax_the_noun_refers_to_the_body_named_with_it(nlp, text, word, expected):
    doc, index = parse(nlp, text)
    assert keys(index.actors_of(token(doc, word))) == expected


@pytest.mark.parametrize("text, word", [
    ("Kenya and Ethiopia signed the pact. Both countries praised it.", "countries"),
    ("Kenya and Ethiopia signed the pact. The two sides praised it.", "sides"),
])
def test_syntax_both_countries_are_the_last_two_named(nlp, text, word):
    doc, index = parse(nlp, text)
    assert set(keys(index.actors_of(token(doc, word)))) == {KENYA, ETHIOPIA}


# -- first person inside a quotation -------------------------------------------------------------------

@pytest.mark.parametrize("text, word, expected", [
    ('"We will not accept this," Kenyan Foreign Minister Halima Wanjiru said.', "We",
     "person/halima-wanjiru"),
    ('"I am worried," Sudanese envoy Ali Youssef told reporters.', "I", "person/ali-youssef"),
])
def test_syntax_first_person_is_the_quoted_speaker(nlp, text, word, expected):
    doc, index = parse(nlp, text)
    assert keys(index.actors_of(token(doc, word))) == [expected]


def test_syntax_first_person_without_a_speaker_stands_for_nobody(nlp):
    doc, index = parse(nlp, "We will not accept this partition of Sudan.")
    assert index.actors_of(token(doc, "We")) == []


# -- arguments of a verb ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verb, subject", [
    ("Kenya wants to reject the plan.", "reject", "Kenya"),
    ("Norway, which brokered the deal, praised both sides.", "brokered", "Norway"),
    ("The peace plan, backed by the African Union, would create a buffer zone.", "backed", "Union"),
])
def test_syntax_subject_follows_xcomp_relative_clause_and_agent(nlp, text, verb, subject):
    doc, index = parse(nlp, text)
    found = index.subject(token(doc, verb))
    assert found is not None and found.text == subject


@pytest.mark.parametrize("text, verb, negated", [
    ("Kenya does not support the plan.", "support", True),
    ("Kenya did not want to support the plan.", "support", True),
    ("Kenya never backed the plan.", "backed", True),
    ("Kenya supports the plan.", "supports", False),
])
def test_syntax_is_negated(nlp, text, verb, negated):
    doc, _ = parse(nlp, text)
    assert ActorIndex.is_negated(token(doc, verb), frozenset(load_triggers()["negators"])) is negated


def test_syntax_the_title_refers_to_the_person_named_with_it(nlp):
    from nlp_support import extract_one
    text = ("Tony Blair has backed Chancellor Gordon Brown's report. Shadow chancellor Oliver Letwin spoke in "
            "London. Mr Letwin accused the chancellor of using fancy statistics to hide failures.")
    relations = {(r.subject, r.predicate, r.object) for r in extract_one(nlp, text).relations}
    assert ("person/oliver-letwin", "opposes", "person/gordon-brown") in relations



def test_syntax_a_pronoun_inside_a_quotation_that_asks_for_its_speaker_again_ends(nlp):
    # "I" asks who speaks the quotation; finding the speaker reads "he", whose antecedent asks
    # about "I" again: the search must end (it once recursed until Python gave up)
    text = ("“On Sunday I met with the president and the president told me, ‘The situation was very bad, "
            "that this week would be critical. And so, it’s necessary to prepare something.’ And so he told "
            "me, he asked me, ‘Shall we take out the armored vehicles?’” Zúñiga told reporters.")
    doc = nlp(text)
    assert doc._.sg_stances is not None
