"""The learned event scorer: a LightGBM model, trained by training/scorer/, that reads a candidate's features
and gives the probability that it is a gold event. Inference is on the CPU, single-threaded, deterministic."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from importlib import resources
from itertools import chain
from pathlib import Path

from kg.extract.candidates import FEATURES, Candidate


@dataclass(frozen=True)
class ScorerMeta:
    threshold_rules: float  # for candidates the hand-written rules code
    threshold_other: float  # for the others: window and topic-chain pairs, other frames' readings
    features: tuple[str, ...]
    whole_dictionary: bool  # trained on candidates from every trigger row, admitted or not


def default_model_dir() -> Path:
    return Path(str(resources.files("kg").joinpath("models/event_scorer")))


def import_lightgbm():
    """LightGBM, imported without scikit-learn. LightGBM imports scikit-learn whenever it is installed (pyvi's
    dependencies install it) for an estimator API kg does not use, and that import alone took 2 s of every
    build's start-up. Hiding it for the duration of LightGBM's import turns that API off; a later import of
    scikit-learn by anyone else works as usual."""
    if "lightgbm" in sys.modules or "sklearn" in sys.modules:
        import lightgbm

        return lightgbm
    sys.modules["sklearn"] = None  # makes `import sklearn` raise ImportError inside lightgbm.compat
    try:
        import lightgbm
    finally:
        if sys.modules.get("sklearn", 0) is None:
            del sys.modules["sklearn"]
    return lightgbm


def load_booster(model_str: str):
    """The trained model, read by LightGBM's own library through its C API (LightGbmModel), or, where that library
    cannot be found, by the lightgbm package. Both make the same C calls, so the probabilities are the same."""
    try:
        return LightGbmModel(model_str)
    except (OSError, AttributeError, ImportError):
        return import_lightgbm().Booster(model_str=model_str)


class LightGbmModel:
    """A LightGBM model predicting through lib_lightgbm's C API directly, with the calls lightgbm.Booster makes
    for `Booster(model_str=...)` and `predict(float64 matrix, num_threads=1)`: LGBM_BoosterLoadModelFromString,
    then LGBM_BoosterPredictForMat (row-major float64, normal prediction, every iteration). Importing the lightgbm
    package costs a quarter of a second of every build's start-up (it imports SciPy and narwhals), for an API kg
    uses one call of."""

    _DTYPE_FLOAT64 = 1  # C_API_DTYPE_FLOAT64
    _ROW_MAJOR = 1
    _PREDICT_NORMAL = 0  # C_API_PREDICT_NORMAL

    def __init__(self, model_str: str):
        import ctypes

        self._ctypes = ctypes
        self._lib = _lightgbm_library()
        self._handle = ctypes.c_void_p()
        iterations = ctypes.c_int(0)
        self._check(self._lib.LGBM_BoosterLoadModelFromString(model_str.encode("utf-8"), ctypes.byref(iterations),
                                                               ctypes.byref(self._handle)))

    def predict(self, matrix, num_threads: int = 1):
        import numpy

        ctypes = self._ctypes
        data = numpy.ascontiguousarray(matrix, dtype=numpy.float64)
        rows, columns = data.shape
        out = numpy.empty(rows, dtype=numpy.float64)
        written = ctypes.c_int64(0)
        self._check(self._lib.LGBM_BoosterPredictForMat(
            self._handle, data.ctypes.data_as(ctypes.c_void_p), ctypes.c_int(self._DTYPE_FLOAT64),
            ctypes.c_int32(rows), ctypes.c_int32(columns), ctypes.c_int(self._ROW_MAJOR),
            ctypes.c_int(self._PREDICT_NORMAL), ctypes.c_int(0), ctypes.c_int(-1),
            f"num_threads={num_threads}".encode(), ctypes.byref(written),
            out.ctypes.data_as(ctypes.POINTER(ctypes.c_double))))
        if written.value != rows:
            raise ValueError(f"LightGBM gave {written.value} predictions for {rows} rows")
        return out

    def _check(self, status: int) -> None:
        if status != 0:
            raise RuntimeError(self._lib.LGBM_GetLastError().decode("utf-8", "replace"))

    def __del__(self):
        handle = getattr(self, "_handle", None)
        if handle is not None and handle.value:
            self._lib.LGBM_BoosterFree(handle)
            self._handle = None


def _lightgbm_library():
    """lib_lightgbm from the installed lightgbm package, found as lightgbm.libpath finds it, without importing
    the package."""
    import ctypes
    from importlib.util import find_spec

    spec = find_spec("lightgbm")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("lightgbm is not installed")
    package = Path(next(iter(spec.submodule_search_locations)))
    name = {"win32": "lib_lightgbm.dll", "darwin": "lib_lightgbm.dylib"}.get(sys.platform, "lib_lightgbm.so")
    for folder in (package.parent, package / "bin", package / "lib"):
        if (folder / name).is_file():
            lib = ctypes.cdll.LoadLibrary(str(folder / name))
            lib.LGBM_GetLastError.restype = ctypes.c_char_p
            return lib
    raise OSError(f"no {name} in the lightgbm package at {package}")


class EventScorer:
    """Holds the trained booster (read-only after loading) and the decision threshold."""

    def __init__(self, model_dir: Path | None = None):
        model_dir = model_dir or default_model_dir()
        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        thresholds = meta["thresholds"]
        self.meta = ScorerMeta(float(thresholds["rules"]), float(thresholds["other"]), tuple(meta["features"]),
                               meta.get("dictionary") == "whole")
        if self.meta.features != FEATURES:
            raise ValueError(f"{model_dir}: the model was trained on other features than this kg extracts; "
                             "retrain it with training/scorer/train_scorer.py")
        self.booster = load_booster((model_dir / "model.txt").read_text(encoding="utf-8"))

    def probabilities(self, candidates: list[Candidate]) -> list[float]:
        if not candidates:
            return []
        import numpy

        # one flat float64 buffer filled from the feature tuples: a list of tuples takes numpy a slower path
        width = len(candidates[0].features)
        flat = numpy.fromiter(chain.from_iterable(c.features for c in candidates), dtype=numpy.float64,
                              count=len(candidates) * width)
        return self.booster.predict(flat.reshape(len(candidates), width), num_threads=1).tolist()

    def decide(self, candidates: list[Candidate]) -> list[tuple[Candidate, float]]:
        """Candidates at or above their threshold, one per (sentence, actor, relation, recipient, negated)."""
        best: dict[tuple, tuple[Candidate, float]] = {}
        for cand, p in zip(candidates, self.probabilities(candidates)):
            key = cand.key
            threshold = self.meta.threshold_rules if cand.rules_pick else self.meta.threshold_other
            if p >= threshold and (key not in best or p > best[key][1]):
                best[key] = (cand, p)
        return sorted(best.values(), key=lambda cp: (cp[0].key[0], cp[0].evidence_start, cp[0].key[1],
                                                     cp[0].key[3]))
