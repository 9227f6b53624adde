"""Clean: strip scraped-page furniture from an article, keeping its title and body.

Three kinds of evidence, cheapest first:
- sentence cues inside a paragraph: photo captions ending in a credit "(Ảnh: X)" or "- Ảnh: X", credit lines "Ảnh: X",
  reader prompts ("Mời quý độc giả …"), the end mark "/." and a byline after it;
- jusText's paragraph classifier (length and density of common Vietnamese syllables, revised by context), run
  on plain-text paragraphs without any HTML parsing;
- page structure: once the body has begun, a related-news header or a line repeated verbatim (a headline list)
  ends the article; bylines ("Minh Phương", "Theo AFP", "Ngọc Hà (TTXVN)") are dropped.
Header words, credit labels and prompts are data (kg/data/boilerplate.jsonl); outlets too (kg/data/outlets.jsonl).

The cleaned text is the title, then the kept paragraphs, separated by blank lines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from types import SimpleNamespace

from kg.model import Article

_END_MARK = re.compile(r"(?<=[\w.!?…\"”’)])\s*/\.(?=\s|$)")
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s)")
_OPENERS = "\"“‘'(>[*-–"
_DMY = re.compile(r"(?<![\d/])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\d/])")
_TAG_PAREN = re.compile(r"(?P<pre>)\(\s*(?P<tag>[^()]{2,40}?)\s*\)\s*(?:[-–—:]\s*)?")
_TAG_PLACE = re.compile(r"(?P<pre>[^()\n.!?]{1,40}?)\(\s*(?P<tag>[^()]{2,40}?)\s*\)\s*[-–—:]\s*")
_TAG_LEAD = re.compile(
    r"(?P<pre>)(?P<tag>[\w&+]+(?:\.[\w&+]+)*(?: [\w&+]+(?:\.[\w&+]+)*){0,2})\s*(?:[-–—:]\s*|\.\s+)(?=\S)")
_HEADER_TRIM = " :.-–—»>|"


@lru_cache(maxsize=1)
def _name_token() -> str:
    """A capitalised word: A-Z or a Vietnamese capital (kg/data/grammar.jsonl, class capital_letter)."""
    from kg.grammar import grammar

    return rf"[A-Z{grammar().capital_letters}][\w'’.-]*"


@lru_cache(maxsize=1)
def _credit_word() -> str:
    """The word of a credit line ("Theo AFP"), as written at a line start (kg/data/grammar.jsonl)."""
    from kg.grammar import grammar

    return grammar().byline_credit


@lru_cache(maxsize=1)
def _name() -> re.Pattern:
    """Two to five capitalised words: a byline name ("Minh Phương")."""
    token = _name_token()
    return re.compile(rf"{token}(?:\s+{token}){{1,4}}")


@dataclass
class _Para:
    text: str  # after sentence-level scrubbing
    original: str
    kind: str = "text"  # text, header, drop, byline
    ended: bool = False  # the end mark "/." closed the article here
    cls: str = "bad"  # jusText's class for text paragraphs
    long: bool = False  # jusText's context-free verdict was good: long and dense in common syllables


@dataclass(frozen=True)
class _Patterns:
    headers: frozenset[str]
    caption_lines: frozenset[str]
    prompts: tuple[str, ...]
    credit_paren: re.Pattern
    credit_end: re.Pattern
    credit_only: re.Pattern
    outlets: dict[str, str]  # lower-cased alias -> outlet name
    outlet_search: re.Pattern


def clean_article(article: Article) -> Article:
    """The article with page furniture removed, its title first, and the outlet and dateline date it states."""
    pats = _patterns()
    paras = _scrub([" ".join(line.split()) for line in article.text.split("\n") if line.strip()], pats)
    _classify(paras)
    body = next((i for i, p in enumerate(paras) if p.kind == "text" and p.cls == "good"), None)
    if body is None:  # nothing looked like prose (a short article): keep every plain paragraph
        for p in paras:
            p.cls, p.long = ("good", True) if p.kind == "text" else (p.cls, p.long)
        body = next((i for i, p in enumerate(paras) if p.kind == "text"), len(paras))
    title_at = _find_title(paras, body, article.title)
    kept = _keep(paras, body, title_at)
    dateline = _dateline(paras[kept[0]].text, pats) if kept else None
    texts = [paras[i].text for i in kept]
    if dateline:  # the lead loses its dateline tag ("VOV.VN - ", "(TTXVN) - "): not part of the first sentence
        texts[0] = texts[0][dateline[2]:]
    title = article.title or (paras[title_at].text if title_at is not None else None)
    if title:
        texts = [title] + [t for t in texts if t != title]
    if article.outlet:
        outlet = _outlet_name(article.outlet, pats) or article.outlet
    else:
        outlet = dateline[0] if dateline else _byline_outlet(paras, pats)
    day = article.date or (dateline[1] if dateline else None) or _early_date(paras, body)
    return replace(article, text="\n\n".join(t for t in texts if t), title=title, outlet=outlet, date=day)


# --- sentence-level scrubbing -----------------------------------------------------------------------------

def _scrub(lines: list[str], pats: _Patterns) -> list[_Para]:
    paras: list[_Para] = []
    for line in lines:
        key = line.lower().strip(_HEADER_TRIM)
        if key in pats.headers:
            paras.append(_Para(line, line, kind="header"))
        elif key in pats.caption_lines:
            paras.append(_Para(line, line, kind="drop"))
        elif _is_byline(line, pats):
            paras.append(_Para(line, line, kind="byline"))
        else:
            paras.extend(_scrub_paragraph(line, pats))
    return paras


def _scrub_paragraph(line: str, pats: _Patterns) -> list[_Para]:
    """The paragraph without captions, credits and prompts, cut at the end mark; a byline after it is kept aside."""
    out: list[_Para] = []
    text, ended = line, False
    end = _END_MARK.search(text)
    if end:
        tail = text[end.end():].strip()
        text, ended = text[:end.start()], True
        if tail:
            out.append(_Para(tail, tail, kind="byline"))
    spans = _sentences(text)
    keep = [True] * len(spans)
    for k, (a, b) in enumerate(spans):
        piece = text[a:b]
        if pats.credit_only.fullmatch(piece):
            keep[k] = False
            if k and keep[k - 1] and b - spans[k - 1][0] < 400:  # the caption the credit belongs to
                keep[k - 1] = False
        elif piece.lower().startswith(pats.prompts) or pats.credit_end.search(piece):
            keep[k] = False  # a reader prompt, or a caption ending in its photo credit
    if len(spans) > 1 and keep[-1] and _name().fullmatch(text[spans[-1][0]:spans[-1][1]]):
        keep[-1] = False  # a byline run onto the last line
        out.append(_Para(text[spans[-1][0]:spans[-1][1]], "", kind="byline"))
    kept = text if all(keep) else " ".join(text[a:b] for (a, b), k in zip(spans, keep) if k)
    para = _Para(kept.strip(), line, kind="text" if kept.strip() else "drop", ended=ended)
    return [para] + out


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: after . ! ? … (and closing quotes) before a capital, digit or opening mark."""
    cuts = [0]
    for m in _BOUNDARY.finditer(text):
        rest = text[m.end():].lstrip()
        if rest and (rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENERS):
            cuts.append(m.end())
    cuts.append(len(text))
    spans = []
    for a, b in pairwise(cuts):
        piece = text[a:b]
        start = a + len(piece) - len(piece.lstrip())
        end = b - (len(piece) - len(piece.rstrip()))
        if end > start:
            spans.append((start, end))
    return _split_after_credits(text, spans, _patterns())


