"""The annotated event corpus as the repository keeps it, and as the tools use it.

The articles come from a fetched snapshot of the public `ThanhChinhBK/vietnews` corpus, and text fetched from
another repository is not committed here. The repository keeps, per split:

* `SOURCES.tsv`: each document's vietnews path, commit and the sha256 of its restored text;
* `annotations.jsonl`: the gold lines with character offsets in place of the copied text (`sentence_start`,
  `sentence_end` into the document; `evidence_start`, `evidence_end` into the sentence).

`restore_corpus.py` rebuilds `docs/*.txt` from the snapshot (checking each sha256) and `gold.jsonl` in the
development corpus's schema (exact `sentence` and `evidence` strings). Both are git-ignored.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

SPLITS = ("train", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "blind")
OFFSET_FIELDS = ("sentence_start", "sentence_end", "evidence_start", "evidence_end")


def read_sources(split_dir: Path) -> list[dict]:
    with open(split_dir / "SOURCES.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_offsets(line: dict, text: str) -> dict:
    """A gold line with its sentence and evidence replaced by offsets (the first occurrence of each)."""
    start = text.index(line["sentence"])
    ev = line["sentence"].index(line["evidence"])
    out = {k: v for k, v in line.items() if k not in ("sentence", "evidence")}
    out.update(sentence_start=start, sentence_end=start + len(line["sentence"]), evidence_start=ev,
               evidence_end=ev + len(line["evidence"]))
    return out


def from_offsets(row: dict, text: str) -> dict:
    """The gold line in the development corpus's schema, its strings cut from the restored document."""
    sentence = text[row["sentence_start"]:row["sentence_end"]]
    out = {k: v for k, v in row.items() if k not in OFFSET_FIELDS}
    keys = list(out)
    out["sentence"] = sentence
    out["evidence"] = sentence[row["evidence_start"]:row["evidence_end"]]
    order = keys[: keys.index("modality") + 1] + ["sentence", "evidence"] + keys[keys.index("modality") + 1:]
    return {k: out[k] for k in order}
