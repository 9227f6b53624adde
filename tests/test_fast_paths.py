"""The speed-ups of the extraction path compute exactly what the slower code they replace computed.

kg.nlp.FastPyvi gives pyvi's CRF features as the attributes CRFsuite reads from them (same names, order and
weights) and so its words and tags,
compared with pyvi's own `word2features` on every sentence of seeds/ and, when present, ../shared/dev/docs; the
components read sentence spans, token boundaries and the text from the Doc's arrays as Doc.sents and Doc.text
give them; mention slots are found by bisection as the all-pairs scan found them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "dev" / "docs"]


def _sentences() -> list[str]:
    from kg.nlp import split_sentences

    out = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")) if folder.exists() else ():
            text = path.read_text(encoding="utf-8")
            out += [text[s:e] for s, e in split_sentences(text)]
    return out


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    found = _sentences()
    assert len(found) > 100  # seeds alone have 159
    return found


@pytest.fixture(scope="module")
def fast():
    from kg.nlp import FastPyvi

    return FastPyvi()


def _attributes(features: list[dict]) -> list[list[bytes]]:
    """pyvi's feature dicts as CRFsuite reads them (pycrfsuite's item conversion): "key:value" for a string
    value, the key alone for a weight of exactly 1 (True, 1.0), nothing for False (a weight of 0 adds 0), in key
    order, UTF-8 encoded as pycrfsuite encodes them. Any other value would need a weight FastPyvi's attribute
    names cannot carry: the test fails on it."""
    out = []
    for f in features:
        item = []
        for key, value in f.items():
            if isinstance(value, str):
                item.append(f"{key}:{value}".encode())
            elif value is True or (type(value) is float and value == 1.0):
                item.append(key.encode())
            else:
                assert value is False, (key, value)
        out.append(item)
    return out


def test_segmenter_features_match_pyvi(sentences, fast):
    from pyvi.ViTokenizer import ViTokenizer

    for sentence in sentences:
        _, syls = ViTokenizer.sylabelize(sentence)
        assert list(map(list, fast.segment_attributes(syls))) == _attributes(ViTokenizer.sent2features(syls, False)), sentence


def test_pos_features_match_pyvi(sentences, fast):
    from pyvi.ViPosTagger import ViPosTagger
    from pyvi.ViTokenizer import ViTokenizer

    for sentence in sentences:
        words = ViTokenizer.tokenize(sentence).split(" ")
        assert list(map(list, fast.pos_attributes(words))) == _attributes(ViPosTagger.sent2features(words, False)), sentence


def test_words_and_tags_match_pyvi(sentences, fast):
    from pyvi import ViPosTagger, ViTokenizer

    for sentence in sentences:
        words, tags = ViPosTagger.postagging(ViTokenizer.tokenize(sentence))
        assert fast.tag(sentence) == (list(words), [str(t) for t in tags]), sentence


def test_edge_cases_match_pyvi(fast):
    """One syllable, two, nothing to segment, digits, abbreviations and a literal underscore."""
    from pyvi import ViPosTagger, ViTokenizer

    for text in ["Mỹ", "Hà Nội", "", "   ", "Ngày 29/12/2019, TP. HCM và U.S.A", "a_b c", "ΟΔΟΣ Σ x", "!!"]:
        words, tags = ViPosTagger.postagging(ViTokenizer.tokenize(text))
        assert fast.tag(text) == (list(words), [str(t) for t in tags]), text


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = [p.read_text(encoding="utf-8") for folder in SOURCES if folder.exists() for p in sorted(folder.glob("*.txt"))]
    return found + ["  \n Mỹ.  ", "a", " x _ y ", "Nga và Mỹ.\n\n  Hai bên hội đàm."]


def test_doc_layout_matches_spacy(texts):
    from kg.extract.components import _token_layout
    from kg.nlp import doc_text, make_nlp

    nlp = make_nlp()
    for text in texts:
        doc = nlp(text)
        assert doc_text(doc) == doc.text == text
        starts, ends, spans = _token_layout(doc)
        assert spans == [(s.start_char, s.end_char) for s in doc.sents]
        assert starts == {t.idx for t in doc}
        assert ends == {t.idx + len(t.text) for t in doc}


def test_mention_slots_match_scan(seed_results):
    from kg.extract.actors import Syl
    from kg.extract.lexicon import syllable_spans
    from kg.extract.relations import _mention_slots

    checked = 0
    for result in seed_results:
        for event in result.events:
            start, end = event.sentence_start, event.sentence_start + len(event.sentence)
            mentions = [m for m in result.mentions if start <= m.start and m.end <= end]
            syls = [Syl(w, a, b) for w, a, b in syllable_spans(event.sentence)]
            shifted = [replace(m, start=m.start - start, end=m.end - start) for m in mentions]
            scan = [[m for m in shifted if s.start >= m.start and s.end <= m.end] for s in syls]
            assert _mention_slots(syls, shifted) == scan
            checked += sum(1 for slot in scan if slot)
    assert checked > 100


def test_pipeline_reads_pyvi_models_without_scikit_learn():
    """pyvi's pickles and LightGBM would import scikit-learn (seconds of start-up): kg reads the CRF models inside
    the pickles and imports LightGBM without it."""
    import subprocess
    import sys

    code = ("import sys; from kg.extract import make_pipeline; nlp = make_pipeline(); "
            "doc = nlp('Nga và Thổ Nhĩ Kỳ nhất trí thúc đẩy hợp tác quân sự.'); "
            "print(len(doc._.kg_events), 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["2", "False"]


def test_model_unpickler_builds_no_other_class():
    import io
    import pickle

    from kg.pyvi_models import _ModelUnpickler

    payload = pickle.dumps(io.StringIO("x"))
    with pytest.raises(pickle.UnpicklingError, match="unexpected class"):
        _ModelUnpickler(io.BytesIO(payload)).load()


def test_every_grammar_class_keeps_the_index_of_its_phrases():
    """kg.grammar.Phrases: each class's index by first and by last syllable holds every phrase once, in file order,
    and the matchers find a phrase through it as a scan of the whole class would."""
    from kg.extract.actors import Syl
    from kg.extract.relations import _phrase_before, _phrase_starting
    from kg.grammar import Phrases, grammar

    g = grammar()
    classes = [p for p in g.phrases_by_class.values()] + [g.place_nouns, g.cause_declarers, g.plan_nouns]
    assert all(type(phrases) is Phrases for phrases in classes)
    for phrases in classes:
        for index, at in ((phrases.by_first, 0), (phrases.by_last, -1)):
            assert sorted(p for group in index.values() for p in group) == sorted(phrases)
            assert all(list(group) == [p for p in phrases if p[at] == word] for word, group in index.items())
    speech = g.speech_verbs
    for phrase in speech:
        syls = [Syl(w, 3 * i, 3 * i + len(w)) for i, w in enumerate(("Nga", *phrase, "rằng"))]
        first = next(p for p in speech if p[0] == phrase[0] and tuple(s.low for s in syls[1:1 + len(p)]) == p)
        assert _phrase_starting(syls, 1, speech) == first
        assert _phrase_before(syls, 1 + len(phrase), tuple(speech)) in speech  # a plain tuple: grouped once


def test_extraction_collects_garbage_less_often_and_restores_the_setting():
    import gc

    from kg.chunks import COLLECT_EVERY, fewer_collections

    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (COLLECT_EVERY, *before[1:])
    assert gc.get_threshold() == before
