"""Exports proportional to their content and written once (issue 14): the export process that writes beside
extraction, RDF assembled from per-article pieces, and `--formats`, each checked against the straightforward path
of the same build (never against frozen bytes: extraction changes, the two paths must agree whatever it gives)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from build_fixtures import ROOT, run_kg, snapshot

SEEDS = ROOT / "seeds"


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: data for name, data in snapshot(out).items() if not name.startswith(".cache")}


def _copied(results, copies: int):
    """The seed results again under new ids ("<id>-<n>"): ids whose IRIs sort differently from the ids."""
    out = list(results)
    for n in range(1, copies):
        for r in results:
            doc = f"{r.article.id}-{n}"
            out.append(replace(r, article=replace(r.article, id=doc, title=f"{r.article.title} {n}"),
                               events=tuple(replace(e, doc=doc) for e in r.events)))
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds three times over as JSONL, each copy with its own id and headline (15 articles)."""
    path = tmp_path_factory.mktemp("overlap") / "corpus.jsonl"
    rows = []
    for copy in range(3):
        for seed in sorted(SEEDS.glob("*.txt")):
            rows.append({"id": f"{seed.stem}-{copy}", "title": f"copy {copy} of {seed.stem}",
                         "text": seed.read_text(encoding="utf-8"), "source": "overlap"})
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def _cache_rows(out: Path) -> int:
    with sqlite3.connect(out / ".cache" / "extract.sqlite") as db:
        return db.execute("SELECT count(*) FROM results").fetchone()[0]


@pytest.fixture(scope="module")
def plain_build(corpus, tmp_path_factory) -> Path:
    """Every output written in the build's own process, after extraction, by the straightforward writers."""
    from kg.build import build

    out = tmp_path_factory.mktemp("plain") / "out"
    assert build([str(corpus)], out, jobs=1, explain=True, overlap=False).exit_code == 0
    return out


@pytest.fixture(scope="module")
def straightforward(plain_build) -> dict[str, bytes]:
    return _outputs(plain_build)


def test_export_process_writes_the_same_bytes_and_every_cache_row(corpus, plain_build, straightforward, tmp_path,
                                                                    monkeypatch):
    import kg.build

    started = []
    real = kg.build._start_writer
    monkeypatch.setattr(kg.build, "OVERLAP_AFTER", 2)  # the export process starts after two articles
    monkeypatch.setattr(kg.build, "_start_writer", lambda *args: started.append(1) or real(*args))
    out = tmp_path / "out"
    report = kg.build.build([str(corpus)], out, jobs=1, explain=True)
    assert report.exit_code == 0 and started == [1]
    files = _outputs(out)
    assert sorted(files) == sorted(straightforward)
    for name in sorted(straightforward):
        assert files[name] == straightforward[name], f"{name} differs"
    assert _cache_rows(out) == _cache_rows(plain_build) > 2  # rows from both processes, none lost
    # a re-run finds everything current: no export process, nothing rewritten
    started.clear()
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    kg.build.build([str(corpus)], out, jobs=1, explain=True)
    assert started == [] and before == {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}


def test_formats_subset_equals_the_same_files_of_a_full_build(corpus, straightforward, tmp_path):
    out = tmp_path / "out"
    code, console = run_kg("build", str(corpus), "--out", str(out), "--jobs", "1", "--explain",
                           "--formats", "graphml,nq,csv,ttl")
    assert code == 0, console
    files = _outputs(out)
    assert sorted(files) == ["edges.csv", "explain.jsonl", "graph.graphml", "graph.nq", "graph.ttl", "nodes.csv",
                             "ontology.ttl", "report.json"]
    for name, data in files.items():
        assert data == straightforward[name], f"{name} differs"


def test_unknown_format_is_a_usage_error(tmp_path):
    code, console = run_kg("build", str(SEEDS), "--out", str(tmp_path / "out"), "--formats", "ttl,svg")
    assert code == 2 and "--formats" in console and "svg" in console


