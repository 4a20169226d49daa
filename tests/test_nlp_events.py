"""``sg_events``: mediates, negotiatesWith, attacks and locatedIn.

Every sentence here was written for these tests, about other conflicts than the seed articles
(Sudan, Ethiopia and the TPLF, Kenya, Ukraine, Colombia and its guerrillas), so that they show
the patterns are general. Each test asserts the exact set of relations of the predicate it is
about, so a rule that fires where it must not fails the test as surely as one that does not fire.
"""
from __future__ import annotations

import pytest
from nlp_support import extract_one

from kg.model import Article, Extraction
from kg.nlp.extract import doc_to_extraction

pytestmark = pytest.mark.usefixtures("people_index")  # an empty PersonIndex per test


def triples(extraction: Extraction, predicate: str) -> set[tuple[str, str]]:
    """(subject, object) of every relation with ``predicate``."""
    return {(r.subject, r.object) for r in extraction.relations if r.predicate == predicate}


def negotiations(extraction: Extraction) -> set[frozenset[str]]:
    """negotiatesWith is symmetric: compare unordered pairs."""
    return {frozenset(pair) for pair in triples(extraction, "negotiatesWith")}


def pairs(*items: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(p) for p in items}


KENYA, ETHIOPIA, SUDAN, SOUTH_SUDAN = ("country/kenya", "country/ethiopia", "country/sudan",
                                       "country/south-sudan")
UKRAINE, RUSSIA, COLOMBIA = "country/ukraine", "country/russia", "country/colombia"
EGYPT, TURKEY, QATAR, NORWAY = "country/egypt", "country/turkey", "country/qatar", "country/norway"
AU, IGAD = "organisation/african-union", "organisation/intergovernmental-authority-on-development"
RSF, TPLF = "organisation/rapid-support-forces", "organisation/tigray-people-s-liberation-front"
ELN, FARC = "organisation/national-liberation-army", "organisation/farc"


# -- mediation: nouns ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Qatari mediators shuttled between the Sudanese army and the Rapid Support Forces.",
     {(QATAR, "organisation/sudanese-armed-forces"), (QATAR, RSF)}),
    ("Egyptian and Qatari mediators shuttled between Sudan and South Sudan.",
     {(EGYPT, SUDAN), (EGYPT, SOUTH_SUDAN), (QATAR, SUDAN), (QATAR, SOUTH_SUDAN)}),
    ("Mediators from Egypt and Turkey proposed a new truce between Ethiopia and Sudan.",
     {(EGYPT, ETHIOPIA), (EGYPT, SUDAN), (TURKEY, ETHIOPIA), (TURKEY, SUDAN)}),
])
def test_events_mediation_nouns_and_their_modifiers(nlp, text, expected):
    ex = extract_one(nlp, text)
    assert triples(ex, "mediates") == expected
    assert {r.rule for r in ex.relations if r.predicate == "mediates"} == {"mediation"}


def test_events_mediation_noun_without_parties_gives_nothing(nlp):
    ex = extract_one(nlp, "Mediators from Egypt and Turkey arrived in Addis Ababa.")
    assert triples(ex, "mediates") == set()
    assert negotiations(ex) == set()


# -- mediation: hyphenated participles ------------------------------------------------------------------

@pytest.mark.parametrize("text, mediator, parties", [
    ("The AU-led talks between Ethiopia and the TPLF resumed on Monday.", AU, {ETHIOPIA, TPLF}),
    ("Ethiopia and the TPLF reached a deal in an AU-led process.", AU, {ETHIOPIA, TPLF}),
    ("The IGAD-brokered ceasefire between Sudan and South Sudan collapsed.", IGAD,
     {SUDAN, SOUTH_SUDAN}),
    ("The Norway-brokered deal between Colombia and the ELN held.", NORWAY, {COLOMBIA, ELN}),
])
def test_events_mediation_hyphenated_participle(nlp, text, mediator, parties):
    ex = extract_one(nlp, text)
    assert triples(ex, "mediates") == {(mediator, p) for p in parties}
    assert negotiations(ex) == {frozenset(parties)}


# -- mediation: passive agents and verbs ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The talks between Sudan and South Sudan were hosted by Kenya.",
    "Talks hosted by Kenya between Sudan and South Sudan ended without a deal.",
])
def test_events_mediation_talks_hosted_by(nlp, text):
    ex = extract_one(nlp, text)
    assert triples(ex, "mediates") == {(KENYA, SUDAN), (KENYA, SOUTH_SUDAN)}
    assert not any(KENYA in pair for pair in negotiations(ex))


@pytest.mark.parametrize("text, mediator, parties", [
    ("Norway, which brokered the deal between Colombia and the FARC, praised both sides.",
     NORWAY, {COLOMBIA, FARC}),
    ("Kenya mediated between Sudan and South Sudan.", KENYA, {SUDAN, SOUTH_SUDAN}),
])
def test_events_mediation_verb(nlp, text, mediator, parties):
    ex = extract_one(nlp, text)
    assert triples(ex, "mediates") == {(mediator, p) for p in parties}
    assert all(r.confidence == 0.75 for r in ex.relations if r.predicate == "mediates")


@pytest.mark.parametrize("text, expected", [
    ("Turkey hosted Ukraine and Russia in Istanbul.", {(TURKEY, UKRAINE), (TURKEY, RUSSIA)}),
    ("Kenya hosted Sudan and South Sudan in Nairobi.", {(KENYA, SUDAN), (KENYA, SOUTH_SUDAN)}),
    ("Qatari mediators met Sudanese and RSF delegations in Doha.", {(QATAR, SUDAN), (QATAR, RSF)}),
])
def test_events_mediation_verb_with_direct_object_parties(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


# -- mediators linked to parties negotiating elsewhere in the article -------------------------------------

@pytest.mark.parametrize("text, mediator, parties", [
    ("Colombia and the ELN signed the deal in Havana. Norway, which brokered the deal, praised "
     "both sides.", NORWAY, {COLOMBIA, ELN}),
    ("Colombia and the ELN held talks in Caracas on Monday. Cuba acted as a mediator.",
     "country/cuba", {COLOMBIA, ELN}),
    ("Colombia and the ELN agreed to extend the ceasefire. Qatari mediators welcomed the decision.",
     QATAR, {COLOMBIA, ELN}),
    ("Ethiopia and the TPLF signed a truce in Pretoria. The AU-led process ended two years of war.",
     AU, {ETHIOPIA, TPLF}),
])
def test_events_mediator_linked_to_parties_negotiating_elsewhere(nlp, text, mediator, parties):
    ex = extract_one(nlp, text)
    assert triples(ex, "mediates") == {(mediator, p) for p in parties}
    assert negotiations(ex) == {frozenset(parties)}
    # parties found elsewhere in the article are less certain than those named by the trigger
    assert all(r.confidence == 0.6 for r in ex.relations if r.predicate == "mediates")


@pytest.mark.parametrize("text, mediator, expected_mediates, expected_negotiations", [
    ("Qatari mediators held talks with Sudan and the RSF in Jeddah.", QATAR,
     {(QATAR, SUDAN), (QATAR, RSF)}, set()),
    # the two sides it mediates between deal with each other, through the mediator
    ("Egypt mediated between Ethiopia and Sudan. Egypt and Ethiopia agreed to meet again.", EGYPT,
     {(EGYPT, ETHIOPIA), (EGYPT, SUDAN)}, pairs((ETHIOPIA, SUDAN))),
    ("Norway, which brokered the deal between Colombia and the FARC, praised both sides.", NORWAY,
     {(NORWAY, COLOMBIA), (NORWAY, FARC)}, pairs((COLOMBIA, FARC))),
])
def test_events_mediator_never_negotiates(nlp, text, mediator, expected_mediates,
                                          expected_negotiations):
    ex = extract_one(nlp, text)
    assert triples(ex, "mediates") == expected_mediates
    assert negotiations(ex) == expected_negotiations
    assert not any(mediator in pair for pair in negotiations(ex))


# -- negotiation -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sudan and South Sudan agreed to reopen the border crossing.", pairs((SUDAN, SOUTH_SUDAN))),
    ("Ethiopia and Sudan agreed on Tuesday to reopen the border.", pairs((ETHIOPIA, SUDAN))),
    ("Sudan and South Sudan reached a deal on oil transit fees.", pairs((SUDAN, SOUTH_SUDAN))),
    ("Ethiopia and Eritrea reached an agreement to reopen the border.",
     pairs((ETHIOPIA, "country/eritrea"))),
])
def test_events_negotiation_coordinated_subjects(nlp, text, expected):
    ex = extract_one(nlp, text)
    assert negotiations(ex) == expected
    assert {r.rule for r in ex.relations if r.predicate == "negotiatesWith"} == {
        "coordinated-negotiators"}
    assert triples(ex, "mediates") == set()


@pytest.mark.parametrize("text, expected", [
    ("Talks between Kenya and Somalia resumed in Nairobi.", pairs((KENYA, "country/somalia"))),
    ("The talks between Ukraine and Poland ended without agreement.",
     pairs((UKRAINE, "country/poland"))),
])
def test_events_negotiation_talks_between(nlp, text, expected):
    ex = extract_one(nlp, text)
    assert negotiations(ex) == expected
    assert {r.rule for r in ex.relations if r.predicate == "negotiatesWith"} == {"talks-between"}


