"""Actor and trigger lexicons, loaded from the JSONL files in kg/data (see kg/data/README.md).

Names are matched on syllables (whitespace- and punctuation-separated units), so matching does not depend on how
the segmenter grouped syllables into words. Composite actors ("chính phủ Syria", "liên quân do Mỹ dẫn đầu") are
expanded from sector patterns x country names into the same index.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.grammar import grammar, read_actor_cues
from kg.model import Actor
from kg.spelling import new_style, tone_variants

# A syllable, or one punctuation mark (kept so that commas and quotes can bound phrases).
HYPHEN = "-"
SYLLABLE = re.compile(r"\w(?:[\w'’.\-]*\w)?|[^\w\s]")


def syllables(text: str) -> list[str]:
    return SYLLABLE.findall(text)


def low_key(text: str) -> tuple[str, ...]:
    """The key a phrase is matched by against `Syl.low`: lower case, tone marks in the new placement."""
    return tuple(new_style(s.lower()) for s in syllables(text))


def spelling_keys(text: str) -> list[tuple[str, ...]]:
    """The exact-case keys of a name in both tone placements ("Thụy Điển", "Thuỵ Điển")."""
    return [tuple(syllables(variant)) for variant in tone_variants(text)]


def syllable_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in SYLLABLE.finditer(text, start, len(text) if end is None else end)]


def slug(text: str) -> str:
    for letter, plain in grammar().ascii_folds:  # letters NFKD leaves whole (d with stroke)
        text = text.replace(letter, plain)
    ascii_text = unicodedata.normalize("NFKD", text)
    ascii_text = ascii_text.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@dataclass(frozen=True)
class NameEntry:
    actor_id: str
    via: str  # lexicon, composite, metonym
    ambiguous: bool = False


@dataclass(frozen=True)
class Title:
    role: str
    role_vi: str
    sector: str | None = None  # the title + a country with no one named is this sector of it, not the state


@dataclass
class Lexicon:
    """Everything the actor recogniser needs, indexed by the tuple of a name's syllables."""

    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[tuple[str, ...], NameEntry] = field(default_factory=dict)
    titles: dict[tuple[str, ...], Title] = field(default_factory=dict)
    name_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first syllable -> lengths, longest first
    title_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)  # surname -> person id (unique surnames only)
    # names of three or more syllables also match whatever their capitalisation ("Hội đồng bảo an")
    folded_names: dict[tuple[str, ...], NameEntry] = field(default_factory=dict)
    folded_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    sector_words: dict[tuple[str, ...], str] = field(default_factory=dict)  # "quân đội" -> "military"
    sector_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # composites are matched in two steps (pattern prefix, then a country name, then the suffix) rather than
    # expanded to every country: "liên quân do" + "Mỹ" + "dẫn đầu" -> coalition:USA
    sector_prefixes: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    sector_prefix_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # a sector named alone ("Quân đội", "phe đối lập") is the article's country's (sectors.jsonl "bare")
    bare_sectors: dict[tuple[str, ...], str] = field(default_factory=dict)
    bare_sector_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    bare_object_sectors: frozenset[str] = frozenset()  # sectors whose bare word may also stand as a verb's object
    country_names: dict[tuple[str, ...], str] = field(default_factory=dict)  # names and capitals -> country id
    country_name_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # the Vietnamese words the recogniser reacts to (kg/data/actor_cues.jsonl): kind -> lower-cased syllable tuples
    cues: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # phrases that name two actors at once ("liên Triều": North and South Korea), cue kind named_pair
    named_pairs: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    island_refs: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)  # "hòn đảo" -> island states
    # phrases that are claimed but name no actor ("Trung Đông"), by exact syllables
    not_actor: dict[tuple[str, ...], bool] = field(default_factory=dict)
    not_actor_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # hyphenated syllables of listed names ("Jae-in", "Jong-un"), which texts also write spaced ("Jae - in")
    hyphen_syllables: frozenset[str] = frozenset()
    phonetic_places: object = None  # PhoneticIndex over English country and capital names (built on first use)
    phonetic_people: object = None  # PhoneticIndex over English names and distinctive surnames of people
    directory: Path | None = None
    english: dict[str, list[str]] = field(default_factory=dict)  # actor id -> English names
    metonyms_en: dict[str, str] = field(default_factory=dict)  # English capital/building name -> actor id
    media_en: dict[str, str] = field(default_factory=dict)  # English names of news outlets -> media id
    media_vi: set[str] = field(default_factory=set)  # Vietnamese names of news outlets (no actor)

    def cue(self, kind: str) -> frozenset[tuple[str, ...]]:
        return self.cues.get(kind, frozenset())

    def cue_words(self, kind: str) -> frozenset[str]:
        """A cue list of one-syllable phrases, as a set of words."""
        return frozenset(" ".join(p) for p in self.cues.get(kind, ()))

    def phonetic(self, kind: str):
        """The phonetic index of `kind` ("places" or "people"), built from the lexicon on first use."""
        index = getattr(self, f"phonetic_{kind}")
        if index is None:
            from kg.extract.phonetic import PhoneticIndex, PhoneticKey

            key = PhoneticKey((self.directory or data_dir()) / "phonetic_key.json")
            # armed groups are named by sound as countries are ("Ta-li-ban", "Hê-dơ-bô-la"): candidates beside
            # them, so a group's spelling is not taken for the nearest country ("Ta-li-ban" was Taiwan)
            self.phonetic_places = PhoneticIndex(key, self._english_names(("country", "armed_group"), metonyms=True))
            self.phonetic_people = PhoneticIndex(key, self._english_names(("person",), surnames=True))
            index = getattr(self, f"phonetic_{kind}")
        return index

    def _english_names(self, types: tuple[str, ...], metonyms: bool = False, surnames: bool = False) -> dict:
        out: dict[str, str] = {}
        for actor_id, names in self.english.items():
            actor = self.actors.get(actor_id)
            if actor is not None and actor.type in types:
                for name in names:
                    out.setdefault(name, actor_id)
        if metonyms:
            for name, actor_id in self.metonyms_en.items():
                out.setdefault(name, actor_id)
        for name, media_id in self.media_en.items():  # "Roi-tơ" is Reuters: a match that gives no actor
            out.setdefault(name, media_id)
        if surnames:
            for surname, actor_id in self.surnames.items():
                if len(surname) >= 5:
                    out.setdefault(surname, actor_id)
        return out


    def add_name(self, name: str, entry: NameEntry) -> None:
        for key in spelling_keys(name):
            if not key:
                return
            current = self.names.get(key)
            if current is None or _priority(entry) > _priority(current):
                self.names[key] = entry

    def finish(self) -> None:
        self.name_lengths = _lengths(self.names)
        self.hyphen_syllables = frozenset(syl for key in self.names for syl in key if HYPHEN in syl[1:-1])
        for key, entry in self.names.items():
            if len(key) >= 3 and entry.via != "alias":  # generated readings match only as written
                self.folded_names.setdefault(tuple(new_style(s.lower()) for s in key), entry)
        self.folded_lengths = _lengths(self.folded_names)
        self.title_lengths = _lengths(self.titles)
        self.sector_lengths = _lengths(self.sector_words)
        self.sector_prefix_lengths = _lengths(self.sector_prefixes)
        self.bare_sector_lengths = _lengths(self.bare_sectors)
        self.country_name_lengths = _lengths(self.country_names)
        self.not_actor_lengths = _lengths(self.not_actor)


