"""What every visual export shares: colours by actor type and by cooperation/conflict, node sizes,
the layout, flattening of attribute values, and writing bytes to a path (atomically) or a file object."""

from __future__ import annotations

import io
import math
import os
import re
from typing import IO

import networkx as nx

from kg.atomic import atomic_write

# Okabe-Ito colours: distinguishable for colour-blind readers and on white or black backgrounds.
TYPE_COLOURS: dict[str, tuple[int, int, int]] = {
    "country": (0, 114, 178),
    "government": (86, 180, 233),
    "military": (213, 94, 0),
    "organisation": (0, 158, 115),
    "armed_group": (64, 64, 64),
    "person": (230, 159, 0),
    "coalition": (204, 121, 167),
    "other": (160, 160, 160),
}
# Greens for cooperation, reds for conflict; the material (deeds) shade is darker than the verbal (words) one.
QUAD_COLOURS: dict[str, tuple[int, int, int]] = {
    "verbal_cooperation": (102, 189, 99),
    "material_cooperation": (26, 120, 55),
    "verbal_conflict": (244, 109, 67),
    "material_conflict": (178, 24, 43),
}
UNKNOWN_COLOUR = (160, 160, 160)
LIST_SEPARATOR = ";"
LAYOUT_SEED = 7
MIN_GAP = 2.0  # least distance between the rims of two nodes of a component, in layout units
UNIT_PX = 60  # pixels per layout unit in the report at zoom 1 (node sizes below are in pixels)
# Characters XML 1.0 forbids; scraped text sometimes carries them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def type_colour(actor_type: str | None) -> tuple[int, int, int]:
    return TYPE_COLOURS.get(actor_type or "other", TYPE_COLOURS["other"])


def quad_colour(quad_class: str | None) -> tuple[int, int, int]:
    return QUAD_COLOURS.get(quad_class or "", UNKNOWN_COLOUR)


def hex_colour(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def node_size(mentions: int | None) -> float:
    """Gephi-scale node size: 10 for an actor never mentioned, growing with the square root of mentions."""
    return round(10.0 + 5.0 * math.sqrt(max(mentions or 0, 0)), 1)


def degree_size(degree: int) -> float:
    """Node diameter in pixels for the report and the picture: busier actors are bigger, so the eye finds them."""
    return round(16.0 + 9.0 * math.sqrt(max(degree, 0)), 1)


def partners(graph: nx.MultiDiGraph, node: str) -> int:
    """Distinct other actors `node` has a relation with, either way: the degree that sizes nodes."""
    return len((set(graph.predecessors(node)) | set(graph.successors(node))) - {node})


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def flat(value) -> str | int | float | bool | None:
    """A scalar for formats without lists: tuples joined with ';', empty strings and lists become None."""
    if isinstance(value, (tuple, list, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        value = LIST_SEPARATOR.join(str(item) for item in items)
    if isinstance(value, str):
        value = " ".join(xml_safe(value).split())
    return None if value == "" else value


def edge_id(subject: str, obj: str, relation: str) -> str:
    """Unique, readable edge id: the graph has one edge per (subject, relation, object)."""
    return f"{subject}|{relation}|{obj}"


def sorted_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, dict]]:
    """Edges in a stable order: subject, object, relation."""
    return sorted(graph.edges(keys=True, data=True), key=lambda edge: (edge[0], edge[1], str(edge[2])))


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Fixed-seed positions shared by the picture and the report, so both look alike.

    Each connected component gets its own spring layout, sized by the square root of its node count and spread
    so no two nodes touch, and components are packed in rows, largest first: a global spring layout would push
    small components (a lone person) to the corners and crush the main one. Actors without relations come last,
    in rows of their own (the report hides them by default, the picture leaves them out).
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    simple.add_edges_from((u, v) for u, v, _key, _data in sorted_edges(graph) if u != v)
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    if not components:
        return {}
    radii = {n: degree_size(simple.degree(n)) / 2 / UNIT_PX for n in simple.nodes}
    locals_ = [_component_layout(simple.subgraph(nodes), _radius(len(nodes)), radii) for nodes in components]
    halves = [max([0.5] + [max(abs(x), abs(y)) for x, y in local.values()]) + 0.4 for local in locals_]
    linked = sum(len(c) for c in components if len(c) > 1)
    # rows about 1.6 times as wide as tall: screens and the picture are landscape
    row_width = max(2.0 * halves[0], 1.6 * math.sqrt(sum(4 * h * h for h in halves if h > 1.0)), 3.0 * math.sqrt(linked))
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for nodes, local, half in zip(components, locals_, halves):
        if x > 0 and (x + 2 * half > row_width or (len(nodes) == 1 and row_height > 2 * half)):
            x, y, row_height = 0.0, y - row_height - 0.4, 0.0  # a new row; lone actors start their own
        for node in nodes:
            lx, ly = local[node]
            positions[node] = (round(x + half + lx, 4), round(y - half + ly, 4))
        x += 2 * half + 0.4
        row_height = max(row_height, 2 * half)
    return positions


def _radius(nodes: int) -> float:
    """Half the side of a component's box, in layout units: a lone actor needs little room."""
    return 0.6 if nodes == 1 else 1.5 * math.sqrt(nodes)


def _component_layout(component: nx.Graph, radius: float, radii: dict[str, float]) -> dict[str, tuple[float, float]]:
    if component.number_of_nodes() == 1:
        return {next(iter(component.nodes)): (0.0, 0.0)}
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(component.nodes))
    ordered.add_edges_from(sorted(component.edges))
    # k twice networkx's default spreads hubs' neighbourhoods, so dense clusters do not collapse into a blob
    k = 2.0 / math.sqrt(component.number_of_nodes())
    found = nx.spring_layout(ordered, k=k, iterations=300, seed=LAYOUT_SEED, scale=radius * 0.85)
    return _spread({node: (float(px), float(py)) for node, (px, py) in found.items()}, radii)