@pytest.mark.parametrize("text, expected", [
    ("Sudan negotiated with the RSF.", pairs((SUDAN, RSF))),
    ("Colombia negotiated with the ELN in Havana.", pairs((COLOMBIA, ELN))),
    ("Ukraine talked with Poland about grain.", pairs((UKRAINE, "country/poland"))),
])
def test_events_negotiation_verb_with(nlp, text, expected):
    assert negotiations(extract_one(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Colombia held talks with the ELN in Caracas.", pairs((COLOMBIA, ELN))),
    ("Kenya held direct talks with Somalia on Monday.", pairs((KENYA, "country/somalia"))),
])
def test_events_negotiation_held_talks_with(nlp, text, expected):
    assert negotiations(extract_one(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Kenya and Uganda attended the talks as observers.",
    "Norway and Cuba attended the negotiations as observers.",
])
def test_events_observers_at_talks_give_nothing(nlp, text):
    ex = extract_one(nlp, text)
    assert negotiations(ex) == set()
    assert triples(ex, "mediates") == set()


@pytest.mark.parametrize("text", [
    "Kenya met Ethiopia.",
    "Ukraine met Poland in Warsaw.",  # (named people of two sides who meet: see test_negotiation_named_people_...)
])
def test_events_meeting_alone_is_no_negotiation(nlp, text):
    assert negotiations(extract_one(nlp, text)) == set()


# -- attacks -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russia launched airstrikes on Ukraine overnight.", {(RUSSIA, UKRAINE)}),
    ("Ethiopia carried out airstrikes against the TPLF.", {(ETHIOPIA, TPLF)}),
    ("Russia launched missiles at Kyiv.", {(RUSSIA, "place/kyiv")}),
])
def test_events_attack_launched_weapon_on_target(nlp, text, expected):
    assert triples(extract_one(nlp, text), "attacks") == expected


@pytest.mark.parametrize("text, expected", [
    ("The attack by Russia on Ukraine's energy grid caused blackouts.", {(RUSSIA, UKRAINE)}),
    ("The ELN's attack on Colombia's oil pipeline halted exports.", {(ELN, COLOMBIA)}),
])
def test_events_attack_noun_with_attacker_and_target(nlp, text, expected):
    assert triples(extract_one(nlp, text), "attacks") == expected


def test_events_attack_by_x_on_y_with_on_attached_to_the_attacker(nlp):
    ex = extract_one(nlp, "The attack by the ELN on Colombia's oil pipeline halted exports.")
    assert triples(ex, "attacks") == {(ELN, COLOMBIA)}


@pytest.mark.parametrize("text, expected", [
    ("Russia shelled Ukraine again.", {(RUSSIA, UKRAINE)}),
    ("Russia attacked Ukraine overnight.", {(RUSSIA, UKRAINE)}),
])
def test_events_attack_verb_with_actor_object(nlp, text, expected):
    assert triples(extract_one(nlp, text), "attacks") == expected


@pytest.mark.parametrize("text, opposes", [
    ("Kenya attacked the plan as reckless.", set()),
    ("Kenya attacked Ethiopia's proposal as reckless.", {(KENYA, ETHIOPIA)}),
    ("The Conservatives attacked the Labour plan.",
     {("organisation/conservative-party", "organisation/labour-party")}),
])
def test_events_verbal_attack_on_a_plan_is_no_attack(nlp, text, opposes):
    ex = extract_one(nlp, text)
    assert triples(ex, "attacks") == set()
    assert triples(ex, "opposes") == opposes


# -- locatedIn ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Fighting resumed near Mekelle, Ethiopia, on Sunday.", {("place/mekelle", ETHIOPIA)}),
    ("Aid workers returned to Kassala, Sudan, last week.", {("place/kassala", SUDAN)}),
])
def test_events_located_in_place_comma_country(nlp, text, expected):
    assert triples(extract_one(nlp, text), "locatedIn") == expected


@pytest.mark.parametrize("text, expected", [
    ("Refugees arrived in Kherson, in the south of Ukraine.", {("place/kherson", UKRAINE)}),
    ("Fighting spread to Gondar, in the north of Ethiopia.", {("place/gondar", ETHIOPIA)}),
    ("Troops withdrew from Mekelle, in northern Ethiopia.", {("place/mekelle", ETHIOPIA)}),
])
def test_events_located_in_place_in_region_of_country(nlp, text, expected):
    assert triples(extract_one(nlp, text), "locatedIn") == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials met in the eastern Ukrainian city of Kharkiv.", {("place/kharkiv", UKRAINE)}),
    ("Officials met in the northern Ethiopian town of Gondar.", {("place/gondar", ETHIOPIA)}),
])
def test_events_located_in_demonym_city_of_place(nlp, text, expected):
    assert triples(extract_one(nlp, text), "locatedIn") == expected


@pytest.mark.parametrize("text, expected", [
    ("Delegates gathered in the Kenyan capital, Nairobi.", {("place/nairobi", KENYA)}),
    ("Talks opened in the Sudanese capital, Khartoum.", {("place/khartoum", SUDAN)}),
])
def test_events_located_in_demonym_capital_apposition(nlp, text, expected):
    assert triples(extract_one(nlp, text), "locatedIn") == expected


@pytest.mark.parametrize("text, expected", [
    ("Rescuers reached the Ethiopian island of Dahlak.", {("place/dahlak", ETHIOPIA)}),
    ("Gunmen struck Gondar, a tourist hotspot in northern Ethiopia, on Monday.", {("place/gondar", ETHIOPIA)}),
    ("Gunmen struck Gondar, a symbol of Ethiopia, on Monday.", set()),  # "of" only after a place noun
])
def test_events_located_in_island_and_described_place(nlp, text, expected):
    assert triples(extract_one(nlp, text), "locatedIn") == expected


@pytest.mark.parametrize("text", [
    "The envoy flew from Nairobi to Mekelle.",
    "Kenya sent troops to Mekelle and Gondar.",
    "Delegates from Kenya and Ethiopia met in Nairobi.",
])
def test_events_located_in_needs_a_containment_pattern(nlp, text):
    assert triples(extract_one(nlp, text), "locatedIn") == set()


def test_events_relative_clause_negotiators(nlp):

    text = ("Kenya hosted Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki, "
            "who met for peace talks in Nairobi.")
    ex = doc_to_extraction(Article("t.txt", text), nlp(text))
    pairs = {tuple(sorted((r.subject, r.object))) for r in ex.relations if r.predicate == "negotiatesWith"}
    assert ("person/abiy-ahmed", "person/isaias-afwerki") in pairs


def test_events_calling_for_mediation_is_not_mediating(nlp):

    text = ("Egypt and Sudan have called for international mediation in the dispute. "
            "Egypt and Sudan called for a new round of dialogue. Norway acted as mediator in the talks.")
    ex = doc_to_extraction(Article("t.txt", text), nlp(text))
    mediators = {r.subject for r in ex.relations if r.predicate == "mediates"}
    assert mediators == {"country/norway"}
    pairs = {tuple(sorted((r.subject, r.object))) for r in ex.relations if r.predicate == "negotiatesWith"}
    assert pairs == {("country/egypt", "country/sudan")}


# -- generalisation fixes (sentences written for these tests) ------------------------------------
def test_events_backed_compound_is_no_mediation_and_the_backer_does_not_attack(nlp):
    ext = extract_one(nlp, "Kenya and Somalia held talks in Nairobi. Eritrea-backed militias "
                           "seized the town of Kismayo on Sunday.")
    assert triples(ext, "mediates") == set()
    attackers = {s for s, _ in triples(ext, "attacks")}
    assert "country/eritrea" not in attackers


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab fighters seized the town of Kismayo.", {("organisation/al-shabaab", "place/kismayo")}),
    ("Al-Shabaab fighters captured the port city of Kismayo.", {("organisation/al-shabaab", "place/kismayo")}),
])
def test_events_seizing_a_named_town_is_an_attack(nlp, text, expected):
    assert triples(extract_one(nlp, text), "attacks") == expected


@pytest.mark.parametrize("text", [
    "Kenya and Somalia held talks. The army led by General Odhiambo crossed the border.",
    "Kenya and Somalia held talks. The dinner was hosted by Norway.",
])
def test_events_leading_or_hosting_something_else_is_no_mediation(nlp, text):
    assert triples(extract_one(nlp, text), "mediates") == set()


@pytest.mark.parametrize("text, mediator", [
    ("Sudan backs a mediation effort led by Kenyan President William Ruto to resolve tensions "
     "between Ethiopia and Eritrea.", "person/william-ruto"),
    ("Ethiopia and Eritrea held talks. The meeting, facilitated by Qatari officials, lasted an hour.",
     QATAR),
    ("Ethiopia and Eritrea held talks. The talks were hosted by Qatar.", QATAR),
])
def test_events_mediation_participle_with_agent(nlp, text, mediator):
    assert triples(extract_one(nlp, text), "mediates") == {
        (mediator, ETHIOPIA), (mediator, "country/eritrea")}


def test_events_leaders_talks_make_their_states_negotiate(nlp):
    ext = extract_one(nlp, "Talks between Kenyan President William Ruto and Ethiopian Prime Minister "
                           "Abiy Ahmed ended on Friday.")
    assert negotiations(ext) == pairs(("person/william-ruto", "person/abiy-ahmed"), (KENYA, ETHIOPIA))


