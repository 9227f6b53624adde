"""`kg eval`: precision, recall and F1 of predicted triples against hand-annotated gold events.

Scoring follows ../shared/dev/README.md: unique (doc, subject, relation, object) tuples; an actor matches by its
English name (or an alt name) case-insensitively or by Wikidata QID; strict needs the relation (or a relation_alt),
lenient the actor pair only; `medium` gold lines are optional; negated lines match only negated predictions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import IO

from kg.errors import UsageError


@dataclass(frozen=True)
class Gold:
    doc: str
    subjects: frozenset[str]  # lower-cased names and alt names
    subject_qid: str | None
    relations: frozenset[str]
    objects: frozenset[str]
    object_qid: str | None
    negated: bool
    high: bool
    relation: str
    label: str  # "subject -relation-> object" for listings
    sentence: str


@dataclass(frozen=True)
class Pred:
    doc: str
    subject: str
    subject_qid: str | None
    relation: str
    object: str
    object_qid: str | None
    negated: bool
    sentence: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalResult:
    strict: Score
    lenient: Score
    per_relation: dict[str, Score] = field(default_factory=dict)
    misses: list[Gold] = field(default_factory=list)
    false_positives: list[Pred] = field(default_factory=list)


def doc_key(doc: str) -> str:
    return PurePath(doc).stem


def _lines(path_or_file: str | Path | IO) -> list[dict]:
    """The JSON objects of a JSONL file; UsageError naming the file (and line) when it cannot be read."""
    if hasattr(path_or_file, "read"):
        return _parse(path_or_file, getattr(path_or_file, "name", "<stream>"))
    try:
        with open(path_or_file, encoding="utf-8") as handle:
            return _parse(handle, path_or_file)
    except FileNotFoundError:
        raise UsageError(f"{path_or_file}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path_or_file}: cannot be read ({error})") from None


def _parse(lines, name) -> list[dict]:
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise UsageError(f"{name}:{number}: not a JSON line ({error.msg})") from None
        if not isinstance(row, dict):
            raise UsageError(f"{name}:{number}: not a JSON object")
        out.append(row)
    return out


def read_gold(path_or_file: str | Path | IO) -> list[Gold]:
    out = []
    for row in _lines(path_or_file):
        _require(row, ("doc", "subject", "relation", "object"), path_or_file)
        names = _names_of(row)
        out.append(Gold(
            doc=doc_key(row["doc"]),
            subjects=names("subject"),
            subject_qid=row.get("subject_qid"),
            relations=frozenset([row["relation"], *(row.get("relation_alt") or [])]),
            objects=names("object"),
            object_qid=row.get("object_qid"),
            negated=row.get("modality", row.get("mode")) == "negated",
            high=row.get("confidence", "high") != "medium",
            relation=row["relation"],
            label=f"{row['subject']} -{row['relation']}-> {row['object']}",
            sentence=row.get("sentence", ""),
        ))
    return out


def _require(row: dict, keys: tuple[str, ...], source) -> None:
    missing = [k for k in keys if not isinstance(row.get(k), str)]
    if missing:
        name = getattr(source, "name", source)
        raise UsageError(f"{name}: a line has no {', '.join(missing)}: {json.dumps(row, ensure_ascii=False)[:120]}")


def _names_of(row: dict):
    """The lower-cased name and alt names of the subject or object of a gold line."""
    return lambda key: frozenset(n.lower() for n in [row[key], *(row.get(f"{key}_alt") or [])])


def read_predictions(path_or_file: str | Path | IO) -> list[Pred]:
    unique: dict[tuple, Pred] = {}
    for row in _lines(path_or_file):
        _require(row, ("doc", "subject", "relation", "object"), path_or_file)
        pred = Pred(doc_key(row["doc"]), row["subject"], row.get("subject_qid"), row["relation"], row["object"],
                    row.get("object_qid"), row.get("mode") == "negated", row.get("sentence", ""))
        key = (pred.doc, pred.subject.lower(), pred.relation, pred.object.lower(), pred.negated)
        unique.setdefault(key, pred)
    return list(unique.values())


def _actor_match(name: str, qid: str | None, names: frozenset[str], gold_qid: str | None) -> bool:
    return name.lower() in names or (qid is not None and qid == gold_qid)


def _pair_match(pred: Pred, gold: Gold) -> bool:
    return (pred.doc == gold.doc and pred.negated == gold.negated
            and _actor_match(pred.subject, pred.subject_qid, gold.subjects, gold.subject_qid)
            and _actor_match(pred.object, pred.object_qid, gold.objects, gold.object_qid))


def score(gold: list[Gold], preds: list[Pred], strict: bool) -> tuple[Score, set[int], list[Pred]]:
    by_doc: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(gold):
        by_doc[line.doc].append(index)
    result = Score(gold=sum(1 for g in gold if g.high))
    matched: set[int] = set()
    false_positives = []
    for pred in preds:
        hits = [i for i in by_doc.get(pred.doc, ()) if _pair_match(pred, gold[i])
                and (not strict or pred.relation in gold[i].relations)]
        high_hits = [i for i in hits if gold[i].high]
        matched.update(high_hits)
        if high_hits:
            result.tp += 1
        elif not hits:
            result.fp += 1
            false_positives.append(pred)
    result.matched_gold = len(matched)
    return result, matched, false_positives


def evaluate(gold: list[Gold], preds: list[Pred]) -> EvalResult:
    docs = {g.doc for g in gold}
    preds = [p for p in preds if p.doc in docs]  # score only documents that have gold
    strict, matched, fps = score(gold, preds, strict=True)
    lenient, _, _ = score(gold, preds, strict=False)
    result = EvalResult(strict=strict, lenient=lenient, false_positives=fps)
    result.misses = [g for i, g in enumerate(gold) if g.high and i not in matched]
    for relation in sorted({g.relation for g in gold} | {p.relation for p in preds}):
        gold_r = [g for g in gold if g.relation == relation]
        preds_r = [p for p in preds if p.relation == relation]
        per, _, _ = score(gold, preds_r, strict=True)
        per.gold = sum(1 for g in gold_r if g.high)
        per.matched_gold = len({i for i in matched if gold[i].relation == relation})
        result.per_relation[relation] = per
    return result


def evaluate_files(gold_path: str | Path, pred_path: str | Path) -> EvalResult:
    return evaluate(read_gold(gold_path), read_predictions(pred_path))


def render_report(result: EvalResult, console, details: bool = True) -> None:
    from rich.table import Table

    table = Table(title="kg eval")
    for column in ("scoring", "precision", "recall", "F1", "TP", "FP", "gold matched / high gold"):
        table.add_column(column, justify="right" if column != "scoring" else "left")
    for name, sc in (("strict", result.strict), ("lenient", result.lenient)):
        table.add_row(name, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", str(sc.tp), str(sc.fp),
                      f"{sc.matched_gold}/{sc.gold}")
    console.print(table)
    per = Table(title="per relation (strict)")
    for column in ("relation", "precision", "recall", "F1", "TP", "FP", "matched/high gold"):
        per.add_column(column, justify="right" if column != "relation" else "left")
    for relation, sc in result.per_relation.items():
        per.add_row(relation, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", str(sc.tp), str(sc.fp),
                    f"{sc.matched_gold}/{sc.gold}")
    console.print(per)
    if details:
        console.print(f"[bold]misses ({len(result.misses)})[/bold]")
        for g in result.misses:
            console.print(f"  {g.doc}: {g.label}\n    [dim]{g.sentence}[/dim]", highlight=False, soft_wrap=True)
        console.print(f"[bold]false positives ({len(result.false_positives)})[/bold]")
        for p in result.false_positives:
            neg = " (negated)" if p.negated else ""
            console.print(f"  {p.doc}: {p.subject} -{p.relation}-> {p.object}{neg}\n    [dim]{p.sentence}[/dim]",
                          highlight=False, soft_wrap=True)