def _spread(points: dict[str, tuple[float, float]], radii: dict[str, float], gap: float = MIN_GAP,
            rounds: int = 80) -> dict:
    """Push apart nodes whose rims are closer than `gap` layout units (spring layouts put a hub's leaves on top
    of each other, which hid "US-led coalition" behind another node). Deterministic: sorted order, fixed rounds."""
    names = sorted(points)
    xs, ys = [points[n][0] for n in names], [points[n][1] for n in names]
    rims = [gap + radii[n] for n in names]  # gap + radius: the same sum, in the same order, as gap + ra + rb
    sizes = [radii[n] for n in names]
    for _ in range(rounds):
        if not _spread_round(xs, ys, rims, sizes):
            break
    return {n: (x, y) for n, x, y in zip(names, xs, ys, strict=True)}


def _spread_round(xs: list[float], ys: list[float], rims: list[float], sizes: list[float]) -> bool:
    """One round of _spread over every pair in order, in place; whether a node moved. The arithmetic is the
    same, operation for operation, as pair by pair over dicts (the layout, and so graph.png, stay byte-identical);
    a pair farther apart than `wanted` along either axis is skipped before math.hypot (which is never below
    either side), as hypot would have skipped it."""
    hypot = math.hypot
    moved = False
    count = len(xs)
    for i in range(count):
        ax, ay, rim = xs[i], ys[i], rims[i]
        for j in range(i + 1, count):
            dx, dy = xs[j] - ax, ys[j] - ay
            wanted = rim + sizes[j]
            if dx >= wanted or -dx >= wanted or dy >= wanted or -dy >= wanted:
                continue
            distance = hypot(dx, dy)
            if distance >= wanted:
                continue
            if distance < 1e-9:  # on top of each other: part them along a fixed direction
                dx, dy, distance = 1.0, 0.0, 1.0
            push = (wanted - distance) / 2 / distance
            ax -= dx * push
            ay -= dy * push
            xs[j] += dx * push
            ys[j] += dy * push
            moved = True
        xs[i], ys[i] = ax, ay
    return moved


def emit(path_or_file: str | os.PathLike | IO, data: bytes) -> None:
    """Write UTF-8 `data` to a file object (text or binary) or atomically to a path."""
    if hasattr(path_or_file, "write"):
        if isinstance(path_or_file, io.TextIOBase):
            path_or_file.write(data.decode("utf-8"))
        else:
            path_or_file.write(data)
        return
    with atomic_write(path_or_file, "wb") as handle:
        handle.write(data)
