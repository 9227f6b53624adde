"""Build benchmark: the whole `kg build` end to end against bare pyvi, extraction vs bare pyvi, --jobs scaling,
cold/warm `kg build seeds/`, peak RSS by corpus size, and a profile of where a build's time goes.

    python benchmarks/bench_build.py                 # everything but the 100k-article RSS run and the profile
    python benchmarks/bench_build.py --only e2e --only seeds --only rss --rss 10000   # the issue-14 figures
    python benchmarks/bench_build.py --only profile --profile-articles 300             # where the time goes
    python benchmarks/bench_build.py --rss 1000,10000,100000

Prints one Markdown table (docs/performance.md keeps the last one). The corpus is generated into a temporary
folder by recombining real sentences of seeds/ and ../shared/dev/docs (never committed). Timings are medians of
--runs runs; throughput is given per CPU-second of the measuring process (robust to other load on a shared machine)
and per wall-clock second. The machine's load average is printed with the table: read wall-clock figures with it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "dev" / "docs"]


# -- corpus ------------------------------------------------------------------------------------------------------
def real_sentences() -> list[str]:
    """Every sentence of the cleaned seed and dev articles, as kg's sentence splitter cuts them."""
    from kg.build import BuildReport, _clean
    from kg.ingest import read_articles
    from kg.nlp import split_sentences

    inputs = [str(p) for p in SOURCES if p.exists()]
    articles = _clean(read_articles(inputs), BuildReport(out=Path(".")))
    return [a.text[s:e] for a in articles for s, e in split_sentences(a.text)]


