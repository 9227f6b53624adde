"""Throughput of kg's NLP stage with and without the parser, on one core (sentences per second).

    OMP_NUM_THREADS=1 python training/throughput.py [MODEL_DIR] [--repeat N]

Reads the seed articles (seeds/*.txt), segments them with kg.nlp (pyvi) once to count sentences, then times
(a) segmentation alone, (b) the parser alone on the segmented Docs, (c) both, best of N repeats, as wall-clock
and as CPU (process) time; on a shared machine the CPU-time rate is the better estimate of one free core.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _best(fn, repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU (process) time over repeats; CPU time is what one unshared core would take."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", nargs="?", default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if os.environ.get("OMP_NUM_THREADS") != "1":
        print("warning: set OMP_NUM_THREADS=1 to measure one core", file=sys.stderr)
    from kg.depparse import load_parser, parse_docs
    from kg.nlp import make_nlp

    nlp = make_nlp()
    parser = load_parser(args.model)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs = [nlp(t) for t in texts]
    n_sents = sum(len(list(d.sents)) for d in docs)
    n_tokens = sum(len(d) for d in docs)
    seg = _best(lambda: [nlp(t) for t in texts], args.repeat)
    par = _best(lambda: list(parse_docs(docs, nlp=parser)), args.repeat)
    both = _best(lambda: list(parse_docs((nlp(t) for t in texts), nlp=parser)), args.repeat)
    result = {"sentences": n_sents, "tokens": n_tokens}
    for name, (wall, cpu) in [("segmentation", seg), ("parser", par), ("segmentation_plus_parser", both)]:
        result[f"{name}_sents_per_s_wall"] = round(n_sents / wall)
        result[f"{name}_sents_per_s_cpu"] = round(n_sents / cpu)
    print(json.dumps(result, indent=2, sort_keys=True))
    return result


if __name__ == "__main__":
    main()
