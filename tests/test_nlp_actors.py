"""``sg_actors``: named-entity mentions -> typed actors with stable keys, resolved per article.

Every sentence here was written for these tests (other actors than the seed articles: Kenya,
Sudan, Ukraine, the UK, the African Union, ...) so that they show the rules are general.
"""
from __future__ import annotations

import pytest
from nlp_support import extract_one

from kg.model import Extraction
from kg.nlp.actors import PersonIndex

pytestmark = pytest.mark.usefixtures("people_index")  # an empty PersonIndex per test


def keys(extraction: Extraction) -> set[str]:
    return {e.key for e in extraction.entities}


def entity(extraction: Extraction, key: str):
    found = [e for e in extraction.entities if e.key == key]
    assert found, f"{key} not among {sorted(keys(extraction))}"
    return found[0]


# -- gazetteer countries ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sudan and South Sudan agreed to reopen the oil pipeline.",
     {"country/sudan", "country/south-sudan"}),
    ("Ukraine and Kenya signed a grain agreement on Tuesday.",
     {"country/ukraine", "country/kenya"}),
])
def test_actors_gazetteer_country_by_name(nlp, text, expected):
    ex = extract_one(nlp, text)
    assert keys(ex) == expected
    assert {entity(ex, k).type for k in expected} == {"Country"}
    # the GeoNames identity travels with the gazetteer entry
    assert all(entity(ex, k).same_as[0].startswith("https://sws.geonames.org/") for k in expected)


@pytest.mark.parametrize("text, form, other", [
    ("The UK and Kenya signed a trade deal on Tuesday.", "UK", "country/kenya"),
    ("The U.K. will send a trade mission to Sudan next month.", "U.K.", "country/sudan"),
])
def test_actors_country_short_form(nlp, text, form, other):
    ex = extract_one(nlp, text)
    assert keys(ex) == {"country/united-kingdom", other}
    uk = entity(ex, "country/united-kingdom")
    assert uk.label == "United Kingdom" and form in uk.aliases


def test_actors_short_and_long_forms_in_one_article_are_one_country(nlp):
    ex = extract_one(nlp, "The U.K. will send a trade mission to Kenya next month, "
                          "the UK embassy in Nairobi said.")
    assert keys(ex) == {"country/united-kingdom", "country/kenya", "place/nairobi"}
    assert {"U.K.", "UK"} <= entity(ex, "country/united-kingdom").aliases


# -- demonyms, seats of government, capitals -------------------------------------------------

@pytest.mark.parametrize("text, key, phrase", [
    ("Kenyan officials said the border would reopen next week.", "country/kenya",
     "Kenyan officials"),
    ("The Ukrainian government asked its allies for more air defence systems.",
     "country/ukraine", "Ukrainian government"),
    ("Sudanese authorities said the airport in Port Sudan had been hit by drones.",
     "country/sudan", "Sudanese authorities"),
])
def test_actors_demonym_with_state_noun_is_the_country(nlp, text, key, phrase):
    ex = extract_one(nlp, text)
    country = entity(ex, key)
    assert country.type == "Country" and phrase in country.aliases
    assert [m.text for m in ex.mentions if m.entity_key == key] == [phrase]
    assert not any(k.startswith(("organisation/", "person/")) for k in keys(ex))


@pytest.mark.parametrize("text, key, seat, absent", [
    ("The Kremlin said the talks with Ukraine had stalled.", "country/russia", "Kremlin",
     "organisation/kremlin"),
    ("Downing Street said the prime minister had spoken to the Kenyan president.",
     "country/united-kingdom", "Downing Street", "place/downing-street"),
    ("The White House said it welcomed the ceasefire in Sudan.", "country/united-states",
     "White House", "organisation/white-house"),
])
def test_actors_seat_of_government_is_the_country(nlp, text, key, seat, absent):
    ex = extract_one(nlp, text)
    assert seat in entity(ex, key).aliases
    assert absent not in keys(ex)


@pytest.mark.parametrize("text, expected", [
    ("Nairobi rejected the plan on Monday.", {"country/kenya"}),
    ("Khartoum rejected the proposal, while Kampala welcomed it.",
     {"country/sudan", "country/uganda"}),
    ("An assurance from Kyiv was not enough, the envoy said.", {"country/ukraine"}),
    ("The Kremlin said the offer from Kyiv was not serious.",
     {"country/russia", "country/ukraine"}),
])
def test_actors_capital_acting_is_the_country(nlp, text, expected):
    ex = extract_one(nlp, text)
    assert keys(ex) == expected
    assert not any(k.startswith("place/") for k in keys(ex))


@pytest.mark.parametrize("text, expected", [
    ("Delegates gathered for talks in Nairobi on Friday.", {"place/nairobi"}),
    ("Thousands gathered at a rally in Kampala on Saturday.", {"place/kampala"}),
    ("Ministers met in Kyiv to discuss reconstruction.", {"place/kyiv"}),
    ("Talks in Nairobi, Kenya, resumed on Monday.", {"place/nairobi", "country/kenya"}),
])
def test_actors_capital_after_locative_is_a_place(nlp, text, expected):
    ex = extract_one(nlp, text)
    assert keys(ex) == expected
    place = next(e for e in ex.entities if e.key.startswith("place/"))
    assert place.type == "Place"


# -- one entity for "Name (ABBR)" --------------------------------------------------------------

