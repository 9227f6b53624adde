"""The floret word vectors kg ships (kg/models/vi_floret), trained on the vietnews corpus by training/vectors/.

floret hashes a word and its character n-grams into a fixed table, so every word, seen in training or not,
gets a vector. Words are pyvi tokens: syllables of one word joined by "_" ("trừng_phạt").
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import IO

FLORET_SETTINGS = ("mode", "minn", "maxn", "hash_count", "hash_seed", "bow", "eow")


def default_vectors_dir() -> Path:
    return Path(str(resources.files("kg").joinpath("models/vi_floret")))


def read_vectors(path_or_dir: str | Path | None = None, table: IO | None = None):
    """spaCy Vectors (floret mode) from a folder holding `vectors` (numpy table) and `vectors.cfg`."""
    import numpy
    from spacy.vectors import Vectors

    folder = Path(path_or_dir) if path_or_dir else default_vectors_dir()
    cfg = json.loads((folder / "vectors.cfg").read_text(encoding="utf-8"))
    if table is None:
        with open(folder / "vectors", "rb") as handle:
            data = numpy.load(handle, allow_pickle=False)
    else:
        data = numpy.load(table, allow_pickle=False)
    return Vectors(data=data, **{key: cfg[key] for key in FLORET_SETTINGS})
