"""Property-based tests of the whole build (issue 7, part 4): arbitrary Unicode, mixed scripts, very long
sentences, random HTML and random JSONL metadata go through `kg build` (ingest -> clean -> extract -> graph ->
exports); the build never crashes, accounts for every input, and every export still parses.

Bounded for CI: KG_FUZZ_EXAMPLES examples (default 50), derandomized so that a failure reproduces.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from functools import cache
from pathlib import Path

import pytest
from build_fixtures import ROOT, assert_outputs_parse, read_report, run_kg
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "50"))
# No shrinking by default: it can take minutes; KG_FUZZ_SHRINK=1 turns it on to minimise a failure.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if os.environ.get("KG_FUZZ_SHRINK") else [])
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, phases=PHASES,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@cache
def seed_sentences() -> tuple[str, ...]:
    """Sentences of the seed articles: real Vietnamese news text to mix with the noise."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return tuple(s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.split()) >= 5)


@pytest.fixture(scope="module", autouse=True)
def one_pipeline():
    """Every example's build uses one NLP pipeline (building it takes seconds; the build code is unchanged)."""
    import kg.extract

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.extract, "make_pipeline", cache(kg.extract.make_pipeline))
        yield


# --- strategies -----------------------------------------------------------------------------------------------

sentence = st.integers(min_value=0).map(lambda i: seed_sentences()[i % len(seed_sentences())])
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯƠ"
mixed_char = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),  # ASCII, markup and JSON punctuation included
    st.sampled_from(VIETNAMESE),
    st.characters(min_codepoint=0x400, max_codepoint=0x4FF),  # Cyrillic
    st.characters(min_codepoint=0x600, max_codepoint=0x6FF),  # Arabic (right to left)
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),  # CJK
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1F64F),  # emoji (outside the BMP)
    st.sampled_from("\u200b\u200d\u202e\u2066\ufeff\u00ad\u0301\u0323\u0309\x1b\x07\r\u2028\u00a0\t"),
)
mixed_text = st.text(alphabet=mixed_char, max_size=300)
any_text = st.text(max_size=300)  # arbitrary Unicode (every plane and category, no surrogates)
long_sentence = st.lists(sentence, min_size=5, max_size=40).map(lambda parts: ", ".join(p.rstrip(".") for p in parts))
paragraph = st.one_of(sentence, mixed_text, any_text, long_sentence,
                      st.tuples(mixed_text, sentence, mixed_text).map(" ".join))
article_text = st.lists(paragraph, min_size=1, max_size=8).map("\n\n".join)

TAGS = ("p", "div", "span", "b", "i", "a", "h1", "h2", "article", "nav", "footer", "table", "tr", "td", "li",
        "script", "style", "title", "meta", "br", "img", "iframe", "svg", "math", "template", "textarea")
attribute = st.tuples(st.sampled_from(["class", "href", "id", "content", "style", "onclick", "x:y", "data-\u00e9"]),
                      st.text(max_size=20)).map(lambda kv: f' {kv[0]}="{kv[1]}"')


def _element(parts) -> str:
    tag, attrs, children, closed = parts
    return f"<{tag}{''.join(attrs)}>{''.join(children)}" + (f"</{tag}>" if closed else "")


html_leaf = st.one_of(sentence, mixed_text, st.sampled_from(["&amp;", "&#x1F600;", "&bogus;", "<!--", "-->", "<![CDATA[",
                                                            "]]>", "</", "<", ">", "&#0;", "\x00"]))
html_page = st.recursive(
    html_leaf,
    lambda children: st.tuples(st.sampled_from(TAGS), st.lists(attribute, max_size=2), st.lists(children, max_size=4),
                               st.booleans()).map(_element),
    max_leaves=25,
).map(lambda body: f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}")

