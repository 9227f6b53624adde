"""The Vietnamese spaCy pipeline: pyvi word segmentation + POS inside a spaCy tokenizer, with sentences.

pyvi ships its CRF models inside its PyPI package, so nothing is downloaded at run time. Each pyvi word is one
spaCy token whose text keeps the original spacing between syllables ("Ngoại trưởng"); `token.tag_` is pyvi's POS
tag. Sentences are split before segmentation, so `doc.sents` and character offsets follow the cleaned text. The
segmentation itself lives in kg.pyvi_text, which does not import spaCy.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from kg.pyvi_text import FastPyvi, Tokens, pyvi_tokens, split_sentences  # noqa: F401  (split_sentences, FastPyvi: kg.nlp's API)

_TEXT_KEY = "kg.text"


def doc_text(doc: Doc) -> str:
    """doc.text, as the tokenizer kept it: Doc.text joins every token on each call."""
    text = doc.user_data.get(_TEXT_KEY)
    return doc.text if text is None else text


def tokens_doc(vocab, text: str, tokens: Tokens) -> Doc:
    """The Doc of `text` made of its pyvi tokens (kg.pyvi_text.pyvi_tokens), as PyviTokenizer makes it: the same
    Doc whether the tokens were found here or ahead of time in another process (kg.clean_ahead)."""
    doc = Doc(vocab, words=tokens.words, spaces=tokens.spaces, tags=tokens.tags, sent_starts=tokens.sent_starts)
    doc.user_data[_TEXT_KEY] = text  # the tokens are slices of text that join back to it exactly
    return doc


class PyviTokenizer:
    """Text -> Doc with pyvi words as tokens, pyvi POS tags and sentence starts."""

    def __init__(self, vocab):
        self.vocab = vocab
        self._pyvi = FastPyvi()  # heavy: pyvi's models load when the pipeline is built

    def __call__(self, text: str) -> Doc:
        return tokens_doc(self.vocab, text, pyvi_tokens(self._pyvi, text))


@registry.tokenizers("kg.pyvi_tokenizer.v1")
def create_pyvi_tokenizer():
    def make(nlp: Language) -> PyviTokenizer:
        return PyviTokenizer(nlp.vocab)

    return make


def make_nlp() -> Language:
    """A blank Vietnamese pipeline whose tokenizer segments, tags and splits sentences with pyvi."""
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "kg.pyvi_tokenizer.v1"}}})