@pytest.mark.parametrize("text, key, forms", [
    ("The National Intelligence Service (NIS) warned of new threats. "
     "NIS officers arrested two suspects.",
     "organisation/nis", {"National Intelligence Service", "NIS"}),
    ("The Office for Budget Responsibility (OBR) cut its growth forecast. "
     "The OBR blamed weak investment.",
     "organisation/obr", {"Office for Budget Responsibility", "OBR"}),
])
def test_actors_name_with_abbreviation_is_one_entity(nlp, text, key, forms):
    ex = extract_one(nlp, text)
    assert keys(ex) == {key}
    assert forms <= entity(ex, key).aliases
    assert {m.entity_key for m in ex.mentions} == {key}


def test_actors_abbreviation_pair_prefers_the_gazetteer_key(nlp):
    ex = extract_one(nlp, "The Secret Intelligence Service (SIS) declined to comment. "
                          "A former SIS officer said the claims were false.")
    assert keys(ex) == {"organisation/mi6"}
    assert {"Secret Intelligence Service", "SIS"} <= entity(ex, "organisation/mi6").aliases
    assert "organisation/sis" not in keys(ex)


# -- persons ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, key, surname", [
    ("Health Minister Susan Nakhumicha visited the clinic on Monday. "
     "Nakhumicha said supplies would arrive soon.", "person/susan-nakhumicha", "Nakhumicha"),
    ("Ukrainian Foreign Minister Dmytro Kuleba met Antony Blinken in Kyiv. "
     "Kuleba thanked Washington for its support.", "person/dmytro-kuleba", "Kuleba"),
    ("Mayor Johnson Sakaja inspected the flooded estates. Sakaja promised compensation.",
     "person/johnson-sakaja", "Sakaja"),
])
def test_actors_surname_after_full_name_is_same_person(nlp, text, key, surname):
    ex = extract_one(nlp, text)
    assert surname in entity(ex, key).aliases
    assert f"person/{surname.lower()}" not in keys(ex)
    assert len([m for m in ex.mentions if m.entity_key == key]) == 2


def test_actors_surname_shared_by_two_full_names_is_not_linked(nlp):
    ex = extract_one(nlp, "Jane Halloran and Peter Halloran both spoke at the meeting. "
                          "Mr Halloran said the vote was rigged.")
    assert {k for k in keys(ex) if k.startswith("person/")} == {
        "person/jane-halloran", "person/peter-halloran", "person/halloran"}
    assert "Halloran" not in entity(ex, "person/jane-halloran").aliases
    assert "Halloran" not in entity(ex, "person/peter-halloran").aliases


@pytest.mark.parametrize("text, key, label, forms", [
    ("Bill Rammell addressed the conference in London. "
     "Later, William Rammell told reporters that the funding was secure.",
     "person/william-rammell", "William Rammell", {"Bill Rammell", "William Rammell"}),
    ("Tom Tugendhat spoke in parliament. Thomas Tugendhat was asked about the bill.",
     "person/thomas-tugendhat", "Thomas Tugendhat", {"Tom Tugendhat", "Thomas Tugendhat"}),
    ("Chris Van Hollen said the aid was overdue. Christopher Van Hollen later repeated the point.",
     "person/christopher-van-hollen", "Christopher Van Hollen",
     {"Chris Van Hollen", "Christopher Van Hollen"}),
])
def test_actors_nickname_gives_the_formal_key(nlp, text, key, label, forms):
    ex = extract_one(nlp, text)
    persons = [e for e in ex.entities if e.type == "Person"]
    assert [p.key for p in persons] == [key]
    assert persons[0].label == label and forms <= persons[0].aliases


def test_actors_nickname_alone_in_an_article_is_keyed_formally(nlp):
    ex = extract_one(nlp, "Tom Perriello met both generals in Jeddah.")
    assert "person/thomas-perriello" in keys(ex)
    assert "person/tom-perriello" not in keys(ex)


@pytest.mark.parametrize("text, key", [
    ("Jim Halloran opened the debate on Tuesday. Mr James Halloran then left the chamber. "
     "Mr Halloran said the bill was flawed.", "person/james-halloran"),
    ("Mike Sonko was impeached by the county assembly. Michael Sonko appealed. "
     "Mr Sonko said the vote was rigged.", "person/michael-sonko"),
])
def test_actors_surname_after_nickname_and_formal_name_is_same_person(nlp, text, key):
    ex = extract_one(nlp, text)
    assert {k for k in keys(ex) if k.startswith("person/")} == {key}


@pytest.mark.parametrize("text, key, title", [
    ("Spokesman Ahmed Osman told reporters the airport was closed.", "person/ahmed-osman",
     "spokesman"),
    ("Spokesperson Li Wei declined to comment.", "person/li-wei", "spokesperson"),
    ("President Hakainde Hichilema arrived in Lusaka on Sunday.", "person/hakainde-hichilema",
     "president"),
])
def test_actors_title_is_not_part_of_the_person_name(nlp, text, key, title):
    ex = extract_one(nlp, text)
    person = entity(ex, key)
    assert person.type == "Person"
    assert not any(title in k for k in keys(ex))
    assert all(title not in alias.lower() for alias in person.aliases)
    mention = next(m for m in ex.mentions if m.entity_key == key)
    assert ex.article.text[mention.start:mention.end] == mention.text
    assert not mention.text.lower().startswith(title)


