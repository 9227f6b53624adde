"""Ingest: formats, folders and globs, encodings, and every input fault turned into a clear problem."""

from __future__ import annotations

import codecs
import json
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.clean import clean_article
from kg.ingest import UsageError, read_articles
from kg.model import Article, InputProblem

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parents[1] / "seeds"
LEAD = ("Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria sau khi Mỹ tuyên bố rút quân "
        "khỏi quốc gia Trung Đông này.")
BODY = ("Phát biểu sau cuộc gặp, Ngoại trưởng Nga Sergei Lavrov khẳng định hai bên đã đặc biệt lưu ý đến tình "
        "hình mới liên quan đến việc Mỹ rút quân khỏi Syria.")


def split(items):
    arts = [x for x in items if isinstance(x, Article)]
    probs = [x for x in items if isinstance(x, InputProblem)]
    return arts, probs


def with_good_file(folder: Path) -> None:
    (folder / "good.txt").write_text(f"{LEAD}\n\n{BODY}\n", encoding="utf-8")


def only_problem(folder: Path, name: str, **kwargs) -> InputProblem:
    """Read the folder; the good file still builds and exactly one problem names `name`."""
    arts, probs = split(list(read_articles([folder], **kwargs)))
    assert [a.id for a in arts] == ["good"]
    assert arts[0].text == f"{LEAD}\n\n{BODY}\n"
    assert [p.source for p in probs] == [str(folder / name)]
    return probs[0]


# --- inputs -------------------------------------------------------------------------------------------------

def test_seeds_folder_gives_five_articles_with_stem_ids():
    arts, probs = split(list(read_articles([SEEDS])))
    assert probs == []
    assert [a.id for a in arts] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(a.fmt == "txt" and a.source == str(SEEDS / f"{a.id}.txt") for a in arts)
    assert arts[0].text.startswith("Nga sẵn sàng phối hợp với Mỹ giải phóng thủ đô tự xưng của IS ở Syria\n")