def _split_after_credits(text: str, spans: list[tuple[int, int]], pats: _Patterns) -> list[tuple[int, int]]:
    """A credit "(Ảnh: X)" also ends a sentence when text runs on after it (inline captions)."""
    out = []
    for a, b in spans:
        for m in pats.credit_paren.finditer(text, a, b):
            rest = text[m.end():b].lstrip()
            if rest and (rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENERS):
                out.append((a, m.end()))
                a = b - len(rest)
        out.append((a, b))
    return out


def _is_byline(line: str, pats: _Patterns) -> bool:
    """Author and credit lines: "Minh Phương", "Theo AFP, Reuters", "Ngọc Hà (TTXVN)", "Hồng Nhung/VOV", "VOV"."""
    if len(line) > 80 or line[-1] in ".!?;,:":
        return False
    credit = _credit_word()
    if line.startswith(credit + " ") and len(line) <= 60 or _outlet_name(line, pats):
        return True
    name = _name().match(line) or re.match(rf"{_name_token()}(?=\s*[(/])", line)
    if not name:
        return False
    rest = line[name.end():].strip()
    return not rest or re.fullmatch(rf"\((?:{credit}\s+)?[^()]{{1,40}}\)|/\s*\S.{{0,50}}", rest) is not None


# --- paragraph classification ----------------------------------------------------------------------------