# -- noise and regions ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("SUBSCRIBE TO OUR NEWSLETTER FOR DAILY UPDATES FROM NAIROBI AND KAMPALA\n"
     "Uganda said it would send aid.", {"country/uganda"}),
    ("READ MORE: KENYA POLICE DEPLOYED TO HAITI AMID CRITICISM\n"
     "Kenyan officers arrived in Port-au-Prince on Tuesday.",
     {"country/kenya", "place/port-au-prince"}),
])
def test_actors_all_caps_boilerplate_line_is_ignored(nlp, text, expected):
    ex = extract_one(nlp, text)
    assert keys(ex) == expected
    boilerplate_end = text.index("\n")
    assert all(m.start > boilerplate_end for m in ex.mentions)


@pytest.mark.parametrize("text, key, forms", [
    ("Fighting spread across the Sinai Peninsula overnight. "
     "Egyptian troops were deployed in Sinai.", "place/sinai", {"Sinai Peninsula", "Sinai"}),
    ("Heavy fighting was reported in the Golan Heights. "
     "Syria condemned the strikes on the Golan.", "place/golan", {"Golan Heights", "Golan"}),
])
def test_actors_region_with_generic_suffix_is_one_place(nlp, text, key, forms):
    ex = extract_one(nlp, text)
    places = {k for k in keys(ex) if k.startswith("place/")}
    assert places == {key}
    assert forms <= entity(ex, key).aliases and entity(ex, key).type == "Place"


# -- PersonIndex: lone surnames across articles -------------------------------------------------

def test_actors_person_index_links_lone_surname_to_unique_full_name(nlp, people_index):
    text = "Mr Mudavadi said Kenya would not recognise the parallel government."
    assert "person/mudavadi" in keys(extract_one(nlp, text))  # nothing known yet
    people_index.add("Musalia Mudavadi")
    ex = extract_one(nlp, text)
    assert keys(ex) == {"person/musalia-mudavadi", "country/kenya"}
    assert entity(ex, "person/musalia-mudavadi").label == "Musalia Mudavadi"


def test_actors_person_index_second_example(nlp, people_index):
    people_index.add("Ebba Kalondo")
    people_index.add("Andrii Sybiha")
    ex = extract_one(nlp, "In a statement, Mr Kalondo said the African Union would send observers.")
    assert keys(ex) == {"person/ebba-kalondo", "organisation/african-union"}


def test_actors_person_index_does_not_link_a_shared_surname(nlp, people_index):
    people_index.add("Musalia Mudavadi")
    people_index.add("Grace Mudavadi")
    ex = extract_one(nlp, "Mr Mudavadi said Kenya would not recognise the parallel government.")
    assert keys(ex) == {"person/mudavadi", "country/kenya"}


def test_actors_person_index_full_name_in_article_wins_over_index(nlp, people_index):
    people_index.add("Musalia Mudavadi")
    ex = extract_one(nlp, "Grace Mudavadi opened the clinic. Mr Mudavadi said it would help.")
    assert {k for k in keys(ex) if k.startswith("person/")} == {"person/grace-mudavadi"}


def test_actors_person_index_lookup_rules():
    index = PersonIndex()
    index.add("Musalia Mudavadi")
    index.add("Chris Van Hollen")
    assert index.lookup("Mudavadi") == "Musalia Mudavadi"
    assert index.lookup("mudavadi") == "Musalia Mudavadi"  # case-insensitive
    assert index.lookup("Van Hollen") == "Chris Van Hollen"  # multi-word surname
    assert index.lookup("Hollen") == "Chris Van Hollen"
    assert index.lookup("Ruto") is None  # never seen
    assert index.lookup("Musalia Mudavadi") is None  # full names are not tails of themselves
    index.add("Grace Mudavadi")
    assert index.lookup("Mudavadi") is None  # two full names share it: ambiguous
    assert index.lookup("Van Hollen") == "Chris Van Hollen"


def test_actors_the_government_is_the_last_named_government_before_it(nlp):
    from nlp_support import extract_one
    text = ("The Chilean government said talks would resume. The statement stressed the government's "
            "commitment to peace. The Peruvian government did not reply.")
    got = {(s.holder, s.polarity) for s in extract_one(nlp, text).stances}
    assert ("country/chile", "Support") in got and ("country/peru", "Support") not in got


def test_actors_the_government_before_any_named_government_is_not_a_later_foreign_one(nlp):
    from nlp_support import extract_one
    text = ("Bolivia's President Luis Arce spoke on Monday. He said the government would reject the plan.\n\n"
            "The talks could include the Peruvian government.")
    got = {(s.holder, s.polarity) for s in extract_one(nlp, text).stances}
    assert ("country/peru", "Oppose") not in got
    text = ("LIMA, Peru - The government will reject the plan, officials said.\n\n"
            "Talks with the Peruvian government were suspended.")  # the state of the dateline
    got = {(s.holder, s.polarity) for s in extract_one(nlp, text).stances}
    assert ("country/peru", "Oppose") in got


def test_actors_the_government_is_the_state_whose_government_was_named(nlp):
    from nlp_support import extract_one
    text = ("Kenya's government is keen on early talks, mediator Norway said. Norwegian Foreign Minister "
            "Jan Petersen proposed the talks. The government has blamed the LRA for the killing.")
    got = {(r.subject, r.predicate) for r in extract_one(nlp, text).relations if r.predicate == "opposes"}
    assert got == {("country/kenya", "opposes")}