def write_corpus(path: Path, count: int, sentences: list[str], per_article: tuple[int, int], seed: int = 7) -> Path:
    """`count` articles of recombined real sentences (a title and paragraphs of 1-3 sentences) as JSONL."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(count):
            body = rng.sample(sentences, rng.randint(*per_article))
            paragraphs, i = [], 0
            while i < len(body):
                step = rng.randint(1, 3)
                paragraphs.append(" ".join(body[i : i + step]))
                i += step
            row = {"id": f"g{n:06d}", "title": body[0][:80], "text": "\n\n".join(paragraphs), "source": "bench"}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def load_articles(path: Path) -> list:
    from kg.build import BuildReport, _clean
    from kg.ingest import read_articles

    return list(_clean(read_articles([str(path)]), BuildReport(out=Path("."))))


# -- measurements ------------------------------------------------------------------------------------------------
def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of fn()."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def bare_pyvi(units: list[str]) -> None:
    from pyvi import ViPosTagger, ViTokenizer

    for unit in units:
        ViPosTagger.postagging(ViTokenizer.tokenize(unit))


def kg_segmenter(pyvi, units: list[str]) -> None:
    """kg's own segmenter+POS (kg.nlp.FastPyvi: pyvi's models and rules, faster feature functions)."""
    for unit in units:
        pyvi.tag(unit)


def throughput(articles: list, runs: int) -> dict:
    """Extraction in this process vs pyvi alone on the same text (per paragraph and per sentence: the faster
    of the two is the baseline), and vs the segmenter+POS kg runs inside its tokenizer (kg.nlp.FastPyvi, per
    sentence, as the tokenizer calls it). The three are interleaved within each run, so load hits them alike."""
    from kg.extract import make_pipeline
    from kg.extract.article import extract_articles
    from kg.nlp import FastPyvi, split_sentences

    nlp = make_pipeline()
    fast = FastPyvi()
    results = list(extract_articles(nlp, articles[:5]))  # warm-up
    paragraphs = [p for a in articles for p in a.text.split("\n") if p.strip()]
    sentences = [a.text[s:e] for a in articles for s, e in split_sentences(a.text)]
    kg_times, bare_p, bare_s, own = [], [], [], []
    for _ in range(runs):
        results.clear()
        kg_times.append(timed(lambda: results.extend(extract_articles(nlp, articles))))
        bare_p.append(timed(lambda: bare_pyvi(paragraphs)))
        bare_s.append(timed(lambda: bare_pyvi(sentences)))
        own.append(timed(lambda: kg_segmenter(fast, sentences)))
    syllables = sum(r.syllables for r in results)
    sents = sum(r.sentences for r in results)
    med = {name: (statistics.median(t[0] for t in ts), statistics.median(t[1] for t in ts))
           for name, ts in (("kg", kg_times), ("para", bare_p), ("sent", bare_s), ("own", own))}
    bare = min(med["para"], med["sent"], key=lambda t: t[1])
    return {"articles": len(articles), "syllables": syllables, "sentences": sents, "kg": med["kg"], "bare": bare,
            "bare_unit": "paragraph" if bare is med["para"] else "sentence", "own": med["own"]}


def scaling(articles: list, runs: int, jobs_list: list[int]) -> dict[int, tuple[float, float]]:
    """Per --jobs: (wall s of extract_stream over `articles`, start-up included; wall s once the workers are up).

    The steady-state figure runs the same chunks on an already started pool (kg.parallel's own initializer and
    context), and for --jobs 1 on an already built pipeline: what a long build sees after its first seconds.
    """
    from concurrent.futures import ProcessPoolExecutor

    import kg.parallel as par
    from kg.extract import make_pipeline

    chunks = [(("",) * len(articles[i : i + par.POOL_CHUNK]), articles[i : i + par.POOL_CHUNK])
              for i in range(0, len(articles), par.POOL_CHUNK)]
    import psutil

    nlp = make_pipeline()
    out = {}
    for jobs in jobs_list:
        full, steady, cpu = [], [], []
        for _ in range(runs):
            full.append(timed(lambda j=jobs: sum(1 for _ in par.extract_stream(articles, jobs=j)))[0])
            if jobs == 1:
                wall, spent = timed(lambda: [par.extract_chunk(nlp, batch) for _, batch in chunks])
                steady.append(wall)
                cpu.append(spent)
                continue
            with ProcessPoolExecutor(jobs, mp_context=par._context(), initializer=par._init_worker) as pool:
                for future in [pool.submit(par._worker_chunk, articles[:1]) for _ in range(2 * jobs)]:
                    future.result()  # every worker has built its pipeline
                workers = [psutil.Process(pid) for pid in pool._processes]
                before = sum(sum(w.cpu_times()[:2]) for w in workers)
                wall, parent = timed(lambda p=pool, j=jobs: _drain_pool(p, chunks, j))
                steady.append(wall)
                cpu.append(parent + sum(sum(w.cpu_times()[:2]) for w in workers) - before)
        out[jobs] = (statistics.median(full), statistics.median(steady), statistics.median(cpu))
    return out


def _drain_pool(pool, chunks: list, jobs: int) -> int:
    from kg.parallel import _worker_chunk, bounded

    return sum(1 for _ in bounded(lambda batch: pool.submit(_worker_chunk, batch), iter(chunks), 2 * jobs))


def kg_cli(args: list[str]) -> tuple[float, float]:
    """(wall, CPU of the child) of one `kg ...` run in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", *args], check=True, capture_output=True, cwd=_cwd(None))
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cold_warm(tmp: Path, runs: int) -> dict:
    out = tmp / "seeds-out"
    cold, warm = [], []
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        cold.append(kg_cli(["build", str(ROOT / "seeds"), "--out", str(out)]))
        warm.append(kg_cli(["build", str(ROOT / "seeds"), "--out", str(out)]))
    return {"cold": [statistics.median(x) for x in zip(*cold)], "warm": [statistics.median(x) for x in zip(*warm)]}


_RSS_PROBE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss(corpus: Path, out: Path, jobs: int, tree: str | None = None) -> dict:
    """Peak RSS (MiB, largest single process) and wall seconds of a full `kg build` of `corpus` from cold."""
    shutil.rmtree(out, ignore_errors=True)
    wall = time.perf_counter()
    probe = subprocess.run([sys.executable, "-c", _RSS_PROBE, sys.executable, "-m", "kg", "build", str(corpus),
                            "--out", str(out), "--jobs", str(jobs)], check=True, capture_output=True, text=True,
                           env=_env(tree), cwd=_cwd(tree))
    wall = time.perf_counter() - wall
    counts = json.loads((out / "report.json").read_text(encoding="utf-8"))["counts"]
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    return {"rss_mib": int(probe.stdout.split()[-1]) / 1024, "wall": wall, "counts": counts, "out_mib": size / 2**20}


