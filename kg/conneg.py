"""Content negotiation for the SPARQL endpoint: which media type answers which query form, and the bytes.

SELECT and ASK answer in the SPARQL results formats (JSON, XML, CSV, TSV; plain text as a table for people);
CONSTRUCT and DESCRIBE answer in RDF (Turtle, N-Triples, RDF/XML, JSON-LD). The choice is made before the
query runs, from its form, so a client that accepts only results formats for a graph query gets a 406 that
names the graph formats, without the query costing anything.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.query import Result, to_csv, to_json, to_table, to_tsv, to_xml
from kg.rdf.iris import PREFIXES

RESULT_TYPES = (  # preference order for */*
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "application/json",
    "application/xml",
    "text/xml",
    "text/plain",
)
GRAPH_TYPES = (
    "text/turtle",
    "application/n-triples",
    "application/rdf+xml",
    "application/ld+json",
    "application/x-turtle",
    "text/plain",  # N-Triples' historical media type
)
# `format=` shortcuts (YASGUI, curl users) per kind of answer.
RESULT_SHORT = {"json": RESULT_TYPES[0], "xml": RESULT_TYPES[1], "csv": "text/csv",
                "tsv": "text/tab-separated-values", "table": "text/plain"}
GRAPH_SHORT = {"turtle": "text/turtle", "ttl": "text/turtle", "nt": "application/n-triples",
               "ntriples": "application/n-triples", "xml": "application/rdf+xml", "rdfxml": "application/rdf+xml",
               "json": "application/ld+json", "jsonld": "application/ld+json", "json-ld": "application/ld+json",
               "rdf+xml": "application/rdf+xml", "n-triples": "application/n-triples"}


class NotAcceptable(ValueError):
    """No offered media type matches the client's Accept header (HTTP 406)."""


def answer_kind(form: str | None) -> str:
    """'graph' for CONSTRUCT and DESCRIBE, else 'results' (an unreadable form fails later, in the parser)."""
    return "graph" if form in ("CONSTRUCT", "DESCRIBE") else "results"


def _ranges(accept: str | None) -> list[tuple[float, int, str]]:
    """Accept header -> (quality, position, media range), acceptable ones only."""
    ranges = []
    for position, part in enumerate((accept or "*/*").split(",")):
        fields = [field.strip() for field in part.split(";")]
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if fields[0] and quality > 0:
            ranges.append((quality, position, fields[0].lower()))
    return ranges


def _matches(media_range: str, media_type: str) -> bool:
    if media_range == "*/*":
        return True
    if media_range.endswith("/*"):
        return media_type.startswith(media_range[:-1])
    return media_range == media_type


def choose(kind: str, accept: str | None, short: str | None = None) -> str:
    """The media type to answer a `kind` ('results' or 'graph') query with; NotAcceptable if none fits."""
    offered = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    if short:  # a format this kind of answer has wins; any other is ignored (clients send several aliases)
        table = GRAPH_SHORT if kind == "graph" else RESULT_SHORT
        media = table.get(short.lower(), short.lower())
        if media in offered:
            return media
    # Highest quality wins; among equals the more specific range, then the client's order, then ours.
    best = None
    for quality, position, media_range in _ranges(accept):
        specificity = 0 if media_range == "*/*" else 1 if media_range.endswith("/*") else 2
        for preference, media in enumerate(offered):
            if _matches(media_range, media):
                key = (-quality, -specificity, position, preference)
                best = min(best, (key, media)) if best else (key, media)
                break
    if best is None:
        raise NotAcceptable(_refusal(kind, f"Accept: {accept}"))
    return best[1]


def _refusal(kind: str, asked: str) -> str:
    if kind == "graph":
        return (f"not acceptable ({asked}): a CONSTRUCT or DESCRIBE query answers with an RDF graph; "
                "accept text/turtle, application/n-triples, application/rdf+xml or application/ld+json")
    return (f"not acceptable ({asked}): a SELECT or ASK query answers with SPARQL results; accept "
            "application/sparql-results+json, application/sparql-results+xml, text/csv or "
            "text/tab-separated-values")


def render(result: Result, media: str) -> bytes:
    """The answer's bytes in `media` (one of the offered types for its kind)."""
    if result.kind == "graph":
        return _render_graph(result.triples, media)
    writer = {"application/sparql-results+json": to_json, "application/json": to_json, "text/csv": to_csv,
              "text/tab-separated-values": to_tsv, "text/plain": to_table}.get(media, to_xml)
    return writer(result).encode("utf-8")


def _render_graph(triples: list, media: str) -> bytes:
    rdf_format = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
                  "application/rdf+xml": ox.RdfFormat.RDF_XML,
                  "application/ld+json": ox.RdfFormat.JSON_LD}.get(media, ox.RdfFormat.TURTLE)
    prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(triples, format=rdf_format, prefixes=prefixes)


def content_type(media: str) -> str:
    """The Content-Type header for `media` (all of our formats are UTF-8 text)."""
    return f"{media}; charset=utf-8"
