"""Ingest: turn files, folders, glob patterns and JSONL lines into Articles.

Every input that cannot become an article becomes an InputProblem saying what is wrong and what to do, so one
bad file never stops a build. Only a missing or unreadable path named by the user is a usage error.
"""

from __future__ import annotations

import codecs
import glob
import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from kg.errors import UsageError  # owned by the build layer; raised here, so importable from kg.ingest too
from kg.model import Article, InputProblem

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
           ".jsonl": "jsonl"}
SUPPORTED_HINT = "kg reads .txt, .md, .html/.htm and .jsonl files"

# Leading bytes of common binary formats that end up in news folders.
_MAGIC = (
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an MS Office (OLE) document"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\xfd7zXZ", "an xz archive"),
    (b"\x7fELF", "an executable"), (b"RIFF", "a RIFF media file"), (b"SQLite format 3\x00", "an SQLite database"),
)
# Checked longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control and format characters (zero-width spaces, bidi marks, soft hyphen, BOM) removed; \t and \n kept.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ODD_BREAKS = re.compile("\r\n?|[\u0085\u2028\u2029]")
_GLOB_CHARS = re.compile(r"[*?\[]")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class _Refused(Exception):
    """Internal: this input cannot become an article (problem, hint)."""

    def __init__(self, problem: str, hint: str = ""):
        super().__init__(problem)
        self.problem = problem
        self.hint = hint


@dataclass(frozen=True)
class _Entry:
    path: Path
    source: str
    explicit: bool  # named by the user (not found inside a folder or by a glob)


def read_articles(inputs: Iterable[str | Path] | str | Path, max_bytes: int = 20_000_000
                  ) -> Iterator[Article | InputProblem]:
    """Articles (and InputProblems) from files, folders (recursive, sorted) and glob patterns.

    Paths are checked before anything is read: a missing path, a pattern matching nothing or an unreadable
    path raises UsageError at call time. `max_bytes` limits each file (each line, for .jsonl).
    """
    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    entries = _resolve(inputs)
    if not entries:  # a wrong folder must not replace a previous build with an empty graph
        raise UsageError(f"no articles found in {', '.join(map(str, inputs))}: {SUPPORTED_HINT}")
    return _generate(entries, _file_ids(entries), max_bytes)