_MERGE_PROBE = """
import resource, sys
from dataclasses import replace
from pathlib import Path
from kg.build import BuildReport, _clean
from kg.ingest import read_articles
from kg.parallel import extract_stream
from kg.graph import build_graph
from kg.spill import ResultSpill

def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

articles = _clean(read_articles(sys.argv[2:]), BuildReport(out=Path(".")))
real = [replace(r, explanations=()) for r in extract_stream(articles, jobs=1)]
base = rss()
copies = (replace(r, article=replace(r.article, id=f"{r.article.id}-{n}"),
                  events=tuple(replace(e, doc=f"{r.article.id}-{n}") for e in r.events))
          for n in range(int(sys.argv[1]) // len(real) + 1) for r in real)
# as kg build does: results parked on disk as they come (kg.spill), then merged from there in id order
with ResultSpill() as spill:
    for _, result in zip(range(int(sys.argv[1])), copies):
        spill.add(result)
    after_results = rss()
    graph = build_graph(spill.sorted())
print(base, after_results, rss(), len(graph.graph["events"]))
"""


def merge_rss(count: int) -> dict:
    """Peak RSS (MiB) of merging `count` ArticleResults into the graph as `kg build` does (each result parked on
    disk by kg.spill as it arrives, then read back in id order): the results are the real ones of seeds/ and the
    dev docs (without explanations, as a build without --explain keeps them), copied under new article ids."""
    inputs = [str(p) for p in SOURCES if p.exists()]
    probe = subprocess.run([sys.executable, "-c", _MERGE_PROBE, str(count), *inputs], check=True,
                           capture_output=True, text=True)
    base, results, graph, events = probe.stdout.split()
    return {"pipeline": float(base), "results": float(results), "graph": float(graph), "events": int(events)}


# -- end to end --------------------------------------------------------------------------------------------------
_BARE_PYVI = """
import json, sys, time
start = time.perf_counter()
from pyvi import ViPosTagger, ViTokenizer
loaded = time.perf_counter()
units = 0
with open(sys.argv[1], encoding="utf-8") as handle:
    for line in handle:
        for paragraph in json.loads(line)["text"].split("\\n"):
            if paragraph.strip():
                ViPosTagger.postagging(ViTokenizer.tokenize(paragraph))
                units += 1
print(loaded - start, time.perf_counter() - loaded, units)
"""


def bare_pyvi_process(corpus: Path) -> dict:
    """Bare pyvi tokenize + POS over every paragraph of the corpus's raw text, as a program of its own:
    (wall with start-up, CPU, in-process seconds after the import)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    probe = subprocess.run([sys.executable, "-c", _BARE_PYVI, str(corpus)], check=True, capture_output=True,
                           text=True)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _load, work, _units = probe.stdout.split()
    return {"wall": wall, "cpu": _cpu(before, after), "work": float(work)}


def _cpu(before, after) -> float:
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _env(tree: str | None) -> dict | None:
    """The environment that runs the kg of another source tree (--baseline-tree), or None for this one."""
    return None if not tree else {**os.environ, "PYTHONPATH": tree}


def _cwd(tree: str | None) -> str:
    """Where `python -m kg` runs: the tree measured. `-m` puts the working directory first on sys.path, so run
    from anywhere else it would import the kg found there (this tree, when run from here), whatever PYTHONPATH
    says, and a baseline tree would be measured as this one."""
    return str(tree) if tree else str(ROOT)


def kg_build_cold(corpus: Path, out: Path, jobs: int, extra: tuple[str, ...] = (), tree: str | None = None) -> dict:
    """`kg build CORPUS --jobs N` from a cold out/ (no outputs, no cache), in a fresh process: wall, CPU of every
    process of its tree, and the report's counts. The pool's workers are children of a fork server that nobody
    waits for, so RUSAGE_CHILDREN misses them: the tree is sampled with psutil every 0.1 s instead (each process
    counted at its last sample: a few hundredths of a second short at most)."""
    shutil.rmtree(out, ignore_errors=True)
    # stderr goes to a file, not a pipe: a pipe nobody reads until the end blocks a build that writes much to it
    with tempfile.TemporaryFile() as errors:
        wall = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs",
                                 str(jobs), "--quiet", *extra], stdout=subprocess.DEVNULL, stderr=errors,
                                env=_env(tree), cwd=_cwd(tree))
        seen = _sample_cpu(proc)
        wall = time.perf_counter() - wall
        errors.seek(0)
        message = errors.read().decode(errors="replace")
    if proc.returncode:
        raise RuntimeError(f"kg build failed: {message}")
    counts = json.loads((out / "report.json").read_text(encoding="utf-8"))["counts"]
    return {"wall": wall, "cpu": sum(seen.values()), "counts": counts}


def _sample_cpu(proc) -> dict[int, float]:
    """CPU seconds of every process of proc's tree, sampled every 0.1 s until it ends."""
    import psutil

    root, seen = psutil.Process(proc.pid), {}
    while proc.poll() is None:
        try:
            for member in [root, *root.children(recursive=True)]:
                times = member.cpu_times()
                seen[member.pid] = times.user + times.system
        except psutil.Error:  # a process ended between listing and reading it
            pass
        time.sleep(0.1)
    return seen


