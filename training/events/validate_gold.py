"""Check an annotated event corpus: schema, vocabulary, exact substrings, symmetric pairs, uniqueness.

Usage: python training/events/validate_gold.py GOLD.jsonl DOCS_DIR [--relations kg/data/relation_types.jsonl]
Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REQUIRED = {"doc": str, "subject": str, "relation": str, "object": str, "modality": str, "sentence": str,
            "evidence": str, "confidence": str}
OPTIONAL = {"subject_qid", "object_qid", "subject_alt", "object_alt", "relation_alt", "symmetric", "resolved_from",
            "note"}
MODALITIES = {"asserted", "intended", "hypothetical", "negated"}
CONFIDENCE = {"high", "medium"}


def relation_vocabulary(path: Path) -> set[str]:
    with open(path, encoding="utf-8") as handle:
        return {json.loads(line)["id"] for line in handle if line.strip()}


def line_problems(row: dict, docs: Path, relations: set[str], texts: dict[str, str]) -> list[str]:
    out = []
    for key, kind in REQUIRED.items():
        if not isinstance(row.get(key), kind) or not row.get(key):
            out.append(f"missing or empty {key}")
    unknown = set(row) - set(REQUIRED) - OPTIONAL
    if unknown:
        out.append(f"unknown fields {sorted(unknown)}")
    if out:
        return out
    if row["doc"] not in texts:
        path = docs / row["doc"]
        texts[row["doc"]] = path.read_text(encoding="utf-8") if path.exists() else ""
    if not texts[row["doc"]]:
        return [f"no document {row['doc']}"]
    if row["relation"] not in relations:
        out.append(f"relation {row['relation']!r} not in the vocabulary")
    for alt in row.get("relation_alt") or []:
        if alt not in relations:
            out.append(f"relation_alt {alt!r} not in the vocabulary")
    if row["modality"] not in MODALITIES:
        out.append(f"modality {row['modality']!r}")
    if row["confidence"] not in CONFIDENCE:
        out.append(f"confidence {row['confidence']!r}")
    if row["sentence"] not in texts[row["doc"]]:
        out.append("sentence is not an exact substring of the document")
    if row["evidence"] not in row["sentence"]:
        out.append("evidence is not an exact substring of the sentence")
    if row["subject"] == row["object"]:
        out.append("subject equals object")
    for key in ("subject_alt", "object_alt"):
        if key in row and not (isinstance(row[key], list) and all(isinstance(x, str) for x in row[key])):
            out.append(f"{key} must be a list of strings")
    return out


def corpus_problems(gold: Path, docs: Path, relations: set[str]) -> list[str]:
    problems = []
    texts: dict[str, str] = {}
    seen: set[tuple] = set()
    symmetric: set[tuple] = set()
    with open(gold, encoding="utf-8") as handle:
        rows = [(n, line) for n, line in enumerate(handle, 1) if line.strip()]
    parsed = []
    for n, line in rows:
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{gold}:{n}: not JSON ({err.msg})")
            continue
        for problem in line_problems(row, docs, relations, texts):
            problems.append(f"{gold}:{n}: {problem}")
        key = (row.get("doc"), row.get("subject"), row.get("relation"), row.get("object"),
               row.get("modality") == "negated")
        if key in seen:
            problems.append(f"{gold}:{n}: duplicate of an earlier line {key}")
        seen.add(key)
        if row.get("symmetric"):
            symmetric.add(key)
        parsed.append((n, row, key))
    for n, row, key in parsed:
        if row.get("symmetric") and (key[0], key[3], key[2], key[1], key[4]) not in symmetric:
            problems.append(f"{gold}:{n}: symmetric line without its reverse")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("docs", type=Path)
    ap.add_argument("--relations", type=Path, default=Path("kg/data/relation_types.jsonl"))
    args = ap.parse_args()
    problems = corpus_problems(args.gold, args.docs, relation_vocabulary(args.relations))
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
