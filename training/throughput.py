"""Throughput of kg's NLP stage with and without the parser, on one core (sentences per second).

    OMP_NUM_THREADS=1 python training/throughput.py [MODEL_DIR] [--repeat N]

Reads the seed articles (seeds/*.txt), segments them with kg.nlp (pyvi) once to count sentences, then times
(a) segmentation alone, (b) the parser alone on the segmented Docs, (c) both, best of N repeats.
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


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


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
    result = {
        "sentences": n_sents,
        "tokens": n_tokens,
        "segmentation_sents_per_s": round(n_sents / seg),
        "parser_sents_per_s": round(n_sents / par),
        "segmentation_plus_parser_sents_per_s": round(n_sents / both),
    }
    print(json.dumps(result, indent=2, sort_keys=True))
    return result


if __name__ == "__main__":
    main()