optional_text = st.one_of(st.none(), any_text, mixed_text)
jsonl_object = st.fixed_dictionaries(
    {"text": article_text},
    optional={"id": st.one_of(any_text, st.integers()), "title": optional_text, "url": optional_text,
              "source": optional_text,
              "date": st.one_of(optional_text, st.dates().map(str), st.dates().map(lambda d: f"{d:%d/%m/%Y}"))},
)
jsonl_line = st.one_of(jsonl_object.map(lambda o: json.dumps(o, ensure_ascii=False)), mixed_text.map(
    lambda t: t.replace("\n", " ")))
jsonl_lines = st.lists(jsonl_line, min_size=1, max_size=4)


def _write_corpus(folder: Path, txt: str, html: str, lines: list[str], raw: bytes) -> int:
    """Write the inputs; returns how many articles (files and non-blank JSONL lines) they hold."""
    folder.mkdir()
    (folder / "article.txt").write_text(txt, encoding="utf-8")
    (folder / "page.html").write_text(html, encoding="utf-8")
    (folder / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "raw.md").write_bytes(raw)
    # as kg reads JSONL: bytes, a UTF-8 byte-order mark dropped from the first line, blank lines skipped
    blank = sum(1 for i, line in enumerate(lines) if not line.encode("utf-8").removeprefix(b"\xef\xbb\xbf" * (i == 0))
                .strip())
    return 3 + len(lines) - blank


def _check_build(txt: str, html: str, lines: list[str], raw: bytes) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        expected = _write_corpus(corpus, txt, html, lines, raw)
        code, console = run_kg("build", str(corpus), "--out", str(out), "--jobs", "1")
        assert code in (0, 1), console
        sizes = assert_outputs_parse(out)
        report = read_report(out)
        assert len(report["articles"]) + len(report["failed"]) == expected, report["failed"]
        assert report["counts"]["articles"] == len(report["articles"]) == sizes["report.json"]
        assert (code == 1) == bool(report["failed"])
        return report


NEWS = "Nga sẵn sàng phối hợp với Mỹ giải phóng thủ đô tự xưng của IS ở Syria"


@FUZZ
@given(txt=article_text, html=html_page, lines=jsonl_lines, raw=st.binary(max_size=200))
# Failures hypothesis found, kept as regressions: a relative URL in JSONL broke the RDF writers; a literal "_"
# (pyvi's syllable joiner) made an empty spaCy token and crashed extraction.
@example(txt=NEWS, html=f"<p>{NEWS}</p>", raw=b"",
         lines=[json.dumps({"text": NEWS, "id": "", "url": "0"}), json.dumps({"text": NEWS, "url": "/the-gioi/a b"})])
@example(txt=",./;'[]\\-=<>?:\"{}|_+!@#$%^&*()`~", html="<table>\x00>ѾЄ", lines=["ص"], raw=b"\x83\xc1")
def test_build_never_crashes_and_every_export_parses(txt, html, lines, raw):
    _check_build(txt, html, lines, raw)


@settings(FUZZ, max_examples=max(EXAMPLES // 5, 5))
@given(noise=st.lists(st.one_of(mixed_text, any_text).map(lambda t: t.replace("\x00", "")), min_size=1, max_size=4))
def test_a_clear_sentence_is_found_among_noise(noise):
    """Noise in other paragraphs never hides the event of a clean one (NUL aside: it makes the file binary)."""
    lead = "Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria."
    txt = "\n\n".join([lead, *noise])
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "in").mkdir()
        (Path(tmp) / "in" / "noisy.txt").write_text(txt, encoding="utf-8")
        code, console = run_kg("build", str(Path(tmp) / "in"), "--out", str(Path(tmp) / "out"), "--jobs", "1")
        assert code == 0, console
        rows = [json.loads(line) for line in (Path(tmp) / "out" / "triples.jsonl").open(encoding="utf-8")]
        assert ("Russia", "agree", "Turkey") in {(r["subject"], r["relation"], r["object"]) for r in rows}
