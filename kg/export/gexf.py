"""GEXF 1.3, Gephi's own format (`out/graph.gexf`).

Written by hand: networkx's writer lets an edge attribute named `type` overwrite the directed flag and
puts a wrong xsi namespace in 1.3 output. Here every edge has a unique id, `label` and `kind` set to its
relation (Gephi keeps edges of different kinds apart instead of merging them), a `weight`, viz:color by
cooperation/conflict, and - where its events are dated - one spell per event date, so Gephi's timeline
plays the events in order. Nodes carry viz:color by actor type and viz:size by mentions.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from typing import IO

import networkx as nx

from kg.export.style import edge_id, emit, flat, node_size, quad_colour, sorted_edges, type_colour

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# (attribute id, GEXF type); label, colour, size, weight and kind travel in GEXF's own fields.
NODE_ATTRIBUTES = (
    ("label_vi", "string"),
    ("type", "string"),
    ("qid", "string"),
    ("country", "string"),
    ("role", "string"),
    ("mentions", "integer"),
    ("article_count", "integer"),
    ("articles", "string"),
)
EDGE_ATTRIBUTES = (
    ("relation", "string"),
    ("mode", "string"),
    ("plover", "string"),
    ("cameo", "string"),
    ("quad_class", "string"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("article_count", "integer"),
    ("articles", "string"),
    ("asserted", "boolean"),
)


def _node_values(data: dict) -> dict:
    articles = data.get("articles") or ()
    return {
        "label_vi": data.get("label_vi"),
        "type": data.get("type"),
        "qid": data.get("qid"),
        "country": data.get("country"),
        "role": data.get("role"),
        "mentions": int(data.get("mentions") or 0),
        "article_count": len(articles),
        "articles": articles,
    }


def _edge_values(relation: str, data: dict) -> dict:
    articles = data.get("articles") or ()
    return {
        "relation": relation,
        "mode": data.get("modes"),
        "plover": data.get("plover"),
        "cameo": data.get("cameo"),
        "quad_class": data.get("quad_class"),
        "first_date": data.get("first_date"),
        "last_date": data.get("last_date"),
        "article_count": len(articles),
        "articles": articles,
        "asserted": data.get("asserted"),
    }


def event_dates(graph: nx.MultiDiGraph, data: dict) -> list[str]:
    """Distinct full dates (yyyy-mm-dd; partial ones cannot be spells) of the events behind an edge, in order."""
    events = graph.graph.get("events") or []
    dates = {events[i].date for i in data.get("events") or () if i < len(events)}
    if not dates - {None}:
        dates = {data.get("first_date"), data.get("last_date")}
    return sorted(d for d in dates if d and _DATE.fullmatch(d))


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _attvalues(parent: ET.Element, spec: tuple, values: dict) -> None:
    rows = [(name, flat(values.get(name))) for name, _kind in spec]
    rows = [(name, value) for name, value in rows if value is not None]
    if rows:
        holder = ET.SubElement(parent, "attvalues")
        for name, value in rows:
            ET.SubElement(holder, "attvalue", {"for": name, "value": _text(value)})


def _declare(graph_element: ET.Element, target: str, spec: tuple) -> None:
    holder = ET.SubElement(graph_element, "attributes", {"class": target, "mode": "static"})
    for name, kind in spec:
        ET.SubElement(holder, "attribute", {"id": name, "title": name, "type": kind})


def _colour(parent: ET.Element, rgb: tuple[int, int, int]) -> None:
    ET.SubElement(parent, "viz:color", {"r": str(rgb[0]), "g": str(rgb[1]), "b": str(rgb[2])})


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    edges = sorted_edges(graph)
    spells = {(u, v, key): event_dates(graph, data) for u, v, key, data in edges}
    dynamic = any(spells.values())

    root = ET.Element("gexf", {"xmlns": GEXF_NS, "xmlns:viz": VIZ_NS, "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "kg"
    ET.SubElement(meta, "description").text = "Actor-relation-actor events from Vietnamese news"
    attrs = {"defaultedgetype": "directed", "mode": "dynamic" if dynamic else "static"}
    if dynamic:
        attrs["timeformat"] = "date"
    body = ET.SubElement(root, "graph", attrs)
    _declare(body, "node", NODE_ATTRIBUTES)
    _declare(body, "edge", EDGE_ATTRIBUTES)

    nodes = ET.SubElement(body, "nodes", {"count": str(graph.number_of_nodes())})
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        element = ET.SubElement(nodes, "node", {"id": node, "label": flat(data.get("label")) or node})
        _attvalues(element, NODE_ATTRIBUTES, _node_values(data))
        _colour(element, type_colour(data.get("type")))
        ET.SubElement(element, "viz:size", {"value": repr(node_size(data.get("mentions")))})

    edge_holder = ET.SubElement(body, "edges", {"count": str(len(edges))})
    for u, v, key, data in edges:
        relation = str(data.get("relation") or key)
        attrs = {
            "id": edge_id(u, v, relation),
            "source": u,
            "target": v,
            "label": relation,
            "kind": relation,
            "weight": repr(float(data.get("weight") or 1)),
        }
        element = ET.SubElement(edge_holder, "edge", attrs)
        _attvalues(element, EDGE_ATTRIBUTES, _edge_values(relation, data))
        if spells[(u, v, key)]:
            spell_holder = ET.SubElement(element, "spells")
            for date in spells[(u, v, key)]:
                ET.SubElement(spell_holder, "spell", {"start": date, "end": date})
        _colour(element, quad_colour(data.get("quad_class")))
    ET.indent(root)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode() + b"\n"
    )


def write_gexf(graph: nx.MultiDiGraph, path_or_file: str | os.PathLike | IO) -> None:
    """Write the graph as GEXF 1.3 to a path (atomically) or a file object."""
    emit(path_or_file, gexf_bytes(graph))
