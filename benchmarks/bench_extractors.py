"""Throughput of the relation extractors (rules, syntax, both): sentences per CPU second on one core.

    OMP_NUM_THREADS=1 taskset -c 1 python benchmarks/bench_extractors.py rules ../shared/dev/docs

Times `kg.build.extract_inputs` (read, clean, build the pipeline, extract) 5 times after a warm-up and reports the
median, then the pipeline alone (already built) over the cleaned articles. Results are in docs/parser.md.
"""

from __future__ import annotations

import statistics
import sys
import time


def main(extractor: str, inputs: str, runs: int = 5) -> str:
    from kg.build import extract_inputs
    from kg.clean import clean_article
    from kg.extract import make_pipeline
    from kg.extract.article import extract_articles
    from kg.ingest import read_articles

    extract_inputs([inputs], extractor=extractor)  # warm-up: imports and the parser model (cached per process)
    times = []
    for _ in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        results = extract_inputs([inputs], extractor=extractor)
        times.append((time.process_time() - cpu, time.perf_counter() - wall))
    sentences = sum(r.sentences for r in results)
    articles = [clean_article(a) for a in read_articles([inputs])]
    nlp = make_pipeline(extractor=extractor)
    list(extract_articles(nlp, articles))
    steady = []
    for _ in range(runs):
        cpu = time.process_time()
        list(extract_articles(nlp, articles))
        steady.append(time.process_time() - cpu)
    cpu = statistics.median(c for c, _ in times)
    wall = statistics.median(w for _, w in times)
    return (f"{extractor}: {sentences} sentences; extract_inputs median {cpu:.2f} s CPU ({sentences / cpu:.0f} "
            f"sentences/s), {wall:.2f} s wall ({sentences / wall:.0f}/s); pipeline alone "
            f"{sentences / statistics.median(steady):.0f} sentences/s CPU")


if __name__ == "__main__":
    print(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "seeds"))
