"""Write the vietnews text that floret trains on: one article a line, pyvi-style word tokens (``_`` joins syllables).

Usage: python training/vectors/prepare_text.py SNAPSHOT_GIT_DIR --exclude ../shared/vietnews/exclude.txt \
           --corpus training/data/events --out /tmp/vietnews.txt

Left out: the files in the exclude list (they repeat stories of the reserved evaluation corpora) and every
article of the annotated event corpus (so no blind article's text shapes the vectors). Files are read in path
order, so the output is byte-identical for the same snapshot.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
from pathlib import Path


def corpus_paths(corpus: Path) -> set[str]:
    paths = set()
    for sources in corpus.glob("*/SOURCES.tsv"):
        with open(sources, encoding="utf-8") as handle:
            paths |= {row["path"] for row in csv.DictReader(handle, delimiter="\t")}
    return paths


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("git_dir", type=Path)
    ap.add_argument("--exclude", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, default=Path("training/data/events"))
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    left_out = set(args.exclude.read_text().split()) | corpus_paths(args.corpus)
    listing = subprocess.run(["git", "--git-dir", str(args.git_dir), "ls-tree", "-r", "HEAD", "data"],
                             capture_output=True, text=True, check=True).stdout.splitlines()
    entries = sorted((line.split("\t", 1)[1], line.split()[2]) for line in listing)
    entries = [(path, sha) for path, sha in entries if path.endswith(".seg") and path not in left_out]
    cat = subprocess.Popen(["git", "--git-dir", str(args.git_dir), "cat-file", "--batch"], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE)
    tokens = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for _, sha in entries:
            cat.stdin.write(f"{sha}\n".encode())
            cat.stdin.flush()
            size = int(cat.stdout.readline().split()[2])
            text = cat.stdout.read(size).decode("utf-8", "replace")
            cat.stdout.read(1)
            words = text.split()
            tokens += len(words)
            out.write(" ".join(words) + "\n")
    cat.stdin.close()
    cat.wait()
    print(f"{len(entries)} articles, {tokens} tokens, {len(left_out)} paths left out")


if __name__ == "__main__":
    main()
