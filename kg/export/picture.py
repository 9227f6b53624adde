"""A static picture of the graph (`out/graph.png`) for READMEs and reports: actors with relations, coloured by
type and sized by degree, the busiest labelled where a label overlaps nothing; arrows coloured by
cooperation/conflict (dashed when every instance is negated), parallel relations bent apart. Same fixed-seed
layout as the HTML report; no timestamp or software version in the PNG, so the bytes are stable."""

from __future__ import annotations

import io
import os
from typing import IO

import networkx as nx

from kg.export.style import (
    QUAD_COLOURS,
    TYPE_COLOURS,
    UNIT_PX,
    degree_size,
    emit,
    hex_colour,
    layout,
    partners,
    quad_colour,
    sorted_edges,
    type_colour,
)

DPI = 100
FIGSIZE = (15, 9.5)  # 1500 x 950 pixels: a laptop screen shows it at full size
FONT_SIZE = 11
MAX_LABELS = 40  # the busiest actors get labels; the others are told apart by the report, not the picture


def draw(graph: nx.MultiDiGraph, positions: dict | None = None):
    """A matplotlib Figure of the graph (Agg canvas, no pyplot state); `positions`: the graph's layout
    (kg.export.style.layout) when the caller has it already, else it is computed here."""
    return _draw(graph, positions)[0]


def label_boxes(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float, float, float]]:
    """The labels drawn and their boxes in pixels (x0, y0, x1, y1): what tests check for overlaps."""
    return _draw(graph)[1]


def _draw(graph: nx.MultiDiGraph, positions: dict | None = None):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure  # imported on use: `kg query` and `kg --help` stay light

    figure = Figure(figsize=FIGSIZE, dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.01, 0.01, 0.78, 0.98))
    axes.set_axis_off()
    positions = layout(graph) if positions is None else positions
    nodes = _drawn_nodes(graph)
    boxes: dict[str, tuple[float, float, float, float]] = {}
    if nodes:
        unit = _fix_limits(axes, [positions[n] for n in nodes])
        # marker areas in points²; a node never grows past most of the gap the layout keeps between nodes
        sizes = {n: (min(degree_size(graph.degree(n)), degree_size(partners(graph, n)) * unit / UNIT_PX) * 72 / DPI) ** 2 for n in nodes}
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
        _fix_limits(axes, [positions[n] for n in nodes])  # networkx autoscaled while drawing: undo it
        boxes = _place_labels(axes, graph, positions, sizes, nodes)
        _legend(axes, graph, len(graph) - len(nodes))
    return figure, boxes