def _priority(entry: NameEntry) -> int:
    return {"lexicon": 3, "composite": 2, "metonym": 1}.get(entry.via, 0)


# generated actor files (see kg/data/README.md), read after the hand-kept ones
GENERATED_ENTITIES = ("historical_states", "people_factbook", "people_2015_2025", "groups_phoenix")
# generated alias files: {"id", "names_vi", "source"} rows adding Vietnamese names to an actor listed elsewhere
ALIAS_FILES = ("aliases_han_viet", "aliases_pycountry")


def _add_cues(lex: Lexicon, directory: Path) -> None:
    """kg/data/actor_cues.jsonl: the words the actor recogniser reacts to, by kind; media names are claimed too."""
    cues: dict[str, set[tuple[str, ...]]] = {}
    path = directory / "actor_cues.jsonl"
    for row in read_actor_cues(path) if path.exists() else ():
        if row["kind"] == "not_actor":
            for key in spelling_keys(row["phrase"]):
                lex.not_actor[key] = True
        else:
            cues.setdefault(row["kind"], set()).add(low_key(row["phrase"]))
        if row["kind"] == "named_pair":
            lex.named_pairs[low_key(row["phrase"])] = tuple(row["actors"])
        if row["kind"] == "island_anaphora":
            lex.island_refs[low_key(row["phrase"])] = frozenset(row["actors"])
    lex.cues = {kind: frozenset(phrases) for kind, phrases in cues.items()}


def _lengths(index: dict[tuple[str, ...], object]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for key in index:
        out.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(lengths, reverse=True)) for first, lengths in out.items()}


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def data_dir() -> Path:
    return Path(str(resources.files("kg").joinpath("data")))


