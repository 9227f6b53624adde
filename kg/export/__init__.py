"""Exports of the merged graph. `write_exports` writes the files of a build's chosen formats into one folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `kg build` reads the format names below before it knows whether it writes anything
    import networkx as nx

# `kg build --formats` names -> the files each writes. ontology.ttl comes with any RDF format; report.json (the
# build's record) is always written.
FORMAT_FILES = {
    "jsonl": ("triples.jsonl",),
    "graphml": ("graph.graphml",),
    "gexf": ("graph.gexf",),
    "csv": ("nodes.csv", "edges.csv"),
    "html": ("index.html",),
    "png": ("graph.png",),
    "ttl": ("graph.ttl",),
    "trig": ("graph.trig",),
    "nq": ("graph.nq",),
    "jsonld": ("graph.jsonld",),
}
ALL_FORMATS = tuple(FORMAT_FILES)
RDF = ("ttl", "trig", "nq", "jsonld")
LAID_OUT = ("html", "png")  # formats drawn from the graph's layout (kg.export.style.layout)


def parse_formats(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """"ttl,graphml" (or a list; None or "all": every format) -> the formats in output order; raises
    kg.errors.UsageError for an unknown name or an empty list."""
    from kg.errors import UsageError

    if text is None:
        return ALL_FORMATS
    names = [n.strip().lower() for n in (text.split(",") if isinstance(text, str) else text)]
    names = [n for n in names if n]
    if names == ["all"]:
        return ALL_FORMATS
    unknown = sorted(set(names) - set(FORMAT_FILES))
    if unknown or not names:
        raise UsageError(f"--formats takes a comma-separated list of {', '.join(ALL_FORMATS)} (or all), "
                         f"not {text if isinstance(text, str) else ','.join(text)!r}")
    return tuple(fmt for fmt in ALL_FORMATS if fmt in names)


def _file_writers() -> list[tuple[str, str, Callable]]:
    from kg.export.gexf import write_gexf
    from kg.export.graphml import write_graphml
    from kg.export.jsonl import write_triples
    from kg.export.picture import write_png
    from kg.export.report import write_html_report
    from kg.export.tables import write_edge_table, write_node_table

    return [
        ("jsonl", "triples.jsonl", write_triples),
        ("graphml", "graph.graphml", write_graphml),
        ("gexf", "graph.gexf", write_gexf),
        ("csv", "nodes.csv", write_node_table),
        ("csv", "edges.csv", write_edge_table),
        ("html", "index.html", write_html_report),
        ("png", "graph.png", write_png),
    ]


RDF_FILES = "graph.ttl, graph.trig, graph.nq, graph.jsonld, ontology.ttl"


def write_exports(graph: nx.MultiDiGraph, folder: Path, on_file: Callable[[str], None] | None = None,
                  formats: Iterable[str] = ALL_FORMATS, rdf=None, skip: Iterable[str] = (),
                  positions: dict | None = None) -> list[str]:
    """Write the files of `formats` into `folder`; returns the file names written, in order. `on_file(name)` is
    called before each file (the RDF files, written together, are announced once) for a progress display.
    `rdf` is a kg.rdf.pieces.RdfPieces holding the articles' RDF already serialised (None: serialise it all
    here); file names in `skip` are left to someone else (another process writing them at the same time).
    `positions` is the graph's layout when the caller has it (None: computed here, once for both files drawn
    from it)."""
    from kg.rdf import write_rdf

    wanted, skipped = set(formats), set(skip)
    announce = on_file or (lambda name: None)
    if positions is None and shares_layout(wanted, skipped):
        from kg.export.style import layout  # imported here: `kg build` reads FORMAT_FILES without networkx

        positions = layout(graph)
    written = []
    for fmt, name, writer in _file_writers():
        if fmt not in wanted or name in skipped:
            continue
        announce(name)
        if fmt in LAID_OUT:
            writer(graph, folder / name, positions=positions)
        else:
            writer(graph, folder / name)
        written.append(name)
    rdf_formats = [fmt for fmt in RDF if fmt in wanted]
    if rdf_formats:
        announce(", ".join([FORMAT_FILES[fmt][0] for fmt in rdf_formats] + ["ontology.ttl"]))
        paths = rdf.write(graph, folder) if rdf is not None else write_rdf(graph, folder, rdf_formats)
        written += [path.name for path in paths]
    return written


def shares_layout(formats: Iterable[str], skip: Iterable[str] = ()) -> bool:
    """More than one of `formats` is drawn from the graph's layout (LAID_OUT) and not among the file names in
    `skip`: the layout is then computed once, for them all."""
    wanted, skipped = set(formats), set(skip)
    return sum(fmt in wanted and FORMAT_FILES[fmt][0] not in skipped for fmt in LAID_OUT) > 1
