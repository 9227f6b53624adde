"""Restore the five real news pages of tests/data/pages from fetched snapshots of the repositories they were
found in (tests/data/pages/SOURCES.tsv: repository, path, commit, sha256). Pages fetched from other repositories
are not committed here; tests/test_pages.py skips when they are absent.

Usage: python scripts/restore_pages.py MIRROR_DIR   # MIRROR_DIR/<owner>+<name>/repo is each snapshot's git dir
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mirror", type=Path)
    args = ap.parse_args()
    with open(PAGES / "SOURCES.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        git_dir = args.mirror / row["repository"].replace("/", "+") / "repo"
        data = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
                              capture_output=True, check=True).stdout
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            raise SystemExit(f"{row['file']}: the snapshot's bytes differ from the page the tests were written for")
        (PAGES / row["file"]).write_bytes(data)
        print(f"{row['file']}: {len(data)} bytes from {row['repository']}")


if __name__ == "__main__":
    main()
