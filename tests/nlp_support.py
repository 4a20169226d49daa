"""Helpers shared by the tests of kg.nlp."""
from __future__ import annotations

from kg.model import Article, Extraction
from kg.nlp.extract import doc_to_extraction


def extract_one(nlp, text: str) -> Extraction:
    """The extraction of ``text`` as one article named t.txt."""
    return doc_to_extraction(Article("t.txt", text), nlp(text))
