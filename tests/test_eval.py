"""`kg eval`: scoring rules on hand-made cases, and the extraction-quality floors on real gold."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.evaluate import evaluate, read_gold, read_predictions

DATA = Path(__file__).parent / "data"
DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"


def _jsonl(rows):
    return io.StringIO("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


GOLD = [
    {"doc": "a.txt", "subject": "Russia", "subject_qid": "Q159", "relation": "cooperate", "object": "United States",
     "object_qid": "Q30", "modality": "intended", "confidence": "high", "relation_alt": ["agree"]},
    {"doc": "a.txt", "subject": "Sergei Lavrov", "subject_qid": None, "relation": "consult", "object": "Turkey",
     "object_qid": "Q43", "modality": "asserted", "confidence": "high", "subject_alt": ["Russia"]},
    {"doc": "a.txt", "subject": "Turkey", "subject_qid": "Q43", "relation": "threaten", "object": "Syria",
     "object_qid": "Q858", "modality": "asserted", "confidence": "medium"},
    {"doc": "a.txt", "subject": "Syria", "subject_qid": "Q858", "relation": "reject", "object": "Russia",
     "object_qid": "Q159", "modality": "negated", "confidence": "high"},
]


def _pred(subject, relation, obj, mode="asserted", subject_qid=None, object_qid=None, doc="a"):
    return {"doc": doc, "subject": subject, "subject_qid": subject_qid, "relation": relation, "object": obj,
            "object_qid": object_qid, "mode": mode, "sentence": "…"}


def test_matching_by_name_alt_name_qid_and_relation_alt():
    preds = [
        _pred("USA-friendly label", "agree", "United States", subject_qid="Q159"),  # QID match, relation_alt
        _pred("russia", "consult", "Turkey"),  # alt name of the person line, case-insensitive
    ]
    result = evaluate(read_gold(_jsonl(GOLD)), read_predictions(_jsonl(preds)))
    assert (result.strict.tp, result.strict.fp, result.strict.matched_gold, result.strict.gold) == (2, 0, 2, 3)


def test_medium_lines_are_optional_and_negation_must_agree():
    preds = [
        _pred("Turkey", "threaten", "Syria"),  # medium only: neither right nor wrong
        _pred("Syria", "reject", "Russia"),  # gold is negated: an asserted prediction does not match it
        _pred("Syria", "reject", "Russia", mode="negated"),
    ]
    result = evaluate(read_gold(_jsonl(GOLD)), read_predictions(_jsonl(preds)))
    assert (result.strict.tp, result.strict.fp) == (1, 1)
    assert [f"{p.subject}-{p.relation}" for p in result.false_positives] == ["Syria-reject"]


def test_lenient_ignores_the_relation():
    preds = [_pred("Russia", "support", "United States")]
    result = evaluate(read_gold(_jsonl(GOLD)), read_predictions(_jsonl(preds)))
    assert result.strict.tp == 0 and result.lenient.tp == 1
    assert result.per_relation["support"].fp == 1


def _build_and_eval(tmp_path, inputs, gold):
    from kg.build import build
    from kg.evaluate import evaluate_files

    out = tmp_path / "out"
    build([str(p) for p in inputs], out)
    return evaluate_files(gold, out / "triples.jsonl")


def test_seed_gold_strict_f1_floor(tmp_path):
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    result = _build_and_eval(tmp_path, [seeds], DATA / "seeds_gold.jsonl")
    # measured 0.933 (P 0.952, R 0.915) when this floor was set
    assert result.strict.f1 >= 0.90, (result.strict.precision, result.strict.recall)


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/dev (the development corpus) is not beside this clone")
def test_dev_corpus_floor(tmp_path):
    result = _build_and_eval(tmp_path, [DEV / "docs"], DEV / "gold.jsonl")
    # measured P 0.871, R 0.671, F1 0.758 when this floor was set
    assert result.strict.f1 >= 0.75 and result.strict.precision >= 0.85, (
        result.strict.precision, result.strict.recall)


def test_kg_eval_prints_the_tables(tmp_path, seeds_out):
    from kg.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(DATA / "seeds_gold.jsonl"), "--pred",
                                 str(seeds_out / "triples.jsonl")])
    assert result.exit_code == 0, result.output
    for heading in ("strict", "lenient", "per relation", "misses", "false positives", "cooperate"):
        assert heading in result.output


def test_explain_names_why_a_sentence_was_missed(tmp_path):
    from kg.build import build

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    out = tmp_path / "out"
    build([str(seeds)], out, explain=True)
    rows = [json.loads(line) for line in (out / "explain.jsonl").read_text(encoding="utf-8").splitlines()]
    coded = [r for r in rows if r["status"] == "coded"]
    missed = [r for r in rows if r["status"] == "missed"]
    assert coded and all(r["reason"].startswith(r["relation"] + ".") for r in coded)
    # seed 000: "… vì đây là khu vực liên quân do Mỹ dẫn đầu đang triển khai nhiều hoạt động." names no recipient
    deploy = [r for r in missed if r["trigger"] == "triển khai" and r["doc"].startswith("000")]
    assert deploy and "recipient" in deploy[0]["reason"]
    assert any(r["reason"] == "two or more actors but no relation trigger" for r in missed)


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file"),
    ('{"doc": "a.txt", "subject": "Russia", "relation": "consult", "object": "Turkey"}\nnot json\n',
     "triples.jsonl:2: not a JSON line"),
    ('{"doc": "a.txt", "subject": "Russia", "object": "Turkey"}\n', "a line has no relation"),
])
def test_kg_eval_names_the_bad_file_in_one_line(tmp_path, content, message):
    from kg.cli import app

    pred = tmp_path / "triples.jsonl"
    if content is not None:
        pred.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(DATA / "seeds_gold.jsonl"), "--pred", str(pred)])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert result.output.count("\n") <= 2