@pytest.mark.parametrize("case", ["regular", "actor described elsewhere", "event of another article"])
def test_rdf_pieces_equal_the_straightforward_writer(seed_results, tmp_path, case):
    from kg.graph import build_graph
    from kg.rdf import write_rdf
    from kg.rdf.pieces import RdfPieces

    results = _copied(seed_results, 3)
    if case == "actor described elsewhere":  # its mentions' actors come from the other copies' results
        results[-1] = replace(results[-1], actors=())
    if case == "event of another article":
        moved = results[-1]
        results[-1] = replace(moved, events=tuple(replace(e, doc=results[0].article.id) for e in moved.events))
    results.sort(key=lambda r: r.article.id)
    graph = build_graph(results)
    (tmp_path / "whole").mkdir()
    (tmp_path / "pieces").mkdir()
    whole = write_rdf(graph, tmp_path / "whole")
    with RdfPieces(tmp_path) as pieces:
        for result in results:
            pieces.add(result)
        assert pieces.regular == (case != "event of another article")
        written = pieces.write(graph, tmp_path / "pieces")
    assert [p.name for p in written] == [p.name for p in whole]
    for path in whole:
        assert (tmp_path / "pieces" / path.name).read_bytes() == path.read_bytes(), path.name


def test_orchestration_has_no_import_circle():
    """kg.parallel may use kg.distributed (for --cluster), never the other way round; UsageError belongs to the
    build layer."""
    import ast

    def imports(module: str) -> set[str]:
        tree = ast.parse((ROOT / "kg" / f"{module}.py").read_text(encoding="utf-8"))
        return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module} | {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}

    assert "kg.parallel" not in imports("distributed") and "kg.build" not in imports("parallel")
    assert "kg.build" not in imports("cache") and "kg.parallel" not in imports("cache")
    assert "kg.ingest" not in imports("cli") or "UsageError" not in (ROOT / "kg" / "cli.py").read_text()
    from kg.errors import UsageError
    from kg.ingest import UsageError as FromIngest

    assert FromIngest is UsageError


def test_a_failure_in_the_export_process_reaches_the_build(corpus, tmp_path, monkeypatch):
    """A disk error while the export process writes is the build's OSError (`kg build` exits 3 on it), and the
    previous out/ stays as it was."""
    import kg.build

    out = tmp_path / "out"
    kg.build.build([str(SEEDS / "004_675986af5fcbd24d.txt")], out, jobs=1)
    before = _outputs(out)
    blocked = tmp_path / "not-a-folder"

    def staging(out_dir: Path) -> Path:  # the export process cannot create its files in a regular file
        blocked.write_text("", encoding="utf-8")
        return blocked

    monkeypatch.setattr(kg.build, "OVERLAP_AFTER", 2)
    monkeypatch.setattr(kg.build, "_staging", staging)
    with pytest.raises(OSError):
        kg.build.build([str(corpus)], out, jobs=1)
    assert _outputs(out) == before


def test_explain_after_a_plain_build_into_the_same_folder_explains_every_sentence(corpus, straightforward, tmp_path,
                                                                                  monkeypatch):
    """A build without --explain caches results without their explanations (the export process stores what it
    writes); a later `--explain` build into the same folder must not reuse those rows, or explain.jsonl comes out
    empty."""
    import kg.build

    monkeypatch.setattr(kg.build, "OVERLAP_AFTER", 2)  # the export process stores the cache rows
    out = tmp_path / "out"
    assert kg.build.build([str(corpus)], out, jobs=1).exit_code == 0
    assert not (out / "explain.jsonl").exists()
    assert kg.build.build([str(corpus)], out, jobs=1, explain=True).exit_code == 0
    assert (out / "explain.jsonl").read_bytes() == straightforward["explain.jsonl"]
    assert straightforward["explain.jsonl"].count(b"\n") > 100