def test_actors_names_of_agreements_and_processes_are_no_actors(nlp):
    from nlp_support import extract_one
    ext = extract_one(nlp, "Angola emphasised its commitment to the Luanda Process and the Minsk Agreements.")
    assert {e.key for e in ext.entities} == {"country/angola"}
    assert not ext.relations


def test_actors_the_demonym_leader_is_the_person_serving_that_state(nlp):
    from nlp_support import extract_one
    text = ("Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima. "
            "The Chilean leader praised the proposal.")
    got = {(s.holder, s.polarity) for s in extract_one(nlp, text).stances}
    assert got == {("person/gabriel-boric", "Support")}


def test_actors_a_surname_with_an_inner_apostrophe_stays_in_the_name(nlp):
    from nlp_support import extract_one
    ext = extract_one(nlp, "The minister met Nasser Kan’ani on Monday.")
    assert {e.key for e in ext.entities} == {"person/nasser-kanani"}


@pytest.mark.parametrize("text, key", [
    ("Egypt's Foreign Ministry said the talks would resume.", "organisation/egyptian-foreign-ministry"),
    # the NER reads a body and the title after it as one name
    ("While rejecting the claims, Iranian Foreign Ministry Spokesman added that Tehran would respond.",
     "organisation/iranian-foreign-ministry"),
    # British bodies from the gazetteer
    ("The bill passes through the Commons next week.", "organisation/house-of-commons"),
    ("Finance Minister Sue Essex spoke for the Welsh Assembly Government.", "organisation/welsh-assembly-government"),
    ("For the Welsh Liberal Democrats, Kirsty Williams said the target was weak.",
     "organisation/welsh-liberal-democrats"),
])
def test_actors_listed_bodies_from_the_gazetteer(nlp, text, key):
    assert key in keys(extract_one(nlp, text))


def test_actors_a_listed_city_the_ner_calls_a_person_is_a_place(nlp):
    ex = extract_one(nlp, "The militia captured the town of Goma, followed by Bukavu in March.")
    assert entity(ex, "place/bukavu").type == "Place"


def test_actors_a_city_name_that_is_a_word_of_a_full_name_stays_the_person(nlp):
    ex = extract_one(nlp, "Aisha Kano, a lawyer, criticised the ruling. Later Kano called it unjust.")
    assert {e.key for e in ex.entities if e.type == "Person"} == {"person/aisha-kano"}


# -- people the NER takes for bodies ------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("The president of the Farmers Union, Grace Mutua Kamau, said the plan would fail.",
     "person/grace-mutua-kamau"),
    ("Mr Ndlovu said the tariffs would hurt farmers. Themba Ndlovu, for the Farmers Union, spoke later.",
     "person/themba-ndlovu"),
    ("Daniel Arap Oduya QC told the inquiry the evidence was weak.", "person/daniel-arap-oduya"),
    ("Lindiwe Okafor, the union's education spokeswoman, criticised the plan.", "person/lindiwe-okafor"),
])
def test_actors_a_name_that_a_title_honorific_or_post_nominal_marks_is_a_person(nlp, text, key):
    assert entity(extract_one(nlp, text), key).type == "Person"


def test_actors_the_tail_of_a_full_name_is_that_person(nlp):
    ex = extract_one(nlp, "Chairman of the Sahel Commission, Idriss Deby Mahamat welcomed the truce. "
                          "Deby Mahamat said he was encouraged.")
    assert [e.key for e in ex.entities if e.type == "Person"] == ["person/idriss-deby-mahamat"]


def test_actors_a_name_the_ner_cuts_before_its_last_word_is_whole(nlp):
    ex = extract_one(nlp, "Last month, UN envoy Lars Ove Halvorsen broke off the talks.")
    assert "person/lars-ove-halvorsen" in keys(ex)


def test_actors_a_middle_word_of_a_full_name_is_that_person(nlp):
    ex = extract_one(nlp, "President Salva Kiir Mayardit met the envoy in Juba. Kiir said peace was near.")
    assert [e.key for e in ex.entities if e.type == "Person"] == ["person/salva-kiir-mayardit"]


def test_actors_a_peoples_front_is_one_organisation_and_its_demonym_stands_for_it(nlp):
    text = ("The Ogaden People’s Liberation Front (ONLF) rejected the offer. Ogadeni forces held the "
            "town, and the Ogadeni delegation left the talks.")
    ex = extract_one(nlp, text)
    orgs = [e for e in ex.entities if e.type == "Organisation"]
    assert len(orgs) == 1 and "Ogadeni" in orgs[0].aliases, sorted(keys(ex))


def test_actors_names_joined_to_a_person_and_double_barrelled_surnames(nlp):
    text = ("The mediators are the former presidents of Ghana and Malawi, Kwabena Asante Boateng and "
            "Peter Mutharika, and Zambia's former Deputy President Inonge Mutukwa-Wina.")
    ex = extract_one(nlp, text)
    people = {e.key for e in ex.entities if e.type == "Person"}
    assert {"person/peter-mutharika", "person/inonge-mutukwa-wina"} <= people


def test_actors_a_body_before_an_apposed_title_and_name_stays_a_body(nlp):
    ex = extract_one(nlp, "He met the speaker of the National Assembly, opposition leader Juan Lopez.")
    assert entity(ex, "organisation/national-assembly").type == "Organisation"


def test_actors_the_first_word_of_a_front_is_that_front_but_a_county_stays_a_place(nlp):
    ex = extract_one(nlp, "The Frelimo Front rejected the plan. Frelimo said the vote was rigged. "
                          "Kent County Council met in Kent on Monday.")
    assert "Frelimo" in entity(ex, "organisation/frelimo-front").aliases
    assert entity(ex, "place/kent").type == "Place"


