"""A static picture of the graph (`out/graph.png`) for READMEs and reports: labelled nodes coloured by
actor type and sized by mentions, arrows coloured by cooperation/conflict (dashed when every instance is
negated), parallel relations bent apart. Same fixed-seed layout as the HTML report; no timestamp or
software version in the PNG, so the bytes are stable."""

from __future__ import annotations

import io
import os
from typing import IO

import networkx as nx

from kg.export.style import (
    QUAD_COLOURS,
    TYPE_COLOURS,
    emit,
    hex_colour,
    layout,
    node_size,
    quad_colour,
    sorted_edges,
    type_colour,
)

DPI = 100


def draw(graph: nx.MultiDiGraph):
    """A matplotlib Figure of the graph (Agg canvas, no pyplot state)."""
    from matplotlib.figure import Figure  # imported on use: `kg query` and `kg --help` stay light

    figure = Figure(figsize=(12, 8), dpi=DPI)
    axes = figure.add_axes((0.0, 0.0, 0.86, 1.0))
    axes.set_axis_off()
    positions = layout(graph)
    nodes = sorted(graph.nodes)
    sizes = {node: (node_size(graph.nodes[node].get("mentions")) * 1.15) ** 2 for node in nodes}
    if nodes:
        _draw_edges(axes, graph, positions, sizes)
        nx.draw_networkx_nodes(
            graph,
            positions,
            nodelist=nodes,
            ax=axes,
            node_size=[sizes[n] for n in nodes],
            node_color=[hex_colour(type_colour(graph.nodes[n].get("type"))) for n in nodes],
            edgecolors="white",
            linewidths=1.0,
        )
        for node in nodes:
            # Below the node, offset by its radius in points, so the label never hides the node.
            axes.annotate(
                graph.nodes[node].get("label") or node,
                xy=positions[node],
                xytext=(0, -(sizes[node] ** 0.5) / 2 - 2),
                textcoords="offset points",
                ha="center",
                va="top",
                fontsize=10,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8},
            )
        _legend(axes, graph)
    axes.set_aspect("equal", adjustable="datalim")
    axes.margins(0.1)
    return figure


def _draw_edges(axes, graph: nx.MultiDiGraph, positions: dict, sizes: dict) -> None:
    rank: dict[tuple[str, str], int] = {}
    for u, v, _key, data in sorted_edges(graph):
        if u == v:
            continue
        index = rank.get((u, v), 0)
        rank[(u, v)] = index + 1
        nx.draw_networkx_edges(
            graph,
            positions,
            edgelist=[(u, v)],
            ax=axes,
            arrows=True,
            arrowstyle="-|>",
            arrowsize=14,
            width=1.0 + min(float(data.get("weight") or 1), 8.0) * 0.5,
            edge_color=hex_colour(quad_colour(data.get("quad_class"))),
            style="solid" if data.get("asserted", True) else "dashed",
            connectionstyle=f"arc3,rad={0.08 + 0.12 * index:.2f}",
            node_size=[sizes[u], sizes[v]],
            nodelist=[u, v],
        )


def _legend(axes, graph: nx.MultiDiGraph) -> None:
    from matplotlib.lines import Line2D

    types = sorted({graph.nodes[n].get("type") or "other" for n in graph.nodes}, key=list(TYPE_COLOURS).index)
    quads = sorted(
        {d.get("quad_class") for *_, d in graph.edges(data=True)} & set(QUAD_COLOURS),
        key=list(QUAD_COLOURS).index,
    )
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            color=hex_colour(type_colour(t)),
            label=t.replace("_", " "),
        )
        for t in types
    ]
    handles += [
        Line2D([], [], color=hex_colour(quad_colour(q)), linewidth=2.5, label=q.replace("_", " "))
        for q in quads
    ]
    axes.figure.legend(handles=handles, loc="upper right", fontsize=9, frameon=False)


def png_bytes(graph: nx.MultiDiGraph) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = draw(graph)
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
    return buffer.getvalue()


def write_png(graph: nx.MultiDiGraph, path_or_file: str | os.PathLike | IO) -> None:
    """Write graph.png to a path (atomically) or a binary file object."""
    emit(path_or_file, png_bytes(graph))
