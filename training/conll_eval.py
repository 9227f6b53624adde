"""A CoNLL 2018 shared-task style scorer: UPOS, UAS and LAS aligned on characters.

Follows the logic of conll18_ud_eval.py (Zeman et al. 2018): system and gold words are aligned by their
character spans over the text with whitespace removed, so a word counts only when its span matches exactly;
scores are F1 over gold and system words. LAS compares the universal part of the relation ("obl:with" ->
"obl"), as the shared task did. The treebank has no multi-word tokens, so those are not handled.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    form: str
    upos: str
    head: int  # 1-based index of the head in its sentence, 0 for root
    deprel: str


def read_conllu(path) -> list[list[Word]]:
    """Sentences of a CoNLL-U file as lists of words (comments and multi-word/empty lines skipped)."""
    sentences, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                current = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue
            current.append(Word(cols[1], cols[3], int(cols[6]), cols[7]))
    if current:
        sentences.append(current)
    return sentences


def _spans(sentences: list[list[Word]]) -> list[tuple[tuple[int, int], tuple[int, int] | None, Word]]:
    """(span of word, span of its head or None for root, word) over the whitespace-free, NFC text."""
    out, offset = [], 0
    for sent in sentences:
        spans = []
        for w in sent:
            n = len(_chars(w.form))
            spans.append((offset, offset + n))
            offset += n
        for w, span in zip(sent, spans):
            out.append((span, spans[w.head - 1] if w.head else None, w))
    return out


def _chars(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def _universal(deprel: str) -> str:
    return deprel.split(":")[0]


def _f1(correct: int, gold: int, system: int) -> dict:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(gold: list[list[Word]], system: list[list[Word]]) -> dict:
    """Words/UPOS/UAS/LAS (P, R, F1) of system against gold; the texts must hold the same characters."""
    gold_text = "".join(_chars(w.form) for s in gold for w in s)
    system_text = "".join(_chars(w.form) for s in system for w in s)
    if gold_text != system_text:
        at = next((i for i, (a, b) in enumerate(zip(gold_text, system_text)) if a != b), None)
        raise ValueError(f"gold and system texts differ (first difference at character {at})")
    gold_words = {span: (head, w) for span, head, w in _spans(gold)}
    system_words = _spans(system)
    counts = {"words": 0, "upos": 0, "uas": 0, "las": 0}
    for span, head, w in system_words:
        if span not in gold_words:
            continue
        gold_head, g = gold_words[span]
        counts["words"] += 1
        counts["upos"] += w.upos == g.upos
        if head == gold_head:
            counts["uas"] += 1
            counts["las"] += _universal(w.deprel) == _universal(g.deprel)
    n_gold, n_system = len(gold_words), len(system_words)
    return {name: _f1(c, n_gold, n_system) for name, c in counts.items()}