def test_actors_a_party_name_before_party_leader_keeps_party_and_a_peer_keeps_lord(nlp):
    ex = extract_one(nlp, "The Welsh Liberal Party leader, Gareth Pryce, questioned the plan. "
                          "Lord Ashdown, chairman of Kent County Council, agreed.")
    assert entity(ex, "organisation/welsh-liberal-party").type == "Organisation"
    peer = [e for e in ex.entities if e.type == "Person" and "Ashdown" in e.label]
    assert peer and "Lord Ashdown" in peer[0].aliases


def test_actors_an_acronym_after_the_or_listed_with_a_body_is_an_organisation(nlp):
    ex = extract_one(nlp, "Delegates of the FACT, the UFDD and the CCMSR arrived. The GDP of Chad fell.")
    assert {"organisation/fact", "organisation/ccmsr"} <= keys(ex)
    assert not any("gdp" in k for k in keys(ex))


@pytest.mark.parametrize("text, key", [
    ("Foreign Office spokesperson Ayesha Malik said Pakistan rejected the claims. Pakistan will respond.",
     "organisation/pakistani-foreign-ministry"),
    ("The Foreign Office said Britain would send aid to Sudan, and the UK would push for talks.",
     "organisation/foreign-commonwealth-and-development-office"),
])
def test_actors_a_shared_ministry_name_takes_the_articles_state(nlp, text, key):
    ex = extract_one(nlp, text)
    assert key in keys(ex) and not ({"organisation/pakistani-foreign-ministry",
                                      "organisation/foreign-commonwealth-and-development-office"} - {key}) & keys(ex)


