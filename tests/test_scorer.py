"""The learned event scorer (kg/models/event_scorer): exact decisions on fixed candidates, deterministic."""

from __future__ import annotations

import pytest

from kg.extract import make_pipeline
from kg.extract.components import RelationComponent, article_candidates
from kg.extract.scorer import EventScorer

TEXT = "Nga và Thổ Nhĩ Kỳ nhất trí thúc đẩy hợp tác quân sự. Ngoại trưởng Mỹ chỉ trích Iran vì thử tên lửa."


@pytest.fixture(scope="module")
def candidates():
    nlp = make_pipeline()
    extractor = next(pipe for _, pipe in nlp.pipeline if isinstance(pipe, RelationComponent)).extractor
    return [c for _, found in article_candidates(nlp(TEXT), extractor) for c in found]


def _row(candidate, p):
    e = candidate.event
    return e.subjects[0], e.relation, e.objects[0], candidate.proposer, candidate.rules_pick, round(p, 3)


def test_exact_probabilities_and_decisions(candidates):
    scorer = EventScorer()
    scored = [_row(c, p) for c, p in zip(candidates, scorer.probabilities(candidates))]
    assert scored == [
        ("country:RUS", "agree", "country:TUR", "word_order", True, 0.977),
        ("country:TUR", "agree", "country:RUS", "word_order", True, 0.978),
        ("country:RUS", "cooperate", "country:TUR", "word_order", True, 0.991),
        ("country:TUR", "cooperate", "country:RUS", "word_order", True, 0.991),
        ("country:USA", "accuse", "country:IRN", "word_order", True, 0.966),
        ("country:IRN", "accuse", "country:USA", "window", False, 0.407),  # the reversed pair: rejected
    ]
    kept = [(c.event.subjects[0], c.event.relation, c.event.objects[0]) for c, _ in scorer.decide(candidates)]
    assert ("country:IRN", "accuse", "country:USA") not in kept
    assert ("country:USA", "accuse", "country:IRN") in kept and len(kept) == 5


def test_inference_is_deterministic(candidates):
    first = EventScorer().probabilities(candidates)
    again = EventScorer().probabilities(list(reversed(candidates)))
    assert first == list(reversed(again))


def test_c_api_model_predicts_what_lightgbm_predicts(candidates):
    """kg.extract.scorer.LightGbmModel (lib_lightgbm through ctypes, no lightgbm import) gives the very floats of
    lightgbm.Booster.predict, on real candidates and on odd rows (out of range, missing values)."""
    import numpy

    from kg.extract.scorer import LightGbmModel, default_model_dir, import_lightgbm

    model_str = (default_model_dir() / "model.txt").read_text(encoding="utf-8")
    ours, theirs = LightGbmModel(model_str), import_lightgbm().Booster(model_str=model_str)
    real = numpy.asarray([c.features for c in candidates], dtype="float64")
    rng = numpy.random.default_rng(14)
    for matrix in (real, real[:1], rng.random((200, real.shape[1])) * 50 - 5, numpy.full((2, real.shape[1]), numpy.nan)):
        assert ours.predict(matrix, num_threads=1).tolist() == theirs.predict(matrix, num_threads=1).tolist()
    assert type(EventScorer().booster) is LightGbmModel
