"""Deterministic serialisation of an rdflib Dataset through Oxigraph's streaming writers.

rdflib's own Turtle/JSON-LD writers do not promise a stable order, so we sort the quads (graph, subject,
predicate, object) and let pyoxigraph write them in that order: same dataset, same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import chain, groupby
from json.encoder import encode_basestring as _encode_string  # ensure_ascii=False's string encoder
from operator import itemgetter
from typing import IO

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


def dumps_indented(value, newline: str = "\n") -> str:
    """json.dumps(value, ensure_ascii=False, indent=1) of a value json.loads gave, in the same characters, without
    json's pure-Python encoder (indentation turns off the C one). `newline` starts every line after the first
    ("\n " indents the whole text by one space more, as .replace("\n", "\n ") would)."""
    parts: list[str] = []
    _indent_into(value, newline, parts)
    return "".join(parts)


def _indent_into(value, newline: str, parts: list[str]) -> None:
    kind = type(value)
    if kind is dict:
        if not value:
            parts.append("{}")
            return
        inner = newline + " "
        separator = "{" + inner
        for key, item in value.items():
            if type(item) is str:  # most values: no call for them
                parts.append(f"{separator}{_encode_string(key)}: {_encode_string(item)}")
            else:
                parts.append(f"{separator}{_encode_string(key)}: ")
                _indent_into(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif kind is list:
        if not value:
            parts.append("[]")
            return
        inner = newline + " "
        separator = "[" + inner
        for item in value:
            if type(item) is str:
                parts.append(separator + _encode_string(item))
            else:
                parts.append(separator)
                _indent_into(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    elif kind is str:
        parts.append(_encode_string(value))
    else:  # numbers, true, false, null: json's own spelling
        parts.append(json.dumps(value))


# A JSON-LD object value, as Oxigraph writes it: (("@id", iri),) for an IRI; (("@language", tag), ("@value", text)),
# (("@type", datatype IRI), ("@value", text)) or (("@value", text),) (xsd:string) for a literal.
JsonLdObject = tuple[tuple[str, str], ...]
JsonLdRow = tuple[str | None, str, str, JsonLdObject]  # (graph IRI or None: default graph, subject, predicate, object)


def jsonld_items(quads: list[ox.Quad]) -> str | None:
    """The top-level items of Oxigraph's JSON-LD for sorted `quads`, each indented as
    `" " + dumps_indented(item, "\n ")`, joined by ",\n": the text json.loads + dumps_indented make of
    ox.serialize(quads, format=JSON_LD), written straight from the terms (the round trip through json was most of
    the RDF exports' time). None when a term is not an IRI or (for objects) a literal: the caller takes
    Oxigraph's own writer then."""
    rows = []
    for quad in quads:
        graph, subject, obj = quad.graph_name, quad.subject, quad.object
        if type(subject) is not ox.NamedNode or type(graph) not in (ox.NamedNode, ox.DefaultGraph):
            return None
        if type(obj) is ox.NamedNode:
            value = (("@id", obj.value),)
        elif type(obj) is ox.Literal:
            value = jsonld_literal(obj.value, obj.language, obj.datatype.value)
        else:
            return None
        rows.append((graph.value if type(graph) is ox.NamedNode else None, subject.value, quad.predicate.value,
                     value))
    return jsonld_rows(rows)


def jsonld_literal(value: str, language: str | None, datatype: str | None) -> JsonLdObject:
    """A literal as JSON-LD object members (see JsonLdObject)."""
    if language:
        return (("@language", language), ("@value", value))
    if datatype and datatype != _XSD_STRING:
        return (("@type", datatype), ("@value", value))
    return (("@value", value),)


def jsonld_rows(rows: Iterable[JsonLdRow]) -> str:
    """jsonld_items' text for the quads of sorted `rows`. Oxigraph's writer streams: each run of rows of one
    graph is an item (a named graph wraps its nodes as {"@id", "@graph"}), each run of one subject a node, each
    run of one predicate an array."""
    parts: list[str] = []
    encode: dict[str, str] = {}  # IRI -> its JSON string (IRIs recur on every node)

    def text(iri: str) -> str:
        value = encode.get(iri)
        if value is None:
            value = encode[iri] = _encode_string(iri)
        return value

    for graph, graph_rows in groupby(rows, key=itemgetter(0)):
        if parts:
            parts.append(",\n")
        if graph is None:
            _jsonld_nodes(graph_rows, "\n ", " ", text, parts)  # nodes are top-level items
        else:
            parts.append(f' {{\n  "@id": {text(graph)},\n  "@graph": [\n   ')
            _jsonld_nodes(graph_rows, "\n   ", "", text, parts)
            parts.append("\n  ]\n }")
    return "".join(parts)


def _jsonld_nodes(rows: Iterable[JsonLdRow], at: str, first: str, text, parts: list[str]) -> None:
    """Append the node objects of `rows` (one graph's), each closing at newline+indent `at`."""
    field, value_at = at + " ", at + "   "
    item_at = at + "  "
    separator = first
    for subject, subject_rows in groupby(rows, key=itemgetter(1)):
        parts.append(f'{separator}{{{field}"@id": {text(subject)}')
        separator = "," + at
        for predicate, predicate_rows in groupby(subject_rows, key=itemgetter(2)):
            parts.append(f",{field}{text(predicate)}: [")
            item_separator = item_at
            for _graph, _subject, _predicate, members in predicate_rows:
                body = ",".join(f'{value_at}"{name}": {text(value) if name != "@value" else _encode_string(value)}'
                                for name, value in members)
                parts.append(f"{item_separator}{{{body}{item_at}}}")
                item_separator = "," + item_at
            parts.append(f"{field}]")
        parts.append(at + "}")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


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


def term_key(term) -> str:
    """The sort key of an rdflib term: its Oxigraph (N-Triples) form, as _quad_key compares it."""
    return str(to_ox_term(term))


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
        data = (dumps_indented(json.loads(data)) + "\n").encode("utf-8")
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


# -- streaming writers: the same bytes as serialize_quads, holding one graph (or one subject) at a time ----------
def write_graphs(graphs: Iterable[list[ox.Quad]], outputs: dict[str, IO[bytes]]) -> None:
    """Write a dataset given as sorted graphs in sorted order (the default graph first) to {fmt: file} for trig,
    nq and jsonld, in one pass: the quads are generated once for all of them."""
    jsonld = _JsonLd(outputs["jsonld"]) if "jsonld" in outputs else None

    def each_graph() -> Iterator[ox.Quad]:
        for quads in graphs:
            if "nq" in outputs:  # N-Quads is a line per quad: graphs written one by one join up exactly
                outputs["nq"].write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
            if jsonld is not None:
                jsonld.add(quads)
            yield from quads

    if "trig" in outputs:
        _write_stream(each_graph(), "trig", outputs["trig"], PREFIXES)
    else:
        for _quad in each_graph():
            pass
    if jsonld is not None:
        jsonld.close()


def write_subjects(subjects: Iterable[list[ox.Triple]], fmt: str, handle: IO[bytes]) -> None:
    """Write triples given subject by subject, each sorted and the subjects in sorted order: ttl, nt."""
    _write_stream(chain.from_iterable(subjects), fmt, handle, PREFIXES)


def _write_stream(items: Iterator, fmt: str, handle: IO[bytes], prefixes: dict | None) -> None:
    if fmt in ("ttl", "trig"):
        header = _PrefixHeader(handle)
        ox.serialize(items, header, FORMATS[fmt], prefixes=prefixes)
        header.close()
    else:
        ox.serialize(items, handle, FORMATS[fmt], prefixes=prefixes)


class _PrefixHeader:
    """A binary writer that puts the @prefix header in PREFIXES order, as _canonical_prefixes does."""

    def __init__(self, handle: IO[bytes]):
        self.handle = handle
        self.head = b""  # output not yet known to be past the prefix lines
        self.done = False

    def write(self, data: bytes) -> int:
        if self.done:
            return self.handle.write(data)
        self.head += bytes(data)
        while b"\n" in self.head and self.head.startswith(b"@prefix "):
            self.head = self.head.split(b"\n", 1)[1]
        if self.head and not b"@prefix ".startswith(self.head[:8]):
            self._finish()
        return len(data)

    def flush(self) -> None:
        self.handle.flush()

    def close(self) -> None:
        if not self.done:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        head = b"\n".join(f"@prefix {name}: <{iri}> .".encode() for name, iri in PREFIXES.items())
        self.handle.write(head + b"\n" + self.head)


class _JsonLd:
    """JSON-LD as serialize_quads indents it. Oxigraph writes each graph's nodes as top-level array items, so
    graphs serialised one by one are items of the one array."""

    def __init__(self, handle: IO[bytes]):
        self.handle = handle
        self.separator = b"[\n"

    def add(self, quads: list[ox.Quad]) -> None:
        if not quads:
            return
        text = jsonld_items(quads)
        if text is None:  # a term jsonld_items does not write: Oxigraph's writer, re-indented
            items = json.loads(ox.serialize(quads, format=ox.RdfFormat.JSON_LD))
            text = ",\n".join(" " + dumps_indented(item, "\n ") for item in items)
        if text:
            self.handle.write(self.separator + text.encode("utf-8"))
            self.separator = b",\n"

    def close(self) -> None:
        self.handle.write(b"[]\n" if self.separator == b"[\n" else b"\n]\n")
