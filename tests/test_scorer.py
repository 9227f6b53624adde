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
        ("country:RUS", "agree", "country:TUR", "word_order", True, 0.98),
        ("country:TUR", "agree", "country:RUS", "word_order", True, 0.977),
        ("country:RUS", "cooperate", "country:TUR", "word_order", True, 0.989),
        ("country:TUR", "cooperate", "country:RUS", "word_order", True, 0.99),
        ("country:USA", "accuse", "country:IRN", "word_order", True, 0.956),
        ("country:IRN", "accuse", "country:USA", "window", False, 0.365),  # the reversed pair: rejected
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


def test_every_frame_the_rules_name_has_a_proposer_index():
    """The scorer reads a candidate's frame by its index in PROPOSERS: a frame table whose name is missing there
    crashes `--extractor scored` on the first sentence that frame codes (a body joined, "gia nhập NATO", once did)."""
    from kg.extract import relations
    from kg.extract.candidates import PROPOSERS

    tables = [value for name, value in vars(relations).items() if name.endswith("FRAMES") and isinstance(value, tuple)]
    names = {frame for table in tables for frame, _ in table}
    assert len(tables) >= 10 and names <= set(PROPOSERS), names - set(PROPOSERS)


def test_scored_extractor_codes_a_body_joined():
    from kg.clean import clean_article
    from kg.extract.article import extract_articles
    from kg.model import Article

    article = clean_article(Article(id="t", text="Phần Lan chính thức gia nhập NATO vào tháng 4/2023.", source="t.txt"))
    (result,) = extract_articles(make_pipeline(extractor="scored"), [article])
    labels = {a.id: a.label for a in result.actors}
    assert [(labels[s], e.relation, labels[o]) for e in result.events for s, o in e.pairs()] == [
        ("Finland", "agree", "NATO")]
