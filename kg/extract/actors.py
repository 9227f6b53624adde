"""Actor recognition on syllables: lexicon names, composites, titles + names, and references within an article.

Output is a list of `Mention`s with character offsets into the article text, plus the `Actor`s they refer to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from kg.extract.lexicon import Lexicon, slug, syllable_spans
from kg.model import Actor, Mention

# Referring phrases resolved against what the article said before (lower-cased syllables).
COUNTRY_ANAPHORA = (("nước", "này"), ("quốc", "gia", "này"), ("đất", "nước", "này"), ("phía", "này"))
PAIR_ANAPHORA = (
    ("hai", "bên"), ("hai", "nước"), ("hai", "quốc", "gia"), ("hai", "ông"), ("hai", "nhà", "lãnh", "đạo"),
    ("hai", "phía"), ("đôi", "bên"), ("hai", "bộ", "trưởng"), ("hai", "ngoại", "trưởng"), ("2", "nước"), ("2", "bên"),
    ("hai", "lãnh", "đạo"),
)
PERSON_TITLES_GENERIC = ("ông", "bà", "người", "đồng", "cấp")
COUNTERPART = ("người", "đồng", "cấp")
NOUN_HEADS_BEFORE_MIDDLE_EAST = ("quốc", "gia", "trung", "đông", "này")
# First syllables of the phrases above: most syllables start none, and are skipped at once.
_PAIR_FIRST = frozenset(p[0] for p in PAIR_ANAPHORA)
_COUNTRY_FIRST = frozenset(p[0] for p in COUNTRY_ANAPHORA) | {"quốc"}


class Syl:
    """One syllable of a sentence, with where the segmenter starts and ends words."""

    __slots__ = ("end", "low", "start", "text", "word_end", "word_start")

    def __init__(self, text: str, start: int, end: int, word_start: bool = True, word_end: bool = True):
        self.text = text
        self.start = start
        self.end = end
        self.word_start = word_start  # the segmenter starts a word here
        self.word_end = word_end
        self.low = text.lower()  # read many times per syllable by the matchers

    def __repr__(self) -> str:
        return f"Syl({self.text!r}, {self.start}, {self.end}, {self.word_start}, {self.word_end})"

    def __eq__(self, other) -> bool:
        if not isinstance(other, Syl):
            return NotImplemented
        return (self.text, self.start, self.end, self.word_start, self.word_end) == (
            other.text, other.start, other.end, other.word_start, other.word_end)

    __hash__ = None  # mutable and compared by value, as the dataclass it replaces


@dataclass
class ArticleActors:
    """Mentions found so far in one article, and the state references are resolved against."""

    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    last_country: str | None = None
    last_pair: tuple[str, str] | None = None
    people_by_surname: dict[str, str] = field(default_factory=dict)
    people_by_role: dict[tuple[str, str | None], str] = field(default_factory=dict)
    people_by_country: dict[str, str] = field(default_factory=dict)


class ActorRecognizer:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        # a mention can only start at a syllable that starts some name, title, sector or reference phrase:
        # every other syllable is skipped without trying the matchers
        self._first_text = frozenset(lexicon.name_lengths)
        self._first_low = frozenset(lexicon.folded_lengths).union(
            lexicon.title_lengths, lexicon.sector_prefix_lengths, lexicon.sector_lengths, _PAIR_FIRST, _COUNTRY_FIRST)

    def sentence(self, text: str, start: int, end: int, state: ArticleActors,
                 syls: list[Syl] | None = None) -> list[Mention]:
        """Mentions in text[start:end], in order; updates the article state. `syls`: the sentence's syllables
        when the caller has them already."""
        if syls is None:
            syls = [Syl(*s) for s in syllable_spans(text, start, end)]
        found: list[Mention] = []
        first_text, first_low = self._first_text, self._first_low
        i = 0
        while i < len(syls):
            syl = syls[i]
            if syl.text not in first_text and syl.low not in first_low:
                i += 1
                continue
            mentions, used = self._at(syls, i, state, text)
            for mention in mentions:
                found.append(mention)
                self._remember(mention, state)
                self._pairs_from_coordination(found[-2:], text, state)
            i += used
        found = self._proper_nouns(syls, found, text, state)
        state.mentions.extend(found)
        return found

    def _proper_nouns(self, syls: list[Syl], found: list[Mention], text: str, state: ArticleActors) -> list[Mention]:
        """Proper names the lexicon lacks ('Fethullah Gullen', 'Daw Myo Aye') become actors of type `other`
        rather than being dropped: runs of two or more capitalised syllables outside every mention, not after a
        place or media word."""
        covered = [False] * len(syls)
        for mention in found:
            for k, syl in enumerate(syls):
                if syl.start >= mention.start and syl.end <= mention.end:
                    covered[k] = True
        extra: list[Mention] = []
        k = 0
        while k < len(syls):
            j = k
            while j < len(syls) and not covered[j] and _is_name_syllable(syls[j].text):
                j += 1
            if j - k >= 2 and not (k > 0 and syls[k - 1].low in NOT_ACTOR_BEFORE) and not self._title_at(syls, k)[0]:
                name = text[syls[k].start : syls[j - 1].end]
                actor = Actor(id=f"other:{slug(name)}", label=name, label_vi=name, type="other")
                extra.append(self._mention(actor, syls, k, j - k, text, state, "proper_noun"))
            k = max(j, k + 1)
        return sorted(found + extra, key=lambda m: m.start) if extra else found

    # -- matching ------------------------------------------------------------------------------------------
    def _at(self, syls: list[Syl], i: int, state: ArticleActors, text: str) -> tuple[list[Mention], int]:
        # each matcher in turn, skipped where its own first test would fail (the syllable starts none of its
        # phrases): the same matches, without the calls
        syl, lex = syls[i], self.lex
        if state.last_pair is not None:
            pair, used = self._pair_reference(syls, i, state, text)
            if pair:
                return pair, used
        if syl.low in lex.title_lengths:
            mention, used = self._title(syls, i, state, text)
            if mention is not None:
                return [mention], used
        if syl.low in lex.sector_prefix_lengths:
            mention, used = self._composite(syls, i, state, text)
            if mention is not None:
                return [mention], used
        if syl.text in lex.name_lengths or syl.low in lex.folded_lengths:
            mention, used = self._name(syls, i, state, text)
            if mention is not None:
                return [mention], used
        if state.last_country is not None and syl.low in _COUNTRY_FIRST:
            mention, used = self._country_reference(syls, i, state, text)
            if mention is not None:
                return [mention], used
        return [], 1

    def _lookup(self, syls: list[Syl], i: int):
        exact = self.lex.name_lengths.get(syls[i].text, ())
        folded = self.lex.folded_lengths.get(syls[i].low, ())
        total = len(syls)
        if not folded:  # the usual case; lengths are stored longest first
            names = self.lex.names
            for n in exact:
                if i + n <= total:
                    entry = names.get(tuple([s.text for s in syls[i : i + n]]))
                    if entry is not None:
                        return entry, n
            return None, 0
        if not exact:
            tries = [(n, True) for n in folded]
        else:
            tries = sorted([(n, False) for n in exact] + [(n, True) for n in folded], key=lambda x: (-x[0], x[1]))
        for n, fold in tries:
            if i + n <= total:
                if fold:
                    entry = self.lex.folded_names.get(tuple([s.low for s in syls[i : i + n]]))
                else:
                    entry = self.lex.names.get(tuple([s.text for s in syls[i : i + n]]))
                if entry is not None:
                    return entry, n
        return None, 0

    def _composite(self, syls, i, state, text):
        """'<sector words> <country> [suffix]' -> the composite actor, e.g. 'liên quân do Mỹ dẫn đầu'."""
        for n in self.lex.sector_prefix_lengths.get(syls[i].low, ()):
            options = self.lex.sector_prefixes.get(tuple([s.low for s in syls[i : i + n]]))
            if not options:
                continue
            country, m = self._country_at(syls, i + n)
            if country is None:
                continue
            for sector, tail in options:
                end = i + n + m + len(tail)
                if end <= len(syls) and tuple(s.low for s in syls[i + n + m : end]) == tail:
                    actor_id = f"{sector}:{country.split(':', 1)[1]}"
                    if actor_id in self.lex.actors:
                        return self._mention(self.lex.actors[actor_id], syls, i, end - i, text, state, "composite"), end - i
        return None, 1

    def _country_at(self, syls, j) -> tuple[str | None, int]:
        if j >= len(syls):
            return None, 0
        for m in self.lex.country_name_lengths.get(syls[j].text, ()):
            country = self.lex.country_names.get(tuple([s.text for s in syls[j : j + m]]))
            if country is not None:
                return country, m
        return None, 0

    def _name(self, syls, i, state, text):
        entry, n = self._lookup(syls, i)
        if entry is None:
            return None, 1
        if entry.ambiguous and not self._ambiguous_ok(syls, i, n):
            return None, 1
        actor = self.lex.actors[entry.actor_id]
        if actor.type == "person":
            state.people_by_surname[syls[i + n - 1].text] = actor.id
        return self._mention(actor, syls, i, n, text, state, entry.via), n

    def _ambiguous_ok(self, syls: list[Syl], i: int, n: int) -> bool:
        """A name that is also a common word ("Anh", "Pháp") counts only mid-sentence and capitalised, and not
        before a word that makes it a pronoun or common noun."""
        if i == 0 or not syls[i].text[0].isupper():
            return False
        nxt = syls[i + n].low if i + n < len(syls) else ""
        return nxt not in {"ấy", "ta", "em", "chị", "trai", "hùng", "lý", "luật", "quyền"}

    def _title(self, syls, i, state, text):
        """Title [country] [name] -> the person, with role and country; title + country alone -> that office."""
        title, n = self._title_at(syls, i)
        if title is None:
            return None, 1
        j = i + n
        country = None
        entry, m = self._lookup(syls, j) if j < len(syls) else (None, 0)
        if entry is not None and self.lex.actors[entry.actor_id].type == "country":
            country = entry.actor_id
            j += m
        elif j + 1 < len(syls) and syls[j].low == "nước" and syls[j + 1].low == "này":
            country = state.last_country
            j += 2
        person, k = self._person_name(syls, j, state, title.role, country)
        if person is not None:
            return self._mention(person, syls, i, k - i, text, state, "title"), k - i
        if country is None:
            return None, 1
        holder = state.people_by_role.get((title.role, country))
        if holder is None and title.role == "counterpart":
            holder = state.people_by_country.get(country)  # "người đồng cấp Ukraine": the Ukrainian leader named
        target = self._actor(holder, state) if holder else self._actor(country, state)
        return self._mention(target, syls, i, j - i, text, state, "coref"), j - i

    def _title_at(self, syls, i):
        first = syls[i].low
        for n in self.lex.title_lengths.get(first, ()):
            if i + n <= len(syls):
                title = self.lex.titles.get(tuple([s.low for s in syls[i : i + n]]))
                if title is not None:
                    return title, n
        return None, 0

    def _person_name(self, syls, j, state, role, country):
        if j >= len(syls):
            return None, j
        entry, m = self._lookup(syls, j)
        if entry is not None and self.lex.actors[entry.actor_id].type == "person":
            return self.lex.actors[entry.actor_id], j + m
        known = state.people_by_surname.get(syls[j].text)
        if known and (j + 1 >= len(syls) or not _is_name(syls[j + 1].text)):
            return self._actor(known, state), j + 1
        k = j
        while k < len(syls) and k - j < 4 and _is_name(syls[k].text):
            k += 1
        if k == j or (k - j == 1 and not any(c in syls[j].text for c in ".-")):
            return None, j  # one plain capitalised syllable is more often a word ("Tình báo") than a name
        name = " ".join(s.text for s in syls[j:k])
        surname = syls[k - 1].text
        if surname in self.lex.surnames:
            return self.lex.actors[self.lex.surnames[surname]], k
        actor = Actor(id=f"person:{slug(name)}", label=name, label_vi=name, type="person", country=country, role=role)
        state.people_by_surname[surname] = actor.id
        state.actors.setdefault(actor.id, actor)
        return actor, k

    def _pair_reference(self, syls, i, state, text) -> tuple[list[Mention], int]:
        """'hai bên', 'hai nước' -> the pair just named; 'quân đội hai nước' -> both countries' militaries."""
        if state.last_pair is None:
            return [], 1
        sector, k = self._sector_at(syls, i)
        if i + k >= len(syls) or syls[i + k].low not in _PAIR_FIRST:
            return [], 1
        for phrase in PAIR_ANAPHORA:
            if _matches(syls, i + k, phrase):
                n = k + len(phrase)
                ids = [self._sector_actor(sector, a) if sector else a for a in state.last_pair]
                if any(x is None for x in ids):
                    return [], 1
                return [self._mention(self._actor(x, state), syls, i, n, text, state, "coref:pair") for x in ids], n
        return [], 1

    def _sector_at(self, syls, i) -> tuple[str | None, int]:
        for n in self.lex.sector_lengths.get(syls[i].low, ()):
            sector = self.lex.sector_words.get(tuple([s.low for s in syls[i : i + n]]))
            if sector is not None:
                return sector, n
        return None, 0

    def _sector_actor(self, sector: str, actor_id: str) -> str | None:
        actor = self.lex.actors.get(actor_id)
        country = actor_id if actor and actor.type == "country" else (actor.country if actor else None)
        if country is None:
            return None
        composite = f"{sector}:{country.split(':', 1)[1]}"
        return composite if composite in self.lex.actors else None

    def _country_reference(self, syls, i, state, text):
        if state.last_country is None or syls[i].low not in _COUNTRY_FIRST:
            return None, 1
        for phrase in COUNTRY_ANAPHORA:
            if _matches(syls, i, phrase):
                n = len(phrase)
                return self._mention(self._actor(state.last_country, state), syls, i, n, text, state, "coref"), n
        # "quốc gia Trung Đông này": a noun phrase closed by "này" within a few syllables
        if syls[i].low == "quốc" and i + 1 < len(syls) and syls[i + 1].low == "gia":
            for k in range(i + 2, min(i + 6, len(syls))):
                if syls[k].low == "này":
                    n = k - i + 1
                    return self._mention(self._actor(state.last_country, state), syls, i, n, text, state, "coref"), n
        return None, 1

    # -- bookkeeping ---------------------------------------------------------------------------------------
    def _actor(self, actor_id: str, state: ArticleActors | None = None) -> Actor:
        if actor_id in self.lex.actors:
            return self.lex.actors[actor_id]
        return state.actors[actor_id] if state else self.lex.actors[actor_id]

    def _mention(self, actor: Actor, syls, i, n, text, state, via) -> Mention:
        state.actors.setdefault(actor.id, actor)
        if actor.country and actor.country in self.lex.actors:
            state.actors.setdefault(actor.country, self.lex.actors[actor.country])
        start, end = syls[i].start, syls[i + n - 1].end
        return Mention(actor.id, start, end, text[start:end], via)

    def _remember(self, mention: Mention, state: ArticleActors) -> None:
        actor = state.actors[mention.actor_id]
        if actor.type == "country":
            state.last_country = actor.id
        elif actor.country and not mention.via.startswith("coref"):
            state.last_country = actor.country  # "Bộ Quốc phòng Trung Quốc … nước này" is China
        if actor.type == "person" and actor.role:
            state.people_by_role[(actor.role, actor.country)] = actor.id
        if actor.type == "person" and actor.country and mention.via != "coref":
            state.people_by_country[actor.country] = actor.id

    def _pairs_from_coordination(self, found: list[Mention], text: str, state: ArticleActors) -> None:
        """'A và B' / 'giữa A và B' makes (A, B) the pair that 'hai bên', 'hai nước' refer to later."""
        for left, right in pairwise(found):
            if left.actor_id == right.actor_id or left.via.startswith("coref:pair"):
                continue
            between = text[left.end : right.start].strip().lower()
            joined = between in {"và", "với", ",", "-", "–"}
            # "A … hội đàm với B": a short stretch ending in "với" pairs two actors of the same kind
            near = len(between) < 60 and between.endswith("với") and self._same_kind(left, right, state)
            if joined or near:
                state.last_pair = (left.actor_id, right.actor_id)

    @staticmethod
    def _same_kind(left: Mention, right: Mention, state: ArticleActors) -> bool:
        return state.actors[left.actor_id].type == state.actors[right.actor_id].type


# after these words a capitalised run names a place, an outlet or a document, not an actor
NOT_ACTOR_BEFORE = frozenset({
    "tại", "ở", "từ", "đến", "tới", "sang", "khỏi", "gần", "phố", "tỉnh", "đô", "vùng", "vực", "miền", "đảo",
    "theo", "báo", "tin", "kênh", "đài", "hãng", "tờ", "trang", "sông", "biển", "núi", "sân", "đường", "trấn",
    "quận", "huyện", "bang", "hiệp", "định", "ước", "luật", "nghị", "quyết", "chiến", "dịch", "tàu", "cảng",
})


def _is_name_syllable(token: str) -> bool:
    return token[:1].isupper() and any(c.isalpha() for c in token) and not token.isupper()


def _matches(syls: list[Syl], i: int, phrase: tuple[str, ...]) -> bool:
    return i + len(phrase) <= len(syls) and all(syls[i + k].low == word for k, word in enumerate(phrase))


def _is_name(token: str) -> bool:
    return token[:1].isupper() and not token.isupper() or (len(token) > 1 and "." in token and token[0].isupper())
