"""Restore the annotated event corpus's documents and gold.jsonl from a fetched vietnews snapshot.

Usage: python training/events/restore_corpus.py SNAPSHOT_GIT_DIR [--corpus training/data/events]

Each document is read at the commit and path SOURCES.tsv records, restored to plain text exactly as
select_corpus.py does, and checked against its recorded sha256; gold.jsonl is rebuilt from annotations.jsonl.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_files import SPLITS, from_offsets, read_jsonl, read_sources, sha256, write_jsonl
from select_corpus import restore


def blob(git_dir: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True,
                          check=True).stdout.decode("utf-8", "replace")


def restore_split(git_dir: Path, split_dir: Path) -> int:
    docs = split_dir / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    texts = {}
    for row in read_sources(split_dir):
        text = restore(blob(git_dir, row["commit"], row["path"]))
        if sha256(text) != row["sha256"]:
            raise SystemExit(f"{row['doc']}: restored text differs from the annotated one ({row['path']})")
        (docs / row["doc"]).write_text(text, encoding="utf-8")
        texts[row["doc"]] = text
    gold = [from_offsets(r, texts[r["doc"]]) for r in read_jsonl(split_dir / "annotations.jsonl")]
    write_jsonl(split_dir / "gold.jsonl", gold)
    return len(texts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("git_dir", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path("training/data/events"))
    args = ap.parse_args()
    for split in SPLITS:
        n = restore_split(args.git_dir, args.corpus / split)
        print(f"{split}: {n} documents restored")


if __name__ == "__main__":
    main()
