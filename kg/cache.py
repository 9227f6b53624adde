"""Incremental builds: extraction results cached under `out/.cache/`, and a record of the last build's outputs.

An article's key is the sha256 of its cleaned text and metadata together with the *code version*: a digest of
every file of the kg package (code, lexicons, trigger lists) and of the pyvi/spaCy releases. So editing a lexicon
or upgrading kg re-extracts everything, and changing one article re-extracts that article only.

Results are stored as JSON (never pickle: a cache folder may come from elsewhere) in one SQLite file, each row
with the sha256 of its body. A row whose checksum or shape is wrong is a miss; a database that cannot be read is
deleted and started afresh. Deleting `.cache/` is always safe: the next build is simply a cold one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import typing
from collections.abc import Iterable
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from kg import model
from kg.model import Article, ArticleResult, TokenizedArticle

CACHE_DIR = ".cache"
DB_NAME = "extract.sqlite"
MANIFEST = "build.json"
FORMAT = "kg-cache-1"  # bump when the stored layout changes
_COMMIT_EVERY = 256  # rows written together, in one executemany and one transaction
_DEPENDENCIES = ("pyvi", "spacy", "lightgbm")
UNEXPLAINED = "-unexplained"  # the suffix of the keys of results stored without explanations


@cache
def code_version() -> str:
    """Digest of the installed kg package (all files but bytecode) and of the NLP releases it runs on."""
    return package_digest(Path(__file__).resolve().parent)


BIG_FILE = 4 << 20  # bytes: a shipped model this large is stamped by size and modification time, not read


def package_digest(root: Path) -> str:
    """Code, data and models by content; a file over BIG_FILE (the 20 MB floret vectors) by size and mtime, so a
    warm build does not read it: any rewrite changes its mtime, which only costs a cache miss."""
    digest = hashlib.sha256(FORMAT.encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file() and _is_source(p.relative_to(root))):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        stat = path.stat()
        if stat.st_size > BIG_FILE:
            digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
        else:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in _DEPENDENCIES:
        digest.update(_release(name).encode() + b"\0")
    return digest.hexdigest()


def _is_source(relative: Path) -> bool:
    return not any(part == "__pycache__" or part.startswith(".") for part in relative.parts)


def _release(name: str) -> str:
    """The installed distribution's dist-info folder name ("pyvi-0.1.1.dist-info"): a cheap version stamp."""
    spec = find_spec(name)
    if spec is None or not spec.origin:
        return f"{name}:missing"
    site = Path(spec.origin).parent.parent
    return ",".join(sorted(p.name for p in site.glob(f"{name}-*.dist-info"))) or f"{name}:unknown"


def cleaned_key(raw: Article) -> str:
    """sha256 of a raw article as ingested and of the code version: the key of its cleaned form."""
    fields = [code_version(), "cleaned", raw.id, raw.source, raw.title, raw.url, raw.date, raw.outlet, raw.fmt,
              raw.text]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def article_key(article: Article) -> str:
    """sha256 of everything extraction reads from the article, and of the code version."""
    fields = [code_version(), article.id, article.source, article.title, article.url, article.date,
              article.outlet, article.fmt, article.text]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


# -- JSON form of ArticleResult ---------------------------------------------------------------------------------
def dump_result(result: ArticleResult) -> str:
    """The same JSON as json.dumps(dataclasses.asdict(result), ...), without asdict's deep copies."""
    return json.dumps(_plain(result), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_SCALARS = frozenset({str, int, float, bool, type(None)})  # values _plain returns as they are


def _plain(value):
    """dataclasses.asdict for the model's types: dataclasses to dicts, tuples and lists item by item (scalars,
    most of the values, are taken as they are without a call)."""
    names = _field_names(type(value))
    if names is not None:
        out = {}
        for name in names:
            item = getattr(value, name)
            out[name] = item if type(item) in _SCALARS else _plain(item)
        return out
    if isinstance(value, (tuple, list)):
        return [item if type(item) in _SCALARS else _plain(item) for item in value]
    if isinstance(value, dict):
        return {key: item if type(item) in _SCALARS else _plain(item) for key, item in value.items()}
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def load_result(body: str) -> ArticleResult:
    return _decode(ArticleResult, json.loads(body))


def _decode(cls: type, data: dict):
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__}: expected an object")
    kwargs = {}
    for name, hint in _fields(cls):
        if name in data:
            kwargs[name] = _value(hint, data[name])
    return cls(**kwargs)


def _value(hint, value):
    if dataclasses.is_dataclass(hint):
        return _decode(hint, value)
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_value(item, v) for v in value)
    return value


@cache
def _fields(cls: type) -> tuple[tuple[str, object], ...]:
    hints = typing.get_type_hints(cls, vars(model))
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