@pytest.mark.parametrize("text", [
    "Chad made the deal conditional on a direct dialogue between Sudan and the RSF.",
    "Kenya called for talks between Sudan and the RSF.",
])
def test_events_talks_only_demanded_are_not_held(nlp, text):
    assert negotiations(extract_one(nlp, text)) == set()


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto cannot be a mediator in the talks, an Ethiopian spokesman said. "
    "Ethiopia and Eritrea held talks in Asmara.",
    "Eritrea ruled out Kenya's mediation. Ethiopia and Eritrea held talks in Asmara.",
])
def test_events_a_denied_or_rejected_mediator_mediates_nothing(nlp, text):
    ext = extract_one(nlp, text)
    assert triples(ext, "mediates") == set()
    assert negotiations(ext) == pairs((ETHIOPIA, "country/eritrea"))


def test_events_a_capital_before_a_hyphenated_participle_is_the_state(nlp):
    ext = extract_one(nlp, "Sudan and the RSF joined Washington-mediated talks in Geneva.")
    assert triples(ext, "mediates") == {("country/united-states", SUDAN), ("country/united-states", RSF)}
    assert negotiations(ext) == pairs((SUDAN, RSF))


def test_events_a_mediation_asked_about_is_no_mediation(nlp):
    text = ("Ethiopia and Eritrea held talks in Asmara. Asked whether it was possible for the Kenyan "
            "president to mediate in these talks, the spokesman said no.")
    assert triples(extract_one(nlp, text), "mediates") == set()


def test_events_launching_a_series_of_strikes_on_a_state_attacks_it(nlp):
    ext = extract_one(nlp, "Rwanda launched a series of air strikes on Burundi on Tuesday.")
    assert triples(ext, "attacks") == {("country/rwanda", "country/burundi")}


@pytest.mark.parametrize("text, expected", [
    ("Colombia and the ELN held talks in Havana. Brazil and Norway are the guarantor countries for "
     "the negotiations.", {("country/brazil", COLOMBIA), ("country/brazil", ELN), (NORWAY, COLOMBIA), (NORWAY, ELN)}),
    ("Peru and Chile held talks. Norway is the main mediator.", {(NORWAY, "country/peru"), (NORWAY, "country/chile")}),
    ("Peru and Chile held talks. Norway is not a mediator.", set()),
])
def test_events_copular_mediator(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


# -- mediation and negotiation stated indirectly ------------------------------------------------

def test_events_a_role_played_in_facilitating_is_mediation(nlp):
    ex = extract_one(nlp, "Neighbouring states, notably Kenya and Ethiopia, played a decisive role in "
                          "facilitating the truce between Sudan and South Sudan.")
    assert triples(ex, "mediates") == {(KENYA, SUDAN), (KENYA, SOUTH_SUDAN), (ETHIOPIA, SUDAN),
                                       (ETHIOPIA, SOUTH_SUDAN)}


def test_events_appreciating_a_role_is_no_mediation_by_the_speaker(nlp):
    ex = extract_one(nlp, "He said Egypt appreciated the role of regional partners in facilitating the truce.")
    assert triples(ex, "mediates") == set()


@pytest.mark.parametrize("text, expected", [
    ("The envoy urged Ukraine to maintain the ceasefire agreed with Russia.", pairs((UKRAINE, RUSSIA))),
    ("Egypt said it would honour the deal signed with Turkey.", pairs((EGYPT, TURKEY))),
    ("Colombia and the ELN said they will move the peace negotiations to Norway.", pairs((COLOMBIA, ELN))),
])
def test_events_a_deal_agreed_with_and_talks_moved(nlp, text, expected):
    assert negotiations(extract_one(nlp, text)) == expected


def test_events_guarantors_of_talks_mediate_between_the_sides(nlp):
    ex = extract_one(nlp, "Colombia and the ELN said they will move the peace negotiations to Havana.\n"
                          "Qatar and Norway are the two guarantor countries for the ELN negotiations.")
    assert triples(ex, "mediates") == {(QATAR, COLOMBIA), (QATAR, ELN), (NORWAY, COLOMBIA), (NORWAY, ELN)}


def test_events_parties_invited_to_mediated_talks(nlp):
    ex = extract_one(nlp, "The African Union invited both the Ethiopian army and the TPLF to participate "
                          "in Kenyan-mediated peace talks, which open next month.")
    assert triples(ex, "mediates") == {(KENYA, ETHIOPIA), (KENYA, TPLF)}


@pytest.mark.parametrize("text, expected", [
    ("Sudan said it will send a delegation to Cairo ahead of next week's negotiations with the RSF.",
     pairs((SUDAN, RSF))),
    ("Sudan said it will not join negotiations with the RSF.", set()),
    ("Kenya asked whether Sudan would hold talks with the RSF.", set()),
])
def test_events_a_sides_talks_with_another(nlp, text, expected):
    assert negotiations(extract_one(nlp, text)) == expected


def test_events_a_mediator_of_talks_with_an_unnamed_side_mediates_the_named_side(nlp):
    text = ("Peace talks between the Chad government and the rebel groups opened in Lome on Monday.\n"
            "The mediation is being led by former Togo army chief Kossi Mensah.")
    assert ("person/kossi-mensah", "country/chad") in triples(extract_one(nlp, text), "mediates")


def test_events_the_subject_of_breaking_off_mediation_efforts_mediated(nlp):
    text = ("Last week, Norwegian envoy Lars Haugen broke off mediation efforts after Armenian President "
            "Aram Petrosyan and Azerbaijani President Elchin Aliyev failed to agree.")
    found = triples(extract_one(nlp, text), "mediates")
    assert ("person/lars-haugen", "country/armenia") in found
    assert ("person/lars-haugen", "country/azerbaijan") in found


def test_events_accepting_a_mediation_makes_no_mediator(nlp):
    text = "Armenia and Azerbaijan accepted the mediation after months of suspicion."
    assert triples(extract_one(nlp, text), "mediates") == set()


def test_events_thanked_for_hosting_the_talks(nlp):
    text = ("Sudan's President Omar Bashir thanked his Ethiopian counterpart, Abiy Ahmed, for hosting the "
            "peace talks between Sudan and the SPLM in Addis Ababa.")
    found = triples(extract_one(nlp, text), "mediates")
    assert ("person/abiy-ahmed", "country/sudan") in found
    assert not {m for m, _ in found if m == "person/omar-bashir"}


def test_events_thanked_for_hosting_a_dinner_is_no_mediation(nlp):
    text = "Sudan's President Omar Bashir thanked Abiy Ahmed for hosting a dinner for Sudan and Eritrea."
    assert triples(extract_one(nlp, text), "mediates") == set()


def test_events_efforts_to_bridge_the_gap_and_efforts_led_by_x_to_settle(nlp):
    text = ("Saudi Arabia held talks with the Houthis in Sanaa on Sunday.\n"
            "The talks are part of international efforts led by Oman to settle the conflict.")
    found = triples(extract_one(nlp, text), "mediates")
    assert ("country/oman", "organisation/houthis") in found
    other = "Saudi Arabia held talks with the Houthis. The Houthis hailed Oman's efforts to bridge the gap."
    assert ("country/oman", "organisation/houthis") in triples(extract_one(nlp, other), "mediates")


def test_events_groups_joining_mediated_talks_are_parties(nlp):
    from nlp_support import extract_one
    text = ("Talks between the Chad government and the rebel groups opened in Doha, mediated by Qatar. "
            "Delegates of the FACT, the UFDD and the CCMSR have announced their readiness to participate "
            "in the Doha talks.")
    found = {(r.subject, r.predicate, r.object) for r in extract_one(nlp, text).relations}
    mediated = {o for s, p, o in found if s == "country/qatar" and p == "mediates"}
    assert "country/chad" in mediated and len(mediated) >= 3, found


def test_events_groups_that_will_not_join_the_talks_are_no_parties(nlp):
    from nlp_support import extract_one
    text = ("Talks between the Chad government and the rebel groups opened in Doha, mediated by Qatar. "
            "The FACT and the UFDD said they would not participate in the Doha talks.")
    found = {(r.subject, r.predicate, r.object) for r in extract_one(nlp, text).relations}
    assert {o for s, p, o in found if s == "country/qatar" and p == "mediates"} <= {"country/chad"}, found


def test_events_an_envoy_mediating_brings_the_body_that_sent_them(nlp):
    text = ("Last week, AU envoy Lars Ove Halvorsen broke off mediation efforts after the leaders of "
            "Sudan and Chad failed to agree.")
    found = {(r.subject, r.predicate, r.object) for r in extract_one(nlp, text).relations}
    mediators = {s for s, p, _ in found if p == "mediates"}
    assert {"organisation/african-union", "person/lars-ove-halvorsen"} <= mediators, found


def test_events_talks_with_after_a_copula_and_a_person_standing_for_their_state(nlp):
    text = ("Omani officials were in Sanaa on Sunday for talks with the Houthis. President Filipe Nyusi of "
            "Mozambique dropped his opposition to foreign mediation in talks with Renamo.")
    found = negotiations(extract_one(nlp, text))
    assert pairs(("country/oman", "organisation/houthis"), ("country/mozambique", "organisation/renamo")) <= found


@pytest.mark.parametrize("text", [
    "Since May, President William Ruto has been claiming that he brokered the truce between Ethiopia and Sudan.",
    "Ethiopia rejected the narrative that Kenya mediated the deal with Sudan.",
    "Ethiopia and Sudan signed the truce between them without Kenyan mediation.",
])
def test_mediation_only_claimed_or_denied_is_none(nlp, text):
    assert triples(extract_one(nlp, text), "mediates") == set()


def test_mediation_stated_beside_a_claim_is_kept(nlp):
    ex = extract_one(nlp, "Ethiopia and Sudan signed the truce between them after Kenyan mediation, officials said.")
    assert triples(ex, "mediates") == {(KENYA, ETHIOPIA), (KENYA, SUDAN)}


@pytest.mark.parametrize("text, expected", [
    ("Sudan and the RSF signed a truce in Jeddah under the auspices of Kenya.", {(KENYA, SUDAN), (KENYA, RSF)}),
    ("Under the auspices of Qatar, Colombia and the ELN signed an agreement in Doha.",
     {(QATAR, COLOMBIA), (QATAR, ELN)}),
    ("Talks between Ethiopia and Egypt under the auspices of the African Union resumed.",
     {(AU, ETHIOPIA), (AU, EGYPT)}),
    ("Under Kenya's auspices, Sudan and Ethiopia did not sign the deal.", set()),
])
def test_mediation_under_the_auspices_of(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    ("Kenya, acting as mediator, hosted the talks between Sudan and the RSF.", {(KENYA, SUDAN), (KENYA, RSF)}),
    ("Norway is the mediator for Colombia and the ELN.", {(NORWAY, COLOMBIA), (NORWAY, ELN)}),
    ("Qatar hosted a meeting of Hamas officials.", set()),  # one side's meeting is no mediation
])
def test_mediation_acting_as_and_mediator_for(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


def test_mediation_parties_convening_are_not_conveners(nlp):
    ex = extract_one(nlp, "Sudan's warring parties convene in Jeddah to agree a ceasefire.")
    assert triples(ex, "mediates") == set()


@pytest.mark.parametrize("text, expected", [
    ("Colombia resumed talks with the ELN. The Norwegian government played host to the dialogue.",
     {(NORWAY, COLOMBIA), (NORWAY, ELN)}),
    ("Qatar played host to the World Cup.", set()),
])
def test_mediation_playing_host_to_talks(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


def test_negotiation_rounds_of_talks(nlp):
    assert negotiations(extract_one(nlp, "Ethiopia and Sudan have held several rounds of talks.")) == pairs(
        (ETHIOPIA, SUDAN))


@pytest.mark.parametrize("text, expected", [
    # a prefixed participle ("co-mediated") takes its agent
    ("Sudan and South Sudan agreed a truce during talks in Addis Ababa, co-mediated by Kenya.",
     {(KENYA, SUDAN), (KENYA, SOUTH_SUDAN)}),
    # the parser splits a perfect tense with an adverbial: "has for years hosted" still has a subject
    ("Kenya has for years hosted talks between Sudan and South Sudan.", {(KENYA, SUDAN), (KENYA, SOUTH_SUDAN)}),
    ("The hosted talks between Sudan and South Sudan ended.", set()),
    # an infinitive's controller is the object: the one asked mediates, not the askers
    ("Sudan and South Sudan asked Kenya to mediate the talks between them.",
     {(KENYA, SUDAN), (KENYA, SOUTH_SUDAN)}),
])
def test_mediation_participles_perfects_and_object_control(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, mediates, negotiates", [
    ("Norway brought together the foreign ministers of Sudan and South Sudan in Oslo.",
     {(NORWAY, SUDAN), (NORWAY, SOUTH_SUDAN)}, pairs((SUDAN, SOUTH_SUDAN))),
    ("Kenya brought Sudan and Ethiopia together for the first time in a year.",
     {(KENYA, SUDAN), (KENYA, ETHIOPIA)}, pairs((SUDAN, ETHIOPIA))),
    # one side brought together is no dispute
    ("Kenya brought together the leaders of Sudan in Nairobi.", set(), set()),
    ("Kenya brought aid to Sudan.", set(), set()),
])
def test_mediation_bringing_sides_together(nlp, text, mediates, negotiates):
    ex = extract_one(nlp, text)
    assert triples(ex, "mediates") == mediates
    assert negotiations(ex) == negotiates


def test_negotiation_only_set_as_a_condition_is_not_held(nlp):
    ex = extract_one(nlp, "Ethiopia insisted that any deal be contingent on direct talks between Sudan and the RSF.")
    assert negotiations(ex) == set()


@pytest.mark.parametrize("text, negotiates", [
    # "representatives for A and B", and talks as the purpose of arriving
    ("Representatives for Kenyan President Jomo Otieno and opposition leader Raila Mwangi have arrived "
     "in Arusha to continue talks.", pairs(("person/jomo-otieno", "person/raila-mwangi"))),
    # "Russian and [Ukrainian authorities]": the adjective before the state's noun is a state too
    ("Qatar mediated between Russian and Ukrainian authorities.", pairs((RUSSIA, UKRAINE))),
    ("The mediators from Qatar held talks with Sudan and the RSF.", set()),
])
def test_negotiation_representatives_purposes_and_mediated_sides(nlp, text, negotiates):
    assert negotiations(extract_one(nlp, text)) == negotiates


@pytest.mark.parametrize("text, expected", [
    # only people at the table: they are the mediator's parties
    ("Representatives for Kenyan President Jomo Otieno and opposition leader Raila Mwangi have arrived "
     "in Arusha to continue talks. The talks are mediated by Norway.",
     {(NORWAY, "person/jomo-otieno"), (NORWAY, "person/raila-mwangi")}),
    # but not the mediator's own people
    ("Kenyan President Jomo Otieno met Sudanese President Ali Osman in Nairobi for talks. "
     "The talks are mediated by Kenya.", {(KENYA, SUDAN)}),
])
def test_mediation_people_at_the_table_are_parties(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    ("The plant is near Hinkley Point, in Somerset.", {("place/hinkley-point", "place/somerset")}),
    ("He met voters at a cafe in Camden Road, north London.", {("place/camden-road", "place/london")}),
    ("He flew to Sudan's capital Khartoum on Monday.", {("place/khartoum", SUDAN)}),
    ("Fighting raged in Ethiopia's northern Amhara region.", {("place/amhara", ETHIOPIA)}),
    # a container that is one of a list is no container
    ("Protests spread from Kassala, in Sudan and Eritrea.", set()),
])
def test_events_located_in_comma_in_directions_and_owned_places(nlp, text, expected):
    assert triples(extract_one(nlp, text), "locatedIn") == expected


