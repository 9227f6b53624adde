"""The actor lexicons in kg/data (see kg/data/README.md): schema, stable ids, unique names, resolvable references."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import pytest

from kg import model

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
ACTOR_TYPES = set(model.ACTOR_TYPES)
QID = re.compile(r"^Q[1-9]\d*$")
TERM = re.compile(r"^\d{4}(–(\d{4})?)?(, \d{4}(–(\d{4})?)?)*$")  # "2004–", "2013–2022, 2023–"
ACTOR_FILES = ("countries", "organisations", "armed_groups", "people")
ALL_FILES = (*ACTOR_FILES, "metonyms", "media", "sectors", "titles")

COMMON = {"id", "names_vi", "source"}
KEYS = {
    "countries": COMMON
    | {
        "type",
        "label",
        "label_vi",
        "qid",
        "iso",
        "iso2",
        "demonym",
        "short",
        "un_member",
        "names_en",
        "ambiguous_vi",
    },
    "organisations": COMMON | {"type", "label", "label_vi", "qid", "names_en", "country", "part_of", "role"},
    "armed_groups": COMMON | {"type", "label", "label_vi", "qid", "names_en", "country", "part_of", "role"},
    "people": COMMON
    | {
        "type",
        "label",
        "label_vi",
        "qid",
        "names_en",
        "ambiguous_vi",
        "country",
        "org",
        "role",
        "term",
        "roles",
    },
    "metonyms": COMMON | {"actor", "kind", "ambiguous", "names_en"},
    "media": COMMON | {"type", "label", "country", "names_en"},
    "sectors": COMMON | {"type", "label", "label_vi", "pattern_vi", "bare", "bare_object", "country_level", "overrides"},
    "titles": COMMON | {"role", "role_vi", "sector", "overrides"},
}


def read(name: str) -> list[dict]:
    text = (DATA / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture(scope="module")
def lex() -> dict[str, list[dict]]:
    return {name: read(name) for name in ALL_FILES}


@pytest.fixture(scope="module")
def by_id(lex) -> dict[str, dict]:
    return {row["id"]: row for name in ALL_FILES for row in lex[name]}


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@pytest.mark.parametrize("name", ALL_FILES)
def test_file_is_sorted_byte_stable_and_keyed(name):
    text = (DATA / f"{name}.jsonl").read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    rows = [json.loads(line) for line in text.splitlines()]
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids), "rows must be sorted by id"
    assert len(ids) == len(set(ids)), "ids must be unique"
    id_form = r"[a-z_]+" if name == "sectors" else r"[a-z_]+:[A-Za-z0-9_.\-]+"  # a sector id is an id prefix
    assert all(re.fullmatch(id_form, i) for i in ids), ids
    for line, row in zip(text.splitlines(), rows, strict=True):
        assert json.dumps(row, ensure_ascii=False) == line  # one canonical serialisation
        assert set(row) == KEYS[name], (row["id"], set(row) ^ KEYS[name])
        assert row["names_vi"] and all(isinstance(n, str) and n == n.strip() and n for n in row["names_vi"])
        assert len(row["names_vi"]) == len(set(row["names_vi"])), row["id"]


@pytest.mark.parametrize("name", ALL_FILES)
def test_all_text_is_nfc(lex, name):
    # ingest normalises articles to NFC; a decomposed alias would never match
    bad = [s for row in lex[name] for s in strings(row) if unicodedata.normalize("NFC", s) != s]
    assert bad == []


@pytest.mark.parametrize("name", ACTOR_FILES)
def test_actor_rows(lex, name):
    for row in lex[name]:
        assert row["type"] in ACTOR_TYPES, row["id"]
        assert row["label"] and row["label_vi"], row["id"]
        assert row["qid"] is None or QID.match(row["qid"]), row["id"]
        assert row["label"] in row["names_en"], row["id"]  # the label is itself a name


def test_qids_are_unique_across_actors(lex):
    seen: dict[str, str] = {}
    for name in ACTOR_FILES:
        for row in lex[name]:
            if row["qid"]:
                assert seen.setdefault(row["qid"], row["id"]) == row["id"], (
                    row["qid"],
                    seen[row["qid"]],
                    row["id"],
                )


def test_names_are_unique_across_actor_files(lex):
    """One surface form, one actor: a name shared by two entries would make the matcher guess."""
    owner: dict[str, set[str]] = defaultdict(set)
    for name in (*ACTOR_FILES, "metonyms", "media"):
        for row in lex[name]:
            for alias in row["names_vi"] + row["names_en"]:
                owner[alias.casefold()].add(row["id"])
    shared = {alias: ids for alias, ids in owner.items() if len(ids) > 1}
    assert shared == {}


def test_ambiguous_names_are_names(lex):
    for name in ("countries", "people"):
        for row in lex[name]:
            assert set(row["ambiguous_vi"]) <= set(row["names_vi"]), row["id"]


def test_countries_cover_un_members_with_qids(lex):
    countries = lex["countries"]
    members = [row for row in countries if row["un_member"]]
    assert len(members) == 193
    assert all(row["qid"] and row["demonym"] and row["short"] for row in members)
    for row in countries:
        assert row["id"] == f"country:{row['iso']}" and row["type"] == "country"
        assert re.fullmatch(r"[A-Z]{3}", row["iso"]) and re.fullmatch(r"[A-Z]{2}", row["iso2"])
        assert row["label_vi"] in row["names_vi"]


def test_country_facts_the_gold_relies_on(by_id):
    usa, rus, tur, chn = (by_id[f"country:{c}"] for c in ("USA", "RUS", "TUR", "CHN"))
    assert (usa["label"], usa["qid"], usa["demonym"], usa["short"]) == (
        "United States",
        "Q30",
        "United States",
        "US",
    )
    assert (rus["label"], rus["qid"], rus["demonym"]) == ("Russia", "Q159", "Russian")
    assert (tur["label"], tur["qid"]) == ("Turkey", "Q43")
    assert (chn["label"], chn["qid"]) == ("China", "Q148")
    assert {"Mỹ", "Hoa Kỳ"} <= set(usa["names_vi"])
    assert "Thổ Nhĩ Kỳ" in tur["names_vi"]
    assert "Anh" in by_id["country:GBR"]["ambiguous_vi"] and by_id["country:GBR"]["short"] == "UK"


def names_index(lex, files) -> dict[str, str]:
    return {alias: row["id"] for name in files for row in lex[name] for alias in row["names_vi"]}


@pytest.mark.parametrize(
    ("alias", "actor"),
    [
        ("Xy-ri", "country:SYR"),
        ("Ixraen", "country:ISR"),
        ("CHDCND Triều Tiên", "country:PRK"),
        ("Ả Rập Xê-út", "country:SAU"),
        ("U-crai-na", "country:UKR"),
        ("Nhà nước Hồi giáo (IS) tự xưng", "armed_group:islamic-state"),
        ("Mặt trận al-Nusra", "armed_group:al-nusra-front"),
        ("Liên Hợp Quốc", "organisation:un"),
        ("Hội đồng Bảo an", "organisation:unsc"),
        ("V.Pu-tin", "person:vladimir-putin"),
        ("T.Éc-đô-gan", "person:recep-tayyip-erdogan"),
        ("Lavrov", "person:sergei-lavrov"),
        ("Ashton Carter", "person:ashton-carter"),
        ("Tập Cận Bình", "person:xi-jinping"),
        ("Moskva", "metonym:moscow"),
        ("Oa-sinh-tơn", "metonym:washington"),
        ("Tân Hoa Xã", "media:xinhua"),
    ],
)
def test_aliases_vietnamese_news_uses(lex, alias, actor):
    assert names_index(lex, (*ACTOR_FILES, "metonyms", "media"))[alias] == actor


def test_people(lex, by_id):
    for row in lex["people"]:
        assert row["type"] == "person" and row["id"] == "person:" + slug(row["label"])
        assert row["term"] is None or TERM.match(row["term"]), row["id"]
        assert row["roles"][0] == {
            "role": row["role"],
            "term": row["term"],
            "for": row["country"] or row["org"],
        }
        for role in row["roles"]:
            assert role["term"] is None or TERM.match(role["term"]), row["id"]
            assert role["for"] is None or role["for"] in by_id, (row["id"], role["for"])
        years = [int(y) for y in re.findall(r"\d{4}", row["term"] or "")]
        assert years == sorted(years), row["id"]
    lavrov = by_id["person:sergei-lavrov"]
    assert (lavrov["qid"], lavrov["country"], lavrov["role"], lavrov["term"]) == (
        "Q150851",
        "country:RUS",
        "Minister of Foreign Affairs",
        "2004–",
    )
    assert by_id["person:ashton-carter"]["country"] == "country:USA"
    assert by_id["person:jens-stoltenberg"]["org"] == "organisation:nato"


def slug(label: str) -> str:
    text = label.replace("ı", "i").replace("Đ", "D").replace("đ", "d").replace("'", "")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def test_references_resolve(lex, by_id):
    sectors = {row["id"] for row in lex["sectors"]}
    countries = {row["id"] for row in lex["countries"]}

    def resolves(ref: str) -> bool:
        kind, _, code = ref.partition(":")
        return ref in by_id or (kind in sectors and f"country:{code}" in countries)

    for name in ("organisations", "armed_groups", "media"):
        for row in lex[name]:
            assert row["country"] is None or row["country"] in countries, row["id"]
            assert row.get("part_of") is None or row["part_of"] in by_id, row["id"]
    for row in lex["people"]:
        assert row["country"] is None or row["country"] in countries, row["id"]
        assert row["org"] is None or row["org"] in by_id, row["id"]
    for row in lex["metonyms"]:
        assert resolves(row["actor"]), row["id"]
    for row in lex["sectors"] + lex["titles"]:
        assert set(row["overrides"]) <= countries, row["id"]
        for override in row["overrides"].values():
            if isinstance(override, dict):
                assert override.get("qid") is None or QID.match(override["qid"])
                assert override.get("actor") is None or override["actor"] in by_id


def test_sectors_compose_the_gold_labels(lex, by_id):
    sectors = {row["id"]: row for row in lex["sectors"]}
    for row in sectors.values():
        assert row["type"] in ACTOR_TYPES, row["id"]
        assert all("{country}" in p for p in row["pattern_vi"]), row["id"]
    patterns = [p for row in sectors.values() for p in row["pattern_vi"]]
    assert len(patterns) == len(set(patterns))

    def label(sector: str, iso: str) -> str:
        country = by_id[f"country:{iso}"]
        override = sectors[sector]["overrides"].get(country["id"], {})
        return override.get("label") or sectors[sector]["label"].format(**country)

    assert label("government", "SYR") == "Syrian government"
    assert label("military", "RUS") == "Russian military"
    assert label("military", "USA") == "United States military"
    assert label("foreign_ministry", "RUS") == "Russian Ministry of Foreign Affairs"
    assert label("coalition", "USA") == "US-led coalition"
    assert label("defence_ministry", "USA") == "United States Department of Defense"
    assert "liên quân do {country} dẫn đầu" in sectors["coalition"]["pattern_vi"]
    pentagon = next(row for row in lex["metonyms"] if "Lầu Năm Góc" in row["names_vi"])
    assert pentagon["actor"] == "defence_ministry:USA"


def test_titles(lex):
    names = [n for row in lex["titles"] for n in row["names_vi"]]
    assert len(names) == len(set(names))
    roles = {n: row["role"] for row in lex["titles"] for n in row["names_vi"]}
    assert roles["Ngoại trưởng"] == roles["Bộ trưởng Ngoại giao"] == "Minister of Foreign Affairs"
    assert roles["Bộ trưởng Quốc phòng"] == "Minister of Defence"
    foreign = next(row for row in lex["titles"] if row["id"] == "title:foreign-minister")
    assert foreign["overrides"]["country:USA"] == "Secretary of State"


def load_builder():
    spec = importlib.util.spec_from_file_location("build_countries", ROOT / "scripts" / "build_countries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_countries_file_is_what_the_script_builds():
    source = read("countries")[0]["source"]
    if f"babel {version('babel')}" not in source or f"pycountry {version('pycountry')}" not in source:
        pytest.skip("countries.jsonl was built with other babel/pycountry versions")
    builder = load_builder()
    assert builder.render(builder.build(builder.read_extras())) == (DATA / "countries.jsonl").read_text(
        "utf-8"
    )


def test_builder_splits_cldr_names():
    builder = load_builder()
    assert builder.split_names("Myanmar (Miến Điện)") == ["Myanmar", "Miến Điện"]
    assert builder.split_names("Congo - Kinshasa") == []
    assert builder.split_names("Korea, Republic of") == []
    assert builder.split_names("the State of Eritrea") == []
