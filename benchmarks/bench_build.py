"""Build benchmark: extraction vs bare pyvi, --jobs scaling, cold/warm `kg build seeds/`, peak RSS by corpus size.

    python benchmarks/bench_build.py                 # everything but the 100k-article RSS run
    python benchmarks/bench_build.py --rss 1000,10000,100000
    python benchmarks/bench_build.py --only rss --rss 100000 --runs 1

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
    articles = _clean(read_articles(inputs), BuildReport(out=Path(".")), None)
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

    return list(_clean(read_articles([str(path)]), BuildReport(out=Path(".")), None))


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
    subprocess.run([sys.executable, "-m", "kg", *args], check=True, capture_output=True)
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


def peak_rss(corpus: Path, out: Path, jobs: int) -> dict:
    """Peak RSS (MiB, largest single process) and wall seconds of a full `kg build` of `corpus` from cold."""
    shutil.rmtree(out, ignore_errors=True)
    wall = time.perf_counter()
    probe = subprocess.run([sys.executable, "-c", _RSS_PROBE, sys.executable, "-m", "kg", "build", str(corpus),
                            "--out", str(out), "--jobs", str(jobs)], check=True, capture_output=True, text=True)
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

articles = _clean(read_articles(sys.argv[2:]), BuildReport(out=Path(".")), None)
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


# -- report ------------------------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=150, help="articles for the throughput and jobs figures")
    parser.add_argument("--rss", default="1000,10000", help="corpus sizes for the peak-RSS builds")
    parser.add_argument("--rss-jobs", type=int, default=1)
    parser.add_argument("--merge", default="10000,100000", help="result counts for the results+graph RSS probe")
    parser.add_argument("--only", choices=["throughput", "jobs", "seeds", "rss", "merge"], action="append")
    args = parser.parse_args()
    only = set(args.only or ["throughput", "jobs", "seeds", "rss", "merge"])

    rows: list[tuple[str, str]] = []
    load_before = os.getloadavg()
    sentences = real_sentences()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        articles = load_articles(write_corpus(tmp / "bench.jsonl", args.articles, sentences, (10, 25)))
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
                r = peak_rss(corpus, tmp / f"rss-{size}-out", args.rss_jobs)
                c = r["counts"]
                value = (f"{r['rss_mib']:,.0f} MiB in {r['wall']:,.0f} s; {c['sentences']:,} sentences, "
                         f"{c['events']:,} events, {c['edges']:,} edges; outputs {r['out_mib']:,.1f} MiB")
                rows.append((f"peak RSS, `kg build` of {size:,} articles (--jobs {args.rss_jobs})", value))
                corpus.unlink()
                shutil.rmtree(tmp / f"rss-{size}-out", ignore_errors=True)
        if "merge" in only:
            for size in [int(x) for x in args.merge.split(",") if x]:
                m = merge_rss(size)
                rows.append((f"peak RSS, {size:,} results spilled + merged graph (no exporters)",
                             (f"{m['graph']:,.0f} MiB: pipeline {m['pipeline']:,.0f}, spilled results "
                             f"+{m['results'] - m['pipeline']:,.0f}, graph +{m['graph'] - m['results']:,.0f} "
                             f"({m['events']:,} events)")))
    load_after = os.getloadavg()

    print(f"machine: {os.cpu_count()} cores; load average before {load_before[0]:.2f}, after {load_after[0]:.2f} "
          f"(1-min); Python {sys.version.split()[0]}; medians of {args.runs} runs\n")
    print("| figure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