def test_actors_a_proper_noun_before_a_region_word_is_a_place(nlp):
    ex = extract_one(nlp, "Afghanistan said the airstrikes in Khost province killed civilians.")
    assert "place/khost" in {e.key for e in ex.entities}


@pytest.mark.parametrize("text, expected", [
    # a capital seized is the place, not its government
    ("The RSF seized Khartoum in April.", {(RSF, "place/khartoum")}),
    # the place of the building an attack hits
    ("The ELN carried out a bombing in a police station in Bogota.", {(ELN, "place/bogota")}),
])
def test_events_attacks_on_capitals_and_buildings_in_places(nlp, text, expected):
    assert triples(extract_one(nlp, text), "attacks") == expected


@pytest.mark.parametrize("text, negotiates", [
    # agreeing with someone's assessment is a view, not a negotiation
    ("A spokesman for the African Union said the organisation agreed with Kenya's assessment of the crisis.", set()),
    ("Sudan agreed with the RSF on a truce.", pairs((SUDAN, RSF))),
    # talks a meeting only paves the way for are not held
    ("The meeting was expected to pave the way for direct talks between Sudan and the RSF.", set()),
    # "the Sudanese group": the group named before, not the state
    ("The RSF seized the town. Kenya then held talks with the Sudanese group in Nairobi.", pairs((KENYA, RSF))),
])
def test_negotiation_views_paved_ways_and_described_groups(nlp, text, negotiates):
    assert negotiations(extract_one(nlp, text)) == negotiates


@pytest.mark.parametrize("text, expected", [
    # a mediator noun in apposition, and the talks it guarantees
    ("Norway, the mediator of the talks between Colombia and the ELN, spoke on Monday.",
     {(NORWAY, COLOMBIA), (NORWAY, ELN)}),
    ("The statement was read by envoys of Cuba and Norway, the guarantors of the Colombian talks with the FARC.",
     {("country/cuba", COLOMBIA), ("country/cuba", FARC), (NORWAY, COLOMBIA), (NORWAY, FARC)}),
])
def test_mediation_apposed_mediator_nouns(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    ("Solana urged separatists in Georgia's breakaway Abkhazia region to resume talks.",
     {("country/abkhazia", "country/georgia")}),  # a de facto state in the gazetteer
    # places in a list do not contain each other
    ("The party targets Taunton, Orpington, Wells, Canterbury and Bournemouth East.", set()),
    ("They met in Cairo, Egypt, on Monday.", {("place/cairo", EGYPT)}),
])
def test_events_located_in_regions_and_lists(nlp, text, expected):
    assert triples(extract_one(nlp, text), "locatedIn") == expected


@pytest.mark.parametrize("text, attacks", [
    # an attack into a named region hits the region and the state that owns it
    ("Ukraine's military launched a surprise attack into Russia's Belgorod region.",
     {(UKRAINE, RUSSIA), (UKRAINE, "place/belgorod")}),
])
def test_events_attacks_into_a_states_region(nlp, text, attacks):
    assert triples(extract_one(nlp, text), "attacks") == attacks


