"""Regenerate kg/data/countries.jsonl from CLDR (via babel), pycountry and kg/data/sources/country_extras.jsonl.

    python scripts/build_countries.py            # rewrite kg/data/countries.jsonl
    python scripts/build_countries.py --check    # exit 1 if the file on disk differs from what would be written

CLDR gives the Vietnamese and English territory names, pycountry the ISO 3166 codes; the hand-kept extras file
gives what neither has: Wikidata QIDs and labels, demonyms, the aliases Vietnamese news uses, and which short
names are also common Vietnamese words. See kg/data/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import babel
import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
EXTRAS = DATA / "sources" / "country_extras.jsonl"
OUT = DATA / "countries.jsonl"

PAREN = re.compile(r"^(?P<main>.+?)\s*\((?P<inner>[^)]+)\)$")


def read_extras(path: Path = EXTRAS) -> dict[str, dict]:
    """ISO alpha-3 -> extras row."""
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["iso"]: row for row in rows}


def split_names(name: str | None) -> list[str]:
    """CLDR writes "Myanmar (Burma)": both halves are names. Inverted ISO forms ("Korea, Republic of"),
    CLDR's disambiguators ("Congo - Kinshasa"), "&" abbreviations and ISO's "the State of ..." never occur
    as such in running text: drop them."""
    if not name:
        return []
    match = PAREN.match(name)
    parts = [match["main"], match["inner"]] if match else [name]
    parts = [p.strip() for p in parts if ", " not in p and " - " not in p and "&" not in p]
    return [p for p in parts if not p.startswith("the ")]  # ISO "the State of Eritrea"


def unique(names: list[str], exclude: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if name and name not in out and name not in exclude:
            out.append(name)
    return out


def territories() -> list[tuple[str, str]]:
    """(alpha-2, alpha-3) for every CLDR territory that pycountry knows, plus extras rows that carry an alpha-2."""
    english = Locale("en").territories
    pairs = []
    for code in english:
        if len(code) == 2 and code.isalpha():
            country = pycountry.countries.get(alpha_2=code)
            if country is not None:
                pairs.append((code, country.alpha_3))
    return pairs


def entry(alpha2: str, alpha3: str, extra: dict | None) -> dict:
    en, vi = Locale("en").territories, Locale("vi").territories
    country = pycountry.countries.get(alpha_3=alpha3)
    extra = extra or {}
    exclude = extra.get("exclude", [])
    cldr_en = split_names(en.get(alpha2))
    cldr_vi = split_names(vi.get(alpha2))
    iso_names = []
    if country is not None:
        for attr in ("name", "official_name", "common_name"):
            iso_names += split_names(getattr(country, attr, None))
    label = extra.get("label") or (cldr_en or iso_names)[0]
    label_vi = extra.get("label_vi") or (cldr_vi or [label])[0]
    names_en = unique([label, *sorted(set(cldr_en + iso_names + extra.get("names_en", [])))], exclude)
    names_vi = unique([label_vi, *sorted(set(cldr_vi + extra.get("names_vi", [])))], exclude)
    return {
        "id": f"country:{alpha3}",
        "type": "country",
        "label": label,
        "label_vi": label_vi,
        "qid": extra.get("qid"),
        "iso": alpha3,
        "iso2": alpha2,
        "demonym": extra.get("demonym") or label,
        "short": extra.get("short") or label,
        "un_member": bool(extra.get("un_member", False)),
        "names_vi": names_vi,
        "names_en": names_en,
        "ambiguous_vi": sorted(extra.get("ambiguous_vi", [])),
        "source": (
            f"CLDR (babel {babel.__version__}) vi/en names; pycountry {pycountry_version()} ISO 3166; "
            "QID, label, demonym, aliases: kg/data/sources/country_extras.jsonl (general knowledge, no network)"
        ),
    }


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def check_names(rows: list[dict]) -> list[str]:
    """Names claimed by two countries make the matcher guess: report them so the extras can exclude one."""
    owner: dict[str, str] = {}
    problems = []
    for row in rows:
        for name in row["names_vi"] + row["names_en"]:
            key = name.casefold()
            if owner.setdefault(key, row["id"]) != row["id"]:
                problems.append(f"{name!r}: {owner[key]} and {row['id']}")
    return sorted(set(problems))


def build(extras: dict[str, dict]) -> list[dict]:
    pairs = territories()
    known = {alpha3 for _, alpha3 in pairs}
    pairs += [(row["iso2"], iso) for iso, row in extras.items() if iso not in known and row.get("iso2")]
    unknown = sorted(set(extras) - {alpha3 for _, alpha3 in pairs})
    if unknown:
        raise ValueError(f"extras rows with no CLDR/pycountry territory: {unknown}")
    rows = [entry(alpha2, alpha3, extras.get(alpha3)) for alpha2, alpha3 in pairs]
    return sorted(rows, key=lambda row: row["id"])


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the file on disk, write nothing")
    args = parser.parse_args(argv)
    rows = build(read_extras())
    problems = check_names(rows)
    if problems:
        print("names shared by several countries:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    text = render(rows)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from a fresh build", file=sys.stderr)
        return 0 if same else 1
    sys.path.insert(0, str(ROOT))
    from kg.atomic import atomic_write

    with atomic_write(OUT) as handle:
        handle.write(text)
    print(f"wrote {len(rows)} countries to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
