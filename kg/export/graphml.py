"""GraphML for Gephi, yEd and igraph (`out/graph.graphml`).

Written by hand rather than with networkx so that it is valid against the GraphML XSD and reads well in
Gephi: lowercase `label`, `r`/`g`/`b` and `size` (Gephi's node properties), scalar values only (lists are
joined with ';', missing values are left out), ids that are XML NMTOKENs, one edge per
(subject, relation, object). GraphML has no time, so dates are plain strings here; see gexf.py for the
dynamic graph.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from typing import IO

import networkx as nx

from kg.export.style import emit, flat, node_size, quad_colour, sorted_edges, type_colour

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_NMTOKEN_SAFE = re.compile(r"[A-Za-z0-9_:-]")

# (attribute name, GraphML type) in the order they are declared and written.
NODE_KEYS = (
    ("label", "string"),
    ("label_vi", "string"),
    ("type", "string"),
    ("qid", "string"),
    ("country", "string"),
    ("role", "string"),
    ("mentions", "int"),
    ("article_count", "int"),
    ("articles", "string"),
    ("r", "int"),
    ("g", "int"),
    ("b", "int"),
    ("size", "double"),
)
EDGE_KEYS = (
    ("label", "string"),
    ("relation", "string"),
    ("weight", "double"),
    ("mode", "string"),
    ("plover", "string"),
    ("cameo", "string"),
    ("quad_class", "string"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("article_count", "int"),
    ("articles", "string"),
    ("asserted", "boolean"),
    ("r", "int"),
    ("g", "int"),
    ("b", "int"),
)


def nmtoken(text: str) -> str:
    """GraphML ids must be XML NMTOKENs: keep [A-Za-z0-9_:-], write anything else as .HEX. (reversibly)."""
    return "".join(ch if _NMTOKEN_SAFE.fullmatch(ch) else f".{ord(ch):X}." for ch in str(text))


def node_values(node: str, data: dict) -> dict:
    r, g, b = type_colour(data.get("type"))
    articles = data.get("articles") or ()
    return {
        "label": data.get("label") or node,
        "label_vi": data.get("label_vi"),
        "type": data.get("type"),
        "qid": data.get("qid"),
        "country": data.get("country"),
        "role": data.get("role"),
        "mentions": int(data.get("mentions") or 0),
        "article_count": len(articles),
        "articles": articles,
        "r": r,
        "g": g,
        "b": b,
        "size": node_size(data.get("mentions")),
    }


def edge_values(relation: str, data: dict) -> dict:
    r, g, b = quad_colour(data.get("quad_class"))
    articles = data.get("articles") or ()
    return {
        "label": data.get("relation") or relation,
        "relation": data.get("relation") or relation,
        "weight": float(data.get("weight") or 1),
        "mode": data.get("modes"),
        "plover": data.get("plover"),
        "cameo": data.get("cameo"),
        "quad_class": data.get("quad_class"),
        "first_date": data.get("first_date"),
        "last_date": data.get("last_date"),
        "article_count": len(articles),
        "articles": articles,
        "asserted": data.get("asserted"),
        "r": r,
        "g": g,
        "b": b,
    }


def _text(value, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    if kind == "int":
        return str(int(value))
    return str(value)


def _add_data(parent: ET.Element, prefix: str, keys: tuple, values: dict, used: set[str]) -> None:
    for name, kind in keys:
        value = flat(values.get(name))
        if value is None or name not in used:
            continue
        ET.SubElement(parent, "data", {"key": f"{prefix}{name}"}).text = _text(value, kind)


def _used(rows: list[dict]) -> set[str]:
    return {name for row in rows for name, value in row.items() if flat(value) is not None}


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    nodes = [(node, node_values(node, graph.nodes[node])) for node in sorted(graph.nodes)]
    edges = [(u, v, edge_values(key, data)) for u, v, key, data in sorted_edges(graph)]
    node_used = _used([values for _, values in nodes])
    edge_used = _used([values for _, _, values in edges])

    root = ET.Element(
        "graphml", {"xmlns": GRAPHML_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": SCHEMA_LOCATION}
    )
    for prefix, target, keys, used in (
        ("n_", "node", NODE_KEYS, node_used),
        ("e_", "edge", EDGE_KEYS, edge_used),
    ):
        for name, kind in keys:
            if name in used:
                attrs = {"id": f"{prefix}{name}", "for": target, "attr.name": name, "attr.type": kind}
                ET.SubElement(root, "key", attrs)
    body = ET.SubElement(root, "graph", {"id": "kg", "edgedefault": "directed"})
    for node, values in nodes:
        element = ET.SubElement(body, "node", {"id": nmtoken(node)})
        _add_data(element, "n_", NODE_KEYS, values, node_used)
    # No edge ids: they carry nothing here, and igraph 1.0 fills its edge "id" attribute with node ids.
    for u, v, values in edges:
        element = ET.SubElement(body, "edge", {"source": nmtoken(u), "target": nmtoken(v)})
        _add_data(element, "e_", EDGE_KEYS, values, edge_used)
    ET.indent(root)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode() + b"\n"
    )


def write_graphml(graph: nx.MultiDiGraph, path_or_file: str | os.PathLike | IO) -> None:
    """Write the graph as Gephi-ready GraphML to a path (atomically) or a file object."""
    emit(path_or_file, graphml_bytes(graph))
