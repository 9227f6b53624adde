"""The visual report (`out/index.html`): one self-contained, offline page with an interactive network
(Cytoscape.js, vendored in kg/static/), filters by relation, mode and actor, and a panel listing the
evidence sentences and articles behind a clicked actor or relation.

The library, the page code and the graph (as JSON) are pasted into kg/static/report.html; the page's
Content-Security-Policy forbids every request, so nothing is fetched even by accident.
"""

from __future__ import annotations

import html
import json
import os
import re
from functools import cache
from importlib import resources
from typing import IO

import networkx as nx

from kg.export.style import (
    QUAD_COLOURS,
    TYPE_COLOURS,
    UNIT_PX,
    degree_size,
    edge_id,
    emit,
    hex_colour,
    layout,
    partners,
    quad_colour,
    sorted_edges,
    type_colour,
)
from kg.model import MODES
from kg.vocab import relation_types

TITLE = "kg — who did what to whom"
PIXELS_PER_UNIT = UNIT_PX  # layout units to screen pixels at zoom 1 (the layout spaces nodes for these sizes)
# Evidence sentences embedded per relation (the first ones, by article id): the page stays a few MB at 100k
# articles; the relation's weight still counts all of them, and triples.jsonl holds every one.
EVIDENCE_PER_EDGE = 20
_SLOT = re.compile(r"@@KG_([A-Z]+)@@")


@cache
def _static(name: str) -> str:
    return resources.files("kg").joinpath(f"static/{name}").read_text(encoding="utf-8")


def _nodes(graph: nx.MultiDiGraph, positions: dict) -> list[dict]:
    # rank 0 = most partners: zoomed out, the page labels only the first LABELLED_WHEN_CROWDED actors
    by_rank = sorted(graph.nodes, key=lambda n: (-partners(graph, n), -graph.degree(n), n))
    rank = {node: i for i, node in enumerate(by_rank)}
    out = []
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        x, y = positions.get(node, (0.0, 0.0))
        out.append(
            {
                "id": node,
                "label": data.get("label") or node,
                "label_vi": data.get("label_vi"),
                "type": data.get("type") or "other",
                "qid": data.get("qid"),
                "role": data.get("role"),
                "country": data.get("country"),
                "mentions": int(data.get("mentions") or 0),
                "degree": graph.degree(node),
                "rank": rank[node],
                "color": hex_colour(type_colour(data.get("type"))),
                "size": degree_size(partners(graph, node)),
                "x": round(x * PIXELS_PER_UNIT, 1),
                "y": round(-y * PIXELS_PER_UNIT, 1),  # screen y grows downwards
            }
        )
    return out


def _edges(graph: nx.MultiDiGraph, event_index: dict[int, int], event_count: int) -> list[dict]:
    types = relation_types()
    out = []
    for u, v, key, data in sorted_edges(graph):
        relation = str(data.get("relation") or key)
        weight = int(data.get("weight") or 1)
        out.append(
            {
                "id": edge_id(u, v, relation),
                "source": u,
                "target": v,
                "relation": relation,
                "relation_label": types[relation].label if relation in types else relation,
                "plover": data.get("plover"),
                "cameo": data.get("cameo"),
                "quad_class": data.get("quad_class"),
                "modes": list(data.get("modes") or ()),
                "weight": weight,
                "width": round(1.5 + min(weight, 8) * 0.6, 1),
                "asserted": bool(data.get("asserted", True)),
                "first_date": data.get("first_date"),
                "last_date": data.get("last_date"),
                "color": hex_colour(quad_colour(data.get("quad_class"))),
                "events": [event_index[i] for i in _evidence(data, event_count)],
            }
        )
    return out


def _evidence(data: dict, count: int) -> list[int]:
    """The indices of the events an edge shows: the first EVIDENCE_PER_EDGE that exist."""
    return [i for i in data.get("events") or () if i < count][:EVIDENCE_PER_EDGE]


def _event(event) -> dict:
    offset = event.evidence_start - event.sentence_start
    if event.sentence[offset : offset + len(event.evidence)] != event.evidence:
        offset = event.sentence.find(event.evidence) if event.evidence else -1
    return {
        "doc": event.doc,
        "sentence": event.sentence,
        "evidence": event.evidence,
        "evidence_offset": offset,
        "mode": event.mode,
        "date": event.date,
        "source": event.source,
    }


def _article(meta) -> dict:
    return {"title": meta.title, "url": meta.url, "outlet": meta.outlet, "date": meta.date}


def report_data(graph: nx.MultiDiGraph, positions: dict | None = None) -> dict:
    """Everything the page shows, as JSON-ready values in a stable order; `positions`: the graph's layout
    (kg.export.style.layout) when the caller has it already, else it is computed here."""
    events = graph.graph.get("events") or []
    used = sorted({i for *_, data in graph.edges(data=True) for i in _evidence(data, len(events))})
    event_index = {old: new for new, old in enumerate(used)}
    edges = _edges(graph, event_index, len(events))
    docs = {events[i].doc for i in used}
    articles = graph.graph.get("articles") or {}
    types = relation_types()
    present = {edge["relation"] for edge in edges}
    order = [r for r in types if r in present] + sorted(present - set(types))
    return {
        "nodes": _nodes(graph, layout(graph) if positions is None else positions),
        "edges": edges,
        "events": [_event(events[i]) for i in used],
        "articles": {doc: _article(articles[doc]) for doc in sorted(docs) if doc in articles},
        "relations": [
            {"id": r, "color": hex_colour(quad_colour(types[r].quad_class if r in types else None))}
            for r in order
        ],
        "modes": [mode for mode in MODES if any(mode in edge["modes"] for edge in edges)],
        "type_colours": {t: hex_colour(c) for t, c in TYPE_COLOURS.items()},
        "quad_colours": {q: hex_colour(c) for q, c in QUAD_COLOURS.items()},
    }


def _json_for_script(value) -> str:
    """JSON that cannot end its <script> element early or open a comment there."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def report_html(graph: nx.MultiDiGraph, positions: dict | None = None) -> str:
    slots = {
        "TITLE": html.escape(TITLE),
        "DATA": _json_for_script(report_data(graph, positions)),
        "LIBRARY": _static("cytoscape.min.js"),
        "APP": _static("report.js"),
    }
    # One pass, so text pasted into a slot is never itself searched for slots.
    return _SLOT.sub(lambda match: slots[match.group(1)], _static("report.html"))


def write_html_report(graph: nx.MultiDiGraph, path_or_file: str | os.PathLike | IO,
                      positions: dict | None = None) -> None:
    """Write index.html to a path (atomically) or a file object; `positions` as for report_data()."""
    emit(path_or_file, report_html(graph, positions).encode("utf-8"))