@pytest.mark.parametrize("text, negotiates", [
    # a raised subject does what it is set to do, after talks it took part in
    ("Russia and Ukraine are set to exchange 90 prisoners each after negotiations mediated by Qatar.",
     pairs((RUSSIA, UKRAINE))),
    # a dash stuck to the first word of a dateline's sentence is no part of it
    ("DOHA (Reuters) -Russia and Ukraine are set to exchange 90 prisoners each after negotiations mediated by Qatar.",
     pairs((RUSSIA, UKRAINE))),
    # those only urged to talk do not
    ("Kenya urged Sudan and the RSF to resume talks.", set()),
])
def test_negotiation_raised_subjects_and_urged_parties(nlp, text, negotiates):
    assert negotiations(extract_one(nlp, text)) == negotiates


def test_stances_an_expected_action_is_no_position(nlp):
    assert not extract_one(nlp, "Sudan is expected to reject the plan.").stances


@pytest.mark.parametrize("text, expected", [
    # a dateline says where the story was filed, not that the article states it
    ("NAIROBI, Kenya (AP) — Sudan and the RSF met on Monday.", set()),
    ("Nairobi, Kenya, June, 2016\nSudan and the RSF met on Monday.", set()),
    ("KHARTOUM, Sudan: The RSF withdrew.", set()),
    ("The envoys met in Nairobi, Kenya, on Monday.", {("place/nairobi", KENYA)}),
])
def test_events_datelines_state_no_location(nlp, text, expected):
    assert triples(extract_one(nlp, text), "locatedIn") == expected


@pytest.mark.parametrize("text, negotiates", [
    # a failed attempt to broker talks holds none; the mediator's own minister is no side
    ("The summit followed a failed attempt to broker negotiations between Sudan and the RSF.", set()),
    ("Kenya hosted a meeting between the foreign ministers of Kenya, Ali Osman, Sudan, Musa Faki, and Ethiopia, "
     "Abdi Dawit, in negotiations mediated by Kenya.", pairs((SUDAN, ETHIOPIA))),
])
def test_negotiation_failed_attempts_and_the_mediators_people(nlp, text, negotiates):
    assert negotiations(extract_one(nlp, text)) == negotiates


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Ethiopia held talks. The mediation of Qatar helped.", {(QATAR, KENYA), (QATAR, ETHIOPIA)}),
    # a mediation only proposed, or "any mediation", is none
    ("Kenya and Ethiopia held talks. There was no proposal for a mediation by Qatar between them.", set()),
    ("Kenya and Ethiopia held talks without any mediation by Qatar.", set()),
])
def test_mediation_of_and_by_an_actor(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


def test_negotiation_a_state_placing_a_named_party_is_no_side(nlp):
    ex = extract_one(nlp, "Burundi's ruling CNDD-FDD party and opposition groups met in Bujumbura for talks.")
    assert negotiations(ex) == set()


def test_mediation_holding_mediation_talks(nlp):
    ex = extract_one(nlp, "Kenya and Ethiopia disagree over the border. Uganda's leader Yoweri Museveni held "
                          "mediation talks with both sides on Monday.")
    assert ("person/yoweri-museveni", KENYA) in triples(ex, "mediates")


@pytest.mark.parametrize("text, expected", [
    # efforts to arrange or broker talks that someone steps up or leads are their mediation; the
    # sides may hang off a phrase of time ("talks in 30 months between A and B")
    ("Norway stepped up efforts to arrange the first talks in 30 months between Kenya and Ethiopia.",
     {("country/norway", KENYA), ("country/norway", ETHIOPIA)}),
    ("Norway organised talks between Kenya and Ethiopia.", {("country/norway", KENYA), ("country/norway", ETHIOPIA)}),
    # a capital between two sides of talks is the government; efforts at something else mediate nothing
    ("Norway arranged talks between Nairobi and Addis Ababa.",
     {("country/norway", KENYA), ("country/norway", ETHIOPIA)}),
    ("Kenya stepped up efforts to defeat the rebels.", set()),
    ("The road between Nairobi and Mombasa was closed.", set()),
])
def test_mediation_arranging_talks_and_stepped_up_efforts(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    # "the capital, X" in an article on the state the gazetteer gives X as capital of
    ("The war in Yemen goes on. Prisoners arrived on Saturday in the capital, Sanaa.",
     {("place/sanaa", "country/yemen")}),
    ("The fighting has turned parts of the capital city of Khartoum into battlefields in Sudan.",
     {("place/khartoum", SUDAN)}),
    ("Prisoners arrived in the capital, Sanaa.", set()),  # the state is not named
])
def test_location_the_capital_of_the_state_named(nlp, text, expected):
    assert triples(extract_one(nlp, text), "locatedIn") == expected


@pytest.mark.parametrize("text, expected", [
    # "mediator X" as a title: X mediates, between those who meet X or hold the talks
    ("Kenyan and Ethiopian officials began talks in Geneva, where they held separate meetings with "
     "mediator Martti Ahtisaari.", {("person/martti-ahtisaari", KENYA), ("person/martti-ahtisaari", ETHIOPIA)}),
    ("Kenya and Ethiopia disagree over the dam. On Monday, mediator Martti Ahtisaari will meet both sides.",
     {("person/martti-ahtisaari", KENYA), ("person/martti-ahtisaari", ETHIOPIA)}),
])
def test_mediation_a_mediator_named_by_title(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    # "with X acting as mediators": the parser hangs "acting" beside "with X", not under it
    ("Kenya and Ethiopia held talks in Geneva, with Norway and Qatar acting as mediators.",
     {("country/norway", KENYA), ("country/norway", ETHIOPIA), ("country/qatar", KENYA), ("country/qatar", ETHIOPIA)}),
    # the sides a copula names: "A and B are the conflicting sides, with X acting as mediator"
    ("Kenya and Ethiopia are the conflicting sides, with Norway acting as mediator.",
     {("country/norway", KENYA), ("country/norway", ETHIOPIA)}),
    ("Kenya and Ethiopia are the conflicting sides, with Norway acting as a bystander.", set()),
])
def test_mediation_with_an_absolute_acting_as_mediator(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    # de facto states are states in the gazetteer, and lie in the state whose region they are
    ("Moldova's separatist Transnistria region held a vote.", {("country/transnistria", "country/moldova")}),
    ("Kenya's Sudan border was closed.", set()),  # a border is no region
])
def test_location_a_breakaway_state_in_its_state(nlp, text, expected):
    ex = extract_one(nlp, text)
    assert triples(ex, "locatedIn") == expected
    assert all(e.type == "Country" for e in ex.entities if e.key in {s for s, _ in expected})


@pytest.mark.parametrize("text, expected", [
    # talks held before what a side then did: "called off" is no call for talks
    ("After talks with Ethiopia, Kenya called off the strike.", {(KENYA, ETHIOPIA)}),
    ("Kenya called for talks with Ethiopia.", set()),
])
def test_negotiation_talks_before_a_phrasal_verb_are_held(nlp, text, expected):
    assert triples(extract_one(nlp, text), "negotiatesWith") == expected


@pytest.mark.parametrize("text, expected", [
    # one body, however many actors its modifiers name, is one side
    ("The bloc's Kenya presidency hopes to strike a deal.", set()),
    # rivals or foes of a state are sides within it, not the state
    ("Kenyan foes talk with the Ethiopian president.", set()),
    ("Kenyan and Ethiopian officials agreed to hold talks.", {(KENYA, ETHIOPIA)}),
])
def test_negotiation_one_body_or_a_states_rivals_are_no_two_sides(nlp, text, expected):
    found = triples(extract_one(nlp, text), "negotiatesWith")
    assert {tuple(sorted(p)) for p in found} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("text, expected", [
    # talks at someone's home: the host mediates (and the state a host minister serves)
    ("Talks between Kenya and Ethiopia took place at the home of Norway's foreign minister, Jonas Store.",
     {("country/norway", KENYA), ("country/norway", ETHIOPIA), ("person/jonas-store", KENYA),
      ("person/jonas-store", ETHIOPIA)}),
    ("Kenya and Ethiopia held talks. Police were stationed at the home of Jonas Store.", set()),
    # "X as mediator": X, whoever the clause's subject is; the sides who accept X are the parties
    ("Kenya and Ethiopia accepted Norway as mediator.", {("country/norway", KENYA), ("country/norway", ETHIOPIA)}),
    ("The UN named Norway as mediator.", set()),
    ("Sudan has little faith in Norway as a mediator between Kenya and Ethiopia.",
     {("country/norway", KENYA), ("country/norway", ETHIOPIA)}),
    # a reduced passive: "X, mandated ... to mediate" mediates
    ("Kenya and Ethiopia held talks on the dam. Norway, mandated by the African Union to mediate, met both sides.",
     {("country/norway", KENYA), ("country/norway", ETHIOPIA)}),
])
def test_mediation_hosts_and_mediators_named_as_such(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    # the two the talks' own clause puts "between" are its sides
    ("The talks are deadlocked over how to share power between Kenya and Ethiopia.", {(KENYA, ETHIOPIA)}),
    ("The talks will not resolve the dispute between Kenya and Ethiopia.", set()),
    # talks between others that the talks only pave the way for are not held
    ("The talks were expected to pave the way for direct talks between Kenya and Ethiopia.", set()),
])
def test_negotiation_the_sides_the_talks_clause_names(nlp, text, expected):
    found = triples(extract_one(nlp, text), "negotiatesWith")
    assert {tuple(sorted(p)) for p in found} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("text, attacks", [
    # the owner of the thing an attack verb hits, and where it lies
    ("Eritrean troops attacked Ethiopian positions near the border.", {("country/eritrea", ETHIOPIA)}),
    ("Ukrainian forces struck an ammunition depot in Belgorod.", {(UKRAINE, "place/belgorod")}),
    ("Sudan launched an offensive against RSF strongholds in Darfur.", {(SUDAN, RSF), (SUDAN, "place/darfur")}),
    # killing in a place attacks it
    ("RSF gunmen killed 40 villagers in Kassala state.", {(RSF, "place/kassala")}),
])
def test_events_attacks_on_things_and_in_places(nlp, text, attacks):
    assert triples(extract_one(nlp, text), "attacks") == attacks