def _classify(paras: list[_Para]) -> None:
    """jusText's context-free and context-sensitive passes over the plain-text paragraphs (no HTML)."""
    from justext.core import classify_paragraphs, revise_paragraph_classification

    texts = [p for p in paras if p.kind == "text"]
    items = [_plain_paragraph()(p.text) for p in texts]
    classify_paragraphs(items, _stoplist())
    revise_paragraph_classification(items)
    for p, item in zip(texts, items):
        p.cls = item.class_type
        p.long = item.cf_class == "good"


@lru_cache(maxsize=1)
def _plain_paragraph() -> type:
    """A jusText Paragraph over already-normalised text (its own `text` re-normalises on every access)."""
    from justext.paragraph import Paragraph

    class PlainParagraph(Paragraph):
        def __init__(self, text: str):
            super().__init__(SimpleNamespace(dom="body.p", xpath="/body/p"))
            self.text_nodes.append(text)
            self._plain = text

        @property
        def text(self) -> str:
            return self._plain

    return PlainParagraph


def _find_title(paras: list[_Para], body: int, given: str | None) -> int | None:
    """Index of the title: the given one if present, else the last headline-like line up to the lead."""
    if given:
        wanted = " ".join(given.split())
        return next((i for i, p in enumerate(paras[: body + 1]) if p.text == wanted), None)
    found = [i for i, p in enumerate(paras[: body + 1]) if p.kind == "text" and _headline_like(p.text)]
    return found[-1] if found else None


def _headline_like(text: str) -> bool:
    words = text.split()
    return (3 <= len(words) <= 30 and len(text) <= 200 and (text[0].isupper() or text[0].isdigit()
            or text[0] in "\"“‘'") and text[-1] not in ".,;:")


def _keep(paras: list[_Para], body: int, title_at: int | None) -> list[int]:
    """Indices of the body paragraphs: good ones from the lead to the end of the article.

    After the last long prose paragraph, jusText's context rule lets runs of short lines through (login and
    payment prompts next to a near-good line), so there only sentences that continue the body are kept.
    """
    counts: dict[str, int] = {}
    for p in paras:
        if p.kind == "text":
            counts[p.text] = counts.get(p.text, 0) + 1
    title = paras[title_at].text if title_at is not None else None
    # an article of one sentence a line has no long paragraph: its body runs to the last good one
    last_good = max((i for i, p in enumerate(paras) if p.kind == "text" and p.cls == "good"), default=body)
    last_long = max((i for i, p in enumerate(paras) if p.kind == "text" and p.long), default=last_good)
    kept: list[int] = []
    kept_texts: set[str] = set()
    follows_kept = False
    for i in range(body, len(paras)):
        p = paras[i]
        if p.kind == "text" and p.text in kept_texts:
            continue  # the lead repeated as the body's first sentence: a copy, not a headline list
        repeated = p.kind == "text" and counts[p.text] > 1 and p.text != title
        if i > body and (p.kind == "header" or repeated and _repeated_run(paras, i, counts, title)):
            break  # a related-news block: a header, or a headline list repeating lines
        if i > body and repeated:
            continue  # one line said twice (a photo caption above the body and again below): drop, go on
        if p.kind != "text" or i == title_at:
            follows_kept = i == title_at
        else:
            prose = p.cls == "good" and i <= last_long
            keep = (counts[p.text] == 1 or i == body) and (prose or follows_kept and _sentence_like(p.text))
            follows_kept = keep
            if keep:
                kept.append(i)
                kept_texts.add(p.text)
        if p.ended:
            break
    return kept


