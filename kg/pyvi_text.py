"""pyvi's word segmentation and POS tagging of plain text, and sentence splitting, without spaCy: what kg.nlp's
tokenizer runs, importable where spaCy is not needed (kg.clean_ahead segments and tags articles ahead of
extraction in a process of its own, and importing spaCy there would cost it two seconds before its first answer).

`pyvi_tokens` gives the words of a text as kg.nlp.PyviTokenizer makes its tokens of them (Tokens: words, trailing
spaces, tags, sentence starts); kg.nlp builds the Doc from them.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from typing import NamedTuple

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


class Tokens(NamedTuple):
    """A text's tokens as spaCy's Doc takes them (every character of the text is in exactly one token or trailing
    space, so they join back to it)."""

    words: list[str]
    spaces: list[bool]
    tags: list[str]
    sent_starts: list[bool]


def pyvi_tokens(pyvi: FastPyvi, text: str) -> Tokens:
    """pyvi words as tokens, pyvi POS tags and sentence starts, aligned onto the text's own characters."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    starts: list[bool] = []
    cursor = 0
    for start, end in split_sentences(text):
        first = True
        for w_start, w_end, tag in _words(pyvi, text, start, end):
            if w_start > cursor:
                if w_start == cursor + 1 and text[cursor] == " " and words and not spaces[-1]:
                    spaces[-1] = True  # the usual gap: what _add_gap does with one space
                else:
                    _add_gap(text[cursor:w_start], words, spaces, tags, starts)
            words.append(text[w_start:w_end])
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
    return Tokens(words, spaces, tags, starts)


