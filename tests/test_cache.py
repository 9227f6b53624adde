"""Incremental builds: out/.cache re-extracts only what changed, survives corruption and deletion."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def output_files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(out).parts}


@pytest.fixture
def extracted(monkeypatch) -> list[str]:
    """Ids of the articles the build really ran through the pipeline (not taken from the cache)."""
    import kg.parallel

    seen: list[str] = []
    real = kg.parallel.extract_chunk

    def spy(nlp, batch):
        seen.extend(a.id for a in batch)
        return real(nlp, batch)

    monkeypatch.setattr(kg.parallel, "extract_chunk", spy)
    return seen


def corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in SEEDS[:count]:
        shutil.copyfile(path, folder / path.name)
    return folder


def test_result_survives_the_json_round_trip(seed_results):
    from kg.cache import dump_result, load_result

    for result in seed_results:
        again = load_result(dump_result(result))
        assert again == result
        assert isinstance(again.events[0].subjects, tuple) if again.events else True
    assert any(r.events for r in seed_results)


def test_article_key_follows_text_metadata_and_code(monkeypatch):
    import kg.cache
    from kg.model import Article

    article = Article("a1", "Nga và Mỹ hội đàm.", "a1.txt", title="T")
    key = kg.cache.article_key(article)
    assert len(key) == 64
    assert kg.cache.article_key(dataclasses.replace(article)) == key
    assert kg.cache.article_key(dataclasses.replace(article, text="Nga và Mỹ hội đàm!")) != key
    assert kg.cache.article_key(dataclasses.replace(article, source="b.txt")) != key
    assert kg.cache.article_key(dataclasses.replace(article, date="2020-01-01")) != key
    monkeypatch.setattr(kg.cache, "code_version", lambda: "another kg")
    assert kg.cache.article_key(article) != key


def test_code_version_covers_code_and_lexicons_but_not_bytecode(tmp_path):
    """Editing a lexicon, trigger list or module must invalidate every cached result."""
    import kg
    from kg.cache import code_version, package_digest

    package = Path(kg.__file__).parent
    copy = Path(shutil.copytree(package, tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__")))
    before = package_digest(copy)
    assert before == package_digest(package)  # the copy is the installed package, file for file
    assert len(code_version()) == 64

    (copy / "__pycache__").mkdir()
    (copy / "__pycache__" / "x.pyc").write_bytes(b"bytecode")
    assert package_digest(copy) == before
    with open(copy / "data" / "triggers.jsonl", "a", encoding="utf-8") as handle:
        handle.write('{"trigger": "hội đàm", "relation": "consult"}\n')
    edited = package_digest(copy)
    assert edited != before
    (copy / "extract" / "actors.py").write_text("# changed\n", encoding="utf-8")
    assert package_digest(copy) not in {before, edited}


def test_rerun_extracts_nothing_and_adding_one_extracts_one(tmp_path, extracted):
    from kg.build import build

    inputs, out = corpus(tmp_path / "in", 2), tmp_path / "out"
    build([str(inputs)], out, jobs=1)
    assert sorted(extracted) == sorted(p.stem for p in SEEDS[:2])
    first = output_files(out)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}

    extracted.clear()
    report = build([str(inputs)], out, jobs=1)
    assert extracted == []
    assert report.counts["articles"] == 2 and "report.json" in report.files
    assert output_files(out) == first
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} == stamps  # not even rewritten

    shutil.copyfile(SEEDS[2], inputs / SEEDS[2].name)
    build([str(inputs)], out, jobs=1)
    assert extracted == [SEEDS[2].stem]
    # the incremental build equals a build from scratch without any cache
    build([str(inputs)], tmp_path / "fresh", jobs=1, cache=False)
    assert output_files(out) == output_files(tmp_path / "fresh")
    assert not (tmp_path / "fresh" / ".cache").exists()


def test_corrupt_rows_and_a_corrupt_database_are_never_trusted(tmp_path, extracted):
    from kg.build import build

    inputs, out = corpus(tmp_path / "in", 2), tmp_path / "out"
    build([str(inputs)], out, jobs=1)
    good = output_files(out)
    db_path = out / ".cache" / "extract.sqlite"

    # a row whose body no longer matches its checksum (here: every event removed)
    with sqlite3.connect(db_path) as db:
        key, body = db.execute("SELECT key, body FROM results ORDER BY key LIMIT 1").fetchone()
        tampered = json.loads(body)
        victim = tampered["article"]["id"]
        tampered["events"] = []
        db.execute("UPDATE results SET body = ? WHERE key = ?", (json.dumps(tampered), key))
    (out / ".cache" / "build.json").unlink()
    extracted.clear()
    build([str(inputs)], out, jobs=1)
    assert extracted == [victim]
    assert output_files(out) == good

    # a database file that is not a database at all
    db_path.write_bytes(b"\x00garbage" * 100)
    (out / ".cache" / "build.json").unlink()
    extracted.clear()
    build([str(inputs)], out, jobs=1)
    assert sorted(extracted) == sorted(p.stem for p in SEEDS[:2])
    assert output_files(out) == good


def test_deleting_the_cache_is_safe_and_edited_outputs_are_rewritten(tmp_path, extracted):
    from kg.build import build

    inputs, out = corpus(tmp_path / "in", 1), tmp_path / "out"
    build([str(inputs)], out, jobs=1)
    good = output_files(out)

    (out / "triples.jsonl").write_text("edited by hand\n", encoding="utf-8")
    extracted.clear()
    build([str(inputs)], out, jobs=1)
    assert extracted == []  # results came from the cache, but the outputs were written again
    assert output_files(out) == good

    shutil.rmtree(out / ".cache")
    build([str(inputs)], out, jobs=1)
    assert extracted == [SEEDS[0].stem]
    assert output_files(out) == good
    assert (out / ".cache" / "extract.sqlite").is_file()


def test_explain_option_is_part_of_the_build_key(tmp_path):
    from kg.cache import build_key

    keys = {"a": "1" * 64}
    assert build_key(keys, [], {"explain": False}) != build_key(keys, [], {"explain": True})
    assert build_key(keys, [], {"explain": False}) == build_key(dict(keys), [], {"explain": False})
    assert build_key(keys, [], {"explain": False}) != build_key({"a": "2" * 64}, [], {"explain": False})


def test_big_model_files_are_stamped_not_read(tmp_path, monkeypatch):
    """A model over BIG_FILE counts by size and modification time: rewriting it invalidates the cache, a warm build
    does not read 20 MB to learn that nothing changed."""
    import os

    import kg.cache
    from kg.cache import package_digest

    monkeypatch.setattr(kg.cache, "BIG_FILE", 10)
    (tmp_path / "models").mkdir()
    model = tmp_path / "models" / "vectors"
    model.write_bytes(b"0123456789abcdef")
    os.utime(model, ns=(1_000_000_000, 1_000_000_000))
    before = package_digest(tmp_path)
    model.write_bytes(b"fedcba9876543210")  # same size, new content
    os.utime(model, ns=(1_000_000_000, 1_000_000_000))
    assert package_digest(tmp_path) == before  # not read: same size and mtime
    os.utime(model, ns=(2_000_000_000, 2_000_000_000))
    assert package_digest(tmp_path) != before  # any rewrite moves the mtime


def test_a_warm_build_reuses_the_cleaned_text_and_a_changed_input_is_cleaned_again(tmp_path, monkeypatch):
    """Cleaning (justext) was most of a warm build's time: an article cleaned by an earlier build with the same
    code and the same raw input is taken from the cache, with the same result."""
    import kg.build
    from kg.build import build

    inputs, out = corpus(tmp_path / "in", 2), tmp_path / "out"
    build([str(inputs)], out, jobs=1)
    first = output_files(out)
    cleaned: list[str] = []
    real = kg.build._clean_one
    monkeypatch.setattr(kg.build, "_clean_one", lambda article: cleaned.append(article.id) or real(article))

    (out / "graph.ttl").unlink()  # an output to rewrite: the build runs to the end
    build([str(inputs)], out, jobs=1)
    assert cleaned == [] and output_files(out) == first

    changed = inputs / SEEDS[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nMột đoạn mới được thêm vào cuối bài.\n",
                       encoding="utf-8")
    build([str(inputs)], out, jobs=1)
    assert len(cleaned) == 1  # only the edited article
    with sqlite3.connect(out / ".cache" / "extract.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM cleaned").fetchone()[0] == 3
