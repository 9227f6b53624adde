"""Bounded memory in `kg build` (issue 6): results parked on disk, report.json and RDF written piece by piece,
and the report's evidence capped. Each streaming writer is checked against the all-in-memory form it replaces."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

COPIES = 25  # > EVIDENCE_PER_EDGE, so every edge of the copied seeds has more events than the report embeds


def _copied(results, copies: int):
    """The seed results again under new ids ("<id>-<n>"): ids whose IRIs sort differently from the ids."""
    out = list(results)
    for n in range(1, copies):
        for r in results:
            doc = f"{r.article.id}-{n}"
            out.append(replace(r, article=replace(r.article, id=doc),
                               events=tuple(replace(e, doc=doc) for e in r.events)))
    return out


@pytest.fixture(scope="module")
def copied_graph(seed_results):
    from kg.graph import build_graph

    return build_graph(_copied(seed_results, 3))


def test_spill_gives_results_back_by_id_every_time(seed_results, tmp_path):
    from kg.spill import ResultSpill

    results = _copied(seed_results, 3)
    with ResultSpill(tmp_path) as spill:
        for result in reversed(results):
            spill.add(result)
        assert len(spill) == len(results)
        expected = sorted(results, key=lambda r: r.article.id)
        assert list(spill.sorted()) == expected
        assert list(spill.sorted()) == expected  # a second pass (--explain) reads the same
    assert list(tmp_path.iterdir()) == []  # the file had no name to leave behind


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld"])
def test_streamed_rdf_equals_whole_dataset_serialisation(copied_graph, tmp_path, fmt):
    from kg.rdf import write_rdf
    from kg.rdf.build import iter_quads
    from kg.rdf.serialize import serialize_quads, sorted_ox_quads

    write_rdf(copied_graph, tmp_path)
    whole = serialize_quads(sorted_ox_quads(iter_quads(copied_graph)), fmt)
    assert (tmp_path / f"graph.{fmt}").read_bytes() == whole


def test_report_json_is_json_dump_form(seeds_out):
    text = (seeds_out / "report.json").read_text(encoding="utf-8")
    body = json.loads(text)
    assert len(body["articles"]) == 5 and body["counts"]["articles"] == 5
    assert text == json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_report_json_without_articles(tmp_path):
    from kg.build import BuildReport, _write_report
    from kg.model import InputProblem

    report = BuildReport(out=tmp_path, failed=[InputProblem("a.txt", "no article text left", "", "clean")])
    report.counts = {"articles": 0, "events": 0}
    _write_report(report, iter(()), tmp_path / "report.json")
    text = (tmp_path / "report.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert json.loads(text)["articles"] == []


def test_report_embeds_at_most_twenty_sentences_per_relation(seed_results):
    from kg.export.report import EVIDENCE_PER_EDGE, report_data
    from kg.graph import build_graph

    graph = build_graph(_copied(seed_results, COPIES))
    data = report_data(graph)
    weights = {edge["id"]: edge["weight"] for edge in data["edges"]}
    assert max(weights.values()) >= COPIES
    for edge in data["edges"]:
        assert len(edge["events"]) == min(edge["weight"], EVIDENCE_PER_EDGE)
        docs = [data["events"][i]["doc"] for i in edge["events"]]
        assert docs == sorted(docs)  # the first ones, by article id
    assert len(data["events"]) < len(graph.graph["events"])


def test_build_leaves_no_spill_file(seeds_out):
    parent = Path(seeds_out).parent
    assert [p.name for p in parent.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_cached_results_flow_out_before_the_input_ends(seed_results, tmp_path, monkeypatch, jobs):
    """A warm build of a big corpus must not hold every cached result until the last article is read."""
    from conftest import SEEDS

    from kg import parallel
    from kg.build import BuildReport, _clean
    from kg.cache import ExtractCache
    from kg.ingest import read_articles

    articles = list(_clean(read_articles([str(SEEDS)]), BuildReport(out=tmp_path)))
    by_id = {r.article.id: r for r in seed_results}
    monkeypatch.setattr(parallel, "HITS_FLUSH", 2)
    pulled: list[int] = []

    def reading():
        for article in articles:
            pulled.append(1)
            yield article

    with ExtractCache(tmp_path / "cache") as cache:
        for article in articles:
            cache.put(cache.key(article), by_id[article.id])
        stream = parallel.extract_stream(reading(), jobs=jobs, cache=cache)
        first = next(stream)
        assert len(pulled) == 2  # the first pause came after two hits, not after all five articles
        rest = list(stream)
        assert cache.misses == 0 and cache.hits == 5
    assert sorted([first, *rest], key=lambda r: r.article.id) == sorted(seed_results, key=lambda r: r.article.id)


def test_bounded_passes_empty_chunks_on_without_submitting_them():
    from concurrent.futures import Future

    from kg.parallel import bounded

    submitted = []

    def submit(batch):
        submitted.append(batch)
        future = Future()
        future.set_result([text.upper() for text in batch])
        return future

    chunks = [(("a",), ["Hà Nội"]), ((), []), (("b",), ["Mát-xcơ-va"])]
    assert list(bounded(submit, iter(chunks), 2)) == [(("a",), ["HÀ NỘI"]), ((), []), (("b",), ["MÁT-XCƠ-VA"])]
    assert submitted == [["Hà Nội"], ["Mát-xcơ-va"]]