def count_articles(inputs: Iterable[str | Path] | str | Path) -> int:
    """How many articles read_articles will yield at most: one per file, one per non-blank line of a .jsonl
    file. Reads .jsonl files once more (cheap next to extraction) so a progress bar can show a total and ETA."""
    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    total = 0
    for entry in _resolve(inputs):
        if FORMATS.get(entry.path.suffix.lower()) != "jsonl":
            total += 1
            continue
        try:
            with open(entry.path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1  # read_articles reports it as one problem
    return total


def _generate(entries: list[_Entry], ids: dict[str, str], max_bytes: int) -> Iterator[Article | InputProblem]:
    for entry in entries:
        yield from _read_entry(entry, ids.get(entry.source, entry.path.stem), max_bytes)


# --- resolving inputs -------------------------------------------------------------------------------------

def _resolve(inputs: Iterable[str | Path]) -> list[_Entry]:
    entries: list[_Entry] = []
    seen: set[str] = set()
    for raw in inputs:
        for entry in _expand(str(raw)):
            key = os.path.realpath(entry.path)
            if key not in seen:
                seen.add(key)
                entries.append(entry)
    return entries


def _expand(given: str) -> list[_Entry]:
    path = Path(given)
    if path.exists():
        _check_readable(path, given)
        return _walk(path, given) if path.is_dir() else [_Entry(path, given, True)]
    if _GLOB_CHARS.search(given):
        matches = sorted(glob.glob(given, recursive=True))
        if not matches:
            raise UsageError(f"{given}: the pattern matches no files")
        out: list[_Entry] = []
        for match in matches:
            out += _walk(Path(match), match) if os.path.isdir(match) else [_Entry(Path(match), match, False)]
        return out
    raise UsageError(f"{given}: no such file or directory")


def _check_readable(path: Path, given: str) -> None:
    mode = os.R_OK | os.X_OK if path.is_dir() else os.R_OK
    if not os.access(path, mode):
        raise UsageError(f"{given}: permission denied (check the path's permissions)")


def _walk(folder: Path, given: str) -> list[_Entry]:
    """Supported files under `folder`, recursively, in sorted order; hidden files and folders skipped."""
    out: list[_Entry] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in FORMATS:
                rel = os.path.relpath(os.path.join(root, name), folder)
                out.append(_Entry(Path(root) / name, str(Path(given) / rel), False))
    return out


def _file_ids(entries: list[_Entry]) -> dict[str, str]:
    """File stem as id; stems shared by several files get a suffix from their source path (order-independent)."""
    stems = Counter(e.path.stem for e in entries)
    return {
        e.source: e.path.stem if stems[e.path.stem] == 1 else f"{e.path.stem}-{_sha(e.source)[:8]}"
        for e in entries
    }


# --- reading one file -------------------------------------------------------------------------------------

def _read_entry(entry: _Entry, article_id: str, max_bytes: int) -> Iterator[Article | InputProblem]:
    suffix = entry.path.suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        yield InputProblem(entry.source, f"skipped: unsupported file type '{suffix or entry.path.name}'",
                           SUPPORTED_HINT)
        return
    try:
        if not entry.path.is_file():
            raise _Refused("not a regular file", "name a file or a folder")
        if fmt == "jsonl":
            yield from _read_jsonl(entry, max_bytes)
            return
        size = entry.path.stat().st_size
        if size > max_bytes:
            raise _Refused(f"file too large: {size:,} bytes, over the limit of {max_bytes:,} bytes",
                           f"raise the limit with --max-bytes {size}, or split the file")
        text = normalise_text(decode_bytes(entry.path.read_bytes()))
        yield _file_article(entry, article_id, fmt, text)
    except _Refused as refused:
        yield InputProblem(entry.source, refused.problem, refused.hint)
    except OSError as err:
        yield InputProblem(entry.source, f"cannot read: {err.strerror or err}", "check the file's permissions")


def _file_article(entry: _Entry, article_id: str, fmt: str, text: str) -> Article:
    _require_text(text)
    title = url = day = None
    if fmt == "html":
        title, text, day, url = _html_parts(text)
    elif fmt == "md":
        title, text = _markdown_parts(text)
    _require_text(text)
    return Article(id=article_id, text=text, source=entry.source, title=title, url=url, date=day, fmt=fmt)


def _require_text(text: str) -> None:
    if not text:
        raise _Refused("empty file: no text", "remove the file or give it article text")
    if not text.strip():
        raise _Refused("no text: the file holds only whitespace or invisible characters",
                       "remove the file or give it article text")


# --- decoding ---------------------------------------------------------------------------------------------

def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes: a BOM if present, else UTF-8, else Windows-1258 Vietnamese; refuse otherwise."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise _Refused(f"invalid {codec.upper().replace('-SIG', '')} after its byte-order mark "
                               f"at byte {err.start}", "re-save the file as UTF-8") from None
    _refuse_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if _mostly_utf8(data):
            line = data.count(b"\n", 0, err.start) + 1
            raise _Refused(f"invalid UTF-8 at byte {err.start} (line {line}): the file mixes encodings "
                           "or is damaged", "re-save the file as UTF-8 or repair the damaged bytes") from None
    return _decode_legacy(data)


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _Refused(f"binary file: looks like {what}, not text",
                           "convert it to .txt or .html first, or remove it from the inputs")
    if b"\x00" in data[:65536]:
        raise _Refused("binary file: contains NUL bytes, not text",
                       "remove it from the inputs; if it is UTF-16 text without a byte-order mark, "
                       "re-save it as UTF-8")


def _mostly_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 sequences outnumber the invalid bytes: damaged UTF-8, not a legacy charset."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > bad


def _decode_legacy(data: bytes) -> str:
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = None
    # cp1258 stores tones as combining marks: compose before judging.
    if text is not None and looks_vietnamese(unicodedata.normalize("NFC", text)):
        return text
    raise _Refused(
        f"unknown encoding: not UTF-8 and not Windows-1258 Vietnamese (charset-normalizer guesses "
        f"{_guess_charset(data)})",
        "convert the file to UTF-8; legacy Vietnamese font encodings (TCVN3/ABC, VNI, VISCII) need a "
        "converter such as UniKey's or iconv",
    )


