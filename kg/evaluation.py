"""Score what the store holds against gold annotations (``../shared/eval/SCHEMA.md``).

Same semantics as the reference scorer (``../shared/eval/score.py``), so ``kg eval`` and that
scorer run on an export of the same store give the same numbers: a gold file's ``doc`` is matched
to articles by ``dcterms:identifier``; a node stands for the gold entity whose label or aliases
equal (after :func:`norm`) one of its ``rdfs:label``/``skos:altLabel`` (a node hitting several is
decided by its ``rdfs:label``); relations are the articles' ``sg:Assertion`` triples, with
``negotiatesWith`` symmetric; stances are matched one to one (maximum matching) on the holder or
an entity tied to it by the gold's role relations, the polarity and any target keyword; entities
count as found, typed right, and on one node across all files. Inferences (``kg reason``) are
left out, as ``kg export`` leaves them out.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.store import GraphStore, load_sparql
from kg.vocab import RELATION_PREDICATES, SG_IRI

SYMMETRIC = frozenset({"negotiatesWith"})
ROLE_PREDICATES = frozenset({"spokespersonFor", "leaderOf", "memberOf"})


class GoldError(ValueError):
    """The gold directory or one of its files is missing or malformed; the message says which."""


def norm(text: str) -> str:
    """The form labels are compared in: ``"the U.S.'s"`` -> ``"us"``."""
    text = unicodedata.normalize("NFKC", text).lower().strip().replace("\u2019", "'")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^(?:the|a|an)\s+", "", text).replace(".", "")
    return " ".join(re.sub(r"[^\w\s-]", " ", text).split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p, 3), round(r, 3), round(f, 3)

    def as_dict(self) -> dict:
        return dict(zip("prf", self.prf()), tp=self.tp, fp=self.fp, fn=self.fn)


@dataclass(frozen=True)
class Miss:
    kind: str  # FP-rel, FN-rel, FP-stance, FN-stance, FN-ent, split-ent
    doc: str  # the gold file's "doc"; "*" for a miss over all files
    what: str


@dataclass
class Report:
    per_predicate: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    stances: Counts = field(default_factory=Counts)
    entities: int = 0
    found: int = 0
    typed: int = 0
    nodes_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    docs_scored: int = 0
    docs_in_graph: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def relations(self) -> Counts:
        c = self.per_predicate.values()
        return Counts(sum(x.tp for x in c), sum(x.fp for x in c), sum(x.fn for x in c))

    @property
    def one_node(self) -> str:
        return f"{sum(len(n) == 1 for n in self.nodes_of.values())}/{len(self.nodes_of)}"

    def as_dict(self) -> dict:
        """The reference scorer's JSON, plus the misses."""
        share = (lambda n: round(n / self.entities, 3) if self.entities else 0.0)
        return {"relations": self.relations.as_dict(),
                "per_predicate": {p: c.as_dict() for p, c in sorted(self.per_predicate.items())},
                "stances": self.stances.as_dict(),
                "entities": {"recall": share(self.found), "typed": share(self.typed),
                             "one_node": self.one_node},
                "docs_scored": self.docs_scored, "docs_in_graph": self.docs_in_graph,
                "misses": [vars(m) for m in self.misses]}


_GOLD_FIELDS = {"entities": ("id", "label", "type"), "relations": ("s", "p", "o"),
                "stances": ("holder", "polarity", "target", "target_keywords")}


def load_gold(directory: str | Path) -> dict[str, dict]:
    """The gold files of ``directory`` (``*.gold.json``) by their ``doc``; GoldError when bad."""
    directory = Path(directory)
    if not directory.is_dir():
        raise GoldError(f"no gold directory at {directory}; give a directory of NAME.gold.json files")
    files = sorted(directory.glob("*.gold.json"))
    if not files:
        raise GoldError(f"no *.gold.json files in {directory}; see ../shared/eval/SCHEMA.md")
    golds: dict[str, dict] = {}
    for path in files:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"cannot read gold file {path}: {exc}") from exc
        if not isinstance(gold, dict) or not isinstance(gold.get("doc"), str):
            raise GoldError(f"gold file {path} needs an object with a \"doc\" string")
        for key, needed in _GOLD_FIELDS.items():
            items = gold.setdefault(key, [])
            if not isinstance(items, list):
                raise GoldError(f"gold file {path}: \"{key}\" must be a list")
            for i, item in enumerate(items):
                if not isinstance(item, dict) or any(k not in item for k in needed):
                    raise GoldError(f"gold file {path}: {key}[{i}] needs {', '.join(needed)}")
        if not all(isinstance(st["target_keywords"], list) for st in gold["stances"]):
            raise GoldError(f"gold file {path}: every stance's target_keywords must be a list")
        if gold["doc"] in golds:
            raise GoldError(f"two gold files for doc {gold['doc']!r}; {path} is the second")
        golds[gold["doc"]] = gold
    return golds


