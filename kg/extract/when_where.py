"""Event dates ("ngày 29/12", "hôm 18-9", "hôm qua") and places ("tại Moskva") stated in a sentence."""

from __future__ import annotations

import re
from datetime import date, timedelta

_DAY_MONTH = re.compile(r"\b(?:ngày|hôm|sáng|chiều|tối|đêm)\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?")
_RELATIVE = {"hôm qua": -1, "hôm nay": 0, "ngày mai": 1, "hôm kia": -2}
_PLACE = re.compile(r"\b(?:tại|ở)\s+([\w'’\-]+(?:\s+[\w'’\-]+){0,3})")


def event_date(sentence: str, article_date: str | None) -> str | None:
    """ISO date of the event, with the year taken from the article's date when the text omits it."""
    base = _parse_iso(article_date)
    match = _DAY_MONTH.search(sentence)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else (base.year if base else None)
        if year is None:
            return None
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if base and not match.group(3) and found > base + timedelta(days=31):
            found = found.replace(year=year - 1)  # "ngày 29/12" in a January article
        return found.isoformat()
    if base:
        low = sentence.lower()
        for phrase, delta in _RELATIVE.items():
            if phrase in low:
                return (base + timedelta(days=delta)).isoformat()
    return None


def event_place(sentence: str) -> str | None:
    """The capitalised name after the first 'tại'/'ở' ("tại Moskva", "ở Dải Gaza")."""
    for match in _PLACE.finditer(sentence):
        words = []
        for word in match.group(1).split():
            if not word[:1].isupper():
                break
            words.append(word)
        if words:
            return " ".join(words)
    return None


def _parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