def _repeated_run(paras: list[_Para], i: int, counts: dict[str, int], title: str | None) -> bool:
    """The repeated line at i begins a run of repeated lines: a headline list, not a lone caption."""
    following = next((p for p in paras[i + 1:] if p.kind == "text"), None)
    return following is not None and counts[following.text] > 1 and following.text != title


def _sentence_like(text: str) -> bool:
    """A real sentence jusText found too short: it continues a kept paragraph."""
    return len(text.split()) >= 5 and text.rstrip("\"”’)")[-1:] in ".!?…"


# --- outlet and dateline ----------------------------------------------------------------------------------

def _dateline(lead: str, pats: _Patterns) -> tuple[str, str | None, int] | None:
    """(outlet, ISO date, length of the prefix) from a lead opening "(TTXVN) - ", "Hà Nội (TTXVN) -", "VOV.VN - "."""
    for pattern in (_TAG_PAREN, _TAG_PLACE, _TAG_LEAD):
        m = pattern.match(lead)
        if m:
            outlet = next((o for part in re.split(r"[/,]", m.group("tag")) if (o := _outlet_name(part, pats))), None)
            if outlet:
                return outlet, _dmy_date(m.group("pre")) or _dmy_date(lead[m.end():m.end() + 40]), m.end()
    return None


def _early_date(paras: list[_Para], body: int) -> str | None:
    """A date stated dd/mm/yyyy on a short line above the lead, or at the start of the lead."""
    for p in paras[:body]:
        if len(p.original) <= 80 and (found := _dmy_date(p.original)):
            return found
    return _dmy_date(paras[body].text[:60]) if body < len(paras) else None


def _dmy_date(text: str) -> str | None:
    m = _DMY.search(text or "")
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return None


def _byline_outlet(paras: list[_Para], pats: _Patterns) -> str | None:
    for p in paras:
        if p.kind == "byline" and (m := pats.outlet_search.search(p.text)):
            return _outlet_name(m.group(0), pats)
    return None


def _outlet_name(text: str, pats: _Patterns) -> str | None:
    """The outlet an alias names ("VOV.VN" -> "VOV", "NLĐO" -> "Người Lao Động"), or None."""
    return pats.outlets.get(" ".join(text.split()).lower())


# --- data -------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _stoplist() -> frozenset[str]:
    import justext

    return frozenset(w.lower() for w in justext.get_stoplist("Vietnamese"))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    rows = _jsonl("boilerplate.jsonl")
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row["text"])
    labels = "|".join(sorted((re.escape(t) for t in by_kind["credit_label"]), key=len, reverse=True))
    outlets: dict[str, str] = {}
    for row in _jsonl("outlets.jsonl"):
        for alias in row["aliases"]:
            outlets[alias.lower()] = row["name"]
    credit = rf"\(\s*(?i:{labels})(?:\s*[:\-–]\s*[^()]{{1,60}}?)?\s*\.?\s*\)"
    search = "|".join(sorted((re.escape(a) for a in outlets), key=len, reverse=True))
    return _Patterns(
        headers=frozenset(by_kind["related_header"]),
        caption_lines=frozenset(by_kind["caption_line"]),
        prompts=tuple(by_kind["prompt"]),
        credit_paren=re.compile(credit),
        # "(Ảnh: Reuters)" or, as some papers write captions, "… ngày 28-6 - Ảnh: REUTERS"
        credit_end=re.compile(rf"(?:{credit}|\s[-–—]\s*(?i:{labels})\s*:\s*[^()]{{1,60}}?)[\s.]*$"),
        credit_only=re.compile(rf"\(?\s*(?i:{labels})\s*:\s*[^.!?()]{{1,60}}\.?\)?\.?"),
        outlets=outlets,
        outlet_search=re.compile(rf"(?<![\w.])(?:{search})(?![\w])", re.IGNORECASE),
    )


def _jsonl(name: str) -> list[dict]:
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
