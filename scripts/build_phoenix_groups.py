"""Generate kg/data/groups_phoenix.jsonl: non-state armed groups and international organisations from the PETRARCH2
Phoenix actor dictionaries (github.com/openeventdata/petrarch2, MIT; Phoenix.MilNonState.actors.txt after the
START TOPS list, Phoenix.International.actors.txt from the CAMEO project).

    python scripts/build_phoenix_groups.py DIR          # DIR: the two dictionary files exported from a snapshot
    python scripts/build_phoenix_groups.py DIR --check

The output is not committed (text from fetched repositories stays out of the repository); kg loads it when present.

Every entry (a name line, its "+" synonyms, its [CODE] lines) becomes one row: armed groups from MilNonState (codes
ending REB/INS/... or starting IMG), intergovernmental organisations from International (codes starting IGO, not
people: entries with a date range or an ELI code are leaders). Names are title-cased from the dictionary's
upper case ("ABU_NIDAL_ORGANIZATION" -> "Abu Nidal Organization"); only names of two or more words are kept, and a
name already claimed by a hand-kept file is dropped (the hand-kept row wins). Vietnamese names are not invented:
`names_vi` holds the English names, as Vietnamese news writes most of these groups.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
OUT = DATA / "groups_phoenix.jsonl"
COMMIT = "676801c"  # openeventdata/petrarch2 commit the files were read from
ORG_WORDS = {"organization", "organisation", "union", "council", "bank", "fund", "commission", "community",
             "association", "committee", "agency", "court", "programme", "program", "forum", "nations", "league",
             "alliance", "group", "conference", "office", "tribunal", "cooperation", "secretariat", "institute",
             "assembly", "parliament", "authority", "force", "mission", "treaty", "pact", "federation"}
SMALL = {"of", "the", "and", "for", "in", "on", "de", "al", "el", "bin", "ibn", "to"}


def title(raw: str) -> str:
    words = re.sub(r"\(.*?\)", "", raw).replace("_", " ").split()
    out = []
    for k, w in enumerate(words):
        low = w.lower()
        if k and low in SMALL:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out).strip()


def entries(path: Path):
    """(names, codes) of each entry."""
    names: list[str] = []
    codes: list[str] = []
    for line in path.read_text(encoding="latin-1").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if not body[0].isspace() and not body.startswith(("+", "[")):
            if names:
                yield names, codes
            names, codes = [], []
        name = re.sub(r"\[.*?\]", "", body).strip().lstrip("+").strip()
        if name:
            names.append(name)
        codes += re.findall(r"\[([^\]]+)\]", body)
    if names:
        yield names, codes


def hand_names() -> set[str]:
    out = set()
    for name in ("countries", "organisations", "armed_groups", "people", "metonyms", "media"):
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.update(n.casefold() for n in row["names_vi"] + row.get("names_en", []))
    return out


def build(directory: Path) -> list[dict]:
    taken = hand_names()
    rows: dict[str, dict] = {}
    for fname, kind in (("Phoenix.MilNonState.actors.txt", "armed_group"),
                        ("Phoenix.International.actors.txt", "organisation")):
        for raw_names, codes in entries(directory / fname):
            first = codes[0].split()[0] if codes else ""
            if kind == "organisation" and (not first.startswith("IGO") or any(" " in c or c == "ELI" for c in codes)):
                continue
            names = [title(n) for n in raw_names]
            names = [n for n in dict.fromkeys(names) if len(n.split()) >= 2 and n.casefold() not in taken]
            if not names:
                continue
            if kind == "organisation" and not any(w.lower() in ORG_WORDS for w in names[0].split()):
                continue  # a leader listed under the body's code, not the body
            label = names[0]
            actor_id = f"{kind}:{re.sub(r'[^a-z0-9]+', '-', label.lower()).strip('-')}"
            if actor_id in rows:
                continue
            iso = first[:3] if kind == "armed_group" and first[:3].isalpha() and first[:3] not in ("IMG", "INT") else None
            rows[actor_id] = {
                "id": actor_id, "type": kind, "label": label, "label_vi": label, "qid": None, "names_vi": names,
                "names_en": names, "country": None, "part_of": None, "role": None,
                "source": f"PETRARCH2 {fname} (openeventdata/petrarch2 {COMMIT}, MIT); code {first}"
                          + (f"; country {iso}" if iso else ""),
            }
            taken.update(n.casefold() for n in names)
    return sorted(rows.values(), key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build(args.directory))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from a fresh build", file=sys.stderr)
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} rows to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
