"""Score every extractor variant on the blind split, the development corpus and the seeds: aggregate figures
only, as Markdown for docs/accuracy.md. The blind split's individual errors are never printed.

Usage: python scripts/accuracy_report.py [--variants rules,scored] [--dev ../shared/dev]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

from kg.build import build
from kg.evaluate import evaluate_files

ROOT = Path(__file__).resolve().parent.parent


def corpora(dev: Path) -> list[tuple[str, Path, Path]]:
    out = [("blind", ROOT / "training/data/events/blind/docs", ROOT / "training/data/events/blind/gold.jsonl")]
    if (dev / "gold.jsonl").exists():
        out.append(("dev", dev / "docs", dev / "gold.jsonl"))
    out.append(("seeds", ROOT / "seeds", ROOT / "tests/data/seeds_gold.jsonl"))
    return out


def measure(variant: str, docs: Path, gold: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        started = time.perf_counter()
        build([docs], out, extractor=variant, cache=False)
        seconds = time.perf_counter() - started
        sentences = json.loads((out / "report.json").read_text(encoding="utf-8")).get("counts", {}).get("sentences")
        result = evaluate_files(gold, out / "triples.jsonl")
    return {"result": result, "seconds": seconds, "sentences": sentences}


def row(name: str, variant: str, m: dict) -> str:
    s, le = m["result"].strict, m["result"].lenient
    rate = f"{m['sentences'] / m['seconds']:.0f}" if m.get("sentences") else "–"
    return (f"| {name} | {variant} | {s.precision:.3f} | {s.recall:.3f} | **{s.f1:.3f}** | {le.precision:.3f} | "
            f"{le.recall:.3f} | {le.f1:.3f} | {s.matched_gold}/{s.gold} | {m['seconds']:.1f} s, {rate} sent/s |")


def per_relation(m: dict) -> list[str]:
    lines = ["| relation | P | R | F1 | matched / high gold |", "|---|---:|---:|---:|---:|"]
    for relation, sc in m["result"].per_relation.items():
        lines.append(f"| {relation} | {sc.precision:.3f} | {sc.recall:.3f} | {sc.f1:.3f} | {sc.matched_gold}/{sc.gold} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", default="rules,scored")
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "dev")
    args = ap.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False).stdout
    print(f"Measured {date.today().isoformat()} on commit {commit.strip()} (plus the working tree it ran in).\n")
    print("| corpus | extractor | strict P | strict R | strict F1 | lenient P | lenient R | lenient F1 | "
          "high gold matched | build time |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    blind = {}
    for name, docs, gold in corpora(args.dev):
        for variant in args.variants.split(","):
            m = measure(variant, docs, gold)
            print(row(name, variant, m))
            if name == "blind":
                blind[variant] = m
    for variant, m in blind.items():
        print(f"\nBlind split, {variant}, per relation (strict):\n")
        print("\n".join(per_relation(m)))


if __name__ == "__main__":
    main()
