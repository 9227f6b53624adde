"""Input faults, end to end through `kg build` (issue 7, part 1).

One dirty corpus holds a real article (seed 004) beside one file per fault. It is built once through the CLI;
each test then checks its fault: the console line, report.json's entry, the exit code (1: some articles
failed, outputs still written) and that the good article's triples are there. Faults that kg repairs
(UTF-16, Windows-1258, NFD, invisible characters, broken HTML) must give the same triples as the clean text.
Usage errors (missing paths) exit 2 and write nothing.
"""

from __future__ import annotations

import codecs
import json
import os
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest
from build_fixtures import (
    GOOD_SEED,
    assert_outputs_parse,
    copy_good,
    failed_entry,
    has_triple,
    read_report,
    read_triples,
    run_kg,
    snapshot,
    windows_1258,
)

LIMIT = 10_000  # --max-bytes of the dirty build: the seed (3,000 bytes) fits, `oversize.txt` does not
SUPPORTED_HINT = "kg reads .txt, .md, .html/.htm and .jsonl files"
TEXT_HINT = "remove the file or give it article text"
JSONL_HINT = "fix the line: one JSON object per line with a 'text' string"
BAD_UTF8_LINE = b'{"id": "jl-7", "text": "M\xe1y bay"}'  # Latin-1 "á": invalid UTF-8
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u202a\u202c\x07\x0c\x1b"


def _seed_text() -> str:
    return GOOD_SEED.read_text(encoding="utf-8")


def _damaged_utf8() -> tuple[bytes, int, int]:
    """The seed with one byte of a Latin-1 "é" spliced into its third line: (bytes, byte offset, line)."""
    data = _seed_text().encode("utf-8")
    at = data.index(b"\n\n", data.index(b"\n\n") + 2) + 2 + 10
    return data[:at] + b"\xe9" + data[at:], at, data.count(b"\n", 0, at) + 1


def _sprinkle_invisibles(text: str) -> str:
    """Zero-width, bidi, soft-hyphen and control characters inside words, as copy-paste from the web leaves."""
    words = text.split(" ")
    return " ".join(w[:1] + INVISIBLE[i % len(INVISIBLE)] + w[1:] if i % 3 == 0 else w for i, w in enumerate(words))


def _broken_html(text: str) -> str:
    """The seed as a scraped page with unclosed, misnested and stray tags, cut off mid-tag."""
    title, *paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p}<b><i>{p[:0]}</b>" for p in paras)  # <p> and <i> never closed, </b> misnested
    return (f"<html><head><title>{title}</title><meta charset=utf-8><body><div class=article><h1>{title}</h1>"
            f"{body}</span></td><table><tr><td>Tin liên quan<div><a href='/x")


def _jsonl_lines(text: str) -> list[bytes]:
    def line(obj) -> bytes:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")

    return [
        line({"id": "jl-first", "text": text}),
        '{"id": "jl-2" "text": "Nga và Thổ Nhĩ Kỳ"}'.encode(),  # missing comma
        b'["a", "list", "not", "an", "object"]',
        b'{"id": "jl-4", "title": "no text field"}',
        b"",  # blank lines are allowed
        line({"id": "jl-last", "text": text}),
        BAD_UTF8_LINE,
        line({"id": "jl-8", "text": "x" * LIMIT}),
        '{"id": "jl-9", "text": "Nga và Thổ'.encode(),  # cut off
    ]