def test_paragraphs_a_line_break_starts_a_sentence_and_nothing_else_does():
    import spacy

    from kg.nlp.pipeline import sg_paragraphs

    blank = spacy.blank("en")
    text = "\nHeadline without a stop\nFirst line of text and\n\n  a new paragraph. Same one\ttoo.\n"
    doc = sg_paragraphs(blank(text))
    expected = {t.i for t in doc[1:] if "\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_}
    assert expected  # the text has breaks inside it
    assert {t.i for t in doc[1:] if t.is_sent_start} == expected
    # a line's second token is never a start: the parser once cut "Kenya | and Chad agreed"
    seconds = {i + 1 for i in expected if i + 1 < len(doc) and i + 1 not in expected}
    assert seconds and all(doc[i].is_sent_start is False for i in seconds)


def test_paragraphs_a_line_after_a_headline_stays_one_sentence(nlp):
    doc = nlp("Kenya, Chad agree to truce\nKenya and Chad have agreed to an immediate ceasefire after a week of clashes.")
    assert [s.text.strip() for s in doc.sents][1].startswith("Kenya and Chad have agreed")


@pytest.mark.parametrize("text", ["Congo and Rwanda held talks in Doha.", "Congolese troops entered Goma."])
def test_actors_bare_congo_is_the_democratic_republic(nlp, text):
    assert "country/democratic-republic-of-the-congo" in keys(extract_one(nlp, text))


def test_actors_match_phrase_longest_phrase_at_a_token_and_none_past_the_end():
    import spacy

    from kg.nlp.actors import _match_phrase

    doc = spacy.blank("en")("the foreign ministry of the republic")
    phrases = frozenset({("foreign",), ("foreign", "ministry"), ("ministry", "of", "the", "republic", "x"),
                         ("ministry", "of"), ("republic",)})
    assert _match_phrase(doc, 1, phrases) == 2       # the longest of the phrases starting there
    assert _match_phrase(doc, 2, phrases) == 2       # the 5-word phrase runs past the end
    assert _match_phrase(doc, 0, phrases) == 0
    assert _match_phrase(doc, 5, phrases) == 1
    assert _match_phrase(doc, 6, phrases) == 0       # past the last token


@pytest.mark.parametrize("text, body, absent", [
    ("Ian Hale is to stand against pro-Iraq war Conservative MP Jane Fenn at the next general election.",
     "organisation/conservative-party", "organisation/pro-iraq-war-conservative-mp"),
])
def test_actors_a_description_run_into_a_known_body_is_dropped(nlp, text, body, absent):
    found = keys(extract_one(nlp, text))
    assert body in found and absent not in found


def test_actors_a_name_that_merely_starts_with_new_keeps_it(nlp):
    assert "organisation/new-democratic-party" in keys(extract_one(nlp, "The New Democratic Party leader spoke."))


def test_actors_the_party_in_power_describes_a_known_government(nlp):
    ex = extract_one(nlp, "This is not whinging, as the Labour Assembly Government so often claims.")
    assert "organisation/welsh-assembly-government" in keys(ex)
    assert "organisation/labour-assembly-government" not in keys(ex)


@pytest.mark.parametrize("text, key", [
    ("Envoys from Sudan's army met RSF envoys in Jeddah.", "organisation/sudanese-armed-forces"),
    ("The Sudanese military claimed to have sent a delegation.", "organisation/sudanese-armed-forces"),
])
def test_actors_a_state_and_a_noun_the_gazetteer_knows_together(nlp, text, key):
    assert key in keys(extract_one(nlp, text))


def test_actors_a_name_set_off_after_a_title_is_a_person(nlp):
    ex = extract_one(nlp, "The Shadow Secretary of State for the Family, Theresa May, said the plans were recycled.")
    assert "person/theresa-may" in keys(ex)
    assert not {"organisation/shadow", "organisation/state"} & keys(ex)


def test_actors_a_place_and_its_country_in_one_span_are_two(nlp):
    ex = extract_one(nlp, "In a session held in Abuja, Nigeria, on Sunday, the leaders met.")
    assert {"place/abuja", "country/nigeria"} <= keys(ex)
    assert ("place/abuja", "locatedIn", "country/nigeria") in {(r.subject, r.predicate, r.object) for r in ex.relations}


def test_actors_an_abbreviation_in_brackets_is_no_part_of_the_name(nlp):
    ex = extract_one(nlp, "Kenya met leaders of the National Council for the Safeguard of the Homeland (CNSP) on Monday.")
    assert "organisation/national-council-for-the-safeguard-of-the-homeland" in keys(ex)


@pytest.mark.parametrize("text, key", [
    ("President Faure Gnassingbé of Togo has been designated by ECOWAS.", "person/faure-gnassingbe"),
])
def test_actors_a_name_after_a_title_is_a_person_when_the_ner_misses_it(nlp, text, key):
    assert key in keys(extract_one(nlp, text))


def test_actors_capitals_of_a_headline_after_a_title_are_no_name(nlp):
    ex = extract_one(nlp, "Kenya's President Urges Talks With Ethiopian Military Leaders\n\nKenya's President spoke.")
    assert not any(k.startswith("person/") for k in keys(ex))


def test_actors_a_title_before_a_body_is_no_person(nlp):
    assert not any(k.startswith("person/") for k in keys(extract_one(nlp, "President Obama Foundation staff met.")))


@pytest.mark.parametrize("text, holder", [
    # the NER may miss "Mr X" after the full name: the surname after an honorific is that person
    ("Shadow home secretary Gareth Pomfret spoke first. Mr Pomfret condemned the document.",
     "person/gareth-pomfret"),
    ("Health Minister Carys Bevan replied later. Ms Bevan rejected the report.", "person/carys-bevan"),
])
def test_actors_a_surname_after_an_honorific_is_the_person_named_before(nlp, text, holder):
    from nlp_support import extract_one
    assert {s.holder for s in extract_one(nlp, text).stances} == {holder}


def test_actors_a_name_with_bint_or_bin_is_one_person(nlp):
    ex = extract_one(nlp, "Reem bint Ebrahim Al Hashimy, the minister of state, said the plan had failed.")
    people = {e.key for e in ex.entities if e.type == "Person"}
    assert people == {"person/reem-bint-ebrahim-al-hashimy"}


@pytest.mark.parametrize("text, expected, absent", [
    # "the House" is the lower chamber of the state the article is about, or whose bodies it names
    ("The House passed the bill, and the United States will now wait for the Senate.",
     "organisation/united-states-house-of-representatives", "organisation/house"),
    ("The House passed the stopgap bill, but the Senate has not voted.",
     "organisation/united-states-house-of-representatives", "organisation/house"),
    ("Britain's House voted on Tuesday, and Britain's ministers celebrated.",
     "organisation/house-of-commons", "organisation/house"),
    # a state without a "House" in the table: the name stays as it is
    ("The House voted in Canberra, and Australia's ministers celebrated.", "organisation/house",
     "organisation/united-states-house-of-representatives"),
])
def test_actors_the_house_is_the_chamber_of_the_articles_state(nlp, text, expected, absent):
    found = keys(extract_one(nlp, text))
    assert expected in found and absent not in found


def test_actors_a_long_title_before_a_name_makes_it_a_person(nlp):
    text = ("\u201cThe two parties have agreed to stop fighting,\u201d the African Union (AU) High Representative "
            "for the Horn of Africa, Olusegun Obasanjo, said at the ceremony.")
    assert "person/olusegun-obasanjo" in keys(extract_one(nlp, text))


def test_actors_the_last_word_of_a_bodys_name_is_that_body(nlp):
    ex = extract_one(nlp, "The Pan-African Parliament met in Midrand. The Parliament's speaker condemned the attack.")
    assert "organisation/parliament" not in keys(ex)
    ex = extract_one(nlp, "The African Union called for talks. The Union's commitment to peace is firm.")
    assert keys(ex) & {"organisation/union"} == set()
    assert "organisation/african-union" in keys(ex)


def test_actors_words_before_a_title_inside_a_name_are_no_part_of_it(nlp):
    ex = extract_one(nlp, "In a statement on Sunday, AU Commission Chairperson Mahmoud Ali Youssouf urged restraint.")
    assert "person/mahmoud-ali-youssouf" in keys(ex)
    assert ("person/mahmoud-ali-youssouf", "leaderOf", "organisation/african-union-commission") in {
        (r.subject, r.predicate, r.object) for r in ex.relations}


def test_actors_a_states_named_body_after_its_possessive_is_that_body(nlp):
    ex = extract_one(nlp, "The Philippines condemned China\u00b4s Coast Guard on Sunday. Later the China Coast "
                          "Guard\u00b4s (CCG) vessels left.")
    assert "organisation/china-coast-guard" in keys(ex)
    assert not keys(ex) & {"organisation/coast-guard", "organisation/ccg"}


@pytest.mark.parametrize("text, key", [
    # a surname particle the NER stopped at is part of the name
    ("EU Commission President Ursula von der Leyen will raise the issue.", "person/ursula-von-der-leyen"),
    ("Charles de Gaulle spoke.", "person/charles-de-gaulle"),
])
def test_actors_surname_particles_stay_in_the_name(nlp, text, key):
    assert key in keys(extract_one(nlp, text))


def test_actors_a_lowercase_title_inside_a_person_span_is_no_part_of_the_name(nlp):
    ex = extract_one(nlp, "The day before, TAO spokesperson Chen Binhua said that Lai is wrong.")
    assert "person/chen-binhua" in keys(ex)
    assert not any("spokesperson" in k for k in keys(ex))


@pytest.mark.parametrize("text, key, present", [
    # a capitalised name the NER missed, set off by a comma before "<title> of", is a person
    ("Laurent Wauquiez, leader of the right-wing Republicans, urged deputies to vote.", "person/laurent-wauquiez", True),
    # a place before "capital of" is not
    ("Paris Centre, capital of nothing, is quiet.", "person/paris-centre", False),
])
def test_actors_a_name_before_a_comma_and_a_title_of_a_body(nlp, text, key, present):
    assert (key in keys(extract_one(nlp, text))) is present


@pytest.mark.parametrize("text, key", [
    # a demonym before a party's name: the gazetteer's "<name> of <state>"
    ("Merkel and German Social Democratic Party leader Martin Schulz spoke on Monday.",
     "organisation/social-democratic-party-of-germany"),
    # a participle opening the sentence is no part of the body's name
    ("Quoting European Commission President Jean-Claude Juncker, the spokesman said talks would go on.",
     "organisation/european-commission"),
])
def test_a_known_body_inside_a_longer_ner_span(nlp, text, key):
    assert key in {e.key for e in extract_one(nlp, text).entities}


# -- foreign ministries ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, key, surface", [
    # a state, its capital or its demonym before "foreign ministry", in any case
    ("Shafqat Ali Khan, a spokesman for Pakistan's foreign ministry, spoke on Friday.",
     "organisation/pakistani-foreign-ministry", "Pakistan's foreign ministry"),
    ("Kyiv's Foreign Ministry summoned the envoy on Monday.",
     "organisation/ukrainian-foreign-ministry", "Kyiv's Foreign Ministry"),
    ("The Egyptian Ministry of Foreign Affairs issued a statement.",
     "organisation/egyptian-foreign-ministry", "Egyptian Ministry of Foreign Affairs"),
])
def test_actors_a_states_foreign_ministry(nlp, text, key, surface):
    ex = extract_one(nlp, text)
    assert surface in entity(ex, key).aliases


