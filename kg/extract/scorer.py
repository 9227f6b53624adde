"""The learned event scorer: a LightGBM model, trained by training/scorer/, that reads a candidate's features
and gives the probability that it is a gold event. Inference is on the CPU, single-threaded, deterministic."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.extract.candidates import FEATURES, Candidate


@dataclass(frozen=True)
class ScorerMeta:
    threshold_rules: float  # for candidates the hand-written rules code
    threshold_other: float  # for the others: window and topic-chain pairs, other frames' readings
    features: tuple[str, ...]
    whole_dictionary: bool  # trained on candidates from every trigger row, admitted or not


def default_model_dir() -> Path:
    return Path(str(resources.files("kg").joinpath("models/event_scorer")))


def import_lightgbm():
    """LightGBM, imported without scikit-learn. LightGBM imports scikit-learn whenever it is installed (pyvi's
    dependencies install it) for an estimator API kg does not use, and that import alone took 2 s of every
    build's start-up. Hiding it for the duration of LightGBM's import turns that API off; a later import of
    scikit-learn by anyone else works as usual."""
    if "lightgbm" in sys.modules or "sklearn" in sys.modules:
        import lightgbm

        return lightgbm
    sys.modules["sklearn"] = None  # makes `import sklearn` raise ImportError inside lightgbm.compat
    try:
        import lightgbm
    finally:
        if sys.modules.get("sklearn", 0) is None:
            del sys.modules["sklearn"]
    return lightgbm


class EventScorer:
    """Holds the trained booster (read-only after loading) and the decision threshold."""

    def __init__(self, model_dir: Path | None = None):
        lightgbm = import_lightgbm()
        model_dir = model_dir or default_model_dir()
        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        thresholds = meta["thresholds"]
        self.meta = ScorerMeta(float(thresholds["rules"]), float(thresholds["other"]), tuple(meta["features"]),
                               meta.get("dictionary") == "whole")
        if self.meta.features != FEATURES:
            raise ValueError(f"{model_dir}: the model was trained on other features than this kg extracts; "
                             "retrain it with training/scorer/train_scorer.py")
        self.booster = lightgbm.Booster(model_str=(model_dir / "model.txt").read_text(encoding="utf-8"))

    def probabilities(self, candidates: list[Candidate]) -> list[float]:
        if not candidates:
            return []
        import numpy

        matrix = numpy.asarray([c.features for c in candidates], dtype="float64")
        return [float(p) for p in self.booster.predict(matrix, num_threads=1)]

    def decide(self, candidates: list[Candidate]) -> list[tuple[Candidate, float]]:
        """Candidates at or above their threshold, one per (sentence, actor, relation, recipient, negated)."""
        best: dict[tuple, tuple[Candidate, float]] = {}
        for cand, p in zip(candidates, self.probabilities(candidates)):
            key = cand.key
            threshold = self.meta.threshold_rules if cand.rules_pick else self.meta.threshold_other
            if p >= threshold and (key not in best or p > best[key][1]):
                best[key] = (cand, p)
        return sorted(best.values(), key=lambda cp: (cp[0].key[0], cp[0].evidence_start, cp[0].key[1],
                                                     cp[0].key[3]))
