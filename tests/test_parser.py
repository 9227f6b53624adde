"""The shipped Vietnamese dependency parser (kg.depparse) and the dependency-based argument finder."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg.depparse import MODEL_DIR, arguments, parse, phrase

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = {
    row["id"]: row["text"]
    for row in map(
        json.loads, (ROOT / "tests" / "data" / "parser" / "sentences.jsonl").open(encoding="utf-8")
    )
}


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import make_nlp

    return make_nlp()


def parsed(nlp, key: str) -> Doc:
    return parse(nlp(SENTENCES[key]))


def token(doc: Doc, text: str, nth: int = 0):
    return [t for t in doc if t.text == text][nth]


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def tree(words, heads, deps, pos=None) -> Doc:
    """A hand-annotated tree (UD_Vietnamese-VTB conventions), to test the argument logic without the model."""
    vocab = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}}).vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos or ["NOUN"] * len(words))


# --- argument logic on gold trees ------------------------------------------------------------------------------


def test_passive_agent_becomes_subject_and_patient_object():
    # "Đoàn xe cứu trợ ... bị máy bay tiêm kích của Mỹ tấn công": VTB puts the patient in nsubj:pass and the
    # agent in obl:agent, with "bị" as aux:pass of the verb.
    words = ["Đoàn xe", "cứu trợ", "sau đó", "bị", "máy bay", "tiêm kích", "của", "Mỹ", "tấn công", "."]
    heads = [8, 0, 8, 8, 8, 4, 7, 4, 8, 8]
    deps = [
        "nsubj:pass",
        "compound",
        "obl:tmod",
        "aux:pass",
        "obl:agent",
        "compound",
        "case",
        "nmod:poss",
        "ROOT",
        "punct",
    ]
    pos = ["NOUN", "VERB", "NOUN", "AUX", "NOUN", "VERB", "ADP", "PROPN", "VERB", "PUNCT"]
    doc = tree(words, heads, deps, pos)
    args = arguments(doc[:], 8)
    assert args.passive
    assert texts(args.subjects) == ["máy bay"]
    assert texts(args.objects) == ["Đoàn xe"]
    assert phrase(args.subjects[0]).text == "máy bay tiêm kích của Mỹ"
    assert args.modality == ()


def test_xcomp_inherits_subject_and_modality_with_coordinated_subjects():
    # "Nga và Iran sẵn sàng phối hợp với Mỹ": phối hợp is xcomp of sẵn sàng; the subject is coordinated.
    words = ["Nga", "và", "Iran", "sẵn sàng", "phối hợp", "với", "Mỹ", "."]
    heads = [3, 2, 0, 3, 3, 6, 4, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "xcomp", "case", "obl:with", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "ADJ", "VERB", "ADP", "PROPN", "PUNCT"]
    args = arguments(tree(words, heads, deps, pos)[:], 4)
    assert texts(args.subjects) == ["Nga", "Iran"]
    assert texts(args.objects) == ["Mỹ"]
    assert args.modality == ("willing",)
    assert not args.passive


def test_object_control_and_negation():
    # "Mỹ không kêu gọi Nga rút quân": the object of kêu gọi performs rút; không negates the call, and so
    # the withdrawal it governs through xcomp is not asserted either.
    words = ["Mỹ", "không", "kêu gọi", "Nga", "rút", "quân"]
    heads = [2, 2, 2, 2, 2, 4]
    deps = ["nsubj", "advmod:neg", "ROOT", "obj", "xcomp", "obj"]
    pos = ["PROPN", "ADV", "VERB", "PROPN", "VERB", "NOUN"]
    doc = tree(words, heads, deps, pos)
    call = arguments(doc[:], 2)
    assert (texts(call.subjects), texts(call.objects), call.modality) == (["Mỹ"], ["Nga"], ("negated",))
    withdraw = arguments(doc[:], 4)
    assert (texts(withdraw.subjects), texts(withdraw.objects)) == (["Nga"], ["quân"])
    assert withdraw.modality == ("negated",)


def test_conditional_clause_marks_trigger():
    # "Nga sẽ hợp tác nếu Mỹ rút quân": the advcl with "nếu" is conditional, the main verb is future.
    words = ["Nga", "sẽ", "hợp tác", "nếu", "Mỹ", "rút", "quân"]
    heads = [2, 2, 2, 5, 5, 2, 5]
    deps = ["nsubj", "advmod", "ROOT", "mark", "nsubj", "advcl", "obj"]
    pos = ["PROPN", "ADV", "VERB", "SCONJ", "PROPN", "VERB", "NOUN"]
    doc = tree(words, heads, deps, pos)
    assert arguments(doc[:], 2).modality == ("future",)
    assert arguments(doc[:], 5).modality == ("conditional",)


def test_trigger_outside_sentence_is_refused():
    doc = tree(["Nga", "hợp tác"], [1, 1], ["nsubj", "ROOT"])
    with pytest.raises(ValueError):
        arguments(doc[0:1], 1)


# --- the CoNLL 2018 style scorer used by training/train.py ---------------------------------------------------


def test_aligned_scorer_counts_only_words_with_matching_spans():
    sys.path.insert(0, str(ROOT / "training"))
    from conll_eval import Word, evaluate

    gold = [
        [
            Word("Ngoại trưởng", "NOUN", 3, "nsubj"),
            Word("Nga", "PROPN", 1, "nmod"),
            Word("tuyên bố", "VERB", 0, "root"),
        ]
    ]
    # The system split "tuyên bố" into two words: 2 of its 4 words align, both with correct heads.
    system = [
        [
            Word("Ngoại trưởng", "NOUN", 3, "nsubj"),
            Word("Nga", "PROPN", 1, "nmod:poss"),
            Word("tuyên", "VERB", 0, "root"),
            Word("bố", "NOUN", 3, "obj"),
        ]
    ]
    scores = evaluate(gold, system)
    assert scores["words"]["precision"] == pytest.approx(2 / 4)
    assert scores["words"]["recall"] == pytest.approx(2 / 3)
    # "Ngoại trưởng" points at "tuyên" whose span differs from gold "tuyên bố": not attached correctly.
    assert scores["uas"]["recall"] == pytest.approx(1 / 3)
    # "nmod:poss" vs "nmod" counts as correct: LAS compares universal relations.
    assert scores["las"]["recall"] == pytest.approx(1 / 3)
    assert evaluate(gold, gold)["las"]["f1"] == 1.0


# --- the shipped model -------------------------------------------------------------------------------------------


def test_shipped_model_is_small_licensed_and_documented():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 30 * 1024 * 1024
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0"
    readme = (MODEL_DIR / "README.md").read_text(encoding="utf-8")
    assert "UD_Vietnamese-VTB" in readme and "CC BY-SA 4.0" in readme
    scores = json.loads((MODEL_DIR / "scores.json").read_text(encoding="utf-8"))
    assert scores["gold_segmentation"]["las"]["f1"] > 0.5


def test_every_seed_sentence_gets_one_tree_inside_its_sentence(nlp):
    from kg.depparse import parse_docs

    docs = [nlp(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    before = [[(s.start, s.end) for s in d.sents] for d in docs]
    parsed = list(parse_docs(docs))
    assert [[(s.start, s.end) for s in d.sents] for d in parsed] == before
    for doc in parsed:
        for sent in doc.sents:
            assert sum(t.head.i == t.i for t in sent) == 1
            assert all(sent.start <= t.head.i < sent.end for t in sent)
        assert doc.has_annotation("DEP") and doc.has_annotation("POS")
    # pyvi's tags are kept: the parser only adds UPOS, heads and relations.
    assert [t.tag_ for t in parsed[0]][:5] == [t.tag_ for t in nlp(docs[0].text)][:5]


def test_component_gives_the_same_tree_as_parse(nlp):
    pipeline = spacy.blank("vi", config=nlp.config)
    pipeline.add_pipe("kg_parser")
    text = SENTENCES["coordination"]
    via_pipe = pipeline(text)
    direct = parse(nlp(text))
    assert [(t.dep_, t.head.i, t.pos_) for t in via_pipe] == [(t.dep_, t.head.i, t.pos_) for t in direct]
    assert [d[0].dep_ for d in pipeline.pipe([text, SENTENCES["passive_agent_2"]])] == ["nsubj", "clf:det"]


# --- real sentences: trees the model gets right, and the arguments read from them -------------------------------


def test_coordinated_subjects_and_xcomp_object(nlp):
    doc = parsed(nlp, "coordination")
    nga, tnk, va = token(doc, "Nga"), token(doc, "Thổ Nhĩ Kỳ"), token(doc, "và")
    assert (tnk.dep_, tnk.head, va.dep_, va.head) == ("conj", nga, "cc", tnk)
    announce, withdraw = token(doc, "tuyên bố"), token(doc, "rút")
    assert (token(doc, "Mỹ").dep_, token(doc, "Mỹ").head) == ("nsubj", announce)
    assert (withdraw.dep_, withdraw.head) == ("xcomp", announce)
    assert texts(arguments(doc[:], withdraw.i).objects) == ["quân", "quốc gia"]


def test_xcomp_modality_under_reported_speech(nlp):
    # "... cho biết, Nga sẵn sàng phối hợp hành động với liên minh do Mỹ dẫn đầu ..."
    doc = parsed(nlp, "xcomp_modality")
    ready, coordinate = token(doc, "sẵn sàng"), token(doc, "phối hợp")
    assert (ready.dep_, ready.head.text) == ("ccomp", "cho")
    assert (coordinate.dep_, coordinate.head) == ("xcomp:adj", ready)
    args = arguments(doc[:], coordinate.i)
    assert texts(args.subjects) == ["Nga"]
    assert texts(args.objects) == ["liên minh"]
    assert args.modality == ("willing",)
    assert not args.passive


def test_reported_speech_speaker_and_subject(nlp):
    # "Ngoại trưởng Nga Sergei Lavrov tuyên bố Moskva sẵn sàng hợp tác với liên minh quân sự Phương Tây ..."
    doc = parsed(nlp, "reported_speech")
    args = arguments(doc[:], token(doc, "hợp tác").i)
    assert texts(args.subjects) == ["Moskva"]
    assert texts(args.objects) == ["liên minh"]
    assert args.modality == ("willing",)
    assert [phrase(t).text for t in args.speakers] == ["Ngoại trưởng Nga Sergei Lavrov"]


def test_passive_bi_with_agent(nlp):
    # "Đoàn xe cứu trợ của chính phủ Syria sau đó bị máy bay tiêm kích của Mỹ tấn công."
    doc = parsed(nlp, "passive_agent_2")
    attack = token(doc, "tấn công")
    assert (token(doc, "bị").dep_, token(doc, "bị").head) == ("aux:pass", attack)
    assert (token(doc, "máy bay").dep_, token(doc, "máy bay").head) == ("obl:agent", attack)
    args = arguments(doc[:], attack.i)
    assert args.passive
    assert [phrase(t).text for t in args.subjects] == ["máy bay tiêm kích của Mỹ"]
