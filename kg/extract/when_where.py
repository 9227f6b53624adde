"""Event dates ("ngày 29/12", "hôm 18-9", "hôm qua") and places ("tại Moskva") stated in a sentence.

The words (day words, relative days, place prepositions) are rows of kg/data/grammar.jsonl read by "dates".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from kg.grammar import grammar


@cache
def _day_month() -> re.Pattern:
    words = "|".join(grammar().day_words)
    return re.compile(rf"\b(?:{words})\s+(\d{{1,2}})\s*[/-]\s*(\d{{1,2}})(?:\s*[/-]\s*(\d{{4}}))?")


@cache
def _place() -> re.Pattern:
    preps = "|".join(grammar().event_place_preps)
    return re.compile(rf"\b(?:{preps})\s+([\w'’\-]+(?:\s+[\w'’\-]+){{0,3}})")


def event_date(sentence: str, article_date: str | None) -> str | None:
    """ISO date of the event, with the year taken from the article's date when the text omits it."""
    base = _parse_iso(article_date)
    match = _day_month().search(sentence)
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
        for phrase, delta in grammar().relative_days:
            if phrase in low:
                return (base + timedelta(days=delta)).isoformat()
    return None


def event_place(sentence: str) -> str | None:
    """The capitalised name after the first 'tại'/'ở' ("tại Moskva", "ở Dải Gaza")."""
    for match in _place().finditer(sentence):
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
