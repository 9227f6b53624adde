"""Train the floret vectors kg ships, from the text prepare_text.py writes, and store them in spaCy's format.

Usage: python training/vectors/train_vectors.py /tmp/vietnews.txt --out kg/models/vi_floret [--threads 2]

floret hashes every word and its character n-grams into a fixed table of `BUCKET` rows, so any word, seen or
not, gets a vector and the table's size does not grow with the vocabulary (floret README). Several threads train faster but, with Hogwild updates, not
byte-identically; the shipped table was trained with 2 threads (10.5 min here).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

PARAMS = {"model": "cbow", "mode": "floret", "hashCount": 2, "bucket": 50000, "minn": 3, "maxn": 5, "dim": 100,
          "epoch": 1, "minCount": 5}


def train(text: Path, out: Path, threads: int) -> None:
    import floret
    model = floret.train_unsupervised(str(text), thread=threads, **PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        floret_file = Path(tmp) / "vectors.floret"
        model.save_floret_vectors(str(floret_file))
        vectors = read_floret_table(floret_file)
    out.mkdir(parents=True, exist_ok=True)
    vectors.to_disk(out)
    for extra in ("key2row", "strings.json"):  # empty in floret mode: kg ships the table and its settings only
        (out / extra).unlink(missing_ok=True)


def read_floret_table(path: Path):
    """The floret text format: a header 'rows dim minn maxn hash_count hash_seed bow eow', then one row a line."""
    import numpy
    from spacy.vectors import Vectors

    with open(path, encoding="utf-8") as handle:
        rows, dim, minn, maxn, hash_count, hash_seed, bow, eow = handle.readline().split()
        table = numpy.zeros((int(rows), int(dim)), dtype="float32")
        for line in handle:
            index, *values = line.rstrip().split(" ")
            table[int(index)] = numpy.asarray(values, dtype="float32")
    return Vectors(data=table, mode="floret", minn=int(minn), maxn=int(maxn), hash_count=int(hash_count),
                   hash_seed=int(hash_seed), bow=bow, eow=eow)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("text", type=Path)
    ap.add_argument("--out", type=Path, default=Path("kg/models/vi_floret"))
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    train(args.text, args.out, args.threads)


if __name__ == "__main__":
    main()
