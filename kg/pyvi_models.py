"""pyvi's shipped models, read without importing pyvi's modules.

`import pyvi.ViTokenizer` unpickles pyvi's CRF models at import time, and the pickles hold
`sklearn_crfsuite.CRF` objects, so the import pulls in scikit-learn and SciPy: about 2.6 s of every `kg build`'s
start-up went there. What kg runs is only the CRFsuite model inside each pickle (`CRF.tagger_`). So the pickles
are read by a restricted unpickler that knows the three classes they contain as plain state holders, and the
model bytes go straight to `pycrfsuite.Tagger.open_inmemory`. Same model, same tags (tests/test_pyvi_features.py
compares with pyvi itself); no other class can be built from the file.

pyvi's syllabifier and its bi-/tri-gram word list are reproduced here from pyvi 0.1.1 (MIT licence,
github.com/trungtv/pyvi), for the same reason.
"""

from __future__ import annotations

import pickle
import re
import string
import unicodedata
from dataclasses import dataclass
from importlib import resources

SEGMENTER_FILE = "models/pyvi3.pkl"
TAGGER_FILE = "models/pyvipos3.pkl"
WORDS_FILE = "models/words.txt"
# the punctuation pyvi's POS features mark as "filtered": ASCII punctuation, ellipsis, curly quotes
FILTERED_TAGS = frozenset(string.punctuation) | {"\u2026", "\u201d", "\u201c", "\u2019", "..."}


class _State:
    """Stands in for a pickled class: keeps the object's state and nothing else."""

    def __setstate__(self, state):
        self.__dict__.update(state)


class _ModelUnpickler(pickle.Unpickler):
    STATE_CLASSES = frozenset({
        ("sklearn_crfsuite.estimator", "CRF"),
        ("sklearn_crfsuite._fileresource", "FileResource"),
        ("pycrfsuite._logparser", "TrainLogParser"),
    })
    ALLOWED = frozenset({("numpy", "dtype"), ("numpy.core.multiarray", "scalar"), ("_codecs", "encode")})

    def find_class(self, module: str, name: str):
        if (module, name) in self.STATE_CLASSES:
            return _State
        if (module, name) in self.ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"pyvi model: unexpected class {module}.{name}")


@dataclass(frozen=True)
class PyviModels:
    segmenter: object  # pycrfsuite.Tagger: B_W / I_W labels per syllable
    tagger: object  # pycrfsuite.Tagger: POS per word
    bi_grams: frozenset[str]
    tri_grams: frozenset[str]
    model_bytes: tuple[bytes, bytes]  # CRFsuite reads the models in place: they must outlive the taggers


def read_pyvi_models() -> PyviModels:
    """The two CRF taggers and the n-gram word list of the installed pyvi."""
    root = resources.files("pyvi")
    bi, tri = set(), set()
    for token in root.joinpath(WORDS_FILE).read_text(encoding="utf-8").split("\n"):
        parts = token.split(" ")
        if len(parts) == 2:
            bi.add(token)
        elif len(parts) == 3:
            tri.add(token)
    segmenter, segmenter_bytes = _read_tagger(root.joinpath(SEGMENTER_FILE))
    tagger, tagger_bytes = _read_tagger(root.joinpath(TAGGER_FILE))
    return PyviModels(segmenter, tagger, frozenset(bi), frozenset(tri), (segmenter_bytes, tagger_bytes))


def _read_tagger(path) -> tuple[object, bytes]:
    import pycrfsuite

    with path.open("rb") as handle:
        crf = _ModelUnpickler(handle).load()
    data = crf.modelfile.__dict__.get("__FILE_RESOURCE_DATA__")
    if not data:
        raise ValueError(f"{path}: no CRFsuite model inside")
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)  # reads `data` in place, without a copy
    return tagger, data


def _syllable_pattern() -> re.Pattern:
    """pyvi's ViTokenizer.sylabelize pattern: abbreviations, specials, web, e-mail, numbers, other marks, words."""
    abbreviations = [r"[A-Z\u0110]+\.", r"Tp\.", r"Mr\.", r"Mrs\.", r"Ms\.", r"Dr\.", r"ThS\."]
    specials = ["==>", "->", r"\.\.\.", ">>", "\n"]
    web, email = r"\w+://[^\s]+", r"([a-zA-Z0-9_.+-]+@([a-zA-Z0-9-]+\.)+[a-zA-Z0-9-]+)"
    digit, non_word, word = r"\d+([\.,_]\d+)+", r"[^\w\s]", r"\w+"
    return re.compile("(" + "|".join([*abbreviations, *specials, web, email, digit, non_word, word]) + ")",
                      re.UNICODE)


class Syllabifier:
    """pyvi's ViTokenizer.sylabelize: (NFC text, its syllables and marks)."""

    def __init__(self):
        self._pattern = _syllable_pattern()

    def __call__(self, text: str) -> tuple[str, list[str]]:
        text = unicodedata.normalize("NFC", text)
        return text, [match[0] for match in self._pattern.findall(text)]
