"""The CAMEO trigger dictionary kg/data/triggers.jsonl: size, schema, coverage, no collisions, the original rows kept."""

import json
import re
from pathlib import Path

import pytest

from kg.extract.lexicon import syllables
from kg.extract.relations import load_triggers

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"
ROWS = [json.loads(line) for line in (DATA / "triggers.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
RELATIONS = {json.loads(line)["id"]: json.loads(line) for line in (DATA / "relation_types.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
PLOVER = {r["plover"] for r in RELATIONS.values()} | {"ASSAULT", "RETREAT"}
FRAMES = {"svo", "with", "between", "of", "target", "to", "passive", "against", "visit", "legitimacy", "blame"}


def _key(text):
    return tuple(s.lower() for s in syllables(text))


def test_size():
    assert len(ROWS) >= 1500


def test_schema():
    for row in ROWS:
        assert row["trigger"] and row["trigger"] == row["trigger"].strip(), row
        assert re.fullmatch(r"\d{2,4}", row["cameo"]) and 1 <= int(row["cameo"][:2]) <= 20, row
        assert "plover" in row, row
        assert row["form"] in {"verb", "noun"}, row
        assert set(row["frames"]) <= FRAMES, row
        if row["relation"] is None:
            assert row.get("role") in {"block", "speech"}, row
        else:
            assert row["relation"] in RELATIONS, row
            assert row["plover"] == RELATIONS[row["relation"]]["plover"], row
            assert row["frames"], row
        if row.get("role") == "intent":
            assert row["cameo"].startswith("03") and row["mode"] == "intended" and row["relation"], row
        if row.get("role") == "speech":
            assert row["cameo"].startswith("01") and row["plover"] is None, row
        elif row.get("role") == "block":
            assert row["plover"] in PLOVER | {None}, row  # the reading it prevents; None for CAMEO 01 phrases
        else:
            assert row["plover"] in PLOVER, row
        if row.get("role") == "block":
            assert row.get("note"), row


def test_every_cameo_root_is_covered():
    roots = {row["cameo"][:2] for row in ROWS}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}
    triggers = {row["cameo"][:2] for row in ROWS if row["relation"]}
    assert triggers >= {f"{n:02d}" for n in range(2, 21)}


def test_no_collisions_after_lower_casing():
    seen = {}
    for row in ROWS:
        key = _key(row["trigger"])
        assert key not in seen, (row["trigger"], seen.get(key))
        seen[key] = row["trigger"]


def test_sorted_and_deterministic():
    assert ROWS == sorted(ROWS, key=lambda r: (r["cameo"], r["trigger"]))
    text = (DATA / "triggers.jsonl").read_text(encoding="utf-8")
    assert text == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS)


def _original_rows():
    """The 234-row hand list the dictionary grew from (tests/data/triggers_original.jsonl, kg at 4452586)."""
    path = Path(__file__).parent / "data" / "triggers_original.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# deliberate changes to original rows, each with its validation cases
NOW_SYMMETRIC = {"giao tranh",  # a clash is mutual: "A và B giao tranh" (attack-clash-mutual-001, -002)
                 "tiếp",  # a reception is a meeting of host and guest, mutual (consult-with-004, p9a-consult-svo-reception-*, p9c-consult-receive-*)
                 "hợp tác",  # cooperation "với X" is held by both (p11c-cooperate-mutual-with-*)
                 "tập trận chung"}  # a joint exercise is symmetric cooperate, GUIDELINES.md (p11e-cooperate-with-*)
NOW_NEEDS = {"nhờ": "actor_after",  # a request only before an actor; "nhờ ủng hộ của X" is "thanks to" (none-thanks-to-*)
             "can thiệp": "blame"}  # misconduct accuses only when declared (accuse-misconduct-*, none-misconduct-*)
NOW_RELATION = {"truy tố": "accuse"}  # an indictment is legal action, which accuse covers (p10d-accuse-indict-*)


def test_original_rows_kept():
    by_trigger = {row["trigger"]: row for row in ROWS}
    original = _original_rows()
    assert len(original) == 234
    for old in original:
        new = by_trigger[old["trigger"]]
        assert new["relation"] == NOW_RELATION.get(old["trigger"], old["relation"]), old
        assert new.get("needs") == NOW_NEEDS.get(old["trigger"], old.get("needs")), old
        assert bool(new.get("symmetric")) == (bool(old.get("symmetric")) or old["trigger"] in NOW_SYMMETRIC), old
        assert new["active"] is True, old  # the measured set: every original row is loaded


@pytest.mark.parametrize("trigger, cameo, relation", [
    ("cắt đứt quan hệ ngoại giao", "161", "sanction"),
    ("cấm vận", "163", "sanction"),
    ("cáo buộc", "112", "accuse"),
    ("đe dọa dùng vũ lực", "138", "threaten"),
    ("biểu tình", "141", "protest"),
    ("cam kết viện trợ kinh tế", "0331", "aid"),
])
def test_issue_examples(trigger, cameo, relation):
    row = {r["trigger"]: r for r in ROWS}[trigger]
    assert (row["cameo"], row["relation"]) == (cameo, relation)


def test_blocking_rows():
    by_trigger = {row["trigger"]: row for row in ROWS}
    assert by_trigger["bắt bài"]["relation"] is None and by_trigger["bắt bài"]["role"] == "block"
    assert by_trigger["tấn công mạng"]["relation"] == "attack"
    assert sum(row.get("role") == "block" for row in ROWS) >= 60


def test_loader_ignores_statement_rows():
    triggers = load_triggers()
    speech = [row for row in ROWS if row.get("role") in {"speech", "intent"}]
    assert speech
    for row in speech:
        assert _key(row["trigger"]) not in triggers
    assert triggers[_key("bắt bài")][0] is None  # blocking rows still block
    # CAMEO rows beyond the measured set are data until admitted ("active": false; see docs/accuracy.md)
    assert _key("ban hành các lệnh trừng phạt") not in triggers
    # codes admitted because validation cases need them and train + dev do not lose: 161 cutting relations
    assert triggers[_key("cắt đứt quan hệ")][0] == "sanction"
    # a row that only extends a loaded trigger of the same relation is not loaded: the shorter one codes it, and
    # the frames keep the words after it ("bác bỏ cáo buộc của Anh": Anh owns the claim)
    assert _key("cắt đứt quan hệ ngoại giao") not in triggers and _key("bác bỏ cáo buộc") not in triggers
    inactive = [row for row in ROWS if row.get("active") is False]
    assert len(inactive) > 3000 and all(_key(row["trigger"]) not in triggers for row in inactive)
    # roots admitted by scripts/admit_trigger_roots.py load: "đe dọa dùng vũ lực" (138), "bắt giữ" (173)
    assert triggers[_key("đe dọa dùng vũ lực")][0] == "threaten"
