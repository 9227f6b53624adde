"""Choose the vietnews articles of the annotated event corpus, by topic and region, reproducibly.

Usage: python training/events/select_corpus.py SNAPSHOT_GIT_DIR --exclude ../shared/vietnews/exclude.txt --out training/data/events [--extend 10 [--fresh 6 [--fresh2 8 [--fresh3 8 [--fresh4 8 [--fresh5 8 [--fresh6 8 [--fresh7 8 [--fresh8 8 [--fresh9 8 [--fresh10 8 [--fresh11 8]]]]]]]]]]]]

Choice is by topic words (foreign relations, conflict, sanctions, summits, protests) and by the regions the
countries named belong to, never by what kg extracts. A fixed seed draws the articles per region and then the
blind split, before any annotation exists. `--extend K` then draws K more per region, with another seed, from what
the first draw left: the held-out split (w001.txt …), added later and never trained on. Text is restored from the
word-segmented form (``_`` → space, punctuation re-attached).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import unicodedata
from pathlib import Path

SEED = 20261202
PER_REGION = 28
BLIND = 45
MIN_WORDS, MAX_WORDS = 180, 650
# Splits drawn after the held-out one, in order: (name, document prefix, seed, the session that drew it). Each is
# drawn from what all earlier draws left, so adding one never changes those before it.
LATER_SPLITS = (("fresh", "x", SEED + 2, "the seventh session"), ("fresh2", "y", SEED + 3, "the eighth session"),
                ("fresh3", "z", SEED + 4, "the tenth session"), ("fresh4", "u", SEED + 5, "the tenth session"),
                ("fresh5", "t", SEED + 6, "the tenth session"), ("fresh6", "s", SEED + 7, "the eleventh session"),
                ("fresh7", "r", SEED + 8, "the twelfth session"),
                ("fresh8", "q", SEED + 9, "the thirteenth session"),
                ("fresh9", "p", SEED + 10, "the fifteenth session"),
                ("fresh10", "n", SEED + 11, "the fifteenth session"),
                ("fresh11", "m", SEED + 12, "the sixteenth session"))

# Topic words of international politics, in the segmented spelling of the corpus.
TOPIC = ["ngoại_giao", "trừng_phạt", "hội_đàm", "xung_đột", "biểu_tình", "thượng_đỉnh", "Ngoại_trưởng",
         "Tổng_thống", "Thủ_tướng", "lên_án", "cáo_buộc", "không_kích", "tấn_công", "đàm_phán", "thỏa_thuận",
         "thoả_thuận", "quân_đội", "cấm_vận", "đại_sứ", "trục_xuất", "hợp_tác", "viện_trợ", "cảnh_báo"]
# Regions by ISO3 of the countries named; Vietnam is left out so domestic news does not qualify.
REGIONS = {
    "middle_east": "SAU IRN IRQ SYR ISR PSE TUR QAT ARE YEM JOR LBN EGY KWT BHR OMN",
    "east_asia": "CHN JPN KOR PRK TWN MNG",
    "europe_russia": "RUS UKR DEU FRA GBR ITA ESP POL BLR GRC SWE NOR FIN NLD BEL AUT CZE HUN SRB BGR ROU",
    "americas": "USA CAN MEX BRA VEN CUB COL ARG CHL PER NIC BOL",
    "south_southeast_asia": "IND PAK AFG BGD LKA MMR THA PHL IDN MYS SGP KHM LAO NPL",
    "africa_oceania": "AUS NZL NGA ZAF ETH KEN SOM SDN SSD LBY DZA MAR TUN COD MLI ZWE",
}
PUNCT_BEFORE = re.compile(r" ([,.;:!?%)\]…])")
PUNCT_AFTER = re.compile(r"([(\[]) ")


def restore(seg: str) -> str:
    """Plain text from the corpus's segmented form."""
    lines = []
    for line in seg.splitlines():
        text = line.replace("_", " ").strip()
        text = PUNCT_AFTER.sub(r"\1", PUNCT_BEFORE.sub(r"\1", text))
        text = re.sub(r'" ([^"]*?) "', r'"\1"', text)
        text = re.sub(r"' ([^']*?) '", r"'\1'", text)
        text = text.replace("“ ", "“").replace(" ”", "”")
        lines.append(text)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    return unicodedata.normalize("NFC", text)  # a few crawled files are decomposed


def country_names(countries_jsonl: Path) -> dict[str, str]:
    names = {}
    for line in countries_jsonl.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for name in row.get("names_vi", []):
            if len(name) > 3:
                names[name.replace(" ", "_")] = row["iso"]
    return names


def read_blobs(git_dir: Path, shas: dict[str, str]) -> dict[str, str]:
    """Blob texts by path, read in one batch by object id (a path lookup per file is quadratic here)."""
    out = {}
    paths = list(shas)
    batch = "".join(f"{shas[p]}\n" for p in paths).encode()
    raw = subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "--batch"], input=batch,
                         capture_output=True, check=True).stdout
    pos = 0
    for path in paths:
        header_end = raw.index(b"\n", pos)
        size = int(raw[pos:header_end].split()[2])
        out[path] = raw[header_end + 1: header_end + 1 + size].decode("utf-8", "replace")
        pos = header_end + 1 + size + 1
    return out


