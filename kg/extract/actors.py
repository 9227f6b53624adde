"""Actor recognition on syllables: lexicon names, composites, titles + names, and references within an article.

Output is a list of `Mention`s with character offsets into the article text, plus the `Actor`s they refer to.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter

from kg.extract.lexicon import HYPHEN, SYLLABLE, Lexicon, data_dir, slug, syllable_spans
from kg.grammar import grammar
from kg.model import Actor, Mention
from kg.spelling import new_style_syllable

# The Vietnamese words the recogniser reacts to (referring phrases, title words, head nouns, place words …) are data:
# kg/data/actor_cues.jsonl, read by kg.extract.lexicon.load_lexicon into Lexicon.cues.


class Syl:
    """One syllable of a sentence, with where the segmenter starts and ends words."""

    __slots__ = ("end", "low", "start", "text", "verb", "word_end", "word_start")

    def __init__(self, text: str, start: int, end: int, word_start: bool = True, word_end: bool = True,
                 verb: bool = False):
        self.text = text
        self.verb = verb  # pyvi tags the word starting here as a verb
        self.start = start
        self.end = end
        self.word_start = word_start  # the segmenter starts a word here
        self.word_end = word_end
        self.low = _folded(text)  # read many times by the matchers: one tone placement

    def __repr__(self) -> str:
        return f"Syl({self.text!r}, {self.start}, {self.end}, {self.word_start}, {self.word_end})"

    def __eq__(self, other) -> bool:
        if not isinstance(other, Syl):
            return NotImplemented
        return (self.text, self.start, self.end, self.word_start, self.word_end) == (
            other.text, other.start, other.end, other.word_start, other.word_end)

    __hash__ = None  # mutable and compared by value, as the dataclass it replaces

    def __reduce__(self):
        # pickled as a tuple of its fields: kg.clean_ahead sends every syllable of every article, and the default
        # for a class with __slots__ loads each through a dict of its slots, several times slower
        return _restored_syl, (self.text, self.start, self.end, self.word_start, self.word_end, self.verb, self.low)


def _restored_syl(text: str, start: int, end: int, word_start: bool, word_end: bool, verb: bool, low: str) -> Syl:
    syl = Syl.__new__(Syl)
    syl.text, syl.start, syl.end, syl.word_start, syl.word_end, syl.verb, syl.low = (
        text, start, end, word_start, word_end, verb, low)
    return syl


@lru_cache(maxsize=1 << 14)
def _folded(text: str) -> str:
    """A syllable as the matchers compare it (`Syl.low`): lower case, new tone placement. Pure, and computed for
    every syllable of every sentence, of which news text has a few thousand distinct ones."""
    return new_style_syllable(text.lower())


FORMER_REACH = 12  # characters before a mention searched for "cựu"/"nguyên"
LIST_COMMA = ","
COUNTERPART = "counterpart"  # the role of the title "người đồng cấp" in kg/data/titles.jsonl
RECENT_COUNTRIES = 3  # distinct countries remembered for "hòn đảo": the island among the last few named
COMPANY_OF_COUNTRY = "company_of_country"  # Mention.via of "ngân hàng Nga X": a named company of a country
AFFILIATION_REACH = 6  # syllables of a body's name between a title and the body's country
PAIR_MEMORY = 6  # pairs remembered for "hai bên", most recent last
_TALLY_REACH = 2  # sentences back a numbered group ("ba nước") looks for its list (helper h13-j)
_TALLY_MEMORY = 6  # lists of three or more remembered for it, most recent last


@dataclass
class SentenceInfo:
    """One sentence of an article as the relation stage reads it: its character span, syllables and mentions."""

    start: int
    end: int
    syls: list[Syl]
    mentions: list[Mention]

    def __reduce__(self):
        # pickled with its syllables as columns (kg.clean_ahead sends every sentence of every article): one tuple
        # per field instead of one object per syllable loads several times faster
        columns = tuple(tuple(map(attrgetter(name), self.syls)) for name in _SYL_FIELDS)
        return _restored_sentence, (self.start, self.end, columns, self.mentions)


_SYL_FIELDS = ("text", "start", "end", "word_start", "word_end", "verb", "low")


def _restored_sentence(start: int, end: int, columns: tuple[tuple, ...], mentions: list[Mention]) -> SentenceInfo:
    return SentenceInfo(start, end, list(map(_restored_syl, *columns)), mentions)


@dataclass(frozen=True)
class TokenLayout:
    """Where the segmenter put an article's words: the start and end offsets of its tokens, the starts of those
    tagged as verbs (tags V, Vb, Vy: a request's complement starts with one), and each sentence's character span."""

    starts: frozenset[int]
    ends: frozenset[int]
    verb_starts: frozenset[int]
    sentences: tuple[tuple[int, int], ...]


def layout_of_tokens(words, spaces, tags, sent_starts) -> TokenLayout:
    """The layout of pyvi's tokens (kg.pyvi_text.Tokens) as spaCy's Doc of them has it (kg.nlp.tokens_doc): each
    token starts where the one before it and its trailing space end; a sentence runs from a token marked as a
    sentence start (or the first) to the token before the next one."""
    starts, ends, verbs, firsts = [], [], [], []
    offset = 0
    for i, (word, space, tag, first) in enumerate(zip(words, spaces, tags, sent_starts)):
        starts.append(offset)
        ends.append(offset + len(word))
        if tag.startswith("V"):
            verbs.append(offset)
        if i == 0 or first:
            firsts.append(i)
        offset += len(word) + (1 if space else 0)
    lasts = [i - 1 for i in firsts[1:]] + [len(starts) - 1]
    return TokenLayout(frozenset(starts), frozenset(ends), frozenset(verbs),
                       tuple((starts[a], ends[b]) for a, b in zip(firsts, lasts)))


@dataclass
class ArticleActors:
    """Mentions found so far in one article, and the state references are resolved against."""

    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    last_country: str | None = None
    last_pair: tuple[str, str] | None = None
    last_group: tuple[str, ...] | None = None  # the last coordinated list ("A, B và C"), for "các nước trên"
    last_group_end: int = -1  # where its last mention ends: a list grows only from its own last member
    people_by_surname: dict[str, str] = field(default_factory=dict)
    people_by_role: dict[tuple[str, str | None], str] = field(default_factory=dict)
    role_holders: dict[str, set[str]] = field(default_factory=dict)  # everyone named after each title
    people_by_country: dict[str, str] = field(default_factory=dict)
    people_by_title: dict[tuple[str, str], str] = field(default_factory=dict)  # (title role, country) -> person
    last_title: tuple[str, int] | None = None  # the title role of the last person named with one, and where
    others_by_surname: dict[str, str] = field(default_factory=dict)  # names found by capitalisation, by last word
    country_mentions: dict[str, int] = field(default_factory=dict)  # how often each country was named so far
    last_pair_end: int = -1  # where the right member of last_pair ends
    last_people: tuple[tuple[str, int], ...] = ()  # the last two distinct people named (id, start): "hai ông"
    pairs: list[tuple[tuple[str, str], int]] = field(default_factory=list)  # recent pairs (pair, where it ends)
    acted_pair_end: int = -1  # where the last pair not written as a qualifying dyad was named
    party_speaker_pairs: set[tuple[str, str]] = field(default_factory=set)  # pairs of a speaker and X (h13-g)
    sentence_start: int = 0
    sentence_first_start: int = -1  # where the first mention of the sentence being read starts (-1: none yet)
    recent_countries: tuple[str, ...] = ()  # the last few distinct countries named, most recent last: "hòn đảo"
    sentence_countries: tuple[str, ...] = ()  # the distinct countries named so far in this sentence, in order
    previous_countries: tuple[str, ...] = ()  # … and in the sentence before: "nước láng giềng"
    tally_sentence: int = 0  # the number of the sentence being read, for "ba nước" (helper h13-j)
    tally_groups: list[tuple[tuple[str, ...], int]] = field(default_factory=list)  # lists of 3+ and their sentence

    def focal_country(self) -> str | None:
        """The article's country so far: the most named one, its people and bodies counting double (the last
        named among equals)."""
        if not self.country_mentions:
            return None
        return max(self.country_mentions, key=lambda c: (self.country_mentions[c], c == self.last_country))


class ActorRecognizer:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self._name_words = _name_words(lexicon)  # person id -> the folded words of all its listed names
        # a mention can only start at a syllable that starts some name, title, sector or reference phrase:
        # every other syllable is skipped without trying the matchers
        cue = lexicon.cue
        self._country_anaphora = sorted(cue("country_anaphora"), key=len, reverse=True)
        self._title_country_anaphora = sorted(cue("title_country_anaphora"), key=len, reverse=True)
        self._person_pairs = cue("person_pair_anaphora")  # "hai nhà lãnh đạo": two people, not two countries
        self._country_pairs = cue("country_pair_anaphora")  # "hai nước": two countries, not two bodies
        self._pair_anaphora = sorted(cue("pair_anaphora") | self._person_pairs | self._country_pairs, key=len,
                                     reverse=True)
        self._country_noun = sorted(cue("country_noun"), key=len, reverse=True)
        self._demonstrative = lexicon.cue_words("demonstrative")
        self._ambiguous_blockers = lexicon.cue_words("ambiguous_blocker")
        self._coordinators = lexicon.cue_words("coordinator")
        # "Mỹ - Hàn", "Việt Nam – Hoa Kỳ": the coordinators that are dashes, which write a dyad
        self._dashes = frozenset(c for c in self._coordinators if not any(x.isalnum() for x in c)) - {LIST_COMMA}
        self._partner_markers = tuple(lexicon.cue_words("partner_marker"))
        self._not_actor_before = lexicon.cue_words("not_actor_before")
        self._plural_markers = lexicon.cue_words("plural_marker")
        self._former_markers = lexicon.cue_words("former_marker")
        # "Tổng thống tự phong Venezuela": a title claimed or lost, not the office; its holder is not the state
        self._claimed_office = sorted(cue("claimed_office"), key=len, reverse=True)
        self._plural_pairs = frozenset(p for p in cue("plural_marker") if len(p) == 2)
        g = grammar()
        # "sự ủng hộ của/từ quân đội": an agent marker, not a relative clause opener ("vụ việc do lực lượng nổi dậy …")
        self._agent_slots = (g.passive_markers | g.partner_preps | {g.between, g.passive_agent}
                             | (g.agent_markers - g.relative_markers))
        self._owner_first = frozenset(p[0] for p in cue("person_title_generic")) | frozenset(
            key[0] for key in lexicon.titles) | grammar().honorifics
        self._name_particles = lexicon.cue_words("name_particle")
        self._person_titles = _index(cue("person_title_generic"))
        self._org_heads = _index(cue("org_head"))
        # "Các bên nhất trí …": a list reference only where it opens its sentence (the subject)
        self._list_opening = cue("list_anaphora_opening")
        self._list_anaphora = sorted(cue("list_anaphora") | self._list_opening, key=len, reverse=True)
        self._named_pairs = sorted(lexicon.named_pairs, key=len, reverse=True)
        self._pair_first = frozenset(p[0] for p in self._pair_anaphora) | {p[0] for p in self._list_anaphora}
        self._named_pair_first = frozenset(p[0] for p in self._named_pairs)
        # "ba nước", "cả bốn quốc gia này": a numeral and a group noun (kg/data/grammar.jsonl `tally_*`)
        self._tally_numerals = {row.words: int(row.value) for row in g.of("tally_numeral")}
        self._tally_nouns = sorted(((row.words, row.value) for row in g.of("tally_group_noun")),
                                   key=lambda x: len(x[0]), reverse=True)
        self._tally_openers = g.phrases("tally_opener")
        self._tally_closers = sorted(g.phrases("tally_closer"), key=len, reverse=True)
        self._tally_clause_openers = g.phrases("tally_clause_opener")
        self._tally_first = frozenset(p[0] for p in self._tally_numerals) | {p[0] for p in self._tally_openers}
        # "hai bên xung đột tại …": a reference qualified as another group; "tại biên giới liên Triều": a placed pair;
        # "với B nhưng … với C": a link between two predicates of one subject (helper h15-a)
        self._pair_qualifiers = g.phrases("pair_qualifier")
        self._pair_place_nouns = g.phrases("pair_place_noun")
        self._predicate_links = g.phrases("partner_predicate_link")
        self._islands_at = _index(sorted(lexicon.island_refs, key=len, reverse=True))  # "hòn đảo", "đảo quốc"
        self._neighbours_at = _index(sorted(cue("neighbour_anaphora"), key=len, reverse=True))  # "nước láng giềng"
        self._neighbour_blockers = lexicon.cue_words("neighbour_blocker")  # "như", "của" after it: named there
        self._neighbour_counts = lexicon.cue_words("neighbour_count")  # "hai nước láng giềng": several, no one
        self._country_first = (frozenset(p[0] for p in self._country_anaphora) | {p[0] for p in self._country_noun}
                               | set(self._islands_at) | set(self._neighbours_at))
        # the same phrase lists by first syllable (order kept): a reference is tried only against the phrases its
        # syllable starts, not every one of them
        self._pair_anaphora_at = _index(self._pair_anaphora)
        self._list_anaphora_at = _index(self._list_anaphora)
        self._named_pairs_at = _index(self._named_pairs)
        self._country_anaphora_at = _index(self._country_anaphora)
        self._country_noun_at = _index(self._country_noun)
        self._viet_syllable = _syllable_shape(lexicon)
        self._first_text = frozenset(lexicon.name_lengths).union(lexicon.not_actor_lengths)
        self._first_low = frozenset(lexicon.folded_lengths).union(
            lexicon.title_lengths, lexicon.sector_prefix_lengths, lexicon.sector_lengths, self._pair_first,
            self._named_pair_first, self._tally_first,
            self._country_first, lexicon.bare_sector_lengths)

    def article(self, text: str, layout: TokenLayout) -> tuple[ArticleActors, list[SentenceInfo]]:
        """The actors of a whole article (its state once read) and each sentence's syllables and mentions, from its
        text and where the segmenter put its words. Blank sentences are skipped; each is trimmed of spaces."""
        state = ArticleActors()
        sentences: list[SentenceInfo] = []
        starts, ends, verbs = layout.starts, layout.ends, layout.verb_starts
        for start, end in layout.sentences:
            piece = text[start:end]
            if not piece.strip():
                continue
            start += len(piece) - len(piece.lstrip())
            end -= len(piece) - len(piece.rstrip())
            syls = self.join_spaced_hyphens([Syl(m.group(), a, b, a in starts, b in ends, a in verbs)
                                             for m in SYLLABLE.finditer(text, start, end) for a, b in (m.span(),)])
            sentences.append(SentenceInfo(start, end, syls, self.sentence(text, start, end, state, syls)))
        self._join_short_names(state, sentences)
        return state, sentences

    def _join_short_names(self, state: ArticleActors, sentences: list[SentenceInfo]) -> None:
        """'thượng nghị sĩ Kaine' and 'thượng nghị sĩ đảng Dân chủ Tim Kaine' in one article, in either order: a
        surname titled alone ('ông Kriener', a person of its own) is the one longer name of the article that ends
        with it (Western order), which, titled through it, is a person too; both become that person, labelled in
        full. Two longer names ending with the surname leave it apart; listed people keep their own labels."""
        joined = self._short_name_owners(state, sentences)
        if not joined:
            return
        for sentence in sentences:
            sentence.mentions = [_rejoined(m, joined) for m in sentence.mentions]
        state.mentions[:] = [_rejoined(m, joined) for m in state.mentions]

    def _short_name_owners(self, state: ArticleActors, sentences: list[SentenceInfo]) -> dict[str, str]:
        """Actor id -> the person it joins: each lone titled surname, and the longer name it shortens."""
        named = {m.actor_id for m in state.mentions}
        longer: dict[str, dict[str, set[str]]] = {}  # surname -> each longer name ending with it -> its actor ids
        for actor_id in named:
            actor = state.actors[actor_id]
            words = actor.label.split()
            if (actor_id not in self.lex.actors and actor.type in ("person", "other") and 1 < len(words) <= 4
                    and all(map(_is_name, words))):
                longer.setdefault(words[-1], {}).setdefault(actor.label, set()).add(actor_id)
        joined: dict[str, str] = {}
        for actor_id in named:
            short = state.actors[actor_id]
            owners = longer.get(short.label, {})
            if (actor_id in self.lex.actors or short.type != "person" or " " in short.label or len(owners) != 1
                    or self._is_viet(short.label)):
                continue
            label, ids = next(iter(owners.items()))
            if self._other_given_name(sentences, label.split()):
                continue
            full = [state.actors[x] for x in sorted(ids)]
            person = Actor(id=f"person:{slug(label)}", label=label, label_vi=full[0].label_vi, type="person",
                           country=next((a.country for a in full if a.country), short.country),
                           role=next((a.role for a in full if a.role), short.role))
            state.actors[person.id] = person
            joined.update(dict.fromkeys((actor_id, *ids), person.id))
        return joined

    def _other_given_name(self, sentences: list[SentenceInfo], name: list[str]) -> bool:
        """Whether the article writes the surname of `name` after a name other than its own given name ('Anna
        Kessler' beside 'Thomas Kessler', though no actor was made of it): two people may bear it."""
        surname, given = name[-1], name[-2]
        return any(s.text == surname and p.text != given and _is_name(p.text) and p.low not in self._owner_first
                   for sentence in sentences for p, s in pairwise(sentence.syls))

    def sentence(self, text: str, start: int, end: int, state: ArticleActors,
                 syls: list[Syl] | None = None) -> list[Mention]:
        """Mentions in text[start:end], in order; updates the article state. `syls`: the sentence's syllables
        when the caller has them already."""
        if syls is None:
            syls = self.join_spaced_hyphens([Syl(*s) for s in syllable_spans(text, start, end)])
        state.sentence_start = start
        state.tally_sentence += 1
        state.previous_countries, state.sentence_countries = state.sentence_countries, ()
        found: list[Mention] = []
        claimed: list[tuple[int, int]] = []  # phrases that name no actor ("Trung Đông"): kept out of every match
        first_text, first_low = self._first_text, self._first_low
        # phonetic spellings ("Ca-ta", "V.Pu-tin") are hyphenated: only sentences with a hyphen try them
        phonetic = text.find("-", start, end) >= 0
        not_actor = self.lex.not_actor_lengths
        i = 0
        while i < len(syls):
            syl = syls[i]
            if syl.text not in first_text and syl.low not in first_low:
                if phonetic and "-" in syl.text and syl.text[:1].isupper():
                    mention, used = self._phonetic(syls, i, state, text, found)
                    if mention is not None:
                        found.append(mention)
                        self._remember(mention, state, text)
                        self._pairs_from_coordination(found[-2:], text, state)
                        i += used
                        continue
                i += 1
                continue
            if syl.text in not_actor:
                n = self._not_actor_at(syls, i)
                if n:
                    claimed.append((syls[i].start, syls[i + n - 1].end))
                    i += n
                    continue
            mentions, used = self._at(syls, i, state, text)
            if mentions and self._region_inside(syls, i, used):
                i += 1  # "các nước Mỹ Latin": the region, not "nước Mỹ", claims "Mỹ"
                continue
            if not mentions and phonetic and "-" in syl.text and syl.text[:1].isupper():
                mention, used = self._phonetic(syls, i, state, text, found)
                mentions = [mention] if mention is not None else []
            for mention in mentions:
                found.append(mention)
                self._remember(mention, state, text)
                self._pairs_from_coordination(found[-2:], text, state)
                self._pair_with_speaker(found[-2:], text, state)
            i += used
        found = self._proper_nouns(syls, found, text, state, claimed)
        state.mentions.extend(found)
        return found

    def join_spaced_hyphens(self, syls: list[Syl]) -> list[Syl]:
        """'Moon Jae - in' as the syllable 'Jae-in' of the listed name 'Moon Jae-in': some texts (and word-segmented
        corpora restored to plain text) put spaces around the hyphen of a name. Only where the joined syllable
        belongs to a listed name, or ends a romanised name of three parts ('Lee Do - hoon'), so 'Hà Nội - nơi …'
        stays apart."""
        known = self.lex.hyphen_syllables
        if not known or all(s.text != HYPHEN for s in syls):
            return syls  # most sentences have no spaced hyphen
        out: list[Syl] = []
        k = 0
        while k < len(syls):
            if k + 2 < len(syls) and syls[k + 1].text == HYPHEN:
                n = _hyphen_chain(syls, k, known)  # 'Jaish - e - Mohammed': a listed name of three parts
                joined = HYPHEN.join(s.text for s in syls[k : k + n : 2])
                if n > 3 or joined in known or _romanised_given_name(syls, k):
                    out.append(Syl(joined, syls[k].start, syls[k + n - 1].end, syls[k].word_start,
                                   syls[k + n - 1].word_end))
                    k += n
                    continue
            out.append(syls[k])
            k += 1
        return out

    def _region_inside(self, syls: list[Syl], i: int, used: int) -> bool:
        """A phrase that names no actor (`not_actor`: "Mỹ Latin") starts inside the match of `used` syllables at i
        and runs past its end ("nước Mỹ Latin"): the match's last words belong to the region."""
        not_actor = self.lex.not_actor_lengths
        return any(syls[p].text in not_actor and p + self._not_actor_at(syls, p) > i + used
                   for p in range(i + 1, min(i + used, len(syls))))

    def _not_actor_at(self, syls: list[Syl], i: int) -> int:
        for n in self.lex.not_actor_lengths.get(syls[i].text, ()):
            if i + n <= len(syls) and tuple([s.text for s in syls[i : i + n]]) in self.lex.not_actor:
                return n
        return 0

    def _proper_nouns(self, syls: list[Syl], found: list[Mention], text: str, state: ArticleActors,
                      claimed: list[tuple[int, int]] = ()) -> list[Mention]:
        """Proper names the lexicon lacks ('Fethullah Gullen', 'Daw Myo Aye') become actors of type `other`
        rather than being dropped: runs of two or more capitalised syllables outside every mention, not after or
        starting with a place or media word ('Theo Forbes', 'Biển Azov'). A person title before the run ('Tướng
        Surovikin', 'Bà Massicot') makes a person, who may be a party to events, and stays out of the label; a last name already seen in the
        article is that person ('Dara Massicot' … 'bà Massicot'). An organisation head noun before the run
        ('Ngân hàng Dandong', 'Tập đoàn Wagner') makes an organisation."""
        covered = _covered(syls, [(m.start, m.end) for m in found] + list(claimed))
        # whether each syllable may be part of such a run, once (a run's search restarts on every syllable)
        free_name = [not c and _is_name_syllable(s.text) for s, c in zip(syls, covered)]
        free_name.append(False)  # ends the last run
        extra: list[Mention] = []
        for k, free in enumerate(free_name):
            if not free or (k > 0 and free_name[k - 1]):
                continue  # a run starts at k only
            j = k + 1
            while free_name[j]:
                j += 1
            mention = self._proper_noun(syls, k, j, covered, text, state, found, extra)
            if mention is not None:
                extra.append(mention)
        if not extra:
            return found
        # a company's mention spans the country that owns it ("ngân hàng Nga X"): that country's own mention goes
        kept = [m for m in found if not any(e.start <= m.start and m.end <= e.end for e in extra)]
        return sorted(kept + extra, key=lambda m: m.start)

    def _proper_noun(self, syls, k, j, covered, text, state, found=(), extra=()) -> Mention | None:
        if syls[k].low in self._not_actor_before or (k > 0 and syls[k - 1].low in self._not_actor_before):
            return None
        # a person title or an organisation head noun, written as part of the run or just before it
        title_n = _prefix_len(syls, k, j, self._person_titles)
        head_n = 0 if title_n else _prefix_len(syls, k, j, self._org_heads)
        before_title = before_head = 0
        title_country = None
        if not title_n and not head_n and k > 0 and not covered[k - 1]:
            before_title = _suffix_len(syls, k, self._person_titles, covered)
            before_head = 0 if before_title else _suffix_len(syls, k, self._org_heads, covered)
            if before_head and not syls[k - before_head].text[:1].isupper():
                before_head = 0  # "tổ chức World Cup" (to organise): a head noun is written as part of the name
        elif not title_n and not head_n and k > 0:
            owned = self._company_of_country(syls, k, j, found, covered, text, state)
            if owned is not None:
                return owned
            title_country = self._title_country_before(syls, k, found, covered, state)
            before_title = int(title_country is not None)
        name_k = k + title_n + head_n
        if name_k >= j or syls[name_k].low in self.lex.sector_prefix_lengths:
            return None
        if self._title_at(syls, k)[0] is not None and not (title_n or head_n):
            return None
        n = j - name_k
        if head_n or before_head:
            if n < 1 or (n == 1 and self._is_viet(syls[name_k].text)):
                return None
            first = k if head_n else k - before_head
            label = text[syls[first].start : syls[j - 1].end]
            label = label[:1].upper() + label[1:]
            actor = Actor(id=f"organisation:{slug(label)}", label=label, label_vi=label, type="organisation")
            return self._mention(actor, syls, first, j - first, text, state, "head_noun")
        person = bool(title_n or before_title) or self._listed_under_plural_title(syls, k, [*found, *extra], state)
        surname = syls[j - 1].text
        known = state.people_by_surname.get(surname) or state.others_by_surname.get(surname)
        if n == 1:
            if known and (person or k > 0) and not self._is_viet(surname):
                # a listed person, or one a title made a person ("Bà X" … "ông X"), is codable
                via = "surname" if known in self.lex.actors or person or self._is_person(known, state) else "proper_noun"
                return self._mention(self._actor(known, state), syls, name_k, 1, text, state, via)
            if not (person and not self._is_viet(surname)):
                return None
        name = " ".join(s.text for s in syls[name_k:j])  # 'Kim Jung - sook' joined: 'Kim Jung-sook'
        shortened = self._shortened_name(name, state)
        if shortened:  # "Di Maio" after "Luigi Di Maio"
            return self._mention(self._actor(shortened, state), syls, name_k, n, text, state, "surname")
        kind = "person" if person else "other"
        actor = state.actors.get(f"{kind}:{slug(name)}") or Actor(
            id=f"{kind}:{slug(name)}", label=name, label_vi=name, type=kind, country=title_country)
        state.others_by_surname.setdefault(surname, actor.id)
        return self._mention(actor, syls, name_k, n, text, state, "titled" if person else "proper_noun")

    def _listed_under_plural_title(self, syls, k, mentions, state: ArticleActors) -> bool:
        """'Các bà Rosalynn Carter, Laura Bush và Michelle Obama': a plural marker and a person title before a list's
        first name title every name the list joins; the run at k follows a joiner after such a list of persons."""
        joiners = grammar().list_joiners
        p = k - 1
        if p <= 0 or syls[p].low not in joiners:
            return False  # most names follow no joiner: build nothing for them
        by_end = {m.end: m for m in mentions}
        starts = {s.start: x for x, s in enumerate(syls)}
        uncovered = [False] * len(syls)
        while p > 0 and syls[p].low in joiners:
            mention = by_end.get(syls[p - 1].end)
            if mention is None or mention.start not in starts or not self._is_person(mention.actor_id, state):
                return False
            q = starts[mention.start]
            if not syls[q].text[:1].isupper():  # "các thượng nghị sĩ Mike Lee": the mention holds its title
                return q > 0 and syls[q - 1].low in self._plural_markers
            title = _suffix_len(syls, q, self._person_titles, uncovered)
            if title:
                return q - title > 0 and syls[q - title - 1].low in self._plural_markers
            p = q - 1
        return False

    def _shortened_name(self, name: str, state: ArticleActors) -> str | None:
        """The one person named so far in the article whose name ends with `name`, a shorter form of it."""
        tail = f" {name}"
        found = {a.id for a in state.actors.values() if a.type == "person" and a.label.endswith(tail)}
        return found.pop() if len(found) == 1 else None

    def _is_person(self, actor_id: str, state: ArticleActors) -> bool:
        return self._actor(actor_id, state).type == "person"

    def _company_of_country(self, syls, k, j, found, covered, text, state) -> Mention | None:
        """'ngân hàng Nga Evrofinance Mosnarbank', 'công ty Trung Quốc Zhuhai Zhenrong': a company noun (grammar
        class `company_noun`), a country, then a name the lexicon lacks: that company, an organisation of the
        country. Its mention spans the noun and the country, which only says whose the company is (the caller
        drops the country's mention), so a frame reads the company as one party, as it reads 'Tập đoàn Wagner'."""
        country = next((m for m in found if m.end == syls[k - 1].end), None)
        if country is None or state.actors[country.actor_id].type != "country":
            return None
        c = next(x for x in range(k) if syls[x].start >= country.start)
        noun = next((p for p in grammar().company_nouns if _matches_before(syls, c, p)), None)
        if noun is None or any(covered[c - len(noun) : c]):
            return None
        if j - k == 1 and self._is_viet(syls[k].text):
            return None  # one Vietnamese-looking syllable is more often a word than a name
        label = text[syls[k].start : syls[j - 1].end]
        actor = state.actors.get(f"organisation:{slug(label)}") or Actor(
            id=f"organisation:{slug(label)}", label=label, label_vi=label, type="organisation",
            country=country.actor_id)
        first = c - len(noun)
        return self._mention(actor, syls, first, j - first, text, state, COMPANY_OF_COUNTRY)

    def _title_country_before(self, syls, k, found, covered, state) -> str | None:
        """'mục sư Mỹ Andrew Brunson', 'học giả Australia Yang Jun': a person title, then a country named (a
        mention ending just before the run), then the name: a person of that country (its id), else None."""
        country = next((m for m in found if m.end == syls[k - 1].end), None)
        if country is None or state.actors[country.actor_id].type != "country":
            return None
        c = next(x for x in range(k) if syls[x].start >= country.start)
        titled = c > 0 and not covered[c - 1] and (_suffix_len(syls, c, self._person_titles, covered)
                                                   or self._titled_affiliation(syls, c, covered))
        return country.actor_id if titled else None

    def _titled_affiliation(self, syls, c, covered) -> bool:
        """'Giám đốc Ngân hàng Trung ương Iran Valiollah Seif': a title, then the name of the body the person
        heads (opening with a capitalised organisation head noun), then its country: the name after them is
        that official, a person of the country."""
        for s in range(c - 1, max(-1, c - 1 - AFFILIATION_REACH), -1):
            if covered[s] or not syls[s].text[:1].isalpha():
                return False
            if syls[s].text[:1].isupper() and _prefix_len(syls, s, c, self._org_heads) and (
                    _suffix_len(syls, s, self._person_titles, covered) or self._title_ends_at(syls, s, covered)):
                return True
        return False

    def _title_ends_at(self, syls, s, covered) -> bool:
        """Whether a title of titles.jsonl ('Giám đốc', 'Chủ tịch') ends just before syls[s]."""
        for back in (1, 2, 3, 4):
            a = s - back
            if a < 0 or covered[a]:
                return False
            if tuple(x.low for x in syls[a:s]) in self.lex.titles:
                return True
        return False

    def _is_viet(self, token: str) -> bool:
        """A syllable Vietnamese spelling allows ('Tình', 'Trung'), as against a foreign one ('Surovikin')."""
        return self._viet_syllable(token) is not None

    # -- matching ------------------------------------------------------------------------------------------
    def _at(self, syls: list[Syl], i: int, state: ArticleActors, text: str) -> tuple[list[Mention], int]:
        # each matcher in turn, skipped where its own first test would fail (the syllable starts none of its
        # phrases): the same matches, without the calls
        syl, lex = syls[i], self.lex
        if syl.low in self._named_pair_first:
            pair, used = self._named_pair(syls, i, state, text)
            if pair:
                return pair, used
        if state.tally_groups and syl.low in self._tally_first:
            group, used = self._tally_reference(syls, i, state, text)
            if group:
                return group, used
        if state.last_group is not None and syl.low in self._pair_first:
            group, used = self._list_reference(syls, i, state, text)
            if group:
                return group, used
        if state.last_pair is not None and (syl.low in self._pair_first or syl.low in lex.sector_lengths):
            pair, used = self._pair_reference(syls, i, state, text)
            if pair:
                return pair, used
        if syl.low in lex.title_lengths:
            mention, used = self._title(syls, i, state, text)
            if mention is not None:
                return [mention], used
            if used > 1:
                return [], used  # a claimed or former office with no name: a person the coder cannot name
        if syl.low in lex.sector_prefix_lengths:
            mention, used = self._composite(syls, i, state, text)
            if mention is not None:
                return [mention], used
        if syl.low in lex.bare_sector_lengths:
            mention, used = self._bare_sector(syls, i, state, text)
            if mention is not None:
                return [mention], used
        if syl.text in lex.name_lengths or syl.low in lex.folded_lengths:
            mention, used = self._name(syls, i, state, text)
            if mention is not None:
                return [mention], used
        if state.last_country is not None and syl.low in self._country_first:
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

    def _bare_sector(self, syls, i, state, text):
        """'Quân đội', 'phe đối lập' with no country after them: the article's country's ("Zimbabwe … Quân đội
        đã quản thúc …"). Not after a plural ("các chính phủ"), nor before a name or a reference ("quân đội hai
        nước"), nor before any country has been named."""
        country = state.focal_country()
        coordinated = i > 1 and syls[i - 1].low in self._coordinators and syls[i - 2].text[:1].isupper()
        if not (syls[i].text[:1].isupper() or coordinated or (i > 0 and syls[i - 1].low in self._agent_slots)
                or self._bare_object(syls, i)):
            return None, 1  # only where it acts or is met: clause-initial, "bị quân đội …", "với phe đối lập",
            # "sự ủng hộ của quân đội", listed after a named actor ("chính phủ Syria và phe đối lập"), or a
            # faction word as a verb's object ("cáo buộc phe đối lập")
        before = [s.low for s in syls[max(0, i - 2):i]]
        if country is None or any(w in self._plural_markers for w in before) or tuple(before) in self._plural_pairs:
            return None, 1  # "các chính phủ", "các nhóm phiến quân"
        for n in self.lex.bare_sector_lengths.get(syls[i].low, ()):
            sector = self.lex.bare_sectors.get(tuple([s.low for s in syls[i : i + n]]))
            if sector is None or i + n > len(syls):
                continue
            nxt = syls[i + n] if i + n < len(syls) else None
            if nxt is not None and (nxt.text[:1].isupper() or nxt.low in self._pair_first
                                    or nxt.low in self._country_first or nxt.low in self._owner_first):
                return None, 1  # a name, a reference or a person owns it: "chính quyền ông Trump"
            actor_id = f"{sector}:{country.split(':', 1)[1]}"
            if actor_id in self.lex.actors:
                return self._mention(self.lex.actors[actor_id], syls, i, n, text, state, "bare_sector"), n
        return None, 1

    def _bare_object(self, syls, i) -> bool:
        """'Maduro cáo buộc phe đối lập …': a faction word (sectors.jsonl `bare_object`), which has no generic
        reading, is also the focal country's body as the object of a verb right before it. Not after a noun
        ("thủ lĩnh phe đối lập": its leader), nor before a place ("phe đối lập ở Venezuela": another country's)."""
        lengths = [n for n in self.lex.bare_sector_lengths.get(syls[i].low, ())
                   if self.lex.bare_sectors.get(tuple(s.low for s in syls[i:i + n])) in self.lex.bare_object_sectors]
        if i == 0 or not lengths:
            return False
        k = i - 1
        while k > 0 and not syls[k].word_start:
            k -= 1  # the verb's first syllable carries the tag: "cáo buộc"
        end = i + max(lengths)
        place = end < len(syls) and syls[end].low in grammar().place_preps
        return syls[k].verb and syls[k].text.islower() and not place

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
        if _designation_follows(syls, i + n):
            return None, n  # "máy bay EP -3", "tiêm kích Su -35": a model's designation, not the actor "EP"
        actor = self.lex.actors[entry.actor_id]
        if actor.type == "person" and (self._name_runs_on(syls, i + n, actor) or self._name_runs_on(syls, i - 1, actor)):
            return None, n  # "Fidel Ramos", "Ivanka Trump": another person whose name shares a known one's part
        if actor.type == "person":
            state.people_by_surname[syls[i + n - 1].text] = actor.id
        return self._mention(actor, syls, i, n, text, state, entry.via), n

    def _name_runs_on(self, syls: list[Syl], k: int, known: Actor) -> bool:
        """'cựu Tổng thống Philippines Fidel Ramos': a known person's (partial) name followed at k by a capitalised
        syllable of foreign spelling that starts no listed name is part of another person's name, not that person
        ('Fidel' alone is Fidel Castro); so is one preceded by such a syllable (k before the name: "Ivanka Trump",
        "Hunter Biden"). A Vietnamese word there ("Putin Chủ nhật …") does not count, nor a word of one of the
        person's own names ("Jon Huntsman Jr.", "Ali Bagheri Kani", "Joseph Biden" where listed)."""
        if k < 0 or k >= len(syls) or not _is_name(syls[k].text) or self._is_viet(syls[k].text):
            return False
        own = self._name_words.get(known.id, frozenset()) | _words_of((known.label, known.label_vi or ""))
        if _folded(syls[k].text) in own:
            return False
        entry, _ = self._lookup(syls, k)
        return entry is None

    def _ambiguous_ok(self, syls: list[Syl], i: int, n: int) -> bool:
        """A name that is also a common word ("Anh", "Pháp") counts only capitalised, and not before a word that
        makes it a pronoun or common noun; at the start of a sentence, as the head of a list of names ("Anh, Pháp
        và Đức …") or as a word of its own before a lower-case word ("Pháp chỉ trích …", not "Ý tưởng …")."""
        if not syls[i].text[0].isupper():
            return False
        nxt = syls[i + n].low if i + n < len(syls) else ""
        if i == 0:
            after = syls[i + n + 1].text if i + n + 1 < len(syls) else ""
            if nxt in self._coordinators | {","}:
                return after[:1].isupper()
            # "Pháp chỉ trích …", "Đức hoan nghênh …": a word of its own before a lower-case predicate; the
            # segmenter glues the common word into its compound ("Ý_tưởng", "Thái_độ", "Trung_tâm")
            own_word = syls[i].word_start and syls[i + n - 1].word_end
            return own_word and nxt[:1].isalpha() and nxt[:1].islower() and nxt not in self._ambiguous_blockers
        if nxt[:1].islower() and not syls[i + n - 1].word_end:
            return False  # glued into a common compound: "Ngân hàng Trung_ương", "Trung_tâm"
        return nxt not in self._ambiguous_blockers

    def _title(self, syls, i, state, text):
        """Title [country] [name] -> the person, with role and country; title + country alone -> that office."""
        title, n = self._title_at(syls, i)
        if title is None:
            return None, 1
        j = i + n
        claimed = next((p for p in self._claimed_office if _matches(syls, j, p)), None)
        j += len(claimed) if claimed else 0
        country = None
        body = None  # "Người phát ngôn Bộ Ngoại giao Trung Quốc": the ministry the spokesperson speaks for
        j += self._tally_counterpart_of(syls, j, title)
        entry, m = self._lookup(syls, j) if j < len(syls) else (None, 0)
        if entry is not None and self.lex.actors[entry.actor_id].type == "country":
            country = entry.actor_id
            j += m
        elif j < len(syls) and syls[j].low in self.lex.sector_prefix_lengths:
            mention, used = self._composite(syls, j, state, text)
            if mention is not None:
                body = self.lex.actors[mention.actor_id]
                country = body.country
                j += used
        elif entry is None and j < len(syls) and "-" in syls[j].text and syls[j].text[:1].isupper():
            # a name the lexicon lists ("Tổng thống Pu-tin") is never re-read phonetically as a country (Bhutan)
            place = self._phonetic_place(syls[j].text)
            if place is not None and self.lex.actors[place].type == "country":
                country = place
                j += 1
        if country is None and body is None:
            for phrase in self._title_country_anaphora:
                if _matches(syls, j, phrase):
                    country = state.last_country
                    j += len(phrase)
                    break
        person, k = self._person_name(syls, j, state, title.role, country)
        if person is not None:
            mention = self._mention(person, syls, i, k - i, text, state, "title")
            if claimed:
                return mention, k - i  # "Tổng thống tự phong Juan Guaido": the person, who holds no office
            state.role_holders.setdefault(title.role, set()).add(person.id)
            if not self._former(mention, text):  # "cựu Tổng thống Mỹ Obama" holds no rank now
                self._titled(state, title, person.country or country, person.id, syls[i].start)
            return mention, k - i
        if country is not None and (claimed or self._former_before(syls, i)):
            return None, j - i  # "Tổng thống tự phong Venezuela", "cựu Ngoại trưởng Mỹ" unnamed: not the state
        if body is not None:
            return self._mention(body, syls, i, j - i, text, state, "title"), j - i
        if country is None:
            return self._sole_holder(syls, i, j, title, state, text)
        if title.role == COUNTERPART and self._speaker_rank(state):
            # "Ngoại trưởng Mỹ … hội đàm với người đồng cấp Triều Tiên": the North Korean of the speaker's rank, else
            # the country, not whoever of that country was named last (its leader)
            holder = state.people_by_title.get((self._speaker_rank(state), country))
            target = self._actor(holder or country, state)
            return self._mention(target, syls, i, j - i, text, state, "coref"), j - i
        holder = state.people_by_role.get((title.role, country))
        if holder is not None and self._is_person(holder, state):
            self._titled(state, title, country, holder, syls[i].start)
        if holder is None and title.role == COUNTERPART:
            holder = state.people_by_country.get(country)  # "người đồng cấp Ukraine": the Ukrainian leader named
        if holder is None and title.sector:  # "thủ lĩnh đối lập Venezuela": the opposition, not the state
            holder = self._sector_actor(title.sector, country)
            if holder is None:
                return None, 1
        target = self._actor(holder, state) if holder else self._actor(country, state)
        return self._mention(target, syls, i, j - i, text, state, "coref"), j - i

    def _tally_counterpart_of(self, syls, j: int, title) -> int:
        """'hội đàm với người đồng cấp của Nga': the possessive between the counterpart title and a country is
        skipped (1), so the title reads as 'người đồng cấp Nga' does; elsewhere nothing is skipped (0) (helper
        h13-j)."""
        if title.role != COUNTERPART or j + 1 >= len(syls) or syls[j].low != grammar().possessive:
            return 0
        entry, _ = self._lookup(syls, j + 1)
        return 1 if entry is not None and self.lex.actors[entry.actor_id].type == "country" else 0

    @staticmethod
    def _titled(state: ArticleActors, title, country: str | None, person: str, start: int) -> None:
        if title.role == COUNTERPART:
            return
        state.last_title = (title.role, start)
        if country:
            state.people_by_title[(title.role, country)] = person

    @staticmethod
    def _speaker_rank(state: ArticleActors) -> str | None:
        """The title of the last person named with one in this sentence: whose rank 'người đồng cấp' matches."""
        if state.last_title is None or state.last_title[1] < state.sentence_start:
            return None
        return state.last_title[0]

    def _sole_holder(self, syls, i, j, title, state, text):
        """A capitalised title alone ('kêu gọi Tổng thống rời ghế'): the one person of that role the article has
        named, if only one."""
        holders = state.role_holders.get(title.role, ())
        if len(holders) != 1 or not syls[i].text[:1].isupper():
            return None, 1
        return self._mention(self._actor(next(iter(holders)), state), syls, i, j - i, text, state, "coref"), j - i

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
        if (entry is not None and self.lex.actors[entry.actor_id].type == "person"
                and not self._name_runs_on(syls, j + m, self.lex.actors[entry.actor_id])):
            return self.lex.actors[entry.actor_id], j + m
        known = state.people_by_surname.get(syls[j].text)
        if known and (j + 1 >= len(syls) or not _is_name(syls[j + 1].text)):
            return self._actor(known, state), j + 1
        k = j
        while k < len(syls) and k - j < 6 and (_is_name(syls[k].text) or (
                k > j and syls[k].text in self._name_particles and k + 1 < len(syls) and _is_name(syls[k + 1].text))):
            k += 1
        if k == j or (k - j == 1 and not any(c in syls[j].text for c in ".-") and self._is_viet(syls[j].text)):
            return None, j  # one plain capitalised syllable is more often a word ("Tình báo") than a name
        if syls[j].low in self.lex.sector_prefix_lengths or _prefix_len(syls, j, k, self._org_heads):
            return None, j  # "Bộ Ngoại giao …", "Ngân hàng …" start a body, not a name
        if any("-" in s.text for s in syls[j:k]) and not _romanised(syls[j:k]):
            target = self._phonetic_person(syls, j, k)
            if target is not None:
                return self.lex.actors[target], k
        name = " ".join(s.text for s in syls[j:k])
        surname = syls[k - 1].text
        if surname in self.lex.surnames:
            known = self.lex.actors[self.lex.surnames[surname]]
            if _may_be(known, country) and (k - j == 1 or self._ends_with_name_of(syls, j, k, known.id)):
                return known, k
        actor = Actor(id=f"person:{slug(name)}", label=name, label_vi=name, type="person", country=country, role=role)
        state.people_by_surname[surname] = actor.id
        state.actors.setdefault(actor.id, actor)
        return actor, k

    def _ends_with_name_of(self, syls, j: int, k: int, actor_id: str) -> bool:
        """Whether the written name syls[j:k] ends with one of the person's listed names ("Taliban Mullah Baradar"
        ends with "Mullah Baradar"; "Jimmy Carter" ends with only the surname of Ashton Carter)."""
        for x in range(j + 1, k):
            entry, m = self._lookup(syls, x)
            if entry is not None and entry.actor_id == actor_id and x + m == k and m > 1:
                return True
        return False

    def _pair_reference(self, syls, i, state, text) -> tuple[list[Mention], int]:
        """'hai bên', 'hai nước' -> the pair just named; 'quân đội hai nước' -> both countries' militaries."""
        if state.last_pair is None:
            return [], 1
        sector, k = self._sector_at(syls, i)
        if i + k >= len(syls) or syls[i + k].low not in self._pair_first:
            return [], 1
        for phrase in self._pair_anaphora_at.get(syls[i + k].low, ()):
            if _matches(syls, i + k, phrase):
                n = k + len(phrase)
                if self._qualified_reference(syls, i + n):
                    return [], n
                pair = self._people_pair(state) if phrase in self._person_pairs and not sector else None
                entry = None
                if pair is None:
                    pair, entry = self._antecedent(state, phrase in self._country_pairs)
                ids = [self._sector_actor(sector, a) if sector else a for a in pair or ()]
                if not ids or any(x is None for x in ids):
                    return [], 1
                if entry is not None:
                    self._refresh_pair(state, entry)
                return [self._mention(self._actor(x, state), syls, i, n, text, state, "coref:pair") for x in ids], n
        return [], 1

    def _qualified_reference(self, syls, j: int) -> bool:
        """'ủng hộ hai bên xung đột tại Venezuela', 'các bên tham chiến ở Yemen': a conflict noun and a place
        preposition right after the reference (syls[j:]) make it the parties of the conflict named there, another
        group than the pair or list named before (grammar class `pair_qualifier`, helper h15-a)."""
        if j >= len(syls):
            return False
        for phrase in self._pair_qualifiers.by_first.get(syls[j].low, ()):
            after = j + len(phrase)
            if _matches(syls, j, phrase) and after < len(syls) and syls[after].low in grammar().place_preps:
                return True
        return False

    def _antecedent(self, state: ArticleActors, countries: bool) -> tuple[tuple[str, ...] | None, tuple | None]:
        """The pair 'hai bên' refers to: the latest remembered pair; 'hai nước' wants two countries: people and
        bodies stand for theirs ('Ngoại trưởng Hàn Quốc … và Ngoại trưởng Mỹ …, hai nước'), a pair with a member of
        no country ('Việt Nam - Liên minh Kinh tế Á - Âu') is passed over. Also the remembered entry it came from."""
        for entry in reversed(state.pairs):
            pair = entry[0]
            pair = self._countries_of(pair, state) if countries else self._party_level(pair, state)
            if pair is not None:
                return pair, entry
        return None, None

    @staticmethod
    def _refresh_pair(state: ArticleActors, entry: tuple[tuple[str, str], int]) -> None:
        """'Hiệp định … Việt Nam - Liên minh Kinh tế Á - Âu … doanh nghiệp hai nước. Hai bên nhất trí …': a pair
        just referred to is the discourse's pair again, ahead of one named in passing since; the next 'hai bên'
        refers to it too (helper h15-a). Where it was named (its end) is kept."""
        if state.pairs and state.pairs[-1] == entry:
            return
        state.pairs = [*(p for p in state.pairs if p != entry), entry]
        state.last_pair, state.last_pair_end = entry

    def _party_level(self, pair: tuple[str, str], state: ArticleActors) -> tuple[str, str]:
        """'Tổng thống Indonesia … hội đàm với Chủ tịch nước Trần Đại Quang … Hai bên …': a pair of a country and a
        person of another country is the two countries; the person stands for theirs (helper h13-g). Two people,
        two countries, a person and their own country, and a speaker paired by "ông và X" are left as named."""
        if pair in state.party_speaker_pairs:
            return pair  # "Thủ tướng Israel cho biết ông và Tổng thống Mỹ Joe Biden … hai bên": the speaker and X
        if {self._actor(a, state).type for a in pair} != {"country", "person"}:
            return pair
        return self._countries_of(pair, state) or pair

    def _countries_of(self, pair: tuple[str, str], state: ArticleActors) -> tuple[str, str] | None:
        actors = [self._actor(a, state) for a in pair]
        ids = tuple(a.id if a.type == "country" else a.country for a in actors)
        return ids if None not in ids and ids[0] != ids[1] else None

    def _people_pair(self, state: ArticleActors) -> tuple[str, ...] | None:
        """'hai nhà lãnh đạo', 'hai ông': the last two people named, where both came after the pair last
        coordinated and that pair is not two people ('quân nhân Hàn Quốc và Mỹ … Tổng thống Moon … đón
        người đồng cấp Mỹ. Hai nhà lãnh đạo …')."""
        if all(self._is_person(a, state) for a in state.last_pair) or len(state.last_people) < 2:
            return None
        if state.last_people[0][1] < state.last_pair_end:
            return None
        return tuple(a for a, _ in state.last_people)

    def _named_pair(self, syls, i, state, text) -> tuple[list[Mention], int]:
        """'hội nghị thượng đỉnh liên Triều', 'lãnh đạo hai miền Triều Tiên': one phrase naming two actors, which
        become the pair 'hai bên' refers to next."""
        for phrase in self._named_pairs_at.get(syls[i].low, ()):
            if _matches(syls, i, phrase):
                ids = self.lex.named_pairs[phrase]
                n = len(phrase)
                if any(x not in self.lex.actors for x in ids) or self._restated(ids, state):
                    return [], n
                if self._placed_pair(syls[i].start, text, state):  # "tại biên giới liên Triều": a place
                    return [self._mention(self.lex.actors[x], syls, i, n, text, state, "named_pair") for x in ids], n
                self._add_pair(state, (ids[0], ids[1]), syls[i + n - 1].end)
                state.acted_pair_end = syls[i + n - 1].end
                # "hai miền Triều Tiên và Mỹ": a list may go on from the pair, its two members counting (h13-j)
                state.last_group, state.last_group_end = (ids[0], ids[1]), syls[i + n - 1].end
                return [self._mention(self.lex.actors[x], syls, i, n, text, state, "named_pair") for x in ids], n
        return [], 1

    def _restated(self, ids: tuple[str, ...], state: ArticleActors) -> bool:
        """'Moon Jae-in và Kim Jong-un … họp thượng đỉnh liên Triều': the pair that acted earlier in the sentence,
        named again as the qualifier of a noun, adds no parties."""
        if state.acted_pair_end < state.sentence_start or state.last_pair is None:
            return False
        return set(self._countries_of(state.last_pair, state) or ()) == set(ids)

    def _list_reference(self, syls, i, state, text) -> tuple[list[Mention], int]:
        """'các nước trên', 'ba nước này', 'cả hai' -> every actor of the list named in an earlier sentence (in
        its own sentence such a phrase names other parties: "kêu gọi các nước này …" after a list is rare)."""
        if state.last_group_end >= syls[0].start:
            return [], 1
        for phrase in self._list_anaphora_at.get(syls[i].low, ()):
            if (phrase in self._list_opening and any(s.text[:1].isalnum() for s in syls[:i])
                    and not self._tally_clause_opened(syls, i)):
                continue
            if _matches(syls, i, phrase):
                n = len(phrase)
                if self._qualified_reference(syls, i + n):
                    return [], n
                return [self._mention(self._actor(x, state), syls, i, n, text, state, "coref:list")
                        for x in state.last_group], n
        return [], 1

    def _tally_clause_opened(self, syls, i: int) -> bool:
        """'Tuy nhiên, các bên …', '… sau khi các bên đạt được …': a clause opener (a comma after it aside) right
        before syls[i] makes it the subject of a clause, as opening the sentence does (helper h13-j)."""
        k = i - 1 if i > 0 and syls[i - 1].text == LIST_COMMA else i
        return any(k >= len(p) and tuple(s.low for s in syls[k - len(p) : k]) == p for p in self._tally_clause_openers)

    @staticmethod
    def _tally_remember(state: ArticleActors, grows: bool) -> None:
        """A list of three or more just named or grown: what 'ba nước', 'bốn quốc gia' may refer to later."""
        if len(state.last_group) < 3:
            return
        kept = state.tally_groups
        if grows and kept and set(kept[-1][0]) < set(state.last_group) and kept[-1][1] == state.tally_sentence:
            kept = kept[:-1]  # the list grew by one more member: the shorter one was never a list of its own
        state.tally_groups = [*kept[-(_TALLY_MEMORY - 1):], (state.last_group, state.tally_sentence)]

    def _tally_reference(self, syls, i, state, text) -> tuple[list[Mention], int]:
        """'Nga, Iran và Thổ Nhĩ Kỳ … Ba nước nhất trí …', 'cả bốn quốc gia trên', '5 nước': a numeral and a group
        noun refer to the latest list of exactly that many actors named in the sentences just before (helper
        h13-j). A country noun wants countries: people and bodies of the list stand for theirs. 'bên'/'phía' refer
        only after 'cả', before a demonstrative or opening the sentence ('đàm phán ba bên' qualifies a noun); a name
        right after the noun ('ba nước Anh, Pháp và Đức') names the members there; no list of that size in reach
        names no one."""
        k = i
        opener = next((p for p in self._tally_openers if _matches(syls, k, p)), None)
        k += len(opener) if opener else 0
        count = self._tally_numerals.get((syls[k].low,)) if k < len(syls) else None
        if count is None:
            return [], 1
        k += 1
        noun = next(((p, v) for p, v in self._tally_nouns if _matches(syls, k, p)), None)
        if noun is None:
            return [], 1
        k += len(noun[0])
        closer = next((p for p in self._tally_closers if _matches(syls, k, p)), None)
        k += len(closer) if closer else 0
        if closer is None and k < len(syls) and syls[k].text[:1].isupper():
            return [], 1
        opening = not any(s.text[:1].isalnum() for s in syls[:i])
        if noun[1] == "side" and not (opener or closer or opening):
            return [], 1
        for members, said in reversed(state.tally_groups):
            if said < state.tally_sentence - _TALLY_REACH:
                break
            if said == state.tally_sentence or len(members) != count:
                continue
            ids = list(members)
            if noun[1] == "country":
                countries = [self._tally_country(x, state) for x in ids]
                if None in countries or len(set(countries)) != count:
                    return [], 1
                ids = countries
            return [self._mention(self._actor(x, state), syls, i, k - i, text, state, "coref:list") for x in ids], k - i
        return [], 1

    def _tally_country(self, actor_id: str, state: ArticleActors) -> str | None:
        actor = self._actor(actor_id, state)
        return actor.id if actor.type == "country" else actor.country

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
        if state.last_country is None or syls[i].low not in self._country_first:
            return None, 1
        for phrase in self._country_anaphora_at.get(syls[i].low, ()):
            if _matches(syls, i, phrase):
                n = len(phrase)
                return self._mention(self._actor(state.last_country, state), syls, i, n, text, state, "coref"), n
        island = self._island_reference(syls, i, state, text)
        if island[0] is not None:
            return island
        neighbour = self._neighbour_reference(syls, i, state, text)
        if neighbour[0] is not None:
            return neighbour
        # "quốc gia Trung Đông này": a noun phrase closed by "này" within a few syllables
        for phrase in self._country_noun_at.get(syls[i].low, ()):
            if _matches(syls, i, phrase):
                for k in range(i + len(phrase), min(i + 6, len(syls))):
                    if syls[k].low in self._demonstrative:
                        n = k - i + 1
                        actor = self._actor(state.last_country, state)
                        return self._mention(actor, syls, i, n, text, state, "coref"), n
        return None, 1

    def _island_reference(self, syls, i, state, text) -> tuple[Mention | None, int]:
        """'Trung Quốc tập trận quanh Đài Loan. Hòn đảo đã phản đối …', '… Mỹ tuyên bố ủng hộ hòn đảo': "hòn đảo",
        "đảo quốc" refer to the latest island state (the row's `actors`) among the last few countries named; not
        before a name ("hòn đảo Hokkaido")."""
        for phrase in self._islands_at.get(syls[i].low, ()):
            if _matches(syls, i, phrase):
                n = len(phrase)
                named = i + n < len(syls) and syls[i + n].text[:1].isupper()
                islands = [c for c in state.recent_countries if c in self.lex.island_refs[phrase]]
                if named or not islands:
                    return None, n
                return self._mention(self._actor(islands[-1], state), syls, i, n, text, state, "coref"), n
        return None, 1

    def _neighbour_reference(self, syls, i, state, text) -> tuple[Mention | None, int]:
        """'Trung Quốc và Ấn Độ nối lại đường bay thẳng. Bắc Kinh hoan nghênh bước đi của nước láng giềng' (India),
        'Maduro cắt quan hệ với Colombia sau khi chính quyền nước láng giềng …' (Colombia): the neighbour of the
        sentence's first country named is the one other country named before it in the sentence, else, when the
        sentence names no other, the one other country of the sentence before. Two candidates, or none, give no
        actor; so do a plural ("các/một số nước láng giềng như …"), an owner or a name after it ("nước láng giềng
        của Nga", "nước láng giềng Ukraine"), and a sentence that names no country before it."""
        for phrase in self._neighbours_at.get(syls[i].low, ()):
            if _matches(syls, i, phrase):
                n = len(phrase)
                after = syls[i + n] if i + n < len(syls) else None
                before = tuple(s.low for s in syls[max(0, i - 2):i])
                if (before and (before[-1] in self._plural_markers or before[-1] in self._neighbour_counts
                                or before in self._plural_pairs) or after is not None
                        and (after.text[:1].isupper() or after.low in self._neighbour_blockers)):
                    return None, n
                if not state.sentence_countries:
                    return None, n
                own = state.sentence_countries[0]
                others = [c for c in state.sentence_countries if c != own]
                if not others:
                    others = [c for c in state.previous_countries if c != own]
                if len(others) != 1:
                    return None, n
                return self._mention(self._actor(others[0], state), syls, i, n, text, state, "coref"), n
        return None, 1

    # -- phonetic spellings --------------------------------------------------------------------------------
    def _phonetic(self, syls, i, state, text, found) -> tuple[Mention | None, int]:
        """A capitalised hyphenated spelling the lexicon lacks, matched by sound: 'Ca-ta' (Qatar), 'Ri-át'
        (Riyadh), 'Đô-nan Trăm' (Donald Trump), 'Rếch Ti-lơ-xơn' (Rex Tillerson), 'V.Pu-tin' (Putin)."""
        token = syls[i].text
        if token in self.lex.media_vi or not self._phonetic_shape(token):
            return None, 1
        k = i + 1
        while k < len(syls) and k - i < 3 and _is_name(syls[k].text) and not (
                syls[k].text in self.lex.name_lengths):
            k += 1
        start = i
        last = found[-1].end if found else -1
        if (i > 1 and _is_name(syls[i - 1].text) and syls[i - 1].start > last and "-" not in syls[i - 1].text
                and not self._is_viet(syls[i - 1].text)):
            start = i - 1  # "Rếch Ti-lơ-xơn": the given name before the hyphenated surname
        if k - start > 1 or start < i:
            target = self._phonetic_person(syls, start, k)
            if target is not None:
                return self._mention(self.lex.actors[target], syls, start, k - start, text, state, "phonetic"), k - i
        place = self._phonetic_place(token)
        if place is not None:
            return self._mention(self.lex.actors[place], syls, i, 1, text, state, "phonetic"), 1
        target = self._phonetic_person(syls, i, i + 1)
        if target is not None:
            return self._mention(self.lex.actors[target], syls, i, 1, text, state, "phonetic"), 1
        return None, 1

    def _phonetic_shape(self, token: str) -> bool:
        """A Vietnamese phonetic spelling: capitalised, hyphenated, no digit, no all-capital part ("VOV-Trung"),
        not names joined ("Nga-Mỹ"), and most parts syllables Vietnamese spelling allows ("Tanf", "Jong" are not)."""
        parts = _INITIAL.sub("", token).split("-")
        if len(parts) < 2 or any(not p or not p.isalpha() or p.isupper() and len(p) > 1 for p in parts):
            return False
        if all(p in self.lex.name_lengths for p in parts):
            return False  # "Nga-Mỹ", "Mỹ-Trung": names joined, read by the names themselves
        return 2 * sum(self._is_viet(p) for p in parts) > len(parts)

    def _phonetic_place(self, token: str) -> str | None:
        if not self._phonetic_shape(token):
            return None
        hit = self.lex.phonetic("places").best(token)
        return hit[0] if hit and hit[0] in self.lex.actors else None

    def _phonetic_person(self, syls, j, k) -> str | None:
        """The person whose English name sounds like syls[j:k] (the whole run, else its hyphenated last word)."""
        if not any(self._phonetic_shape(s.text) for s in syls[j:k]):
            return None
        index = self.lex.phonetic("people")
        spelling = _INITIAL.sub("", " ".join(s.text for s in syls[j:k]))
        hit = index.best(spelling)
        if hit is None and k - j > 1 and self._phonetic_shape(syls[k - 1].text):
            hit = index.best(_INITIAL.sub("", syls[k - 1].text))
        return hit[0] if hit and hit[0] in self.lex.actors else None  # a media name ("Roi-tơ") is no actor

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

    def _remember(self, mention: Mention, state: ArticleActors, text: str) -> None:
        if state.sentence_first_start < state.sentence_start:
            state.sentence_first_start = mention.start
        actor = state.actors[mention.actor_id]
        named = actor.id if actor.type == "country" else actor.country
        if named and not mention.via.startswith("coref") and mention.via != "bare_sector":
            # a person or body named is the country's own politics; a country named may be a foreign party
            weight = 1 if actor.type == "country" else 2
            state.country_mentions[named] = state.country_mentions.get(named, 0) + weight
        if actor.type == "country":
            state.last_country = actor.id
        elif actor.country and not mention.via.startswith("coref"):
            state.last_country = actor.country  # "Bộ Quốc phòng Trung Quốc … nước này" is China
        if state.last_country and (actor.type == "country" or actor.country and not mention.via.startswith("coref")):
            kept = [c for c in state.recent_countries if c != state.last_country][-(RECENT_COUNTRIES - 1):]
            state.recent_countries = (*kept, state.last_country)
            if state.last_country not in state.sentence_countries:
                state.sentence_countries = (*state.sentence_countries, state.last_country)
        if actor.type == "person" and not mention.via.startswith("coref:"):
            if state.last_people and state.last_people[-1][0] == actor.id:
                state.last_people = (*state.last_people[:-1], (actor.id, mention.start))
            else:
                state.last_people = (*state.last_people[-1:], (actor.id, mention.start))
        if actor.type == "person" and not self._former(mention, text):
            if actor.role:
                state.people_by_role[(actor.role, actor.country)] = actor.id
            if actor.country and mention.via != "coref":
                state.people_by_country[actor.country] = actor.id

    def _former_before(self, syls: list[Syl], i: int) -> bool:
        """'cựu Tổng thống Mỹ': a former marker right before the title."""
        return i > 0 and syls[i - 1].low in self._former_markers

    def _former(self, mention: Mention, text: str) -> bool:
        """'cựu Tổng thống Mỹ Ronald Reagan': a former holder is not who 'người đồng cấp Mỹ' names later."""
        words = text[max(0, mention.start - FORMER_REACH) : mention.start].split()[-1:] + mention.text.split()[:1]
        return any(w.lower() in self._former_markers for w in words)

    def _pairs_from_coordination(self, found: list[Mention], text: str, state: ArticleActors) -> None:
        """'A và B' / 'giữa A và B' makes (A, B) the pair that 'hai bên', 'hai nước' refer to later."""
        for left, right in pairwise(found):
            if left.actor_id == right.actor_id or left.via.startswith("coref:pair"):
                continue
            between = text[left.end : right.start].strip().lower()
            # "bà Lê Thị Thu Hằng, người phát ngôn Bộ Ngoại giao": a comma between a person and a body is apposition
            # "tại Sochi, Nga": nor is a comma after a place (_party_placed)
            joined = between in self._coordinators and (between != LIST_COMMA or self._same_kind(left, right, state)
                                                        and not _party_placed(left, text))
            # "A … hội đàm với B": a short stretch ending in "với" pairs two actors of the same kind
            near = len(between) < 60 and between.endswith(self._partner_markers) and self._same_kind(left, right, state)
            # "Nhật Bản và Hàn Quốc tập trận với Mỹ. … hai nước này": a partner of a coordinated group pairs with the
            # group, not with its last member; the coordinated pair stays the one "hai bên" refers to
            near = near and not (joined or state.last_group_end == left.end)
            # "… sự ủng hộ từ Bắc Kinh và thúc đẩy đàm phán với Washington": a "và" ("nhưng") inside the stretch joins
            # two predicates, so the name before it is no party of the talks after it
            linked = near and self._predicate_linked(between)
            near = near and not linked
            placed = (joined or near) and self._placed_pair(left.start, text, state)
            if (joined or near) and not placed and not self._outranked_dyad(left, between, text, state):
                self._add_pair(state, (left.actor_id, right.actor_id), right.end)
            elif linked:
                self._pair_with_subject(left, right, state)
            if joined:
                grows = state.last_group is not None and state.last_group_end == left.end
                members = (*state.last_group, right.actor_id) if grows else (left.actor_id, right.actor_id)
                state.last_group, state.last_group_end = tuple(dict.fromkeys(members)), right.end
                self._tally_remember(state, grows)
                if len(state.last_group) > 2:  # "Trung Quốc, Nga, Cuba": no two of a list are a pair for "hai bên"
                    state.pairs = [p for p in state.pairs if not set(p[0]) <= set(state.last_group)]
                    state.last_pair, state.last_pair_end = state.pairs[-1] if state.pairs else (None, -1)

    def _predicate_linked(self, between: str) -> bool:
        """Whether a link between two predicates ('và', 'nhưng', grammar class `partner_predicate_link`) stands
        inside the stretch between two mentions."""
        words = tuple(_folded(w) for w in between.split())
        return any(words[k : k + len(p)] == p for k in range(len(words)) for p in self._predicate_links.by_first.get(
            words[k], ()))

    def _pair_with_subject(self, left: Mention, right: Mention, state: ArticleActors) -> None:
        """'Campuchia hoãn tập trận chung với Mỹ nhưng diễn tập chung với Trung Quốc': B (left) was just paired as
        the partner of A, and a second predicate of A pairs it with C (right): (A, C) is the pair 'hai nước' refers
        to next, not (B, C) nor (A, B) (helper h15-a). Not where B was coordinated with A ('A và B … với C')."""
        if state.last_pair is None or state.last_pair_end != left.end or state.last_pair[1] != left.actor_id:
            return
        subject = state.last_pair[0]
        if state.last_group_end == left.end or subject == right.actor_id:
            return
        if state.actors[subject].type == state.actors[right.actor_id].type:
            self._add_pair(state, (subject, right.actor_id), right.end)
            state.acted_pair_end = right.end

    def _placed_pair(self, start: int, text: str, state: ArticleActors) -> bool:
        """'cuộc gặp với Kim Jong-un tại biên giới liên Triều', 'Trung Quốc và Ấn Độ … tại khu vực Doklam, giữa
        Bhutan và Trung Quốc': the pair starting at `start` follows a place preposition and a shared-place noun
        (grammar class `pair_place_noun`), with only names, a comma before 'giữa' or 'giữa' between, and an actor
        named earlier in its sentence does something there: the pair locates that act and names no parties (helper
        h15-a). Where no one is named before it ('Căng thẳng ở biên giới Ấn - Trung …') the pair is the parties."""
        if not state.sentence_start <= state.sentence_first_start < start:
            return False
        g = grammar()
        words = _WORD.findall(text, max(state.sentence_start, start - 60), start)[-8:]
        if words and _folded(words[-1].lower()) == g.between:
            words = words[:-2] if len(words) > 1 and words[-2] == LIST_COMMA else words[:-1]
        elif words and words[-1] == LIST_COMMA:
            return False  # "Tại khu vực Donbass, Nga và Ukraine …": the comma closes a fronted place; the pair acts
        for j in range(len(words) - 1, -1, -1):
            if _folded(words[j].lower()) in g.place_preps:
                return self._place_noun_then_names(words[j + 1 :])
        return False

    def _place_noun_then_names(self, words: list[str]) -> bool:
        """Whether words are one or more shared-place nouns ('khu vực biên giới') then only capitalised names."""
        low = [_folded(w.lower()) for w in words]
        k = 0
        while k < len(low):
            noun = next((p for p in self._pair_place_nouns.by_first.get(low[k], ()) if tuple(low[k : k + len(p)]) == p),
                        None)
            if noun is None:
                break
            k += len(noun)
        return k > 0 and all(w[:1].isupper() for w in words[k:])

    def _pair_with_speaker(self, found: list[Mention], text: str, state: ArticleActors) -> None:
        """'Tổng thống Mỹ cho biết ông và nhà lãnh đạo Triều Tiên Kim Jong Un … hai bên …': an honorific used as a
        pronoun right after the speech verb, coordinated with X, is the speaker; (speaker, X) is the pair that 'hai
        bên' refers to next, not a pair named earlier."""
        if len(found) < 2 or found[0].actor_id == found[1].actor_id:
            return
        g = grammar()
        words = tuple(text[found[0].end : found[1].start].lower().split())
        if len(words) < 3 or words[-1] != g.conjunction or words[-2] not in g.honorifics:
            return
        said = words[:-2]
        said = said[:-1] if said and said[-1] in g.complementisers else said
        if said in g.speech_verbs:
            self._add_pair(state, (found[0].actor_id, found[1].actor_id), found[1].end)
            state.party_speaker_pairs.add((found[0].actor_id, found[1].actor_id))

    @staticmethod
    def _add_pair(state: ArticleActors, pair: tuple[str, str], end: int) -> None:
        state.last_pair, state.last_pair_end = pair, end
        state.pairs = [*state.pairs[-(PAIR_MEMORY - 1):], (pair, end)]

    def _outranked_dyad(self, left: Mention, between: str, text: str, state: ArticleActors) -> bool:
        """'biên giới Hàn - Triều', 'Hiệp định … Việt Nam - Liên minh Kinh tế Á - Âu': a dash dyad right after a
        lower-case word qualifies that noun; the pair did nothing, so it does not displace, as what 'hai bên'
        refers to, a pair that acted earlier in its sentence ('các phái đoàn của Mỹ và Triều Tiên … tại biên giới
        Hàn - Triều … giữa hai nước')."""
        before = text[max(0, left.start - 20) : left.start].split()[-1:]
        qualifies = (between in self._dashes and bool(before) and before[0].isalpha() and before[0].islower()
                     and before[0] != grammar().between)
        if not qualifies:
            state.acted_pair_end = left.end
            return False
        return state.acted_pair_end >= state.sentence_start

    @staticmethod
    def _same_kind(left: Mention, right: Mention, state: ArticleActors) -> bool:
        return state.actors[left.actor_id].type == state.actors[right.actor_id].type


def _rejoined(mention: Mention, joined: dict[str, str]) -> Mention:
    """The mention of a short or long name as the person both name (ActorRecognizer._join_short_names); the longer
    name, a person now, is codable as a titled one is."""
    person = joined.get(mention.actor_id)
    if person is None:
        return mention
    return replace(mention, actor_id=person, via="titled" if mention.via == "proper_noun" else mention.via)


def _designation_follows(syls: list[Syl], k: int) -> bool:
    """A hyphen and a number right after a name make it a designation of an aircraft, missile or other model
    ("EP -3", "Su-35", "S - 400", "MH-17"), whatever the letters also abbreviate."""
    return k + 1 < len(syls) and syls[k].text == HYPHEN and syls[k + 1].text[:1].isdigit()


def _party_placed(left: Mention, text: str) -> bool:
    """The mention follows a place preposition ("Tại hội nghị ở Hà Nội, Triều Tiên …", "tại Sochi, Nga"): a place,
    so a comma after it closes a fronted adjunct or locates a city; the name after the comma is no partner of the
    place, and the two make no pair for "hai bên" (helper h13-g)."""
    before = text[max(0, left.start - 12) : left.start].split()[-1:]
    return bool(before) and before[0].lower() in grammar().place_preps


_WORD = re.compile(r"\w+|,")  # a word or comma of the text before a pair, other punctuation left out (_placed_pair)
_PLAIN_NAME = re.compile(r"[A-Z][a-z]{1,9}")  # a capitalised romanised name part, no Vietnamese marks
_PLAIN_GIVEN = re.compile(r"[a-z]{1,5}")
_PLAIN_HYPHENATED = re.compile(r"[A-Z][a-z]{0,9}-[a-z]{1,9}")
_INITIAL = re.compile(r"^\w\.\s*")  # "V.Pu-tin", "X. La-vrốp": the initial of the given name


def _name_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Person id -> the folded syllables of every name listed for it (the words its written name may show)."""
    out: dict[str, set[str]] = {}
    for key, entry in lexicon.names.items():
        if entry.actor_id.startswith("person:"):
            out.setdefault(entry.actor_id, set()).update(_words_of(key))
    return {actor_id: frozenset(words) for actor_id, words in out.items()}


def _words_of(names) -> set[str]:
    """The folded words of names, hyphenated ones also by part ("Jean-Yves" is written "Jean – Yves" too)."""
    words = {_folded(w) for name in names for w in name.split()}
    return words | {part for w in words for part in w.split("-") if part}


def _index(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by first syllable, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        out.setdefault(phrase[0], []).append(phrase)
    return out


def _covered(syls: list[Syl], spans: list[tuple[int, int]]) -> list[bool]:
    """For each syllable, whether it lies inside one of `spans`. Syllables are ordered and disjoint, so those
    inside a span are one run from the first that starts in it, found by bisection."""
    covered = [False] * len(syls)
    if spans:
        starts = [s.start for s in syls]
        for a, b in spans:
            k = bisect_left(starts, a)
            while k < len(syls) and syls[k].end <= b:
                covered[k] = True
                k += 1
    return covered


def _prefix_len(syls: list[Syl], k: int, j: int, index: dict) -> int:
    """Length of the phrase of `index` that syls[k:j] starts with (0 if none)."""
    for phrase in index.get(syls[k].low, ()):
        if k + len(phrase) <= j and all(syls[k + m].low == w for m, w in enumerate(phrase)):
            return len(phrase)
    return 0


def _suffix_len(syls: list[Syl], k: int, index: dict, covered: list[bool]) -> int:
    """Length of a phrase of `index` that ends just before syls[k] (0 if none)."""
    for back in (1, 2, 3, 4):
        a = k - back
        if a < 0 or covered[a]:
            break
        for phrase in index.get(syls[a].low, ()):
            if len(phrase) == back and all(syls[a + m].low == w for m, w in enumerate(phrase)):
                return back
    return 0


def _hyphen_chain(syls: list[Syl], k: int, known: frozenset[str]) -> int:
    """How many syllables from k make the longest 'a - b - c' chain whose joined text is a listed syllable; 3 (one
    hyphen) when none of two hyphens or more is."""
    best, n = 3, 5
    while k + n - 1 < len(syls) and syls[k + n - 2].text == HYPHEN:
        if HYPHEN.join(s.text for s in syls[k : k + n : 2]) in known:
            best = n
        n += 2
    return best


def _syllable_shape(lexicon: Lexicon):
    """token -> a match when Vietnamese spelling allows the syllable (the pattern in kg/data/phonetic_key.json,
    tested on the lower-cased letters without tone and vowel marks)."""
    spec = json.loads(((lexicon.directory or data_dir()) / "phonetic_key.json").read_text(encoding="utf-8"))
    letters = {a: "d" for a, _ in spec["letters"]}  # the letter d with a stroke is a plain d here
    match = re.compile(spec["vietnamese_syllable"]).match

    def shape(token: str):
        token = token.lower()
        for a, b in letters.items():
            token = token.replace(a, b)
        text = unicodedata.normalize("NFD", token)
        return match("".join(c for c in text if not unicodedata.combining(c)))

    return shape


def _is_name_syllable(token: str) -> bool:
    return token[:1].isupper() and any(c.isalpha() for c in token) and not token.isupper()


def _matches(syls: list[Syl], i: int, phrase: tuple[str, ...]) -> bool:
    return i + len(phrase) <= len(syls) and all(syls[i + k].low == word for k, word in enumerate(phrase))


def _romanised(name: list[Syl]) -> bool:
    """'Lee Do-hoon', 'Ban Ki-moon': a romanised name of two or more parts in plain Latin letters, not a Vietnamese
    phonetic spelling ('Rếch Ti-lơ-xơn'), which the phonetic key is for."""
    return len(name) > 1 and all(_PLAIN_NAME.fullmatch(s.text) or _PLAIN_HYPHENATED.fullmatch(s.text) for s in name)


def _romanised_given_name(syls: list[Syl], k: int) -> bool:
    """'Lee Do - hoon', 'Kim Jong - nam': two capitalised plain-Latin parts, then a short lower-case plain-Latin
    one after the hyphen (a Vietnamese word after a dash carries tone marks or follows one: 'Hà Nội - nơi')."""
    parts = [syls[k - 1].text, syls[k].text] if k > 0 else []
    tail = syls[k + 2].text
    return (len(parts) == 2 and all(_PLAIN_NAME.fullmatch(p) for p in parts)
            and _PLAIN_GIVEN.fullmatch(tail) is not None)


def _may_be(known: Actor, country: str | None) -> bool:
    """Whether a titled name ending in a listed person's surname may be that person: not when the title names
    another country ("Bộ trưởng Thương mại Trung Quốc Chung Sơn" is not the Vietnamese minister Bùi Thanh Sơn)."""
    return country is None or known.country in (None, country)


def _is_name(token: str) -> bool:
    return token[:1].isupper() and not token.isupper() or (len(token) > 1 and "." in token and token[0].isupper())


def _matches_before(syls: list[Syl], k: int, phrase: tuple[str, ...]) -> bool:
    """Whether `phrase` ends right before syllable k."""
    return len(phrase) <= k and all(syls[k - len(phrase) + m].low == w for m, w in enumerate(phrase))