@pytest.mark.parametrize("text, key", [
    # no state named with it: the article's one named foreign ministry, else its main state's
    ("Kenya protested again. Kenya recalled its envoy. Jane Wambui, the foreign ministry spokeswoman, said "
     "talks with Uganda were over.", "organisation/kenyan-foreign-ministry"),
    ("Poland's foreign ministry summoned the Russian envoy. Russia and Belarus denied it. The foreign "
     "ministry said the envoy had been warned.", "organisation/polish-foreign-ministry"),
])
def test_actors_a_bare_foreign_ministry_is_the_contexts(nlp, text, key):
    ex = extract_one(nlp, text)
    assert "foreign ministry" in {a.lower() for a in entity(ex, key).aliases}


def test_actors_a_bare_foreign_ministry_without_a_main_state_is_nobodys(nlp):
    ex = extract_one(nlp, "Kenya and Uganda met. The foreign ministry said talks went well.")
    assert not [k for k in keys(ex) if k.endswith("foreign-ministry")]


@pytest.mark.parametrize("text, acting", [
    # Brussels standing for a government is the EU seated there, not Belgium
    ("Orban said Hungary would not accept money from Brussels.", True),
    ("The summit was held in Brussels on Monday.", False),
])
def test_actors_brussels_acting_is_the_eu(nlp, text, acting):
    ex = extract_one(nlp, text)
    assert ("organisation/european-union" in keys(ex)) == acting
    assert "country/belgium" not in keys(ex)


@pytest.mark.parametrize("text", [
    # the NER takes "Kemi Badenoch" for a place; ", who" and speaking make her a person
    "Kemi Badenoch, who leads the opposition, attacked the budget.",
    "Kemi Badenoch told reporters the tax plan was a mistake. Later on Monday Badenoch said the "
    "party would vote against it.",
])
def test_actors_a_name_taken_for_a_place_that_speaks_like_a_person_is_one(nlp, text):
    ex = extract_one(nlp, text)
    assert entity(ex, "person/kemi-badenoch").type == "Person"
    assert not any(e.type == "Place" and "Badenoch" in e.label for e in ex.entities)


def test_actors_a_known_place_that_speaks_stays_the_place(nlp):
    ex = extract_one(nlp, "Washington said the talks would go on. Washington said it would send an envoy.")
    assert "country/united-states" in keys(ex)
    assert not any(e.type == "Person" for e in ex.entities)


@pytest.mark.parametrize("text, key", [
    ("Chief government delegate Otty Patino said the talks would resume.", "person/otty-patino"),
    ("The rebels' chief negotiator Pablo Beltran said the truce would hold.", "person/pablo-beltran"),
])
def test_actors_a_name_after_a_lowercase_title_that_the_ner_missed_is_a_person(nlp, text, key):
    assert entity(extract_one(nlp, text), key).type == "Person"


