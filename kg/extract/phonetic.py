"""Vietnamese phonetic spellings of foreign names ("Ca-ta", "Oa-sinh-tơn", "Rếch Ti-lơ-xơn") matched to English names.

Both spellings are reduced to a phonetic key (tones and vowel marks stripped, ph→f, x→s, đ→d, c/k/q→k, … — the
rules are data: kg/data/phonetic_key.json) and compared by a weighted edit distance in which vowels, liquids and the
final consonants Vietnamese drops ("Ca-ta" for Qatar, "Đô-nan" for Donald) cost little. Matching is conservative:
only capitalised hyphenated spellings are tried, keys shorter than `MIN_KEY` are never matched, and a match must be
close (`MAX_DISTANCE`) and clearly better than the runner-up (`MARGIN`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

MIN_KEY = 4  # shorter keys ("Ba", "Mi-a") match too much
MAX_DISTANCE = 0.26  # weighted distance / longer key length
SHORT_MAX_DISTANCE = 0.25  # for keys of five letters or fewer
MARGIN = 0.06  # the best must beat the next actor by this much
VOWELS = frozenset("aeiou")
SOFT = frozenset("rlsdtpnhgkm")  # consonants Vietnamese spellings often drop or add at syllable ends
LIQUIDS = {frozenset("ln"), frozenset("lr"), frozenset("rn"), frozenset("dt"), frozenset("bp"), frozenset("sj"),
           frozenset("cs"), frozenset("cj"), frozenset("kg"), frozenset("vu"), frozenset("fv"), frozenset("sz"),
           frozenset("mn"), frozenset("Cs"), frozenset("Cj"), frozenset("Ct"), frozenset("Ck")}


def _strip(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _rules(pairs: list[list[str]]) -> list[tuple[re.Pattern, str]]:
    out = []
    for src, dst in pairs:
        pattern = re.escape(src.strip("^$"))
        if src.startswith("^"):
            pattern = "^" + pattern
        if src.endswith("$"):
            pattern += "$"
        out.append((re.compile(pattern), dst))
    return out


class PhoneticKey:
    """The two key functions, from the rules in kg/data/phonetic_key.json."""

    def __init__(self, path: Path):
        spec = json.loads(path.read_text(encoding="utf-8"))
        self.letters = {a: b for a, b in spec["letters"]}
        self.vi_rules = _rules(spec["vi"])
        self.en_rules = _rules(spec["en"])
        self.vi_drop_h = bool(spec.get("vi_drop_h"))
        self.final = [(a, b) for a, b in spec.get("final", ())]

    def _base(self, text: str) -> str:
        text = text.lower()
        for a, b in self.letters.items():
            text = text.replace(a, b)
        return _strip(text)

    def vi(self, text: str) -> str:
        """Key of a Vietnamese phonetic spelling, rewritten syllable by syllable ("Oa-sinh-tơn" -> "wasinton")."""
        out = []
        for syl in re.split(r"[\W_]+", self._base(text)):
            syl = re.sub(r"[^a-zD]", "", syl)
            for pattern, dst in self.vi_rules:
                syl = pattern.sub(dst, syl)
            if self.vi_drop_h:
                syl = syl.replace("h", "")
            out.append(syl)
        return self._finish("".join(out))

    def _finish(self, key: str) -> str:
        for a, b in self.final:
            key = key.replace(a, b)
        return _collapse(key)

    def en(self, text: str) -> str:
        """Key of an English (or other Latin-script) spelling ("Washington" -> "wasinkton")."""
        word = re.sub(r"[^a-zC]", "", self._base(text))
        for pattern, dst in self.en_rules:
            word = pattern.sub(dst, word)
        return self._finish(word)


def _collapse(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


def distance(a: str, b: str) -> float:
    """Weighted edit distance between two keys: vowel for vowel and near consonants are cheap, so are vowels and
    the soft consonants that one spelling adds or drops."""
    prev = [0.0]
    for ch in b:
        prev.append(prev[-1] + _indel(ch))
    for ca in a:
        cur = [prev[0] + _indel(ca)]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + _indel(ca), cur[j - 1] + _indel(cb), prev[j - 1] + _sub(ca, cb)))
        prev = cur
    return prev[-1]


def _indel(c: str) -> float:
    return 0.5 if c in VOWELS else 0.6 if c in SOFT else 1.0


def _sub(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in VOWELS and b in VOWELS:
        return 0.4
    if frozenset((a, b)) in LIQUIDS:
        return 0.5
    return 1.0


class PhoneticIndex:
    """English names (of countries, capitals, people …) by key; `best(spelling)` -> (target, score) or None."""

    def __init__(self, key: PhoneticKey, names: dict[str, str]):
        """`names`: English name -> target (an actor id)."""
        self.key = key
        self.by_key: dict[str, set[str]] = {}
        for name, target in names.items():
            k = key.en(name)
            if len(k) >= MIN_KEY:
                self.by_key.setdefault(k, set()).add(target)
        # candidates by first letter of the key, the distance is only computed for keys of similar length
        self.by_first: dict[str, list[str]] = {}
        for k in self.by_key:
            self.by_first.setdefault(k[0], []).append(k)
        self.best = lru_cache(maxsize=4096)(self._best)

    def _best(self, spelling: str) -> tuple[str, float] | None:
        k = self.key.vi(spelling)
        if len(k) < MIN_KEY:
            return None
        exact = self.by_key.get(k)
        if exact is not None:
            return (next(iter(exact)), 0.0) if len(exact) == 1 else None
        scored: dict[str, float] = {}
        for first in _first_letters(k[0]):
            for cand in self.by_first.get(first, ()):
                if abs(len(cand) - len(k)) > max(3, len(k) // 2):
                    continue
                d = distance(k, cand) / max(len(k), len(cand))
                if d <= MAX_DISTANCE + MARGIN:
                    for target in self.by_key[cand]:
                        if d < scored.get(target, 9.0):
                            scored[target] = d
        if not scored:
            return None
        ranked = sorted(scored.items(), key=lambda kv: (kv[1], kv[0]))
        target, d = ranked[0]
        if d > (MAX_DISTANCE if len(k) > 5 else SHORT_MAX_DISTANCE) or (len(ranked) > 1 and ranked[1][1] - d < MARGIN):
            return None
        return target, d


_NEAR_FIRST = {"k": "kg", "g": "gk", "s": "sjCk", "C": "Csjtk", "j": "jsg", "c": "csj", "d": "dt", "t": "td", "b": "bp", "p": "pb",
               "f": "fv", "v": "vfu", "u": "uvo", "w": "wuo", "o": "ouw", "l": "lrn", "r": "rl", "n": "nl"}


def _first_letters(first: str) -> str:
    return _NEAR_FIRST.get(first, first)
