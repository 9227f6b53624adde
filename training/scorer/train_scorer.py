"""Train the event scorer kg ships (kg/models/event_scorer), and measure it by document-level cross-validation.

Usage:
    python training/scorer/train_scorer.py --corpus training/data/events/train --corpus ../shared/dev \
        --corpus seeds:tests/data/seeds_gold.jsonl --select-on training/data/events/heldout \
        --out kg/models/event_scorer

A corpus is a folder with docs/ and gold.jsonl, or DOCS_DIR:GOLD for a folder of articles and its gold file.
Candidates come from kg's own candidate generator (kg.extract.candidates) over kg's own cleaning and NLP, so the
model sees exactly what `kg build` will show it. A candidate is positive when it matches a high-confidence gold
line strictly (names or QIDs, relation or relation_alt, negation agreeing), negative when it matches no gold line
at all, and left out when it matches only medium lines (the guidelines make those optional).

LightGBM runs single-threaded with deterministic=True and fixed seeds, and the model is written as text, so the
same corpora give a byte-identical model. The decision thresholds are the cross-validated ones, or with
`--select-on` the ones with the best strict F1 on a corpus the model never saw (the held-out split). The blind split
is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

PARAMS = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 10,
    "feature_fraction": 0.9, "bagging_fraction": 0.9, "bagging_freq": 1, "lambda_l2": 1.0,
    "num_threads": 1, "deterministic": True, "force_row_wise": True, "seed": 20261202, "verbose": -1,
}
ROUNDS = 300
FOLDS = 5


@dataclass(frozen=True)
class Row:
    doc: str
    features: tuple[float, ...]
    label: int  # 1 event, 0 not
    pred: object  # kg.evaluate.Pred of the candidate
    rules_pick: bool


def corpus_paths(spec: str) -> tuple[Path, Path]:
    if ":" in spec:
        docs, gold = spec.split(":", 1)
        return Path(docs), Path(gold)
    root = Path(spec)
    return root / "docs", root / "gold.jsonl"


def candidate_rows(docs: Path, gold_path: Path, nlp, extractor, vectors=None, admitted=None) -> list[Row]:
    from kg.clean import clean_article
    from kg.evaluate import Pred, read_gold
    from kg.extract.actor_level import country_level_sectors, state_of
    from kg.extract.components import article_candidates
    from kg.ingest import read_articles
    from kg.model import Article

    gold = read_gold(gold_path)
    by_doc: dict[str, list] = {}
    for line in gold:
        by_doc.setdefault(line.doc, []).append(line)
    articles = [clean_article(a) for a in read_articles([docs]) if isinstance(a, Article)]
    rows = []
    sectors = country_level_sectors()
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True):
        key = article.id.split("_")[0] if article.id.split("_")[0] in by_doc else article.id
        actors = doc._.kg_actors.actors
        for _, candidates in article_candidates(doc, extractor, vectors, admitted):
            for cand in candidates:
                e = cand.event
                # labelled as kg build reports the event: a state's bodies as the state (kg.extract.actor_level),
                # unless both sides are bodies of one state
                ids = e.subjects[0], e.objects[0]
                raised = tuple(state_of(a, actors, sectors) for a in ids)
                s, o = (actors.get(a) for a in (ids if raised[0] == raised[1] else raised))
                if s is None or o is None:
                    continue
                pred = Pred(key, s.label, s.qid, e.relation, o.label, o.qid, e.mode == "negated", e.sentence)
                label = _label(pred, by_doc.get(key, []))
                if label is not None:
                    rows.append(Row(key, cand.features, label, pred, cand.rules_pick))
    return rows


def _label(pred, gold_lines) -> int | None:
    from kg.evaluate import _pair_match

    hits = [g for g in gold_lines if _pair_match(pred, g) and pred.relation in g.relations]
    if any(g.high for g in hits):
        return 1
    if hits or any(_pair_match(pred, g) and not g.high for g in gold_lines):
        return None  # only optional (medium) lines, or a medium pair with another relation: no lesson
    return 0


def train_booster(rows: list[Row], rounds: int = ROUNDS):
    import lightgbm
    import numpy

    from kg.extract.candidates import CATEGORICAL, FEATURES, vector_feature_names

    names = list(FEATURES) + list(vector_feature_names(len(rows[0].features) - len(FEATURES)))
    data = lightgbm.Dataset(numpy.asarray([r.features for r in rows], dtype="float64"),
                            label=numpy.asarray([r.label for r in rows]), feature_name=names,
                            categorical_feature=list(CATEGORICAL), free_raw_data=False)
    return lightgbm.train(PARAMS, data, num_boost_round=rounds)


def doc_folds(docs: list[str], folds: int = FOLDS) -> dict[str, int]:
    """Each document's fold, from a hash of its name: stable across runs and machines."""
    return {d: int(hashlib.sha256(d.encode()).hexdigest(), 16) % folds for d in docs}


def cross_validate(rows: list[Row]) -> list[tuple[Row, float]]:
    import numpy

    fold_of = doc_folds(sorted({r.doc for r in rows}))
    scored = []
    for fold in range(FOLDS):
        train = [r for r in rows if fold_of[r.doc] != fold]
        test = [r for r in rows if fold_of[r.doc] == fold]
        booster = train_booster(train)
        probs = booster.predict(numpy.asarray([r.features for r in test], dtype="float64"), num_threads=1)
        scored += list(zip(test, (float(p) for p in probs)))
    return scored