def end_to_end(tmp: Path, corpus: Path, runs: int, baseline: str | None = None, extractor: str | None = None) -> dict:
    """Runs interleaved (bare pyvi, --jobs 1, --jobs 2[, the baseline tree's --jobs 1 and 2], each run), so that
    load changes hit all of them alike."""
    bare, one, two, old_one, old_two = [], [], [], [], []
    for _ in range(runs):
        bare.append(bare_pyvi_process(corpus))
        extra = ("--extractor", extractor) if extractor else ()
        one.append(kg_build_cold(corpus, tmp / "e2e-out", 1, extra))
        two.append(kg_build_cold(corpus, tmp / "e2e-out", 2, extra))
        if baseline:
            old_one.append(kg_build_cold(corpus, tmp / "e2e-out", 1, tree=baseline))
            old_two.append(kg_build_cold(corpus, tmp / "e2e-out", 2, tree=baseline))
    shutil.rmtree(tmp / "e2e-out", ignore_errors=True)

    def med(rows: list[dict], name: str) -> float:
        return statistics.median(row[name] for row in rows)

    old = {"old_one": {k: med(old_one, k) for k in ("wall", "cpu")},
           "old_two": {k: med(old_two, k) for k in ("wall", "cpu")}} if baseline else {}
    return {**old, "bare": {k: med(bare, k) for k in ("wall", "cpu", "work")},
            "one": {k: med(one, k) for k in ("wall", "cpu")}, "two": {k: med(two, k) for k in ("wall", "cpu")},
            "counts": one[0]["counts"], "walls": {"bare": [r["wall"] for r in bare], "one": [r["wall"] for r in one],
                                                  "two": [r["wall"] for r in two]}}


# -- profile -----------------------------------------------------------------------------------------------------
_STAGES = (  # (label, function name as cProfile reports it, module path ending)
    ("Python start-up and imports before the build", None, None),
    ("load the NLP pipeline (kg.extract.make_pipeline)", "make_pipeline", "kg/extract/__init__.py"),
    ("extract: NLP + actors + relations (kg.chunks.extract_chunk)", "extract_chunk", "kg/chunks.py"),
    ("read + clean the inputs (kg.build._clean)", "_clean", "kg/build.py"),
    ("cache look-ups (kg.cache.ExtractCache.get)", "get", "kg/cache.py"),
    ("cache writes (ExtractCache.put + flush)", "put", "kg/cache.py"),
    ("cache writes: SQLite batches", "flush", "kg/cache.py"),
    ("park results on disk (kg.spill.ResultSpill.add)", "add", "kg/spill.py"),
    ("merge the graph (kg.graph.build_graph)", "build_graph", "kg/graph.py"),
    ("triples.jsonl", "write_triples", "kg/export/jsonl.py"),
    ("graph.graphml", "write_graphml", "kg/export/graphml.py"),
    ("graph.gexf", "write_gexf", "kg/export/gexf.py"),
    ("nodes.csv + edges.csv", "write_node_table", "kg/export/tables.py"),
    ("", "write_edge_table", "kg/export/tables.py"),
    ("index.html", "write_html_report", "kg/export/report.py"),
    ("graph.png", "write_png", "kg/export/picture.py"),
    ("RDF: graph.ttl/trig/nq/jsonld + ontology.ttl", "write_rdf", "kg/rdf/build.py"),
    ("report.json", "write_report", "kg/export/writer.py"),
    ("build record (sha256 of every output)", "write_manifest", "kg/cache.py"),
)