def test_folder_is_recursive_sorted_and_skips_hidden_and_other_types(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.txt").write_text(LEAD, encoding="utf-8")
    (tmp_path / "a.md").write_text(f"# Tiêu đề bài\n\n{BODY} [Xem](http://x.vn)", encoding="utf-8")
    (tmp_path / "sub" / "c.htm").write_text(f"<html><body><article><p>{LEAD}</p><p>{BODY}</p></article></body></html>",
                                            encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(LEAD, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(LEAD, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    arts, probs = split(list(read_articles([str(tmp_path)])))
    assert probs == []
    assert [(a.id, a.fmt) for a in arts] == [("a", "md"), ("b", "txt"), ("c", "html")]
    assert arts[0].text == f"Tiêu đề bài\n\n{BODY} Xem"
    assert arts[2].source == str(tmp_path / "sub" / "c.htm")
    assert LEAD in arts[2].text and BODY in arts[2].text


def test_glob_pattern_and_duplicates_read_once(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(LEAD, encoding="utf-8")
    arts, _ = split(list(read_articles([str(tmp_path / "x*.txt"), tmp_path / "x1.txt"])))
    assert [a.id for a in arts] == ["x1", "x2"]


def test_same_stem_in_two_folders_gets_distinct_stable_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "tin.txt").write_text(LEAD, encoding="utf-8")
    first = [a.id for a in read_articles([tmp_path / "a", tmp_path / "b"])]
    second = [a.id for a in read_articles([tmp_path / "b", tmp_path / "a"])]
    assert len(set(first)) == 2 and all(i.startswith("tin-") for i in first)
    assert sorted(first) == sorted(second)


def test_explicit_unsupported_file_is_a_problem(tmp_path):
    pdf = tmp_path / "report.docx"
    pdf.write_bytes(b"PK\x03\x04")
    [problem] = list(read_articles([pdf]))
    assert problem.problem == "skipped: unsupported file type '.docx'"
    assert "kg reads .txt, .md, .html/.htm and .jsonl" in problem.hint


def test_missing_path_and_empty_glob_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="no such file or directory"):
        read_articles([tmp_path / "missing.txt"])
    with pytest.raises(UsageError, match="the pattern matches no files"):
        read_articles([str(tmp_path / "*.txt")])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_path_named_explicitly_is_a_usage_error(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(LEAD, encoding="utf-8")
    locked.chmod(0)
    with pytest.raises(UsageError, match="permission denied"):
        read_articles([locked])


# --- input faults -------------------------------------------------------------------------------------------

def test_binary_files_are_refused(tmp_path):
    with_good_file(tmp_path)
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    problem = only_problem(tmp_path, "photo.txt")
    assert problem.problem == "binary file: looks like a PNG image, not text"
    (tmp_path / "photo.txt").write_bytes(b"abc\x00\x01\x02def")
    problem = only_problem(tmp_path, "photo.txt")
    assert problem.problem == "binary file: contains NUL bytes, not text"
    assert "UTF-16" in problem.hint


def test_invalid_utf8_is_refused_with_its_position(tmp_path):
    with_good_file(tmp_path)
    (tmp_path / "broken.txt").write_bytes("Nga và Mỹ\nhội đàm ".encode() + b"\xff\xfe" + " tại Geneva".encode())
    problem = only_problem(tmp_path, "broken.txt")
    assert problem.problem == "invalid UTF-8 at byte 25 (line 2): the file mixes encodings or is damaged"
    assert problem.hint == "re-save the file as UTF-8 or repair the damaged bytes"


def test_utf16_with_bom_is_decoded(tmp_path):
    (tmp_path / "u16.txt").write_bytes(codecs.BOM_UTF16_LE + LEAD.encode("utf-16-le"))
    (tmp_path / "u8bom.txt").write_bytes(codecs.BOM_UTF8 + LEAD.encode("utf-8"))
    arts, probs = split(list(read_articles([tmp_path])))
    assert probs == [] and [a.text for a in arts] == [LEAD, LEAD]


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed where the code page has them, tones combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            rest = "".join(m for m in marks if m not in tones)
            out += unicodedata.normalize("NFC", base + rest).encode("cp1258") + "".join(tones).encode("cp1258")
    return bytes(out)


def test_windows_1258_vietnamese_is_decoded_to_nfc(tmp_path):
    with_good_file(tmp_path)
    (tmp_path / "legacy.txt").write_bytes(cp1258(f"{LEAD}\n\n{BODY}"))
    arts, probs = split(list(read_articles([tmp_path])))
    assert probs == []
    legacy = next(a for a in arts if a.id == "legacy")
    assert legacy.text == f"{LEAD}\n\n{BODY}"


def test_unknown_legacy_encoding_is_refused_clearly(tmp_path):
    with_good_file(tmp_path)
    # VNI-style text: Vietnamese typed for a legacy font, stored as Windows-1252 bytes.
    (tmp_path / "vni.txt").write_bytes("Nga vaø Thoå Nhó Kyø nhaát trí phoái hôïp taïi Syria.".encode("cp1252"))
    problem = only_problem(tmp_path, "vni.txt")
    assert problem.problem.startswith("unknown encoding: not UTF-8 and not Windows-1258 Vietnamese")
    assert "TCVN3/ABC, VNI" in problem.hint


def test_decomposed_text_is_composed(tmp_path):
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", LEAD), encoding="utf-8")
    [article] = list(read_articles([tmp_path]))
    assert article.text == LEAD and unicodedata.is_normalized("NFC", article.text)


def test_zero_width_and_control_characters_are_removed(tmp_path):
    noisy = "Nga\u200b và\u00a0Thổ Nhĩ Kỳ\u200d nhất\x07 trí\ufeff\r\nphối hợp\u2028tại\tSyria.\x0c"
    (tmp_path / "noisy.txt").write_text(noisy, encoding="utf-8")
    [article] = list(read_articles([tmp_path]))
    assert article.text == "Nga và Thổ Nhĩ Kỳ nhất trí\nphối hợp\ntại\tSyria."


def test_empty_and_whitespace_only_files_are_refused(tmp_path):
    with_good_file(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert only_problem(tmp_path, "empty.txt").problem == "empty file: no text"
    (tmp_path / "empty.txt").write_text(" \n\t\n\u200b\u00a0\n", encoding="utf-8")
    assert only_problem(tmp_path, "empty.txt").problem == (
        "no text: the file holds only whitespace or invisible characters")


def test_oversize_file_is_refused_with_the_option_to_raise_the_limit(tmp_path):
    with_good_file(tmp_path)
    (tmp_path / "huge.txt").write_text(LEAD * 20, encoding="utf-8")
    size = (tmp_path / "huge.txt").stat().st_size
    problem = only_problem(tmp_path, "huge.txt", max_bytes=1000)
    assert problem.problem == f"file too large: {size:,} bytes, over the limit of 1,000 bytes"
    assert problem.hint == f"raise the limit with --max-bytes {size}, or split the file"


def test_html_page_gives_title_and_article_text_without_menus():
    [article] = list(read_articles([DATA / "html" / "vov_page.html"]))
    assert article.fmt == "html" and article.id == "vov_page"
    assert article.title == "Nga sẵn sàng phối hợp với Mỹ giải phóng thủ đô tự xưng của IS ở Syria"
    assert article.url.startswith("https://vov.vn/the-gioi/")
    assert "VOV.VN - Phía Nga sẵn sàng hợp tác với Mỹ giải phóng Raqqa" in article.text  # lead outside the body div
    assert "Interfax dẫn lời ông Lavrov trả lời phỏng vấn kênh truyền hình Ren-TV" in article.text
    for furniture in ("Trang chủ", "Đăng nhập", "Tin liên quan", "Bản quyền thuộc về VOV"):
        assert furniture not in article.text


def test_malformed_html_is_still_extracted(tmp_path):
    with_good_file(tmp_path)
    (tmp_path / "bad.html").write_text(f"<html><body><div><p>{LEAD}<p>{BODY}</span></td><b>", encoding="utf-8")
    arts, probs = split(list(read_articles([tmp_path])))
    assert probs == []
    bad = next(a for a in arts if a.id == "bad")
    assert LEAD in bad.text and BODY in bad.text


def test_html_without_text_is_a_clear_problem(tmp_path):
    with_good_file(tmp_path)
    (tmp_path / "menu.html").write_text("<html><body><script>var a = 1;</script><img src='a.png'></body></html>",
                                        encoding="utf-8")
    assert only_problem(tmp_path, "menu.html").problem.startswith("no article text found in the HTML")


# --- JSONL --------------------------------------------------------------------------------------------------

def test_jsonl_lines_become_articles_and_bad_lines_name_their_number(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": LEAD, "title": "Nga, Thổ Nhĩ Kỳ nhất trí", "url": "https://x.vn/1",
                    "date": "2018-12-29T10:00:00", "source": "TTXVN"}, ensure_ascii=False),
        '{"id": "a2", "text": "Nga và Mỹ hội đàm"',  # truncated
        "",
        json.dumps({"title": "no text"}),
        "[1, 2]",
        json.dumps({"text": BODY, "date": "29/12/2018"}, ensure_ascii=False),
        json.dumps({"id": 7, "text": "   "}),
    ]
    (tmp_path / "corpus.jsonl").write_text(codecs.BOM_UTF8.decode() + "\n".join(lines) + "\n", encoding="utf-8")
    arts, probs = split(list(read_articles([tmp_path / "corpus.jsonl"])))
    src = str(tmp_path / "corpus.jsonl")
    assert [(a.id, a.source) for a in arts] == [("a1", f"{src}:1"), (arts[1].id, f"{src}:6")]
    assert len(arts[1].id) == 16 and int(arts[1].id, 16) >= 0
    assert (arts[0].title, arts[0].url, arts[0].date, arts[0].outlet, arts[0].fmt) == (
        "Nga, Thổ Nhĩ Kỳ nhất trí", "https://x.vn/1", "2018-12-29", "TTXVN", "jsonl")
    assert arts[1].date == "2018-12-29"
    assert [(p.source, p.problem) for p in probs] == [
        (f"{src}:2", "line 2: invalid JSON (Expecting ',' delimiter at column 41)"),
        (f"{src}:4", "line 4: no 'text' string in the object"),
        (f"{src}:5", "line 5: expected a JSON object, got list"),
        (f"{src}:7", "line 7: 'text' is empty"),
    ]


def test_jsonl_line_over_the_limit_is_skipped_and_the_rest_kept(tmp_path):
    lines = [json.dumps({"id": "long", "text": LEAD * 50}, ensure_ascii=False),
             json.dumps({"id": "short", "text": LEAD}, ensure_ascii=False)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    arts, probs = split(list(read_articles([tmp_path / "c.jsonl"], max_bytes=1000)))
    assert [a.id for a in arts] == ["short"]
    assert [p.problem for p in probs] == ["line 1: longer than the limit of 1,000 bytes"]


# --- fuzz ---------------------------------------------------------------------------------------------------

SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".jsonl"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8"))),
       suffix=SUFFIXES)
def test_fuzz_any_bytes_never_crash_ingest_or_clean(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for item in read_articles([path]):
        assert isinstance(item, (Article, InputProblem))
        if isinstance(item, Article):
            cleaned = clean_article(item)
            assert isinstance(cleaned.text, str) and unicodedata.is_normalized("NFC", item.text)
