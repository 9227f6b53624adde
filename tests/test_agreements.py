"""kg/data/agreements.jsonl: the treaties whose leaving names the other party (kg/data/README.md)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"


def _rows() -> list[dict]:
    return [json.loads(line) for line in (DATA / "agreements.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_agreements_schema_and_references():
    rows = _rows()
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    known = {json.loads(line)["id"] for name in ("countries.jsonl", "organisations.jsonl", "historical_states.jsonl")
             for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()}
    for row in rows:
        assert set(row) == {"id", "label", "names_vi", "names_en", "sides", "source"}, row["id"]
        assert row["id"].startswith("agreement:") and row["names_vi"] and row["source"]
        assert len(row["sides"]) == 2 and all(row["sides"]), row["id"]
        assert {a for side in row["sides"] for a in side} <= known, row["id"]
        for name in row["names_vi"]:
            assert unicodedata.normalize("NFC", name) == name, name


def test_treaty_names_are_unique():
    from kg.extract.lexicon import low_key

    keys = [low_key(name) for row in _rows() for name in row["names_vi"]]
    assert len(keys) == len(set(keys))