def _words(pyvi: FastPyvi, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Align pyvi's words back onto the original characters: (start, end, tag) of each."""
    pyvi_words, pyvi_tags = pyvi.tag(text[start:end])
    out = []
    pos = start
    for word, tag in zip(pyvi_words, pyvi_tags):
        if "_" in word:
            span = _locate(text, word.split("_"), pos, end)
            if span is None:
                continue
            w_start, w_end = span
        else:  # one syllable: _locate's work, inline
            w_start = text.find(word, pos, end)
            if w_start < 0 or (w_start > pos and text[pos:w_start].strip()):
                continue
            w_end = w_start + len(word)
        if w_start == w_end:  # a literal "_" comes back as the empty syllables of "_"
            continue  # pyvi changed the characters; the gap logic keeps the text intact
        out.append((w_start, w_end, str(tag)))
        pos = w_end
    return out


class FastPyvi:
    """pyvi's `ViPosTagger.postagging(ViTokenizer.tokenize(text))` with pyvi's own CRF models, sylabelizer and
    word-joining rule, but faster features. pyvi's `word2features` recomputes every neighbour's lower()/istitle()/...
    up to five times and was ~30% of pyvi's time. Here the features go to CRFsuite as the attribute names it
    derives from pyvi's dicts ("key:value" for a string, "key" for True or 1.0, nothing for False, which adds
    exactly 0), in the dicts' key order, as the UTF-8 bytes pycrfsuite would encode them to: the same attributes
    with the same weights, so the same scores and tags
    (tests/test_fast_paths.py compares them with pyvi's on real text). Each word's share of them (as itself and as
    each neighbour) depends on the word alone and is built once per distinct word (`_segment_word`, `_pos_word`)."""

    def __init__(self):
        from kg.pyvi_models import Syllabifier, read_pyvi_models

        models = read_pyvi_models()  # pyvi's files, without importing pyvi (kg/pyvi_models.py says why)
        self._sylabelize = Syllabifier()
        self._bi_grams = models.bi_grams
        self._tri_grams = models.tri_grams
        self._models = models  # keeps the model bytes the taggers read alive
        self._segment_crf = models.segmenter  # what sklearn_crfsuite's predict_single calls
        self._pos_crf = models.tagger

    def tag(self, text: str) -> tuple[list[str], list[str]]:
        """(words with "_" between their syllables, POS tags), as pyvi's tokenize + postagging give them."""
        words = self.tokenize(text).split(" ")
        return words, self._pos_crf.tag(self.pos_attributes(words))

    def tokenize(self, text: str) -> str:
        """pyvi's ViTokenizer.tokenize."""
        _, syls = self._sylabelize(text)
        if not syls:
            return text
        labels = self._segment_crf.tag(self.segment_attributes(syls))
        out = [syls[0]]
        punctuation = string.punctuation
        for prev, cur, label in zip(syls, syls[1:], labels[1:]):
            if (label == "I_W" and cur not in punctuation and prev not in punctuation
                    and not cur[0].isdigit() and not prev[0].isdigit()
                    and not (cur[0].istitle() and not prev[0].istitle())):
                out.append("_")
            else:
                out.append(" ")
            out.append(cur)
        return "".join(out)

    def segment_attributes(self, sent: list[str]) -> list[tuple[bytes, ...]]:
        """pyvi's ViTokenizer.sent2features(sent, False), as CRFsuite attributes (see the class)."""
        n = len(sent)
        low = [w.lower() for w in sent]
        # (a + " " + b).lower() == a.lower() + " " + b.lower(): the space ends any case context (final sigma)
        bi = [False] + [f"{low[i - 1]} {low[i]}" in self._bi_grams for i in range(1, n)]
        tri = [False, False] + [f"{low[i - 2]} {low[i - 1]} {low[i]}" in self._tri_grams for i in range(2, n)]
        tri += [False, False]  # "+2:" past the end: no attribute, as no key
        words = [_segment_word(w) for w in sent]
        out = []
        for i in range(n):
            item = words[i][0]
            if i > 0:
                item += words[i - 1][1]
                if bi[i]:
                    item += _BI_BEFORE
                if tri[i]:
                    item += _TRI_BEFORE
            if i < n - 1:
                item += words[i + 1][2]
                if bi[i + 1]:
                    item += _BI_AFTER
                if tri[i + 2]:
                    item += _TRI_AFTER
            out.append(item)
        return out

    def pos_attributes(self, sent: list[str]) -> list[tuple[bytes, ...]]:
        """pyvi's ViPosTagger.sent2features(sent, False), as CRFsuite attributes (see the class)."""
        n = len(sent)
        words = [_pos_word(w) for w in sent]
        out = []
        for i in range(n):
            item = words[i][0]
            if i > 1:
                item += words[i - 1][1] + words[i - 2][2]
            elif i == 1:
                item += words[0][1]
            else:
                item += _BOS
            if i < n - 2:
                item += words[i + 1][3] + words[i + 2][4]
            elif i == n - 2:
                item += words[i + 1][3]
            else:
                item += _EOS
            out.append(item)
        return out


_BI_BEFORE, _TRI_BEFORE = (b"-1:word.bi_gram()",), (b"-2:word.tri_gram()",)
_BI_AFTER, _TRI_AFTER = (b"+1:word.bi_gram()",), (b"+2:word.tri_gram()",)
_BOS, _EOS = (b"BOS",), (b"EOS",)
WORD_CACHE = 1 << 12  # distinct syllables (and words) remembered: news text reuses a few thousand; at most ~4 MiB each


@lru_cache(maxsize=WORD_CACHE)
def _segment_word(word: str) -> tuple[tuple[bytes, ...], ...]:
    """A syllable's segmenter attributes as the syllable itself, as the previous one and as the next one, in
    pyvi's key order (its bi-/tri-gram keys are added around them)."""
    low, up, title = word.lower(), word.isupper(), word.istitle()
    return _utf8(("bias", "word.lower():" + low,
             *_present(("word.isupper()", "word.istitle()", "word.isdigit()"), (up, title, word.isdigit()))),
            ("-1:word.lower():" + low, *_present(("-1:word.istitle()", "-1:word.isupper()"), (title, up))),
            ("+1:word.lower():" + low, *_present(("+1:word.istitle()", "+1:word.isupper()"), (title, up))))


@lru_cache(maxsize=WORD_CACHE)
def _pos_word(word: str) -> tuple[tuple[bytes, ...], ...]:
    """A word's POS attributes as the word itself and as its neighbours at -1, -2, +1 and +2, in pyvi's key
    order."""
    from kg.pyvi_models import FILTERED_TAGS

    low, up, title, digit1, up3 = word.lower(), word.isupper(), word.istitle(), word[:1].isdigit(), word[:3].isupper()
    own = _present(("word.istitle()", "word.isdigit()", "word[:1].isdigit()", "word[:3].isupper()", "word.isfiltered"),
                   (title, word.isdigit(), digit1, up3, word in FILTERED_TAGS))
    return _utf8(("bias", "word.lower():" + low, *own),
            ("-1:word.lower():" + low,
             *_present(("-1:word.istitle()", "-1:word[:1].isdigit()", "-1:word[:3].isupper()"), (title, digit1, up3))),
            ("-2:word.lower():" + low, *_present(("-2:word.istitle()", "-2:word.isupper()"), (title, up))),
            ("+1:word.lower():" + low,
             *_present(("+1:word.istitle()", "+1:word[:1].isdigit()", "+1:word.isupper()"), (title, digit1, up))),
            ("+2:word.lower():" + low, *_present(("+2:word.istitle()", "+2:word.isupper()"), (title, up))))


def _utf8(*groups: tuple[str, ...]) -> tuple[tuple[bytes, ...], ...]:
    """Each attribute as the UTF-8 bytes pycrfsuite would otherwise encode it to on every call (it takes bytes as
    they are): encoded once per word here."""
    return tuple(tuple(attribute.encode("utf-8") for attribute in group) for group in groups)


def _present(names: tuple[str, ...], values: tuple[bool, ...]) -> tuple[str, ...]:
    """The boolean attributes that are True: a False one adds weight × 0 to every score, so it is left out."""
    return tuple(name for name, value in zip(names, values) if value)


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