@pytest.mark.parametrize("text, negotiates", [
    # discussing something together is holding talks
    ("Kenya and Uganda discussed the border dispute in Nairobi.", pairs((KENYA, "country/uganda"))),
    ("Sudan discussed the truce with the RSF.", pairs((SUDAN, RSF))),
    # meeting to discuss it, with whom one meets
    ("Kenya met Ethiopia in Nairobi to discuss the dam.", pairs((KENYA, ETHIOPIA))),
    # refusing to discuss it is no talks
    ("Kenya and Uganda will not discuss the border dispute.", set()),
])
def test_negotiation_discussing_together(nlp, text, negotiates):
    assert negotiations(extract_one(nlp, text)) == negotiates


@pytest.mark.parametrize("text, mediates", [
    # chairing a body or hosting an occasion is no mediation
    ("Ann Whitlock chairs the Commons defence committee.", set()),
    ("Qatar hosted a dinner for the Sudanese and RSF delegations.", set()),
    ("Norway chaired the talks between Sudan and the RSF.", {(NORWAY, SUDAN), (NORWAY, RSF)}),
])
def test_mediation_chairing_a_body_is_none(nlp, text, mediates):
    assert triples(extract_one(nlp, text), "mediates") == mediates


@pytest.mark.parametrize("text, negotiates", [
    # the sides arriving or gathering somewhere for talks hold them
    ("Delegations from Sudan and the RSF arrived in Jeddah for talks.", pairs((SUDAN, RSF))),
    ("Kenyan and Ethiopian negotiators gathered in Nairobi for a new round of talks.", pairs((KENYA, ETHIOPIA))),
    # one side arriving does not
    ("Kenya's delegation arrived in Addis Ababa for talks.", set()),
])
def test_negotiation_arriving_for_talks(nlp, text, negotiates):
    assert negotiations(extract_one(nlp, text)) == negotiates


def test_negotiation_the_army_is_the_army_named_before(nlp):
    # "the army" refers back to the body whose name ends in the noun ("Sudan's army")
    ex = extract_one(nlp, "Sudan's army suspended the talks in Jeddah. The army and the RSF had agreed to a truce.")
    assert negotiations(ex) == pairs(("organisation/sudanese-armed-forces", RSF))


@pytest.mark.parametrize("text, attacks", [
    # what an attack is said to target
    ("The RSF launched drone attacks targeting army positions in Kassala.", {(RSF, "place/kassala")}),
    ("Russia launched strikes targeting Ukraine's energy grid.", {(RUSSIA, UKRAINE)}),
])
def test_events_attacks_targeting_things(nlp, text, attacks):
    assert triples(extract_one(nlp, text), "attacks") == attacks


@pytest.mark.parametrize("text, located", [
    # a place noun in apposition places the place within what it is "of" or "in"
    ("Fighting reached Bukavu, the provincial capital of South Kivu, on Monday.", {("place/bukavu", "place/south-kivu")}),
    ("Fighting reached Bukavu, a city in South Kivu, on Monday.", {("place/bukavu", "place/south-kivu")}),
])
def test_events_located_in_apposed_place_nouns(nlp, text, located):
    assert triples(extract_one(nlp, text), "locatedIn") == located


@pytest.mark.parametrize("text, mediates", [
    # a role in brokering is mediation, whoever's role it is
    ("Kenya praised Egypt's role in facilitating the talks between Sudan and the RSF.", {(EGYPT, SUDAN), (EGYPT, RSF)}),
    ("Qatar played a key role in brokering the truce between Sudan and the RSF.", {(QATAR, SUDAN), (QATAR, RSF)}),
])
def test_mediation_a_role_in_brokering(nlp, text, mediates):
    assert triples(extract_one(nlp, text), "mediates") == mediates


def test_events_striking_near_a_place_attacks_it(nlp):
    assert triples(extract_one(nlp, "RSF fighters struck near Kassala on Monday."), "attacks") == {(RSF, "place/kassala")}


def test_mediation_chairing_a_named_body_is_none(nlp):
    assert triples(extract_one(nlp, "Kenya chairs the IGAD bloc of Sudan and South Sudan."), "mediates") == set()


def test_events_killing_civilians_of_a_nation_is_no_attack_on_the_state(nlp):
    ex = extract_one(nlp, "Al-Shabaab fighters struck near the Baidoa airport, killing at least two Somali "
                          "civilians.")
    assert not any(o.startswith("country/") for _, o in triples(ex, "attacks"))


@pytest.mark.parametrize("text, expected", [
    ("Prices rose after Ethiopia's 2020 invasion of Eritrea.", ("country/ethiopia", "country/eritrea")),
    ("Prices rose after the Ethiopian bombardment of Eritrea.", ("country/ethiopia", "country/eritrea")),
    ("The visit comes amid Addis Ababa's all-out war in Eritrea.", ("country/ethiopia", "country/eritrea")),
    ("Ethiopia struck Eritrean ports on Monday.", ("country/ethiopia", "country/eritrea")),
])
def test_events_nominal_and_plural_attacks(nlp, text, expected):
    assert expected in triples(extract_one(nlp, text), "attacks")


@pytest.mark.parametrize("text", ["The war in Eritrea has raised prices.", "Ethiopia's invasion plans were shelved."])
def test_events_a_war_or_invasion_without_both_sides_is_no_attack(nlp, text):
    assert triples(extract_one(nlp, text), "attacks") == set()


@pytest.mark.parametrize("text", [
    "Discussions between Ghana and Togo are focused on facilitating humanitarian assistance.",
    "Norway facilitated humanitarian aid to Ghana and Togo.",
])
def test_mediation_facilitating_aid_is_no_mediation(nlp, text):
    assert triples(extract_one(nlp, text), "mediates") == set()


def test_mediation_a_mediating_bodys_spokesman_does_not_mediate(nlp):
    ex = extract_one(nlp, "The UN-brokered truce between Ghana and Togo expired. UN spokesman Kofi Mensah "
                          "said so on Thursday.")
    assert not any(s == "person/kofi-mensah" for s, _ in triples(ex, "mediates"))


@pytest.mark.parametrize("text, expected", [
    ("The UN-brokered truce between Ghana and Togo expired. UN Special Envoy Amina Diallo visited Accra on "
     "Thursday.", {("person/amina-diallo", "country/ghana"), ("person/amina-diallo", "country/togo")}),
    ("Ghana and the Togo Liberation Front held talks in Lome. Kofi Mensah spoke, flanked by the other members of "
     "the ECOWAS mediation team.",
     {("organisation/ecowas", "country/ghana"), ("organisation/ecowas", "organisation/togo-liberation-front")}),
])
def test_mediation_a_mediating_bodys_envoy_or_team_mediates(nlp, text, expected):
    assert expected <= triples(extract_one(nlp, text), "mediates")


def test_mediation_between_people_at_the_table_is_between_the_bodies_they_stand_for(nlp):
    ex = extract_one(nlp, "Ghanaian Foreign Minister Ama Koffi and Kofi Mensah, representing the Togo Liberation "
                          "Front (TLF), signed the agreement. Amina Diallo spoke, flanked by the other members of "
                          "the ECOWAS mediation team.")
    mediated = {o for s, o in triples(ex, "mediates") if s == "organisation/ecowas"}
    assert "country/ghana" in mediated and not any(o.startswith("person/") for o in mediated)


