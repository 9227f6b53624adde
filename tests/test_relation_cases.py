"""The extraction specification: every case of tests/data/relation_cases.jsonl, run through the path `kg build`
takes (clean, then the default "rules" pipeline), as PETRARCH2 runs its validation records.

A case lists the events its passage must give and must not give (tests/data/README_relation_cases.md). A case with
"status": "pass" must pass. A case with "status": "gap" states what the language says but what kg does not yet
extract; it runs as a strict xfail, so the day the extractor learns it the test fails until the file says "pass".
Expectations are written from the passage, never from kg's output: a rule change that breaks a case fails CI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES_FILE = Path(__file__).parent / "data" / "relation_cases.jsonl"
RELATIONS_FILE = Path(__file__).resolve().parent.parent / "kg" / "data" / "relation_types.jsonl"
MODES = ("asserted", "intended", "hypothetical", "negated")
WILDCARD = "*"


def _load() -> list[dict]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


CASES = _load()


def _params():
    for case in CASES:
        marks = ()
        if case["status"] == "gap":
            marks = (pytest.mark.xfail(strict=True, reason=f"gap: {case.get('gap') or case['phenomenon']}"),)
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[tuple[str, str, str, str]]]:
    """(subject label, relation, object label, mode) per case id; one pipeline, all passages in one stream."""
    from kg.clean import clean_article
    from kg.extract import make_pipeline
    from kg.extract.article import extract_articles
    from kg.model import Article

    nlp = make_pipeline()
    articles = []
    for case in CASES:
        cleaned = clean_article(Article(id=case["id"], text=case["text"], source=f"{CASES_FILE.name}:{case['id']}"))
        if cleaned.text.strip():  # a passage that is all page furniture never reaches extraction (as in kg build)
            articles.append(cleaned)
    out: dict[str, list[tuple[str, str, str, str]]] = {case["id"]: [] for case in CASES}
    for result in extract_articles(nlp, articles):
        labels = {actor.id: actor.label for actor in result.actors}
        out[result.article.id] = [
            (labels.get(s, s), event.relation, labels.get(o, o), event.mode)
            for event in result.events for s, o in event.pairs()
        ]
    return out


def _names(value) -> set[str]:
    return set(value) if isinstance(value, list) else {value}


def _matches(spec: dict, triple: tuple[str, str, str, str]) -> bool:
    subject, relation, obj, mode = triple
    for key, got in (("subject", subject), ("relation", relation), ("object", obj)):
        wanted = _names(spec[key])
        if WILDCARD not in wanted and got not in wanted:
            return False
    return spec.get("mode") in (None, mode)


def _show(spec: dict) -> str:
    mode = f" ({spec['mode']})" if spec.get("mode") else ""
    return f"{spec['subject']} -{spec['relation']}-> {spec['object']}{mode}"


@pytest.mark.parametrize("case", list(_params()))
def test_relation_case(case, extracted):
    got = extracted[case["id"]]
    missing = [_show(spec) for spec in case["must"] if not any(_matches(spec, t) for t in got)]
    forbidden = [f"{_show(spec)} matched by {t}" for spec in case["must_not"] for t in got if _matches(spec, t)]
    assert not missing and not forbidden, (
        f"{case['id']} [{case['frame']}: {case['phenomenon']}]\n  text: {case['text']}\n"
        f"  missing: {missing}\n  forbidden: {forbidden}\n  kg gave: {got}"
    )


def test_relation_cases_file_is_well_formed():
    relations = {json.loads(line)["id"] for line in RELATIONS_FILE.open(encoding="utf-8") if line.strip()}
    assert len(CASES) >= 400
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    texts = [case["text"] for case in CASES]
    assert len(texts) == len(set(texts)), "passages must be unique"
    for case in CASES:
        assert set(case) >= {"id", "phenomenon", "frame", "text", "must", "must_not", "status"}, case["id"]
        assert case["status"] in ("pass", "gap"), case["id"]
        assert case["must"] or case["must_not"], f"{case['id']} specifies nothing"
        for spec in case["must"] + case["must_not"]:
            assert _names(spec["relation"]) <= relations | {WILDCARD}, (case["id"], spec)
            assert spec.get("mode") in (None, *MODES), (case["id"], spec)
        for spec in case["must"]:
            assert WILDCARD not in _names(spec["subject"]) | _names(spec["object"]) | _names(spec["relation"]), (
                f"{case['id']}: a required event names its actors")
    # every relation type is required somewhere
    required = {r for case in CASES for spec in case["must"] for r in _names(spec["relation"])}
    assert relations <= required, f"relations with no case: {sorted(relations - required)}"
