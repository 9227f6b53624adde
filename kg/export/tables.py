"""Node and edge tables (`out/nodes.csv`, `out/edges.csv`) in the column names Gephi's spreadsheet import
(Data Laboratory > Import Spreadsheet) recognises: Id, Label for nodes; Source, Target, Type (direction),
Id, Label, Kind (Gephi keeps edges of different kinds apart), Weight for edges. Other columns become
attributes. Lists are joined with ';'; missing values are empty cells.
"""

from __future__ import annotations

import csv
import io
import os
from typing import IO

import networkx as nx

from kg.export.style import edge_id, emit, flat, hex_colour, node_size, sorted_edges, type_colour

NODE_COLUMNS = (
    "Id",
    "Label",
    "Label_vi",
    "Type",
    "Qid",
    "Country",
    "Role",
    "Mentions",
    "Article_count",
    "Articles",
    "Size",
    "Color",
)
EDGE_COLUMNS = (
    "Source",
    "Target",
    "Type",
    "Id",
    "Label",
    "Kind",
    "Weight",
    "Relation",
    "Mode",
    "Plover",
    "Cameo",
    "Quad_class",
    "First_date",
    "Last_date",
    "Article_count",
    "Articles",
    "Asserted",
)


def node_rows(graph: nx.MultiDiGraph) -> list[list]:
    rows = []
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        articles = data.get("articles") or ()
        rows.append(
            [
                node,
                data.get("label") or node,
                data.get("label_vi"),
                data.get("type"),
                data.get("qid"),
                data.get("country"),
                data.get("role"),
                int(data.get("mentions") or 0),
                len(articles),
                articles,
                node_size(data.get("mentions")),
                hex_colour(type_colour(data.get("type"))),
            ]
        )
    return rows


def edge_rows(graph: nx.MultiDiGraph) -> list[list]:
    rows = []
    for u, v, key, data in sorted_edges(graph):
        relation = str(data.get("relation") or key)
        articles = data.get("articles") or ()
        asserted = data.get("asserted")
        rows.append(
            [
                u,
                v,
                "Directed",
                edge_id(u, v, relation),
                relation,
                relation,
                float(data.get("weight") or 1),
                relation,
                data.get("modes"),
                data.get("plover"),
                data.get("cameo"),
                data.get("quad_class"),
                data.get("first_date"),
                data.get("last_date"),
                len(articles),
                articles,
                None if asserted is None else str(bool(asserted)).lower(),
            ]
        )
    return rows


def _csv_bytes(header: tuple, rows: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if (value := flat(cell)) is None else value for cell in row])
    return buffer.getvalue().encode("utf-8")


def write_node_table(graph: nx.MultiDiGraph, path_or_file: str | os.PathLike | IO) -> None:
    """nodes.csv: one row per actor."""
    emit(path_or_file, _csv_bytes(NODE_COLUMNS, node_rows(graph)))


def write_edge_table(graph: nx.MultiDiGraph, path_or_file: str | os.PathLike | IO) -> None:
    """edges.csv: one row per (subject, relation, object)."""
    emit(path_or_file, _csv_bytes(EDGE_COLUMNS, edge_rows(graph)))
