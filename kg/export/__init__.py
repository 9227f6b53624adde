"""Exports of the merged graph. `write_exports` writes every file of a build into one folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx


def _file_writers() -> list[tuple[str, Callable]]:
    from kg.export.gexf import write_gexf
    from kg.export.graphml import write_graphml
    from kg.export.jsonl import write_triples
    from kg.export.picture import write_png
    from kg.export.report import write_html_report
    from kg.export.tables import write_edge_table, write_node_table

    return [
        ("triples.jsonl", write_triples),
        ("graph.graphml", write_graphml),
        ("graph.gexf", write_gexf),
        ("nodes.csv", write_node_table),
        ("edges.csv", write_edge_table),
        ("index.html", write_html_report),
        ("graph.png", write_png),
    ]


def write_exports(graph: nx.MultiDiGraph, folder: Path) -> list[str]:
    """Write every export into `folder`; returns the file names written, in order."""
    from kg.rdf import write_rdf

    written = []
    for name, writer in _file_writers():
        writer(graph, folder / name)
        written.append(name)
    written += [path.name for path in write_rdf(graph, folder)]
    return written