# -- the store ---------------------------------------------------------------------------------------------------
class ExtractCache:
    """Cached ArticleResults of one output folder. Use as a context manager; `keys` records what was asked."""

    def __init__(self, directory: str | Path, *, explained: bool = True):
        self.directory = Path(directory)
        # A build without --explain may store its results without their explanations (the export process stores
        # what it writes), so its rows live under keys of their own: an --explain build never reads them.
        self.explained = explained
        self.keys: dict[str, str] = {}  # article id -> key, for the build manifest
        self.hits = 0
        self.misses = 0
        self._rows: dict[str, tuple[str, str, str, str]] = {}  # key -> row not yet written (one transaction a batch)
        self._cleaned: dict[str, tuple[str, str, str]] = {}  # cleaned articles not yet written
        self._db = self._open()

    def __enter__(self) -> typing.Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def usable(self) -> bool:
        """False once the database could not be opened or went bad (the build goes on without a cache)."""
        return self._db is not None

    def key(self, article: Article) -> str:
        key = article_key(article) if self.explained else article_key(article) + UNEXPLAINED
        self.keys[article.id] = key
        return key

    def get(self, key: str) -> ArticleResult | None:
        row = self._rows[key][2:] if key in self._rows else self._query("SELECT sha, body FROM results WHERE key = ?",
                                                                          (key,))
        if row is None or hashlib.sha256(row[1].encode("utf-8")).hexdigest() != row[0]:
            self.misses += 1
            return None
        try:
            result = load_result(row[1])
        except (ValueError, TypeError, KeyError, AttributeError):  # a well-formed checksum over a wrong shape
            self.misses += 1
            return None
        self.hits += 1
        return result

    def get_cleaned(self, raw: Article) -> Article | None:
        """The cleaned form of a raw article, as an earlier build cleaned it with this code (a warm build does
        not clean again: cleaning was most of its time)."""
        key = cleaned_key(raw)
        row = self._cleaned[key][2:] if key in self._cleaned else self._query(
            "SELECT body FROM cleaned WHERE key = ?", (key,))
        if row is None:
            return None
        try:
            return Article(**json.loads(row[0]))
        except (ValueError, TypeError):
            return None

    def put_cleaned(self, raw: Article, cleaned: Article) -> None:
        if self._db is None:
            return
        key = cleaned_key(raw)
        if isinstance(cleaned, TokenizedArticle):
            cleaned = cleaned.article()  # its tokens are for this build's extraction only
        body = json.dumps(dataclasses.asdict(cleaned), ensure_ascii=False, sort_keys=True)
        self._cleaned[key] = (key, code_version(), body)
        if len(self._cleaned) >= _COMMIT_EVERY:
            self.flush()

    def put(self, key: str, result: ArticleResult) -> None:
        """Store a result; rows are written in batches of _COMMIT_EVERY (and on close)."""
        if self._db is None:
            return
        body = dump_result(result)
        self._rows[key] = (key, code_version(), hashlib.sha256(body.encode("utf-8")).hexdigest(), body)
        if len(self._rows) >= _COMMIT_EVERY:
            self.flush()

    def flush(self) -> None:
        rows, self._rows = list(self._rows.values()), {}
        cleaned, self._cleaned = list(self._cleaned.values()), {}
        if self._db is None or not (rows or cleaned):
            return
        try:
            with self._db:  # one transaction
                self._db.executemany("INSERT OR REPLACE INTO results (key, code, sha, body) VALUES (?, ?, ?, ?)",
                                     rows)
                self._db.executemany("INSERT OR REPLACE INTO cleaned (key, code, body) VALUES (?, ?, ?)", cleaned)
        except sqlite3.Error:
            self._drop()

    def close(self) -> None:
        if self._db is not None:
            self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- internals --
    def _open(self) -> sqlite3.Connection | None:
        path = self.directory / DB_NAME
        for _attempt in range(2):
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, timeout=30)
                db.execute("PRAGMA synchronous = NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, code TEXT, sha TEXT, body TEXT)")
                db.execute("CREATE TABLE IF NOT EXISTS cleaned (key TEXT PRIMARY KEY, code TEXT, body TEXT)")
                # rows of other code versions can never be hit again
                db.execute("DELETE FROM results WHERE code != ?", (code_version(),))
                db.execute("DELETE FROM cleaned WHERE code != ?", (code_version(),))
                db.commit()
                return db
            except sqlite3.DatabaseError:
                path.unlink(missing_ok=True)  # unreadable: start afresh
            except OSError:
                return None  # read-only or missing folder: build without a cache
        return None

    def _query(self, sql: str, args: tuple):
        if self._db is None:
            return None
        try:
            return self._db.execute(sql, args).fetchone()
        except sqlite3.Error:
            self._drop()
            return None

    def _drop(self) -> None:
        """The database went bad mid-build: carry on without a cache and remove it."""
        if self._db is not None:
            self._db.close()
            self._db = None
        (self.directory / DB_NAME).unlink(missing_ok=True)


# -- the build manifest: skip writing outputs that are already up to date ----------------------------------------
def build_key(keys: dict[str, str], failed: Iterable[model.InputProblem], options: dict) -> str:
    """Digest of a build's inputs: every article key, every refused input and the options that shape outputs."""
    body = {
        "code": code_version(),
        "articles": sorted(keys.items()),
        "failed": sorted([p.source, p.problem, p.hint, p.stage] for p in failed),
        "options": options,
    }
    return hashlib.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def read_manifest(out: str | Path, key: str) -> dict | None:
    """The recorded {files, counts} of the last build in `out` if it had this key and its outputs are intact."""
    out = Path(out)
    try:
        manifest = json.loads((out / CACHE_DIR / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("key") != key:
            return None
        for name, sha in manifest["hashes"].items():
            if file_sha256(out / name) != sha:
                return None
        return {"files": list(manifest["files"]), "counts": dict(manifest["counts"])}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def file_sha256(path: Path) -> str:
    """sha256 of a file read in blocks: the RDF files of a big build are larger than the graph."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def write_manifest(out: str | Path, key: str, files: list[str], counts: dict[str, int]) -> None:
    """Record what the build just wrote, with each file's sha256, so that a re-run can tell it is current."""
    from kg.atomic import atomic_write

    out = Path(out)
    hashes = {name: file_sha256(out / name) for name in sorted(files)}
    body = {"key": key, "files": list(files), "counts": counts, "hashes": hashes}
    try:
        with atomic_write(out / CACHE_DIR / MANIFEST) as handle:
            json.dump(body, handle, ensure_ascii=False, sort_keys=True, indent=1)
    except OSError:
        pass  # no record only means the next run rewrites the outputs