def unique(preds: list) -> list:
    """One prediction per (doc, subject, relation, object, negated), as read_predictions gives kg eval."""
    seen = {}
    for p in preds:
        seen.setdefault((p.doc, p.subject.lower(), p.relation, p.object.lower(), p.negated), p)
    return list(seen.values())


def best_threshold(scored: list[tuple[Row, float]], gold_by_corpus: list) -> tuple[dict, dict]:
    """The two thresholds (for candidates the rules coded, and for the others) with the best cross-validated
    strict F1 over the training corpora, smoothed: each grid point is judged by the mean F1 of it and its
    neighbours, so that a flat optimum wins over a lucky spike (a few events more or less otherwise swung the
    thresholds by 0.2 between retrainings)."""
    from kg.evaluate import evaluate

    grid = [x / 100 for x in range(5, 96, 5)]
    figures = {}
    for a, rules_t in enumerate(grid):
        for b, other_t in enumerate(grid):
            preds = unique([row.pred for row, p in scored if p >= (rules_t if row.rules_pick else other_t)])
            result = evaluate(gold_by_corpus, preds)
            figures[a, b] = {"threshold_rules": rules_t, "threshold_other": other_t,
                             "precision": round(result.strict.precision, 3),
                             "recall": round(result.strict.recall, 3), "f1": round(result.strict.f1, 3)}

    def smoothed(a: int, b: int) -> float:
        near = [figures[x, y]["f1"] for x in (a - 1, a, a + 1) for y in (b - 1, b, b + 1) if (x, y) in figures]
        return sum(near) / len(near)

    a, b = max(figures, key=lambda ab: (round(smoothed(*ab), 4), figures[ab]["f1"], -ab[0], -ab[1]))
    chosen = figures[a, b]
    return {"rules": chosen["threshold_rules"], "other": chosen["threshold_other"]}, chosen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", action="append", required=True)
    ap.add_argument("--out", type=Path, default=Path("kg/models/event_scorer"))
    ap.add_argument("--vectors", action="store_true", help="add the trigger's floret vector to the features")
    ap.add_argument("--select-on", help="a corpus no model is trained on (the held-out split): the thresholds are "
                                        "the ones with the best strict F1 on it, not the cross-validated ones")
    ap.add_argument("--dictionary", choices=("active", "whole"), default="active",
                    help="candidates from the admitted trigger rows only, or from every CAMEO row")
    args = ap.parse_args()
    import numpy

    from kg.evaluate import evaluate, read_gold
    from kg.extract import make_pipeline
    from kg.extract.candidates import FEATURES
    from kg.extract.components import RelationComponent

    nlp = make_pipeline()
    rules_extractor = next(pipe for name, pipe in nlp.pipeline if isinstance(pipe, RelationComponent)).extractor
    extractor = rules_extractor
    if args.dictionary == "whole":
        from kg.extract.relations import RelationExtractor, load_triggers

        extractor = RelationExtractor(load_triggers(include_inactive=True))
    from kg.extract.vectors import read_vectors

    vectors = read_vectors() if args.vectors else None
    rows, gold = [], []
    for spec in args.corpus:
        docs, gold_path = corpus_paths(spec)
        rows += candidate_rows(docs, gold_path, nlp, extractor, vectors, rules_extractor.triggers)
        gold += read_gold(gold_path)
    scored = cross_validate(rows)
    thresholds, figures = best_threshold(scored, gold)
    rules = evaluate(gold, unique([r.pred for r in rows if r.rules_pick]))
    booster = train_booster(rows)
    selected = None
    if args.select_on:
        # thresholds chosen on articles no model was trained on: cross-validation over the training corpora picks
        # thresholds that suit their annotators and their errors, not unseen text
        docs, gold_path = corpus_paths(args.select_on)
        held = candidate_rows(docs, gold_path, nlp, extractor, vectors, rules_extractor.triggers)
        probs = booster.predict(numpy.asarray([r.features for r in held], dtype="float64"), num_threads=1)
        thresholds, selected = best_threshold(list(zip(held, (float(p) for p in probs))), read_gold(gold_path))
        held_rules = evaluate(read_gold(gold_path), unique([r.pred for r in held if r.rules_pick])).strict
        selected["rules_alone"] = {"precision": round(held_rules.precision, 3),
                                   "recall": round(held_rules.recall, 3), "f1": round(held_rules.f1, 3)}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "model.txt").write_text(booster.model_to_string(), encoding="utf-8")
    meta = {
        "thresholds": thresholds,
        "features": list(FEATURES),
        "vectors": args.vectors,
        "dictionary": args.dictionary,
        "params": PARAMS,
        "rounds": ROUNDS,
        "corpora": args.corpus,
        "candidates": len(rows),
        "positives": sum(r.label for r in rows),
        "cross_validated": figures,
        "thresholds_selected_on": args.select_on,
        "selection_corpus": selected,
        "rules_alone_same_candidates": {"precision": round(rules.strict.precision, 3),
                                        "recall": round(rules.strict.recall, 3), "f1": round(rules.strict.f1, 3)},
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