class _Predicted:
    """What the store says, read once with the queries in ``kg/sparql/eval_*.rq``."""

    def __init__(self, store: GraphStore):
        def rows(name: str):
            return store.select(load_sparql(name), include_inferred=False)
        self.docs = {r["article"]: r["identifier"] for r in rows("eval_articles")}
        self.labels: dict[str, set[str]] = defaultdict(set)
        self.main: dict[str, set[str]] = defaultdict(set)
        for r in rows("eval_labels"):
            self.labels[r["node"]].add(norm(r["label"]))
            if r["main"] == "true":
                self.main[r["node"]].add(norm(r["label"]))
        self.types: dict[str, set[str]] = defaultdict(set)
        for r in rows("eval_types"):
            self.types[r["node"]].add(r["type"][len(SG_IRI):])
        self.relations: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for r in rows("eval_assertions"):
            if r["predicate"].startswith(SG_IRI) and r["article"] in self.docs:
                self.relations[self.docs[r["article"]]].add(
                    (r["subject"], r["predicate"][len(SG_IRI):], r["object"]))
        self.stances: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for r in rows("eval_stances"):
            if r["article"] in self.docs:
                polarity = r["polarity"].rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()
                self.stances[self.docs[r["article"]]].append((r["holder"], polarity, r["target"]))

    def resolver(self, gold: dict):
        """A function: node -> the gold entity id it stands for, or None."""
        alias: dict[str, str] = {}
        for entity in gold["entities"]:
            for name in [entity["label"], *entity.get("aliases", [])]:
                alias.setdefault(norm(name), entity["id"])

        def resolve(node: str) -> str | None:
            hits = {alias[label] for label in self.labels.get(node, ()) if label in alias}
            if len(hits) == 1:
                return hits.pop()
            by_main = [alias[label] for label in sorted(self.main.get(node, ())) if label in alias]
            return by_main[0] if by_main else None
        return resolve

    def name(self, node: str, resolve) -> str:
        return resolve(node) or "?" + "|".join(sorted(self.labels.get(node, ())))


def _relation_key(s: str, p: str, o: str) -> tuple[str, str, str]:
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)


