"""Build the blind split with kg and print its aggregate score, never its individual errors.

Usage: python scripts/blind_score.py [--extractor rules|scored] [--split training/data/events/blind]

The blind split (training/data/events/blind) exists to measure generalisation: nobody reads its misses or false
positives while changing rules, data or models. This script prints only strict/lenient P/R/F1 and the
per-relation table, for docs/accuracy.md.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from rich.console import Console

from kg.build import build
from kg.evaluate import evaluate_files, render_report


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", type=Path, default=Path("training/data/events/blind"))
    ap.add_argument("--extractor", default="rules")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        build([args.split / "docs"], out, extractor=args.extractor, cache=False)
        result = evaluate_files(args.split / "gold.jsonl", out / "triples.jsonl")
    render_report(result, console=Console(), details=False)


if __name__ == "__main__":
    main()