def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Read every actor lexicon file; composites are expanded for every country."""
    directory = directory or data_dir()
    lex = Lexicon()
    countries = _read_jsonl(directory / "countries.jsonl")
    for row in countries:
        _add_entity(lex, row)
    lex.directory = directory
    # hand-kept files first: a name in a generated file never takes a name from them
    for name in ("organisations", "armed_groups", "people", *GENERATED_ENTITIES):
        path = directory / f"{name}.jsonl"
        if path.exists():
            for row in _read_jsonl(path):
                if name in GENERATED_ENTITIES and row["id"] in lex.actors:
                    continue
                _add_entity(lex, row)
    for name in ALIAS_FILES:
        path = directory / f"{name}.jsonl"
        if path.exists():
            for row in _read_jsonl(path):
                if row["id"] in lex.actors:
                    for alias in row["names_vi"]:
                        lex.add_name(alias, NameEntry(row["id"], "alias"))
    _add_cues(lex, directory)
    if (directory / "media.jsonl").exists():
        for row in _read_jsonl(directory / "media.jsonl"):
            for name in (row["label"], *row.get("names_en", ())):
                lex.media_en.setdefault(name, row["id"])
            lex.media_vi.update(row["names_vi"])
    metonyms = _read_jsonl(directory / "metonyms.jsonl") if (directory / "metonyms.jsonl").exists() else []
    _add_sectors(lex, directory / "sectors.jsonl", countries, metonyms)
    _add_metonyms(lex, metonyms)
    _add_titles(lex, directory / "titles.jsonl")
    _add_surnames(lex)
    lex.finish()
    return lex


def _add_entity(lex: Lexicon, row: dict) -> None:
    actor = Actor(
        id=row["id"],
        label=row["label"],
        label_vi=row.get("label_vi") or row["label"],
        type=row["type"],
        qid=row.get("qid"),
        country=row.get("country"),
        role=row.get("role"),
    )
    lex.actors[actor.id] = actor
    lex.english[actor.id] = [actor.label, *row.get("names_en", ())]
    ambiguous = set(row.get("ambiguous_vi") or ())
    names = [actor.label, actor.label_vi, *row.get("names_vi", ()), *row.get("names_en", ())]
    for name in dict.fromkeys(names):
        lex.add_name(name, NameEntry(actor.id, "lexicon", ambiguous=name in ambiguous))


def _add_sectors(lex: Lexicon, path: Path, countries: list[dict], metonyms: list[dict]) -> None:
    """Index sector patterns by their prefix; composite actors exist for every sector x country."""
    for country in countries:
        for name in dict.fromkeys([country["label_vi"], *country.get("names_vi", ())]):
            for key in spelling_keys(name):
                lex.country_names.setdefault(key, country["id"])
    for row in metonyms:  # "chính quyền Riyadh" is the Saudi government
        if row["actor"].startswith("country:"):
            for name in row["names_vi"]:
                for key in spelling_keys(name):
                    lex.country_names.setdefault(key, row["actor"])
    if not path.exists():
        return
    for sector in _read_jsonl(path):
        for pattern in sector.get("pattern_vi", ()):
            prefix, _, suffix = pattern.partition("{country}")
            key = low_key(prefix)
            tail = low_key(suffix)
            lex.sector_prefixes.setdefault(key, []).append((sector["id"], tail))
            if not tail:
                lex.sector_words.setdefault(key, sector["id"])
        if sector.get("bare"):
            for name in sector.get("names_vi", ()):
                lex.bare_sectors.setdefault(low_key(name), sector["id"])
        if sector.get("bare_object"):
            lex.bare_object_sectors = lex.bare_object_sectors | {sector["id"]}
        for country in countries:
            actor = _composite(sector, country)
            lex.actors.setdefault(actor.id, actor)
    for options in lex.sector_prefixes.values():
        options.sort(key=lambda option: -len(option[1]))  # longest suffix first


def _composite(sector: dict, country: dict) -> Actor:
    iso = country["id"].split(":", 1)[1]
    values = {
        "demonym": country.get("demonym") or country["label"],
        "short": country.get("short") or country["label"],
        "country": country["label"],
        "vi": country["label_vi"],
    }
    override = (sector.get("overrides") or {}).get(country["id"], {})
    return Actor(
        id=f"{sector['id']}:{iso}",
        label=override.get("label") or sector["label"].format(**values),
        label_vi=override.get("label_vi") or sector.get("label_vi", sector["label"]).format(**values),
        type=sector["type"],
        qid=None,
        country=country["id"],
    )


def _add_metonyms(lex: Lexicon, metonyms: list[dict]) -> None:
    for row in metonyms:
        if row["actor"] not in lex.actors:
            continue
        for name in row.get("names_en", ()):
            lex.metonyms_en.setdefault(name, row["actor"])
        for name in row["names_vi"]:
            lex.add_name(name, NameEntry(row["actor"], "metonym"))


def _add_titles(lex: Lexicon, path: Path) -> None:
    if not path.exists():
        return
    for row in _read_jsonl(path):
        title = Title(row["role"], row.get("role_vi") or row["names_vi"][0], row.get("sector"))
        for name in row["names_vi"]:
            lex.titles.setdefault(low_key(name), title)


def _add_surnames(lex: Lexicon) -> None:
    """A person's last name alone ("Lavrov") refers to them when no other person shares it."""
    seen: dict[str, set[str]] = {}
    for actor in lex.actors.values():
        if actor.type == "person":
            last = syllables(actor.label)[-1:]
            if last:
                seen.setdefault(last[0], set()).add(actor.id)
    lex.surnames = {name: next(iter(ids)) for name, ids in seen.items() if len(ids) == 1}
