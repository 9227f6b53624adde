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
    for row in map(json.loads, (ROOT / "tests" / "data" / "parser" / "sentences.jsonl").open(encoding="utf-8"))
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
    deps = ["nsubj:pass", "compound", "obl:tmod", "aux:pass", "obl:agent", "compound", "case", "nmod:poss",
            "ROOT", "punct"]
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

    gold = [[Word("Ngoại trưởng", "NOUN", 3, "nsubj"), Word("Nga", "PROPN", 1, "nmod"),
             Word("tuyên bố", "VERB", 0, "root")]]
    # The system split "tuyên bố" into two words: 2 of its 4 words align, both with correct heads.
    system = [[Word("Ngoại trưởng", "NOUN", 3, "nsubj"), Word("Nga", "PROPN", 1, "nmod:poss"),
               Word("tuyên", "VERB", 0, "root"), Word("bố", "NOUN", 3, "obj")]]
    scores = evaluate(gold, system)
    assert scores["words"]["precision"] == pytest.approx(2 / 4)
    assert scores["words"]["recall"] == pytest.approx(2 / 3)
    # "Ngoại trưởng" points at "tuyên" whose span differs from gold "tuyên bố": not attached correctly.
    assert scores["uas"]["recall"] == pytest.approx(1 / 3)
    # "nmod:poss" vs "nmod" counts as correct: LAS compares universal relations.
    assert scores["las"]["recall"] == pytest.approx(1 / 3)
    assert evaluate(gold, gold)["las"]["f1"] == 1.0
