"""`kg eval`: scores against gold files, the same numbers as ../shared/eval/score.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.evaluation import GoldError, evaluate, load_gold, norm
from kg.model import Article, Entity, Evidence, Extraction, Relation, Stance
from kg.rdf import GraphBuilder
from kg.store import GraphStore
from kg.vocab import Minter

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "tests" / "data" / "gold" / "seeds"
REFERENCE_SCORER = ROOT.parent / "shared" / "eval" / "score.py"

TEXT = ("John Kirby, spokesman for the National Security Council, said Washington opposes a ground "
        "offensive in Rafah. Israel struck Rafah. Israel and the US held talks.")
TINY_GOLD = {
    "doc": "tiny.txt",
    "source": "written for the tests",
    "entities": [
        {"id": "kirby", "label": "John Kirby", "type": "Person", "aliases": ["Kirby"]},
        {"id": "nsc", "label": "National Security Council", "type": "Organisation", "aliases": []},
        {"id": "us", "label": "United States", "type": "Country", "aliases": ["US", "Washington"]},
        {"id": "israel", "label": "Israel", "type": "Country", "aliases": ["Israeli"]},
        {"id": "rafah", "label": "Rafah", "type": "Place", "aliases": []},
    ],
    "relations": [
        {"s": "kirby", "p": "spokespersonFor", "o": "nsc"},
        {"s": "us", "p": "opposes", "o": "israel"},
        {"s": "israel", "p": "negotiatesWith", "o": "us"},
        {"s": "israel", "p": "attacks", "o": "rafah"},
    ],
    "stances": [
        {"holder": "us", "polarity": "oppose", "target": "a ground offensive in Rafah",
         "target_keywords": ["offensive", "Rafah"]},
    ],
}
ENTITIES = {
    "kirby": Entity("person/john-kirby", "Person", "John Kirby", frozenset({"Kirby", "John Kirby"})),
    "nsc": Entity("organisation/national-security-council", "Organisation", "National Security Council"),
    "us": Entity("country/united-states", "Country", "United States", frozenset({"Washington", "US"})),
    "israel": Entity("country/israel", "Country", "Israel"),
    "rafah": Entity("place/rafah", "Place", "Rafah"),
}
EVIDENCE = Evidence(TEXT.split(". ")[0], 0, 100)
RELATIONS = (("kirby", "spokespersonFor", "nsc"), ("us", "opposes", "israel"),
             ("us", "negotiatesWith", "israel"),  # the gold has it the other way round: symmetric
             ("israel", "attacks", "rafah"))
STANCE = ("us", "Oppose", "a ground offensive in Rafah")


def build_store(entities=ENTITIES, relations=RELATIONS, stances=(STANCE,), path=None,
                identifier="tiny.txt") -> GraphStore:
    """A store holding one article whose extraction is given by gold ids (kg.model records)."""
    key = {gold_id: e.key for gold_id, e in ENTITIES.items()} | {k: e.key for k, e in entities.items()}
    minter, article = Minter(), Article(identifier, TEXT)
    extraction = Extraction(
        article=article, entities=tuple(entities.values()),
        relations=tuple(Relation(key[s], p, key[o], EVIDENCE, 0.9) for s, p, o in relations),
        stances=tuple(Stance(key[h], pol, target, EVIDENCE, 0.8) for h, pol, target in stances))
    store = GraphStore(path)
    store.replace_graph(minter.graph(minter.article_id(TEXT)), GraphBuilder(minter).build(extraction))
    store.flush()
    return store


def score(store: GraphStore) -> dict:
    return evaluate(store, {"tiny.txt": TINY_GOLD}).as_dict()


def kinds(result: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for miss in result["misses"]:
        found.setdefault(miss["kind"], []).append(miss["what"])
    return found


@pytest.fixture
def gold_dir(tmp_path) -> Path:
    directory = tmp_path / "gold"
    directory.mkdir()
    (directory / "tiny.gold.json").write_text(json.dumps(TINY_GOLD), encoding="utf-8")
    return directory


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


# -- against the seed gold -------------------------------------------------------------------------
@pytest.mark.skipif(not REFERENCE_SCORER.is_file(), reason="../shared/eval/score.py not present")
def test_evaluation_seeds_match_reference_scorer(runner, seeded_store_dir, tmp_path):
    ours, nt = tmp_path / "ours.json", tmp_path / "seeds.nt"
    result = run(runner, "eval", SEED_GOLD, "--store", seeded_store_dir, "--json", ours)
    assert result.exit_code == 0, result.output
    assert run(runner, "export", "--store", seeded_store_dir, "-f", "nt", "-o", nt).exit_code == 0
    theirs = tmp_path / "theirs.json"
    scorer = subprocess.run([sys.executable, str(REFERENCE_SCORER), str(nt), str(SEED_GOLD),
                             "--json", str(theirs)], capture_output=True, text=True, check=True)
    ours, theirs = json.loads(ours.read_text()), json.loads(theirs.read_text())
    for key in ("relations", "per_predicate", "stances", "entities", "docs_scored", "docs_in_graph"):
        assert ours[key] == theirs[key], key
    assert result.output.strip().splitlines()[-1] == scorer.stdout.strip().splitlines()[-1]


def test_evaluation_seeds_are_all_scored(runner, seeded_store_dir):
    result = run(runner, "eval", SEED_GOLD, "--store", seeded_store_dir)
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("relations P=") and lines[-1].endswith("| docs 5/5")
    for name in ("spokespersonFor", "locatedIn", "relations", "stances", "entities:"):
        assert any(line.startswith(name) for line in lines), name


# -- deliberately wrong graphs ----------------------------------------------------------------------
def test_evaluation_perfect_graph_scores_one():
    result = score(build_store())
    for key in ("relations", "stances"):
        assert (result[key]["p"], result[key]["r"], result[key]["f"]) == (1.0, 1.0, 1.0)
    assert all(c["f"] == 1.0 for c in result["per_predicate"].values())
    assert result["entities"] == {"recall": 1.0, "typed": 1.0, "one_node": "5/5"}
    assert result["misses"] == [] and result["docs_in_graph"] == 1


def test_evaluation_wrong_predicate_lowers_precision_and_is_listed():
    relations = (("kirby", "leaderOf", "nsc"),) + RELATIONS[1:]
    result = score(build_store(relations=relations))
    assert result["relations"]["p"] == 0.75 and result["relations"]["fp"] == 1
    assert result["per_predicate"]["leaderOf"]["fp"] == 1
    assert result["per_predicate"]["spokespersonFor"]["fn"] == 1
    assert kinds(result)["FP-rel"] == ["kirby leaderOf nsc"]


def test_evaluation_missing_relation_lowers_recall():
    result = score(build_store(relations=RELATIONS[:-1]))
    assert result["relations"]["p"] == 1.0 and result["relations"]["r"] == 0.75
    assert kinds(result) == {"FN-rel": ["israel attacks rafah"]}


def test_evaluation_wrong_stance_polarity_is_fp_and_fn():
    result = score(build_store(stances=[("us", "Support", STANCE[2])]))
    assert (result["stances"]["tp"], result["stances"]["fp"], result["stances"]["fn"]) == (0, 1, 1)
    assert kinds(result)["FP-stance"] == ['us support "a ground offensive in Rafah"']
    assert kinds(result)["FN-stance"] == ['us oppose "a ground offensive in Rafah"']


def test_evaluation_stance_of_affiliated_person_matches_once():
    stances = [("kirby", "Oppose", "the offensive"), ("us", "Oppose", "an assault on Rafah")]
    result = score(build_store(stances=stances))
    assert (result["stances"]["tp"], result["stances"]["fp"], result["stances"]["fn"]) == (1, 1, 0)


def test_evaluation_entity_split_into_two_nodes_shows_in_one_node():
    entities = dict(ENTITIES, kirby2=Entity("person/kirby", "Person", "Kirby"))
    result = score(build_store(entities=entities))
    assert result["entities"]["one_node"] == "4/5" and result["entities"]["recall"] == 1.0
    base = "https://w3id.org/stancegraph/id/person/"
    assert kinds(result)["split-ent"] == [f"kirby: {base}john-kirby {base}kirby"]


def test_evaluation_unknown_node_and_missing_entity_are_listed():
    entities = {k: e for k, e in ENTITIES.items() if k != "rafah"}
    entities["hospital"] = Entity("place/al-shifa", "Place", "Al-Shifa Hospital")
    relations = RELATIONS[:-1] + (("israel", "attacks", "hospital"),)
    result = score(build_store(entities=entities, relations=relations))
    found = kinds(result)
    assert found["FP-rel"] == ["israel attacks ?al-shifa hospital"]
    assert found["FN-ent"] == ["Rafah"] and result["entities"]["recall"] == 0.8


def test_evaluation_article_missing_from_store_scores_zero():
    result = score(build_store(identifier="other.txt"))
    assert result["docs_in_graph"] == 0 and result["relations"]["r"] == 0.0
    assert result["stances"]["fn"] == 1


def test_evaluation_norm_matches_surface_forms():
    assert norm("the U.S.") == norm("US") == "us"
    assert norm("Hamas\u2019s") == "hamas" and norm("  The  Gaza Strip ") == "gaza strip"


# -- the command line -------------------------------------------------------------------------------
def test_evaluation_cli_verbose_lists_misses(runner, gold_dir, tmp_path):
    relations = (("kirby", "leaderOf", "nsc"),) + RELATIONS[1:]
    store = build_store(relations=relations, path=tmp_path / "store")
    del store  # releases the lock
    plain = run(runner, "eval", gold_dir, "--store", tmp_path / "store")
    verbose = run(runner, "eval", gold_dir, "--store", tmp_path / "store", "--verbose")
    assert plain.exit_code == verbose.exit_code == 0
    assert "FP-rel" not in plain.output
    assert "FP-rel     tiny.txt  kirby leaderOf nsc" in verbose.output
    assert "FN-rel     tiny.txt  kirby spokespersonFor nsc" in verbose.output
    assert verbose.output.strip().splitlines()[-1] == plain.output.strip().splitlines()[-1]
    assert plain.output.strip().splitlines()[-1].startswith("relations P=0.75 R=0.75 F1=0.75 | ")


def test_evaluation_cli_json_writes_scores_and_misses(runner, gold_dir, tmp_path):
    store = build_store(stances=[], path=tmp_path / "store")
    expected = evaluate(store, load_gold(gold_dir)).as_dict()
    del store
    out = tmp_path / "scores.json"
    result = run(runner, "eval", gold_dir, "--store", tmp_path / "store", "--json", out)
    assert result.exit_code == 0
    written = json.loads(out.read_text())
    assert written == expected
    assert written["stances"]["fn"] == 1 and written["misses"][0]["kind"] == "FN-stance"


@pytest.mark.parametrize("case", ["missing", "empty", "not-json", "no-doc", "bad-relations"])
def test_evaluation_cli_bad_gold_dir_is_one_line_error(runner, tmp_path, case):
    gold = tmp_path / "gold"
    if case != "missing":
        gold.mkdir()
    contents = {"not-json": "{nope", "no-doc": json.dumps({"entities": []}),
                "bad-relations": json.dumps({"doc": "a.txt", "relations": [{"s": "x"}]})}
    if case in contents:
        (gold / "a.gold.json").write_text(contents[case])
    result = run(runner, "eval", gold, "--store", "memory")
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert ("a.gold.json" in lines[0]) == (case in contents)
    with pytest.raises(GoldError):
        load_gold(gold)