def score(seg: str, names: dict[str, str]) -> tuple[int, set[str]]:
    words = set(seg.split())
    topic = sum(1 for t in TOPIC if t in words)
    isos = {iso for name, iso in names.items() if name in words} - {"VNM"}
    return topic, isos


def region_of(isos: set[str]) -> str | None:
    counts = {r: len(isos & set(codes.split())) for r, codes in REGIONS.items()}
    best = max(counts, key=lambda r: (counts[r], r))
    return best if counts[best] else None


def draw_more(by_region: dict[str, list[str]], taken: set[str], per_region: int, seed: int, split: str,
              prefix: str) -> list[tuple[str, str, str, str]]:
    """Rows for a later split: per_region more articles per region, drawn with their own seed from what is left."""
    rng = random.Random(seed)
    drawn = []
    for region in sorted(by_region):
        pool = [p for p in by_region[region] if p not in taken]
        drawn += [(region, p) for p in rng.sample(pool, min(per_region, len(pool)))]
    return [(split, f"{prefix}{i + 1:03d}.txt", path, region)
            for i, (region, path) in enumerate(sorted(drawn, key=lambda rp: rp[1]))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("git_dir", type=Path)
    ap.add_argument("--exclude", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--countries", type=Path, default=Path(__file__).with_name("selection_countries.jsonl"),
                    help="the country names articles were chosen by: a frozen copy of kg/data/countries.jsonl's ISO "
                         "codes and Vietnamese names as of the draws, so that a name added to the lexicon later does "
                         "not move an article to another region and change every draw")
    ap.add_argument("--extend", type=int, default=0,
                    help="also draw this many more articles per region for heldout/ (docs w001.txt …), after the "
                         "original draw and from what it left, so the original corpus and blind split stay as they are")
    for split, prefix, seed, when in LATER_SPLITS:
        ap.add_argument(f"--{split}", type=int, default=0,
                        help=f"also draw this many more per region for {split}/ (docs {prefix}001.txt …), with seed "
                             f"{seed}, from what every earlier draw left: {when}'s unseen text (each later split "
                             "needs the ones before it)")
    args = ap.parse_args()
    commit = subprocess.run(["git", "--git-dir", str(args.git_dir), "rev-parse", "HEAD"], capture_output=True,
                            text=True, check=True).stdout.strip()
    excluded = set(args.exclude.read_text().split())
    listing = subprocess.run(["git", "--git-dir", str(args.git_dir), "ls-tree", "-r", "HEAD", "data"],
                             capture_output=True, text=True, check=True).stdout.splitlines()
    shas = {}
    for line in listing:
        meta, path = line.split("\t", 1)
        if path.endswith(".seg") and path not in excluded:
            shas[path] = meta.split()[2]
    paths = sorted(shas)
    names = country_names(args.countries)
    by_region: dict[str, list[str]] = {r: [] for r in REGIONS}
    blobs = read_blobs(args.git_dir, shas)
    for path in paths:
        seg = blobs[path]
        n_words = len(seg.split())
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            continue
        topic, isos = score(seg, names)
        region = region_of(isos)
        if topic >= 4 and len(isos) >= 2 and region:
            by_region[region].append(path)
    rng = random.Random(SEED)
    chosen = []
    for region in sorted(by_region):
        pool = by_region[region]
        chosen += [(region, p) for p in rng.sample(pool, min(PER_REGION, len(pool)))]
    rng.shuffle(chosen)
    blind = {p for _, p in chosen[:BLIND]}
    rows = []
    for i, (region, path) in enumerate(sorted(chosen, key=lambda rp: rp[1])):
        split = "blind" if path in blind else "train"
        rows.append((split, f"v{i + 1:03d}.txt", path, region))
    if args.extend:
        taken = {p for _, p in chosen}
        extension = []
        more = random.Random(SEED + 1)
        for region in sorted(by_region):
            pool = [p for p in by_region[region] if p not in taken]
            extension += [(region, p) for p in more.sample(pool, min(args.extend, len(pool)))]
        for i, (region, path) in enumerate(sorted(extension, key=lambda rp: rp[1])):
            rows.append(("heldout", f"w{i + 1:03d}.txt", path, region))
        taken |= {p for _, p in extension}
        for split, prefix, seed, _ in LATER_SPLITS:
            per_region = getattr(args, split)
            if not per_region:
                break
            later = draw_more(by_region, taken, per_region, seed, split, prefix)
            rows += later
            taken |= {row[2] for row in later}
    for split, doc, path, _ in rows:
        target = args.out / split / "docs" / doc
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(restore(blobs[path]), encoding="utf-8")
    for split in sorted({row[0] for row in rows}):
        with open(args.out / split / "SOURCES.tsv", "w", encoding="utf-8") as f:
            f.write("doc\trepo\tpath\tcommit\toutlet\tregion\tsha256\n")
            for s, doc, path, region in rows:
                if s == split:
                    digest = hashlib.sha256(restore(blobs[path]).encode("utf-8")).hexdigest()
                    f.write(f"{doc}\tThanhChinhBK/vietnews\t{path}\t{commit}\tunknown (vietnews crawl)\t{region}\t"
                            f"{digest}\n")
    print({r: len(v) for r, v in by_region.items()}, "chosen", len(rows), "blind", len(blind))


if __name__ == "__main__":
    main()
