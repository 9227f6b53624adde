"""Determinism (issue 7, part 3): the same inputs, named in any order, extracted by one process or by a pool of
two, under any hash seed, give byte-identical outputs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from build_fixtures import ROOT, read_report, run_kg, snapshot

SEEDS = ROOT / "seeds"


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: data for name, data in snapshot(out).items() if not name.startswith(".cache")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """Inputs of several kinds: two files with the same name in different folders (their ids must not depend
    on which is met first), a plain file and a JSONL file of two articles."""
    base = tmp_path_factory.mktemp("corpus")
    for folder, seed in (("vov", "000_b99a79c0a7bb7213"), ("ttxvn", "004_675986af5fcbd24d")):
        (base / folder).mkdir()
        shutil.copyfile(SEEDS / f"{seed}.txt", base / folder / "tin-the-gioi.txt")
    lines = [json.dumps({"id": seed, "text": (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")}, ensure_ascii=False)
             for seed in ("002_5577f382b0d6c822", "001_674095f15dbdd021")]
    (base / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(base / "vov"), str(base / "more.jsonl"), str(base / "ttxvn")]


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    """The outputs of one build: inputs in the given order, one process."""
    out = tmp_path_factory.mktemp("reference") / "out"
    code, console = run_kg("build", *corpus, "--out", str(out), "--jobs", "1")
    assert code == 0, console
    ids = sorted(a["id"] for a in read_report(out)["articles"])
    assert ids[:2] == ["001_674095f15dbdd021", "002_5577f382b0d6c822"]
    assert [i.rsplit("-", 1)[0] for i in ids[2:]] == ["tin-the-gioi", "tin-the-gioi"]
    return _outputs(out)


def _assert_same(reference: dict[str, bytes], out: Path) -> None:
    files = _outputs(out)
    assert sorted(files) == sorted(reference)
    for name in sorted(reference):
        assert files[name] == reference[name], f"{name} differs"


def test_reversed_order_on_a_pool_of_two_gives_the_same_bytes(corpus, reference, tmp_path, monkeypatch):
    import kg.parallel

    used = []
    real_pool = kg.parallel.pool_engine

    def pool(chunks, jobs, *args, **kwargs):
        used.append(jobs)
        return real_pool(chunks, jobs, *args, **kwargs)

    # one article per task and no look-ahead threshold: both workers really extract
    monkeypatch.setattr(kg.parallel, "POOL_CHUNK", 1)
    monkeypatch.setattr(kg.parallel, "MIN_POOL_CHUNKS", 1)
    monkeypatch.setattr(kg.parallel, "pool_engine", pool)
    code, console = run_kg("build", *reversed(corpus), "--out", str(tmp_path / "out"), "--jobs", "2")
    assert code == 0, console
    assert used == [2]
    _assert_same(reference, tmp_path / "out")


def test_another_hash_seed_and_order_give_the_same_bytes(corpus, reference, tmp_path):
    """A fresh interpreter with a fixed, different string-hash seed: no output may depend on set/dict order of
    salted hashes."""
    shuffled = [corpus[2], corpus[0], corpus[1]]
    env = {**os.environ, "PYTHONHASHSEED": "20241222"}
    done = subprocess.run([sys.executable, "-m", "kg", "build", *shuffled, "--out", str(tmp_path / "out"),
                           "--jobs", "1"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    _assert_same(reference, tmp_path / "out")


def test_results_from_the_extraction_cache_give_the_same_bytes(corpus, reference, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run_kg("build", *corpus, "--out", str(out), "--jobs", "1")[0] == 0
    for path in out.iterdir():  # keep only the cache: the next build extracts nothing and rewrites everything
        if path.name != ".cache":
            path.unlink()
    (out / ".cache" / "build.json").unlink(missing_ok=True)
    monkeypatch.setattr("kg.extract.make_pipeline", lambda *a, **k: pytest.fail("extracted again"))
    assert run_kg("build", *corpus, "--out", str(out), "--jobs", "1")[0] == 0
    _assert_same(reference, out)
