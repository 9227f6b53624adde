"""`kg build --jobs N`: a process pool gives the same bytes as one process; start-up stays free of the NLP stack."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NLP_MODULES = {"spacy", "pyvi", "thinc", "sklearn_crfsuite"}


def output_files(out: Path) -> dict[str, bytes]:
    """Every output file of a build by relative name (the cache is not an output)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(out).parts}


def test_pool_build_is_byte_identical_to_one_process(seeds_out, tmp_path, monkeypatch):
    import kg.parallel
    from kg.build import build

    used: list[int] = []
    real_pool = kg.parallel.pool_engine

    def spy(chunks, jobs, *rest):  # rest: the extractor
        used.append(jobs)
        return real_pool(chunks, jobs, *rest)

    # one article per task and no look-ahead threshold, so the five seeds really go through two workers
    monkeypatch.setattr(kg.parallel, "POOL_CHUNK", 1)
    monkeypatch.setattr(kg.parallel, "MIN_POOL_CHUNKS", 1)
    monkeypatch.setattr(kg.parallel, "pool_engine", spy)
    report = build([str(SEEDS)], tmp_path / "out", jobs=2, cache=False)

    assert used == [2]
    assert report.exit_code == 0
    assert report.counts["articles"] == 5
    pooled, single = output_files(tmp_path / "out"), output_files(seeds_out)
    assert sorted(pooled) == sorted(single)
    assert [name for name in single if pooled[name] != single[name]] == []


def test_pool_returns_every_chunk_in_submission_order(monkeypatch):
    """Results come back in input order whatever worker finishes first (the merge relies on it)."""
    from kg.build import BuildReport, _clean
    from kg.ingest import read_articles
    from kg.parallel import pool_engine

    articles = list(_clean(read_articles([str(SEEDS)]), BuildReport(out=Path("."))))
    chunks = [((f"k{i}",), [article]) for i, article in enumerate(reversed(articles))]
    got = list(pool_engine(iter(chunks), 2))

    assert [keys for keys, _ in got] == [("k0",), ("k1",), ("k2",), ("k3",), ("k4",)]
    assert [results[0].article.id for _, results in got] == [a.id for a in reversed(articles)]


def test_few_new_articles_stay_in_process(monkeypatch):
    """Five uncached articles are fewer than MIN_POOL_CHUNKS chunks per worker: no worker is started."""
    import kg.parallel

    monkeypatch.setattr(kg.parallel, "pool_engine", lambda chunks, jobs, *rest: pytest.fail("pool started"))
    monkeypatch.setattr(kg.parallel, "serial_engine",
                        lambda chunks, *rest: ((keys, [f"in-process {a}" for a in batch]) for keys, batch in chunks))
    chunks = iter([(("a",), ["x"]), ((), []), (("b",), ["y"])])  # the empty chunk: a pause for cached results
    got = list(kg.parallel._pool_if_worth_it(chunks, 2))
    assert got == [((), []), (("a",), ["in-process x"]), (("b",), ["in-process y"])]


def test_jobs_zero_means_every_core():
    import os

    from kg.parallel import cpu_count

    assert cpu_count() == len(os.sched_getaffinity(0))


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["query", "{count}", "--out", "{out}"]])
def test_cli_start_up_does_not_import_the_nlp_stack(args, seeds_out):
    """`kg --help` and `kg query` answer without loading spaCy or pyvi (seconds of start-up)."""
    argv = [a.format(out=seeds_out, count="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") for a in args]
    loaded = _loaded_modules(argv)
    assert "typer" in loaded  # the probe did run the CLI
    assert loaded & NLP_MODULES == set()


def _loaded_modules(argv: list[str]) -> set[str]:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from kg.cli import app\n"
        "result = CliRunner().invoke(app, sys.argv[1:])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    probe = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=ROOT,
                           check=False)
    assert probe.returncode == 0, probe.stderr
    return set(probe.stdout.split())
