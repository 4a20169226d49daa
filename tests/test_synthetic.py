"""Synthetic extractions: deterministic, well-typed, a growing pool, a place hierarchy."""
from __future__ import annotations

from kg.store import GraphStore
from kg.synthetic import SIGNATURES, parent_place, pool_size, synthetic_extractions, write_synthetic
from kg.validation import format_report, validate_store


def test_synthetic_is_deterministic_and_seeded():
    first = list(synthetic_extractions(20, seed=3))
    assert first == list(synthetic_extractions(20, seed=3))
    assert first != list(synthetic_extractions(20, seed=4))


def test_synthetic_relations_follow_the_signatures_and_offsets_hold():
    for extraction in synthetic_extractions(40):
        types = {e.key: e.type for e in extraction.entities}
        assert 5 <= len(types) <= 14
        for rel in extraction.relations:
            subjects, objects = SIGNATURES[rel.predicate]
            assert types[rel.subject] in subjects and types[rel.object] in objects
            text = extraction.article.text
            assert text[rel.evidence.start:rel.evidence.end] == rel.evidence.sentence


def test_synthetic_pool_grows_and_places_form_a_tree():
    assert pool_size(1000) > pool_size(100) > pool_size(10)
    for index in range(3, 4000, 4):
        seen = set()
        while index % 4 == 3:  # walk up to a country: no cycle
            assert index not in seen
            seen.add(index)
            index = parent_place(index)
        assert index % 4 == 2


def test_synthetic_graph_conforms_to_the_shapes():
    store = GraphStore(None)
    assert write_synthetic(store, 30) == len(store) > 1000
    report = validate_store(store)
    assert report.conforms, format_report(report)