def profile_build(corpus: Path, out: Path, top: int) -> list[tuple[str, str]]:
    """cProfile of one cold build in this process, every stage in it (no export process): cumulative seconds per
    stage (cProfile inflates Python-heavy stages more than C-heavy ones: read the shares, not the seconds)."""
    import cProfile
    import io
    import pstats

    from kg.build import build

    shutil.rmtree(out, ignore_errors=True)
    profiler = cProfile.Profile()
    wall = time.perf_counter()
    profiler.runcall(build, [str(corpus)], out, jobs=1, overlap=False)
    wall = time.perf_counter() - wall
    stats = pstats.Stats(profiler)
    cumulative: dict[tuple[str, str], float] = {}
    for (path, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        key = (name, path.replace(os.sep, "/"))
        cumulative[key] = cumulative.get(key, 0.0) + ct
    rows: list[tuple[str, float]] = []
    for label, name, module in _STAGES[1:]:
        seconds = sum(ct for (fn, path), ct in cumulative.items() if fn == name and path.endswith(module))
        if not label:  # continues the previous row
            label, previous = rows.pop()
            seconds += previous
        rows.append((label, seconds))
    total = sum(ct for (fn, path), ct in cumulative.items() if fn == "build" and path.endswith("kg/build.py"))
    out_rows = [(f"profile: {label}", f"{seconds:.2f} s ({100 * seconds / total:.0f}%)") for label, seconds in rows]
    out_rows.append(("profile: whole `build()` under cProfile (wall without profiler)", f"{total:.2f} s ({wall:.2f} s)"))
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(top)
    print(text.getvalue(), file=sys.stderr)
    return out_rows


def stage_times(corpus: Path, out: Path, jobs: int, overlap: bool = True) -> list[tuple[str, str]]:
    """Wall-clock timeline of one cold build, with the export process (as `kg build` runs) or without (every
    output written by the build's process after extraction): when extraction ends, and how long the rest takes."""
    from kg.build import build

    shutil.rmtree(out, ignore_errors=True)
    marks: list[tuple[float, str]] = []
    start = time.perf_counter()

    def progress(stage: str, done: int, total) -> None:
        if stage != "extract" or done == 1 or (total and done == total):
            marks.append((time.perf_counter() - start, stage if stage != "extract" else f"extract {done}"))

    cpu = time.process_time()
    build([str(corpus)], out, jobs=jobs, progress=progress, overlap=overlap)
    cpu = time.process_time() - cpu
    end = time.perf_counter() - start
    extract_end = max(t for t, stage in marks if stage.startswith("extract"))
    first = min(t for t, stage in marks if stage.startswith("extract 1"))
    how = f"timeline --jobs {jobs}, {'export process' if overlap else 'one process'}"
    return [(f"{how}: start-up until the first result", f"{first:.2f} s"),
            (f"{how}: extraction (first to last result)", f"{extract_end - first:.2f} s"),
            (f"{how}: after the last result (graph, files still to write, swap)",
             f"**{end - extract_end:.2f} s** of {end:.2f} s (CPU of the build's own process {cpu:.2f} s)")]


# -- report ------------------------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=150, help="articles for the throughput and jobs figures")
    parser.add_argument("--rss", default="1000,10000", help="corpus sizes for the peak-RSS builds")
    parser.add_argument("--rss-jobs", type=int, default=1)
    parser.add_argument("--merge", default="10000,100000", help="result counts for the results+graph RSS probe")
    parser.add_argument("--e2e-articles", type=int, default=600, help="articles for the end-to-end build figures")
    parser.add_argument("--e2e-extractor", help="the extractor the end-to-end builds run (default: kg build's)")
    parser.add_argument("--baseline-tree", help="a source tree of kg to measure beside this one (e2e, rss): e.g. "
                                                "this tree with the build files of the previous commit")
    parser.add_argument("--profile-articles", type=int, default=300, help="articles for --only profile")
    parser.add_argument("--profile-top", type=int, default=25, help="functions listed (on stderr) by --only profile")
    parser.add_argument("--only", choices=["e2e", "throughput", "jobs", "seeds", "rss", "merge", "profile"],
                        action="append")
    args = parser.parse_args()
    only = set(args.only or ["e2e", "throughput", "jobs", "seeds", "rss", "merge"])

    rows = _Table()
    load_before = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores; load average before {load_before[0]:.2f} (1-min); "
          f"Python {sys.version.split()[0]}; medians of {args.runs} runs\n", flush=True)
    print("| figure | value |\n|---|---|", flush=True)
    sentences = real_sentences()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        articles = load_articles(write_corpus(tmp / "bench.jsonl", args.articles, sentences, (10, 25)))
        if "e2e" in only:
            corpus = write_corpus(tmp / "e2e.jsonl", args.e2e_articles, sentences, (10, 25), seed=14)
            e = end_to_end(tmp, corpus, args.runs, args.baseline_tree, args.e2e_extractor)
            c, bare, one, two = e["counts"], e["bare"], e["one"], e["two"]
            rows += [
                ("end-to-end corpus", (f"{c['articles']:,} articles, {c['sentences']:,} sentences, "
                                      f"{c['syllables']:,} syllables, {c['events']:,} events")),
                ("bare pyvi tokenize+POS as a program (per paragraph), s: wall with start-up; CPU; after import",
                 (f"{bare['wall']:.2f}; {bare['cpu']:.2f}; {bare['work']:.2f} "
                 f"({c['sentences'] / bare['wall']:,.0f} sentences/s)")),
                ("`kg build --jobs 1`, cold out/, every format, s: wall; CPU of all its processes",
                 f"{one['wall']:.2f}; {one['cpu']:.2f} ({c['sentences'] / one['wall']:,.0f} sentences/s)"),
                ("`kg build --jobs 2`, cold out/, every format, s: wall; CPU of all its processes",
                 f"{two['wall']:.2f}; {two['cpu']:.2f} ({c['sentences'] / two['wall']:,.0f} sentences/s)"),
                ("**end to end, --jobs 1 / bare pyvi** (wall, both with start-up; against bare pyvi after import)",
                 f"**{bare['wall'] / one['wall']:.2f}×**; {bare['work'] / one['wall']:.2f}×"),
                ("**end to end, --jobs 2 / --jobs 1** (wall; per CPU-second)",
                 f"**{one['wall'] / two['wall']:.2f}×**; {one['cpu'] / two['cpu']:.2f}×"),
                *([("baseline tree: `kg build --jobs 1`; `--jobs 2`, s wall (CPU)",
                    (f"{e['old_one']['wall']:.2f} ({e['old_one']['cpu']:.2f}); "
                    f"{e['old_two']['wall']:.2f} ({e['old_two']['cpu']:.2f})"))] if args.baseline_tree else []),
                ("every run's wall s (bare; --jobs 1; --jobs 2)",
                 "; ".join(", ".join(f"{w:.1f}" for w in e["walls"][k]) for k in ("bare", "one", "two"))),
            ]
        if "profile" in only:
            corpus = write_corpus(tmp / "profile.jsonl", args.profile_articles, sentences, (10, 25), seed=15)
            rows += profile_build(corpus, tmp / "profile-out", args.profile_top)
            for _ in range(args.runs):  # alternated, so that load changes hit both alike
                for overlap in (True, False):
                    rows += stage_times(corpus, tmp / "profile-out", 1, overlap)
        if "throughput" in only:
            t = throughput(articles, args.runs)
            kg_wall, kg_cpu = t["kg"]
            bare_wall, bare_cpu = t["bare"]
            own_wall, own_cpu = t["own"]
            rows += [
                ("corpus (throughput, jobs)",
                 f"{t['articles']} articles, {t['sentences']} sentences, {t['syllables']} syllables"),
                ("bare pyvi segment+POS as shipped, syllables/s (CPU; wall)",
                 f"{t['syllables'] / bare_cpu:,.0f}; {t['syllables'] / bare_wall:,.0f} (per {t['bare_unit']})"),
                ("kg's own segment+POS alone (kg.nlp.FastPyvi, same models and tags), syllables/s (CPU; wall)",
                 f"{t['syllables'] / own_cpu:,.0f}; {t['syllables'] / own_wall:,.0f} (per sentence)"),
                ("kg extraction, 1 process, syllables/s (CPU; wall)",
                 f"{t['syllables'] / kg_cpu:,.0f}; {t['syllables'] / kg_wall:,.0f}"),
                ("**ratio kg / bare pyvi as shipped** (CPU; wall)",
                 f"**{bare_cpu / kg_cpu:.2f}**; {bare_wall / kg_wall:.2f}"),
                ("ratio kg / kg's own segment+POS (CPU; wall)", f"{own_cpu / kg_cpu:.2f}; {own_wall / kg_wall:.2f}"),
                ("kg extraction, sentences/s (CPU; wall)",
                 f"{t['sentences'] / kg_cpu:,.0f}; {t['sentences'] / kg_wall:,.0f}"),
            ]
        if "jobs" in only:
            s = scaling(articles, args.runs, [1, 2])
            rows += [(f"--jobs {j}: extraction wall s, with start-up; workers up (articles/s); CPU s, all processes",
                      f"{full:.2f}; {steady:.2f} ({len(articles) / steady:,.1f}); {cpu:.2f}")
                     for j, (full, steady, cpu) in s.items()]
            rows.append((("**--jobs 2 speed-up over --jobs 1**: wall, workers up; wall, with start-up; "
                         "on 2 idle cores from CPU s (1-process CPU / (all-process CPU / 2))"),
                         f"{s[1][1] / s[2][1]:.2f}×; {s[1][0] / s[2][0]:.2f}×; **{s[1][2] / (s[2][2] / 2):.2f}×**"))
        if "seeds" in only:
            cw = cold_warm(tmp, args.runs)
            rows += [("`kg build seeds/` cold, s (wall; CPU)", f"{cw['cold'][0]:.2f}; {cw['cold'][1]:.2f}"),
                     ("`kg build seeds/` warm re-run, s (wall; CPU)", f"{cw['warm'][0]:.2f}; {cw['warm'][1]:.2f}")]
        if "rss" in only:
            for size in [int(x) for x in args.rss.split(",") if x]:
                corpus = write_corpus(tmp / f"rss-{size}.jsonl", size, sentences, (2, 5), seed=size)
                for label, tree in (("", None), ("baseline tree: ", args.baseline_tree)):
                    if label and not tree:
                        continue
                    r = peak_rss(corpus, tmp / f"rss-{size}-out", args.rss_jobs, tree)
                    c = r["counts"]
                    value = (f"{r['rss_mib']:,.0f} MiB in {r['wall']:,.0f} s; {c['sentences']:,} sentences, "
                             f"{c['events']:,} events, {c['edges']:,} edges; outputs {r['out_mib']:,.1f} MiB")
                    rows.append((f"{label}peak RSS, `kg build` of {size:,} articles (--jobs {args.rss_jobs})", value))
                corpus.unlink()
                shutil.rmtree(tmp / f"rss-{size}-out", ignore_errors=True)
        if "merge" in only:
            for size in [int(x) for x in args.merge.split(",") if x]:
                m = merge_rss(size)
                rows.append((f"peak RSS, {size:,} results spilled + merged graph (no exporters)",
                             (f"{m['graph']:,.0f} MiB: pipeline {m['pipeline']:,.0f}, spilled results "
                             f"+{m['results'] - m['pipeline']:,.0f}, graph +{m['graph'] - m['results']:,.0f} "
                             f"({m['events']:,} events)")))
    rows.append(("load average after (1-min)", f"{os.getloadavg()[0]:.2f}"))


class _Table(list):
    """Rows printed as they are measured (a failure later in a long run loses nothing)."""

    def append(self, row: tuple[str, str]) -> None:
        super().append(row)
        print(f"| {row[0]} | {row[1]} |", flush=True)

    def __iadd__(self, rows):
        for row in rows:
            self.append(row)
        return self


if __name__ == "__main__":
    main()
