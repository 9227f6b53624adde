"""Vietnamese tone-mark placement: the press writes an open syllable ending in "oa", "oe" or "uy" two ways.

The old placement puts the tone mark on the second vowel ("hoà", "thoả thuận", "uỷ ban"), the new one on the
first ("hòa", "thỏa thuận", "ủy ban"). Both are correct and both are common: the vietnews corpus uses the old one
throughout, most 2020s pages the new one. Every key the extractor matches (syllables, triggers, names, cues) is
compared in the new placement, so one row of data serves both spellings.

Only the placement moves: letters and tones stay. "qu" is a consonant ("quý" is the same in both), and a syllable
with a final consonant ("hoàng", "thuyết") has one placement only. This is orthography, not vocabulary, so it is
written here as a mechanism over Unicode's combining tone marks rather than as a list of words.
"""

from __future__ import annotations

import unicodedata

TONE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323")  # grave, acute, hook above, tilde, dot below
RIMES = frozenset({("o", "a"), ("o", "e"), ("u", "y")})  # open rimes whose placement varies, in plain letters
OLD_STYLE_LAST = frozenset(
    unicodedata.normalize("NFC", vowel + mark) for vowel in "aeyAEY" for mark in TONE_MARKS)  # "à", "ý", …
NEW_STYLE_FIRST = frozenset(unicodedata.normalize("NFC", vowel + mark) for vowel in "ouOU" for mark in TONE_MARKS)


def new_style(text: str) -> str:
    """`text` with every old-style placement moved to the new one ("thoả thuận" -> "thỏa thuận")."""
    if not any(ch in OLD_STYLE_LAST for ch in text):
        return text  # the usual case: no syllable can need a move
    return " ".join(_move(word, to_first=True) for word in text.split(" "))


def new_style_syllable(syllable: str) -> str:
    """`new_style` of one syllable, fast: an old-style tone sits on its last letter, which most syllables lack."""
    return _move(syllable, to_first=True) if syllable[-1:] in OLD_STYLE_LAST else syllable


def old_style(text: str) -> str:
    """`text` with every new-style placement moved to the old one ("hòa" -> "hoà")."""
    if not any(ch in NEW_STYLE_FIRST for ch in text):
        return text
    return " ".join(_move(word, to_first=False) for word in text.split(" "))


def tone_variants(text: str) -> tuple[str, ...]:
    """`text` as written, then in the other placements it can take (no repeats)."""
    return tuple(dict.fromkeys((text, new_style(text), old_style(text))))


def _move(word: str, to_first: bool) -> str:
    """Move the tone of a word-final "oa"/"oe"/"uy" rime: onto its first vowel, or back onto its second."""
    letters = unicodedata.normalize("NFD", word)
    base = [ch for ch in letters if not unicodedata.combining(ch)]
    if len(base) < 2 or (base[-2].lower(), base[-1].lower()) not in RIMES:
        return word
    if base[-2].lower() == "u" and len(base) >= 3 and base[-3].lower() == "q":
        return word  # "quý": q + u is a consonant
    marks_first, marks_last = _marks_after(letters, base)
    tone = [m for m in (marks_last if to_first else marks_first) if m in TONE_MARKS]
    if not tone or any(m not in TONE_MARKS for m in marks_first):
        return word  # nothing to move, or the first vowel is not plain ("ơ", "ô")
    if to_first:
        marks_first, marks_last = marks_first + tone, [m for m in marks_last if m not in TONE_MARKS]
    else:
        marks_first, marks_last = [m for m in marks_first if m not in TONE_MARKS], marks_last + tone
    stem = _stem(letters, len(base) - 2)
    return unicodedata.normalize("NFC", stem + base[-2] + "".join(marks_first) + base[-1] + "".join(marks_last))


def _marks_after(letters: str, base: list[str]) -> tuple[list[str], list[str]]:
    """The combining marks on the word's last two base letters."""
    groups: list[list[str]] = []
    for ch in letters:
        if unicodedata.combining(ch):
            if groups:
                groups[-1].append(ch)
        else:
            groups.append([])
    return groups[-2], groups[-1]


def _stem(letters: str, keep: int) -> str:
    """The decomposed letters of the first `keep` base letters, with their marks."""
    out, seen = [], 0
    for ch in letters:
        if not unicodedata.combining(ch):
            if seen == keep:
                break
            seen += 1
        out.append(ch)
    return "".join(out)