@pytest.mark.parametrize("text, expected", [
    # the coordination before "as" mediates, not only its last member
    ("Kenya and Ethiopia held talks in Geneva. Sudan said that Egypt and Norway as facilitators are ready "
     "to resume formal talks.",
     {(EGYPT, KENYA), (EGYPT, ETHIOPIA), (NORWAY, KENYA), (NORWAY, ETHIOPIA)}),
])
def test_mediation_a_coordination_named_as_facilitators(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    # a deal brokered with no parties named: the two sides of the one war the article tells of
    ("Russia shelled Ukrainian ports on Monday. The export deal was brokered by Turkey and Qatar last year.",
     {(TURKEY, RUSSIA), (TURKEY, UKRAINE), (QATAR, RUSSIA), (QATAR, UKRAINE)}),
    # two wars: which one the deal ends is not said
    ("Russia shelled Ukrainian ports. Sudan bombed Egyptian villages. The deal was brokered by Turkey.", set()),
    # the broker is one of the warring sides: no party to mediate between
    ("Russia shelled Ukrainian ports. The deal was brokered by Russia.", set()),
])
def test_mediation_parties_are_the_warring_sides(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    # two named people of different sides who meet hold talks
    ("Kenyan Foreign Minister Musalia Mudavadi met Ethiopian Deputy Prime Minister Temesgen Tiruneh in Addis Ababa.",
     {("person/musalia-mudavadi", "person/temesgen-tiruneh"), (ETHIOPIA, KENYA)}),  # and the states they serve
    ("Musalia Mudavadi, who met Ethiopia's army chief Birhanu Jula on Friday, said the border would reopen.",
     {("person/musalia-mudavadi", "person/birhanu-jula")}),
    ("Musalia Mudavadi met his Ethiopian counterpart Taye Atske Selassie in Nairobi.",
     {("person/musalia-mudavadi", "person/taye-atske-selassie")}),
    # no meeting held, or a meeting with one's own people, is no negotiation
    ("Mudavadi did not meet Birhanu Jula in Nairobi.", set()),
    ("Mudavadi met his adviser Korir Sing'oei on Monday.", set()),
    ("Kenyan Foreign Minister Musalia Mudavadi met Kenyan Trade Minister Moses Kuria in Nairobi.", set()),
])
def test_negotiation_named_people_of_two_sides_who_meet(nlp, text, expected):
    found = triples(extract_one(nlp, text), "negotiatesWith")
    assert {tuple(sorted(p)) for p in found} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("text, expected", [
    # what the talks are about lies between two sides: they are the talks' sides
    ("Officials gathered for talks on a new border treaty between Kenya and Ethiopia.", {(ETHIOPIA, KENYA)}),
    ("Delegates arrived in Nairobi for exploratory talks over a coalition between Sudan and South Sudan.",
     {(SOUTH_SUDAN, SUDAN)}),
    # talks with a partner of their own are that partner's, whatever their matter
    ("Kenya held talks with Norway on the dispute between Sudan and Ethiopia.", {(KENYA, NORWAY)}),
])
def test_negotiation_the_matter_of_the_talks_lies_between_two_sides(nlp, text, expected):
    found = triples(extract_one(nlp, text), "negotiatesWith")
    assert {tuple(sorted(p)) for p in found} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("text, expected", [
    # the people a mediation noun names mediate between the sides of the talks
    ("Sudan and South Sudan began talks in Pretoria. The mediators are Olusegun Obasanjo and Uhuru Kenyatta.",
     {("person/olusegun-obasanjo", SUDAN), ("person/olusegun-obasanjo", SOUTH_SUDAN),
      ("person/uhuru-kenyatta", SUDAN), ("person/uhuru-kenyatta", SOUTH_SUDAN)}),
    # "X said, flanked by the other members of the AU mediation team, A and B": X, A, B and the AU
    ("Kenya and Ethiopia signed a deal in Pretoria on Wednesday. Former Nigerian president Olusegun Obasanjo "
     "spoke, flanked by the other members of the AU mediation team, South African former Vice President "
     "Phumzile Mlambo-Ngcuka and Thabo Mbeki.",
     {(AU, KENYA), (AU, ETHIOPIA), ("person/olusegun-obasanjo", KENYA), ("person/olusegun-obasanjo", ETHIOPIA),
      ("person/phumzile-mlambo-ngcuka", KENYA), ("person/phumzile-mlambo-ngcuka", ETHIOPIA),
      ("person/thabo-mbeki", KENYA), ("person/thabo-mbeki", ETHIOPIA)}),
])
def test_mediation_the_people_a_mediation_noun_names(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


def test_mediation_the_one_appointed_as_facilitator_and_those_alongside(nlp):
    text = ("The leaders of Niger, Mali and Burkina Faso left the bloc. Senegal's President Bassirou Diomaye Faye "
            "spoke on Monday. ECOWAS appointed Senegal's president as a facilitator in negotiations with the three "
            "states, alongside Togolese President Faure Gnassingbe.")
    found = triples(extract_one(nlp, text), "mediates")
    states = {"country/niger", "country/mali", "country/burkina-faso"}
    assert {(m, s) for m in ("person/bassirou-diomaye-faye", "person/faure-gnassingbe") for s in states} <= found
    assert not any(m == "organisation/ecowas" for m, _ in found)  # the appointer is no facilitator


@pytest.mark.parametrize("text, expected", [
    # "the three states" are the last three named together
    ("Niger, Mali and Burkina Faso left the bloc. Kenya held talks with the three states.",
     {("country/kenya", "country/niger"), ("country/kenya", "country/mali"), ("country/kenya", "country/burkina-faso")}),
    # no list of three: nobody
    ("Niger and Mali left the bloc. Kenya held talks with the three states.", set()),
])
def test_negotiation_the_three_states_are_the_last_three_named_together(nlp, text, expected):
    found = triples(extract_one(nlp, text), "negotiatesWith")
    assert {tuple(sorted(p)) for p in found} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize("text, attacks", [
    # the subject of the verb that wages an attack noun is the attacker
    ("The war began when Eritrea went on the offensive against Ethiopia in May.", {("country/eritrea", ETHIOPIA)}),
    ("The RSF has kept up artillery fire into Sudan this week.", {(RSF, SUDAN)}),
    # not when it is only threatened, and not fire that is criticism of a plan
    ("Eritrea would not go on the offensive against Ethiopia.", set()),
    ("The opposition opened fire on the government's budget plans.", set()),
])
def test_attacks_waged_by_the_subject_of_an_attack_noun(nlp, text, attacks):
    assert triples(extract_one(nlp, text), "attacks") == attacks


def test_mediation_an_international_envoy_who_meets_a_side_mediates_for_it(nlp):
    text = ("Kenyan President Daniel Kiprop and United Nations Special Envoy Maria Angela Holguin Cuellar were to "
            "talk about restarting the talks. Holguin was to meet with Ethiopian Prime Minister Dawit Alemu.")
    ex = extract_one(nlp, text)
    assert negotiations(ex) == set()  # an envoy is a third party to the talks she holds
    assert {("person/maria-angela-holguin-cuellar", KENYA), ("person/maria-angela-holguin-cuellar", ETHIOPIA)} \
        <= triples(ex, "mediates")


@pytest.mark.parametrize("text, attacks", [
    # the one blamed "for" an attack did it; water cannon fired at a state's vessels attacks it
    ("Kenya condemned Ethiopia on Sunday for firing water cannon at its vessels.", {(ETHIOPIA, KENYA)}),
    ("Ethiopia fired water cannon at Kenyan boats.", {(ETHIOPIA, KENYA)}),
])
def test_attacks_the_one_blamed_for_firing(nlp, text, attacks):
    assert triples(extract_one(nlp, text), "attacks") == attacks


@pytest.mark.parametrize("text, mediates, talks", [
    # a fronted list closed by "and" ends there: the pair after the comma is the clause's subject,
    # and "the two sides" are not that subject
    ("Since Norway brokered a truce between Kenya and Ethiopia, Cuba and Chile have made their own efforts to "
     "mediate a lasting deal between the two sides.",
     {(NORWAY, KENYA), (NORWAY, ETHIOPIA), ("country/cuba", KENYA), ("country/cuba", ETHIOPIA),
      ("country/chile", KENYA), ("country/chile", ETHIOPIA)},
     pairs((KENYA, ETHIOPIA))),
    # "A, B, and C": a whole list
    ("Norway mediated talks between Kenya, Ethiopia, and Sudan.",
     {(NORWAY, KENYA), (NORWAY, ETHIOPIA), (NORWAY, SUDAN)}, None),
])
def test_mediation_a_list_ends_at_its_and(nlp, text, mediates, talks):
    ex = extract_one(nlp, text)
    assert triples(ex, "mediates") == mediates
    if talks is not None:
        assert negotiations(ex) == talks


@pytest.mark.parametrize("text, expected", [
    # those who travel together for talks with a third are one side, not each other's partners
    ("Ghana and envoys from France, Spain, and Italy flew to Nairobi for talks with President William Ruto.", set()),
    ("Ghana and Spain flew to Nairobi for talks on the crisis.", pairs(("country/ghana", "country/spain"))),
])
def test_negotiation_co_travellers_for_talks_with_another_are_one_side(nlp, text, expected):
    assert negotiations(extract_one(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    # talks only demanded, or refused, are not held
    "Talks hit deadlock over a Kenyan demand that Ethiopia hold direct dialogue with the TPLF.",
    "Kenyan media said that President William Ruto would not attend crisis talks called on Friday with "
    "Ethiopian Prime Minister Abiy Ahmed.",
])
def test_negotiation_talks_demanded_or_refused_are_not_held(nlp, text):
    assert negotiations(extract_one(nlp, text)) == set()


@pytest.mark.parametrize("text", [
    # a capital after "between" a mediation noun names stands for its state
    "Lourenco is the mediator between Nairobi and Addis Ababa on the conflict.",
    "Lourenco pursued his mediation between Nairobi and Addis Ababa.",
])
def test_mediation_between_capitals_is_between_their_states(nlp, text):
    assert {(m, s) for m, s in triples(extract_one(nlp, text), "mediates")} == {
        ("person/lourenco", KENYA), ("person/lourenco", ETHIOPIA)}


def test_attacks_they_in_what_a_states_forces_said_is_the_state(nlp):
    text = ("Ethiopia was warned by Kenya, the BBC reported. In a statement, Kenya's armed forces said they "
            "carried out airstrikes in Ethiopia on Sunday.")
    assert triples(extract_one(nlp, text), "attacks") == {(KENYA, ETHIOPIA)}  # not the BBC


@pytest.mark.parametrize("text, expected", [
    # "neighboring" parsed as a verb taking the target as its object
    ("Iraq on Monday said it “firmly condemns” Turkey’s strikes on neighboring Syria that reportedly hit "
     "several villages.", ("country/turkey", "country/syria")),
    # a barrage is an attack
    ("Hezbollah fired a rocket barrage on Israeli positions in the north.",
     ("organisation/hezbollah", "country/israel")),
])
def test_events_attack_targets_past_misparses(nlp, text, expected):
    assert expected in triples(extract_one(nlp, text), "attacks")


def test_events_his_country_is_not_the_person(nlp):
    ex = extract_one(nlp, "Benny Gantz, the Israeli defence minister, said, “If Iran strikes us, we will strike "
                          "back.” He said Israel will not stand for Iran turning Lebanon into a missile-launching "
                          "ground to attack his country.")
    assert not any(o.startswith("person/") for _, o in triples(ex, "attacks") | triples(ex, "opposes"))


@pytest.mark.parametrize("text, expected", [
    ("The pact, signed by Ethiopia and Somaliland on Monday, angered Somalia.",
     pairs(("country/ethiopia", "country/somaliland"))),
    ("The accord was signed by Kenya and Uganda in Nairobi.", pairs(("country/kenya", "country/uganda"))),
    ("The law was signed by Kenya and Uganda in Nairobi.", set()),  # a law is no deal between them
])
def test_events_a_deal_signed_by_two_sides_is_negotiated_between_them(nlp, text, expected):
    assert negotiations(extract_one(nlp, text)) == expected


def test_events_talks_someone_threatens_to_block_are_not_held(nlp):
    ex = extract_one(nlp, "The summit is where Hungary has threatened to block financial and military support "
                          "to Ukraine and the opening of accession negotiations with Kyiv for EU membership.")
    assert negotiations(ex) == set()
    ex = extract_one(nlp, "Hungary held accession negotiations with Kyiv on Tuesday.")
    assert negotiations(ex) == pairs(("country/hungary", "country/ukraine"))


@pytest.mark.parametrize("text, expected", [
    ("State TV showed Senior Gen. Min Aung Hlaing meeting with Brunei Foreign Minister Erywan Yusof.",
     pairs(("person/min-aung-hlaing", "person/erywan-yusof"))),
    ("Trump spoke during an Oval Office meeting with Canadian Prime Minister Mark Carney.", set()),  # a venue
])
def test_events_a_meeting_that_names_who_meets(nlp, text, expected):
    assert negotiations(extract_one(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Ethiopia were in Doha on Thursday for a third round of talks.", pairs((KENYA, ETHIOPIA))),
    ("Kenya and Ethiopia were in Doha on Thursday for a football match.", set()),
])
def test_events_sides_who_are_somewhere_for_talks_negotiate(nlp, text, expected):
    assert negotiations(extract_one(nlp, text)) == expected


def test_events_a_truce_brokered_in_a_fight_between_two_sides_is_mediated_for_both(nlp):
    ex = extract_one(nlp, "Fighting between Kenya and Ethiopia killed dozens. Qatar brokered a ceasefire on Monday.")
    assert triples(ex, "mediates") == {("country/qatar", KENYA), ("country/qatar", ETHIOPIA)}


@pytest.mark.parametrize("text", [
    "Kenya and Ethiopia exchanged prisoners after mediation by Qatar.",
    "Kenya and Ethiopia swapped 40 prisoners each, the latest exchange mediated by Qatar.",
])
def test_events_a_mediated_prisoner_exchange_is_mediated_for_both_sides(nlp, text):
    assert triples(extract_one(nlp, text), "mediates") == {("country/qatar", KENYA), ("country/qatar", ETHIOPIA)}


@pytest.mark.parametrize("text, expected", [
    ("Qatar and Norway led efforts to secure a ceasefire between Kenya and Ethiopia.",
     {("country/qatar", KENYA), ("country/qatar", ETHIOPIA), ("country/norway", KENYA), ("country/norway", ETHIOPIA)}),
    ("Kenya stepped up efforts to secure the release of the hostages.", set()),  # no deal between others
])
def test_events_efforts_to_secure_a_deal_between_two_sides_mediate(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    ("Ethiopian forces fired across the border into Kenya.", {(ETHIOPIA, KENYA)}),
    ("Kenya fired its finance minister.", set()),
    ("Kenyan troops exchanged fire with Ethiopian soldiers along the border.", {(KENYA, ETHIOPIA), (ETHIOPIA, KENYA)}),
    ("Kenya and Ethiopia exchanged prisoners.", set()),
    ("The Oromo Liberation Army has withstood Ethiopian bombing for months.",
     {(ETHIOPIA, "organisation/oromo-liberation-army")}),
])
def test_events_firing_into_exchanging_fire_and_withstanding_attacks(nlp, text, expected):
    assert triples(extract_one(nlp, text), "attacks") == expected