@pytest.mark.parametrize("text, key", [
    ("The Kenyan Government rejected the report.", "country/kenya"),
    ("The Government of Nicaragua said it would close the border.", "country/nicaragua"),
])
def test_actors_a_states_government_named_as_a_body_is_the_state(nlp, text, key):
    ex = extract_one(nlp, text)
    assert key in keys(ex)
    assert not any(e.type == "Organisation" for e in ex.entities)


def test_actors_a_bare_foreign_ministry_before_a_named_one_is_the_main_states(nlp):
    # the named Ugandan ministry comes later: the bare one before it is the main state's (Kenya's)
    ex = extract_one(nlp, "NAIROBI - Kenya told Uganda to withdraw. Kenya said its patience was over. "
                          "\"This is justified,\" foreign ministry spokeswoman Jane Wambui said. Ugandan foreign "
                          "ministry spokesman Paul Mugisha said Kenya was wrong.")
    spoke = {(r.subject, r.object) for r in ex.relations if r.predicate == "spokespersonFor"}
    assert spoke == {("person/jane-wambui", "organisation/kenyan-foreign-ministry"),
                     ("person/paul-mugisha", "organisation/ugandan-foreign-ministry")}


@pytest.mark.parametrize("text, key", [
    # an article on another state: its own congress, not the US one
    ("Peru's crisis deepened. Peru's president was arrested. Congress voted to impeach President Pedro Castillo.",
     "organisation/congress"),
    ("Congress voted to impeach President Pedro Castillo.", "organisation/united-states-congress"),
    # another US body named: the US Congress
    ("Iran and the US clashed. Iran's envoy left. The US Senate debated. Congress voted against Iran.",
     "organisation/united-states-congress"),
])
def test_actors_a_bare_congress_is_the_articles_states(nlp, text, key):
    assert key in keys(extract_one(nlp, text))


def test_actors_a_short_name_without_its_accents_is_the_full_name(nlp):
    ex = extract_one(nlp, "Criticism of Orban 'blackmail' grows. Prime minister Viktor Orbán said on Monday "
                          "the claims were false.")
    assert [e.key for e in ex.entities if e.type == "Person"] == ["person/viktor-orban"]


def test_actors_a_name_before_group_is_a_body(nlp):
    # the NER takes "Renew" for a person; "the Renew group" is a body
    ex = extract_one(nlp, "Stéphane Séjourné, who is president of the Renew group, said the deal was bad.")
    assert entity(ex, "organisation/renew").type == "Organisation"


def test_actors_a_rank_before_a_department_is_no_person(nlp):
    # "General" is a rank, but "General Intelligence Department" is a body
    ex = extract_one(nlp, "Last week, Jordan's General Intelligence Department said it had arrested 16 people.")
    assert not any(e.type == "Person" for e in ex.entities)


def test_actors_a_hyphenated_given_name_in_lowercase_is_part_of_the_name(nlp):
    ex = extract_one(nlp, "Prime Minister Han Duck-soo said the cabinet would meet.")
    assert entity(ex, "person/han-duck-soo").type == "Person"


def test_actors_a_bare_nsc_in_an_article_on_another_state_is_not_the_us_council(nlp):
    ex = extract_one(nlp, "The Netherlands held talks on a coalition. The Netherlands needs a government. "
                          "Under no circumstances does the NSC want to make empty promises, Omtzigt said.")
    assert "organisation/national-security-council" not in keys(ex)
    ex = extract_one(nlp, "The White House said the NSC would meet on Monday.")
    assert "organisation/national-security-council" in keys(ex)


@pytest.mark.parametrize("text, state, person", [
    ("Somalia's president asked Turkey's ambassador to Somalia Alper Aktas to intervene.",
     "country/somalia", "person/alper-aktas"),
    ("The UN envoy for Yemen Hans Grundberg said the talks would resume.", "country/yemen", "person/hans-grundberg"),
])
def test_actors_a_state_a_title_is_posted_to_is_split_from_the_name_after_it(nlp, text, state, person):
    ex = extract_one(nlp, text)
    assert entity(ex, state).type == "Country" and entity(ex, person).type == "Person"


def test_actors_a_name_spelled_out_before_a_known_short_form_is_that_body(nlp):
    # the NER calls "Christian Democrats" a NORP; "(CDU)" names the party, here and later on
    ex = extract_one(nlp, "With Angela Merkel's Christian Democrats (CDU) winning 225 seats, neither leader "
                          "could claim victory. The Christian Democrats said they would talk.")
    assert keys(ex) == {"person/angela-merkel", "organisation/christian-democratic-union"}
    assert ("person/angela-merkel", "leaderOf", "organisation/christian-democratic-union") in {
        (r.subject, r.predicate, r.object) for r in ex.relations}


def test_actors_a_name_followed_by_its_initials_is_a_body(nlp):
    # the NER takes "Samagi Jana Balawegaya" for a person; "(SJB)" spells its initials
    ex = extract_one(nlp, "Sajith Premadasa, the leader of main opposition Samagi Jana Balawegaya (SJB), spoke.")
    assert entity(ex, "organisation/sjb").type == "Organisation"
    assert ("person/sajith-premadasa", "leaderOf", "organisation/sjb") in {
        (r.subject, r.predicate, r.object) for r in ex.relations}


def test_actors_a_nepali_congress_spokesman_is_not_the_us_congress(nlp):
    ex = extract_one(nlp, "A Nepali Congress spokesman said the party would vote.")
    assert keys(ex) == {"organisation/nepali-congress"}