def _max_matching(edges: list[list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching (Kuhn's augmenting paths): right node -> left node."""
    right_to_left: dict[int, int] = {}
    def try_place(left: int, visited: set[int]) -> bool:
        for right in edges[left]:
            if right not in visited:
                visited.add(right)
                if right not in right_to_left or try_place(right_to_left[right], visited):
                    right_to_left[right] = left
                    return True
        return False

    for left in range(len(edges)):
        try_place(left, set())
    return right_to_left


def evaluate(store: GraphStore, golds: dict[str, dict]) -> Report:
    """Score ``store`` against ``golds`` (as :func:`load_gold` returns them)."""
    pred = _Predicted(store)
    report = Report(docs_scored=len(golds),
                    docs_in_graph=sum(1 for d in pred.docs.values() if d in golds))
    for doc, gold in golds.items():
        resolve = pred.resolver(gold)
        _score_relations(report, doc, gold, pred, resolve)
        _score_entities(report, doc, gold, pred, resolve)
        _score_stances(report, doc, gold, pred, resolve)
    report.misses += [Miss("split-ent", "*", f"{gold_id}: {' '.join(sorted(nodes))}")
                      for gold_id, nodes in sorted(report.nodes_of.items()) if len(nodes) > 1]
    return report


def _score_relations(report: Report, doc: str, gold: dict, pred: _Predicted, resolve) -> None:
    wanted = {_relation_key(r["s"], r["p"], r["o"]) for r in gold["relations"]}
    got = {_relation_key(pred.name(s, resolve), p, pred.name(o, resolve))
           for s, p, o in pred.relations.get(doc, ())}
    for key in sorted(got):
        if key in wanted:
            report.per_predicate[key[1]].tp += 1
        else:
            report.per_predicate[key[1]].fp += 1
            report.misses.append(Miss("FP-rel", doc, " ".join(key)))
    for key in sorted(wanted - got):
        report.per_predicate[key[1]].fn += 1
        report.misses.append(Miss("FN-rel", doc, " ".join(key)))


def _score_entities(report: Report, doc: str, gold: dict, pred: _Predicted, resolve) -> None:
    nodes_of: dict[str, set[str]] = defaultdict(set)
    for node in pred.labels:
        if gold_id := resolve(node):
            nodes_of[gold_id].add(node)
    for entity in gold["entities"]:
        report.entities += 1
        nodes = nodes_of.get(entity["id"])
        if not nodes:
            report.misses.append(Miss("FN-ent", doc, entity["label"]))
            continue
        report.found += 1
        report.typed += any(entity["type"] in pred.types.get(n, ()) for n in nodes)
        report.nodes_of[entity["id"]] |= nodes


def _score_stances(report: Report, doc: str, gold: dict, pred: _Predicted, resolve) -> None:
    affiliated: dict[str, set[str]] = defaultdict(set)
    for r in gold["relations"]:
        if r["p"] in ROLE_PREDICATES:
            affiliated[r["s"]].add(r["o"])
            affiliated[r["o"]].add(r["s"])
    wanted = gold["stances"]
    got = sorted(pred.stances.get(doc, ()))

    def fits(stance: tuple[str, str, str], gs: dict) -> bool:
        holder, polarity, target = stance
        resolved = resolve(holder)
        return (polarity == gs["polarity"]
                and (resolved == gs["holder"] or resolved in affiliated.get(gs["holder"], ()))
                and any(k.lower() in target.lower() for k in gs["target_keywords"]))

    matching = _max_matching([[j for j, gs in enumerate(wanted) if fits(s, gs)] for s in got])
    matched = set(matching.values())
    report.stances.tp += len(matched)
    report.stances.fp += len(got) - len(matched)
    report.stances.fn += len(wanted) - len(matched)
    quoted = (lambda text: json.dumps(text, ensure_ascii=False))
    report.misses += [Miss("FP-stance", doc, f"{pred.name(h, resolve)} {pol} {quoted(target)}")
                      for i, (h, pol, target) in enumerate(got) if i not in matched]
    report.misses += [Miss("FN-stance", doc, f"{gs['holder']} {gs['polarity']} {quoted(gs['target'])}")
                      for j, gs in enumerate(wanted) if j not in matching]


def summary_line(report: Report) -> str:
    """One line, as the reference scorer prints it last."""
    (rp, rr, rf), (sp, sr, sf) = report.relations.prf(), report.stances.prf()
    e = report.as_dict()["entities"]
    return (f"relations P={rp} R={rr} F1={rf} | stances P={sp} R={sr} F1={sf} | "
            f"entities recall={e['recall']} typed={e['typed']} one-node={e['one_node']} | "
            f"docs {report.docs_in_graph}/{report.docs_scored}")


def format_report(report: Report, verbose: bool = False) -> list[str]:
    """A table per predicate, relations and stances; entity figures; misses; the summary line."""
    def row(name: str, c: Counts) -> str:
        p, r, f = c.prf()
        return f"{name:<16} {c.tp:>4} {c.fp:>4} {c.fn:>4} {p:>9.3f} {r:>7.3f} {f:>7.3f}"

    lines = [f"{'':<16} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'F1':>7}"]
    names = [*RELATION_PREDICATES, *sorted(set(report.per_predicate) - set(RELATION_PREDICATES))]
    lines += [row(p, report.per_predicate.get(p, Counts())) for p in names]
    lines += ["-" * len(lines[0]), row("relations", report.relations), row("stances", report.stances)]
    lines.append(f"entities: {report.found}/{report.entities} found, {report.typed} typed right, "
                 f"{report.one_node} on one node")
    if verbose:
        lines += [""] + [f"{m.kind:<10} {m.doc}  {m.what}" for m in report.misses]
        lines.append(f"({len(report.misses)} miss{'es' if len(report.misses) != 1 else ''})")
    lines.append(summary_line(report))
    return lines
