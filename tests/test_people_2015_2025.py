"""kg/data/people_2015_2025.jsonl: political actors of 2015–2025 news written from general knowledge
(scripts/build_people_2015_2025.py): the file loads, is what the script builds, never collides with the hand-kept
lexicon, and real Vietnamese sentences resolve to its people."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

from kg.extract.actors import ActorRecognizer, ArticleActors
from kg.extract.lexicon import GENERATED_ENTITIES, load_lexicon

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
TERM = re.compile(r"^\d{4}(–(\d{4})?)?(, \d{4}(–(\d{4})?)?)*$")


def read(name: str) -> list[dict]:
    path = DATA / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def script():
    spec = importlib.util.spec_from_file_location("build_people_2015_2025", ROOT / "scripts" / "build_people_2015_2025.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read("people_2015_2025")


@pytest.fixture(scope="module")
def rec() -> ActorRecognizer:
    return ActorRecognizer(load_lexicon())


def test_registered_after_the_factbook_people():
    assert GENERATED_ENTITIES.index("people_2015_2025") == GENERATED_ENTITIES.index("people_factbook") + 1


def test_file_is_canonical_and_what_the_script_builds(rows):
    text = (DATA / "people_2015_2025.jsonl").read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    assert [json.dumps(row, ensure_ascii=False) for row in rows] == text.splitlines()
    assert text == script().render(script().build())
    assert 500 <= len(rows) <= 950


def test_schema_is_that_of_people(rows):
    keys = set(read("people")[0])
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    for row in rows:
        assert set(row) == keys, row["id"]
        assert row["type"] == "person" and row["id"] == "person:" + script().slug(row["label"])
        assert row["qid"] is None or re.fullmatch(r"Q[1-9]\d*", row["qid"])
        assert row["label"] in row["names_en"] and row["label_vi"] in row["names_vi"], row["id"]
        assert len(row["names_vi"]) == len(set(row["names_vi"])), row["id"]
        assert set(row["ambiguous_vi"]) <= set(row["names_vi"]), row["id"]
        assert (row["country"] is None) != (row["org"] is None), row["id"]
        assert row["roles"][0] == {"role": row["role"], "term": row["term"], "for": row["country"] or row["org"]}
        for role in row["roles"]:
            assert role["term"] is None or TERM.match(role["term"]), row["id"]
        for text in [row["label"], row["label_vi"], *row["names_vi"], *row["names_en"]]:
            assert unicodedata.normalize("NFC", text) == text and text == text.strip() and text


def test_references_resolve(rows):
    countries = {row["id"] for row in read("countries")}
    others = {row["id"] for name in ("organisations", "armed_groups") for row in read(name)}
    for row in rows:
        assert row["country"] is None or row["country"] in countries, row["id"]
        assert row["org"] is None or row["org"] in others, row["id"]
        for role in row["roles"]:
            assert role["for"] in countries | others, (row["id"], role["for"])


def test_no_collision_with_the_other_actor_files(rows):
    """Ids, labels and names are new: the hand-kept and factbook rows keep theirs."""
    owner: dict[str, str] = {}
    ids = set()
    for name in ("countries", "organisations", "armed_groups", "people", "people_factbook", "historical_states",
                 "metonyms", "media"):
        for row in read(name):
            ids.add(row["id"])
            for alias in (row.get("label"), row.get("label_vi"), *row.get("names_vi", ()), *row.get("names_en", ())):
                if alias:
                    owner.setdefault(alias.casefold(), row["id"])
    seen: dict[str, str] = {}
    for row in rows:
        assert row["id"] not in ids
        for alias in {n.casefold() for n in row["names_vi"] + row["names_en"]}:
            assert alias not in owner, (row["id"], alias, owner.get(alias))
            assert seen.setdefault(alias, row["id"]) == row["id"], (alias, seen[alias], row["id"])


def test_common_surnames_are_never_bare(rows):
    bare = {n for row in rows for n in row["names_vi"] if " " not in n}
    assert not bare & {"Kim", "Lee", "Park", "Khan", "Singh", "Abbas", "Salam", "Aoun", "Cohen", "Castro", "Minh"}


def actors(rec, text: str) -> dict[str, str]:
    return {m.text: m.actor_id for m in rec.sentence(text, 0, len(text), ArticleActors())}


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Ông Juan Guaidó tự tuyên bố là tổng thống lâm thời của Venezuela.", "person:juan-guaido"),
        ("Thủ tướng Nhật Bản Shinzo Abe đã tới Hà Nội.", "person:shinzo-abe"),
        ("Ngoại trưởng Mỹ Rex Tillerson gặp người đồng cấp Nga.", "person:rex-tillerson"),
        ("Tổng thống Zimbabwe Emmerson Mnangagwa tuyên thệ nhậm chức.", "person:emmerson-mnangagwa"),
        ("Ông Mnangagwa cam kết tổ chức bầu cử tự do.", "person:emmerson-mnangagwa"),
        ("Ngoại trưởng Ba Lan Witold Waszczykowski chỉ trích Nga.", "person:witold-waszczykowski"),
        ("Thủ tướng Đài Loan Tô Trinh Xương cho biết hòn đảo sẽ tăng chi tiêu quốc phòng.", "person:su-tseng-chang"),
        ("Cố vấn An ninh Quốc gia Mỹ H.R. McMaster cảnh báo Triều Tiên.", "person:h-r-mcmaster"),
        ("Phó Thủ tướng Trung Quốc Tôn Xuân Lan thăm Vũ Hán.", "person:sun-chunlan"),
        ("Thủ lĩnh Taliban Mullah Baradar ký thỏa thuận với Mỹ tại Doha.", "person:abdul-ghani-baradar"),
        ("Ngoại trưởng Triều Tiên Ri Son-gwon cảnh báo Mỹ.", "person:ri-son-gwon"),
        ("Thủ tướng Iraq Adil Abdul-Mahdi tuyên bố từ chức.", "person:adil-abdul-mahdi"),
        ("Bà Sviatlana Tsikhanouskaya kêu gọi EU trừng phạt Belarus.", "person:sviatlana-tsikhanouskaya"),
        ("Thủ tướng Lào Xỏn-xay Xi-phăn-đon hội đàm với Thủ tướng Phạm Minh Chính.", "person:sonexay-siphandone"),
        ("Chủ tịch Hạ viện Mỹ Nancy Pelosi thăm Đài Loan bất chấp cảnh báo của Bắc Kinh.", "person:nancy-pelosi"),
        ("Tướng Qaani chỉ huy lực lượng Quds.", "person:esmail-qaani"),
        ("Tổng thống Algeria Abdelaziz Bouteflika từ chức sau nhiều tuần biểu tình.", "person:abdelaziz-bouteflika"),
    ],
)
def test_vietnamese_sentences_resolve(rec, sentence, actor):
    assert actor in actors(rec, sentence).values()
