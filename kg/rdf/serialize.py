"""Deterministic serialisation of an rdflib Dataset through Oxigraph's streaming writers.

rdflib's own Turtle/JSON-LD writers do not promise a stable order, so we sort the quads (graph, subject,
predicate, object) and let pyoxigraph write them in that order: same dataset, same bytes.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.rdf.namespace import PREFIXES

FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def to_ox_term(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _graph_name(context) -> ox.NamedNode | ox.DefaultGraph:
    name = getattr(context, "identifier", context)
    if name is None or name == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    return to_ox_term(name)


def ox_quads(data: Dataset | Graph) -> list[ox.Quad]:
    """All quads of an rdflib Dataset (or triples of a Graph, in the default graph), sorted canonically."""
    if isinstance(data, Dataset):
        raw = ((s, p, o, _graph_name(c)) for s, p, o, c in data.quads((None, None, None, None)))
    else:
        raw = ((s, p, o, ox.DefaultGraph()) for s, p, o in data)
    quads = {ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), g) for s, p, o, g in raw}
    return sorted(quads, key=_quad_key)


def _quad_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    return (graph, str(quad.subject), str(quad.predicate), str(quad.object))


def serialize_quads(quads: list[ox.Quad], fmt: str) -> bytes:
    """Serialise already sorted quads. ttl/nt drop graph names (the union of all graphs, de-duplicated)."""
    rdf_format = FORMATS[fmt]
    if not rdf_format.supports_datasets:
        triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        data = ox.serialize(triples, format=rdf_format, prefixes=PREFIXES)
    else:
        prefixes = PREFIXES if fmt == "trig" else None
        data = ox.serialize(quads, format=rdf_format, prefixes=prefixes)
    if fmt in ("ttl", "trig"):
        data = _canonical_prefixes(data)
    if fmt == "jsonld":
        # Oxigraph writes one line; indent it for people, keeping its (sorted) order.
        data = (json.dumps(json.loads(data), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return data


def _canonical_prefixes(data: bytes) -> bytes:
    """Oxigraph picks its own @prefix order; rewrite the header in PREFIXES order so it cannot drift."""
    lines = data.split(b"\n")
    body = [line for line in lines if not line.startswith(b"@prefix ")]
    head = [f"@prefix {name}: <{iri}> .".encode() for name, iri in PREFIXES.items()]
    return b"\n".join(head + body)


def sorted_ox_quads(quads) -> list[ox.Quad]:
    """(s, p, o, graph-or-None) rdflib quads -> sorted, de-duplicated Oxigraph quads."""
    converted = {
        ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), ox.DefaultGraph() if g is None else to_ox_term(g))
        for s, p, o, g in quads
    }
    return sorted(converted, key=_quad_key)
