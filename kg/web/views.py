"""What the pages show, gathered from the store with the package queries (``kg/web/queries``).

Plain dicts and lists come out, ready for the templates; nothing here knows about HTTP. Rows of
the union default graph can repeat (a triple stated in several article graphs), so the queries
use DISTINCT or grouping, and the code below never counts rows to count things.
"""
from __future__ import annotations

from collections import OrderedDict

import pyoxigraph as ox

from kg.store import load_sparql
from kg.web.links import TYPE_NAMES, Links, curie, humanize, type_name
from kg.web.state import AppState, load_query

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
SG = "https://w3id.org/stancegraph/ontology#"
FACTS_PER_PAGE = 25
INFERRED_SHOWN = 50  # inferred relations listed on an entity page
NETWORK_NODES = 60


def _rows(app: AppState, name: str, **bindings) -> list[dict[str, str | None]]:
    return app.select(name, **{k: ox.NamedNode(v) if k != "q" else ox.Literal(v)
                                 for k, v in bindings.items()})


def resource(app: AppState, iri: str) -> dict | None:
    """Types, label, aliases, sameAs and every other property of ``iri``; None if unknown."""
    results = app.results(load_query("resource_triples"), {"iri": ox.NamedNode(iri)})
    props: list[tuple[str, ox.NamedNode | ox.Literal | ox.BlankNode]] = [(s["p"].value, s["o"]) for s in results]
    if not props:  # every node we mint has a type, so a node without properties is unknown
        return None
    types = [o.value for p, o in props if p == RDF_TYPE]
    labels = [o.value for p, o in props if p == RDFS_LABEL]
    return {
        "iri": iri,
        "types": types,
        "type": type_name(types) or ("Article" if SG + "Article" in types else ""),
        "label": labels[0] if labels else iri.rsplit("/", 1)[-1],
        "aliases": sorted({o.value for p, o in props if p == ALT_LABEL} - set(labels[:1])),
        "same_as": sorted(o.value for p, o in props if p == SAME_AS),
        "properties": [{"p": p, "curie": curie(p), "value": o.value,
                        "is_iri": isinstance(o, ox.NamedNode),
                        "datatype": curie(o.datatype.value) if isinstance(o, ox.Literal) else None}
                       for p, o in props],
        "values": {p: o.value for p, o in props},
    }


def entity(app: AppState, links: Links, node: dict, page: int) -> dict:
    """Relations (paginated, with evidence), stances, contradictions, articles, network data."""
    iri = node["iri"]
    facts = _rows(app, "entity_facts", entity=iri)
    pages = max(1, -(-len(facts) // FACTS_PER_PAGE))
    shown = facts[(page - 1) * FACTS_PER_PAGE: page * FACTS_PER_PAGE]
    groups: OrderedDict[tuple[str, str], list[dict]] = OrderedDict()
    for fact in shown:
        subject, obj = (iri, fact["other"]) if fact["direction"] == "out" else (fact["other"], iri)
        fact["type"] = type_name(fact["otherTypes"])
        fact["evidence"] = _rows(app, "fact_evidence", subject=subject, predicate=fact["predicate"],
                                 object=obj)
        groups.setdefault((fact["direction"], fact["predicate"]), []).append(fact)
    stances = _stances(_rows(app, "entity_stances", entity=iri))
    return {
        "groups": [{"direction": d, "predicate": p, "phrase": humanize(p), "facts": fs}
                   for (d, p), fs in groups.items()],
        "fact_count": len(facts), "page": page, "pages": pages,
        "stances": stances,
        "inferred": inferred(app, iri),
        "contradictions": _rows(app, "contradictions", entity=iri),
        "articles": _rows(app, "entity_articles", entity=iri),
        "network": network(links, node, facts, stances),
    }


def inferred(app: AppState, iri: str) -> dict:
    """The inferred relations of ``iri`` (as subject), each with its rule and premises, from
    ``kg/sparql/explain.rq``: the premise's predicate and the article stating it (or, for a
    premise inferred in turn, that it was inferred). Types are left out: they are no relations."""
    facts: OrderedDict[tuple[str, str], dict] = OrderedDict()
    for row in app.rows(load_sparql("explain"), {"entity": ox.NamedNode(iri)}):
        if row["predicate"] == RDF_TYPE:
            continue
        fact = facts.setdefault((row["predicate"], row["object"]), {
            "predicate": row["predicate"], "phrase": humanize(row["predicate"]),
            "other": row["object"], "rule": row["rule"], "premises": []})
        premise = {"phrase": humanize(row["premisePredicate"]) if row["premisePredicate"] else "",
                   "inferred": row["premiseKind"] == SG + "Inference",
                   "article": row["article"], "articleId": row["articleId"]}
        if row["premise"] and premise not in fact["premises"]:
            fact["premises"].append(premise)
    shown = list(facts.values())[:INFERRED_SHOWN]
    for fact in shown:
        label = _rows(app, "entity_label", iri=fact["other"])[0]
        fact["otherLabel"], fact["type"] = label["label"], type_name(label["types"])
    return {"facts": shown, "total": len(facts)}


def _stances(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"holder": [], "speaker": [], "target": []}
    for row in rows:
        row["polarity_name"] = (row["polarity"] or "").rsplit("#", 1)[-1]
        row["target_entities"] = (row["targetEntities"] or "").split()
        out[row["role"]].append(row)
    return out


def network(links: Links, node: dict, facts: list[dict], stances: dict[str, list[dict]]) -> dict:
    """Cytoscape elements for the neighbourhood: the entity, its related entities, the edges."""
    iri = node["iri"]
    nodes = {iri: {"id": iri, "label": node["label"], "type": node["type"], "center": True,
                   "href": links.local(iri)}}
    edges = {}
    ranked = sorted(facts, key=lambda f: -int(f["articles"] or 0))
    for fact in ranked:
        other = fact["other"]
        if other not in nodes and len(nodes) >= NETWORK_NODES:
            continue
        nodes.setdefault(other, {"id": other, "label": fact["otherLabel"] or other,
                                 "type": type_name(fact["otherTypes"]), "href": links.local(other)})
        source, target = (iri, other) if fact["direction"] == "out" else (other, iri)
        edges[(source, fact["predicate"], target)] = humanize(fact["predicate"])
    for stance in stances["holder"]:
        for target in stance["target_entities"]:
            if target in nodes:
                edges[(iri, stance["polarity_name"], target)] = stance["polarity_name"].lower() + "s (stance)"
    return {"nodes": list(nodes.values()),
            "edges": [{"id": f"e{i}", "source": s, "target": t, "label": label}
                      for i, ((s, _, t), label) in enumerate(edges.items())]}


def article(app: AppState, iri: str) -> dict:
    """The facts and stances extracted from an article, and the entities it names."""
    mentions = []
    for row in _rows(app, "article_mentions", article=iri):
        forms = {row["label"] or ""} | set((row["aliases"] or "").split("\x1f"))
        mentions.append({"iri": row["entity"], "label": row["label"] or row["entity"],
                         "type": type_name(row["types"]), "forms": sorted(f for f in forms if f.strip())})
    mentions.sort(key=lambda m: (TYPE_NAMES.index(m["type"]) if m["type"] else 9, m["label"]))
    facts = _rows(app, "article_facts", article=iri)
    for fact in facts:
        fact["phrase"] = humanize(fact["predicate"]) if fact["kind"] == "assertion" else \
            (fact["predicate"] or "").rsplit("#", 1)[-1].lower() + "s"
    return {"mentions": mentions, "facts": facts}
