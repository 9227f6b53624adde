"""The speed-ups of the export path write exactly what the code they replace wrote."""

from __future__ import annotations

import json

import pytest

ODD = [[], {}, [[]], {"a": {}}, {"a": []}, 0, 1, -7, 10**30, 1.5, -0.0, 2.5e300, float("nan"), float("inf"), True,
       False, None, "", "x\n\"\\\u2028é\x00\U0001f600", {"k": [1, 2.5, None, "a", {"b": [True]}]},
       [{"@id": "http://example.org/a", "@type": ["http://example.org/T"],
         "http://schema.org/name": [{"@value": "Hà Nội", "@language": "vi"}]}]]


@pytest.mark.parametrize("value", ODD)
def test_dumps_indented_is_json_indent_1(value):
    from kg.rdf.serialize import dumps_indented

    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)
    assert dumps_indented(value, "\n ") == json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n ")
