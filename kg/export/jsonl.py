"""triples.jsonl: one line per extracted relation instance and (subject, object) pair."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import networkx as nx

from kg.vocab import relation_types

TRIPLE_FIELDS = (
    "doc", "sentence", "subject", "subject_id", "subject_qid", "relation", "object", "object_id", "object_qid",
    "mode", "plover", "cameo", "evidence", "rule", "confidence",
)


def triples(graph: nx.MultiDiGraph) -> Iterator[dict]:
    """Events expanded to (subject, object) pairs, with the fixed fields first."""
    types = relation_types()
    nodes = graph.nodes
    for event in graph.graph["events"]:
        rtype = types[event.relation]
        for subject, obj in event.pairs():
            yield {
                "doc": event.doc,
                "sentence": event.sentence,
                "subject": nodes[subject]["label"],
                "subject_id": subject,
                "subject_qid": nodes[subject]["qid"],
                "relation": event.relation,
                "object": nodes[obj]["label"],
                "object_id": obj,
                "object_qid": nodes[obj]["qid"],
                "mode": event.mode,
                "plover": rtype.plover,
                "cameo": event.cameo or rtype.cameo,
                "evidence": event.evidence,
                "rule": event.rule,
                "confidence": event.confidence,
                "symmetric": event.symmetric,
                "source": event.source,
                "date": event.date,
                "place": event.place,
                "sentence_start": event.sentence_start,
                "evidence_start": event.evidence_start,
                "evidence_end": event.evidence_end,
                **_span_fields("subject", event.span_of(subject, "subject")),
                **_span_fields("object", event.span_of(obj, "object")),
            }


def _span_fields(role: str, span) -> dict:
    """subject_start, subject_end, subject_via (or object_…): null offsets when the actor was carried over."""
    if span is None:
        return {f"{role}_start": None, f"{role}_end": None, f"{role}_via": None}
    return {f"{role}_start": span.start, f"{role}_end": span.end, f"{role}_via": span.via}


@contextmanager
def _text_out(path_or_file: str | Path | IO) -> Iterator[IO]:
    if hasattr(path_or_file, "write"):
        yield path_or_file
        return
    from kg.atomic import atomic_write

    with atomic_write(path_or_file) as handle:
        yield handle


def write_triples(graph: nx.MultiDiGraph, path_or_file: str | Path | IO) -> None:
    with _text_out(path_or_file) as handle:
        for row in triples(graph):
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def read_triples(path_or_file: str | Path | IO) -> list[dict]:
    if hasattr(path_or_file, "read"):
        return [json.loads(line) for line in path_or_file if line.strip()]
    with open(path_or_file, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