def _guess_charset(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only on this rare path: it is slow to import

    best = from_bytes(data[:100_000]).best()
    return best.encoding if best is not None else "nothing"


def looks_vietnamese(text: str) -> bool:
    """Enough common Vietnamese syllables, and no tone marks left uncomposed (a sign of a wrong decoding)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return False
    stop = vietnamese_stoplist()
    common = sum(w in stop for w in words) / len(words)
    loose_marks = sum(unicodedata.category(ch) == "Mn" for ch in text)
    return common >= 0.15 and loose_marks <= 0.01 * len(words)


@lru_cache(maxsize=1)
def vietnamese_stoplist() -> frozenset[str]:
    import justext

    return frozenset(w.lower() for w in justext.get_stoplist("Vietnamese"))


def normalise_text(text: str) -> str:
    """One newline convention, no control or zero-width characters, plain spaces, NFC."""
    text = _ODD_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


# --- formats ----------------------------------------------------------------------------------------------

def _html_parts(html: str) -> tuple[str | None, str, str | None, str | None]:
    """(title, main text, ISO date, url) of an HTML page: trafilatura's main text, completed by jusText.

    trafilatura picks one container; news sites often keep the lead (sapo) and headline outside it, so the
    paragraphs jusText judges good before trafilatura's first one are put back in front. When trafilatura
    finds nothing, jusText's good paragraphs are the text.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    good = _justext_paragraphs(html)
    lines = [" ".join(line.split()) for line in normalise_text(doc.text or "").split("\n")] if doc else []
    lines = [line for line in lines if line]
    if lines:
        first = good.index(lines[0]) if lines[0] in good else 0
        body = "\n\n".join(good[:first] + lines)
        return doc.title or None, body, _iso_date(doc.date), doc.url or None
    if not good:
        raise _Refused("no article text found in the HTML (trafilatura and jusText found only boilerplate)",
                       "check that the page holds the article, or save its text as .txt")
    return _html_title(html), "\n\n".join(good), None, None


def _justext_paragraphs(html: str) -> list[str]:
    import justext
    from lxml.etree import LxmlError

    try:
        paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("Vietnamese"), encoding="utf-8")
    except (LxmlError, ValueError, justext.core.JustextError):  # documents lxml cannot parse at all
        return []
    texts = (" ".join(normalise_text(p.text).split()) for p in paragraphs if not p.is_boilerplate)
    return [t for t in texts if t]


def _html_title(html: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    if not match:
        return None
    import html as html_lib

    title = " ".join(html_lib.unescape(match.group(1)).split())
    return title or None


_MD_RULES = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"^ {0,3}(?:#{1,6}\s+|>\s?)", re.MULTILINE), ""),  # heading and quote markers
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def _markdown_parts(text: str) -> tuple[str | None, str]:
    title = None
    front = _FRONT_MATTER.match(text)
    if front:
        found = re.search(r"^title:\s*[\"']?(.+?)[\"']?\s*$", front.group(1), re.MULTILINE)
        title = found.group(1) if found else None
        text = text[front.end():]
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return title, text


# --- JSONL ------------------------------------------------------------------------------------------------

def _read_jsonl(entry: _Entry, max_bytes: int) -> Iterator[Article | InputProblem]:
    """One article per line, read line by line so a large corpus file needs little memory."""
    with open(entry.path, "rb") as handle:
        for lineno, raw in enumerate(_bounded_lines(handle, max_bytes), start=1):
            source = f"{entry.source}:{lineno}"
            if raw is None:
                yield InputProblem(source, f"line {lineno}: longer than the limit of {max_bytes:,} bytes",
                                   "raise the limit with --max-bytes, or split the article")
                continue
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            try:
                yield _jsonl_article(raw, source, lineno)
            except _Refused as refused:
                yield InputProblem(source, refused.problem, refused.hint)


def _bounded_lines(handle, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary file; None for a line over max_bytes, whose rest is skipped without keeping it."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
            yield None
            continue
        yield line


_JSONL_HINT = "fix the line: one JSON object per line with a 'text' string"


def _jsonl_article(raw: bytes, source: str, lineno: int) -> Article:
    try:
        obj = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError as err:
        raise _Refused(f"line {lineno}: invalid UTF-8 at byte {err.start} of the line", _JSONL_HINT) from None
    except json.JSONDecodeError as err:
        raise _Refused(f"line {lineno}: invalid JSON ({err.msg.removesuffix(' at')} at column {err.colno})", _JSONL_HINT) from None
    if not isinstance(obj, dict):
        raise _Refused(f"line {lineno}: expected a JSON object, got {type(obj).__name__}", _JSONL_HINT)
    text = obj.get("text")
    if not isinstance(text, str):
        raise _Refused(f"line {lineno}: no 'text' string in the object", _JSONL_HINT)
    text = normalise_text(text)
    if not text.strip():
        raise _Refused(f"line {lineno}: 'text' is empty", _JSONL_HINT)
    ident = obj.get("id")
    ident = str(ident) if isinstance(ident, (str, int)) and str(ident).strip() else _sha(text)[:16]
    return Article(
        id=normalise_text(ident).strip(), text=text, source=source, title=_field(obj, "title"),
        url=_field(obj, "url"), date=_iso_date(_field(obj, "date")), outlet=_field(obj, "source"), fmt="jsonl",
    )


def _field(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if not isinstance(value, str):
        return None
    value = " ".join(normalise_text(value).split())
    return value or None


def _iso_date(value: str | None) -> str | None:
    """yyyy-mm-dd from an ISO date/datetime or a Vietnamese dd/mm/yyyy; None when not a real date."""
    if not value:
        value = ""
    value = value.strip()
    iso, dmy = _ISO.match(value), _DMY.match(value)
    if iso:
        y, m, d = (int(g) for g in iso.groups())
    elif dmy:
        d, m, y = (int(g) for g in dmy.groups())
    else:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
