"""Helpers for the end-to-end build tests: run `kg build`, read what it wrote, check that the outputs parse."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Seed 004 (TTXVN): "Nga, Thổ Nhĩ Kỳ nhất trí phối hợp ..." gives Russia -agree-> Turkey.
GOOD_SEED = ROOT / "seeds" / "004_675986af5fcbd24d.txt"
# Every output a build writes that a reader parses (graph.png and index.html are for people).
PARSED_OUTPUTS = ("triples.jsonl", "graph.ttl", "graph.nq", "graph.graphml", "graph.gexf", "report.json")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # the five Vietnamese tone marks, kept apart by Windows-1258


def run_kg(*args: str) -> tuple[int, str]:
    """(exit code, console output with whitespace collapsed) of `kg ARGS` run in this process."""
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "2000", "NO_COLOR": "1"})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, " ".join(_ANSI.sub("", result.output).split())


def copy_good(folder: Path, name: str = "good.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(GOOD_SEED, folder / name))


def read_report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def failed_entry(out: Path, source: str | Path) -> dict:
    """The report.json entry of the failed input `source` (exactly one)."""
    entries = [e for e in read_report(out)["failed"] if e["source"] == str(source)]
    assert len(entries) == 1, (source, read_report(out)["failed"])
    return entries[0]


def read_triples(out: Path) -> list[dict]:
    with open(out / "triples.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def has_triple(out: Path, doc: str, subject: str, relation: str, obj: str) -> bool:
    return any(
        (t["doc"], t["subject"], t["relation"], t["object"]) == (doc, subject, relation, obj)
        for t in read_triples(out)
    )


def windows_1258(text: str) -> bytes:
    """`text` as Windows-1258 stores Vietnamese: letters with their shape marks, tone marks as combining."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)))
        out.append("".join(c for c in parts if c in _TONES))
    return "".join(out).encode("cp1258")


def assert_outputs_parse(out: Path) -> dict[str, int]:
    """Parse every machine-readable output of the build in `out`; returns a size per file."""
    import networkx as nx
    import pyoxigraph
    from lxml import etree

    sizes = {}
    with open(out / "triples.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    assert all(isinstance(row, dict) and row["subject_id"] and row["relation"] for row in rows)
    sizes["triples.jsonl"] = len(rows)
    for name, fmt in (("graph.ttl", pyoxigraph.RdfFormat.TURTLE), ("graph.nq", pyoxigraph.RdfFormat.N_QUADS)):
        store = pyoxigraph.Store()
        store.bulk_load(path=str(out / name), format=fmt)
        sizes[name] = len(store)
    sizes["graph.graphml"] = nx.read_graphml(out / "graph.graphml").number_of_edges()
    etree.parse(str(out / "graph.gexf"))  # well-formed XML first, for a clear error
    sizes["graph.gexf"] = nx.read_gexf(out / "graph.gexf").number_of_edges()
    report = read_report(out)
    assert set(report) >= {"articles", "counts", "failed"}
    sizes["report.json"] = len(report["articles"])
    return sizes


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative path -> bytes)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