def _fix_limits(axes, points) -> float:
    """Equal-aspect limits around `points` with room for labels; returns pixels per layout unit."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    pad = 1.0
    axes.set_xlim(min(xs) - pad, max(xs) + pad)
    axes.set_ylim(min(ys) - pad, max(ys) + pad)
    axes.set_aspect("equal", adjustable="box")  # the box shrinks to the graph's shape; limits stay as set
    axes.apply_aspect()
    (x0, _), (x1, _) = axes.transData.transform([(0.0, 0.0), (1.0, 0.0)])
    return abs(x1 - x0)


def _drawn_nodes(graph: nx.MultiDiGraph) -> list[str]:
    """Actors with relations; the isolated ones only fill the picture (they stay listed in the report)."""
    linked = sorted(n for n in graph.nodes if any(u != v for u, v in graph.edges(n)) or
                    any(u != v for u, v in graph.in_edges(n)))
    return linked or sorted(graph.nodes)


def _place_labels(axes, graph, positions, sizes, nodes) -> dict[str, tuple[float, float, float, float]]:
    """Label the busiest actors first, below, above, right or left of the node: the first spot inside the figure
    whose box overlaps no label already placed, preferring spots that cover no other node. An actor whose label
    fits nowhere goes unlabelled (the report has it): labels never overlap each other."""
    renderer = axes.figure.canvas.get_renderer()
    to_pixels = axes.transData.transform
    node_boxes = {n: _node_box(to_pixels(positions[n]), sizes[n]) for n in nodes}
    width, height = axes.figure.bbox.width, axes.figure.bbox.height
    placed: dict[str, tuple[float, float, float, float]] = {}
    for node in sorted(nodes, key=lambda n: (-partners(graph, n), -graph.degree(n), n))[:MAX_LABELS]:
        spots = []
        for spot in _SPOTS:
            text = _label(axes, graph, positions, sizes, node, spot)
            box = text.get_window_extent(renderer).expanded(1.04, 1.1)
            box = (box.x0, box.y0, box.x1, box.y1)
            text.remove()
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
            if inside and not any(_overlap(box, other) for other in placed.values()):
                covers = sum(_overlap(box, b) for n, b in node_boxes.items() if n != node)
                spots.append((covers, _SPOTS.index(spot), spot, box))
        if spots:
            _covers, _rank, spot, box = min(spots)
            _label(axes, graph, positions, sizes, node, spot)
            placed[node] = box
    return placed


# (dx, dy, ha, va): below, above, right, left of the node
_SPOTS = ((0, -1, "center", "top"), (0, 1, "center", "bottom"), (1, 0, "left", "center"), (-1, 0, "right", "center"))


def _label(axes, graph, positions, sizes, node, spot):
    dx, dy, ha, va = spot
    offset = sizes[node] ** 0.5 / 2 + 2  # the marker's radius in points, and a little air
    return axes.annotate(
        graph.nodes[node].get("label") or node, xy=positions[node], xytext=(dx * offset, dy * offset),
        textcoords="offset points", ha=ha, va=va, fontsize=FONT_SIZE, zorder=5,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
    )


def _node_box(centre, area_points: float) -> tuple[float, float, float, float]:
    r = area_points ** 0.5 / 2 * DPI / 72
    return (centre[0] - r, centre[1] - r, centre[0] + r, centre[1] + r)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _draw_edges(axes, graph: nx.MultiDiGraph, positions: dict, sizes: dict) -> None:
    # Each arrow added to the axes would update their data limits from its curve's extent (a quarter of the
    # picture's time), for autoscaling that _fix_limits has turned off and redoes by hand: skip that work. The
    # view limits, and so every pixel, are the same.
    axes._update_patch_limits = _nothing
    try:
        _draw_arrows(axes, graph, positions, sizes)
    finally:
        del axes._update_patch_limits


def _nothing(*_args, **_kwargs) -> None:
    return None


def _draw_arrows(axes, graph: nx.MultiDiGraph, positions: dict, sizes: dict) -> None:
    """Every arrow in one draw_networkx_edges call, with per-edge widths, colours and styles: the same
    FancyArrowPatches, with the same arguments and in the same order, as one call per edge (graph.png stays
    byte-identical), without a call's set-up repeated for each edge. The n-th relation between the same two
    actors is bent by the n-th connection style: networkx counts parallel (u, v) pairs of a multigraph's edge
    list the same way."""
    edges = [(u, v, data) for u, v, _key, data in sorted_edges(graph) if u != v]
    if not edges:
        return
    rank: dict[tuple[str, str], int] = {}
    for u, v, _data in edges:
        rank[(u, v)] = rank.get((u, v), 0) + 1
    ends = sorted({n for u, v, _data in edges for n in (u, v)})
    nx.draw_networkx_edges(
        graph,
        positions,
        edgelist=[(u, v) for u, v, _data in edges],
        ax=axes,
        arrows=True,
        arrowstyle="-|>",
        arrowsize=14,
        width=[1.0 + min(float(data.get("weight") or 1), 8.0) * 0.5 for _u, _v, data in edges],
        edge_color=[hex_colour(quad_colour(data.get("quad_class"))) for _u, _v, data in edges],
        style=["solid" if data.get("asserted", True) else "dashed" for _u, _v, data in edges],
        connectionstyle=[f"arc3,rad={0.08 + 0.12 * index:.2f}" for index in range(max(rank.values()))],
        node_size=[sizes[n] for n in ends],
        nodelist=ends,
    )


def _legend(axes, graph: nx.MultiDiGraph, hidden: int) -> None:
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
    if hidden:
        axes.figure.text(0.01, 0.01, f"{hidden} actors without relations are not drawn (see index.html)",
                         fontsize=10, color="#5f6b76")
    axes.figure.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.8, 0.98), fontsize=11, frameon=False)


def png_bytes(graph: nx.MultiDiGraph, positions: dict | None = None) -> bytes:
    figure = draw(graph, positions)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
    return buffer.getvalue()


def write_png(graph: nx.MultiDiGraph, path_or_file: str | os.PathLike | IO, positions: dict | None = None) -> None:
    """Write graph.png to a path (atomically) or a binary file object; `positions` as for draw()."""
    emit(path_or_file, png_bytes(graph, positions))
