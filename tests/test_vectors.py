"""The shipped floret vectors load offline and place related news words near each other."""

from __future__ import annotations

import numpy

from kg.extract.vectors import read_vectors


def _cos(vectors, a: str, b: str) -> float:
    x, y = vectors.get_batch([a, b])
    return float(x @ y / numpy.linalg.norm(x) / numpy.linalg.norm(y))


def test_vectors_load_from_the_package_with_floret_hashing():
    vectors = read_vectors()
    assert vectors.mode == "floret"
    assert vectors.shape == (50000, 100)
    # floret gives any word a vector, also one never seen in training
    assert numpy.linalg.norm(vectors.get_batch(["Xê-út-xê-út"])[0]) > 0


def test_related_words_are_closer_than_unrelated_ones():
    vectors = read_vectors()
    assert _cos(vectors, "trừng_phạt", "cấm_vận") > _cos(vectors, "trừng_phạt", "hợp_tác") + 0.2
    assert _cos(vectors, "hội_đàm", "điện_đàm") > _cos(vectors, "hội_đàm", "bắn_hạ") + 0.2
