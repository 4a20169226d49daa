"""Trigger verbs are matched by lemma: every inflection of every verb in ``triggers.json`` must get
that lemma from the pipeline, or the lexicon silently misses it ("staged" -> "stag").
``data/lemmas.json`` repairs what the model's lemmatizer gets wrong; this test finds new cases."""
from __future__ import annotations

import json

import pytest

from kg.nlp.lexicon import DATA_DIR
from kg.nlp.pipeline import LEMMA_FIXES

TRIGGERS = json.loads((DATA_DIR / "triggers.json").read_text(encoding="utf-8"))
# irregular verbs the simple inflections below would get wrong ("bed", "seed", "flied")
IRREGULAR = {"be", "see", "fly"}


def trigger_verbs() -> set[str]:
    verbs = set()
    for key, value in TRIGGERS.items():
        if not (key.endswith("_verbs") or key == "negotiation_holders"):
            continue
        for words in value.values() if isinstance(value, dict) else [value]:
            verbs.update(w for w in words if isinstance(w, str) and " " not in w)
    return verbs - IRREGULAR


def inflections(verb: str) -> list[str]:
    if verb.endswith("e"):
        past, third, ing = verb + "d", verb + "s", (verb if verb.endswith("ee") else verb[:-1]) + "ing"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        past, third, ing = verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
        third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return [past, third, ing]


def test_lemmas_every_inflected_trigger_verb_gets_its_lemma(nlp):
    verbs = sorted(trigger_verbs())
    assert len(verbs) > 300  # the lexicon was read
    cases = [(verb, form, f"The group {form} the plan on Monday.") for verb in verbs
             for form in inflections(verb)]
    wrong = []
    for (verb, form, _), doc in zip(cases, nlp.pipe(text for _, _, text in cases)):
        token = next(t for t in doc if t.lower_ == form)
        if token.lemma_ != verb:
            wrong.append((form, token.lemma_, verb))
    assert wrong == [], "add these to kg/nlp/data/lemmas.json: " + repr(wrong)


@pytest.mark.parametrize("text, word, lemma", [
    ("The Taliban staged an attack on the base.", "staged", "stage"),
    ("Kenya hoped for a deal.", "hoped", "hope"),
    ("Our hopes are high.", "hopes", "hope"),
    ("The rabbit hopped away.", "hopped", "hop"),  # what is not in the table keeps the model's lemma
])
def test_lemmas_fixed_in_the_pipeline(nlp, text, word, lemma):
    token = next(t for t in nlp(text) if t.lower_ == word)
    assert token.lemma_ == lemma


def test_lemmas_table_forms_are_lowercase_and_unique():
    forms = [form for forms in json.loads((DATA_DIR / "lemmas.json").read_text())["fixes"].values()
             for form in forms]
    assert forms and len(forms) == len(set(forms)) == len(LEMMA_FIXES)
    assert all(form == form.lower() for form in forms)