def _write_corpus(corpus: Path, extra: Path) -> None:
    text = _seed_text()
    copy_good(corpus)
    (corpus / "binary_pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\n")
    (corpus / "binary_nul.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "bad_utf8.txt").write_bytes(_damaged_utf8()[0])
    (corpus / "utf16_le.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    (corpus / "utf16_be.txt").write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    (corpus / "legacy_1258.txt").write_bytes(windows_1258(text))
    # TCVN3 (ABC), a legacy font encoding: "Bộ Ngoại giao Việt Nam ..." as the ABC fonts stored it.
    (corpus / "legacy_tcvn3.txt").write_bytes(
        "Bé Ngo¹i giao ViÖt Nam cho biÕt Nga vµ Thæ NhÜ Kú nhÊt trÝ phèi hîp c¸c chiÕn dÞch t¹i Syria.\n"
        .encode("cp1252"))
    (corpus / "nfd.txt").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    (corpus / "invisible.txt").write_text(_sprinkle_invisibles(text), encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_text(" \n\t\n\u00a0\u200b\n   \r\n", encoding="utf-8")
    (corpus / "oversize.txt").write_text(text * 4, encoding="utf-8")
    (corpus / "broken.html").write_text(_broken_html(text), encoding="utf-8")
    (corpus / "boilerplate.html").write_text(
        "<html><head><title>Tin</title><script>var ads = [];</script><style>p {}</style></head><body>"
        "<div><img src='banner.png'></div></body></html>", encoding="utf-8")
    (corpus / "lines.jsonl").write_bytes(b"\n".join(_jsonl_lines(text)) + b"\n")
    (corpus / "dangling.txt").symlink_to(corpus / "deleted-long-ago.txt")
    _make_unreadable(corpus / "unreadable.txt")
    (corpus / "[red]bracketed.txt").write_bytes(b"")  # a name rich would read as markup
    extra.write_bytes(b"%PDF-1.7\n")


def _make_unreadable(path: Path) -> None:
    """A file whose read fails: mode 000, or (as root, who reads anything) a link to /proc/self/mem."""
    if os.geteuid() == 0:
        path.symlink_to("/proc/self/mem")  # reading it from offset 0 fails with EIO
    else:
        path.write_text("Nga và Thổ Nhĩ Kỳ", encoding="utf-8")
        path.chmod(0)


@pytest.fixture(scope="module")
def dirty(tmp_path_factory) -> SimpleNamespace:
    base = tmp_path_factory.mktemp("dirty")
    corpus, extra, out = base / "corpus", base / "scan.pdf", base / "out"
    _write_corpus(corpus, extra)
    code, console = run_kg("build", str(corpus), str(extra), "--out", str(out), "--max-bytes", str(LIMIT))
    return SimpleNamespace(corpus=corpus, extra=extra, out=out, code=code, console=console)


def _assert_refused(dirty, name: str, problem: str, hint: str, stage: str = "ingest") -> None:
    """`name` is reported as failed on the console and in report.json, and the rest was built."""
    source = str(dirty.corpus / name) if "/" not in name else name
    assert dirty.code == 1
    assert f"skipped {source}: {problem} ({hint})" in dirty.console
    assert failed_entry(dirty.out, source) == {"source": source, "stage": stage, "problem": problem, "hint": hint}
    assert source not in {a["source"] for a in read_report(dirty.out)["articles"]}
    _assert_good_article_built(dirty)


def _assert_good_article_built(dirty) -> None:
    assert has_triple(dirty.out, "good", "Russia", "agree", "Turkey")
    assert has_triple(dirty.out, "good", "Turkey", "cooperate", "Russia")


def _assert_repaired(dirty, doc: str) -> None:
    """`doc` was built, and gave exactly the triples of the clean seed text."""
    def rows(name):
        return sorted((t["sentence"], t["subject"], t["relation"], t["object"], t["mode"])
                      for t in read_triples(dirty.out) if t["doc"] == name)

    assert doc in {a["id"] for a in read_report(dirty.out)["articles"]}
    assert not [e for e in read_report(dirty.out)["failed"] if Path(e["source"]).stem == doc]
    assert rows(doc) == rows("good")
    _assert_good_article_built(dirty)


def test_dirty_build_exits_1_writes_every_output_and_counts_failures(dirty):
    assert dirty.code == 1
    report = read_report(dirty.out)
    built = sorted(a["id"] for a in report["articles"])
    assert built == ["broken", "good", "invisible", "jl-first", "jl-last", "legacy_1258", "nfd",
                     "utf16_be", "utf16_le"]
    assert f"built {dirty.out}/: 9 articles" in dirty.console
    assert f"; {len(report['failed'])} failed" in dirty.console
    assert assert_outputs_parse(dirty.out)["triples.jsonl"] > 0


@pytest.mark.parametrize(("name", "problem", "hint"), [
    ("binary_pdf.txt", "binary file: looks like a PDF document, not text",
     "convert it to .txt or .html first, or remove it from the inputs"),
    ("binary_nul.txt", "binary file: contains NUL bytes, not text",
     "remove it from the inputs; if it is UTF-16 text without a byte-order mark, re-save it as UTF-8"),
])
def test_binary_file_is_refused(dirty, name, problem, hint):
    _assert_refused(dirty, name, problem, hint)


def test_invalid_utf8_names_the_byte_and_line(dirty):
    _, at, line = _damaged_utf8()
    _assert_refused(dirty, "bad_utf8.txt",
                    f"invalid UTF-8 at byte {at} (line {line}): the file mixes encodings or is damaged",
                    "re-save the file as UTF-8 or repair the damaged bytes")


@pytest.mark.parametrize("doc", ["utf16_le", "utf16_be"])
def test_utf16_with_bom_is_decoded(dirty, doc):
    _assert_repaired(dirty, doc)


def test_windows_1258_vietnamese_is_decoded(dirty):
    _assert_repaired(dirty, "legacy_1258")


def test_tcvn3_vietnamese_is_refused_with_a_converter_hint(dirty):
    entry = failed_entry(dirty.out, str(dirty.corpus / "legacy_tcvn3.txt"))
    assert entry["problem"].startswith("unknown encoding: not UTF-8 and not Windows-1258 Vietnamese")
    assert "TCVN3/ABC" in entry["hint"] and "convert the file to UTF-8" in entry["hint"]
    assert f"skipped {dirty.corpus / 'legacy_tcvn3.txt'}: unknown encoding" in dirty.console
    _assert_good_article_built(dirty)


def test_decomposed_nfd_vietnamese_is_composed(dirty):
    _assert_repaired(dirty, "nfd")
    sentences = [t["sentence"] for t in read_triples(dirty.out) if t["doc"] == "nfd"]
    assert all(s == unicodedata.normalize("NFC", s) for s in sentences)


def test_zero_width_and_control_characters_are_removed(dirty):
    _assert_repaired(dirty, "invisible")
    text = (dirty.out / "triples.jsonl").read_text(encoding="utf-8")
    assert not set(INVISIBLE) & set(text)


@pytest.mark.parametrize(("name", "problem"), [
    ("empty.txt", "empty file: no text"),
    ("blank.md", "no text: the file holds only whitespace or invisible characters"),
])
def test_empty_and_whitespace_only_files_are_refused(dirty, name, problem):
    _assert_refused(dirty, name, problem, TEXT_HINT)


def test_file_over_max_bytes_is_refused_with_the_flag_to_raise(dirty, tmp_path):
    size = (dirty.corpus / "oversize.txt").stat().st_size
    _assert_refused(dirty, "oversize.txt", f"file too large: {size:,} bytes, over the limit of {LIMIT:,} bytes",
                    f"raise the limit with --max-bytes {size}, or split the file")
    # the hint works: with the limit raised, the file builds
    code, console = run_kg("build", str(dirty.corpus / "oversize.txt"), "--out", str(tmp_path / "out"),
                           "--max-bytes", str(size))
    assert (code, console.split(";")[-1]) == (0, " 0 failed")
    assert has_triple(tmp_path / "out", "oversize", "Russia", "agree", "Turkey")


def _bytes_read() -> int:
    """Bytes this process has read from files so far (Linux /proc/self/io)."""
    fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    return int(fields["rchar"])


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux /proc/self/io to count bytes read")
def test_100_mb_file_is_refused_without_reading_it(tmp_path):
    corpus = tmp_path / "corpus"
    copy_good(corpus)
    before = _bytes_read()  # a build beside it, for the bytes any build reads (model files, the seed)
    assert run_kg("build", str(corpus), "--out", str(tmp_path / "warm"))[0] == 0
    baseline = _bytes_read() - before
    big = corpus / "huge.txt"
    line = (_seed_text().replace("\n", " ") + "\n").encode("utf-8")
    with open(big, "wb") as handle:
        handle.writelines(line for _ in range(100 * 2**20 // len(line) + 1))
    size = big.stat().st_size
    assert size > 100 * 2**20
    before = _bytes_read()
    code, console = run_kg("build", str(corpus), "--out", str(tmp_path / "out"))
    extra = _bytes_read() - before - baseline
    problem = f"file too large: {size:,} bytes, over the limit of 20,000,000 bytes"
    hint = f"raise the limit with --max-bytes {size}, or split the file"
    assert code == 1
    assert f"skipped {big}: {problem} ({hint})" in console
    assert failed_entry(tmp_path / "out", big)["problem"] == problem
    assert has_triple(tmp_path / "out", "good", "Russia", "agree", "Turkey")
    assert extra < 10 * 2**20, f"the build read {extra:,} bytes more than a build without the 100 MB file"


def test_malformed_html_is_repaired(dirty):
    assert "broken" in {a["id"] for a in read_report(dirty.out)["articles"]}
    assert has_triple(dirty.out, "broken", "Russia", "agree", "Turkey")
    assert has_triple(dirty.out, "broken", "Turkey", "cooperate", "Russia")
    assert not any("Tin liên quan" in t["sentence"] for t in read_triples(dirty.out))
    _assert_good_article_built(dirty)


def test_html_with_only_boilerplate_is_refused(dirty):
    _assert_refused(dirty, "boilerplate.html",
                    "no article text found in the HTML (trafilatura and jusText found only boilerplate)",
                    "check that the page holds the article, or save its text as .txt")


@pytest.mark.parametrize(("line", "problem"), [
    (2, "line 2: invalid JSON (Expecting ',' delimiter at column 15)"),
    (3, "line 3: expected a JSON object, got list"),
    (4, "line 4: no 'text' string in the object"),
    (9, "line 9: invalid JSON (Unterminated string starting at column 24)"),
    (7, f"line 7: invalid UTF-8 at byte {BAD_UTF8_LINE.index(0xE1)} of the line"),
])
def test_malformed_jsonl_line_is_named_and_other_lines_kept(dirty, line, problem):
    _assert_refused(dirty, f"{dirty.corpus / 'lines.jsonl'}:{line}", problem, JSONL_HINT)
    assert has_triple(dirty.out, "jl-first", "Russia", "agree", "Turkey")
    assert has_triple(dirty.out, "jl-last", "Russia", "agree", "Turkey")


def test_jsonl_line_over_max_bytes_is_skipped(dirty):
    _assert_refused(dirty, f"{dirty.corpus / 'lines.jsonl'}:8",
                    f"line 8: longer than the limit of {LIMIT:,} bytes",
                    "raise the limit with --max-bytes, or split the article")
    assert has_triple(dirty.out, "jl-last", "Russia", "agree", "Turkey")


def test_unreadable_file_in_a_folder_is_reported(dirty):
    reason = "Input/output error" if os.geteuid() == 0 else "Permission denied"
    _assert_refused(dirty, "unreadable.txt", f"cannot read: {reason}", "check the file's permissions")


def test_dangling_symlink_in_a_folder_is_reported(dirty):
    _assert_refused(dirty, "dangling.txt", "not a regular file", "name a file or a folder")


def test_unsupported_file_named_by_the_user_is_reported(dirty):
    _assert_refused(dirty, str(dirty.extra), "skipped: unsupported file type '.pdf'", SUPPORTED_HINT)


def test_file_names_are_printed_verbatim_not_as_markup(dirty):
    _assert_refused(dirty, "[red]bracketed.txt", "empty file: no text", TEXT_HINT)


# --- usage errors: exit 2, nothing written ---------------------------------------------------------------

@pytest.fixture
def previous_out(tmp_path) -> Path:
    """A folder that looks like an earlier build, to check usage errors leave it alone."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text('{"articles": [], "counts": {}, "failed": []}\n', encoding="utf-8")
    (out / "triples.jsonl").write_text('{"doc": "earlier"}\n', encoding="utf-8")
    return out


def _assert_usage_error(args: list[str], message: str, out: Path) -> None:
    before = snapshot(out) if out.exists() else None
    code, console = run_kg("build", *args, "--out", str(out))
    assert code == 2
    assert console == f"error: {message}"
    assert (snapshot(out) if out.exists() else None) == before
    assert not list(out.parent.glob(f".{out.name}.*"))


def test_missing_path_is_a_usage_error(tmp_path, previous_out):
    good = copy_good(tmp_path / "in")
    missing = tmp_path / "no-such-article.txt"
    _assert_usage_error([str(good), str(missing)], f"{missing}: no such file or directory", previous_out)


def test_glob_matching_nothing_is_a_usage_error(tmp_path):
    pattern = str(tmp_path / "in" / "*.html")
    copy_good(tmp_path / "in")
    _assert_usage_error([pattern], f"{pattern}: the pattern matches no files", tmp_path / "out")


def test_dangling_symlink_named_by_the_user_is_a_usage_error(tmp_path, previous_out):
    link = tmp_path / "moved.txt"
    link.symlink_to(tmp_path / "gone.txt")
    _assert_usage_error([str(link)], f"{link}: no such file or directory", previous_out)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_path_named_by_the_user_is_a_usage_error(tmp_path, previous_out):
    locked = copy_good(tmp_path / "in", "locked.txt")
    locked.chmod(0)
    _assert_usage_error([str(locked)], f"{locked}: permission denied (check the path's permissions)",
                        previous_out)


def test_folder_without_articles_is_a_usage_error(tmp_path, previous_out):
    folder = tmp_path / "wrong-folder"
    folder.mkdir()
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    _assert_usage_error([str(folder)], f"no articles found in {folder}: {SUPPORTED_HINT}", previous_out)


def test_out_that_is_a_file_is_a_usage_error(tmp_path):
    good = copy_good(tmp_path / "in")
    target = tmp_path / "out.ttl"
    target.write_text("keep me\n", encoding="utf-8")
    code, console = run_kg("build", str(good), "--out", str(target))
    assert (code, console) == (2, f"error: --out {target} exists and is not a folder")
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_article_that_crashes_extraction_is_reported_and_the_rest_built(tmp_path, monkeypatch):
    """A bug the pipeline hits on one article (simulated) costs that article only, not the build."""
    import kg.extract.article

    real = kg.extract.article._result

    def result(doc, article):
        if article.id == "poison":
            raise RuntimeError("simulated extraction bug")
        return real(doc, article)

    monkeypatch.setattr(kg.extract.article, "_result", result)
    corpus = tmp_path / "corpus"
    copy_good(corpus)
    copy_good(corpus, "poison.txt")
    code, console = run_kg("build", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "1")
    problem = "extraction failed: RuntimeError: simulated extraction bug"
    hint = "a bug in kg: please report it with this article"
    assert code == 1
    assert f"skipped {corpus / 'poison.txt'}: {problem} ({hint})" in console
    assert failed_entry(tmp_path / "out", corpus / "poison.txt") == {
        "source": str(corpus / "poison.txt"), "stage": "extract", "problem": problem, "hint": hint}
    assert [a["id"] for a in read_report(tmp_path / "out")["articles"]] == ["good"]
    assert has_triple(tmp_path / "out", "good", "Russia", "agree", "Turkey")
    assert not [t for t in read_triples(tmp_path / "out") if t["doc"] == "poison"]