@pytest.mark.parametrize("text, expected", [
    ("Labour attacked the Tories over the NHS.", set()),  # words, not weapons
    ("Kenya attacked Ruto's plan.", set()),
    ("Ethiopia attacked Kenya on Tuesday.", {(ETHIOPIA, KENYA)}),
])
def test_events_attacking_a_party_or_person_with_words_is_no_attack(nlp, text, expected):
    assert triples(extract_one(nlp, text), "attacks") == expected


def test_events_a_titled_person_after_a_possessive_holds_talks_in_person(nlp):
    # "its chairman X": the body is one side, and the chairman himself meets the minister
    ex = extract_one(nlp, "The Kenyan Defence Council said its chairman Gen. Peter Ochieng held talks with "
                          "Ethiopian Deputy Foreign Minister Abebe Girma in Nairobi.")
    assert frozenset(("person/peter-ochieng", "person/abebe-girma")) in negotiations(ex)


@pytest.mark.parametrize("text, expected", [
    ("Kenya asked Norway to mediate its dispute with Ethiopia.", {(NORWAY, KENYA), (NORWAY, ETHIOPIA)}),
    ("Sudan requested Turkey to mediate the conflict with Ethiopia.", {(TURKEY, SUDAN), (TURKEY, ETHIOPIA)}),
    # the two sides are named: who asks is no party
    ("Egypt asked Qatar to mediate between Kenya and Ethiopia.", {(QATAR, KENYA), (QATAR, ETHIOPIA)}),
])
def test_events_who_asks_a_mediator_to_settle_its_row_with_another_is_a_party(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    ("Talks between Kenya and Ethiopia were held on Monday. Norway is one of the countries that facilitated "
     "the talks.", {(NORWAY, KENYA), (NORWAY, ETHIOPIA)}),
    ("Talks between Kenya and Ethiopia were held on Monday. Qatar, one of the states that brokered the deal, "
     "said so.", {(QATAR, KENYA), (QATAR, ETHIOPIA)}),
])
def test_events_one_of_the_countries_that_mediated_is_the_subject_named(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    ("Talks between Kenya and Ethiopia were held on Monday. Lazarus Sumbeiywo was named to the mediator "
     "position.", {("person/lazarus-sumbeiywo", KENYA), ("person/lazarus-sumbeiywo", ETHIOPIA)}),
    ("Talks between Kenya and Ethiopia were held on Monday. Qatar has played a mediation role.",
     {(QATAR, KENYA), (QATAR, ETHIOPIA)}),
    # applying for the post is not holding it
    ("Talks between Kenya and Ethiopia were held on Monday. Qatar applied for the mediator job.", set()),
])
def test_events_who_takes_or_plays_a_mediators_role_mediates(nlp, text, expected):
    assert triples(extract_one(nlp, text), "mediates") == expected


@pytest.mark.parametrize("text, expected", [
    ("Negotiators from Kenya and Ethiopia met in Geneva.", pairs((KENYA, ETHIOPIA))),
    ("Delegations from Kenya and Ethiopia met in Doha.", pairs((KENYA, ETHIOPIA))),
    ("Kenya and Ethiopia met in Doha.", set()),  # bodies meeting is no negotiation (the dev set's call)
])
def test_events_negotiators_from_two_sides_meeting_negotiate(nlp, text, expected):
    assert negotiations(extract_one(nlp, text)) == expected


@pytest.mark.parametrize("text, mediated, talks", [
    ("Qatar is mediating between Kenya and Ethiopia.", {(QATAR, KENYA), (QATAR, ETHIOPIA)}, pairs((KENYA, ETHIOPIA))),
    ("Kenya and Ethiopia signed the deal in Doha, with Qatar as mediator.", {(QATAR, KENYA), (QATAR, ETHIOPIA)},
     pairs((KENYA, ETHIOPIA))),
    ("The UN envoy shuttled between Kenya and Ethiopia.", {("organisation/united-nations", KENYA),
                                                           ("organisation/united-nations", ETHIOPIA)},
     pairs((KENYA, ETHIOPIA))),
    # an absolute "with X mediating" names no partner at the table
    ("Kenya and Ethiopia held talks, with Qatar mediating.", None, pairs((KENYA, ETHIOPIA))),
])
def test_events_progressive_absolute_and_shuttle_mediation(nlp, text, mediated, talks):
    ex = extract_one(nlp, text)
    if mediated is not None:
        assert triples(ex, "mediates") == mediated
    assert negotiations(ex) == talks
