"""One tone placement for matching (kg/spelling.py): the press writes "thoả thuận" and "thỏa thuận", "Uỷ ban" and
"Ủy ban"; kg matches both against one row of data."""

from __future__ import annotations

import pytest

from kg.extract.actors import Syl
from kg.extract.lexicon import low_key
from kg.spelling import new_style, new_style_syllable, old_style, tone_variants


@pytest.mark.parametrize(("old", "new"), [
    ("thoả thuận", "thỏa thuận"),
    ("hoà đàm", "hòa đàm"),
    ("Uỷ ban", "Ủy ban"),
    ("Thuỵ Điển", "Thụy Điển"),
    ("khoẻ", "khỏe"),
    ("xoá bỏ", "xóa bỏ"),
    ("tuỳ", "tùy"),
    ("hoạ", "họa"),
])
def test_old_and_new_placement_convert_both_ways(old, new):
    assert new_style(old) == new
    assert old_style(new) == old
    assert tone_variants(old) == (old, new)
    assert tone_variants(new) == (new, old)


@pytest.mark.parametrize("word", ["quý", "Quỳnh", "hoàng", "thuyết", "toán", "thoải mái", "nguyên", "hoa", "Nga"])
def test_words_with_one_placement_are_left_alone(word):
    """'qu' is a consonant; a final consonant fixes the placement; no tone, nothing to move."""
    assert new_style(word) == word and old_style(word) == word and tone_variants(word) == (word,)


def test_syllables_and_data_keys_meet_in_one_spelling():
    assert new_style_syllable("thoả") == "thỏa"
    assert Syl("Hoà", 0, 3).low == "hòa"
    assert low_key("thoả thuận") == low_key("thỏa thuận") == ("thỏa", "thuận")
