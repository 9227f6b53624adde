"""The fixed relation vocabulary (kg/data/relation_types.jsonl): ids, PLOVER types, CAMEO roots."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class RelationType:
    id: str
    plover: str
    cameo: str  # CAMEO root code, two digits
    quad_class: str  # verbal_cooperation, material_cooperation, verbal_conflict, material_conflict
    label: str
    label_vi: str
    definition: str


@cache
def relation_types() -> dict[str, RelationType]:
    """Relation id -> RelationType, in vocabulary order. Read once, on first use."""
    text = resources.files("kg").joinpath("data/relation_types.jsonl").read_text(encoding="utf-8")
    rows = (json.loads(line) for line in text.splitlines() if line.strip())
    return {row["id"]: RelationType(**row) for row in rows}
