"""Which validation cases (tests/data/relation_cases.jsonl) the extractor meets now: gap cases it has learned and
pass cases it has lost. `--promote` marks the learned gap cases "pass" (expectations are never changed; a lost
pass case is a regression to fix, never to relabel).

Usage: python scripts/relation_cases_status.py [--promote]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST = ROOT / "tests" / "test_relation_cases.py"


def _runner():
    spec = importlib.util.spec_from_file_location("relation_cases_runner", TEST)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--promote", action="store_true")
    args = ap.parse_args()
    runner = _runner()
    got = runner.extracted.__wrapped__() if hasattr(runner.extracted, "__wrapped__") else None
    if got is None:
        raise SystemExit("cannot call the test module's extraction")
    learned, lost = [], []
    for case in runner.CASES:
        triples = got[case["id"]]
        ok = all(any(runner._matches(s, t) for t in triples) for s in case["must"]) and not any(
            runner._matches(s, t) for s in case["must_not"] for t in triples)
        if ok and case["status"] == "gap":
            learned.append(case["id"])
        elif not ok and case["status"] == "pass":
            lost.append(case["id"])
    print(f"learned ({len(learned)}): {', '.join(learned)}")
    print(f"lost ({len(lost)}): {', '.join(lost)}")
    if args.promote and learned:
        rows = [json.loads(line) for line in runner.CASES_FILE.read_text(encoding="utf-8").splitlines() if line]
        for row in rows:
            if row["id"] in learned:
                row["status"] = "pass"
                row.pop("gap", None)
        runner.CASES_FILE.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
