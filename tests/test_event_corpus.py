"""The team's annotated event corpus (training/data/events): size, schema, vocabulary, offsets, and no article
from the vietnews files that repeat the reserved evaluation corpora.

The repository keeps the annotations with offsets (fetched text is not committed); the checks on exact strings
run when the documents have been restored (training/events/restore_corpus.py) and skip otherwise.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "training" / "data" / "events"
TOOLS = ROOT / "training" / "events"
SPLITS = ("train", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "blind")
RELATIONS = {json.loads(line)["id"] for line in (ROOT / "kg/data/relation_types.jsonl").read_text().splitlines()
             if line.strip()}


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(TOOLS))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(TOOLS))
    return module


def _files():
    return _module("corpus_files")


def test_every_split_of_the_corpus_tools_is_checked():
    assert SPLITS == _files().SPLITS


def _restored(split: str) -> bool:
    return (EVENTS / split / "docs").is_dir() and (EVENTS / split / "gold.jsonl").exists()


@pytest.mark.parametrize("split", SPLITS)
def test_annotations_are_well_formed(split):
    files = _files()
    rows = files.read_jsonl(EVENTS / split / "annotations.jsonl")
    docs = {row["doc"] for row in files.read_sources(EVENTS / split)}
    keys = set()
    for row in rows:
        assert row["doc"] in docs
        assert row["relation"] in RELATIONS and set(row.get("relation_alt") or []) <= RELATIONS
        assert row["modality"] in {"asserted", "intended", "hypothetical", "negated"}
        assert row["confidence"] in {"high", "medium"}
        assert 0 <= row["sentence_start"] < row["sentence_end"]
        assert 0 <= row["evidence_start"] < row["evidence_end"] <= row["sentence_end"] - row["sentence_start"]
        key = (row["doc"], row["subject"], row["relation"], row["object"], row["modality"] == "negated")
        assert key not in keys
        keys.add(key)


def test_corpus_size_and_blind_share():
    files = _files()
    sources = {split: [row["doc"] for row in files.read_sources(EVENTS / split)] for split in SPLITS}
    assert len(sources["train"]) + len(sources["blind"]) >= 150
    assert len(sources["blind"]) >= 40
    assert not set(sources["train"]) & set(sources["blind"])
    assert sum(len(files.read_jsonl(EVENTS / s / "annotations.jsonl")) for s in SPLITS) >= 1200


def test_no_article_comes_from_the_excluded_vietnews_files():
    files = _files()
    excluded = set((ROOT / "tests" / "data" / "vietnews_exclude.txt").read_text(encoding="utf-8").split())
    assert len(excluded) > 1000
    rows = [row for split in SPLITS for row in files.read_sources(EVENTS / split)]
    assert all(row["repo"] == "ThanhChinhBK/vietnews" for row in rows)
    paths = [row["path"] for row in rows]
    assert len(paths) == len(set(paths))
    assert not set(paths) & excluded


@pytest.mark.parametrize("split", SPLITS)
def test_restored_gold_is_valid(split):
    if not _restored(split):
        pytest.skip("corpus not restored here (training/events/restore_corpus.py needs the vietnews snapshot)")
    files = _files()
    validate = _module("validate_gold")
    for row in files.read_sources(EVENTS / split):
        assert files.sha256((EVENTS / split / "docs" / row["doc"]).read_text(encoding="utf-8")) == row["sha256"]
    problems = validate.corpus_problems(EVENTS / split / "gold.jsonl", EVENTS / split / "docs", RELATIONS)
    assert problems == []


def test_offsets_round_trip_on_real_text():
    files = _files()
    text = "Tiêu đề\n\nNga và Thổ Nhĩ Kỳ nhất trí hợp tác. Mỹ lên án Iran.\n"
    line = {"doc": "a.txt", "subject": "United States", "relation": "accuse", "object": "Iran",
            "modality": "asserted", "sentence": "Mỹ lên án Iran.", "evidence": "lên án", "confidence": "high"}
    stored = files.to_offsets(line, text)
    assert (stored["sentence_start"], stored["sentence_end"], stored["evidence_start"], stored["evidence_end"]) == (
        45, 60, 3, 9)
    assert files.from_offsets(stored, text) == line


def test_the_validator_catches_a_sentence_that_is_not_in_the_document(tmp_path):
    validate = _module("validate_gold")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Nga và Thổ Nhĩ Kỳ nhất trí hợp tác.\n", encoding="utf-8")
    line = {"doc": "a.txt", "subject": "Russia", "relation": "agree", "object": "Turkey", "modality": "asserted",
            "sentence": "Nga và Thổ Nhĩ Kỳ nhất trí hợp tác chặt chẽ.", "evidence": "nhất trí", "confidence": "high"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    problems = validate.corpus_problems(gold, docs, {"agree"})
    assert problems == [f"{gold}:1: sentence is not an exact substring of the document"]
