"""The Vietnamese spaCy pipeline: pyvi word segmentation + POS inside a spaCy tokenizer, with sentences.

pyvi ships its CRF models inside its PyPI package, so nothing is downloaded at run time. Each pyvi word is one
spaCy token whose text keeps the original spacing between syllables ("Ngoại trưởng"); `token.tag_` is pyvi's POS
tag. Sentences are split before segmentation, so `doc.sents` and character offsets follow the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

# A sentence ends at . ! ? … (with any closing quotes/brackets) before whitespace and then a capital letter or a
# digit, possibly behind an opening quote or bracket; the dev corpus's gold sentences follow the same rule.
_SENTENCE_END = re.compile(r"""[.!?…]+["”’)\]]*(?=\s)""")
_OPENERS = "\"“‘([*-–"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences: paragraphs split on newlines, then on sentence-final punctuation."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for match in _SENTENCE_END.finditer(text, para.start(), para.end()):
            if _starts_sentence(text, match.end(), para.end()):
                _append_span(spans, text, start, match.end())
                start = match.end()
        _append_span(spans, text, start, para.end())
    return spans


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    while pos < end and (text[pos].isspace() or text[pos] in _OPENERS):
        pos += 1
    return pos < end and (text[pos].isupper() or text[pos].isdigit())


def _append_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    spans.append((start + lead, start + lead + len(stripped)))


class PyviTokenizer:
    """Text -> Doc with pyvi words as tokens, pyvi POS tags and sentence starts."""

    def __init__(self, vocab):
        self.vocab = vocab
        from pyvi import ViPosTagger, ViTokenizer  # heavy: loaded when the pipeline is built

        self._tokenize = ViTokenizer.tokenize
        self._postag = ViPosTagger.postagging

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        starts: list[bool] = []
        cursor = 0
        for start, end in split_sentences(text):
            first = True
            for word, tag, w_start, w_end in self._words(text, start, end):
                if w_start > cursor:
                    _add_gap(text[cursor:w_start], words, spaces, tags, starts)
                words.append(word)
                spaces.append(False)
                tags.append(tag)
                starts.append(first)
                first = False
                cursor = w_end
            if cursor < end:  # the sentence's tail pyvi dropped or rewrote: kept as a gap, never lost
                _add_gap(text[cursor:end], words, spaces, tags, starts)
                cursor = end
        if cursor < len(text):
            _add_gap(text[cursor:], words, spaces, tags, starts)
        doc = Doc(self.vocab, words=words, spaces=spaces, tags=tags, sent_starts=starts)
        return doc

    def _words(self, text: str, start: int, end: int) -> Iterator[tuple[str, str, int, int]]:
        """Align pyvi's words back onto the original characters."""
        sentence = text[start:end]
        segmented = self._tokenize(sentence)
        pyvi_words, pyvi_tags = self._postag(segmented)
        pos = start
        for word, tag in zip(pyvi_words, pyvi_tags):
            span = _locate(text, word.split("_"), pos, end)
            if span is None or span[0] == span[1]:  # a literal "_" comes back as the empty syllables of "_"
                continue  # pyvi changed the characters; the gap logic keeps the text intact
            yield text[span[0] : span[1]], str(tag), span[0], span[1]
            pos = span[1]


def _locate(text: str, syllables: list[str], pos: int, end: int) -> tuple[int, int] | None:
    first = text.find(syllables[0], pos, end)
    if first < 0 or text[pos:first].strip():
        return None
    cur = first + len(syllables[0])
    for syllable in syllables[1:]:
        nxt = text.find(syllable, cur, end)
        if nxt < 0 or text[cur:nxt].strip():
            return None
        cur = nxt + len(syllable)
    return first, cur


def _add_gap(gap: str, words, spaces, tags, starts) -> None:
    """Attach inter-token text: one space becomes the previous token's trailing space, the rest a token."""
    if not gap:
        return
    if words and not spaces[-1] and gap[0] == " ":
        spaces[-1] = True
        gap = gap[1:]
        if not gap:
            return
    if gap.strip():
        # text pyvi dropped or rewrote: keep it as an untagged token so offsets stay exact
        words.append(gap.strip())
        lead = len(gap) - len(gap.lstrip())
        if lead:
            words.insert(len(words) - 1, gap[:lead])
            spaces.append(False)
            tags.append("_SP")
            starts.append(False)
        spaces.append(False)
        tags.append("X")
        starts.append(False)
        trail = gap[len(gap.rstrip()) :]
        if trail:
            words.append(trail)
            spaces.append(False)
            tags.append("_SP")
            starts.append(False)
        return
    words.append(gap)
    spaces.append(False)
    tags.append("_SP")
    starts.append(False)


@registry.tokenizers("kg.pyvi_tokenizer.v1")
def create_pyvi_tokenizer():
    def make(nlp: Language) -> PyviTokenizer:
        return PyviTokenizer(nlp.vocab)

    return make


def make_nlp() -> Language:
    """A blank Vietnamese pipeline whose tokenizer segments, tags and splits sentences with pyvi."""
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "kg.pyvi_tokenizer.v1"}}})
