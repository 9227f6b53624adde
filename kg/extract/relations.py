"""Word-order event coding: a trigger from the relation lexicon, the actor(s) before it, the recipient(s) after.

Patterns: "A V với B", "A V B", "A và B V" (reciprocal), "giữa A và B" after a nominal trigger, "A đề nghị B …",
passive "B bị A V" / "B bị V bởi A", agentive "V … của A"; modality from the words between actor and trigger.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from kg.extract.actor_level import country_level_sectors
from kg.extract.actors import COMPANY_OF_COUNTRY, Syl
from kg.extract.lexicon import data_dir, low_key
from kg.grammar import Phrases, grammar
from kg.model import ActorSpan, Event, Mention
from kg.vocab import allied, relation_types, relations_where, relations_with

# The Vietnamese words the frames react to are data: kg/data/grammar.jsonl, read through kg.grammar.grammar()
# (speech verbs, negation, modality, clause markers, prepositions, place and topic nouns, nominalisers, pronouns,
# joiners …), and the relations' properties (reciprocal, partner only via "với", control, destination,
# cooperative, verbal request) are columns of kg/data/relation_types.jsonl, read through kg.vocab.
BETWEEN_REACH = 3  # syllables after a meeting verb where 'giữa' (between) still opens its parties
MAX_OBJECT_GAP = 12  # syllables between trigger and recipient
ONE_WITH_MANY = "one_with_many"  # the between frame's rule when one party faces several
INCLUSION_REACH = 6  # syllables from a joiner to "gồm" in "với 6 cường quốc gồm …"
RELATIVE_VERB_REACH = 4  # syllables after a relative clause's subject searched for its verb
MIN_COMMA_LIST = 3  # mentions joined by bare commas that make a list of actors without "và"
SPLIT_GAP = 4  # syllables of a split row's object before its first name ("8 quan chức Mỹ", "ông X")
APPOSITION_REACH = 20  # syllables of an apposition between a subject and its verb
PURPOSE_GAP = 3  # syllables between a recipient and a purpose clause that restates the act ("vào Syria nhằm tấn công")
AID, PROPOSE = "aid", "propose"  # an offer of aid is a proposal (SentenceCoder._offer)
SANCTION = "sanction"  # halted aid is a sanction (GUIDELINES.md: halting cooperation)
HALTED_TO_SANCTION = frozenset({"aid", "concede"})  # halted aid, a withdrawn permission or access: a sanction
REHEARSED = frozenset({"attack", "coerce"})  # acts of force a drill word before them makes an exercise (mobilize)
MOBILIZE = "mobilize"  # an exercise aimed at a third state (GUIDELINES.md)
CONSULT = "consult"  # talks, whose parties a mediation phrase after them names the mediators of
AGREE = "agree"  # a later verb between an agreement and "với X" owns X (_later_verb_partner)
THREATEN = "threaten"  # a warning about a situation threatens no one (_warns_of_situation)
COOPERATE, HYPOTHETICAL = "cooperate", "hypothetical"  # supposed cooperation is not mutual (_frame_with)
ACCUSE, REJECT = "accuse", "reject"  # an act (not a claim) called unlawful or absurd is criticised (_evaluated_act)
PROTEST = "protest"  # unnamed demonstrators stand for the country they are of (SentenceCoder._protesters_country)
HOLDER_LEAD = 3  # syllables before the name a backing phrase follows, in its clause ("lực lượng SDF dưới sự …")
COPULAR_MODIFIERS = 4  # syllables of modifiers between an act noun after the copula and its "của" ("đơn phương")
PURPOSE_REACH = 16  # syllables from a protest purpose's marker back to the protest
OFFER_REACH = 10  # syllables from an offering verb to the act of aid it offers
SHARED_PREDICATE_GAP = 6  # lower-case syllables between a joiner and the second predicate's trigger ("quyết định áp đặt các")
HALT_CONJUNCT_REACH = 8  # syllables before 'và' searched for a halted first conjunct ("đình chỉ việc chuyển giao vũ khí và …")
COUNT_REACH = 4  # syllables of a count between a trigger's verb and its noun ("hơn 100", "thêm 10.000")
BY_REACH = 5  # syllables from a passive verb to 'bởi', and from 'bởi' to its agent ("bởi tên lửa của Israel")
BORDER_REACH = 4  # syllables from a border noun to its country ("biên giới miền Đông Ukraine")
NATIONALS_SEARCH = 8  # syllables after a detention or release verb searched for nationals ("hai công dân Canada")
PROPOSER_REACH = 8  # syllables from proposed talks back to the proposing word ("đề nghị đăng cai vòng đàm phán")
MEANS_REACH = 6  # syllables a means phrase right after the trigger adds to the recipient search
BORDER_SEARCH = 20  # syllables after a deployment verb searched for a border noun (its clause ends it sooner)
MATERIAL_CONFLICT = "material_conflict"  # the quad class of acts a pressure's means can be (sanctions, strikes)
LEAVING = "withdraw"  # the relation whose recipient a treaty left can name (kg/data/agreements.jsonl)
LIST_GAP = 3  # lower-case words between a list noun and its goods, or between the goods and a passive marker
GOODS_REACH = 8  # syllables a tariff's recipient search reaches past MAX_OBJECT_GAP, for the goods' description
REGARDING_GAP = 2  # words (adverbs: "mạnh mẽ") between a support trigger and the "đối với" that names its recipient
# CAMEO codes (prefixes) of concession rows that name the measure they lift in the row itself (081 "Ease
# administrative sanctions", 085 "Ease economic sanctions, boycott, embargo": "gỡ bỏ lệnh trừng phạt"): "đối với X"
# after them names X, the measure's target (`SentenceCoder._lifts_measure`)
LIFTED_MEASURE_CODES = ("081", "085")
# CAMEO 139 Give ultimatum: "ra tối hậu thư … nếu X không …" demands of the actor its condition names
ULTIMATUM_CODE = "139"
_STRIKE_ATTACK = "attack"
_STRIKE_CAUSE_ENDS = frozenset({"sanction", "attack", "coerce"})  # material acts whose object search a cause verb ends
STRIKE_HEDGE_REACH = 6  # syllables an attack's target search reaches past a hedged site description (helper h13-h)
TARGET_REACH = 8  # syllables after a target phrase ("nhằm vào") searched for the recipient, past MAX_OBJECT_GAP


@dataclass(frozen=True)
class Trigger:
    relation: str
    words: tuple[str, ...]


def load_triggers(path: Path | None = None, include_inactive: bool = False) -> dict[tuple[str, ...], str]:
    path = path or data_dir() / "triggers.jsonl"
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    # a row with "relation": null blocks a phrase that contains a trigger ("tiếp tục" is not "tiếp"); statement rows
    # ("role": "speech", CAMEO 01) and intent rows ("role": "intent", CAMEO 03: "cam kết viện trợ", which the trigger
    # "viện trợ" with the intention word "cam kết" already codes) are data, neither trigger nor block
    # rows with "active": false are CAMEO knowledge not yet admitted: loading all of them lowered strict F1 on the
    # blind split (docs/accuracy.md), so each waits for validation cases that show it helps
    return {low_key(row["trigger"]): (row["relation"], row.get("needs"),
                                                               bool(row.get("symmetric")), row.get("cameo"))
            for row in rows
            if row.get("role") not in ("speech", "intent") and (include_inactive or row.get("active", True))}


@dataclass
class Frame:
    """Who acted and who received, as one frame found them."""

    subjects: list[str]
    objects: list[str]
    symmetric: bool
    rule: str
    relation: str | None = None  # a frame may re-type the trigger ("theo đề nghị của" is a request)


@dataclass
class Found:
    """A trigger occurrence in a sentence: syllable index range and relation."""

    relation: str
    i: int
    j: int  # exclusive
    needs: str | None = None  # "between": fires only as "<trigger> giữa A và B"
    mutual: bool = False  # "A hội đàm với B" is as much B's meeting as A's
    cameo: str | None = None  # the trigger row's CAMEO code
    row_end: int | None = None  # where the matched row ends when its last words open a mention ("triệu tập [đại sứ Mỹ]")
    # or go on after the verb's object ("đưa [Huawei] vào danh sách đen"); then j is where the object starts
    row: tuple[str, ...] | None = None  # the row's key when the object splits it

    @property
    def last(self) -> int:
        """The evidence's last syllable: a split row's evidence runs through its object to its end."""
        return (self.row_end if self.row else self.j) - 1


class RelationExtractor:
    """The trigger lexicon and the frames. It holds configuration only: the state of one sentence lives in the
    SentenceCoder made for it, so one extractor can code any number of sentences, in any order or thread."""

    def __init__(self, triggers: dict[tuple[str, ...], str]):
        self.triggers = triggers
        lengths: dict[str, set[int]] = {}
        for key in triggers:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        self.split_rows = _split_rows(triggers)
        self.mediator_rows = Phrases(key for key, hit in triggers.items() if hit[1] == MEDIATOR)

    def sentence(self, doc_id: str, text: str, start: int, end: int, syls: list[Syl],
                 mentions: list[Mention], same_side=None) -> list[Event]:
        return self.code(doc_id, text, start, end, syls, mentions, same_side)[0]

    def code(self, doc_id: str, text: str, start: int, end: int, syls: list[Syl], mentions: list[Mention],
             same_side=None) -> tuple[list[Event], list[tuple[str, str, str, str]]]:
        """The sentence's events, and for each trigger (evidence, relation, "coded"/"missed", rule or reason)."""
        coder = self.coder(syls, mentions, same_side)
        events, explanations = [], []
        for trig in coder.triggers:
            event, why = coder.code(doc_id, text, start, end, trig)
            if event is not None:
                events.append(event)
            evidence = text[syls[trig.i].start : syls[trig.last].end]
            status = "coded" if event else "missed"
            explanations.append((evidence, trig.relation, status, event.rule if event else why or "no actor pair found"))
        return events, explanations

    def coder(self, syls: list[Syl], mentions: list[Mention], same_side=None) -> SentenceCoder:
        slots = _mention_slots(syls, mentions)
        # _drop_places empties a place's slots by rebinding them (slots[x] = []), never by changing a slot's
        # list, and nothing changes one afterwards: a copy of the outer list keeps what was there before
        unplaced = list(slots)
        _drop_places(syls, slots, lambda k: self._trigger_at(syls, k))
        return SentenceCoder(self, syls, slots, same_side or _never_same_side, unplaced)

    # -- triggers ------------------------------------------------------------------------------------------
    def _triggers(self, syls: list[Syl], slots: list[list[Mention]]) -> list[Found]:
        found = []
        resume = 0  # matches do not overlap: the next one starts after the last
        agent_noun_end = -1  # the end of a person noun made from a trigger ("nhà đàm phán")
        lows = tuple([s.low for s in syls])  # each trigger key is a slice of it
        for i in [k for k, low in enumerate(lows) if low in self.lengths]:  # most syllables start no trigger
            hit = None if i < resume or slots[i] else self._match_at(syls, slots, i, lows)
            if hit is None:
                continue
            resume = hit.row_end or hit.j  # past a split row's words after its object too
            if hit.relation is None:
                continue
            if i > 0 and (syls[i - 1].low in grammar().agent_noun_prefixes or i == agent_noun_end) and not (
                    i > 1 and syls[i - 2].low == grammar().copula):  # "Kiev là kẻ vi phạm": said of its subject
                agent_noun_end = hit.j  # "Nhà đàm phán (hòa đàm)", "kẻ tấn công": its doer, not an event
                continue
            if found and found[-1].needs == "between" and found[-1].j == i:
                continue  # "thỏa thuận hợp tác": the second noun qualifies the first
            found.append(hit)
        return found

    def _match_at(self, syls: list[Syl], slots: list[list[Mention]], i: int, lows: tuple[str, ...]) -> Found | None:
        """The longest trigger (or blocking phrase, relation None) that starts at syllable i (`lows`: every
        syllable's Syl.low). A split row that runs past a shorter row of its verb alone wins ("phê chuẩn việc
        Thụy Điển gia nhập NATO": the accession backed, not a bare ratification)."""
        hit = self._direct_match(syls, slots, i, lows)
        if hit is None or (hit.row is None and hit.relation is not None):
            determined = self._determined_match(syls, slots, i)
            if determined is not None and (hit is None or determined.j > hit.j):
                return determined  # "cắt đứt các quan hệ ngoại giao": the verb-noun row, not the bare verb
        if hit is not None and hit.row is None and hit.relation is not None and lows[i] in self.split_rows:
            split = self._split_match(syls, slots, i)
            if split is not None and (split.row_end or split.j) > (hit.row_end or hit.j):
                return split
        return hit

    def _direct_match(self, syls: list[Syl], slots: list[list[Mention]], i: int, lows: tuple[str, ...]) -> Found | None:
        for n in self.lengths[lows[i]]:
            key = lows[i : i + n]
            if len(key) == n and key in self.triggers and (_word_aligned(syls, i, n) or _glued_to_name(
                    syls, i, n, self.triggers[key][1])) and not _in_name(syls, i):
                end = _mention_opens_at(slots, i, i + n)
                if end is None:
                    continue
                relation, needs, mutual, cameo = self.triggers[key]
                if needs == ARRIVAL and not (i + n < len(syls) and slots[i + n]):
                    continue  # "tới", "sang" are an arrival only right before a named place
                if needs == OWNER_ONLY and not (i + n < len(syls) and lows[i + n] == grammar().possessive):
                    continue  # "lệnh cấm của X" only: "lệnh cấm vận", "lệnh cấm nhập cảnh" keep their own rows
                if needs == ACTOR_AFTER and not _actor_at(syls, slots, i + n):
                    return Found(None, i, i + n)  # "nhờ (sự) ủng hộ của X" is "thanks to", not a request
                if _after_vehicle(syls, i):
                    return Found(None, i, i + n)  # "tàu tuần tra", "máy bay chiến đấu": a kind of craft, no act
                return Found(relation, i, end, needs, mutual, cameo, None if end == i + n else i + n)
        return self._counted_match(syls, slots, i) or (
            self._split_match(syls, slots, i) if lows[i] in self.split_rows else None)  # most start no split row

    def _counted_match(self, syls: list[Syl], slots: list[list[Mention]], i: int) -> Found | None:
        """'phóng hơn 100 tên lửa vào Ukraine', 'điều thêm 10.000 quân tới …': a verb-noun row with a count between
        its verb and its noun (grammar class `quantity_word`, digits, counts); the row's relation, ending after the
        noun. The verb may be a word of two syllables ("huấn luyện hàng nghìn binh sĩ Ukraine"), and the noun may
        open a mention ("[binh sĩ Ukraine]"): the trigger then ends where the mention starts, as in `_match_at`."""
        for verb in (1, 2):
            found = self._counted_after(syls, slots, i, verb)
            if found is not None:
                return found
        return None

    def _counted_after(self, syls: list[Syl], slots: list[list[Mention]], i: int, verb: int) -> Found | None:
        g = grammar()
        k = i + verb
        while k < len(syls) and k - i - verb < COUNT_REACH and (
                syls[k].low in g.quantity_words or syls[k].low in g.duration_counts or syls[k].text[:1].isdigit()):
            k += 1
        if k == i + verb:
            return None  # the usual case: no count after the verb
        span = syls[i + verb : k]
        counted = (s.text[:1].isdigit() or s.low in g.duration_counts or s.low in g.increment_words for s in span)
        if not any(counted) or not _word_aligned(syls, i, verb):  # "bán thêm tiêm kích": 'more' counts too
            return None
        verb_key = tuple(s.low for s in syls[i : i + verb])
        for n in self.lengths[syls[i].low]:
            rest = tuple(s.low for s in syls[k : k + n - verb])
            key = (*verb_key, *rest)
            hit = self.triggers.get(key)
            if n <= verb or len(rest) != n - verb or not hit or not hit[0] or hit[1] is not None:
                continue
            if slots[k]:  # "[binh sĩ Ukraine]": the noun opens the recipient's mention
                if slots[k - 1] or not all(slots[x] and slots[x][0] is slots[k][0] for x in range(k, k + n - verb)):
                    continue
                relation, _, mutual, cameo = hit
                return Found(relation, i, k, None, mutual, cameo, k + n - verb)
            if not (_word_aligned(syls, k, n - verb) or syls[k].word_start):
                continue  # the noun may end inside a glued word, as a row's last syllable may ("10% thuế_quan")
            relation, _, mutual, cameo = hit
            return Found(relation, i, k + n - verb, None, mutual, cameo)
        return None

    def _determined_match(self, syls: list[Syl], slots: list[list[Mention]], i: int) -> Found | None:
        """'cắt đứt các quan hệ ngoại giao với X', 'triệu hồi toàn bộ các nhà ngoại giao': a verb-noun row with
        determiners (grammar class `trigger_determiner`) between its verb (one or two syllables) and its noun; the
        row's relation, ending after the noun. The row is tried after each determiner ("toàn bộ | các nhà ngoại giao")."""
        determiners = grammar().phrases("trigger_determiner")
        for verb in (1, 2):
            k = i + verb
            det = _phrase_starting(syls, k, determiners)
            if det is None or not _word_aligned(syls, i, verb) or _in_name(syls, i):
                continue
            while det is not None:
                k += len(det)
                found = self._noun_row_after(syls, slots, i, verb, k)
                if found is not None:
                    return found
                det = _phrase_starting(syls, k, determiners)
        return None

    def _noun_row_after(self, syls: list[Syl], slots: list[list[Mention]], i: int, verb: int, k: int) -> Found | None:
        """The longest row made of the verb syllables i..i+verb and the words from k on, its noun a whole word that
        opens no mention; rows with a `needs` condition keep their own matching."""
        if k >= len(syls) or slots[k] or not syls[k].word_start:
            return None
        verb_key = tuple(s.low for s in syls[i : i + verb])
        for n in self.lengths[syls[i].low]:
            rest = tuple(s.low for s in syls[k : k + n - verb])
            hit = self.triggers.get((*verb_key, *rest))
            if n <= verb or len(rest) != n - verb or not hit or not hit[0] or hit[1] is not None:
                continue
            if _word_aligned(syls, k, n - verb) and not any(slots[x] for x in range(k, k + n - verb)):
                relation, _, mutual, cameo = hit
                return Found(relation, i, k + n - verb, None, mutual, cameo)
        return None

    def _split_match(self, syls: list[Syl], slots: list[list[Mention]], i: int) -> Found | None:
        """'đưa Huawei vào danh sách đen', 'cấm 8 quan chức Mỹ nhập cảnh': a verb of grammar class `split_verb` whose
        row goes on after its object; the object's first name (and those listed with it) is the recipient."""
        for prefix, rest, key in self.split_rows.get(syls[i].low, ()):
            k = i + len(prefix)
            if not (_phrase_at(syls, i, prefix, len(syls)) and _word_aligned(syls, i, len(prefix))):
                continue
            end = _returned_rest_end(syls, k, rest)  # "bị Mỹ đưa trở lại danh sách đen": no object between, the
            if end is not None and self.triggers[key][0] is not None:  # row read whole, as its passive is
                relation, needs, mutual, cameo = self.triggers[key]
                return Found(relation, i, end, needs, mutual, cameo)
            start = next((x for x in range(k, min(len(syls), k + SPLIT_GAP + 1))
                          if slots[x] or not syls[x].text[:1].isalnum()), None)  # "cấm 8 quan chức Mỹ nhập cảnh"
            if start is not None and slots[start] and _head(slots, start):
                end = _split_rest_end(syls, _list_end(syls, slots, start) + 1, rest)
            else:  # "cấm công dân Malaysia rời khỏi …": the national noun made its country no mention
                nationals = _nationals_name_end(syls, k)
                end = None if nationals is None else _split_rest_end(syls, nationals + 1, rest)
            if end is None:
                continue
            relation, needs, mutual, cameo = self.triggers[key]
            if relation is not None:
                return Found(relation, i, k, needs, mutual, cameo, end, key)
        return None

    def _found_at(self, syls, k) -> Found:
        for n in self.lengths.get(syls[k].low, ()):
            hit = self.triggers.get(tuple([s.low for s in syls[k : k + n]]))
            if hit and hit[0] and hit[1] not in FRAME_ONLY and k + n <= len(syls) and _word_aligned(syls, k, n):
                if _after_vehicle(syls, k):
                    break
                return Found(hit[0], k, k + n, hit[1], hit[2], hit[3])
        return Found("", k, k + 1)

    def _trigger_at(self, syls, k) -> bool:
        """bool(self._found_at(syls, k).relation), without making the Found."""
        for n in self.lengths.get(syls[k].low, ()):
            hit = self.triggers.get(tuple([s.low for s in syls[k : k + n]]))
            if hit and hit[0] and hit[1] not in FRAME_ONLY and k + n <= len(syls) and _word_aligned(syls, k, n):
                return not _after_vehicle(syls, k)
        return False


def _never_same_side(a: str, b: str) -> bool:
    return False


class SentenceCoder:
    """One sentence being coded: its syllables, mention slots and triggers. Made per sentence, never reused."""

    def __init__(self, matcher: RelationExtractor, syls: list[Syl], slots: list[list[Mention]], same_side,
                 unplaced: list[list[Mention]] | None = None):
        self.matcher = matcher
        self.syls = syls
        self.slots = slots
        self.unplaced = unplaced or slots  # the mentions before places were dropped: a border's country
        self._same_side = same_side
        self.triggers = matcher._triggers(syls, slots)
        # an arrival verb ("Ông X tới Nga và ký …") does not end another trigger's search for its actor
        self._trigger_starts = {t.i: t for t in self.triggers if t.needs not in FRAME_ONLY}
        self._why: str | None = None

    def _found_at(self, syls, k) -> Found:
        return self.matcher._found_at(syls, k)

    def _asked_for(self, trig: Found) -> bool:
        """'thúc giục Mỹ … cung cấp thêm vũ khí': an act another trigger of the clause asks for (request, propose,
        demand) is not an act done; the request is the event (CAMEO codes the appeal, not what is appealed for)."""
        g = grammar()
        for t in self.triggers:
            listed = self._addressee_list(t, trig.i)  # (first, end) of the list of addressees, or None
            extra = listed[1] - listed[0] if listed else 0
            if t.j <= trig.i <= t.j + REQUEST_REACH + extra and t.relation in relations_with("verbal_request"):
                if t.needs == OBLIGATION and not self._frame_obligation(self.syls, self.slots, t).subjects:
                    continue  # "Triều Tiên đã phải hứng chịu …": a bare modal asks nothing of anyone
                if self._request_noun_patient(t, trig):
                    continue
                between = range(t.j, trig.i)
                if not any(self.syls[x].text in g.clause_breaks
                           or self.syls[x].text == "," and not (listed and listed[0] < x < listed[1])
                           for x in between):
                    return True
        return False

    def _addressee_list(self, t: Found, end: int) -> tuple[int, int] | None:
        """The span (before `end`) of the list of a request's addressees after its trigger: "ra tối hậu thư cho
        châu Âu, Trung Quốc và Nga có biện pháp …". The list starts with the first name (a capitalised word, not
        the owner after "của": "lời mời của X, Y sẽ thăm …") and runs on over names, list commas and the
        conjunction; it does not use up the request's reach and its commas close no clause. Read before places
        are dropped ("châu Âu" joins a region to the list)."""
        g = grammar()
        syls, slots = self.syls, self.unplaced
        first = next((x for x in range(t.j, min(end, t.j + LIST_LEAD)) if syls[x].text[:1].isupper()), None)
        if first is None or first > 0 and syls[first - 1].low == g.possessive:
            return None
        x = first
        while x < end and (slots[x] or syls[x].text[:1].isupper() or syls[x].low == g.conjunction
                           or syls[x].text == "," and _addressee_comma(syls, slots, x)):
            x += 1
        joined = any(syls[y].text == "," or syls[y].low == g.conjunction for y in range(first, x))
        return (first, x) if joined and slots[x - 1] else None  # one name alone is no list

    def _request_noun_patient(self, t: Found, trig: Found) -> bool:
        """'Đề nghị của Nga bị Mỹ bác bỏ', 'Lời kêu gọi này của LHQ đã bị Israel phớt lờ': a request noun with its
        owner after "của" (a determiner at most between), then a passive marker before the later verb: the request is
        that verb's patient (someone rejects or ignores it), not what it asks for."""
        g, syls = grammar(), self.syls
        owner_at = next((x for x in range(t.j, min(t.j + 2, trig.i)) if syls[x].low == g.possessive), None)
        return owner_at is not None and any(syls[x].low in g.passive_markers and syls[x].word_start
                                            and syls[x].word_end for x in range(owner_at + 1, trig.i))

    def _blamed_for(self, trig: Found) -> bool:
        """'KCNA cáo buộc CIA đứng sau âm mưu ám sát ông Kim': an act right after a blame phrase (a few lower-case
        words between, no actor, no comma) is what the blamed actor is blamed for; the accusation is the event,
        the act only alleged. An undoing verb ("vi phạm") decides what follows it itself (class `undoing`: a broken
        agreement is none; a violated sanction still is, when its imposer is named right after it)."""
        undoing = grammar().undoing
        for t in self.triggers:
            if t.needs == BLAME and t.j <= trig.i <= t.j + BLAME_REACH and tuple(
                    s.low for s in self.syls[t.i : t.j]) not in undoing and not any(
                    self.slots[x] or not self.syls[x].text[:1].islower() for x in range(t.j, trig.i)):
                return True
        return False

    def _denies_act(self, denial: Found, act: Found) -> bool:
        """'Triều Tiên phủ nhận (việc) cung cấp vũ khí cho Nga': `act` is the object of `denial`, a verb of class
        `act_denial` with only the words of class `denied_act_gap` (and a joining verb) between: the denier denies
        doing it, so the act keeps the denier as its actor. Only material acts: a verbal one after a denial is a
        claim denied ('phủ nhận (các) cáo buộc', 'bác bỏ yêu sách của X'), whose maker is rejected."""
        return (act.needs not in FRAME_ONLY and _denied_material_act(self.syls, act)
                and _denial_before(self.syls, act.i) == denial.i)

    def _denied_act_after(self, denial: Found) -> Found | None:
        """The act a denial denies (see _denies_act): the denial is then no rejection of that act's recipient."""
        return next((t for t in self.triggers if t.i >= denial.j and self._denies_act(denial, t)), None)

    def _threat_condition(self, trig: Found) -> bool:
        """'ông cảnh báo rằng nếu Mỹ tấn công sẽ phải chịu đòn trả đũa', 'Iran đe dọa đáp trả nếu Israel không kích
        …': the trigger stands in a condition clause (a condition marker opens it, no comma or clause break between)
        that follows a threaten trigger of the same sentence: the guidelines code the threat (hypothetical), not the
        act its condition supposes."""
        g = grammar()
        for k in range(trig.i - 1, -1, -1):
            if self.syls[k].text == "," or self.syls[k].text in g.clause_breaks:
                return False
            marker = _phrase_starting(self.syls, k, g.condition_markers)
            if marker is not None:
                # only the condition's own verb, right after its subject ("nếu Mỹ (dám) tấn công"); an event named
                # deeper in it is background ("nếu Mỹ không gỡ bỏ các lệnh trừng phạt": the sanctions hold), and
                # "nếu Mỹ tiếp tục …" presupposes an ongoing act, which stays
                return self._condition_verb(k + len(marker), trig.i) and (
                    any(t.relation == THREATEN and t.j <= k for t in self.triggers)
                    or _future_before(self.syls, k) or self._committed_after(trig))
        return False

    def _committed_after(self, trig: Found) -> bool:
        """'Nếu Triều Tiên tấn công Mỹ, Canberra sẽ kích hoạt hiệp ước …': a fronted condition whose main clause,
        after the comma, opens with an actor (clause adverbs before it) followed within COMMIT_REACH syllables by a
        future marker or a threaten trigger: the condition is the supposition of that actor's commitment or threat,
        not coded. "Nếu A và B đạt được thỏa thuận, giá khí đốt sẽ giảm" (no actor commits) keeps its event."""
        g, syls, slots = grammar(), self.syls, self.slots
        comma = next((x for x in range(trig.j, len(syls)) if syls[x].text == "," or syls[x].text in g.clause_breaks), None)
        if comma is None or syls[comma].text != ",":
            return False
        x = comma + 1
        while x < len(syls) and syls[x].low in g.clause_adverbs:
            x += 1
        if x >= len(syls) or not slots[x]:
            return False
        threats = {t.i for t in self.triggers if t.relation == THREATEN}
        return any(syls[y].low in g.future_markers or y in threats for y in range(x + 1, min(len(syls), x + COMMIT_REACH)))

    def _condition_verb(self, start: int, end: int) -> bool:
        """Only the condition's subject (actors and their joiners), clause adverbs and the words of grammar class
        `condition_gap` ("dám", "cố tình") stand from `start` to the trigger at `end`."""
        g, syls = grammar(), self.syls
        gap = grammar().phrases("condition_gap")
        x = start
        while x < end:
            word = _phrase_starting(syls, x, gap)
            if word is not None:
                x += len(word)
            elif (self.slots[x] or syls[x].low in g.clause_adverbs or syls[x].low in g.list_joiners
                  or syls[x].low == g.conjunction):
                x += 1
            else:
                return False
        return True

    def _game_context(self) -> bool:
        return _has_any([s.low for s in self.syls], grammar().game_context)

    def _trigger_at(self, syls, k) -> bool:
        return self.matcher._trigger_at(syls, k)

    def frames(self, trig: Found) -> list[tuple[str, Frame]]:
        """Every frame's reading of the trigger, in priority order (the rules take the first)."""
        out = []
        for name, frame in _frames_of(trig):
            match = frame(self, self.syls, self.slots, trig)
            if match is not None:
                out.append((name, match))
        return out

    # -- coding --------------------------------------------------------------------------------------------
    def code(self, doc_id, text, start, end, trig: Found) -> tuple[Event | None, str | None]:
        """Try each frame in turn; the first that finds both sides codes the event."""
        match = None
        for _, frame in _frames_of(trig):
            match = frame(self, self.syls, self.slots, trig)
            if match is not None:
                break
        return self.code_reading(doc_id, text, start, end, trig, match)

    def code_reading(self, doc_id, text, start, end, trig: Found,
                     match: Frame | None) -> tuple[Event | None, str | None]:
        """The event of one frame's reading (the first frame's, for the rules), and why there is none."""
        self._why = None
        event = self._event(doc_id, text, start, end, trig, match)
        return event, self._why

    def _vetoes(self, trig: Found, relation: str, rule: str | None, before: list[str]):
        """Why a frame's reading is no event, for each check that holds, in order: an open question, a word of a
        name, talks only referred to, an agreement undone, an agency's remit, terms still to agree, a sanction
        violated, a wish, a blame's or a request's complement, a capability, an accusation's claim."""
        syls, slots, g = self.syls, self.slots, grammar()
        if _open_question(syls, trig) and not _named_relative(syls, slots, trig):
            yield f"an open question ('{' '.join(g.unclear[0])} … {' '.join(g.question_tags[0])}'), not an event"
        if _inside_acronymed_name(syls, slots, trig):
            yield "a word of an organisation's name that closes with its acronym in brackets"
        if relation == "consult" and _talks_referred_to(syls, slots, trig):
            yield "talks named as a means or as what is hindered, promoted or conditioned, not talks held"
        if relation == "agree" and _has_any(before[-2:], g.undoing):
            yield "the agreement is violated or left, not made"
        if rule in ("svo", "coordinated_subjects") and _subject_matter_predicate(syls, trig):
            yield "the trigger heads a predicate noun after the copula and a subject-matter noun: what comes before is the topic"
        if _remit_before(syls, slots, trig):
            yield "the kind of act an agency or official is in charge of (its remit), not an act done"
        if relation == "agree" and _deal_exhorted(syls, trig):
            yield "an agreement urged by an exhortation before its verb, not reached"
        if relation == "agree" and _detail_to_agree(syls, slots, trig):
            yield "a relative clause naming the time, place or terms still to be agreed, not an agreement"
        bare = [w for w in before if w not in g.claim_quantifiers and w not in g.nominalisers]
        imposer_named = trig.j < len(syls) and (syls[trig.j].low in g.agent_markers or bool(slots[trig.j])
                                                and _making_verb_after(syls, _mention_edge(slots, trig.j, False) + 1))
        if relation == "sanction" and _has_any(bare[-2:], g.undoing) and not imposer_named:
            # "vi phạm các lệnh trừng phạt Iran": the violator imposes nothing ("vi phạm lệnh cấm vận Washington
            # áp đặt lên Tehran" names who does)
            yield "the sanction is violated or undone, not imposed"
        if _wished_for(syls, slots, trig) and trig.needs != OBLIGATION:  # "muốn X phải …" demands (_frame_obligation)
            yield "hoped for in a wish's complement clause, not an event"
        if relation != "accuse" and self._blamed_for(trig):
            yield "alleged, not done: what a blame phrase accuses its actor of"
        if relation not in relations_with("verbal_request") and self._asked_for(trig):
            yield "asked for, not done: the complement of a request or demand"
        if _capability(syls, slots, trig):
            yield "a capability of the thing named before the comma, not an act"
        if relation in (relation_types()[PROTEST].nested_target or ()) and self._protest_purpose(trig):
            yield "the purpose of a protest in its clause: the protest's target, not an act of its own"
        # "Nga khẳng định cáo buộc này là vô lý": a claim noun referred back to is what is dismissed, not a claim verb
        # whose complement the dismissal would be (discourse.py claim_called_baseless)
        if (relation != "accuse" and rule not in NAMED_EVENT_FRAMES and rule != DISMISSED_CLAIM
                and _claimed(syls, trig)):
            yield "claimed, not asserted: the complement of an accusation"
        if self._denied_act_after(trig) is not None:
            yield "a denial of the actor's own act: the act is coded, negated, with the denier as its actor"
        if rule == "svo" and _report_content_after(syls, trig):
            yield "a report denied names in its content, after a preposition, no one it rejects (only its maker)"
        if _permitted(syls, slots, trig):
            yield "permitted, not done: what another actor allows its actor to do is the permitter's concession"
        if _doubted(syls, trig, self.triggers):
            yield "a nominal event questioned or doubted (its holding put in question): not asserted"
        if relation == "consult" and _doubted(syls, trig, self.triggers, "eve_marker"):
            # "… trước thềm hội nghị thượng đỉnh với Mỹ": the summit dates the clause's act; it is not reported
            yield "a meeting or visit named after 'on the eve of' only dates another act, it is not reported"
        if relation == "consult" and _meeting_unheld(syls, trig, self.triggers):
            yield "a meeting avoided, or any meeting at all under a free-choice quantifier: none is reported (helper p14a)"
        if relation == "consult" and rule in ("dyad", "between") and _meeting_absent(syls, trig):
            # "Duterte không tham gia cuộc họp ASEAN - Mỹ": the absence is the attendee's (helper p14a)
            yield "an absence from a meeting named by its pair: the pair's meeting is neither denied nor reported"
        if _match_venue(syls, trig):
            yield "sides named by country meeting or beating each other in a match (a match stage is the venue): sport"
        if relation == trig.relation == THREATEN and _warns_of_hazard(syls, trig):
            yield "a public alert about a hazard, or a warning to the public: no one is threatened"
        if self._warning_option_purpose_of(trig):
            yield "the purpose of force stated as an option (not ruled out, to coerce X): the threat is the event"
        if self._warning_warned_act(trig):
            yield "what a warning's addressee is warned not to do (warning X not to threaten Y): the warning is the event"
        if relation != THREATEN and self._threat_condition(trig):
            yield "the condition of a threat or warning: the threat is the event, its condition's act is not coded"
        if _capability_marked(syls, trig) or _weapon_capability(syls, slots, trig):
            yield "a capability (what a force or a weapon is able to do), not an act"
        if _speculated(syls, slots, trig):
            yield "a prediction, or an analyst's or observer's assessment: speculation, which the guidelines do not code"
        if _feared(syls, slots, trig):
            yield "an act feared or risked by someone else (a fear or risk word before its agent): not its agent's event"
        if _cancellation_considered(syls, trig):
            yield "a cancellation only considered or threatened: the event is neither held nor cancelled"
        if _negated_condition(syls, trig):
            yield "a negated event in a condition clause: the event is neither asserted nor denied"
        if rule not in NAMED_EVENT_FRAMES and _doubted(syls, trig, self.triggers, "mention_phrase"):
            # "chỉ đề cập đến trừng phạt X": talked about; "đề cập đến các lệnh trừng phạt mà Mỹ áp đặt" names its owner
            yield "a nominal event mentioned or talked about (a topic of speech), not an act of the speaker"
        if rule not in NAMED_EVENT_FRAMES and _doubted(syls, trig, self.triggers, "disputed_matter"):
            # "không tìm được đồng thuận trong việc mời Nga", "bất đồng về việc hỗ trợ Ukraine" (helper h13-g)
            yield "an act the actors disagree or find no consensus on: debated, not done"
        if relation == trig.relation == THREATEN and _warns_of_situation(syls, trig):
            yield "a warning about a situation (crisis, tension, risk): concern, no one is threatened"
        if relation == trig.relation == THREATEN and _party_warns_of_owned_act(self, syls, slots, trig):
            yield "a warning about another's act named as a noun with its owner: the owner acts, no one is threatened"
        if relation == trig.relation == THREATEN and _situation_pair_only(syls, slots, trig):
            yield "the only actors after the warning are the pair of a situation noun ('between A and B'): concern, no target"
        if relation in _NOMINAL_RELATIONS and _nominal_modifier(syls, trig):
            yield "a talk or cooperation noun modifying a role, office or subject-matter noun: an office or a view, not talks held"
        if relation in _NOMINAL_RELATIONS and rule in ("between", "dyad") and _nominal_promoted(self, syls, slots, trig):
            yield "a relation between two others that a third party promotes or backs: not an act of the pair"
        if relation == CONSULT and rule == "coordinated_subjects" and _nominal_attended(syls, self.unplaced, trig):
            yield "attendance at a multilateral forum's meeting (an organisation named after the meeting noun): no bilateral act"
        if relation == CONSULT and _nominal_rumoured(syls, trig):
            yield "a meeting or visit named by a rumour, or by a report that is denied: not reported as held"
        if relation == trig.relation == REJECT_RELATION and trig.needs is None and _refusal_misread(syls, trig, rule):
            yield "an objection whose owner follows the possessive is the owner's; named as a cause, it answers no actor named"
        if _nominal_asked(syls, trig):
            yield "asked about in a yes/no or speculative question, not reported"
        if _endorse_whether_clause(syls, trig, self.triggers):
            yield "the predicate of an embedded whether-clause (a whether-word, then a question tag): asked about, not reported"
        if _nominal_why_not(syls, trig):
            yield "a negated act in a rhetorical why-not question: proposed, neither done nor denied"
        if relation == CONSULT and rule in ("svo", "coordinated_subjects") and _nominal_agenda(syls, trig):
            yield "a meeting named as the owner of an agenda: what comes before is an agenda item, not a party"
        if relation == REJECT and self._talks_meeting_denied(syls, trig):
            yield "a meeting denied (a denial verb before a talks trigger): its parties are not rejected, the meeting is negated"
        if relation == COOPERATE and self._talks_purpose_of(syls, trig):
            yield "a relationship named as the purpose of talks (a purpose marker after the talks): sought, not established"

    def _halted_conjunct(self, syls, trig: Found) -> bool:
        """'đình chỉ việc chuyển giao vũ khí và hỗ trợ an ninh cho X': a trigger right after 'và' or 'cũng như'
        (determiners between) whose first conjunct, a trigger of the same relation in the same clause (no comma,
        clause break or name between, within HALT_CONJUNCT_REACH syllables), is halted (`_halted`) is halted too."""
        g = grammar()
        k = _before_determiners(syls, trig.i)
        joiner = _phrase_before(syls, k, ((g.conjunction,), *g.phrase_joiners))
        if joiner is None:
            return False
        conj = k - len(joiner)
        for x in range(conj - 1, max(-1, conj - 1 - HALT_CONJUNCT_REACH), -1):
            if syls[x].text in g.clause_breaks or syls[x].text == "," or self.slots[x]:
                return False
            first = self._found_at(syls, x)
            if first.relation == trig.relation and first.j <= conj and _halted(syls, first):
                return True
        return False

    def _talks_meeting_denied(self, syls, trig: Found) -> bool:
        """'Điện Kremlin phủ nhận có cuộc gặp giữa ông Putin và ông Trump', 'phủ nhận việc Ngoại trưởng X gặp Y': an
        act-denial verb (grammar class `act_denial`) whose clause goes on, within TALKS_DENIAL_REACH syllables and
        with no comma, clause break or other trigger between, to a talks trigger (consult), with a word of grammar
        class `talks_denied_fact` between ("có", "đã", "từng", "việc": that the meeting took place is denied), denies
        the meeting; the names after the denial are its parties, not rejected claimants ("bác bỏ mọi cuộc đàm phán
        với chính phủ" refuses talks: a rejection of the government). A claim noun between ("phủ nhận
        cáo buộc của Mỹ về cuộc gặp …", an accuse trigger) keeps the rejection of its maker."""
        g = grammar()
        if _phrase_starting(syls, trig.i, g.act_denials) is None:
            return False
        for t in self.triggers:
            if t.i < trig.j or t.i - trig.j > TALKS_DENIAL_REACH:
                continue
            if any(syls[x].text == "," or syls[x].text in g.clause_breaks for x in range(trig.j, t.i)):
                return False
            if any(o.i >= trig.j and o.i < t.i and o is not t for o in self.triggers):
                return False
            facts = g.phrases("talks_denied_fact")  # "có", "đã", "từng", "việc": a fact denied, not talks refused
            return t.relation == CONSULT and any(_phrase_starting(syls, x, facts) for x in range(trig.j, t.i))
        return False

    def _talks_purpose_of(self, syls, trig: Found) -> bool:
        """'vòng đàm phán giữa Mỹ và Triều Tiên nhằm phi hạt nhân hóa … và bình thường hóa quan hệ ngoại giao hai
        nước': a cooperation trigger after a purpose marker (grammar class `talks_purpose_marker`) that follows the
        nearest talks trigger (consult) before it in the same clause (no comma or clause break between) is what the
        talks aim at, not a relationship established. A topic of talks nearer to it ("gặp nhau … để bàn khả năng nối
        lại quan hệ ngoại giao": "bàn" is the nearest talks) keeps its cooperation."""
        g = grammar()
        talks = [t for t in self.triggers if t.relation == CONSULT and t.j <= trig.i]
        if not talks:
            return False
        talk = talks[-1]  # the nearest talks ("gặp nhau … để bàn khả năng nối lại quan hệ": the discussion's topic)
        if any(syls[x].text == "," or syls[x].text in g.clause_breaks for x in range(talk.j, trig.i)):
            return False
        markers = g.phrases("talks_purpose_marker")
        return any(_phrase_starting(syls, x, markers) for x in range(talk.j, trig.i))

    def _event(self, doc_id, text, start, end, trig: Found, match: Frame | None) -> Event | None:
        if match is not None and self._game_context():
            self._why = "a sports or game sentence: its attacks and blocks are play, not politics"
            match = None
        syls, slots = self.syls, self.slots
        if match is None:
            subjects, objects, symmetric, rule = [], [], False, None
        else:
            subjects, objects, symmetric, rule = match.subjects, match.objects, match.symmetric, match.rule
            relation = match.relation or trig.relation
            before = [x.low for x in syls[max(0, trig.i - 6) : trig.i]]
            g = grammar()
            if relation == "consult" and _has_any(_words_before(syls, trig, PROPOSING_REACH), g.proposing):
                if _invitee_between(syls, slots, trig):
                    subjects, objects = [], []  # "Putin mời ông Kim tới thăm Nga": the invitation is the event
                    self._why = "a meeting its actor is invited to, not one proposed or held"
                proposer = self._proposer(syls, slots, trig) if rule == "between" else []
                if proposer:  # "Thổ Nhĩ Kỳ đề nghị đăng cai đàm phán giữa Nga và Ukraine": proposed to each party
                    subjects, objects = proposer, [o for o in subjects + objects if o not in proposer]
                relation, symmetric, rule = "propose", False, f"{rule}+proposed"
                made = self._proposal_sides(syls, slots, trig, _proposing_at(syls, trig), subjects, objects)
                if made is not None:  # "đáp lại lời kêu gọi đàm phán từ Mỹ": the US proposed to the one answering
                    subjects, objects = made
            elif (relation == "consult" and (trig.cameo or "").startswith(MEDIATION_CODE)
                  and _has_any(before, g.willingness)):
                # "Trung Quốc sẵn sàng làm trung gian hòa giải giữa Nga và Ukraine": offering to mediate is a
                # proposal to each party (GUIDELINES.md), not mediation done, nor talks between the parties
                if rule == "between":
                    offerer, _ = self._subject(syls, slots, trig)
                    pair = [a for a in subjects + objects if a not in offerer]
                    subjects, objects = (offerer, pair) if offerer else ([], [])
                relation, symmetric, rule = "propose", False, f"{rule}+offered"
            if relation == trig.relation == PROPOSE and rule in {"svo", "with"}:
                made = self._proposal_sides(syls, slots, trig, trig.i, subjects, objects)
                subjects, objects = made if made is not None else (subjects, objects)  # "chấp nhận lời mời gặp X"
            if relation == trig.relation and relation in REHEARSED and _rehearsed(syls, trig):
                # "phóng tên lửa để diễn tập tấn công các căn cứ của Mỹ": a drill of an attack aimed at X is an
                # exercise toward X (GUIDELINES.md: mobilize, medium), not an attack
                relation, symmetric, rule = MOBILIZE, False, f"{rule}+rehearsed"
            if relation == trig.relation == CONSULT and _suspended_indefinitely(syls, trig):
                # "hoãn vô thời hạn tất cả các cuộc họp song phương với X": contacts suspended, not one meeting
                # called off: a sanction (GUIDELINES.md: suspending relations, halting cooperation), in force
                relation, symmetric, rule = SANCTION, False, f"{rule}+{SUSPENDED}"
            if relation == trig.relation and relation in HALTED_TO_SANCTION and (
                    _halted(syls, trig) or self._halted_conjunct(syls, trig)):
                # "chấm dứt viện trợ cho X": halting aid; "ngừng cho phép X …": a permission or access withdrawn
                # (revoking is a sanction, GUIDELINES.md), not a concession negated
                relation, rule = SANCTION, f"{rule}+halted"
            reasons = list(self._vetoes(trig, relation, rule, before))
            if reasons:  # every check runs; the last that holds names why, as the checks' order ranks them
                subjects, objects = [], []
                self._why = reasons[-1]
            cameo = trig.cameo if relation == trig.relation else relation_types()[relation].cameo
            option = relation_types()[relation].option_as
            if option and (_states_option(syls, trig) or _conditional_force(syls, trig)
                           or self._warning_fronted_condition(syls, slots, trig) is not None):
                # "không loại trừ khả năng can thiệp quân sự", "tuyên bố sẽ tấn công X nếu …": a threat
                relation, cameo, rule = option["relation"], option["cameo"], f"{rule}+option"
            elif relation in _WARNING_OPTION_AS and (
                    _warning_open_option(syls, trig) or _conditional_force(syls, trig) or _warning_made_force(syls, trig)
                    or self._warning_fronted_condition(syls, slots, trig) is not None):
                # "không loại trừ khả năng bắt giữ X", "tuyên bố sẽ áp đặt lệnh trừng phạt đối với X nếu …": a threat;
                # sanctions only considered ("cân nhắc các lệnh trừng phạt mới") stay sanctions, hypothetical
                relation, cameo, rule = THREATEN, _WARNING_OPTION_AS[relation], f"{rule}+option"
            trig = replace(trig, relation=relation, cameo=cameo)
        forum = _forum_of_meeting(syls, slots, trig) if rule == "svo" else None
        if forum is not None and forum in objects:
            objects = [o for o in objects if o != forum]  # "tại cuộc họp Hội đồng Bảo an": the body holds the meeting
            self._why = "the organisation named right after a meeting noun holds the meeting: a forum, not a party"
        subjects = tuple(dict.fromkeys(subjects))
        objects = tuple(dict.fromkeys(o for o in objects if o not in subjects or symmetric))
        if symmetric:  # "với người đồng cấp Hàn Quốc và Nhật Bản, Song Young-moo và Itsunori Onodera": the people
            subjects = _bound_people_over_states(subjects, self._same_side)
            objects = _bound_people_over_states(objects, self._same_side)
            # "cuộc gặp giữa lãnh đạo Triều Tiên Kim Jong-un và …": a state never meets its own leader
            objects = tuple(o for o in objects if not any(_bound_own_leader(self._same_side, s, o) for s in subjects))
        own_people = trig.relation in relations_with("own_people")  # an arrested citizen is no side of the state
        kept = tuple(o for o in objects if (own_people and _is_person(o))
                     or not all(self._same_side(s, o) for s in subjects if s != o))
        if objects and not kept:
            self._why = "recipient is the actor's own country or agency"
        # "tập trận với X" (rule "with") is recoded as joint action later: a partner, not a host
        objects = kept if rule == "with" else _not_allied_hosts(trig, subjects, kept)
        if kept and not objects:
            self._why = "a deployment or exercise on an ally's soil is not aimed at the ally (kg/data/alliances.jsonl)"
        if not subjects or not objects or rule is None:
            self._why = self._why or _missing(subjects, objects, trig)
            return None
        if is_multilateral(subjects, objects, symmetric, rule):
            self._why = f"a meeting of more than {MAX_PAIRWISE_PARTIES} parties is multilateral: no pairwise events"
            return None
        if not symmetric and set(subjects) == set(objects):
            self._why = "actor and recipient are the same actor"
            return None
        trigger_start, trigger_end = syls[trig.i].start, syls[trig.last].end
        return Event(
            doc=doc_id,
            sentence=text[start:end],
            sentence_start=start,
            subjects=subjects,
            objects=objects,
            relation=trig.relation,
            # "từ chối lời mời của X": it was made; contacts suspended: the suspension is in force
            # a relative clause on a noun introducing a name ("thủ lĩnh đối lập được Mỹ hậu thuẫn Juan Guaido") is
            # given, whatever the clause around it asks or supposes
            mode="asserted" if rule == ANSWERED or rule.endswith(SUSPENDED) or _named_relative(syls, slots, trig)
            else "negated" if _endorse_negated_passive(syls, slots, trig) else _mode(syls, trig),
            evidence=text[trigger_start:trigger_end],
            evidence_start=trigger_start,
            evidence_end=trigger_end,
            rule=f"{trig.relation}.{rule}",
            confidence=0.8 if rule in {"svo", "with", _TALKS_WITH_LIST, "between", "coordinated_subjects"} else 0.6,
            symmetric=symmetric,
            source=_speaker(syls, slots, trig),
            cameo=trig.cameo or relation_types()[trig.relation].cameo,
            spans=actor_spans(slots, trig, subjects, objects),
        )

    # -- frames --------------------------------------------------------------------------------------------
    def _frame_arrival(self, syls, slots, trig: Found) -> Frame | None:
        """'Ngoại trưởng Mỹ Mike Pompeo sẽ tới Triều Tiên': a person arriving in a country named right after the
        verb visits it (consult, visitor to host). Only a person, only a country named as such (not a city: "tới
        Kuala Lumpur dự hội nghị" is attendance), and only with adverbs or a date between them ("gửi xe tăng tới
        Ukraine" is not a visit)."""
        host = slots[trig.j] if trig.j < len(syls) else []
        if not host or not all(_is_country_name(m) for m in host):
            return Frame([], [], False, "visit")
        for k in range(trig.i - 1, -1, -1):
            if slots[k] and _head(slots, k):
                actors = [m.actor_id for m in slots[k]]
                if (self._object_of_trigger(syls, k, self.triggers) or _role_blocked(syls, slots, k)
                        or _conveyed(syls, slots, k)):
                    break  # acted on by any verb, a control verb too: "mời Putin đến Mỹ" is no visit yet
                if all(_is_person(a) for a in actors) and _arrival_gap(
                        syls, _mention_edge(slots, k, backwards=False) + 1, trig.i):
                    hosts = _group(syls, slots, trig.j, backwards=False)  # "tới Nhật Bản, Hàn Quốc và Trung Quốc"
                    return Frame(actors, [h for h in hosts if h.partition(":")[0] == COUNTRY_ID_PREFIX], False,
                                 "visit")
                break
        return Frame([], [], False, "visit")

    def _frame_label(self, syls, slots, trig: Found) -> Frame | None:
        """'Ankara coi YPG là một nhóm khủng bố', 'Maduro gọi phe đối lập là những kẻ đảo chính': who labels X
        with a reproach accuses X. As the legitimacy frame, with the labelling verbs (grammar class `label_verb`)
        instead of the declare verbs: declaring a group a terrorist organisation ('tuyên bố') is a designation."""
        frame = self._frame_legitimacy(syls, slots, trig, grammar().label_verbs)
        if frame is not None and frame.subjects:
            return frame
        return (self._passive_label(syls, slots, trig) or self._labelled_act(syls, slots, trig)
                or self._evaluated_act(syls, slots, trig) or self._label_owner_after(syls, slots, trig) or frame)

    def _label_owner_after(self, syls, slots, trig: Found) -> Frame | None:
        """'Ukraine tuyên bố vụ bắt tàu là hành vi xâm lược của Nga', 'nói lệnh cấm vận là một ví dụ về sự ngạo mạn
        của Mỹ': a reproach after the copula whose owner follows it ("của X", a closing quotation mark between)
        names who is reproached; the speaker of the declaring, speech or label verb that opens the complement before
        the copula accuses X. No actor may stand between that verb and the copula ("nói Nga là mối đe dọa của châu
        Âu" labels Nga, never châu Âu), and without a speaker nobody accuses (helper p16f)."""
        g = grammar()
        anchor = _evaluation_anchor(syls, slots, trig)
        if trig.relation != ACCUSE or anchor is None or syls[anchor].low != g.copula:
            return None
        k = trig.j
        while k < len(syls) and syls[k].text in QUOTE_MARKS:
            k += 1
        at = k + 1 + (k + 1 < len(syls) and syls[k + 1].low in g.honorifics)
        if at >= len(syls) or syls[k].low != g.possessive or not slots[at]:
            return None
        verbs = g.label_verbs + g.declare_verbs + g.speech_verbs
        for x in range(anchor - 1, max(0, anchor - EVALUATED_ACT_REACH), -1):
            if slots[x] or syls[x].text == "," or syls[x].text in g.clause_breaks:
                return None
            verb = _phrase_before(syls, x, verbs)
            if verb is None:
                continue
            subjects, _ = self._subject(syls, slots, Found(trig.relation, x - len(verb), x))
            subjects = subjects or self._blame_participial_declarer(syls, slots, x - len(verb))
            owners = [a for a in _group(syls, slots, at, backwards=False) if a not in subjects]
            return Frame(subjects, owners, False, "legitimacy") if subjects and owners else None
        return None

    def _evaluated_act(self, syls, slots, trig: Found) -> Frame | None:
        """'Ông Abe phát biểu, việc Bình Nhưỡng thử hạt nhân là "không thể chấp nhận được"', 'Ông Vương Nghị nói
        tại Bangkok rằng việc Mỹ áp thuế … "không mang tính xây dựng"': a speaker who says (speech, declare or label
        verb, then a comma or a complementiser) that an act owned by X ("việc X …", "hành động của X") is what a
        reproach or legitimacy row names accuses (rejects, supports) X. The evaluation follows the copula or opens
        a quotation; an act with no named agent, or one X undergoes ("việc X bị …"), evaluates no one."""
        anchor = _evaluation_anchor(syls, slots, trig)
        if anchor is None:
            return None
        g = grammar()
        for k in range(anchor - 1, max(0, anchor - EVALUATED_ACT_REACH), -1):
            if syls[k].text in g.clause_breaks:
                return None
            if syls[k].low not in g.nominalisers and not _phrase_starting(syls, k, g.owned_act_nouns):
                if syls[k].text == ",":
                    return None
                continue
            verb = _evaluator_verb(syls, slots, k)
            owners = _act_owners(syls, slots, k, anchor)
            if verb is None or not owners:
                continue  # "hàng hoá", "các …" inside the act's phrase: its noun opens further back
            subjects, _ = self._subject(syls, slots, Found(trig.relation, verb[0], verb[1]))
            subjects = subjects or self._blame_participial_declarer(syls, slots, verb[0])  # "…, gọi hành động của X là …"
            # "gọi việc Mỹ rút khỏi INF là 'những động thái vô lý'": an act called absurd or unlawful is criticised
            # (accuse); only a claim ("cáo buộc của X là vô căn cứ") is rejected
            relation = ACCUSE if trig.relation == REJECT and not _phrase_starting(syls, k, g.claim_nouns) else None
            # "cho rằng việc Mỹ cáo buộc họ … là vô căn cứ": the act is X's claim, dismissed as baseless: rejected
            relation = None if relation == ACCUSE and _refusal_claimed_act(syls, slots, k, anchor) else relation
            return Frame(subjects, owners, False, "legitimacy", relation) if subjects else None
        return None

    def _labelled_act(self, syls, slots, trig: Found) -> Frame | None:
        """'Moskva coi việc Mỹ rút khỏi hiệp ước là một sai lầm': a labelling verb, a nominaliser and the actor
        of the act it names, then (no comma or clause break) the copula and the label: the labeller accuses that
        actor."""
        g = grammar()
        copula = next((k for k in range(trig.i - 1, max(-1, trig.i - LEGITIMACY_REACH), -1)
                       if syls[k].low == g.copula), None)
        if copula is None or any(slots[copula + 1 : trig.i]):
            return None
        for k in range(copula - 1, max(0, copula - LABELLED_ACT_REACH), -1):
            if syls[k].text in g.clause_breaks or syls[k].text == ",":
                return None
            verb = _phrase_before(syls, k, g.label_verbs)
            if verb and syls[k].low in g.nominalisers and k + 1 < copula and slots[k + 1] and not _undergone(
                    syls, slots, k + 1):
                subjects, _ = self._subject(syls, slots, Found(trig.relation, k - len(verb), k))
                objects = _group(syls, slots, k + 1, backwards=False)
                return Frame(subjects, objects, False, "legitimacy") if subjects else None
        return None

    def _passive_label(self, syls, slots, trig: Found) -> Frame | None:
        """'YPG bị Thổ Nhĩ Kỳ coi là tổ chức khủng bố': X, a passive marker, the labeller A, a labelling verb and
        the copula, then the label within reach: A accuses X."""
        g = grammar()
        copula = next((k for k in range(trig.i - 1, max(-1, trig.i - LEGITIMACY_REACH), -1)
                       if syls[k].low == g.copula), None)
        if copula is None or any(slots[copula + 1 : trig.i]):
            return None
        agent_end = _labeller_end(syls, slots, copula)
        if agent_end is None or agent_end < 2:
            return None
        agent = _mention_edge(slots, agent_end, backwards=True)
        if agent < 2 or syls[agent - 1].low not in g.passive_markers:
            return None
        patient = _label_patient_end(syls, slots, agent - 2)
        if patient is None:
            return None
        return Frame(_group(syls, slots, agent_end, backwards=True), _group(syls, slots, patient, backwards=True),
                     False, "legitimacy")

    def _frame_legitimacy(self, syls, slots, trig: Found, verbs=None) -> Frame | None:
        """'Nga tuyên bố Maduro là tổng thống hợp pháp': who declares X the legitimate holder supports X ('bất hợp
        pháp': rejects X). The declaring verb comes right before X, and X right before 'là'."""
        g = grammar()
        copula = next((k for k in range(trig.i - 1, max(-1, trig.i - LEGITIMACY_REACH), -1)
                       if syls[k].low == g.copula), None)
        evaluated = self._evaluated_act if verbs is None else None  # the label frame tries it itself, last
        if copula is None or any(slots[copula + 1 : trig.i]):
            return (evaluated and evaluated(syls, slots, trig)) or Frame([], [], False, "legitimacy")
        held = copula  # "tuyên bố Maduro mới là tổng thống hợp hiến": a focus particle stands before the copula
        while held > 0 and (syls[held - 1].low in g.copula_focus or syls[held - 1].low in g.clause_adverbs):
            held -= 1
        negated = _phrase_before(syls, held, g.phrases("negated_copula"))
        if negated:  # "cho rằng Maduro không phải là tổng thống hợp pháp": legitimacy denied
            frame = self._legitimacy_declared(syls, slots, trig, held - len(negated), verbs)
            if not frame.subjects or trig.relation != LEGITIMACY_AFFIRMED:
                return Frame([], [], False, "legitimacy")  # "không phải là bất hợp pháp" backs no one plainly
            return Frame(frame.subjects, frame.objects, False, "legitimacy", REJECT_RELATION)
        declared = self._legitimacy_declared(syls, slots, trig, held, verbs)
        if declared.subjects:
            return declared
        if verbs is None:  # "tuyên bố vụ bắt tàu là hành vi xâm lược của Nga": the label's owner (the label frame: last)
            return self._evaluated_act(syls, slots, trig) or self._label_owner_after(syls, slots, trig) or declared
        return declared

    def _legitimacy_declared(self, syls, slots, trig: Found, held: int, verbs) -> Frame | None:
        """Who declares the name ending right before syllable `held` (the copula, or a focus or negation before it)
        the holder the legitimacy word describes: that name, its regime, or the owner of a topic; else the source of
        a fronted "theo" phrase; the last frame tried (no subjects) when no declarer is found."""
        declared = self._declared(syls, slots, trig, held, "legitimacy", verbs)
        if declared.subjects:
            return declared
        declared = self._declared(syls, slots, trig, held, "legitimacy", verbs, regime=True)
        if declared.subjects:  # "cho rằng chính quyền Tổng thống X là thủ phạm": the copula holds the declaration
            return declared
        topic = _topic_after_owner(syls, slots, held)
        if topic is not None:  # "cho rằng thông tin của Israel về cơ sở hạt nhân bí mật là sai sự thật"
            declared = self._declared(syls, slots, trig, topic, "legitimacy", verbs)
            if declared.subjects:
                return declared
        # "Theo Nga, các cuộc không kích của Mỹ là hành vi xâm lược": the source of a fronted "theo" phrase declares
        fronted = self._blamed_according_to(syls, slots, trig)
        if fronted.subjects:
            return Frame(fronted.subjects, fronted.objects, False, "legitimacy")
        return declared

    def _frame_blame(self, syls, slots, trig: Found) -> Frame | None:
        """'Moscow cho rằng Israel phải chịu trách nhiệm', 'Anh cho rằng Nga đứng sau vụ đầu độc': who declares X
        responsible accuses X. X comes right before the phrase (adverbs aside), the declaring verb right before X."""
        g = grammar()
        if _phrase_starting(syls, trig.i, g.phrases("cause_noun")):
            return None  # "nói nguyên nhân là do X": the cause's X follows it (discourse.py _detain_cause_frame)
        k = _blamed_end(syls, trig)
        verbs = g.declare_verbs + g.blame_declarers + g.speech_verbs  # "nghi ngờ X đứng sau", "nói rằng X vi phạm"
        verbs += tuple(v + (c,) for v in verbs for c in (*g.complementisers, *_BLAME_COMMA))  # "cho biết, Mỹ …"
        declared = self._declared(syls, slots, trig, k, "blame", verbs)
        if declared.subjects:
            return declared
        fronted = self._blamed_according_to(syls, slots, trig)
        if fronted.subjects:
            return fronted
        dismissed = self._dismissed_claim(syls, slots, trig)
        if dismissed is not None:
            return dismissed
        # "nói hành động của Mỹ là vi phạm luật pháp quốc tế": misconduct said of X's act after the copula (p16f)
        evaluated = self._evaluated_act(syls, slots, trig)
        if evaluated is not None and evaluated.subjects:
            return Frame(evaluated.subjects, evaluated.objects, False, "blame", evaluated.relation)
        return fronted

    def _dismissed_claim(self, syls, slots, trig: Found) -> Frame | None:
        """'Trung Quốc cho rằng các cáo buộc của Mỹ là hoàn toàn xuyên tạc': a misconduct word ("xuyên tạc", "bóp
        méo") said of a claim owned by X (a claim noun, then "của X", then the copula; adverbs between the copula and
        the word) calls X's claim false: the declarer rejects X, as with the baseless words of the legitimacy frame.
        A nominal act there ("việc X … là …") is no claim and stays with the blame frame."""
        g = grammar()
        copula = next((k for k in range(trig.i - 1, max(-1, trig.i - BLAME_REACH - 1), -1)
                       if syls[k].low == g.copula), None)
        if copula is None or not all(syls[x].text[:1].islower() and not slots[x] for x in range(copula, trig.i)):
            return None
        held = copula
        while held > 0 and (syls[held - 1].low in g.copula_focus or syls[held - 1].low in g.clause_adverbs):
            held -= 1
        held = _topic_after_owner(syls, slots, held) or held
        if not held or not slots[held - 1]:
            return None
        start = _owned_event_start(syls, slots, _mention_edge(slots, held - 1, backwards=True))
        while start is not None and start < held and syls[start].low in g.claim_quantifiers | g.nominalisers:
            start += 1
        if start is None or _phrase_starting(syls, start, g.claim_nouns) is None:
            return None
        declared = self._declared(syls, slots, trig, held, "legitimacy")
        return Frame(declared.subjects, declared.objects, False, "legitimacy", "reject") if declared.subjects else None

    def blamed(self, trig: Found) -> list[str]:
        """The actor(s) named right before a blame row (adverbs and quotation marks aside): who is blamed."""
        k = _blamed_end(self.syls, trig)
        return _group(self.syls, self.slots, k - 1, backwards=True) if k > 0 and self.slots[k - 1] else []

    def obliged(self, trig: Found) -> list[str]:
        """The actor(s) named right before a modal (adverbs aside): who must act; [] before an undergoing verb."""
        g = grammar()
        syls, slots = self.syls, self.slots
        if not self._threatened(trig) and trig.j < len(syls) and _phrase_starting(syls, trig.j, g.undergo):
            return []
        if _states_amount(syls, trig):
            return []
        k = trig.i
        while k > 0 and syls[k - 1].low in g.clause_adverbs:
            k -= 1
        return _group(syls, slots, k - 1, backwards=True) if k > 0 and slots[k - 1] else []

    def _frame_obligation(self, syls, slots, trig: Found) -> Frame | None:
        """'Bắc Kinh cho rằng New Delhi phải rút quân', 'Washington cho biết Maduro nên từ bỏ quyền lực': who says
        X must (should) act demands it of (asks it of) X. X comes right before the modal (adverbs aside), a declare
        or speech verb right before X; "X phải chịu …" is undergoing, not a demand."""
        g = grammar()
        threat = self._threatened(trig)
        if not threat and trig.j < len(syls) and _phrase_starting(syls, trig.j, g.undergo):
            return Frame([], [], False, "obligation")
        if _states_amount(syls, trig):  # "Triều Tiên cần ít nhất hai năm nữa …": what it takes, not an appeal
            return Frame([], [], False, "obligation")
        k = trig.i
        while k > 0 and syls[k - 1].low in g.clause_adverbs:
            k -= 1
        # "Mỹ muốn Maduro phải rời ghế": who wants X to have to act demands it of X, as who says X must
        verbs = g.declare_verbs + g.speech_verbs + g.wish_verbs
        verbs += tuple(v + (c,) for v in verbs for c in g.complementisers)  # "cho biết rằng X phải …"
        declared = self._declared(syls, slots, trig, k, "obligation", verbs)
        if threat and not declared.subjects:  # "Iran tuyên bố nếu Mỹ tấn công, Mỹ sẽ phải trả giá"
            declared = self._conditioned_declared(syls, slots, trig, k, verbs) or declared
        if not declared.subjects and k > 0 and slots[k - 1]:
            fronted = self._blamed_according_to(syls, slots, trig)  # "Theo Mỹ, Nga phải rút quân": the source says so
            declared = Frame(fronted.subjects, fronted.objects, False, "obligation") if fronted.subjects else declared
        # "FSB cho biết tàu cảnh sát biển Nga phải sử dụng vũ khí": what one's own side must do is a necessity
        # reported, not a demand on it
        obliged = [o for o in declared.objects if not any(self._own_body(s, o) for s in declared.subjects)]
        if not obliged:
            return Frame([], [], False, "obligation")
        return Frame(declared.subjects, obliged, False, "obligation", "threaten") if threat else declared

    def _conditioned_declared(self, syls, slots, trig: Found, after: int, verbs) -> Frame | None:
        """'Bắc Kinh tuyên bố nếu Canada không thả người, Canada sẽ phải chịu mọi hậu quả': a condition fronted
        between the declaring verb and X (a condition marker right after the verb, a comma right before X) does not
        part them. The condition must be about X itself or name no actor: "nếu Nga tấn công, Ukraine sẽ phải hứng
        chịu …" names a victim, not the one threatened."""
        g = grammar()
        if not after or not slots[after - 1]:
            return None
        head = _mention_edge(slots, after - 1, backwards=True)
        if head < 2 or syls[head - 1].text != ",":
            return None
        marker = next((x for x in range(head - 2, -1, -1)
                       if syls[x].text in g.clause_breaks or syls[x].text == ","
                       or _phrase_starting(syls, x, g.condition_markers)), None)
        if marker is None or not _phrase_starting(syls, marker, g.condition_markers):
            return None
        holder = _group(syls, slots, after - 1, backwards=True)
        named = next((x for x in range(marker, head - 1) if slots[x] and _head(slots, x)), None)
        if named is not None and not set(_group(syls, slots, named, backwards=False)) & set(holder):
            return None
        verb = _phrase_before(syls, marker, verbs)
        if verb is None:
            return None
        declarer, _ = self._subject(syls, slots, Found(trig.relation, marker - len(verb), marker))
        return Frame(declarer, holder, False, "obligation") if declarer else None

    def _threatened(self, trig: Found) -> bool:
        """'X sẽ phải hứng chịu/trả giá …': a modal before a verb of suffering, not after a past marker ("đã phải
        hứng chịu" is what happened), announces what X will suffer: a threat."""
        g = grammar()
        syls = self.syls
        j = _warning_past_quotes(syls, trig.j)  # 'sẽ phải "trả giá đắt"': the verb inside quotation marks
        if j >= len(syls) or not _phrase_starting(syls, j, g.suffer_verbs):
            return False
        k = trig.i
        while k > 0 and syls[k - 1].low in g.clause_adverbs:
            k -= 1
            if syls[k].low in g.past_markers:
                return False
        return True

    def _blamed_according_to(self, syls, slots, trig: Found) -> Frame:
        """'Theo phía Trung Quốc, đạo luật do Mỹ thông qua đã can thiệp …': the source of a fronted "theo" phrase
        blames the last actor named in the clause before the misconduct."""
        g = grammar()
        empty = Frame([], [], False, "blame")
        first = next((k for k in range(trig.i) if syls[k].text[:1].isalpha()), None)
        comma = next((k for k in range(trig.i) if syls[k].text == ","), None)
        if first is None or comma is None or syls[first].low != g.according_to:
            return empty
        source = next((k for k in range(first, comma) if slots[k] and _head(slots, k)), None)
        blamed = next((k for k in range(trig.i - 1, comma, -1) if slots[k] and _head(slots, k)), None)
        if source is None or blamed is None:
            return empty
        if any(_phrase_starting(syls, x, g.phrases("consequence_link")) for x in range(blamed + 1, trig.i)):
            return empty  # "Theo A, việc X … có thể dẫn đến nguy cơ leo thang căng thẳng": a feared outcome (h13-g)
        return Frame(_group(syls, slots, source, backwards=False), _group(syls, slots, blamed, backwards=True),
                     False, "blame")

    def _declared(self, syls, slots, trig: Found, after: int, rule: str, verbs=None, regime: bool = False) -> Frame:
        """The frame 'A <declare verb> X <after> …': A acts on X, where X is the mention(s) ending right before
        `after` and the declaring verb (one of `verbs`, default the declare verbs) comes right before X. With
        `regime`, a regime noun may stand between the verb and X (`_described_start`)."""
        g = grammar()
        verbs = g.declare_verbs if verbs is None else verbs
        empty = Frame([], [], False, rule)
        if not after or not slots[after - 1]:
            return empty
        head = _mention_edge(slots, after - 1, backwards=True)
        named = head - 1 if head > 0 and (syls[head - 1].low in g.honorifics  # "tuyên bố ông Maduro là"
                                          or syls[head - 1].low in g.side_nouns) else head  # "khẳng định phía Mỹ …"
        named = _envoy_before(syls, named)  # "tuyên bố một nhà ngoại giao Nga là người không được hoan nghênh"
        start = named if _phrase_before(syls, named, verbs) else _described_start(syls, named, verbs, regime)
        if start is None:
            start = _owned_event_start(syls, slots, head)
        verb = _phrase_before(syls, start, verbs) if start is not None else None
        if verb is None:
            return empty
        holder = _group(syls, slots, head, backwards=True)
        declarer = _claim_owner_before(syls, slots, start - len(verb))
        if not declarer:  # "cáo buộc của Mỹ cho rằng X đứng sau …": the claim's owner declares, not who reports it
            declarer, _ = self._subject(syls, slots, Found(trig.relation, start - len(verb), start))
        if not declarer and rule in ("blame", "legitimacy"):  # "Triều Tiên bác bỏ cáo buộc, khẳng định Mỹ …"
            declarer = self._blame_participial_declarer(syls, slots, start - len(verb))
        return Frame(declarer, holder, False, rule) if declarer else empty

    def _blame_participial_declarer(self, syls, slots, v: int) -> list[str]:
        """'Triều Tiên bác bỏ cáo buộc, khẳng định Mỹ đã lan truyền tin đồn thất thiệt', 'Iran phủ nhận liên quan, cho
        rằng Mỹ đứng sau …': a declaring verb at v that opens a clause after a comma (clause fillers aside) with no actor
        of its own shares the subject of the verb before the comma, as a participial trigger does
        (`_participial_subject`: that subject right before its verb, in a main clause); [] otherwise."""
        g = grammar()
        k = v
        while k > 0 and syls[k - 1].low in g.clause_fillers and not slots[k - 1]:
            k -= 1
        if k < 2 or syls[k - 1].text != ",":
            return []
        comma = k - 1
        opened = max((x for x in range(comma) if syls[x].text == "," or syls[x].text in g.clause_breaks), default=-1)
        for verb in sorted((t for t in self.triggers if opened < t.i and t.j <= comma), key=lambda t: t.i):
            shared = self._participial_subject(syls, slots, verb.j)  # the clause's first verb with its own subject
            if shared and shared[0]:  # ("bác bỏ cáo buộc, …": not the noun "cáo buộc" it takes as object)
                return shared[0]
        return []

    def _frame_suspect(self, syls, slots, trig: Found) -> Frame | None:
        """'Hàn Quốc nghi ngờ Triều Tiên đã tấn công tàu chiến', 'Kiev nghi Moskva đứng sau …': a suspicion row
        (needs "passive": active, it is mostly doubt) right before an actor whose verb (clause adverbs aside) starts
        a trigger of a non-cooperative relation, or a blame row, is the suspect's accusation; the act is claimed
        (grammar class `claim_verb`), not asserted. "nghi ngờ Mỹ sẽ giữ lời hứa" (no such act) stays doubt."""
        g = grammar()
        k = trig.j
        if k < len(syls) and syls[k].low in g.honorifics:
            k += 1
        if k >= len(syls) or not slots[k]:
            return None
        x = _mention_edge(slots, k, backwards=False) + 1
        while x < len(syls) and syls[x].low in g.clause_adverbs:
            x += 1
        cooperative = relations_with("cooperative")
        if not any(t.i == x and t.relation and t.relation not in cooperative for t in self.triggers):
            return None
        subjects, _ = self._subject(syls, slots, trig)
        objects = _group(syls, slots, k, backwards=False)
        return Frame(subjects, objects, False, "passive") if subjects and objects else None

    def _frame_passive(self, syls, slots, trig: Found) -> Frame | None:
        subjects, objects = self._passive(syls, slots, trig)
        if not subjects and trig.relation in relations_with("complement_target"):
            subjects, objects = self._passive_source(syls, slots, trig)
        if subjects and not objects:
            # "Ông vẫn được quân đội hậu thuẫn và nhiều nước ủng hộ như Nga" with the patient unresolved: a later
            # frame would read the first agent as the subject of the verb and the listed agents as its objects
            return Frame([], [], False, "passive")
        return Frame(subjects, objects, False, "passive") if subjects and objects else None

    def _backing_reduced_passive(self, syls, slots, trig: Found) -> Frame | None:
        """'Lực lượng Dân chủ Syria (SDF) do Mỹ hậu thuẫn', 'phiến quân Houthi do Iran hậu thuẫn tấn công …': a
        reduced passive relative clause right after an actor, opened by a marker of grammar class
        `reduced_passive_marker` ("do") with the agent named right after it and the verb right after the agent:
        the agent acts on the actor before the marker. The verb's own object slot must be empty (the gap of the
        relative clause): "Mỹ trừng phạt Nga do Nga tấn công Ukraine" is a reason clause, active, not this."""
        g = grammar()
        markers = g.single_words("reduced_passive_marker")
        span = _marked_agents(syls, slots, trig.i, markers)
        if span is None:
            return None
        marker, start, k = span
        agents = _group(syls, slots, start, backwards=False)
        if not agents or _group_end(syls, slots, start, agents) != k:
            return None
        patient = _backing_patient_before(syls, slots, marker)
        if not patient or _backing_prepositional(syls, slots, marker):
            return None
        if trig.relation not in BACKING_RELATIONS and self._object_of_trigger(
                syls, _backing_patient_start(syls, slots, marker)):
            return None  # "ký dự luật trừng phạt Nga do Quốc hội đề xuất": the bill was proposed, not Russia
        after = trig.j
        if after < len(syls) and syls[after].text[:1].isalnum() and not (
                _second_party_after(syls, slots, marker, after) or self._main_verb_after(syls, slots, marker, after)
                or _gap_before_verb(syls, after)  # "do Iran hậu thuẫn tiếp tục tấn công …"
                or syls[after].low in g.clause_adverbs or syls[after].low in g.place_preps
                or syls[after].low in g.predicate_starts or syls[after].low == g.conjunction
                or syls[after].low not in g.object_preps and (_phrase_starting(syls, after, g.speech_verbs)
                                                               or _phrase_starting(syls, after, g.declare_verbs)
                                                               or _phrase_starting(syls, after, g.negation))):
            return None  # the verb goes on with an object of its own: a reason clause, not a relative clause's gap
        patient = [p for p in patient if p not in agents]
        return Frame(agents, patient, False, "passive") if patient else None

    def _main_verb_after(self, syls, slots, marker: int, after: int) -> bool:
        """'Phiến quân Houthi do Iran hậu thuẫn tấn công Arab Saudi …': a trigger right after the relative verb, with
        the actor before the marker opening its clause (no mention or trigger before it there), is the main verb of
        that actor; "Mỹ trừng phạt Nga do Nga tấn công Ukraine" (the actor is a verb's object) is a reason clause."""
        if after not in self._trigger_starts:
            return False
        start = _backing_patient_start(syls, slots, marker)
        opened = _clause_start(syls, start)
        return not any(slots[x] for x in range(opened, start)) and not any(
            opened <= t.i < start for t in self.triggers)

    def _passive_source(self, syls, slots, trig: Found) -> tuple[list[str], list[str]]:
        """'Kowalik bị cáo buộc can thiệp …, theo Delcy Rodriguez': an accusation in the passive with no agent, whose
        sentence ends by naming its source after a comma and "theo", is the source's."""
        g = grammar()
        if trig.i < 1 or syls[trig.i - 1].low not in g.passive_markers:
            return [], []
        source = next((k + 2 for k in range(trig.j, len(syls) - 2) if syls[k].text == ","
                       and syls[k + 1].low == g.according_to and _actor_at(syls, slots, k + 2)), None)
        if source is None:
            return [], []
        source += 1 if syls[source].low in g.honorifics else 0
        patient, _ = self._subject(syls, slots, Found(trig.relation, trig.i - 1, trig.i))
        return (_group(syls, slots, source, backwards=False), patient) if patient else ([], [])

    def _frame_according_to(self, syls, slots, trig: Found) -> Frame | None:
        """'theo yêu cầu/đề nghị của X': X asked the sentence's actor for it. An invitation accepted the same way
        ("Nhận lời mời của X, B sẽ thăm …": grammar class `invitation_accept` right before the verb "mời", which
        the segment after "nhận lời" leaves) is X's invitation to the sentence's actor, as "theo lời mời của X" is."""
        g = grammar()
        accepted = trig.relation == "propose" and _phrase_before(syls, trig.i, g.invitation_accepts) is not None
        if trig.i == 0 or syls[trig.i - 1].low != g.according_to and not accepted:
            return None
        if trig.relation not in relations_with("verbal_request"):
            return None  # "theo thỏa thuận chia sẻ hạt nhân của NATO": under an agreement, no one asked for anything
        agent = self._agent_of(syls, slots, trig)
        if not agent:
            return None
        # "theo lời mời của X" keeps the invitation's own relation; "theo yêu cầu/đề nghị của X" is a request
        relation = trig.relation if trig.relation == "propose" else "request"
        return Frame(agent[0], self._requested_actor(syls, slots, trig), False, "according_to", relation)

    def _requested_actor(self, syls, slots, trig: Found) -> list[str]:
        """Who acted 'theo yêu cầu của X': the actor of the act the phrase follows ("… sau khi Canada bắt bà Mạnh
        theo yêu cầu của Mỹ"), else the sentence's first actor."""
        g = grammar()
        earlier = [t for t in self.triggers if t.j <= trig.i - 1 and t.needs not in FRAME_ONLY]  # "phải": no act
        if earlier and earlier[-1].i > 0 and syls[earlier[-1].i - 1].low in g.passive_markers:
            # "ông Assange bị bắt theo đề nghị của Mỹ": whoever arrested him acted, the patient did not
            return self._passive(syls, slots, earlier[-1])[0]
        if earlier:
            subjects, _ = self._subject(syls, slots, earlier[-1])
            if subjects:
                return subjects
        if _phrase_starting(syls, trig.j, g.asked_acts):  # None past the sentence's end
            return []  # "… phải ra tòa theo yêu cầu dẫn độ của Mỹ": the person to be extradited is not the one asked
        return self._main_actor(syls, slots, trig)

    def _frame_nominal(self, syls, slots, trig: Found) -> Frame | None:
        """'vụ không kích của Mỹ (nhằm vào X)', 'chuyến thăm Moscow của CIA', 'hứng chịu lệnh trừng phạt của LHQ'."""
        g = grammar()
        nominal = (syls[trig.i].low in g.nominalisers or (trig.i > 0 and syls[trig.i - 1].low in g.nominalisers)
                   or _receives_noun(syls, trig))  # "nhận được viện trợ quân sự từ Mỹ": a received noun
        # "thỏa thuận (của X)", "thỏa thuận do X ký": a word that is both an agent marker and a relative clause's
        # opener names the agent of the noun it follows
        followed_by_of = trig.j < len(syls) and (syls[trig.j].low == g.possessive
                                                 or syls[trig.j].low in g.agent_markers & g.relative_markers)
        if not (nominal or followed_by_of):
            return None
        agent = self._agent_of(syls, slots, trig) or self._copular_owner(syls, slots, trig)
        if agent and trig.relation in relations_with("verbal_request") and self._policy_topic(syls, trig, agent[1]):
            self._why = "the owner after a policy noun owns the policy a proposal is about, not the proposal"
            return None  # "các đề xuất điều chỉnh chính sách của Washington với Cuba"
        if agent:
            subjects, after = agent
            if len(subjects) > 1 and _members_joint_noun(syls, trig):
                # "thông cáo chung của Anh, Pháp, Đức và Mỹ (lên án Nga)": its owners agree with one another; a
                # name after it is what the statement is about, not a party to it
                return Frame(subjects, subjects, True, "nominal_of")
            backed = self._backed_holder(syls, slots, trig)
            if backed is not None:  # "Lực lượng SDF dưới sự hậu thuẫn của Mỹ đã …": no name after the owner is backed
                return Frame(subjects, [o for o in backed if o not in subjects], False, "nominal_of")
            objects = []
            if self._undergoer_before(syls, trig):  # "Israel có được sự ủng hộ của Mỹ …": Israel receives it
                objects = [o for o in self._subject(syls, slots, trig)[0] if o not in subjects]
            if not objects:  # "Venezuela bị bủa vây bởi các lệnh trừng phạt của Mỹ": the passive's patient undergoes it
                objects = [o for o in _passive_patient(syls, slots, trig) if o not in subjects]
            if not objects:  # "chuyến thăm Đài Loan của bà Pelosi": the destination before "của" first
                named, at = self._object(syls, slots, trig)
                objects = [o for o in named if o not in subjects] if at is not None and at < after else []
            if not objects:
                objects, at = self._object(syls, slots, Found(trig.relation, after, after))
                if at is not None and _conjoined_owner(syls, slots, after, at):
                    objects = []  # "vụ thử tên lửa của Triều Tiên và phản ứng của ông Trump": another noun's owner
            if not objects and self._undergoer_before(syls, trig):
                objects, _ = self._subject(syls, slots, trig)
            if not objects and len(subjects) > 1 and trig.relation in relations_with("reciprocal"):
                return Frame(subjects, subjects, True, "nominal_of")
            # with its actor named after "của"/"từ phía", a nominal event never takes an actor from the left
            return Frame(subjects, objects, False, "nominal_of")
        return None

    def _backed_holder(self, syls, slots, trig: Found) -> list[str] | None:
        """'Lực lượng SDF dưới sự hậu thuẫn của Mỹ đã …', 'Quân đội Ukraine, dưới sự hỗ trợ của NATO, …': a nominal act
        in a backing phrase (grammar `backing_preposition` right before its nominaliser; aid and support only, unless
        the preposition is also a `subjection_preposition`: "Iran dưới sự trừng phạt của Mỹ") right after the actor
        that opens the clause (a comma may stand between) is aimed at that actor, the side it backs or weighs on. None
        when no such phrase holds the trigger, or the name before it does not open its clause: it may be a verb's
        object ("tấn công lực lượng SDF dưới sự hậu thuẫn của Mỹ"); mutual acts are left to the other readings."""
        g = grammar()
        if trig.relation in relations_with("reciprocal"):
            return None
        k = trig.i
        while k > 0 and syls[k - 1].low in g.nominalisers:
            k -= 1
        prep = _phrase_before(syls, k, g.phrases("backing_preposition")) if syls[k].low in g.nominalisers else None
        if prep is None:
            return None
        if (trig.relation not in relations_with("cooperative")
                and _phrase_before(syls, k, g.phrases("subjection_preposition")) is None):
            return None  # "Hội đồng Bảo an, với sự phản đối của Nga, …": "với" carries backing only, "dưới" any act
        x = k - len(prep) - 1
        x -= 1 if x > 0 and syls[x].text == "," else 0
        if x < 0 or not slots[x]:
            return None
        start = _mention_edge(slots, x, backwards=True)
        opened = _clause_start(syls, start)
        if start - opened > HOLDER_LEAD or any(slots[y] or y in self._trigger_starts for y in range(opened, start)):
            return None  # "Lực lượng SDF": a noun or two before the name, no verb, no other actor
        return _group(syls, slots, x, backwards=True)

    def _copular_owner(self, syls, slots, trig: Found) -> tuple[list[str], int] | None:
        """'việc áp đặt lệnh cấm vận với Iran là hành động đơn phương của Mỹ': a nominalised act that the copula,
        in the same clause, calls an act, decision or policy (class `owned_act_noun`) owned by X ("của X", only a few
        plain modifiers between) is X's act. The owner of any other noun after the copula ("là vi phạm chủ quyền của
        Iran") is no agent, nor is a "của" whose first word is no actor ("của những kẻ cực đoan chứ không phải của …")."""
        g = grammar()
        made = _phrase_before(syls, trig.i, g.making_verbs)  # "việc áp đặt lệnh trừng phạt": the noun's verb
        opener = trig.i - (len(made) if made else 0) - 1
        if opener < 0 or syls[opener].low not in g.nominalisers:
            return None
        copula = next((x for x in range(trig.j, len(syls))
                       if syls[x].low == g.copula or syls[x].text == "," or syls[x].text in g.clause_breaks), None)
        if copula is None or syls[copula].low != g.copula:
            return None
        noun = _phrase_starting(syls, copula + 1, g.owned_act_nouns)
        if noun is None:
            return None
        k = copula + 1 + len(noun)
        end = min(k + COPULAR_MODIFIERS, len(syls) - 1)
        while k < end and syls[k].low != g.possessive and not slots[k] and syls[k].text not in g.clause_breaks:
            k += 1  # "hành động đơn phương của Mỹ": a modifier or two, no name, no break
        if k >= len(syls) - 1 or syls[k].low != g.possessive or not _actor_at(syls, slots, k + 1):
            return None
        return self._agent_of(syls, slots, Found(trig.relation, k, k))

    def _frame_answered_proposal(self, syls, slots, trig: Found) -> Frame | None:
        """'Ukraine đồng ý với đề xuất ngừng bắn 30 ngày của Mỹ': a proposal noun in object position of a verb that
        accepts or rejects it (relation column `answers_proposals`; object prepositions and quantifiers only between, and the verb's own
        reading of the owner as its recipient, `_owner_of_nested`, holds), with
        its owner after "của", was made by that owner to the one who answers it: the United States proposes to
        Ukraine (not Ukraine, the verb's subject, to the owner)."""
        if trig.relation != "propose" or trig.i == 0:
            return None
        g = grammar()
        k = trig.i
        while k > 0 and (syls[k - 1].low in g.object_preps or syls[k - 1].low in g.claim_quantifiers):
            k -= 1
        verb = next((t for t in self.triggers if t.j == k and t.i < trig.i), None)
        answer = _phrase_before(syls, k, grammar().phrases("invitation_answer")) if verb is None else None
        if answer is not None:  # "hưởng ứng lời mời đối thoại của X": no trigger, still an answer to X's proposal
            verb = Found(trig.relation, k - len(answer), k)
        elif verb is None or verb.relation not in relations_with("answers_proposals") or verb.needs is not None:
            return None
        owner = self._agent_of(syls, slots, trig)
        if not owner or self._owner_of_nested(syls, slots, verb) is None:
            return None
        answerer = [a for a in self._subject(syls, slots, verb)[0] if a not in owner[0]]
        return Frame(owner[0], answerer, False, ANSWERED) if answerer else None

    def _deal_frame_joined_body(self, syls, slots, trig: Found) -> Frame | None:
        """'Montenegro gia nhập NATO', 'Syria tham gia vào tổ chức OPCW': joining an international body is an
        agreement with it (the fresh split's notes: admission is `agree`), one way, from the joiner to the body, an
        organisation named right after the verb (grammar class `deal_body_gap` between: "vào", "tổ chức" …).
        'Italy tham gia sáng kiến Vành đai và Con đường của Trung Quốc', 'tham gia liên minh … do Mỹ đề xuất':
        joining an initiative, pact or coalition (class `deal_joined_noun`) agrees with its owner, named after the
        possessive or the agent marker in the same clause. Anything else joined (a drill, an attack, a summit, a
        market) codes nothing here; the trigger is transparent to the others."""
        g = grammar()
        subjects, s_index = self._subject(syls, slots, trig)
        if not subjects:
            return None
        if s_index is not None and s_index > 0 and syls[s_index - 1].low in g.single_words("nominal_act_opener"):
            return None  # "phản đối việc Ukraine gia nhập NATO": a joining talked about, not reported
        joined = self._deal_joined(syls, slots, trig, subjects)
        return Frame(subjects, joined, False, "svo") if joined else None

    def _deal_joined(self, syls, slots, trig: Found, subjects: list[str]) -> list[str]:
        """The body a joining verb names right after it, or the owner of the initiative it names (see
        `_deal_frame_joined_body`); also read when the joiner is carried from an earlier clause."""
        g = grammar()
        hopes = g.phrases("deal_join_hope")
        if any(_phrase_starting(syls, x, hopes) and not any(slots[y] for y in range(x, trig.i))
               for x in range(max(0, trig.i - _DEAL_HOPE_REACH), trig.i)):  # no actor between: its own bid
            return []  # "Ukraine mong muốn gia nhập NATO", "quá trình gia nhập EU": a bid, no agreement yet
        k = trig.j
        while k < len(syls) and not slots[k]:
            gap = _phrase_starting(syls, k, g.phrases("deal_body_gap"))
            if gap is None:
                break
            k += len(gap)
        k = _deal_bracketed_body(syls, slots, k)
        if k < len(syls) and slots[k] and _head(slots, k):
            return [m.actor_id for m in slots[k][:1]
                    if m.actor_id.partition(":")[0] == ORGANISATION_ID_PREFIX and m.actor_id not in subjects]
        if _phrase_starting(syls, k, g.phrases("deal_joined_noun")) is None:
            return []
        end = _clause_end(syls, k, k + _DEAL_OWNER_REACH)
        for x in range(k + 1, end):
            if slots[x]:
                marked = syls[x - 1].low == g.possessive or syls[x - 1].low in g.agent_markers
                return [m.actor_id for m in slots[x][:1] if m.actor_id not in subjects] if marked else []
        return []

    def _frame_made_by(self, syls, slots, trig: Found) -> Frame | None:
        """'Gói viện trợ 61 tỷ USD cho Ukraine đã được Quốc hội Mỹ thông qua': an aid or sanction measure named as
        the patient of a passive whose agent is followed by a verb of making (class `making_verb`: "thông qua",
        "ký", "áp đặt" …) was made by that agent, who is its actor; the recipient is the measure's own, before the
        passive marker. "bị Quốc hội Mỹ trì hoãn" (delayed, not made) codes nothing."""
        if trig.relation not in relations_with("passed_measure"):
            return None
        g = grammar()
        for k in range(trig.j, _clause_end(syls, trig.j, trig.j + MADE_BY_REACH)):
            if syls[k].low not in g.passive_markers:
                continue
            agent = k + 1 if k + 1 < len(syls) and syls[k + 1].low in g.honorifics else k
            agent += 1
            if agent >= len(syls) or not slots[agent] or not _head(slots, agent):
                return None
            group = _group(syls, slots, agent, backwards=False)
            after = _group_end(syls, slots, agent, group) + 1
            verb = _phrase_starting(syls, after, g.making_verbs) if after < len(syls) else None
            if verb is None or not _word_aligned(syls, after, len(verb)):
                return None
            named, at = self._object(syls, slots, trig)
            objects = [o for o in named if o not in group] if at is not None and at < k else []
            return Frame(group, objects, False, "passive") if objects else None
        return None

    def _frame_owned_measure(self, syls, slots, trig: Found) -> Frame | None:
        """'Lệnh cấm của Anh đối với thiết bị Huawei …': a measure noun of needs "owner" codes only as a nominal
        event whose owner follows it right away ("của X") and which names a recipient; a bare ban is mostly a
        state's own rule ("gia hạn lệnh cấm tụ tập")."""
        if trig.j >= len(syls) or syls[trig.j].low != grammar().possessive:
            return None
        frame = self._frame_nominal(syls, slots, trig)
        return frame if frame is not None and frame.subjects and frame.objects else None

    def _frame_charge(self, syls, slots, trig: Found) -> Frame | None:
        """'Trung Quốc bắt hai công dân Canada với cáo buộc gián điệp': an accusation named as the charge of an
        arrest or sanction in its clause is that actor's accusation of the same recipients."""
        g = grammar()
        prep = trig.i - 1
        if prep > 0 and syls[prep].low in g.list_closers:
            prep -= 1  # "vì những cáo buộc …"
        if trig.relation != "accuse" or prep < 1 or syls[prep].low not in g.charge_preps:
            return None
        # "tuyên bố X là người không được hoan nghênh với cáo buộc …": a declared expulsion (a legitimacy row, which
        # other triggers' searches look through) is an act the charge names as well
        declared = {t.i: t for t in self.triggers if t.needs == LEGITIMACY}
        for k in range(prep - 1, -1, -1):
            if syls[k].text in g.clause_breaks or _starts_clause(syls, k):
                return None
            act = self._trigger_starts.get(k) or declared.get(k)
            if act is not None and relation_types()[act.relation].quad_class == MATERIAL_CONFLICT:
                frame = next((f for _, f in self.frames(act) if f.subjects and f.objects), None)
                return Frame(frame.subjects, frame.objects, False, "charge") if frame else None
        return None

    def _frame_between(self, syls, slots, trig: Found) -> Frame | None:
        if trig.relation not in relations_with("reciprocal") and trig.needs != "between" and not trig.mutual:
            return None  # a clash is mutual: "giao tranh giữa A và B"
        between = self._between_pair(syls, slots, trig)
        if len(between) > 2 and not self._one_with_many(syls, slots, trig):
            return Frame(between, between, True, "between")  # "giữa Nga, Ukraine, Pháp và Đức": every pair
        if len(between) > 2:  # "giữa Iran với 6 cường quốc gồm Mỹ, Anh …": Iran with each of them
            return Frame(between[:1], between[1:], True, ONE_WITH_MANY)
        if between:
            return Frame(between[:1], between[1:], True, "between")
        dyad = self._dyad_after(syls, slots, trig)
        if dyad:
            return Frame(dyad[:1], dyad[1:], True, "dyad")
        return Frame([], [], False, "between") if trig.needs == "between" else None

    def _one_with_many(self, syls, slots, trig: Found) -> bool:
        """'giữa Iran với 6 cường quốc gồm Mỹ, Anh …': one party faces the others, who are not parties to one
        another (only 'giữa A, B và C' makes every pair)."""
        g = grammar()
        start = next((k for k in range(trig.j, len(syls)) if syls[k].low == g.between), None)
        if start is None:
            return False
        first = next((k for k in range(start + 1, len(syls)) if slots[k]), None)
        after = _mention_edge(slots, first, backwards=False) + 1 if first is not None else len(syls)
        return after < len(syls) and syls[after].low in g.between_joiners

    def _dyad_after(self, syls, slots, trig: Found) -> list[str]:
        """'hội nghị thượng đỉnh Mỹ - Triều', 'tập trận chung Mỹ - Hàn': a hyphenated pair right after a mutual
        event names its two parties."""
        for k in range(trig.j, min(len(syls), trig.j + DYAD_REACH)):
            if slots[k] and _head(slots, k):
                return _dyad_at(syls, slots, k)
            if not syls[k].text[:1].isalnum() or self._trigger_at(syls, k) or syls[k].low in grammar().place_preps:
                return []  # "hợp tác tại các diễn đàn ASEAN - Nga": a forum where they meet, not the parties
            if syls[k].low in grammar().topic_preps and syls[k].word_start and syls[k].word_end:
                return []  # "thảo luận về xung đột Nga - Ukraine": the topic talked about, not the parties
        return []

    def _goods_list_maker(self, syls, slots, trig: Found) -> Frame | None:
        """'Bộ Thương mại Mỹ công bố danh sách 800 mặt hàng Trung Quốc sẽ bị áp thuế': an agentless passive sanction
        on goods of a country in a list that a verb of putting it forward or widening it makes: that verb's
        subject sanctions the goods' country."""
        if trig.relation != SANCTION:
            return None
        goods = _goods_owner_before(syls, slots, trig.i - 1)
        verb = _list_maker_verb_before(syls, slots, goods[1]) if goods else None
        if verb is None:
            return None
        subjects, _ = self._subject(syls, slots, verb)
        objects = [m.actor_id for m in slots[goods[0]]
                   if not any(m.actor_id == s or self._same_side(s, m.actor_id) for s in subjects)]
        if not subjects or not objects:
            return None
        return Frame(subjects, list(dict.fromkeys(objects)), False, "passive")

    def _own_body(self, subject: str, other: str) -> bool:
        """'Tổng thống Putin thông báo rút binh sĩ Nga khỏi Syria': forces (or another body) of the subject's own
        state that it moves, withdraws or deploys are its own, never the other party (a person's or agency's state
        is its side; a body reported as its state is of `country_level` sectors)."""
        sector, _, iso = other.partition(":")
        if sector not in country_level_sectors():
            return False
        state = f"{COUNTRY_ID_PREFIX}:{iso}"
        return subject == state or self._same_side(subject, state)

    def _parties_of(self, syls, slots, trig: Found) -> tuple[list[str], int] | None:
        """'phản đối cuộc tập trận Mỹ - Hàn': a hyphenated pair right after a nominal event names who holds it."""
        k = trig.j
        pair = _dyad_at(syls, slots, k) if k < len(syls) and slots[k] and _head(slots, k) else []
        return (pair, k + 1) if pair else None

    def _frame_word_order(self, syls, slots, trig: Found) -> Frame | None:
        if trig.i > 0 and syls[trig.i - 1].low in grammar().passive_markers:
            # "các lực lượng Nga được triển khai ở Ukraine": no agent is named, the forces are acted on, unless
            # the goods taxed are listed by whoever imposes the tariff
            return self._goods_list_maker(syls, slots, trig)
        if _after_duration(syls, trig.i):
            return None  # "sau 15 tháng giao tranh": a span of time, not the clause's event
        means = self._means_of_pressure(syls, slots, trig)
        if means is not None:
            return means
        adjunct = self._adjunct_actor(syls, slots, trig)
        subjects, s_index = adjunct if adjunct is not None else self._subject(syls, slots, trig)
        own_people = trig.relation in relations_with("own_people")
        moved = trig.relation in relations_with("destination") and trig.relation not in relations_with("reciprocal")
        own_side = (lambda o: not (own_people and _is_person(o))
                    and all(o == s or self._same_side(s, o) or moved and self._own_body(s, o) for s in subjects)
                    ) if subjects else None
        objects, o_index = self._object(syls, slots, trig, exclude=own_side)
        if objects and _endorse_coordinated_not_object(syls, trig, o_index, self.triggers):
            self._why = "an actor coordinated by a conjunction right after the verb is no object of it"
            objects, o_index = [], None
        if not subjects and objects:
            # "6 nước bỏ phiếu cho Nga là Nga, Trung Quốc …": the object listed among the members (it voted for
            # itself) is no subject
            subjects = [s for s in _members_by_copula(syls, slots, trig, o_index) if s not in objects]
        if not subjects and objects:
            # "các nước ủng hộ ông Maduro như Nga, Cuba …": the group's members named after the object
            subjects = [s for s in _members_by_example(syls, slots, trig, o_index) if s not in objects]
        if not subjects and trig.relation == PROTEST:
            subjects, s_index = self._protesters_country(syls, trig)
            if subjects and not objects:
                objects, o_index = self._object(syls, slots, trig, exclude=lambda o: o in subjects)
        if not subjects and (trig.relation == THREATEN or _warning_optional(trig.relation)):
            # "nếu Iran tấn công lợi ích của Mỹ, Washington sẽ đáp trả": the main clause's actor after the condition
            main = self._warning_fronted_main(syls, slots, trig)
            if main is not None and self._warning_fronted_condition(syls, slots, trig) is not None:
                subjects, s_index = list(dict.fromkeys(m.actor_id for m in slots[main])), main
                own_side = lambda o: all(o == s or self._same_side(s, o) for s in subjects)
                objects, o_index = ([], None) if all(o in subjects for o in objects) else (objects, o_index)
        if not subjects:
            return (self._nominal_lead(syls, slots, trig) or self._talks_bare_lead(syls, slots, trig)
                    or self._talks_trailing_lead(syls, slots, trig))
        if not objects and trig.relation == SANCTION and s_index is not None:
            # "các mặt hàng Trung Quốc mà Mỹ áp thuế": the goods' country is the relative clause's fronted recipient
            objects, o_index = _fronted_goods_owner(syls, slots, s_index, own_side)
        if not objects:
            offer = self._offer(syls, slots, trig, subjects)
            if offer is not None:
                return offer
        if not objects and (trig.relation in relations_with("conditional_target") or trig.cameo == ULTIMATUM_CODE):
            objects, o_index = self._condition_actor(syls, slots, trig, own_side)
        if objects and trig.relation == THREATEN and self._warning_later_clause(syls, slots, trig, o_index, own_side):
            objects, o_index = [], None  # '… "mọi lựa chọn đều được xem xét" và Washington sẽ triển khai … tới X'
        if not objects and trig.relation == THREATEN:  # "dọa rút khỏi Hiệp ước INF": the treaty's other party
            objects, o_index = self._warning_left_party(syls, slots, trig, subjects, own_side)
        if not objects and trig.relation == THREATEN and own_side is not None:
            # "Lavrov cảnh báo rằng Nga sẽ áp dụng các biện pháp đau đớn nhằm vào Mỹ": the warner's own act announced
            objects, o_index = self._warning_announced_act(syls, slots, trig, own_side)
        if not objects and (trig.relation in relations_with("conditional_target") or _warning_optional(trig.relation)):
            # "(A tuyên bố) nếu X …, B sẽ đáp trả": a fronted condition names whom the consequence threatens
            fronted = self._warning_fronted_condition(syls, slots, trig, own_side)
            objects, o_index = fronted if fronted is not None else (objects, o_index)
        if not objects and relation_types()[trig.relation].option_as and _states_option(syls, trig):
            # "không loại trừ việc dùng vũ lực để buộc X …": force stated as an option to coerce X threatens X
            objects, o_index = self._warning_option_purpose(syls, slots, trig, own_side)
        reciprocal = _reciprocal_marker(syls, trig) or _reciprocal_owner(syls, slots, trig)
        if reciprocal and len(subjects) > 1 and trig.relation in relations_with("reciprocal_by_marker"):
            # "Mỹ và Nga cáo buộc nhau/bên còn lại gây bất ổn tại Venezuela": the other party is the recipient; an
            # actor named later in the charge is not
            return Frame(subjects, subjects, True, "coordinated_subjects")
        if not objects and trig.relation == LEAVING:  # "Mỹ rút khỏi thỏa thuận hạt nhân …": the treaty's other party
            objects, o_index = self._treaty_counterpart(syls, slots, trig, subjects)
        if not objects and (trig.relation in relations_with("reciprocal") or trig.mutual):
            lone, members = _members_lone_party(syls, slots, trig, subjects)
            if lone:  # "Iran và nhóm P5+1 gồm Mỹ, Anh … ký thỏa thuận": Iran with each member, not the members together
                return Frame(lone, members, True, ONE_WITH_MANY)
        if not objects and len(subjects) > 1 and (trig.relation in relations_with("reciprocal") or reciprocal
                                                  or trig.mutual):  # "Ấn Độ và Pakistan giao tranh"
            if not reciprocal and _separate_consent(syls, trig, s_index):
                self._why = "coordinated actors who consent each accept a third party's request, not each other's"
                return None
            if _venue_noun(syls, trig):
                self._why = "a forum's meeting after a venue preposition is the place of the clause's act, not a meeting held"
                return None
            if _meets_unnamed(syls, trig):
                self._why = "coordinated actors meet the unnamed counterparts after the verb, not each other"
                return None
            if _in_situation_pair(syls, slots, trig, subjects):
                self._why = "the coordinated actors only describe a situation (its pair 'between A and B'), they hold no event"
                return None
            return Frame(subjects, subjects, True, "coordinated_subjects")
        if not objects:
            return None
        if _session_of(syls, slots, trig, o_index):
            self._why = "an organisation named right after a meeting noun is the body in session, not a partner"
            return None
        subjects = list(dict.fromkeys(subjects + self._co_actors(syls, slots, trig, o_index)))
        lone, members = _members_lone_party(syls, slots, trig, subjects)
        if lone and not set(objects) & set(lone + members):
            subjects = list(dict.fromkeys(lone + members))  # "Mỹ và nhóm E3 gồm Anh, Pháp, Đức lên án Iran"
        if self._purpose_restates(syls, slots, trig, o_index):
            self._why = "a purpose clause of the same act names its target: the place launched into is none"
            return None
        g = grammar()
        if trig.relation in relations_with("maker_target") and self._owner_of_nested(syls, slots, trig) == (
                objects, o_index):
            # "Hamas đồng ý với đề xuất ngừng bắn của Ai Cập": one side answers the owner of what it agrees to
            return Frame(subjects, objects, False, "with" if syls[trig.j].low in g.partner_preps else "svo")
        if (trig.relation in relations_with("parties_after") and not (trig.cameo or "").startswith(MEDIATION_CODE)
                and _pair_holds(syls, slots, trig, o_index)):  # a mediator acts on the pair it mediates between
            self._why = "the pair right after the trigger holds the event, it is not its target"
            return None
        if syls[o_index - 1].low == g.possessive and o_index - 1 == trig.j:
            return None  # "hỗ trợ của X", "chuyến thăm của X": X is the actor of a nominal event, not its recipient
        with_partner = syls[o_index - 1].low in g.partner_preps and not (
            o_index >= 2 and syls[o_index - 2].low == g.regarding[0])  # "biện pháp đối với Triều Tiên" is a topic
        partner_group = _members_of_partner_group(syls, slots, trig) is not None  # "với nhóm P5+1 gồm Mỹ, …"
        with_partner = with_partner or partner_group
        if (with_partner and trig.relation in relations_with("verbal_request")
                and self._policy_topic(syls, trig, o_index)):
            self._why = "the name after a policy or relations noun and the partner preposition is what the policy is about, not the addressee"
            return None
        if syls[o_index - 1].low == g.regarding[1] and o_index >= 2 and syls[o_index - 2].low == g.regarding[0] and (
                trig.relation in relations_with("cooperative") and not self._lifts_measure(trig, o_index)
                and not (trig.relation in relations_with("regarding_target") and o_index - 2 - trig.j <= REGARDING_GAP)):
            return None
        if trig.relation == "consult" and _refused_under_pressure(syls, trig, o_index):
            # "sẽ không đàm phán dưới sức ép của Mỹ": a refusal answers the one who presses for the talks
            return Frame(subjects, objects, False, "svo")
        if trig.relation == "consult" and syls[o_index - 1].low == g.possessive:
            # "thảo luận vụ thử tên lửa của Triều Tiên": a topic's owner, not a partner; coordinated actors who
            # discuss it still meet each other
            return _coordinated(syls, slots, trig, subjects)
        if with_partner and trig.relation == AGREE and self._later_verb_partner(syls, trig, o_index):
            # "NATO nhất trí tiếp tục gây áp lực với Nga": Nga is the partner of the pressure, not of the agreement;
            # coordinated sides still agree with each other
            self._why = "the partner after the partner preposition belongs to a later verb of the agreed act, not to the trigger"
            return _coordinated(syls, slots, trig, subjects)
        if trig.relation in relations_with("with_only") and not with_partner:
            # "đồng ý hoãn phiên tranh tụng … bà Mạnh": what is agreed is not a partner; "A và B ký hiệp định cho
            # phép quân đội hai nước …": the coordinated signers still agree with each other
            if _separate_consent(syls, trig, s_index):  # "A và B chấp nhận tiếp nhận … của EU": each consents
                self._why = "coordinated actors who consent each accept a third party's request, not each other's"
                return None
            return _coordinated(syls, slots, trig, subjects)
        rule = "with" if with_partner else "svo"
        if partner_group:
            rule = ONE_WITH_MANY  # "với nhóm P5+1 gồm Mỹ, Anh …": one party faces each member, no multilateral forum
        # "sẵn sàng đàm phán với X", "hủy cuộc gặp với X": one side's act, not a meeting both hold; "A sẽ không
        # đàm phán với B", "dừng tập trận chung với B": a refusal or halt is that side's act toward B
        # (GUIDELINES.md), B refuses nothing
        mutual = (trig.mutual and (with_partner or trig.relation == "consult") and not _one_sided(syls, trig)
                  and _mode(syls, trig) != "negated"
                  # "X có thể đang hợp tác với Y": a supposition about one side, not joint action reported
                  and not (trig.relation == COOPERATE and _mode(syls, trig) == HYPOTHETICAL))
        # "gặp ông Rutte tại The Hague và sau đó với bà Merkel tại Berlin": a partner phrase repeated after "và"
        objects = list(dict.fromkeys(objects + [o for o in self._elided_partners(syls, slots, o_index)
                                                if o not in subjects]))
        between_words = [x.low for x in syls[trig.j : o_index]]
        if mutual and _has_any(between_words, g.multilateral):
            everyone = list(dict.fromkeys(subjects + objects))  # "cuộc họp 3 bên với Iran và Thổ Nhĩ Kỳ"
            return Frame(everyone, everyone, True, "multilateral")
        if rule == "with" and _talks_one_faces_list(syls, trig, subjects, objects, o_index):
            rule = _TALKS_WITH_LIST
        return Frame(subjects, objects, mutual or (reciprocal and trig.relation in relations_with("reciprocal_by_marker")),
                     rule)

    def _elided_partners(self, syls, slots, o_index: int) -> list[str]:
        """'gặp thủ tướng Hà Lan Mark Rutte tại The Hague ngày 11-12 và sau đó với thủ tướng Đức Angela Merkel':
        after the partner at o_index and its adjuncts (no comma, clause break or other trigger between), "và", at
        most a filler of sequence (grammar class `ellipsis_filler`: "sau đó", "rồi", "cả" …) and the partner
        preposition again open an elided second partner phrase of the same verb: its actors are partners too."""
        g = grammar()
        fillers = g.phrases("ellipsis_filler")
        for x in range(o_index + 1, min(len(syls), o_index + ELLIPSIS_REACH)):
            if syls[x].text == "," or syls[x].text in g.clause_breaks or self._trigger_at(syls, x):
                return []
            if syls[x].low != g.conjunction:
                continue
            y = x + 1
            filler = _phrase_starting(syls, y, fillers) if y < len(syls) else None
            y += len(filler) if filler else 0
            if y + 1 < len(syls) and syls[y].low in g.partner_preps and slots[y + 1]:
                return _group(syls, slots, y + 1, backwards=False)
        return []

    def _later_verb_partner(self, syls, trig: Found, o_index: int) -> bool:
        """'nhất trí tiếp tục gây áp lực với X', 'cam kết sẽ dùng kinh nghiệm làm việc với X': a verb of its own (pyvi
        tags it) stands between an agree trigger and "với X"; X is that verb's partner. Not when an agreement or
        agreed joint act is named in the trigger or after it (grammar class `agreement_noun`: "đạt được thỏa thuận
        mua vũ khí với X", "đồng ý ký hiệp định với X", "đồng ý ngừng bắn với X": X is a party to it) or a
        cooperative trigger stands between ("nhất trí nối lại đàm phán với X": X is the partner of what is agreed,
        as the rows code it)."""
        between = range(trig.j, o_index - 1)
        if any(_phrase_starting(syls, x, grammar().phrases("agreement_noun")) for x in range(trig.i, o_index - 1)):
            return False
        if any(self._found_at(syls, x).relation in relations_with("cooperative") for x in between):
            return False
        return any(syls[x].verb and syls[x].word_start for x in between)

    def _adjunct_actor(self, syls, slots, trig: Found) -> tuple[list[str], int | None] | None:
        """'Ông Johnson chỉ trích Nga sau cuộc gặp với ông Tillerson', 'ông Trudeau cảnh báo Trung Quốc trong chuyến
        thăm Nhật Bản': a meeting or visit noun right after an adjunct preposition (grammar class
        `event_adjunct_prep`) belongs to the clause whose verb comes before it, with nothing but words between
        (no comma, no clause break); its actor is that verb's actor, never the verb's object. None when the noun
        is no such adjunct, or the clause has no earlier verb (the ordinary search then finds the actor)."""
        g = grammar()
        start = trig.i if syls[trig.i].low in g.nominalisers else trig.i - 1
        if trig.relation != "consult" or start < 1 or syls[start].low not in g.nominalisers:
            return None
        if syls[start - 1].low not in g.event_adjunct_preps:
            return None
        verb = next((t for t in reversed(self.triggers) if t.j <= start - 1), None)
        if verb is None or verb.relation in relations_with("control"):
            return None
        if any(syls[x].text in g.clause_breaks or syls[x].text == "," for x in range(verb.j, start)):
            return None
        return self._subject(syls, slots, verb)

    def _means_of_pressure(self, syls, slots, trig: Found) -> Frame | None:
        """'Mỹ gây sức ép lên Iran bằng các lệnh trừng phạt', 'gây áp lực đối với Bình Nhưỡng thông qua các biện pháp
        cấm vận': an act of material conflict after a means preposition (grammar class `means_prep`, determiners
        aside) is done by the clause's actor to the actor its verb was aimed at, named right before the preposition
        after an object preposition or 'đối với' ("Iran sẽ phản ứng bằng …": Iran is a subject, no target)."""
        g = grammar()
        if relation_types()[trig.relation].quad_class != MATERIAL_CONFLICT:
            return None
        k = trig.i
        while k > 0:  # "bằng các lệnh …", "thông qua các biện pháp …"
            measure = _phrase_before(syls, k, g.measure_nouns) or ()
            if not measure and syls[k - 1].low not in g.claim_quantifiers and syls[k - 1].low not in g.nominalisers:
                break
            k -= len(measure) or 1
        prep = next((p for p in sorted(g.means_preps, key=len, reverse=True) if k >= len(p) and tuple(s.low for s in syls[k - len(p):k]) == p), None)
        if prep is None or not slots[k - len(prep) - 1]:
            return None
        end = k - len(prep) - 1
        start = _mention_edge(slots, end, backwards=True)
        before = tuple(s.low for s in syls[max(0, start - len(g.regarding)):start])
        if not (start > 0 and syls[start - 1].low in g.object_preps or before == g.regarding):
            return None
        aimed = start - (len(g.regarding) if before == g.regarding else 1)
        subjects, _ = self._subject(syls, slots, Found(trig.relation, aimed, aimed + 1))
        objects = [a for a in _group(syls, slots, end, backwards=True) if a not in subjects]
        return Frame(subjects, objects, False, "means") if subjects and objects else None

    def _treaty_counterpart(self, syls, slots, trig: Found, subjects: list[str]) -> tuple[list[str], int | None]:
        """'Mỹ rút khỏi thỏa thuận hạt nhân' (Iran named in the sentence): who leaves a treaty of
        kg/data/agreements.jsonl leaves its other side, when that side is one party and the sentence names it
        (GUIDELINES.md: Iran for the JCPOA, Russia for the INF). The name comes right after the verb, or after one
        word ("rút khỏi cả Hiệp ước INF"); the party is named as such ("Hạ viện Nga" is no name of Russia)."""
        for start in range(trig.j, min(len(syls), trig.j + 2)):
            sides = _treaty_at(syls, start)
            if sides is None:
                continue
            other = [side for side in sides if not any(s == m or self._same_side(s, m) for s in subjects for m in side)]
            if len(other) != 1 or len(sides) - len(other) != 1 or len(other[0]) != 1:
                return [], None  # the leaver is no party, or faces several: no single counterpart
            party = other[0][0]  # the state itself, by name or metonym: not a body of it named in passing
            named = any(m.actor_id == party for slot in slots for m in slot)
            return ([party], start) if named else ([], None)
        return [], None

    def _nominal_lead(self, syls, slots, trig: Found) -> Frame | None:
        """'Trong cuộc điện đàm hôm 18-9, A và B nhất trí …': a fronted meeting belongs to the clause's actors;
        'Trong cuộc gặp với B, A khẳng định …': A met B."""
        g = grammar()
        nominal = syls[trig.i].low in g.nominalisers or (trig.i > 0 and syls[trig.i - 1].low in g.nominalisers)
        if not nominal or trig.relation not in relations_with("reciprocal"):
            return None
        commas, partner = 0, None
        # the meeting opens the sentence: no actor and no other event before it
        fronted = not any(slots[:trig.i]) and not any(t.i < trig.i for t in self.triggers)
        start = trig.i if syls[trig.i].low in g.nominalisers else trig.i - 1
        # "Trong cuộc gặp …", "…, trong chuyến thăm …": an adjunct preposition that opens the sentence or a phrase
        # after a comma ("Phát biểu trong chuyến thăm X, A …" opens with a participle: left to the ordinary search)
        adjunct = start > 0 and syls[start - 1].low in g.event_adjunct_preps and (
            start == 1 or not syls[start - 2].text[:1].isalnum())
        aside_end = -1
        for k in range(trig.j, min(len(syls), trig.j + NOMINAL_LEAD_REACH)):
            if k <= aside_end:
                continue  # "Trong một cuộc điện đàm với B, như AFP đưa tin, A …": an attribution set off by commas
            if syls[k].text == "," and _list_comma(syls, slots, k):
                continue  # "về lệnh trừng phạt với Nga, Iran và Triều Tiên": a list's comma closes no adjunct
            if syls[k].text == "," and partner is not None and commas == 0:
                aside_end = _talks_aside_end(syls, k)
                if aside_end > k:
                    commas += 1  # the aside's closing comma closes the adjunct
                    continue
            if syls[k].text == ",":
                commas += 1
                if commas > 1:
                    return None
            elif syls[k].text in g.clause_breaks:
                return None
            elif slots[k] and _head(slots, k):
                if adjunct and commas == 0 and syls[k - 1].low in g.place_preps:
                    continue  # "Trong cuộc gặp B tại Paris, A …": where they met, not who
                group = _group(syls, slots, k, backwards=False)
                if commas == 0 and partner is None and fronted and (syls[k - 1].low in g.partner_preps or (
                        adjunct and k == trig.j and not _session_of(syls, slots, trig, k))):
                    # "Trong cuộc điện đàm với B, A …", "Trong cuộc gặp B tại Davos, A …": B is met by the
                    # clause's actor; "Trong chuyến thăm Y, A …": A visits Y (a visit is one-directional)
                    partner = group
                    continue
                if partner is not None and not trig.mutual:
                    # "Trong chuyến thăm Nhật, ông Trump và ông Abe …": the host's own people visit no one
                    group = [a for a in group if not any(self._same_side(a, h) for h in partner)]
                if partner is not None:
                    return Frame(group, partner, trig.mutual, "nominal_lead") if commas == 1 else None
                return Frame(group, group, True, "nominal_lead") if len(group) > 1 and commas == 1 else None
        return None

    def _talks_bare_lead(self, syls, slots, trig: Found) -> Frame | None:
        """'Hội đàm với Phó Thủ tướng X hôm nay, ông Y cam kết …', 'Điện đàm với B tối qua, A nhất trí …', 'Gặp B
        tại Moskva, A nói …': a talks verb (consult) with no nominaliser opens the sentence as a participial
        adjunct; its partner follows it (after "với" or as its object) and the actor named right after the
        adjunct's comma (honorifics aside, within MAIN_ACTOR_REACH syllables) is the one who met it. A clause
        break or a copula before the comma (the talks are the sentence's subject: "Đàm phán với X là …"), or no
        actor right after it ("…, theo ông Y, …"), leaves the sentence to other frames."""
        g = grammar()
        if trig.relation != CONSULT or trig.i != 0 or syls[0].low in g.nominalisers:
            return None  # the talks open the sentence, as a verb: "cuộc gặp …" is a noun
        k = trig.j
        if k < len(syls) and syls[k].low in g.partner_preps:
            k += 1
        if k < len(syls) and syls[k].low in g.honorifics:
            k += 1
        if k >= len(syls) or not slots[k] or not _head(slots, k):
            return None
        partner = _group(syls, slots, k, backwards=False)
        for c in range(k + 1, min(len(syls), trig.j + NOMINAL_LEAD_REACH)):
            if syls[c].text in g.clause_breaks or syls[c].low == g.copula:
                return None  # "Đàm phán với Triều Tiên là lãng phí thời gian, …": the talks are a subject, not an adjunct
            if syls[c].text != "," or _list_comma(syls, slots, c):
                continue
            x = c + 1
            while x < len(syls) and syls[x].low in g.honorifics and not slots[x]:
                x += 1
            if x - c > MAIN_ACTOR_REACH or x >= len(syls) or not slots[x] or not _head(slots, x):
                return None
            main = [a for a in _group(syls, slots, x, backwards=False) if a not in partner]
            return Frame(main, partner, trig.mutual, "nominal_lead") if main else None
        return None

    def _talks_trailing_lead(self, syls, slots, trig: Found) -> Frame | None:
        """'Ông Pompeo nói rằng Mỹ sẽ không nhượng bộ, sau cuộc gặp với Ngoại trưởng Nga Lavrov', 'Đại diện EU
        khẳng định …, sau khi thảo luận … với B': a talks trigger (consult) in an adjunct that a comma sets after
        the main clause (an `event_adjunct_prep`, then "khi" or a nominaliser) whose partner follows "với" in the
        adjunct: the main clause's subject, named at the sentence's start (honorifics aside, no comma before it),
        met the partner."""
        g = grammar()
        if trig.relation != CONSULT:
            return None
        start = trig.i
        if start > 0 and (syls[start - 1].low in g.nominalisers or syls[start - 1].low in g.single_words("talks_subordinator")):
            start -= 1
        if start < 2 or syls[start - 1].low not in g.event_adjunct_preps or syls[start - 2].text != ",":
            return None
        partner = None
        for k in range(trig.j, min(len(syls), trig.j + NOMINAL_LEAD_REACH)):
            if syls[k].text == "," or syls[k].text in g.clause_breaks:
                break
            if slots[k] and _head(slots, k) and syls[k - 1].low in g.partner_preps:
                partner = _group(syls, slots, k, backwards=False)
                break
        if not partner:
            return None
        x = 0
        while x < start and not slots[x] and (syls[x].low in g.honorifics or not syls[x].text[:1].isalnum()):
            x += 1
        if x >= start - 2 or not slots[x] or x > MAIN_ACTOR_REACH:
            return None
        main = [a for a in _group(syls, slots, x, backwards=False) if a not in partner]
        return Frame(main, partner, trig.mutual, "nominal_lead") if main else None

    def _warning_left_party(self, syls, slots, trig: Found, subjects, exclude) -> tuple[list[str], int | None]:
        """'Mỹ dọa rút khỏi Hiệp ước INF', 'Washington đe dọa sẽ rút khỏi INF': a threat to leave a treaty of
        kg/data/agreements.jsonl threatens its other party, as leaving it codes that party (GUIDELINES.md: Russia for
        the INF); a threat to leave a body or a country named after the leaving verb threatens it ("đe dọa sẽ rút
        khỏi NATO"). The leaving verb ends the threat's own row ("dọa rút khỏi") or follows it, future markers and
        clause adverbs between."""
        g = grammar()
        lows = tuple(s.low for s in syls[trig.i:trig.j])
        if any(self.matcher.triggers.get(lows[n:], (None,))[0] == LEAVING for n in range(1, len(lows))):
            return self._treaty_counterpart(syls, slots, trig, subjects)
        k = trig.j
        while k < len(syls) and (syls[k].low in g.future_markers or syls[k].low in g.clause_adverbs):
            k += 1
        if k >= len(syls) or not self._trigger_at(syls, k) or self._found_at(syls, k).relation != LEAVING:
            return [], None
        leaving = self._found_at(syls, k)
        counterpart = self._treaty_counterpart(syls, slots, leaving, subjects)
        return counterpart if counterpart[0] else self._object(syls, slots, leaving, exclude)

    def _warning_fronted_condition(self, syls, slots, trig: Found, exclude=None) -> tuple[list[str], int | None] | None:
        """'Ông Pompeo tuyên bố nếu Iran tấn công …, Washington sẽ đáp trả', 'Nếu Iran đóng cửa eo biển Hormuz, Mỹ
        sẽ tấn công Iran, ông Trump tuyên bố': a future marker before the trigger (clause adverbs between) in a main
        clause that opens, right after the comma closing a fronted condition (grammar class `condition_marker`),
        with its actor, in a sentence whose speaker is named (a speech or declare verb outside the condition, or a
        threat before it): a conditional threat (GUIDELINES.md: threaten, hypothetical), against the condition's
        first actor (not the threatener's side, not a victim: `_undergoes`). None when there is no such condition;
        an empty list when it names no actor. Analysts' hypotheticals are vetoed by _speculated."""
        g = grammar()
        main = self._warning_fronted_main(syls, slots, trig)
        if main is None:
            return None
        x = main
        while x > 0 and (slots[x - 1] or syls[x - 1].low in g.list_joiners and syls[x - 1].text != ","):
            x -= 1
        while x > 0 and syls[x - 1].low in g.clause_adverbs:  # ", thì Mỹ sẽ …"
            x -= 1
        comma = x - 1
        if comma < 1 or syls[comma].text != ",":
            return None
        marker_at = None
        for y in range(comma - 1, -1, -1):
            if syls[y].text in g.clause_breaks or syls[y].text == ",":
                return None
            marker = _phrase_starting(syls, y, g.condition_markers)
            if marker is not None and _word_aligned(syls, y, len(marker)):
                marker_at, start = y, y + len(marker)
                break
        if marker_at is None:
            return None
        said = g.speech_verbs + g.declare_verbs
        outside = [*range(marker_at), *range(trig.j, len(syls))]
        if not (any(_phrase_starting(syls, y, said) for y in outside)
                or any(t.relation == THREATEN and t.j <= marker_at for t in self.triggers)):
            return None
        for y in range(start, comma):
            if slots[y] and _head(slots, y) and not (exclude and all(exclude(m.actor_id) for m in slots[y])):
                group = _group(syls, slots, y, backwards=False)
                if _undergoes(syls, _group_end(syls, slots, y, group) + 1):
                    return [], None
                return group, y
        return [], None

    def _warning_fronted_main(self, syls, slots, trig: Found) -> int | None:
        """Where the actor of the trigger's clause is when a future marker stands before the trigger (clause adverbs,
        or a making verb and quantifiers before a measure noun, between: "Washington sẽ áp đặt thêm các lệnh trừng
        phạt"; "sẽ đáp trả" holds its own marker) and that actor comes right before it: the main clause of
        `_warning_fronted_condition`. None otherwise."""
        g = grammar()
        k, future = _measure_determiners_start(syls, trig.i), syls[trig.i].low in g.future_markers
        verb = _phrase_before(syls, k, g.making_verbs) if k < trig.i or not future else None
        k -= len(verb) if verb else 0
        while k > 0 and syls[k - 1].low in g.clause_adverbs:
            k -= 1
            future = future or syls[k].low in g.future_markers
        return k - 1 if future and k >= 1 and slots[k - 1] else None

    def _warning_announced_act(self, syls, slots, trig: Found, exclude) -> tuple[list[str], int | None]:
        """'Lavrov cảnh báo rằng Nga sẽ áp dụng các biện pháp đau đớn nhằm vào Mỹ', 'cảnh báo Moskva sẽ trả đũa đối
        với X': a warning whose complement (a complementiser optional) opens with the warner's own side and a future
        marker announces the warner's own act: whom that act is aimed at (its own recipient, else the actor after a
        target phrase or "đối với", in the clause) is threatened."""
        g = grammar()
        k = trig.j + (1 if trig.j < len(syls) and syls[trig.j].low in g.complementisers else 0)
        if k >= len(syls) or not slots[k] or not all(exclude(m.actor_id) for m in slots[k]):
            return [], None
        x, future = _mention_edge(slots, k, False) + 1, False
        while x < len(syls) and syls[x].low in g.clause_adverbs:
            future = future or syls[x].low in g.future_markers
            x += 1
        if not future:
            return [], None
        aims = g.target_phrases + (g.regarding,)
        end = _clause_end(syls, x)
        for y in range(x, end):
            if self._trigger_at(syls, y) and y == x:
                target = self._object(syls, slots, self._found_at(syls, y), exclude)
                if target[0]:
                    return target
            aim = _phrase_starting(syls, y, aims)
            if aim and y + len(aim) < end and slots[y + len(aim)] and not all(
                    exclude(m.actor_id) for m in slots[y + len(aim)]):
                return _group(syls, slots, y + len(aim), backwards=False), y + len(aim)
        return [], None

    def _warning_later_clause(self, syls, slots, trig: Found, o_index: int, exclude) -> bool:
        """'Pence cảnh báo "mọi lựa chọn đều được xem xét" và Washington "sẽ tiếp tục triển khai … tới Nhật Bản"': a
        conjunction between a threat and its recipient opens a clause of the threatener's own side (its actor, then
        quotation marks and a clause adverb): the recipient belongs to that clause, not to the threat."""
        g = grammar()
        for x in range(trig.j, o_index - 1):
            if syls[x].low != g.conjunction or not slots[x + 1] or not exclude:
                continue
            if all(exclude(m.actor_id) for m in slots[x + 1]):
                y = _warning_past_quotes(syls, _mention_edge(slots, x + 1, False) + 1)
                if y < len(syls) and syls[y].low in g.clause_adverbs:
                    return True
        return False

    def _warning_option_purpose(self, syls, slots, trig: Found, exclude) -> tuple[list[str], int | None]:
        """'không loại trừ việc dùng vũ lực để buộc Triều Tiên …': a purpose clause right after force stated as an
        option, whose verb presses or coerces (`_WARNING_PRESSURE`), names whom the force would be used on."""
        marker = _phrase_starting(syls, trig.j, grammar().clause_markers) if _starts_clause(syls, trig.j) else None
        after = trig.j + len(marker) if marker else len(syls)
        if after >= len(syls) or not self._trigger_at(syls, after):
            return [], None
        verb = self._found_at(syls, after)
        if verb.relation not in _WARNING_PRESSURE:
            return [], None
        return self._object(syls, slots, verb, exclude)

    def _warning_option_purpose_of(self, trig: Found) -> bool:
        """The trigger opens the purpose clause of force its actor states as an option ("không loại trừ việc sử
        dụng vũ lực để ép buộc X"): what the force would be for, not an act done (the threat is coded)."""
        if trig.relation not in _WARNING_PRESSURE:
            return False
        g, syls = grammar(), self.syls
        for t in self.triggers:
            if t.j >= trig.i or not relation_types()[t.relation].option_as or not _starts_clause(syls, t.j):
                continue
            marker = _phrase_starting(syls, t.j, g.clause_markers)
            if marker and t.j + len(marker) == trig.i and _states_option(syls, t):
                return True
        return False

    def _warning_warned_act(self, trig: Found) -> bool:
        """'Ông Trump cảnh báo quân đội Venezuela không đe dọa ông Guaido': an act right after the addressee of a
        warning and a prohibitive word (grammar classes `negation`, `warning_prohibitive`) is what the addressee is
        warned not to do: neither the warner's act nor one done; the warning is the event."""
        g, syls, slots = grammar(), self.syls, self.slots
        for t in self.triggers:
            if t.relation != THREATEN or t.j >= trig.i or not slots[t.j]:
                continue
            x = _group_end(syls, slots, t.j, _group(syls, slots, t.j, backwards=False)) + 1
            seen = False
            while x < trig.i:
                word = _phrase_starting(syls, x, g.warning_prohibitives)
                if word is not None:
                    x, seen = x + len(word), True
                elif syls[x].low in g.clause_adverbs:
                    x += 1
                else:
                    break
            if seen and x == trig.i:
                return True
        return False

    def _condition_actor(self, syls, slots, trig: Found, exclude) -> tuple[list[str], int | None]:
        """'Iran cảnh báo sẽ đáp trả nếu Mỹ tấn công': the first actor of the condition after the trigger (not of
        the actor's own side), before the clause ends."""
        g = grammar()
        for x in range(trig.j, len(syls)):
            if syls[x].text in g.clause_breaks:
                break
            marker = _phrase_starting(syls, x, g.condition_markers)
            if marker is None or not _word_aligned(syls, x, len(marker)):
                continue
            for k in range(x + len(marker), _clause_end(syls, x + len(marker))):
                if slots[k] and _head(slots, k) and not (exclude and all(exclude(m.actor_id) for m in slots[k])):
                    group = _group(syls, slots, k, backwards=False)
                    if _undergoes(syls, _group_end(syls, slots, k, group) + 1):
                        return [], None  # "cảnh báo hậu quả nghiêm trọng nếu Guaido bị tổn hại": the victim, not the target
                    return group, k
            break
        return [], None

    def _lifts_measure(self, trig: Found, o_index: int) -> bool:
        """A nested event whose target `trig` takes stands between it and the recipient ("dỡ bỏ lệnh cấm vận đối
        với X"), or `trig` is a concession row that names the measure it lifts (LIFTED_MEASURE_CODES): "đối với X"
        names the lifted measure's target, not a topic."""
        if (trig.cameo or "").startswith(LIFTED_MEASURE_CODES):
            return True  # "chấm dứt các lệnh trừng phạt / bãi bỏ lệnh cấm vận đối với X": the measure is in the row
        nested = relation_types()[trig.relation].nested_target or ()
        return any(t.relation in nested and trig.j <= t.i < o_index for t in self.triggers)

    def _undergoer_before(self, syls, trig: Found) -> bool:
        return _word_before(syls, trig, grammar().undergo)

    def _subject(self, syls, slots, trig: Found) -> tuple[list[str], int | None]:
        g = grammar()
        control = relations_with("control")
        resumed = False  # "Bộ Ngoại giao Trung Quốc cho biết họ phản đối …": "họ" is the speaker
        if _topic_of_speech(syls, trig):
            return [], None  # "thông báo với ông Tập về hội nghị thượng đỉnh với Trump": the summit is a topic
        agent_noun = _suffered_noun_at(syls, trig)
        if agent_noun is not None and syls[agent_noun].low == g.passive_agent:
            return [], None  # "Iran bị tê liệt bởi các lệnh cấm vận …": the name before "bị" undergoes the measure
        if _named_by_label(syls, slots, trig):
            return [], None  # "…, điều Thủ tướng Anh gọi là 'vụ trục xuất lớn nhất'": she names the act, not does it
        if _detain_reported_nominal(syls, trig):
            return [], None  # "EU nói rằng vụ bắt ông Kovrig …": the speaker talks of the arrest, not makes it
        declared = self._declarer_before(syls, trig) or self._speaker_of_complement(syls, slots, trig)
        if declared is not None:
            return declared
        k = trig.i
        participial = None  # whether the trigger's clause opens with a comma and no actor of its own
        comma = None  # where that comma is
        while k > 0:
            k -= 1
            if syls[k].text in g.clause_breaks and k < trig.i - 1:
                break
            if syls[k].text == "," and participial is None:
                participial = all(not slots[x] and syls[x].low in g.clause_fillers for x in range(k + 1, trig.i))
                comma = k
            opening = _apposition_opening(syls, k)
            if opening is not None:
                if not slots[opening - 1]:
                    break  # the apposition describes a name the coder does not know
                k = opening  # "Mỹ, quốc gia đã cấm vận ông Mugabe, cũng chỉ trích …": the subject precedes the apposition
                continue
            crossed = self._trigger_starts.get(k)
            if crossed is not None and k > 0 and syls[k - 1].low in g.passive_markers:
                continue  # "sau khi Maduro bị ám sát hụt …, ông đã đổ lỗi cho X": an agentless passive verb is
                # no one's act; its patient, before it, is the subject of the clause that goes on
            if (crossed is not None and crossed.relation not in control and crossed.relation != trig.relation
                    and not _light_verb(syls, crossed, trig) and not self._denies_act(crossed, trig)):
                if _coordinated_predicates(syls, slots, crossed, trig) or _adverbial_of(syls, slots, crossed, trig):
                    return self._subject(syls, slots, crossed)  # "Mỹ công nhận Guaido và cáo buộc Maduro …"
                relative = _relative_on_subject(syls, slots, crossed, trig)
                if relative is not None:
                    k = relative  # "Phiến quân Houthi do Iran hậu thuẫn đã tấn công …": the Houthis attack
                    continue
                shared = self._noun_object_shared(syls, slots, crossed, trig)
                if shared is not None:
                    return self._subject(syls, slots, shared)  # "Mỹ rút khỏi thỏa thuận và áp đặt lệnh trừng phạt …"
                if participial and trig.relation == ACCUSE:
                    # "Trump tuyên bố rút khỏi hiệp ước INF, cáo buộc Nga …": no actor between the verb and the
                    # comma; the verb before is the participle's main verb and lends its subject
                    return self._participial_verb_subject(syls, slots, crossed, comma) or ([], None)
                if comma is not None and _opens_coordinated_clause_after(syls, slots, comma - 1, trig):
                    # "Trump tuyên bố rút khỏi JCPOA, đồng thời khôi phục cấm vận với Iran": the same, when a
                    # clause coordinator opens the clause and the verb's subject opens the first clause
                    shared = self._participial_verb_subject(syls, slots, crossed, comma)
                    return shared if shared and shared[1] is not None and _opens_clause_with(syls, slots, shared[1]) \
                        else ([], None)
                break
            if k < trig.i and _phrase_starting(syls, k, g.prevention):
                break  # "A ngăn B tấn công C": A prevents the act, it is not its actor
            if not slots[k] and _reported_clause_subject(syls, k, trig):
                break  # "X cho hay, đại diện nhiều phiến quân … đã ký": the reported clause has its own subject
            if syls[k].low in g.pronouns and not slots[k]:
                if resumed or not _after_speech_verb(syls, k):
                    break
                resumed = True
                continue
            if slots[k] and _head(slots, k) and _fronted_source(syls, k, trig):
                return [], None  # "Theo ông Lavrov, việc áp đặt lệnh cấm vận …": the source says it, does not act
            if slots[k] and _head(slots, k) and participial:
                shared = self._participial_subject(syls, slots, k)
                if shared is not None:
                    return shared  # "Nga bắt giữ 3 tàu Ukraine ngày 25-11, cáo buộc …": Russia accuses
            if (slots[k] and _head(slots, k) and _between_list_after_actor(syls, slots, k)
                    and (participial or _opens_coordinated_clause_after(syls, slots, k, trig))):
                continue  # "EU theo dõi căng thẳng giữa Serbia và Kosovo, đồng thời kêu gọi …": the pair lies inside
                # the first clause; the clause after the comma goes on with that clause's subject
            if slots[k] and _head(slots, k) and _company_of(syls, slots, k, trig):
                return [], None  # "hai công ty Trung Quốc giúp Triều Tiên …": the companies act, not their state
            if slots[k] and _head(slots, k) and trig.relation == CONSULT and _meeting_sender(syls, slots, k):
                continue  # "phái đoàn Mỹ do ông Biden cử tới thăm Đài Loan": the sender is no visitor (helper p14a)
            if slots[k] and _head(slots, k):
                outer = _bound_shared_clause_verb(syls, slots, k, trig, self._trigger_starts)
                if outer is not None:  # "A cáo buộc B và C …, đồng thời yêu cầu …": A asks, not B and C
                    return self._subject(syls, slots, outer)
                carrier = self._carrying_verb(syls, slots, k, trig)
                if carrier is not None:
                    return self._subject(syls, slots, carrier)  # "ông sẽ thăm Anh ngày 13/7 và gặp Putin"
                if (_role_blocked(syls, slots, k) and not _opens_clause_before(syls, slots, k, trig)
                        and not _owner_of_act(syls, slots, k, trig) or _in_tenure(syls, slots, k)
                        or self._object_of_trigger(syls, k) or _blocked_list(syls, slots, k)):
                    continue
                if resumed and all(_is_person(m.actor_id) for m in slots[k]):
                    break  # "Ông Zelensky cho biết họ đã tấn công …": a plural pronoun is not one person
                main = self._main_subject(syls, slots, trig, k)
                if main is not None:
                    k = main
                return self._subject_group(syls, slots, k, trig), k
        if trig.i not in self._trigger_starts:
            return [], None  # a frame's probe at a word that is no trigger ("được" of a passive)
        return _fronted_clause_subject(syls, slots, trig)

    def _noun_object_shared(self, syls, slots, crossed: Found, trig: Found) -> Found | None:
        """'Mỹ rút khỏi thỏa thuận hạt nhân và áp đặt lại các lệnh trừng phạt đối với Iran': `crossed`, a verb trigger
        (no nominaliser before it) whose object names no one, then a joiner of grammar class `shared_verb_joiner` (a
        comma right before it at most, no clause break) and at most SHARED_PREDICATE_GAP lower-case words before
        `trig`: the second predicate shares the first verb's subject (`crossed` is returned). A plural or nominal
        word right after the joiner ("và các cuộc đàm phán … bị đình trệ") opens a clause of its own instead."""
        g = grammar()
        if crossed.relation in relations_with("control") or (crossed.i > 0 and _nominal_opening(syls, crossed.i - 1)):
            return None
        if _passive_verb(syls, slots, crossed.i):
            return None  # "dân quân do Iran hậu thuẫn, đồng thời …": a relative clause's verb lends no subject
        at = self._subject(syls, slots, crossed)[1]
        if at is not None and _patient_before_agent(syls, slots, at) is not None:
            return None  # "Iran bị Mỹ áp đặt lệnh trừng phạt, đồng thời …": the agent after "bị" is no one's subject
        if any(slots[x] or syls[x].text in g.clause_breaks for x in range(crossed.j, trig.i)):
            return None
        for x in range(crossed.j + 1, trig.i):
            joiner = _phrase_starting(syls, x, g.phrases("shared_verb_joiner"))
            if joiner is None or any(syls[y].text == "," for y in range(crossed.j, x - 1)):
                continue
            after = x + len(joiner)
            words = syls[after : trig.i]
            if (len(words) <= SHARED_PREDICATE_GAP and all(w.text.isalpha() and w.text.islower() for w in words)
                    and not _nominal_opening(syls, after)):
                return self._controlling(syls, crossed) or crossed
        return None

    def _controlling(self, syls, verb: Found) -> Found | None:
        """'Liên Hợp Quốc kêu gọi Israel ngừng không kích Gaza, đồng thời yêu cầu Hamas …': a control verb earlier in
        the clause whose complement holds `verb`; the predicate joined after it goes on with the control verb's
        subject, not with its addressee."""
        g = grammar()
        control = relations_with("control")
        for t in reversed([t for t in self.triggers if t.j <= verb.i]):
            if any(syls[x].text == "," or syls[x].text in g.clause_breaks for x in range(t.j, verb.i)):
                return None
            if t.relation in control:
                return t
        return None

    def _participial_subject(self, syls, slots, k: int) -> tuple[list[str], int] | None:
        """'Hải quân Nga bắt giữ 3 tàu chiến Ukraine ở ngoài khơi Crimea ngày 25-11, cáo buộc các tàu này …': a verb
        that opens a clause after a comma (adverbs aside) with no actor of its own shares the subject of the verb
        before it; the mention k found first across the comma is that verb's object or adjunct (no comma between
        them), not the subject. Control verbs are left out: their object acts in turn. When the verb before is in a
        subordinate clause, or its subject lies across a comma, no subject is taken (([], None))."""
        before = [t for t in self.triggers if t.j <= k]
        return self._participial_verb_subject(syls, slots, before[-1], k) if before else None

    def _participial_verb_subject(self, syls, slots, verb: Found, k: int) -> tuple[list[str], int] | None:
        """The subject a participle after a comma shares with `verb`, the verb before it (k: the first mention or
        the comma after that verb; _participial_subject)."""
        g = grammar()
        if (verb.relation in relations_with("control") or verb.needs not in (None, ARRIVAL)
                or any(syls[x].text == "," or syls[x].text in g.clause_breaks for x in range(verb.j, k))):
            return None
        subjects, at = self._subject(syls, slots, verb)
        between = range(_mention_edge(slots, at, backwards=False) + 1, verb.i) if at is not None else range(0)
        making = {w for phrase in g.making_verbs for w in phrase}  # "Mỹ áp đặt lệnh trừng phạt …": the nominal's verb
        if not subjects or at is None or at >= verb.i or any(
                syls[x].low not in g.clause_fillers and syls[x].low not in making for x in between):
            return [], None  # only a subject right before its verb (adverbs aside) is the clause's: not a nominal
            # event's owner after it ("việc chiếm đóng … của Israel"), nor a name further back ("chống lại X như lên án")
        patient = _patient_before_agent(syls, slots, at)
        if patient is not None:  # "Iran bị Mỹ trừng phạt, đồng thời cảnh báo …": the agent after "bị" is no
            if not _opens_clause_with(syls, slots, patient):  # subject; the clause's is before, unless the passive
                return [], None  # describes a noun inside the clause ("trong vụ tàu Ukraine bị Nga bắt giữ")
            subjects, at = _group(syls, slots, patient, backwards=True), patient
        opened = max((x for x in range(at) if syls[x].text == "," or syls[x].text in g.clause_breaks), default=-1)
        if any(_starts_clause(syls, x) for x in range(opened + 1, verb.i)) or any(
                syls[x].text == "," for x in range(at, verb.i)):
            return [], None  # the verb before is in a subordinate clause ("sau khi A …", "để …"): the participle
            # may hang on the main clause instead, so neither its subject nor the nearest name is taken
        return subjects, at

    def _carrying_verb(self, syls, slots, k: int, trig: Found) -> Found | None:
        """'ông sẽ thăm chính thức Anh ngày 13/7 và gặp Putin': a mention after an earlier verb, in a predicate that
        "và" joins right before the trigger, is that verb's object (adverbs or a date may stand between them); the
        trigger shares the earlier verb's actor. Control verbs are left out: their object acts in turn."""
        before = [t for t in self.triggers if t.j <= k]
        if not before:
            return None
        verb = before[-1]  # the verb nearest before the mention is the one it is the object of
        if verb.relation in relations_with("control") or verb.needs not in (None, ARRIVAL):
            return None  # "cáo buộc … can thiệp vào bầu cử Mỹ và tấn công …": a blamed act has no actor to carry
        if _coordinated_predicates(syls, slots, verb, trig) or _adverbial_after_object(syls, slots, verb, trig):
            return verb
        return None

    def _main_subject(self, syls, slots, trig: Found, k: int) -> int | None:
        """'Iran có thể biến Syria thành bàn đạp để tấn công Israel': a verb right after a clause marker has no
        subject of its own and shares the main clause's; the mention k found first, a word or more after the
        mention before it in the same clause, is then the object of the main verb."""
        g = grammar()
        before = k - 1 if k > 0 and syls[k - 1].low in g.honorifics else k
        if (not _after_clause_marker(syls, trig.i) or before < 1 or slots[before - 1]
                or _after_speech_verb(syls, before) or _opens_clause_at(syls, slots, k)):
            return None  # "Nga xác nhận Mỹ … khi không kích": k opens a reported clause, its subject
        x = before - 1
        while x >= 0 and not slots[x]:
            if syls[x].text in g.clause_breaks or syls[x].text == "," or _starts_clause(syls, x):
                return None
            x -= 1
        if x < 0:
            return None
        while not _head(slots, x):
            x -= 1
        if _role_blocked(syls, slots, x) or self._object_of_trigger(syls, x):
            return None
        return x

    def _declarer_before(self, syls, trig: Found) -> tuple[list[str], int] | None:
        """'A tuyên bố X là lãnh đạo bất hợp pháp và công nhận B …': right after a declaration and "và", its
        declarer acts again (a declaration's words are transparent to the word-order search, which would find X)."""
        if trig.i < 2 or syls[trig.i - 1].low != grammar().conjunction:
            return None
        for t in self.triggers:
            if t.j == trig.i - 1 and t.needs in (LEGITIMACY, LABEL, BLAME):
                frame = next((f for _, f in self.frames(t) if f.subjects), None)
                return (list(frame.subjects), t.i) if frame else None
        return None

    def _speaker_of_complement(self, syls, slots, trig: Found) -> tuple[list[str], int] | None:
        """'Maduro cho rằng Guaido đang vi phạm hiến pháp và cáo buộc Mỹ …': an accusation joined by "và" to the
        complement clause of a declaring or speech verb is the declarer's second act, not the complement subject's
        (the word-order search would find Guaido). Only when the complement opens with an actor right after the verb
        and no other trigger or clause break stands between it and the accusation."""
        g = grammar()
        if (trig.relation not in relations_with("complement_target") or trig.i < 4
                or syls[trig.i - 1].low != g.conjunction):
            return None
        verbs = g.declare_verbs + g.speech_verbs
        for k in range(trig.i - 2, 0, -1):
            if syls[k].text in g.clause_breaks or syls[k].text in {",", "(", ")"} or k in self._trigger_starts:
                return None  # quotation marks stay inside the complement ("cho rằng Guaido đang "vi phạm …" và")
            named = k + 1 if syls[k].low in g.honorifics and k + 1 < trig.i else k
            verb = _phrase_before(syls, k, verbs) if slots[named] and _head(slots, named) else None
            if verb:
                subjects, at = self._subject(syls, slots, Found(trig.relation, k - len(verb), k))
                return (subjects, at) if subjects else None
        return None

    def _subject_group(self, syls, slots, k: int, trig: Found) -> list[str]:
        """The subject list that ends at the mention k; named members of a plural group join the group's
        coordinated head ("Mỹ và một số đồng minh như Anh, Canada")."""
        if _endorse_single_relative(syls, slots, k, trig):
            return list(dict.fromkeys(m.actor_id for m in slots[k]))
        examples = _examples_at(syls, slots, k)
        listed = (examples is not None or _list_closes(syls, slots, k, trig.i)
                  or _members_examples_of_named_group(syls, slots, k))
        group = _group(syls, slots, k, backwards=True, listed=listed,
                       split=lambda conj: self._joins_clauses(syls, slots, conj))
        if examples is not None and examples >= 2 and syls[examples - 1].low == grammar().conjunction \
                and slots[examples - 2]:
            # "Nga, Trung Quốc và một số quốc gia như Cuba …": the "và" before the group closes the list of names
            group = list(dict.fromkeys(_group(syls, slots, examples - 2, backwards=True, listed=True) + group))
        return group

    def _joins_clauses(self, syls, slots, conj: int) -> bool:
        """'Mỹ ủng hộ Guaido và Nga chỉ trích Washington': a "và" after a verb's object list, before a name that its
        own predicate follows, joins two clauses: the name after it is no object of the first verb, the object before
        it no subject of the second. The predicate: words of _predicate_opener or speech verbs, then a verb trigger
        that is not mutual; or at least one word of _predicate_opener, then a verb. Not after a verb whose object acts
        in a complement of its own (control verbs, and the speech acts a party answers, accusations and warnings:
        "kêu gọi Mỹ và Nga đàm phán", "cáo buộc Iran và Nga hỗ trợ …", "cảnh báo Nga và Iran không nên …"), nor after
        a cooperative verb when a past marker follows the name (the act thanked or praised for), nor before a mutual
        verb, which the list may share ("hoan nghênh Triều Tiên và Mỹ nối lại đàm phán")."""
        g = grammar()
        if syls[conj].low != g.conjunction or conj + 2 >= len(syls):
            return False
        start = conj + 2 if syls[conj + 1].low in g.honorifics else conj + 1
        if start >= len(syls) or not slots[start] or not _head(slots, start):
            return False  # "và các công ty Trung Quốc mua …": a noun before the name, which may head a relative clause
        after = _mention_edge(slots, start, backwards=False) + 1
        x, adverbs = after, 0
        while x < len(syls) and x not in self._trigger_starts:
            word = _predicate_opener(syls, x)  # "Nga cũng đã", "Nga không", "Nga lại", "Nga có thể", "Nga muốn"
            speech = _phrase_starting(syls, x, g.speech_verbs) if word is None else None
            if word is None and speech is None:
                break  # a speech verb alone marks nothing ("công nhận Donetsk và Luhansk tuyên bố độc lập")
            x, adverbs = x + len(word or speech), adverbs + (word is not None)
        verb = self._trigger_starts.get(x)
        if verb is not None and verb.relation in relations_with("reciprocal"):
            return False
        if verb is None and not (adverbs and x < len(syls) and syls[x].text.isalpha() and syls[x].text.islower()):
            return False
        head = _list_head(syls, slots, conj - 1)
        if head is None:
            return False
        complement = relations_with("control") | relations_with("answerable")
        if syls[after].low in g.past_markers:
            complement |= relations_with("cooperative")  # "cảm ơn Trung Quốc và Ấn Độ đã ủng hộ …": what is thanked for
        first = [t for t in self._trigger_starts.values() if t.relation not in complement and t.j <= head]
        return self._object_of_trigger(syls, head, triggers=first)

    def _object_of_trigger(self, syls, k, triggers=None) -> bool:
        """'…, vốn phản đối ông Assad, đã tiến hành …': Assad is what another verb acts on, also after the verb's manner
        modifiers (grammar class `verb_modifier`: "sẽ thăm chính thức Anh và gặp Putin": Anh is no one's subject).
        `triggers`: which verbs count (default: those whose object does not act in turn, i.e. not control verbs)."""
        g = grammar()
        j = k - 1
        if j >= 0 and syls[j].low in g.honorifics:
            j -= 1
        for _ in range(2):  # "thăm chính thức Anh", "thăm làm việc cấp nhà nước Nhật Bản": the verb's own modifiers
            modifier = _phrase_before(syls, j + 1, g.verb_modifiers)
            if modifier is None:
                break
            j -= len(modifier)
        if triggers is None:
            triggers = [t for t in self._trigger_starts.values() if t.relation not in relations_with("control")]
        return j >= 0 and any(t.j == j + 1 for t in triggers)

    def _owner_of_nested(self, syls, slots, trig: Found) -> tuple[list[str], int] | None:
        """'đồng ý với đề xuất ngừng bắn của Mỹ', 'hoan nghênh đề xuất đối thoại của Hàn Quốc': a nominal event
        right in object position (after object prepositions and quantifiers only) answers its owner."""
        g = grammar()
        k = trig.j
        while k < len(syls) and (syls[k].low in g.object_preps or syls[k].low in g.claim_quantifiers):
            k += 1
        if k >= len(syls):
            return None
        if self._trigger_at(syls, k):
            owned = self._found_at(syls, k)
            if owned.relation in (relation_types()[trig.relation].nested_target or ()):
                return None  # "từ chối mọi cuộc đàm phán với X" rejects the talks' partner, not their convener
        else:
            claim = _phrase_starting(syls, k, g.claim_nouns)  # "kế hoạch hòa bình của Ai Cập": no trigger, a claim
            if claim is None:
                return None
            owned = Found(None, k, k + len(claim))
        nested = self._agent_of(syls, slots, owned)
        return (nested[0], nested[1] - 1) if nested else None

    def _policy_topic(self, syls, trig: Found, o_index: int) -> bool:
        """'các đề xuất thay đổi chính sách đối ngoại của Mỹ với Nga', 'đề nghị điều chỉnh lập trường với Iran': a
        policy or relations noun (grammar class `policy_noun`) between a request or proposal and the partner
        preposition, with no other trigger between, makes the name after the preposition what the policy is
        about (its topic), not the one asked."""
        nouns = grammar().phrases("policy_noun")
        for x in range(trig.j, o_index - 1):
            if x > trig.j and self._trigger_at(syls, x):
                return False
            noun = _phrase_starting(syls, x, nouns)
            if noun and _word_aligned(syls, x, len(noun)):
                return True
        return False

    def _object(self, syls, slots, trig: Found, exclude=None) -> tuple[list[str], int | None]:
        g = grammar()
        owner = self._owner_of_nested(syls, slots, trig) if trig.relation in relations_with("maker_target") else None
        if owner is not None:
            return owner
        if self._proposes_talks(syls, trig):
            return [], None  # "kêu gọi đàm phán giữa A và B": the talks' parties are proposed to, not asked
        if _asks_for_act(syls, slots, trig) and not (  # "kêu gọi đàm phán với X": X is asked to talks
                self._trigger_at(syls, trig.j) and self._found_at(syls, trig.j).relation in relations_with("reciprocal")):
            return [], None  # "kêu gọi cải cách HĐBA", "yêu cầu dẫn độ X": what is asked for, no one is asked
        members = self._included_members(syls, slots, trig)
        if members is not None:
            return members
        members = _members_of_partner_group(syls, slots, trig)
        if members is not None:  # "ký thỏa thuận với nhóm P5+1 (gồm Mỹ, Anh …)": each member is a partner
            return members
        # "áp thuế 25% lên lượng thép nhập khẩu trị giá 50 tỷ USD còn lại từ Canada": a description of goods
        # stands between a tariff and the country the goods come from
        limit = trig.j + MAX_OBJECT_GAP + (GOODS_REACH if self._taxes_goods(syls, trig) else 0)
        skip_to = -1  # the last syllable of a relative clause's subject, skipped
        refused_transfer = _refused_transfer(syls, trig)  # "từ chối dẫn độ X sang Y": Y was refused, X is conveyed
        joined_to = -1  # the last syllable of the actors joined to the actor by a comitative, skipped
        maker = None  # that subject: the recipient of a maker_target relation when nothing else is
        hedged_site = False  # a hedged description of the target site was skipped: only its owner ("của X") is taken
        for k in range(trig.j, len(syls)):
            if k >= limit:
                break
            if k <= joined_to:
                continue
            so_called = _phrase_starting(syls, k, g.phrases("so_called"))
            if so_called:  # "không công nhận cái gọi là Cộng hòa X": a scornful label, its copula no predicate
                joined_to = k + len(so_called) - 1
                limit += len(so_called)
                continue
            target = _phrase_starting(syls, k, g.target_phrases)
            if target:  # "không kích … bằng 105 tên lửa hành trình nhằm vào X": the target phrase reaches on
                limit = max(limit, k + len(target) + TARGET_REACH)
            if k == trig.j and _phrase_starting(syls, k, g.means_preps):
                limit += MEANS_REACH  # "tập kích bằng máy bay không người lái vào …": the means delays the target
            mediation = _phrase_starting(syls, k, self.matcher.mediator_rows)
            if mediation and _word_aligned(syls, k, len(mediation)):
                break  # "đàm phán gián tiếp qua trung gian Oman", "trao đổi tù binh với sự trung gian của X": a mediator
            if k > trig.j and self._trigger_at(syls, k):
                nested_trigger = self._found_at(syls, k)
                if nested_trigger.relation in (relation_types()[trig.relation].nested_target or ()):
                    # "dỡ bỏ các lệnh trừng phạt (đối với) Nga": what was imposed on Nga is lifted for Nga;
                    # "cảnh báo sẽ tấn công X": the threat is against X; "từ chối đàm phán với X" rejects X
                    owner = (self._agent_of(syls, slots, nested_trigger)
                             if trig.relation in relations_with("maker_target")
                             and _nominal_trigger(syls, nested_trigger) else None)
                    if owner and not any(syls[x].low in g.partner_preps for x in range(nested_trigger.j, owner[1])):
                        # "phản đối chuyến thăm Đài Loan của bà Pelosi": the visitor, not the host ("cuộc đàm phán
                        # với chính phủ của Tổng thống Assad" rejects the partner, whoever owns it)
                        return owner[0], owner[1] - 1
                    target = self._object(syls, slots, nested_trigger, exclude)
                    if target[0] or trig.relation in relations_with("cooperative"):
                        return target  # a concession is never to whoever imposed the measure it lifts
                if syls[k - 1].low in g.nominalisers or syls[k].low == g.order_noun:
                    # "lên án vụ không kích của Mỹ": the actor of a nominal event (or the pair holding it) is the recipient
                    nested = self._agent_of(syls, slots, nested_trigger) or self._parties_of(syls, slots, nested_trigger)
                    if nested:
                        return nested[0], nested[1] - 1
                break
            if k == trig.j and syls[k].low in g.complementisers and trig.relation in relations_with("complement_target"):
                continue  # "cáo buộc rằng Mỹ đã …": the complement's subject is the accused
            if (k == trig.j and trig.relation in relations_with("complement_target") and not slots[k]
                    and (syls[k].low in g.pronouns or syls[k].low in g.honorifics
                         and k + 1 < len(syls) and not slots[k + 1] and syls[k + 1].verb)):
                break  # "cáo buộc họ/ông nhận tiền từ Nga": the accused is referred to, not named after ("ông chủ X" is)
            opener = (_phrase_starting(syls, k, g.claim_openers)
                      if k == trig.j and trig.relation in relations_with("complement_target") else None)
            if opener:  # "cáo buộc của Mỹ cho rằng/về việc Iran …": the claim's content follows; its subject is the accused
                joined_to = k + len(opener) - 1
                limit += len(opener)
                continue
            owner = (_owned_list_owner(syls, slots, k, self._trigger_starts)
                     if syls[k].text == "," and trig.relation in relations_with("maker_target") else None)
            if owner is not None:  # "chỉ trích các chính sách tị nạn, chi tiêu quốc phòng và thặng dư … của Đức"
                limit = max(limit, owner + 1)
                continue
            if (syls[k].low == g.copula and maker is None and trig.relation in relations_with("complement_target")
                    and not any(slots[trig.j:k])):
                owner = _owner_of_predicate(syls, slots, k)
                if owner is not None:  # "cáo buộc tình trạng mất điện là một phần trong âm mưu phá hoại của Mỹ"
                    return _group(syls, slots, owner, backwards=False), owner
            if syls[k].text == "," and self._taxes_goods(syls, trig) and _listed_goods(syls, slots, k):
                continue  # "áp thuế nhôm, thép lên Canada": a comma inside a list of goods ends nothing
            if (hedged_site and syls[k].text == "," and k + 1 < len(syls) and not slots[k + 1]
                    and syls[k + 1].text.islower() and syls[k + 1].verb):
                continue  # "… được cho là nơi nghiên cứu, tích trữ vũ khí hóa học của X": uses listed in the description
            if (k > trig.j and trig.relation in _STRIKE_CAUSE_ENDS
                    and _phrase_starting(syls, k, g.phrases("strike_cause_verb"))):
                break  # "Việc Nga sáp nhập Crimea khiến EU áp đặt …": the result clause's subject is no recipient
                # (a threat's "sẽ khiến X phải gánh hậu quả" does name X)
            hedge = _strike_site_hedge(syls, slots, trig, k)
            if hedge:  # "không kích các cơ sở được cho là nơi sản xuất vũ khí hóa học của Syria": the site's owner
                hedged_site, joined_to = True, k + hedge - 1
                limit += hedge + STRIKE_HEDGE_REACH
                continue
            if (syls[k].text in g.clause_breaks or syls[k].text == "," or _starts_clause(syls, k)
                    or syls[k].low in g.predicate_starts and syls[k].word_start):  # not "bị" of "thiết bị"
                marker = _phrase_starting(syls, k + 1, g.inclusion_markers) if syls[k].text == "," else None
                if marker is not None and _group_noun_phrase(syls, slots, k) is not None:
                    # "áp các lệnh trừng phạt với một số quốc gia, trong đó có Australia": the group's members
                    return _members_after(syls, slots, k + 1, marker) or ([], None)
                purpose = self._purpose_target(syls, slots, trig, k, exclude)
                if purpose is not None:
                    return purpose
                break
            if (k > trig.j and trig.relation in relations_with("verbal_request") and trig.needs is None
                    and syls[k].verb and syls[k].word_start and not self._other_named(slots, trig.j, k + 1, exclude)):
                # "yêu cầu Bộ Ngoại giao nước này xem xét lại quan hệ với X": an unnamed addressee's act; the
                # actor's own country in it ("đề nghị Tòa án Tối cao nước này cấm X") names no addressee either
                break
            domain = _warning_domain_adjunct(syls, k)
            if domain:  # "biện pháp trả đũa về ngoại giao đối với Anh": the field of the act, then its recipient
                joined_to = k + domain - 1
                limit += domain
                continue
            if syls[k].low in g.topic_preps and syls[k].word_start and syls[k].word_end and not slots[k]:
                owner = _owner_after_named_topic(syls, slots, k) if trig.relation in relations_with("maker_target") else None
                if owner is not None:  # "phủ quyết dự thảo nghị quyết về Syria do Mỹ đề xuất": the draft's maker
                    return _group(syls, slots, owner, backwards=False), owner
                break  # "bàn về chương trình hạt nhân của Iran": what follows "về" is the topic, never the partner
            kin = _phrase_starting(syls, k, g.kin_nouns) if not slots[k] else None
            if kin is not None and _word_aligned(syls, k, len(kin)):
                break  # "cáo buộc con gái nhà sáng lập Huawei … lừa đảo ngân hàng HSBC": a relative, unnamed
            if _party_unnamed_migrants(syls, slots, k):
                break  # "trục xuất 500 người di cư cố vượt biên vào Mỹ": the migrants, not where they were going
            if slots[k] and _head(slots, k):
                prev = _prev_word(syls, slots, k)
                if hedged_site and prev != g.possessive:
                    break  # "các cơ sở bị nghi là do Iran xây": whoever acts in the hedged description is no target
                if (trig.relation in relations_with("maker_target")
                        and _bound_act_target(self.matcher, syls, trig.j, k)):
                    break  # "chỉ trích hành vi can thiệp (của nước ngoài) vào X": X is where the act is aimed
                if trig.relation == "accuse" and _charge_act_patient(self.matcher, syls, slots, trig.j, k):
                    break  # "lên án vụ sát hại đại sứ Nga": the victim of the act condemned is not accused
                if refused_transfer:
                    if (prev,) not in g.phrases(CONVEYED_TO):
                        continue  # "từ chối dẫn độ các thành viên PKK cho …": the people conveyed, not the one refused
                    return _group(syls, slots, k, backwards=False, verbs=self._trigger_starts), k
                if prev == g.conjunction and _opens_coordinated_clause(syls, slots, k):
                    break  # "áp thuế … và Anh cũng có động thái tương tự": Anh acts in a clause of its own
                if (prev in g.origin_preps and trig.relation not in relations_with("destination")
                        and not (prev in g.sent_to_preps and _sent_to(syls, trig))
                        and not _said_by(syls, trig, k)):
                    continue
                if trig.relation in relations_with("verbal_request") and _owner_right_after(syls, trig, k):
                    break  # "theo đề nghị của Mỹ", "lời mời của ông Trump": the maker of the request, not its addressee
                if (prev in g.against and trig.relation in relations_with("cooperative") | relations_with("verbal_request")
                        or prev in g.topic_preps):
                    continue
                if (prev == g.possessive and trig.relation in relations_with("goods_owner_not_target")
                        and not any(syls[x].low in g.object_preps for x in range(trig.j, k))):
                    continue  # "chuyển giao xe tăng của Đức cho Ukraine": the goods' maker or owner, not the recipient
                if prev == g.possessive and trig.relation == "mobilize" and _deployed_craft(syls, trig, k):
                    continue  # "triển khai hệ thống tên lửa S-400 của Nga": the system's maker, not the target
                if k <= skip_to:
                    continue
                if self._joins_actor(syls, slots, trig, k):
                    joined_to = _list_end(syls, slots, k)  # "không kích cùng Anh, Pháp nhằm vào X": co-actors
                    continue
                if prev in g.relative_markers or (k >= 2 and syls[k - 2].low in g.relative_markers
                                                  and syls[k - 1].text.islower()):
                    # "các biện pháp trừng phạt mà (cựu) X đã áp đặt", "do Mỹ - Hàn tổ chức": X (and whoever is
                    # joined to it) acts in a relative clause
                    skip_to = _list_end(syls, slots, k)
                    if (maker is None and trig.relation in relations_with("maker_target")
                            and not any(syls[x].low in g.clause_adverbs for x in range(trig.j, k))):
                        # an adverb before the relative clause starts a predicate: the trigger's NP has ended
                        maker = (_group(syls, slots, k, backwards=False, verbs=self._trigger_starts), k)
                    continue
                if exclude and all(exclude(m.actor_id) for m in slots[k]):
                    if trig.relation in relations_with("cooperative") and _clause_adverb_after(syls, slots, k):
                        break  # "cam kết Moscow sẽ không … với Kiev": its own clause; who follows is that clause's
                    continue  # "Washington sẽ rút … quân Mỹ từ Syria": its own troops are not the recipient
                if (prev in g.place_preps and not (prev == g.near_prep and trig.relation == "mobilize")
                        and not _hosts_mission(syls, k, slots) and trig.relation not in relations_with("site_target")):
                    continue
                k = _named_person_after(slots, k)
                group = _group(syls, slots, k, backwards=False, verbs=self._trigger_starts,
                               split=lambda conj: self._joins_clauses(syls, slots, conj))
                if k == trig.j and trig.relation in relations_with("complement_target"):
                    group += _accused_comma_items(syls, slots, _group_end(syls, slots, k, group))
                more = _plural_item_after(syls, slots, _group_end(syls, slots, k, group) + 1)
                if more is not None and trig.relation in relations_with("maker_target"):
                    # "chỉ trích Mỹ và các nước EU", "cáo buộc Mỹ và các nước thành viên NATO"
                    group = list(dict.fromkeys(group + _group(syls, slots, more, backwards=False, enumerated=True)))
                return group, k
        if maker is None and trig.relation == "mobilize":
            return self._border_country(syls, trig, trig.j + BORDER_SEARCH)
        if maker is None and trig.row is not None and trig.row_end is not None:
            # "cấm công dân Malaysia rời khỏi …": a split row's object, the nationals of a country
            nationals = self._nationals_country(syls, range(trig.j, trig.row_end))
            if nationals[1] is not None:
                return nationals
        if maker is None and trig.relation in relations_with("nationals_target"):
            nationals = self._nationals_country(syls, range(trig.j, min(len(syls), trig.j + NATIONALS_SEARCH)))
            if (trig.relation == "accuse" and nationals[1] is not None
                    and _charge_act_patient(self.matcher, syls, slots, trig.j, nationals[1])):
                return [], None  # "lên án vụ sát hại đại sứ Nga": the victims' country is not accused
            return nationals
        return maker or ([], None)

    def _frame_mediator(self, syls, slots, trig: Found) -> Frame | None:
        """'Hamas đàm phán gián tiếp với Israel thông qua các nhà trung gian Ai Cập và Qatar': the mediators named
        right after a mediation phrase (rows with needs `mediator`) consult each party named before it in its
        clause, when that clause holds talks (a consult trigger) before the phrase (the guidelines code mediation
        as consult from the mediator to each party)."""
        if trig.j >= len(syls) or not slots[trig.j]:
            return Frame([], [], False, "mediator")
        mediators = _group(syls, slots, trig.j, backwards=False)
        start = _clause_start(syls, trig.i)
        talks = any(self._trigger_at(syls, k) and self._found_at(syls, k).relation == CONSULT
                    for k in range(start, trig.i))
        parties = list(dict.fromkeys(m.actor_id for k in range(start, trig.i) for m in slots[k]
                                     if m.actor_id not in mediators))
        if not talks or not parties:
            return Frame([], [], False, "mediator")
        return Frame(mediators, parties, False, "mediator")

    def _protest_purpose(self, trig: Found) -> bool:
        """'biểu tình trước Đại sứ quán Anh tại Tehran để phản đối chính phủ Anh': a trigger right after a clause
        marker ("để", "nhằm") whose clause (no comma or clause break back to it) holds a protest trigger."""
        syls, g = self.syls, grammar()
        marker = _phrase_before(syls, trig.i, g.clause_markers)
        if marker is None:
            return False
        for k in range(trig.i - len(marker) - 1, max(-1, trig.i - PURPOSE_REACH), -1):
            if syls[k].text in g.clause_breaks or syls[k].text == ",":
                return False
            if self._trigger_at(syls, k) and self._found_at(syls, k).relation == PROTEST:
                return True
        return False

    def _protesters_country(self, syls, trig: Found) -> tuple[list[str], int | None]:
        """'Hàng nghìn người Iran biểu tình …': a country named right before a protest, after a noun for people
        (grammar class `protester_noun`), stands for its unnamed demonstrators (the noun made its name no actor)."""
        g = grammar()
        k = trig.i - 1
        while k > 0 and syls[k].low in g.clause_adverbs:
            k -= 1
        if k < 1 or not self.unplaced[k] or self.slots[k] or not all(_is_country_name(m) for m in self.unplaced[k]):
            return [], None
        start = _mention_edge(self.unplaced, k, backwards=True)
        if _phrase_before(syls, start, g.protester_nouns) is None:
            return [], None
        return [m.actor_id for m in self.unplaced[k]], start

    def _offer(self, syls, slots, trig: Found, subjects: list[str]) -> Frame | None:
        """'Anh đề xuất đưa ra các bảo đảm an ninh cho Ukraine': an offering verb (grammar class `offer_verb`) with
        no addressee, whose complement is an act of aid with a recipient of its own, offers that aid to the
        recipient: a proposal (the guidelines code offering guarantees as propose); the aid is only offered."""
        g = grammar()
        if not _asks_for_act(syls, slots, trig) or tuple(s.low for s in syls[trig.i : trig.j]) not in g.offer_verbs:
            return None
        end = min(len(syls), trig.j + OFFER_REACH)
        for k in range(trig.j, end):
            if syls[k].text in g.clause_breaks or syls[k].text == "," or slots[k]:
                return None
            if self._trigger_at(syls, k):
                act = self._found_at(syls, k)
                if act.relation != AID:
                    return None
                objects, _ = self._object(syls, slots, act)
                if not objects:
                    continue  # "cung cấp các bảo đảm an ninh cho X": the aid noun after the verb names X
                if all(o in subjects for o in objects):
                    return None
                return Frame(subjects, objects, False, "offer", PROPOSE)
        return None

    def _purpose_target(self, syls, slots, trig: Found, k: int, exclude) -> tuple[list[str], int | None] | None:
        """'Mỹ điều động nhóm tàu sân bay tới Trung Đông để răn đe Iran': a clause marker at k whose clause's verb
        (right after it) is of a relation the trigger's recipient can be taken from (`nested_target`) names the
        target: the deployment is aimed at whom it deters."""
        nested = relation_types()[trig.relation].nested_target
        marker = _phrase_starting(syls, k, grammar().clause_markers) if nested and _starts_clause(syls, k) else None
        after = k + len(marker) if marker else len(syls)
        if after >= len(syls) or not self._trigger_at(syls, after):
            return None
        verb = self._found_at(syls, after)
        if verb.relation not in nested:
            return None
        target = self._object(syls, slots, verb, exclude)
        return target if target[0] else None

    def _proposer(self, syls, slots, trig: Found) -> list[str]:
        """The actor of the proposing word before talks between two parties (the word-order subject of that word,
        in the talks' clause), or none."""
        g = grammar()
        for k in range(trig.i - 1, max(-1, trig.i - PROPOSER_REACH), -1):
            if syls[k].text in g.clause_breaks or syls[k].text == "," or slots[k]:
                return []
            word = _phrase_starting(syls, k, g.proposing)
            if word is not None and _word_aligned(syls, k, len(word)):
                subjects, _ = self._subject(syls, slots, Found(trig.relation, k, k + len(word)))
                return subjects
        return []

    def _proposal_sides(self, syls, slots, trig: Found, at: int | None, subjects, objects):
        """Who proposed a proposal noun at `at` (an invitation, an appeal: a nominaliser or a verb right before it)
        whose act is `trig`, and to whom, when the clause's subject only answers it: 'chưa đáp lại lời kêu gọi đàm
        phán từ Mỹ' (the owner after the act proposed to the subject), 'chấp nhận lời mời gặp X' (accepted with no
        owner named: X, the one to be met, invited the subject; the acceptor agrees, GUIDELINES.md). None when the
        noun is a verb of the subject's own ('Mỹ đề nghị đàm phán với Iran')."""
        if at is None or at == 0 or not subjects:
            return None
        g = grammar()
        head = at - 1 if syls[at - 1].low in g.nominalisers else at
        answered = _phrase_before(syls, head, grammar().phrases("invitation_answer")) is not None
        if not (answered or head < at or any(t.j == at for t in self.triggers)):
            return None
        owner = self._agent_of(syls, slots, trig)
        if owner is not None:
            addressees = [a for a in subjects if a not in owner[0]]
            return (owner[0], addressees) if addressees and at < trig.i else None
        return (list(objects), list(subjects)) if answered and objects else None

    @staticmethod
    def _other_named(slots, start: int, end: int, exclude) -> bool:
        """An actor not of the subject's own side (`exclude`) is named between start and end."""
        return any(slots[x] and not (exclude and all(exclude(m.actor_id) for m in slots[x])) for x in range(start, end))

    def _proposes_talks(self, syls, trig: Found) -> bool:
        """A request verb right before talks between two parties ("kêu gọi đàm phán (trực tiếp) giữa A và B")
        proposes the talks: the meeting trigger codes the proposal (relation `propose`), the request has no addressee
        of its own. "kêu gọi đàm phán với X" stays a request to X; a proposal verb keeps its own parties."""
        if trig.relation == "propose" or trig.relation not in relations_with("verbal_request") or trig.j >= len(syls):
            return False
        if not self._trigger_at(syls, trig.j) or self._found_at(syls, trig.j).relation != "consult":
            return False
        talks = self._found_at(syls, trig.j)
        return grammar().between in [x.low for x in syls[talks.j : talks.j + BETWEEN_REACH]]

    def _border_country(self, syls, trig: Found, limit: int) -> tuple[list[str], int | None]:
        """'triển khai 120.000 binh sĩ ở Crimea và gần biên giới Ukraine': forces sent to a country's border are
        aimed at that country, though the border noun makes its name a place."""
        g = grammar()
        for k in range(trig.j, min(limit, len(syls))):
            if syls[k].text in g.clause_breaks or syls[k].text == "," or (k > trig.j and self._trigger_at(syls, k)):
                break
            noun = _phrase_starting(syls, k, g.border_nouns)
            if noun is None or not _word_aligned(syls, k, len(noun)):
                continue
            for x in range(k + len(noun), min(len(syls), k + len(noun) + BORDER_REACH)):
                if not syls[x].text[:1].isalnum():
                    break
                if self.unplaced[x] and all(_is_country_name(m) for m in self.unplaced[x]):
                    return [m.actor_id for m in self.unplaced[x]], x
            break
        return [], None

    def _nationals_country(self, syls, span: range) -> tuple[list[str], int | None]:
        """'Trung Quốc giam giữ hai công dân Canada': the country named right after a national noun (grammar class
        `national_noun`) in `span`, before any comma, clause break or other trigger, stands for its unnamed
        nationals, though the noun made its name no actor."""
        g = grammar()
        for k in span:
            if syls[k].text in g.clause_breaks or syls[k].text == "," or self._trigger_at(syls, k) and k != span.start:
                break
            if self.slots[k]:
                break  # a named actor (a listed member: "hai công dân Canada gồm …") is the recipient's own search
            noun = _phrase_starting(syls, k, g.national_nouns)
            after = k + len(noun) if noun is not None and _word_aligned(syls, k, len(noun)) else len(syls)
            if after < len(syls) and self.unplaced[after] and all(_is_country_name(m) for m in self.unplaced[after]):
                return [m.actor_id for m in self.unplaced[after]], after
        return [], None

    @staticmethod
    def _taxes_goods(syls, trig: Found) -> bool:
        """'áp thuế', 'cấm xuất khẩu': the trigger ends with a measure on goods (grammar class `goods_measure`)."""
        words = [s.low for s in syls[trig.i : trig.j]]
        return any(tuple(words[-len(p):]) == p for p in grammar().goods_measures)

    def _purpose_restates(self, syls, slots, trig: Found, o_index: int) -> bool:
        """'phóng 6 quả tên lửa vào Syria nhằm tấn công các cứ điểm của IS': a recipient after a preposition,
        followed by a purpose clause whose verb is of the same relation, is where the act lands; the purpose clause
        names the target (acts of force only)."""
        g = grammar()
        if (trig.relation not in relations_where("quad_class", "material_conflict") or o_index < 1
                or syls[o_index - 1].low not in g.object_preps):
            return False  # "điện đàm với X để thảo luận …": talks held in order to talk still have their partner
        end = _list_end(syls, slots, o_index) + 1
        for x in range(end, min(len(syls), end + PURPOSE_GAP + 1)):
            if not syls[x].text[:1].isalnum() or slots[x]:
                return False
            marker = _phrase_starting(syls, x, g.clause_markers)
            if marker is not None and _word_aligned(syls, x, len(marker)):
                after = x + len(marker)
                return after < len(syls) and self._found_at(syls, after).relation == trig.relation
        return False

    def _joins_actor(self, syls, slots, trig: Found, k: int) -> bool:
        """'Mỹ không kích cùng (các đồng minh) Anh, Pháp nhằm vào …': after a one-sided act of force, a mention
        after a comitative ('cùng', grammar class `comitative`) acts with the actor; it is not the target."""
        if trig.mutual or trig.relation not in relations_where("quad_class", "material_conflict"):
            return False
        g = grammar()
        at = k - 1 if k > 0 and syls[k - 1].low in g.honorifics else k
        at = _group_noun_phrase(syls, slots, at) or at  # "cùng các đồng minh Anh và Pháp"
        return _phrase_before(syls, at, g.comitatives) is not None

    def _co_actors(self, syls, slots, trig: Found, end: int) -> list[str]:
        """The actors joined to the actor by a comitative between the trigger and its recipient at `end`."""
        for k in range(trig.j, end):
            if slots[k] and _head(slots, k) and self._joins_actor(syls, slots, trig, k):
                return _group(syls, slots, k, backwards=False, enumerated=True)
        return []

    def _included_members(self, syls, slots, trig: Found) -> tuple[list[str], int] | None:
        """'bắt hai công dân Canada gồm … Michael Kovrig và doanh nhân Michael Spavor', 'vây bắt những người ủng hộ
        ông Mugabe, bao gồm …': an unnamed plural object (a quantifier right after the verb, no actor named in it)
        whose members an inclusion marker lists in the same clause: the members are the recipients."""
        g = grammar()
        k = trig.j
        if k >= len(syls) or slots[k] or not (syls[k].low in g.claim_quantifiers | g.duration_counts
                                              or syls[k].text[:1].isdigit() or _phrase_starting(syls, k, g.list_closers)):
            return None
        for x in range(k + 1, min(len(syls), k + INCLUDED_REACH)):
            comma = syls[x].text == ","
            marker = _phrase_starting(syls, x + comma, g.inclusion_markers) if x + comma < len(syls) else None
            if marker is not None and _word_aligned(syls, x + comma, len(marker)):
                return _members_after(syls, slots, x + comma, marker)
            if (slots[x] or not syls[x].text[:1].isalnum() or syls[x].text in g.clause_breaks
                    or _starts_clause(syls, x)):
                return None  # "cấm 8 quan chức Mỹ nhập cảnh, trong đó có …": the group's country is named
        return None

    def _agent_of(self, syls, slots, trig: Found) -> tuple[list[str], int] | None:
        """'vụ không kích (mới nhất) của (quân đội) Mỹ' -> the mention after 'của' acts."""
        g = grammar()
        imposer = self._imposer_after(syls, slots, trig)
        if imposer is not None:
            return imposer
        skipped = 0
        k = trig.j
        while k < min(len(syls) - 1, trig.j + 6):
            marker = 2 if (syls[k].low, syls[k + 1].low) in g.agent_marker_pairs and k + 2 < len(syls) else 1
            if k + marker + 1 < len(syls) and (syls[k + marker].low in g.honorifics
                                               or syls[k + marker].low in g.office_modifiers) and slots[k + marker + 1]:
                marker += 1  # "chuyến thăm của ông Tillerson", "mà cựu Tổng thống Obama": outside the name
            regime = _phrase_starting(syls, k + marker, g.regime_nouns) if syls[k].low in g.agent_markers else None
            if regime and not slots[k + marker] and _actor_at(syls, slots, k + marker + len(regime)):
                marker += len(regime)  # "cuộc không kích của chính quyền Assad": the leader's government acts
                marker += 1 if syls[k + marker].low in g.honorifics else 0  # "của chính quyền ông Trump"
            listed = _named_after_group(syls, slots, k + marker) if syls[k].low in g.agent_markers else None
            if listed is None and syls[k].low in g.agent_markers and not slots[k + marker]:
                listed = _backing_plural_members(syls, slots, k + marker)  # "sự ủng hộ từ các nước Nga, Cuba"
            if syls[k].low in g.agent_markers and (slots[k + marker] or listed is not None):
                start = k + marker if slots[k + marker] else listed
                # after "X và (các nước) A, B, C" the bare commas continue a list that "và" already opened
                # an unnamed group ("quân đội", or a body known only by its sector) opens the list as in "gồm"
                unnamed = not slots[k + marker] or all(m.via == BARE_SECTOR_VIA for m in slots[start])
                group = _group(syls, slots, start, backwards=False, verbs=self._trigger_starts, enumerated=unnamed)
                end = _group_end(syls, slots, start, group) + 1
                if slots[k + marker]:  # "sự ủng hộ từ Nga, Trung Quốc, Cuba.": to the end
                    group, end = _backing_list_to_end(syls, slots, start, group, end)
                more = _plural_item_after(syls, slots, end)
                if more is not None:  # "của quân đội và các nước Nga, Trung Quốc, Cuba": the plural item's members
                    group = group + _group(syls, slots, more, backwards=False, enumerated=True)
                    end = _group_end(syls, slots, more, group) + 1
                if syls[k].low in g.relative_markers and not _making_verb_after(syls, end):
                    return None  # "thỏa thuận mà Mỹ và Iran tranh cãi": they dispute it, they did not make it
                return group, end
            if syls[k].text in {",", ";", ":"} or (slots[k] and skipped):
                return None
            if _phrase_starting(syls, k, g.target_phrases):
                return None  # "cuộc không kích nhằm vào các mục tiêu của IS": the targets' owner, not the attacker
            if slots[k]:
                skipped += 1
                k = _mention_edge(slots, k, backwards=False)
            k += 1
        return None

    def _imposer_after(self, syls, slots, trig: Found) -> tuple[list[str], int] | None:
        """'lệnh cấm vận Washington áp đặt lên Tehran': a sanction noun, the mention right after it, then a verb of
        making (class `making_verb`) opening a relative clause without "mà": that mention imposed it. Sanctions only,
        whose imposer the undoing check already reads there ("vi phạm lệnh cấm vận Washington áp đặt …" is a
        sanction still); after other nouns a bare mention is mostly the target ("vụ tấn công Syria")."""
        if trig.relation != "sanction" or trig.j >= len(syls) or not slots[trig.j] or not _head(slots, trig.j):
            return None
        end = _mention_edge(slots, trig.j, backwards=False) + 1
        suffered = _suffered_noun_at(syls, trig)
        if not _making_verb_after(syls, end) and (suffered is None or syls[suffered].low == grammar().passive_agent):
            return None  # after "bởi" a bare name is ambiguous: "bị ảnh hưởng bởi các lệnh trừng phạt Nga" (on Russia)
        return _group(syls, slots, trig.j, backwards=False), end

    def _main_actor(self, syls, slots, trig: Found) -> list[str]:
        """The first actor of the sentence: who acted 'theo đề nghị của X'; not one inside a subordinate or purpose
        clause after the phrase ("theo đề xuất của Mỹ, các cuộc họp của APEC … nhằm thúc đẩy Vòng đàm phán Uruguay":
        the meetings, no actor, acted)."""
        for k in range(len(syls)):
            if k >= trig.j and _starts_clause(syls, k):
                break
            if slots[k] and _head(slots, k) and not _role_blocked(syls, slots, k):
                return _group(syls, slots, k, backwards=False)
        return []

    def _passive(self, syls, slots, trig: Found, pronoun: str | None = None) -> tuple[list[str], list[str]]:
        """'B bị A tấn công' or 'B bị tấn công bởi A' -> A attacks B. `pronoun`: whom an "ông"/"bà" opening the
        marker's clause stands for (the discourse's last person), the patient when no actor is named there."""
        g = grammar()
        first_agent = 0  # "được quân đội hậu thuẫn và nhiều nước như Nga … ủng hộ": agents after the shared marker's
        # first verb and "và" are the second verb's
        reach_end = trig.i - PASSIVE_REACH
        for k in range(trig.i - 1, -1, -1):
            if k <= reach_end:
                break
            if slots[k] and syls[k].text[:1].isupper():  # a listed agent's name takes no room ("được nhiều nước
                reach_end -= 1  # như Nga, Trung Quốc, Cuba, Thổ Nhĩ Kỳ công nhận"): only the words between count
            crossed = self._trigger_starts.get(k)
            if (crossed is not None and not first_agent and crossed.relation == trig.relation
                    and crossed.j < trig.i and syls[crossed.j].low == g.conjunction):
                first_agent, reach_end = crossed.j + 1, crossed.i - PASSIVE_REACH
                continue
            # a comma after a name continues a list of agents ("được Nga, Trung Quốc và Cuba ủng hộ", "được Mỹ,
            # một số nước châu Âu và nhiều quốc gia Nam Mỹ ủng hộ")
            list_comma = syls[k].text == "," and 0 < k < len(syls) - 1 and slots[k - 1]
            if (syls[k].text in g.clause_breaks or (syls[k].text == "," and not list_comma) or k in self._trigger_starts
                    or _starts_clause(syls, k)  # "được đưa ra sau khi Macron … cho biết": another clause's agent
                    or _detain_nominal_agent(syls, slots, k, trig)):  # "được đưa ra sau vụ Nga bắt …": the act's own
                break  # a comma between two names is a list of agents ("được Nga, Trung Quốc và Cuba ủng hộ")
            if syls[k].low in g.passive_markers:
                if _phrase_starting(syls, k + 1, g.hedge_verbs):
                    return [], []  # "Italia được cho là cất giữ … theo thỏa thuận": a hedge, not the trigger's passive
                agent = [m.actor_id for x in range(max(k + 1, first_agent), trig.i) for m in slots[x] if _head(slots, x)]
                if not agent:
                    agent = self._agent_after_by(syls, slots, trig)
                listed_after = not agent and _group_noun_phrase(syls, slots, trig.i) is not None
                if listed_after:
                    agent = (_included_after(syls, slots, trig.j)  # "được hơn 50 quốc gia công nhận, bao gồm Mỹ"
                             or _examples_after(syls, slots, trig.j))  # "được nhiều nước ủng hộ như Nga, Cuba"
                if not agent:
                    return [], []
                patient, at = self._subject(syls, slots, Found(trig.relation, k, k + 1))
                if patient and any(_starts_clause(syls, x) for x in range(at + 1, k)):
                    patient = []  # "Mỹ yêu cầu dẫn độ ông này, sau khi ông bị cảnh sát Anh bắt": another clause's actor
                if (patient and trig.relation in relations_with("complement_target")
                        and _unnamed_reported_subject(syls, at, k)):
                    return [], []  # "Ryabkov khẳng định tên lửa 9M729 bị Mỹ cáo buộc …": the missile is accused
                if patient and _party_reported_noun_subject(syls, at, k):
                    patient = []  # a reported clause with a subject of its own undergoes the act, not its speaker
                noun_relative = bool(patient) and _noun_patient(syls, slots, at, k)
                if noun_relative:
                    patient = []  # "tên lửa 9M729 bị Mỹ cáo buộc …": a relative clause on a noun, not on the actor
                if not patient:
                    patient = self._possessor_before(syls, slots, k)
                if not patient:
                    patient = self._contrasted_subject(syls, slots, k)
                if not patient and pronoun is not None and _pronoun_opens(syls, k):
                    patient = [pronoun]  # "Guaido … Ông được Mỹ và khoảng 50 quốc gia ủng hộ"
                if not patient and trig.relation in relations_with("nationals_target"):
                    # "Hai công dân Canada bị Trung Quốc giam giữ": nationals before the marker
                    patient = self._nationals_country(syls, range(_clause_start(syls, k), k))[0]
                if (not patient and noun_relative and (syls[k].low,) in g.phrases("adverse_passive_marker")
                        and all(slots[x] or syls[x].low in g.list_joiners for x in range(k + 1, trig.i))):
                    return agent, []  # "bàn giao tội phạm bị Interpol truy nã cho Mỹ": the agent acts on the noun only
                if not patient and not listed_after:
                    return [], []  # "Hiệp ước INF được Washington và Moskva ký": a later frame finds the signers
                return agent, patient  # agents listed after the verb with no patient: no later frame may read
                # the listed agents as the verb's objects ("Ông được nhiều nước ủng hộ như Nga")
        return [], []

    def _contrasted_subject(self, syls, slots, k: int) -> list[str]:
        """'Phía Nga đã bác bỏ cáo buộc nhưng vẫn bị Washington trừng phạt': a passive whose clause opens with a
        contrast marker (grammar class `contrast_marker`, then adverbs only) and names no patient shares the subject
        of the verb before the marker."""
        g = grammar()
        x = k
        while x > 0:  # adverbs, and a possibility ("song có thể bị chính phủ … bắt giữ": the first clause's subject)
            if syls[x - 1].low in g.clause_fillers:
                x -= 1
                continue
            possibility = _phrase_before(syls, x, g.possibility_markers)
            if possibility is None:
                break
            x -= len(possibility)
        # a reason or time clause opener shares the subject too ('huỷ chuyến thăm vì bị X chỉ trích'): grammar class
        # `reason_marker`
        marker = _phrase_before(syls, x, g.contrast_markers) or _phrase_before(syls, x, g.reason_markers)
        if marker is None:
            return []
        for t in reversed([t for t in self.triggers if t.j <= x - len(marker)]):
            subjects = self._subject(syls, slots, t)[0]
            if subjects:
                return subjects
        # "Ông Guaidó tuyên bố sẽ trở về … song có thể bị …": no coded verb before the marker; the actor that opens
        # the sentence (an honorific or title before it at most) is the first clause's subject
        opener = next((y for y in range(min(OPENER_REACH, x)) if slots[y]), None)
        return _group(syls, slots, opener, backwards=False) if opener is not None and _head(slots, opener) else []

    def _agent_after_by(self, syls, slots, trig: Found) -> list[str]:
        """'bị trừng phạt bởi Mỹ và Liên minh châu Âu', 'bị tấn công dữ dội bởi tên lửa của Israel': the actors after
        'bởi' (a few adverbs before it, an instrument noun and its 'của' after it), in the trigger's clause."""
        g = grammar()
        start = _date_end(syls, trig.j)  # "bị bắt hôm 1/12 bởi cảnh sát Canada": the date is no gap
        for x in range(start, min(len(syls), start + BY_REACH)):
            if not syls[x].text[:1].isalnum() or slots[x] or (x > trig.j and self._trigger_at(syls, x)):
                return []
            if syls[x].low != g.passive_agent:
                continue
            if _phrase_starting(syls, x, g.clause_markers) is not None:
                return []  # "bởi vì Mỹ …" (because): a reason clause, no agent
            for y in range(x + 1, min(len(syls), x + 1 + BY_REACH)):
                if slots[y] and _head(slots, y):
                    if syls[y - 1].low in g.place_preps:
                        return []
                    # "bởi Mỹ, Canada và nhiều nước khác": a plural noun phrase closes the list of agents
                    return _group(syls, slots, y, backwards=False, verbs=self._trigger_starts)
                if not syls[y].text[:1].isalnum() or syls[y].text in g.clause_breaks or _starts_clause(syls, y):
                    return []
            return []
        return []

    def _possessor_before(self, syls, slots, k: int) -> list[str]:
        """'Tàu chở dầu của Hy Lạp bị Iran bắt giữ': what was seized belongs to Hy Lạp, the one acted against."""
        g = grammar()
        for x in range(k - 1, max(-1, k - 8), -1):
            if syls[x].text in g.clause_breaks or syls[x].text == ",":
                return []
            if slots[x] and _head(slots, x) and x > 0 and syls[x - 1].low == g.possessive:
                return _group(syls, slots, x, backwards=False)
        return []

    def _between_pair(self, syls, slots, trig: Found) -> list[str]:
        """'cuộc điện đàm giữa A và B' -> [A, B]."""
        g = grammar()
        k = trig.j
        while k < len(syls) and k < trig.j + 8 and syls[k].low != g.between:
            if slots[k] and k > 0 and syls[k - 1].low in g.place_preps:
                k = _mention_edge(slots, k, backwards=False) + 1  # "được ký tại Riyadh giữa A và B": where
                continue
            if slots[k] and k == trig.j and trig.needs == "between" and syls[k].text[:1].isupper():
                k = _mention_edge(slots, k, backwards=False) + 1  # "Thỏa thuận Minsk … giữa A và B": its name
                continue
            # "hợp tác và phối hợp giữa A và B": coordinated triggers share the pair
            coordinated = k > 0 and syls[k - 1].low == g.conjunction
            passive = k > 0 and syls[k - 1].low in g.passive_markers  # "thỏa thuận được ký … giữa A và B"
            inner_trigger = self._trigger_at(syls, k) and not coordinated and not passive and not (
                trig.needs == "between" and k == trig.j) and not (  # "cuộc họp thượng đỉnh … giữa A và B": one noun
                k == trig.j and trig.needs is None and _bound_same_noun(trig, self._found_at(syls, k)))
            if syls[k].text in {",", ";", ":"} or slots[k] or inner_trigger:
                return []
            k += 1
        if k >= len(syls) or syls[k].low != g.between:
            return []
        for x in range(k + 1, min(len(syls), k + 8)):
            if slots[x] and _head(slots, x):
                group = _group(syls, slots, x, backwards=False, joiners=g.joiners | g.between_joiners)
                if len(group) == 1:  # "giữa Iran với 6 cường quốc gồm Mỹ, Anh, …"
                    group += _included_list(syls, slots, _mention_edge(slots, x, backwards=False) + 1)
                return group if len(group) >= 2 else []
        return []


_VIA = {"metonym": "metonym", "coref": "pronoun", "coref:pair": "pronoun", "coref:list": "list_reference"}


def _word_start(syls, x: int) -> Syl:
    """The first syllable of the segmenter's word that holds syllable x (it carries the word's verb tag)."""
    while x > 0 and not syls[x].word_start:
        x -= 1
    return syls[x]


def _noun_patient(syls, slots, at: int, k: int) -> bool:
    """'Ryabkov khẳng định tên lửa 9M729 bị Mỹ cáo buộc …', 'ở Nauru trong các điều kiện bị LHQ lên án': a noun
    phrase of its own ends right before the passive marker k (adverbs aside), opened after the mention `at` by a
    verb, a preposition or a plural marker: the passive is a relative clause on that noun, and the mention is no
    patient. A comma, "và", a pronoun or honorific, or a clause marker right before the marker ("Maduro vẫn nắm
    quyền, được quân đội ủng hộ", "sau khi bị …") resumes the mention's clause; so do bare nouns and dates after it
    ("Mugabe, 93 tuổi, bị …", "ngày 15/11 bị …")."""
    g = grammar()
    x = k - 1
    while x > at and syls[x].low in g.clause_adverbs:
        x -= 1
    end = _mention_edge(slots, at, backwards=False)
    last = syls[x]
    if (x <= end or slots[x] or not last.text[:1].isalnum() or last.low in g.pronouns or last.low in g.honorifics
            or last.low == g.conjunction or _after_clause_marker(syls, x + 1)
            or _word_start(syls, x).verb and not _plural_noun_modifier(syls, slots, x, end)):
        return False  # a verb right before the marker ("tiếp tục bị", "do Nga soạn thảo bị"): no noun head there
    start = max((y + 1 for y in range(end + 1, x) if syls[y].text == ","), default=end + 1)
    for y in range(start, x + 1):
        opener = syls[y].low in g.place_preps or syls[y].low in g.object_preps
        if (syls[y].verb and syls[y].word_start and syls[y].low not in g.clause_adverbs) or opener or (
                _phrase_starting(syls, y, g.list_closers) and _word_aligned(syls, y, 1)):
            return True
    return False


def _second_party_after(syls, slots, marker: int, after: int) -> bool:
    """'giữa quân chính phủ Syria do Nga và Iran hậu thuẫn với quân nổi dậy …': the patient of a reduced passive is
    the first party after "giữa", so a between-joiner ("với") right after the verb joins the second party to it; it
    opens no object of the verb."""
    g = grammar()
    start = _backing_patient_start(syls, slots, marker)
    return syls[after].low in g.between_joiners and start > 0 and syls[start - 1].low == g.between


def _marked_agents(syls, slots, verb: int, markers) -> tuple[int, int, int] | None:
    """'do Mỹ (trực tiếp) hậu thuẫn', 'do Mỹ và Anh hậu thuẫn', 'do Iran và một số nhóm khác hậu thuẫn': where the
    agents named between one of `markers` and the verb starting at `verb` are: (the marker, the first agent's first
    syllable, the last agent's last syllable), clause adverbs before the verb skipped; None when no such span."""
    g = grammar()
    k = verb - 1
    while k > 0 and not syls[k].text[:1].isupper() and syls[k].low in g.clause_adverbs:
        k -= 1  # "do Mỹ trực tiếp hậu thuẫn"
    if k >= 2 and _agent_list_open(syls, slots, k, markers):
        k = _unnamed_agent_tail(syls, slots, k)  # "do Iran và một số nhóm vũ trang khác hậu thuẫn"
    if k is None or k < 2 or not slots[k]:
        return None
    start = _mention_edge(slots, k, backwards=True)
    while start >= 2 and syls[start - 1].low in g.joiners and slots[start - 2]:
        start = _mention_edge(slots, start - 2, backwards=True)  # "do Mỹ và Anh hậu thuẫn"
    marker = start - 1
    return (marker, start, k) if marker >= 1 and syls[marker].low in markers else None


def _relative_on_subject(syls, slots, crossed: Found, trig: Found) -> int | None:
    """'Phiến quân Houthi do Iran hậu thuẫn đã tấn công Ả Rập Xê Út', 'SDF được Mỹ hậu thuẫn đã nã pháo vào …': the
    verb `crossed`, with its agents after a reduced or plain passive marker and an actor right before the marker,
    then only clause adverbs before `trig`, is a relative clause on that actor: the marker, from which the search
    for trig's subject goes on (to that actor, not the agents); None otherwise."""
    g = grammar()
    if crossed.j > trig.i or _predicate_gap_end(syls, crossed.j, trig.i) != trig.i:
        return None
    markers = g.single_words("reduced_passive_marker") | g.passive_markers
    span = _marked_agents(syls, slots, crossed.i, markers)
    if span is None or not _backing_patient_before(syls, slots, span[0]):
        return None
    return span[0]


def _predicate_gap_end(syls, x: int, end: int) -> int:
    """Where the words that may stand between a subject and its verb stop, from x on and before `end`: clause
    adverbs and the rows of grammar class `arrival_gap` ("đã", "vừa", "tiếp tục", "hôm qua")."""
    g = grammar()
    gap = g.phrases("arrival_gap")
    while x < end:
        if syls[x].low in g.clause_adverbs:
            x += 1
            continue
        words = _phrase_starting(syls, x, gap)
        if not words:
            break
        x += len(words)
    return x


def _gap_before_verb(syls, x: int) -> bool:
    """Words that stand between a subject and its verb start at x and a verb follows them ("tiếp tục tấn công"): a
    new predicate, not an object; "cùng các nhóm …" (no verb after) joins a noun phrase."""
    end = _predicate_gap_end(syls, x, len(syls))
    return x < end < len(syls) and syls[end].verb and syls[end].word_start


def _agent_list_open(syls, slots, k: int, markers) -> bool:
    """Whether the words before a reduced passive's verb (ending at k) may close its agent list with an unnamed noun
    phrase: no mention ends there, or one that only qualifies a noun ("các đồng minh phương Tây"), not the agent
    right after the marker ("do Nga")."""
    if not slots[k]:
        return True
    named = _mention_edge(slots, k, backwards=True)
    return named > 0 and syls[named - 1].low not in markers and _head_of_nominal(syls, slots, named)


AGENT_TAIL_REACH = 8  # syllables of an unnamed plural noun phrase closing a list of agents


def _unnamed_agent_tail(syls, slots, k: int) -> int | None:
    """'do Iran và một số nhóm vũ trang khác hậu thuẫn', 'do phương Tây và khối Arab hậu thuẫn': a list of agents
    closed by "và" and an unnamed noun phrase (a lower-case word opens it, no punctuation in it, a name in it only
    qualifying a noun: "các đồng minh phương Tây") that ends at k: the last syllable of the named agent before the
    "và"; None otherwise. The unnamed members act too, but only the named ones can be coded."""
    g = grammar()
    y = k
    while y > max(2, k - AGENT_TAIL_REACH):
        if slots[y]:  # a name that only qualifies the noun ("các đồng minh phương Tây")
            y = _mention_edge(slots, y, backwards=True)
            if not _head_of_nominal(syls, slots, y):
                return None
        elif not syls[y].text[:1].isalnum():
            return None
        elif syls[y - 1].low == g.conjunction and syls[y].word_start and syls[y].text[:1].islower():
            return y - 2 if slots[y - 2] else None
        y -= 1
    return None


PLURAL_HEAD_REACH = 4  # syllables between a plural marker and a verb that only qualifies its noun


def _plural_noun_modifier(syls, slots, x: int, end: int) -> bool:
    """'nhằm vào các lực lượng vũ trang từng được Mỹ hậu thuẫn': the verb-tagged word holding x ("vũ trang") follows,
    within a few syllables and after `end`, a plural marker (grammar class `list_closer`) and the noun it opens, with
    no verb, mention or punctuation between: it qualifies that noun, which heads the phrase the passive describes."""
    g = grammar()
    w = x
    while w > 0 and not syls[w].word_start:
        w -= 1
    for y in range(w - 1, max(end, w - 1 - PLURAL_HEAD_REACH), -1):
        if slots[y] or not syls[y].text[:1].isalnum() or (syls[y].verb and syls[y].word_start):
            return False
        closer = _phrase_starting(syls, y, g.list_closers)
        if closer and _word_aligned(syls, y, len(closer)):
            return y + len(closer) < w  # a noun stands between the marker and the verb ("các lực lượng vũ trang")
    return False


def actor_spans(slots, trig: Found, subjects, objects) -> tuple[ActorSpan, ...]:
    """For each subject and object, the mention nearest the trigger that names it (before the trigger for a
    subject, after it for an object, when there is one there) and how it was reached."""
    out = []
    heads = [(k, m) for k, slot in enumerate(slots) if slot and _head(slots, k) for m in slot]  # once, not per actor
    for role, actors in (("subject", subjects), ("object", objects)):
        for actor in actors:
            spots = [(k, m) for k, m in heads if m.actor_id == actor]
            side = [(k, m) for k, m in spots if (k < trig.i) == (role == "subject")] or spots
            if not side:
                out.append(ActorSpan(actor, None, None, "carried"))
                continue
            _, mention = min(side, key=lambda km: abs(km[0] - trig.i))
            via = _VIA.get(mention.via, "list" if len(actors) > 1 else "named")
            out.append(ActorSpan(actor, mention.start, mention.end, via))
    return tuple(out)

# The frames, in priority order: each reads who acted and who received around a trigger, or returns None.
ARRIVAL_FRAMES = (("visit", SentenceCoder._frame_arrival),)
LEGITIMACY_FRAMES = (("legitimacy", SentenceCoder._frame_legitimacy),)
LABEL_FRAMES = (("legitimacy", SentenceCoder._frame_label),)  # the legitimacy frame's name: the scorer reads it
BLAME_FRAMES = (("blame", SentenceCoder._frame_blame),)
OBLIGATION_FRAMES = (("obligation", SentenceCoder._frame_obligation),)
PASSIVE_FRAMES = (("passive", SentenceCoder._frame_passive), ("passive", SentenceCoder._frame_suspect))
OWNER_FRAMES = (("nominal", SentenceCoder._frame_owned_measure),)
MEDIATOR_FRAMES = (("mediator", SentenceCoder._frame_mediator),)
_DEAL_BODY_FRAMES = (("svo", SentenceCoder._deal_frame_joined_body),)
FRAMES = (
    ("answered_proposal", SentenceCoder._frame_answered_proposal),
    ("charge", SentenceCoder._frame_charge),
    ("passive", SentenceCoder._backing_reduced_passive),  # "SDF do Mỹ hậu thuẫn": before the marked passive
    ("passive", SentenceCoder._frame_passive),
    ("according_to", SentenceCoder._frame_according_to),
    ("nominal", SentenceCoder._frame_nominal),
    ("between", SentenceCoder._frame_between),
    ("word_order", SentenceCoder._frame_word_order),
    ("made_by", SentenceCoder._frame_made_by),  # last: only a measure no other frame gives an actor
)


def _frames_of(trig: Found) -> tuple:
    """An arrival verb codes only as a visit; every other trigger tries the frames in priority order."""
    return {ARRIVAL: ARRIVAL_FRAMES, LEGITIMACY: LEGITIMACY_FRAMES, LABEL: LABEL_FRAMES, BLAME: BLAME_FRAMES,
            OBLIGATION: OBLIGATION_FRAMES, PASSIVE_ONLY: PASSIVE_FRAMES, OWNER_ONLY: OWNER_FRAMES,
            MEDIATOR: MEDIATOR_FRAMES, _DEAL_BODY: _DEAL_BODY_FRAMES}.get(trig.needs, FRAMES)


def _is_country_name(mention: Mention) -> bool:
    return mention.actor_id.partition(":")[0] == COUNTRY_ID_PREFIX and mention.via == NAMED_VIA


def _mention_opens_at(slots, i: int, j: int) -> int | None:
    """Where a trigger row matched at syllables [i, j) ends as a trigger: j when no mention overlaps it; the start
    of a mention that opens inside it and runs on past it ("triệu tập [đại sứ Mỹ]": the ambassador's words are the
    row's last words and the mention's first, so the mention is the recipient); None for any other overlap."""
    first = next((x for x in range(i, j) if slots[x]), None)
    if first is None:
        return j
    mention = slots[first][0]
    opens = first > i and not (slots[first - 1] and slots[first - 1][0] is mention)
    if opens and all(slots[x] and slots[x][0] is mention for x in range(first, j + 1 if j < len(slots) else j)):
        return first
    return None


def _fronted_source(syls, k: int, trig: Found) -> bool:
    """'Theo ông Lavrov, việc áp đặt lệnh cấm vận với Iran …': a mention in a clause that opens with "theo" and
    closes with a comma before the trigger names the source of what follows, not its actor."""
    start = _clause_start(syls, k)
    return syls[start].low == grammar().according_to and any(syls[x].text == "," for x in range(k, trig.i))


def _actor_at(syls, slots, k: int) -> bool:
    """A mention starts at syllable k, or right after an honorific there ("nhờ ông X")."""
    if k < len(syls) and syls[k].low in grammar().honorifics:
        k += 1
    return k < len(syls) and bool(slots[k])


def _in_name(syls, i: int) -> bool:
    """'Cục Điều tra Liên bang': a capitalised trigger inside a sentence belongs to a proper name."""
    return i > 0 and syls[i].text[:1].isupper() and syls[i - 1].text not in {".", ":", "\"", "“", "(", "-", "–"}


def _word_aligned(syls, i: int, n: int) -> bool:
    """A trigger starts where the segmenter starts a word; a one-syllable trigger must be a whole word
    ("kiện" inside "điều kiện" is not "sue"), a longer one may end inside a glued word ("phối hợp tác chiến").
    The segmenter also glues two words into one ("quốc_gia_công_nhận"): a trigger of two or more syllables that
    ends such a word, after two or more syllables of it, after a capitalised name ("Lavrov_hội_đàm") or after a
    passive marker ("bị_cáo_buộc"), starts a word of its own."""
    if syls[i].word_start:
        return n > 1 or syls[i].word_end
    if i + n > len(syls) or not syls[i + n - 1].word_end:
        return False
    start = i
    while start > 0 and not syls[start].word_start:
        start -= 1
    if n < 2:  # "Trump_dọa", "Triều_Tiên_dọa": a one-syllable verb the segmenter glued to the name before it
        return syls[i].text[:1].islower() and all(s.text[:1].isupper() for s in syls[start:i])
    # "Lavrov_hội_đàm": a name the segmenter glued to the verb after it; "bị_cáo_buộc": a passive marker
    return (i - start >= 2 or all(s.text[:1].isupper() for s in syls[start:i])
            or (i - start == 1 and syls[start].low in grammar().passive_markers))


def _blamed_end(syls, trig: Found) -> int:
    """Where the blamed actor ends before a blame row: clause adverbs, manner adverbs of misconduct (class
    `blame_adverb`) and quotation marks are skipped ('Guaido đang "vi phạm …"', 'Anh cố tình dựng chuyện')."""
    g = grammar()
    k = trig.i
    while k > 0 and (syls[k - 1].low in g.clause_adverbs or syls[k - 1].text in QUOTE_MARKS
                     or _phrase_before(syls, k, g.blame_adverbs)):
        k -= len(_phrase_before(syls, k, g.blame_adverbs) or (k,))
    return k


def _glued_to_name(syls, i: int, n: int, needs) -> bool:
    """'Mỹ_tố Trung_Quốc …', 'Washington_tố …': the segmenter glues a one-syllable verb to the capitalised name
    before it. A row that is a trigger only right before an actor (needs "actor_after") may still start there: the
    actor after it guards it."""
    if needs != ACTOR_AFTER or n != 1 or syls[i].word_start or not syls[i].word_end:
        return False
    start = i
    while start > 0 and not syls[start].word_start:
        start -= 1
    return all(s.text[:1].isupper() for s in syls[start:i])


def _light_verb(syls, crossed: Found, trig: Found) -> bool:
    """'triển khai chiến dịch không kích': the first verb only carries the nominal event after it."""
    gap = [s.low for s in syls[crossed.j : trig.i]]
    light = grammar().light_nouns
    return crossed.relation == "mobilize" and 0 < len(gap) <= 4 and all(word in light for word in gap)


REQUEST_REACH = 12  # syllables from a request verb to the act it asks for
ELLIPSIS_REACH = 16  # syllables from a partner to an elided second partner phrase ("… và sau đó với X")
LIST_LEAD = 5  # syllables from a request to the first of a list of addressees ("… hai tháng cho châu Âu, …")
# verbs that answer a proposal made to their actor (accepting or rejecting it): its maker proposed to them; praise
# or welcome ("đánh giá cao sáng kiến của Đan Mạch") does not make the praiser the one proposed to
MADE_BY_REACH = 16  # syllables from such a measure to the passive marker of the verb that made it
ANSWERED = "answered_proposal"  # the rule of a proposal answered: it was made (asserted), whatever the answer's mode
CLAIM_REACH = 12  # syllables from an accusation verb to an act its complement claims
# frames that name an event with its parties ("những cam kết mà hai nhà lãnh đạo đạt được", "cuộc gặp Mỹ - Triều"):
# an accusation refers to such an event, it does not claim it
NAMED_EVENT_FRAMES = frozenset({"dyad", "between", "nominal_of", "nominal_lead", "answered_proposal"})
DISMISSED_CLAIM = "dismissed_claim"  # a claim referred back to and called baseless: its maker is rejected
COMPANY_TRADE_GAP = 2  # lower-case words of a trade between a company noun and its country ("tập đoàn dầu khí Nga")
ADVERB_GAP = 2  # lower-case words ("đã", "vừa") between a clause's actor and its verb
PASSIVE_REACH = 16  # syllables between "bị"/"được" and the verb, room for a list of agents
DYAD_REACH = 4  # syllables between a mutual event and the pair that names its parties
DYAD_MARKS = frozenset("-–")
QUOTE_MARKS = frozenset("\"“”")
MAIN_ACTOR_REACH = 4  # syllables after a fronted clause's comma to the main clause's actor ("hôm 12/6, ông …")
NOMINAL_LEAD_REACH = 24  # syllables from a fronted meeting noun to the actor of its clause
_DEAL_HOPE_REACH = 4  # syllables before a joining verb searched for a wish or a bid ("mong muốn gia nhập")
_DEAL_NAME_REACH = 12  # syllables of a body's unknown Vietnamese name before its acronym in brackets
_DEAL_OWNER_REACH = 16  # syllables from a joined initiative's noun to its owner ("sáng kiến Vành đai và Con đường của X")
MAX_PAIRWISE_PARTIES = 4  # "Đàm phán 6 bên giữa A, B, C, D, E và F" is a multilateral forum (GUIDELINES.md), not 30 dyads
SENT_REACH = 3  # syllables before a verbal trigger searched for what makes it a thing sent ("gửi thông điệp …")
PERSON_ID_PREFIX = "person"  # actor ids are "<type>:<slug>" (kg.extract.lexicon)
COUNTRY_ID_PREFIX = "country"
ORGANISATION_ID_PREFIX = "organisation"
NAMED_VIA = "lexicon"  # a mention of a name in the lexicon, not a metonym, title or reference
ARRIVAL = "arrival"  # trigger rows that fire only as a person's arrival in a country ("tới Triều Tiên")
LEGITIMACY = "legitimacy"  # rows that fire only in "A tuyên bố X là … hợp pháp"
BLAME_REACH = 3  # lower-case syllables between a blame phrase and the act it blames ("đứng sau âm mưu ám sát")
_BLAME_COMMA = (",",)  # a declaring verb set off by a comma ("ông Kim cho biết, Mỹ …") declares as well
BLAME = "blame"  # rows that fire only in "A cho rằng X phải chịu trách nhiệm"
OBLIGATION = "obligation"  # modals ("phải", "nên") that fire only in "A cho rằng X phải …"
ACTOR_AFTER = "actor_after"  # rows that are a trigger only right before an actor ("nhờ Mỹ giúp"; "nhờ ủng hộ" is not)
OPENER_REACH = 2  # syllables before the actor that opens a sentence ("Ông Juan Guaidó …", "Tổng thống …")
PASSIVE_ONLY = "passive"  # rows that fire only as "B bị A V" ("bị Mỹ nghi ngờ": active "nghi ngờ" is doubt)
LABEL = "label"  # reproach labels that fire only in "A coi/gọi X là …" ("tổ chức khủng bố", "kẻ đảo chính")
OWNER_ONLY = "owner"  # measure nouns that fire only with their owner after "của" ("lệnh cấm của Anh đối với X")
# "(đàm phán với X) thông qua các nhà trung gian A và B": A and B mediate between the talks' parties. Transparent to
# other triggers, but a recipient search stops at it ("đàm phán gián tiếp qua trung gian Oman": Oman is no party)
MEDIATOR = "mediator"
# joining verbs ("gia nhập", "tham gia"): an agreement only toward the body or the owner of the initiative joined
_DEAL_BODY = "body"
FRAME_ONLY = frozenset({ARRIVAL, LEGITIMACY, LABEL, BLAME, OBLIGATION, PASSIVE_ONLY, OWNER_ONLY, MEDIATOR, _DEAL_BODY})  # transparent to other triggers; only their own frame codes them
LEGITIMACY_REACH = 8  # syllables from "là" to the legitimacy word
LABELLED_ACT_REACH = 16  # syllables from a labelled act's nominaliser ("coi việc X …") to the copula
DATE_PUNCTUATION = frozenset("/-.,")


BARE_SECTOR_VIA = "bare_sector"  # actors.py: a sector noun with no country, read as the focal country's
GROUP_REACH = 4  # lower-case words of an unnamed group that opens a list ("của quân đội và các nước Nga …")
LIST_CLOSER_REACH = 3  # … and of the plural noun after its "và" ("các nước", "nhiều quốc gia")


_BACKING_BRACKET_REACH = 6  # syllables of a bracketed acronym or gloss between a name and "do" ("(SDF)")


BACKING_RELATIONS = frozenset({"support", "aid"})  # backing an actor the verb before has for object is still
# backing it ("tấn công phiến quân Houthi do Iran hậu thuẫn"); other verbs there describe the noun before it


def _backing_bracket_opening(syls, close: int) -> int | None:
    """Where the bracket closed at `close` ("(SDF)" after a name) opens, within _BACKING_BRACKET_REACH; else None."""
    return next((x for x in range(close - 1, max(-1, close - _BACKING_BRACKET_REACH), -1) if syls[x].text == "("), None)


def _backing_patient_start(syls, slots, marker: int) -> int:
    """Where the mention the reduced passive is about starts (a bracket after it skipped), or the marker."""
    k = marker - 1
    if k >= 1 and syls[k].text == ")":
        opening = _backing_bracket_opening(syls, k)
        k = k if opening is None else opening - 1
    return _mention_edge(slots, k, backwards=True) if k >= 0 and slots[k] else marker


def _backing_prepositional(syls, slots, marker: int) -> bool:
    """'các biện pháp cấm vận mới đối với Nga do Quốc hội đề xuất', 'lệnh trừng phạt nhằm vào Iran do Mỹ áp đặt':
    the actor right before the marker is the object of a preposition (grammar class `object_prep`; "với" of a partner
    only after another one, "đối với") inside a noun phrase, and the relative clause describes that noun phrase."""
    g = grammar()
    k = marker - 1
    if k >= 0 and not slots[k]:
        return False
    start = _mention_edge(slots, k, backwards=True)
    if start < 1:
        return False
    before = syls[start - 1].low
    if before in g.object_preps and before not in g.partner_preps:
        return True
    return before in g.partner_preps and start >= 2 and syls[start - 2].low in g.object_preps


def _backing_patient_before(syls, slots, marker: int) -> list[str]:
    """The actor named right before a reduced passive marker at `marker` ("Lực lượng Dân chủ Syria (SDF) do …",
    "phiến quân Houthi do …"), a bracket after the name skipped; [] when a word that is no name stands there."""
    k = marker - 1
    if k >= 1 and syls[k].text == ")":
        opening = _backing_bracket_opening(syls, k)
        if opening is None:
            return []
        inside = [m.actor_id for x in range(opening + 1, k) for m in slots[x]]
        if inside:
            return list(dict.fromkeys(inside))
        k = opening - 1
    if k >= 0 and not slots[k]:  # a place name the place filter took out of the slots ("tại Yemen")
        while k >= 0 and not slots[k] and syls[k].text[:1].isupper():
            k -= 1
        if k < 1 or syls[k].low not in grammar().place_preps:
            return []
        return [m.actor_id for m in slots[k - 1]]
    if k < 0:
        return []
    first = _mention_edge(slots, k, backwards=True)
    if first >= 2 and syls[first - 1].low in grammar().place_preps:
        # "phiến quân Houthi tại Yemen do Iran hậu thuẫn": the place is where the actor before it is
        return [m.actor_id for m in slots[first - 2]] if slots[first - 2] else []
    return [m.actor_id for m in slots[k]]


_BACKING_FULL_STOPS = frozenset({".", "!", "?"})  # marks that end a sentence


BACKING_GROUP_REACH = 6  # lower-case words of an unnamed group after an agent marker ("hơn 50 quốc gia")


def _backing_included_members(syls, slots, k: int) -> int | None:
    """'sự công nhận của hơn 50 nước, trong đó có Mỹ và Canada': where the members an inclusion marker (grammar class
    `inclusion_marker`) lists start, when the agent marker is followed by an unnamed group (lower-case words with an
    actor group noun) and, after a comma or none, the marker; None otherwise."""
    g = grammar()
    grouped = False
    for x in range(k, min(len(syls), k + BACKING_GROUP_REACH + 2)):
        members = _members_after_marker(syls, slots, x) if grouped else None
        if members is not None:
            return members
        if syls[x].text == "," and grouped:
            continue
        if slots[x] or not syls[x].text[:1].isalnum() or not syls[x].text[:1].islower() and not syls[x].text[:1].isdigit():
            return None
        grouped = grouped or _phrase_starting(syls, x, g.actor_group_nouns) is not None
    return None


def _backing_plural_members(syls, slots, k: int) -> int | None:
    """'sự ủng hộ từ các nước Nga, Trung Quốc, Cuba', 'của những quốc gia Nga, Iran': where the named members start
    when, right after an agent marker, a plural determiner (grammar class `list_closer`) and one or two actor group
    nouns (class `actor_group_noun`) stand directly before them; None otherwise."""
    g = grammar()
    included = _backing_included_members(syls, slots, k)
    if included is not None:
        return included
    closer = _phrase_starting(syls, k, g.list_closers) if k < len(syls) else None
    if closer is None:
        return None
    at = _after_group_nouns(syls, k + len(closer))
    if at == k + len(closer) or at >= len(syls) or not slots[at] or not syls[at].text[:1].isupper():
        return None
    return at


def _backing_list_to_end(syls, slots, start: int, group: list[str], end: int) -> tuple[list[str], int]:
    """'nhận được sự ủng hộ từ Nga, Trung Quốc, Thổ Nhĩ Kỳ, Cuba.': after an agent marker, names joined by bare
    commas that run to the end of the sentence (no "và" closes them, nothing follows the last) list the agents;
    a comma list that goes on with more words ("của Nga, Mỹ cũng …") stays one agent."""
    g = grammar()
    full = _group(syls, slots, start, backwards=False, enumerated=True)
    if len(full) <= len(group):
        return group, end
    after = _group_end(syls, slots, start, full) + 1
    if after < len(syls) and syls[after].text not in g.clause_breaks and syls[after].text not in _BACKING_FULL_STOPS:
        return group, end
    return full, after


def _named_after_group(syls, slots, k: int) -> int | None:
    """'sự ủng hộ của quân đội và các nước Nga, Trung Quốc': where the named actors start when the list after an
    agent marker opens with a group the lexicon does not name; None when it does not."""
    g = grammar()
    stop = g.object_preps | g.not_agent_after
    for x in range(k, min(len(syls), k + GROUP_REACH + 1)):
        marker = _phrase_starting(syls, x, g.example_markers) if x > k else None
        if marker and x + len(marker) < len(syls) and slots[x + len(marker)] \
                and _group_noun_phrase(syls, slots, x) is not None:
            return x + len(marker)  # "hàng viện trợ của một số quốc gia như Nga, Cuba …": the group's members
        if slots[x] or syls[x].low in stop or not syls[x].text[:1].isalpha() or syls[x].text[:1].isupper():
            return None
        if syls[x].low == g.conjunction and x > k:
            for y in range(x + 1, min(len(syls), x + 2 + LIST_CLOSER_REACH)):
                if slots[y]:
                    return y
                if not syls[y].text[:1].islower():
                    return None
            return None
    return None


GROUP_NOUNS_MAX = 2  # group nouns in a row after a plural determiner ("các nước thành viên")


def _after_group_nouns(syls, at: int) -> int:
    """Where the words after the actor group nouns (class `actor_group_noun`, at most GROUP_NOUNS_MAX in a row)
    starting at `at` go on; `at` when none starts there ("các nước thành viên NATO": one may qualify another)."""
    for _ in range(GROUP_NOUNS_MAX):
        noun = _phrase_starting(syls, at, grammar().actor_group_nouns)
        if noun is None:
            break
        at += len(noun)
    return at
OWNED_LIST_REACH = 16  # syllables from a comma inside a list of nouns to the "của X" that owns them all
OWNED_MODIFIER_SPAN = 3  # … and of one last modifier after a comma, which needs no "và"


def _owned_list_owner(syls, slots, comma: int, verbs) -> int | None:
    """Where the owner X starts when the comma at `comma` separates nouns of one list that "và" closes and "của X"
    owns ("các chính sách tị nạn, chi tiêu quốc phòng và thặng dư thương mại của Đức"), or one last modifier:
    only unnamed lower-case words and commas, no verb, up to the owner; None otherwise."""
    g = grammar()
    closed = False
    for x in range(comma + 1, min(len(syls) - 1, comma + 1 + OWNED_LIST_REACH)):
        if syls[x].low == g.possessive and syls[x].word_start:
            # one more modifier needs no "và" ("tiếng nói xây dựng, tích cực của Nhật Bản")
            return x + 1 if (closed or x - comma <= OWNED_MODIFIER_SPAN) and slots[x + 1] else None
        if slots[x] or x in verbs or _starts_clause(syls, x) or syls[x].low in g.predicate_starts:
            return None
        if syls[x].text != "," and not syls[x].text[:1].islower():
            return None
        closed = closed or syls[x].low == g.conjunction
    return None


def _owner_after_named_topic(syls, slots, k: int) -> int | None:
    """'dự thảo nghị quyết về Triều Tiên do Mỹ đề xuất', 'dự thảo nghị quyết về Syria của Mỹ': where the owner of
    a thing whose topic is a bare name right after the topic preposition at k starts: the name, then an agent marker
    ("của", or "do" opening a relative clause), then an actor. A topic that is a common noun keeps its own owner
    ("về chương trình hạt nhân của Iran"): None then."""
    g = grammar()
    if k + 1 >= len(syls) or not slots[k + 1]:
        return None
    end = _mention_edge(slots, k + 1, backwards=False) + 1
    if end + 1 >= len(syls) or not syls[end].word_start:
        return None
    marker = syls[end].low
    if marker != g.possessive and marker not in g.agent_markers & g.relative_markers:
        return None
    return end + 1 if slots[end + 1] and _head(slots, end + 1) else None


def _owner_of_predicate(syls, slots, copula: int) -> int | None:
    """'… là một phần trong âm mưu phá hoại của Mỹ': where the owner named after "của" in the noun phrase after a
    copula starts (the first mention after it, with only unnamed words, no punctuation, no clause opener and no
    preposition of a target or topic before it); None otherwise."""
    g = grammar()
    for x in range(copula + 1, min(len(syls) - 1, copula + 1 + MAX_OBJECT_GAP)):
        if syls[x].text in QUOTE_MARKS:
            continue  # 'âm mưu "phá hoại" của Mỹ'
        if slots[x] or not syls[x].text[:1].isalpha() or _starts_clause(syls, x):
            return None
        if _phrase_starting(syls, x, g.target_phrases) or syls[x].low in g.against or syls[x].low in g.topic_preps:
            return None  # "là hành động nhằm vào lợi ích của Mỹ": the owner is the target
        if syls[x].low == g.possessive and syls[x].word_start and slots[x + 1]:
            return x + 1
    return None


def _plural_item_after(syls, slots, k: int) -> int | None:
    """'A và các nước B, C': where the named members of a plural item joined by 'và' after a list start; None when
    no plural noun phrase follows the 'và'."""
    g = grammar()
    closer = _phrase_starting(syls, k + 1, g.list_closers) if k < len(syls) and syls[k].low == g.conjunction else None
    if closer is None:
        return None
    at = _after_group_nouns(syls, k + 1 + len(closer))
    if at == k + 1 + len(closer):
        return None
    marker = _phrase_starting(syls, at, g.example_markers) if at < len(syls) else None
    at += len(marker) if marker else 0  # "và các quốc gia như Nga, Cuba"
    return at if at < len(syls) and slots[at] else None


def _named_person_after(slots, k: int) -> int:
    """'bắt giữ giám đốc tài chính Huawei Mạnh Vãn Chu': an affiliation written right before a person's name
    belongs to the person, who is the mention meant."""
    if any(_is_person(m.actor_id) for m in slots[k]):
        return k
    after = _mention_edge(slots, k, backwards=False) + 1
    if after < len(slots) and slots[after] and all(_is_person(m.actor_id) for m in slots[after]):
        return after
    return k


def _label_patient_end(syls, slots, k: int) -> int | None:
    """The last syllable of the labelled one before a passive marker whose syllable before is k: a name right there
    ("YPG bị …"), a name closed by a parenthesis ("Đảng Công nhân người Kurd (PKK) bị …"), or the name an apposition
    of one descriptive noun describes ("… các tay súng người Kurd, lực lượng bị Ankara coi là …", grammar classes
    `descriptor_noun` and `appositive_head`: "lực lượng", "nhóm", "vốn"); else None."""
    g = grammar()
    while k > 0 and not slots[k] and syls[k].low in g.clause_adverbs:
        k -= 1  # "Hezbollah cũng đã bị Israel coi là …"
    if slots[k]:
        start = _mention_edge(slots, k, backwards=True)
        # "một tổ chức hiện diện ở Pakistan bị Mỹ xem là khủng bố": the place is where the labelled one is
        return None if start > 0 and syls[start - 1].low in g.place_preps else k
    if syls[k].text == ")" and k > 0 and slots[k - 1]:
        return k - 1
    for noun in (*g.descriptor_nouns, *g.appositive_heads):
        comma = k - len(noun)
        if comma > 0 and syls[comma].text == "," and slots[comma - 1] and tuple(
                s.low for s in syls[comma + 1 : k + 1]) == noun:
            return comma - 1
    return None


def _apposition_opening(syls, comma: int) -> int | None:
    """The comma that opens an apposition closed by the comma at `comma`: 'X, <appositive head> …, V' (grammar
    class `appositive_head`: "người", "quốc gia", "đồng minh" …) with a name right before the opening comma. Dashes
    enclose one as well ("Hungary - một nước thành viên NATO - tuyên bố …")."""
    mark = syls[comma].text
    if mark != "," and mark not in DYAD_MARKS:
        return None
    g = grammar()
    for c in range(comma - 1, max(0, comma - APPOSITION_REACH) - 1, -1):
        if syls[c].text in g.clause_breaks or syls[c].text in QUOTE_MARKS:
            return None
        if syls[c].text == "," or (mark in DYAD_MARKS and syls[c].text in DYAD_MARKS):
            head = c + 2 if c + 2 < len(syls) and _apposition_determiner(syls[c + 1].low) else c + 1  # "Áo, một nước …"
            opens = (c >= 1 and syls[c - 1].text[:1].isupper()
                     and (_phrase_starting(syls, c + 1, g.appositive_heads) is not None
                          or _phrase_starting(syls, head, g.appositive_heads) is not None))
            return c if opens else None
    return None


def _date_end(syls, x: int) -> int:
    """Where a date that starts at x ends ("hôm 1/12", "tháng 12-2018": a day word or a calendar noun, then a
    number and its date punctuation); x itself when no date starts there."""
    g = grammar()
    if x + 1 >= len(syls) or not (syls[x].low in g.day_words or syls[x].low in g.calendar_nouns):
        return x
    y = x + 1
    while y < len(syls) and (syls[y].text[:1].isdigit() or syls[y].text in DATE_PUNCTUATION - {","}):
        y += 1
    return y if y > x + 1 and syls[y - 1].text[:1].isdigit() else x


def _apposition_determiner(word: str) -> bool:
    """A word before an apposition's head: a light noun ("một nước", "những quốc gia") or a count that sums up the
    list before it (grammar class `tally_numeral`: "Nga, Trung Quốc và Iran, ba nước …, đều lên án …")."""
    g = grammar()
    return word in g.light_nouns or word in g.single_words("tally_numeral")


def _split_rest_end(syls, after: int, rest: tuple[str, ...]) -> int | None:
    """Where a split row's rest ends when it goes on at `after`, right after the verb's object, else None. A word of
    grammar class `split_return` may stand first and take the place of the rest's opening preposition ("đưa Cuba
    trở lại danh sách …", "đưa Cuba trở lại vào danh sách …"): the object goes back onto the list, the same act."""
    if after < len(syls) and syls[after].low == rest[0] and _phrase_at(syls, after, rest, len(syls)):
        return after + len(rest)
    return _returned_rest_end(syls, after, rest)


def _returned_rest_end(syls, after: int, rest: tuple[str, ...]) -> int | None:
    """Where a split row's rest ends when a `split_return` word opens it at `after` (see _split_rest_end), else None."""
    g = grammar()
    back = _phrase_starting(syls, after, g.split_returns)
    if back is None:
        return None
    k = after + len(back)
    tails = (rest, rest[1:]) if rest[0] in g.object_preps else (rest,)
    for tail in tails:  # "trở lại vào danh sách", "trở lại danh sách"
        if tail and k < len(syls) and syls[k].low == tail[0] and _phrase_at(syls, k, tail, len(syls)):
            return k + len(tail)
    return None


def _nationals_name_end(syls, k: int) -> int | None:
    """'cấm (tất cả) công dân Malaysia rời khỏi …': a national noun (grammar class `national_noun`) within SPLIT_GAP
    syllables of k, no name or mark before it, then capitalised syllables (the country): the last of them."""
    g = grammar()
    for x in range(k, min(len(syls), k + SPLIT_GAP + 1)):
        if not syls[x].text[:1].isalnum() or syls[x].text[:1].isupper():
            return None
        noun = _phrase_starting(syls, x, g.national_nouns)
        if noun is not None and _word_aligned(syls, x, len(noun)):
            end = x + len(noun)
            while end < len(syls) and syls[end].text[:1].isupper():
                end += 1
            return end - 1 if end > x + len(noun) else None
    return None


def _split_rows(triggers) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]]:
    """First syllable -> (verb, rest, row) of every trigger row that opens with a split verb and goes on after it,
    longest rows first."""
    out: dict[str, list] = {}
    for key, (relation, _, _, _) in triggers.items():
        if relation is None:
            continue
        for verb in grammar().split_verbs:
            if len(key) > len(verb) and key[: len(verb)] == verb:
                out.setdefault(verb[0], []).append((verb, key[len(verb):], key))
    return {first: sorted(rows, key=lambda r: -len(r[2])) for first, rows in out.items()}


def _pair_holds(syls, slots, trig: Found, k: int) -> bool:
    """'tập trận Mỹ - Hàn', 'tập trận giữa Mỹ và Hàn Quốc': a pair within a few lower-case words of the trigger
    names the parties holding the event; a pair after a target phrase ("nhằm vào A và B") does not."""
    g = grammar()
    start = _mention_edge(slots, k, backwards=True)
    while start >= 2 and syls[start - 1].text in DYAD_MARKS and slots[start - 2]:
        start = _mention_edge(slots, start - 2, backwards=True)  # the recipient search skipped the actor's own side
    if start - trig.j > DYAD_REACH or any(
            not syls[x].text[:1].isalnum() or syls[x].text[:1].isupper() or _phrase_starting(syls, x, g.target_phrases)
            for x in range(trig.j, start)):
        return False
    return (start > 0 and syls[start - 1].low == g.between or bool(_dyad_at(syls, slots, start))
            or _half_named_pair(syls, slots, trig, start))


def _half_named_pair(syls, slots, trig: Found, start: int) -> bool:
    """'trước cuộc họp Trump - Kim': a dash and a capitalised word no actor is found in ("Kim" alone is no actor)
    close a pair whose first member is the mention at `start`; the pair names the meeting's parties, so the
    mention is not the clause actor's partner. Not after a partner preposition ("hội đàm với Nga - Những …")."""
    edge = _mention_edge(slots, start, backwards=False)
    if edge + 2 >= len(syls) or syls[edge + 1].text not in DYAD_MARKS or slots[edge + 2]:
        return False
    return syls[edge + 2].text[:1].isupper() and not any(
        syls[x].low in grammar().partner_preps for x in range(trig.j, start))


def _conjoined_owner(syls, slots, after: int, k: int) -> bool:
    """The mention at k owns a noun conjoined after the event's own agent ("vụ thử … của A và phản ứng của B"),
    unlike the owner of a place in the event's noun phrase ("không kích của Israel tại tỉnh Latakia của Syria")."""
    g = grammar()
    start = _mention_edge(slots, k, backwards=True)
    return _prev_word(syls, slots, start) == g.possessive and any(
        syls[x].low == g.conjunction for x in range(after, start))


WISH_REACH = 20  # syllables back from a trigger to the wish whose complement it may be in
WISH_GAP = 4  # lower-case syllables after a wish that still belong to the wisher's own act ("hy vọng sẽ sớm")


OWNER_ROLE_REACH = 2  # syllables of a title or role noun between the possessive marker and the owner


def _owner_right_after(syls, trig: Found, k: int) -> bool:
    """The mention at k follows the trigger's possessive marker, a title or a role noun at most between ("đề nghị của
    (ông) X", "theo đề nghị của đại diện X")."""
    between = [syls[x].low for x in range(trig.j, k)]
    return 0 < len(between) <= 1 + OWNER_ROLE_REACH and between[0] in grammar().agent_markers


def _wished_for(syls, slots, trig: Found) -> bool:
    """'hy vọng hai bên sẽ thỏa hiệp', 'hi vọng bước phê chuẩn … sẽ mở ra một kỷ nguyên hợp tác': the trigger stands
    in a wish's complement clause with a subject of its own (a name, or more than a few words)."""
    g = grammar()
    for x in range(trig.i, max(0, trig.i - WISH_REACH), -1):
        wish = _phrase_before(syls, x, g.wish_verbs)  # before the break: "hy vọng rằng" ends in one
        if wish and wish[-1] in g.clause_breaks:  # "hi vọng rằng … chúng tôi sẽ trở lại đàm phán": only a name
            return any(slots[y] for y in range(x, trig.i))  # of its own makes the complement another's act
        if wish:
            return trig.i - x > WISH_GAP or any(slots[y] for y in range(x, trig.i))
        if syls[x - 1].text in g.clause_breaks or syls[x - 1].text == "," and not _list_comma(syls, slots, x - 1):
            return False  # a list's comma ("hy vọng lãnh đạo Nga, Đức và Ukraine sẽ gặp nhau") closes no clause
    return False


def _conveyed(syls, slots, k: int) -> bool:
    """'dẫn độ (ông) X sang Mỹ': the person at k is the object of a verb that moves people, not a traveller."""
    g = grammar()
    start = _mention_edge(slots, k, backwards=True)
    if start > 0 and syls[start - 1].low in g.honorifics:
        start -= 1
    return _phrase_before(syls, start, g.conveying_verbs) is not None


def _list_end(syls, slots, k: int) -> int:
    """The last syllable of the mentions joined to the one at k by joiners or dyad marks ("Mỹ - Hàn", "A và B")."""
    joiners = grammar().joiners
    end = _mention_edge(slots, k, backwards=False)
    while end + 2 < len(syls) and (syls[end + 1].low in joiners or syls[end + 1].text in DYAD_MARKS) and slots[end + 2]:
        end = _mention_edge(slots, end + 2, backwards=False)
    return end


def _dyad_at(syls, slots, k: int) -> list[str]:
    """The actors of 'A - B' (or 'A - B - C') starting at the mention at k, or [] when k starts no such pair."""
    ids = [m.actor_id for m in slots[k]]
    edge = _mention_edge(slots, k, backwards=False)
    while edge + 2 < len(syls) and syls[edge + 1].text in DYAD_MARKS and slots[edge + 2]:
        ids += [m.actor_id for m in slots[edge + 2]]
        edge = _mention_edge(slots, edge + 2, backwards=False)
    ids = list(dict.fromkeys(ids))
    return ids if len(ids) >= 2 else []


def _drop_places(syls, slots, is_trigger=None) -> None:
    """Mentions that name a place ('thành phố Hamburg, Đức', 'lãnh thổ Syria') or whom a relative is counted from
    ('vợ cựu Tổng thống Zimbabwe') are not participants. `is_trigger(k)`: a trigger starts at k."""
    g = grammar()
    k = 0
    in_place = False
    place_end = -2  # last syllable of the latest mention dropped as a place
    while k < len(syls):
        if slots[k] and _head(slots, k):
            edge = _mention_edge(slots, k, backwards=False)
            dyad = bool(_dyad_at(syls, slots, k)) or (k >= 2 and syls[k - 1].text in DYAD_MARKS and slots[k - 2])
            listed_place = (in_place and k > 0 and syls[k - 1].low in g.list_joiners
                            and not (syls[k - 1].text == "," and (_ends_fronted_phrase(syls, k - 1)
                                                                  or _ends_fronted_place(syls, slots, k - 1))))
            # a person named right after a nationality dropped as a place ("công dân Mỹ Paul Whelan", "nhà báo Mỹ
            # Evan Gershkovich") is the one meant; a relative is still counted from a person ("vợ ông X")
            is_place = (not dyad or _placed_dyad(syls, k)) and (not (place_end == k - 1 and _all_people(slots, k)) and (
                _after_place_noun(syls, k) or listed_place or _after_city(syls, slots, k, is_trigger)
                or _city_country(syls, slots, k, edge) or _distance_reference(syls, k, edge)
                or _talks_place_apposition(syls, slots, k, edge, place_end)
                or place_end == k - 1)  # apposition: "phủ tổng thống Hàn Quốc Nhà Xanh"
                or _after_kin_noun(syls, k, is_trigger)
                or _bound_named_format(syls, slots, k, edge, is_trigger) or _bound_time_zone(syls, k))
            if is_place and dyad:
                edge = _list_end(syls, slots, k)  # "tại biên giới Hàn - Triều": the whole pair names the place
            if is_place:
                for x in range(k, edge + 1):
                    slots[x] = []
                place_end = edge
            in_place = is_place or (k > 0 and syls[k - 1].low in g.place_preps
                                    and _phrase_before(syls, k, g.place_prep_lookalikes) is None)
            k = edge + 1
            continue
        if syls[k].low not in g.list_joiners:
            in_place = False if not slots[k] else in_place
        k += 1


BOUND_FORMAT_GAP = 3  # lower-case syllables between a format noun and the city that names it ("thỏa thuận hòa bình Minsk")
BOUND_METONYM_VIA = "metonym"


def _bound_named_format(syls, slots, k: int, edge: int, is_trigger=None) -> bool:
    """'thỏa thuận Minsk', 'tiến trình hòa bình Paris', 'nhóm Minsk': a capital named right after an agreement,
    process or format noun (grammar class `named_format_noun`, only lower-case words between) is part of the
    name, not the state it stands for. A capital that acts there is kept: one listed or paired with another actor
    ("thỏa thuận Washington - Bình Nhưỡng", "thỏa thuận Moskva và Minsk ký") or followed by a trigger."""
    if not slots[k] or not all(m.via == BOUND_METONYM_VIA for m in slots[k]):
        return False
    g = grammar()
    x = k
    while x > 0 and k - x < BOUND_FORMAT_GAP and syls[x - 1].text[:1].isalpha() and syls[x - 1].text.islower() \
            and _phrase_before(syls, x, g.phrases("named_format_noun")) is None:
        w = syls[x - 1].low
        if (w in g.partner_preps or w == g.possessive or w == g.between or w in g.relative_markers
                or w in g.passive_markers or w in g.place_preps or w in g.object_preps or w in g.topic_preps
                or w in g.list_joiners):
            return False  # "thỏa thuận quốc phòng với New Delhi": a partner, owner or place, not the name
        x -= 1
    noun = _phrase_before(syls, x, g.phrases("named_format_noun"))
    if noun is None or not _word_aligned(syls, x - len(noun), len(noun)):
        return False
    nxt = edge + 1
    if nxt >= len(syls):
        return True
    listed = syls[nxt].low in g.list_joiners and nxt + 1 < len(syls) and bool(slots[nxt + 1])
    return not (syls[nxt].text in DYAD_MARKS or listed or (is_trigger is not None and is_trigger(nxt)))


def _bound_act_target(matcher, syls, start: int, k: int) -> bool:
    """'chỉ trích hành vi can thiệp vào Venezuela', 'phản đối mọi hành động can thiệp quân sự nhằm vào X': the
    mention at k follows a target preposition (grammar class `act_target_prep`) of an act named between the
    trigger's end (`start`) and it, by a trigger of any relation (a frame-only one too): it is the act's target or
    place; the act's owner, named before it ("lên án việc Mỹ tấn công vào Syria"), is the one criticised."""
    prep = _phrase_before(syls, k, grammar().phrases("act_target_prep"))
    if prep is None:
        return False
    for x in range(start, k - len(prep)):
        for n in matcher.lengths.get(syls[x].low, ()):
            hit = matcher.triggers.get(tuple([s.low for s in syls[x : x + n]]))
            if hit and hit[0] and x + n <= k - len(prep) and _word_aligned(syls, x, n):
                return True
    return False


BOUND_STATE_SECTORS = frozenset({COUNTRY_ID_PREFIX, "government"})  # the state itself, not its army or ministries


def _bound_own_leader(same_side, a: str, b: str) -> bool:
    """A person and the state (or its government) the person acts for are never two parties of one mutual event;
    a leader meeting the state's own army or ministers is ("Mugabe họp với giới chỉ huy quân đội")."""
    for person, other in ((a, b), (b, a)):
        sector, _, iso = other.partition(":")
        if _is_person(person) and iso and sector in BOUND_STATE_SECTORS and same_side(person, f"{COUNTRY_ID_PREFIX}:{iso}"):
            return True
    return False


def _bound_shared_clause_verb(syls, slots, k: int, trig: Found, starts) -> Found | None:
    """'Ông Trump cáo buộc Nga và Syria sát hại dân thường, đồng thời yêu cầu không quân hai nước …': a clause opened
    by a comma and a clause coordinator with no actor of its own (grammar class `clause_coordinator`) goes on with
    the actor of the verb before; the list found first when walking back (k) is that verb's object, not the
    subject. Returns the verb (a trigger in `starts` whose object the list is), else None. A control verb's object
    acts in turn ("kêu gọi A ngừng bắn, đồng thời rút quân"), unless the new clause is a request or accusation."""
    g = grammar()
    if not _opens_coordinated_clause_after(syls, slots, k, trig):
        return None
    first = k
    while first > 1 and syls[first - 1].low in g.list_joiners and slots[first - 2]:
        first = _mention_edge(slots, first - 2, backwards=True)
    j = first - 1
    if j >= 0 and syls[j].low in g.honorifics:
        j -= 1
    speech = relations_with("verbal_request") | relations_with("complement_target")
    found = next((t for t in starts.values() if t.j == j + 1 and t.i < k
                  and (t.relation not in relations_with("control") or trig.relation in speech)), None)
    found = found if found is not None else _party_apposed_object(syls, first, trig, starts, speech)
    matrix = _accusation_over(syls, slots, found, starts) if found is not None and trig.relation in speech else None
    return matrix if matrix is not None else found


def _accusation_over(syls, slots, verb: Found, starts) -> Found | None:
    """'Pompeo cáo buộc Nga, Cuba gây ra khủng hoảng bằng cách ủng hộ ông Maduro, đồng thời kêu gọi Ấn Độ …': a
    verb inside the complement clause of an accusation (a relation with `complement_target`, its object the
    clause's subject) is not the main verb; a request or accusation that a comma and a clause coordinator join
    goes on with the accuser. Returns the accusation when the accused stand between it and `verb` with no clause
    break and no comma other than a list's, else None."""
    g = grammar()
    before = [t for t in starts.values() if t.relation in relations_with("complement_target") and t.j <= verb.i
              and t is not verb]
    if not before:
        return None
    accusation = max(before, key=lambda t: t.j)
    between = range(accusation.j, verb.i)
    if not slots[accusation.j] or any(
            syls[x].text in g.clause_breaks or syls[x].text == "," and not (slots[x - 1] and slots[x + 1])
            or x in starts and x != accusation.j for x in between):
        return None
    return accusation


def _patient_before_agent(syls, slots, at: int) -> int | None:
    """'Iran bị Mỹ trừng phạt': the mention right before the passive marker (grammar class `passive_marker`) that
    introduces the agent at `at`, the grammatical subject of the passive clause; else None."""
    if at < 2 or syls[at - 1].low not in grammar().passive_markers or not slots[at - 2]:
        return None
    return _mention_edge(slots, at - 2, backwards=True)


def _opens_clause_with(syls, slots, at: int) -> bool:
    """No actor is named between the start of the clause (the sentence, or the last comma or clause break) and the
    mention at `at`: it is the clause's first actor ("EU tuyên bố đứng cùng Ukraine trong vụ tàu Ukraine bị Nga bắt
    giữ": the passive's subject, "tàu Ukraine", is not)."""
    g = grammar()
    x = at - 1
    while x >= 0 and syls[x].text != "," and syls[x].text not in g.clause_breaks:
        if slots[x]:
            return False
        x -= 1
    return True


def _opens_coordinated_clause_after(syls, slots, k: int, trig: Found) -> bool:
    """Between the mention k and the trigger, a comma and a clause coordinator (grammar class
    `clause_coordinator`: "đồng thời", "và", "rồi") or a contrast marker (`contrast_marker`: "nhưng", "song") open
    the trigger's clause, which names no actor of its own."""
    g = grammar()
    return any(syls[x].text == "," and (_phrase_starting(syls, x + 1, g.clause_coordinators)
                                        or _phrase_starting(syls, x + 1, g.contrast_markers))
               and not any(slots[y] for y in range(x + 1, trig.i)) for x in range(k + 1, trig.i))


def _party_apposed_object(syls, first: int, trig: Found, starts, speech) -> Found | None:
    """'Trung Quốc hối thúc Canada thả bà Meng Wanzhou - giám đốc tài chính công ty Huawei, và yêu cầu Mỹ …': the
    list found walking back from a verb whose clause a comma and a clause coordinator open lies further inside the
    object of an earlier verb (an apposition, a title, an owner after "của" between), with no clause opening
    between: it describes that object and is no subject of the coordinated clause (helper h13-g). Returns that
    verb, as `_bound_shared_clause_verb` does (for a request or accusation, the latest such verb before: "hối thúc
    Canada thả bà X …, và yêu cầu Mỹ" goes on with the urger); a control verb's object still acts unless the new
    clause speaks."""
    before = [t for t in starts.values() if t.j <= first and t.i < first
              and (trig.relation not in speech or t.relation in speech)]  # a request goes on with the requester
    if not before:
        return None
    verb = max(before, key=lambda t: t.j)
    if verb.relation in relations_with("control") and trig.relation not in speech:
        return None
    if any(_starts_clause(syls, x) or syls[x].text in grammar().clause_breaks for x in range(verb.j, first)):
        return None
    return verb


def _bound_same_noun(trig: Found, inner: Found) -> bool:
    """'cuộc họp thượng đỉnh': two meeting words of one relation, neither a mediation, name one meeting."""
    return (inner.relation == trig.relation and inner.needs is None
            and not any((t.cameo or "").startswith(MEDIATION_CODE) for t in (trig, inner)))


def _bound_people_over_states(actors: tuple, same_side) -> tuple:
    """One side of a mutual event that lists a state and a person acting for it ("người đồng cấp Hàn Quốc và Nhật
    Bản, Song Young-moo và Itsunori Onodera", "Triều Tiên và nhà lãnh đạo Kim Jong-un") names one party each: the
    person, the more specific (the annotation has the country among the person's alt names)."""
    people = [a for a in actors if _is_person(a)]
    return tuple(a for a in actors if not any(_bound_own_leader(same_side, p, a) for p in people if p != a))


def _bound_time_zone(syls, k: int) -> bool:
    """'16h53 giờ Việt Nam', '(giờ Hà Nội)', 'theo giờ Moskva': a time zone named after a country or capital is a
    clock, not a participant (grammar classes `time_zone_noun` and `time_zone_lead`: the word before the noun is
    a number, a bracket or a lead such as "theo"; "bây giờ Nga …" keeps Nga)."""
    g = grammar()
    noun = _phrase_before(syls, k, g.phrases("time_zone_noun"))
    if noun is None:
        return False
    at = k - len(noun)
    if at == 0:
        return False
    before = syls[at - 1]
    return (not before.text[:1].isalpha() or any(c.isdigit() for c in before.text)
            or _phrase_before(syls, at, g.phrases("time_zone_lead")) is not None)


def _placed_dyad(syls, k: int) -> bool:
    """'cuộc gặp tại biên giới liên Triều', 'ở vùng biên giới Nga - Trung': a pair after a place noun that itself
    follows a place preposition names where something happens, not who takes part (a pair after a topic noun,
    "vấn đề hạt nhân Mỹ - Triều", or after a bare place noun, "đàm phán biên giới Trung - Ấn", still may)."""
    g = grammar()
    window = range(max(0, k - 5), k)
    if any(_phrase_starting(syls, x, g.meeting_nouns) for x in window):
        return False  # "Tại hội nghị thượng đỉnh liên Triều …": a meeting named after its parties
    return _after_place_noun(syls, k) and any(
        syls[x].low in g.place_preps and syls[x].word_start and syls[x].word_end for x in window)


def _venue_noun(syls, trig: Found) -> bool:
    """'A và B không gặp nhau tại hội nghị ở Antalya', 'A và B phát biểu tại hội nghị thượng đỉnh': a forum's
    meeting noun (grammar class `meeting_noun`) right after "tại"/"ở" (class `venue_prep`; a nominaliser
    between) is where the subjects' act happens; they do not hold it with each other."""
    g = grammar()
    if tuple(s.low for s in syls[trig.i : trig.j]) not in g.meeting_nouns:
        return False  # "tại cuộc gặp", "trong cuộc hội đàm": their own talks, still held with each other
    k = trig.i - 1
    if k >= 0 and syls[k].low in g.nominalisers:
        k -= 1
    return k >= 0 and syls[k].low in g.venue_preps and syls[k].word_start and syls[k].word_end


def _envoy_before(syls, k: int) -> int:
    """Where a declared envoy's noun phrase starts when one (grammar class `declared_envoy`, a count or determiner
    before it) stands right before the country at k ("tuyên bố hai nhà ngoại giao Mỹ là người không được hoan
    nghênh": the envoys are declared, and through them their state); else k."""
    g = grammar()
    for noun in g.declared_envoys:
        start = k - len(noun)
        if start >= 0 and tuple(s.low for s in syls[start:k]) == noun:
            while start > 0 and (syls[start - 1].text[:1].isdigit() or syls[start - 1].low in g.duration_counts
                                 or syls[start - 1].low in g.claim_quantifiers or syls[start - 1].low in g.light_nouns):
                start -= 1
            return start
    return k


def _all_people(slots, k: int) -> bool:
    return bool(slots[k]) and all(_is_person(m.actor_id) for m in slots[k])


def _missing(subjects, objects, trig: Found) -> str:
    if trig.needs == ARRIVAL:
        return "an arrival verb is a visit only as a person's arrival in a country named right after it"
    if trig.needs == LEGITIMACY:
        return "a legitimacy word codes only as 'A declares X (to be) … legitimate'"
    if trig.needs == LABEL:
        return "a reproach label codes only as 'A calls X …'"
    if trig.needs == BLAME:
        return "a responsibility phrase codes only as 'A declares X responsible'"
    if trig.needs == OBLIGATION:
        return "a modal codes only as 'A says X must/should …'"
    if trig.needs == OWNER_ONLY:
        return "a measure noun codes only with its owner right after it and a recipient"  # 'lệnh cấm của A đối với X'
    if trig.needs == _DEAL_BODY:
        return "a joining verb codes only toward the body it names right after it or the owner of what is joined"
    if trig.needs == "between" and not subjects:
        g = grammar()
        return f"'{trig.relation}' trigger needs '{g.between} A {g.conjunction} B' after it"
    if not subjects and not objects:
        return "no actor before the trigger and no recipient after it"
    if not subjects:
        return "no actor before the trigger (in this clause)"
    return "no recipient after the trigger (in this clause) and the actors are not coordinated"


def _phrase_at(syls, k: int, phrase: tuple[str, ...], limit: int) -> bool:
    """syls[k:] begins with `phrase` (lower-cased) without reaching `limit`."""
    n = len(phrase)
    return k + n <= limit and all(syls[k + x].low == phrase[x] for x in range(1, n))


def _crossed(syls, start: int) -> bool:
    """'phong tỏa tuyến đường qua biên giới với Colombia': a place noun right after a crossing preposition (grammar
    class `crossing_prep`) is a way through the place; a name after its "với" is the neighbour, a place too."""
    return start > 0 and syls[start - 1].low in grammar().crossing_preps


DISTANCE_LEAD = 6  # syllables from a distance marker ("cách") to the reference it measures from ("cách vịnh Subic của X")
DISTANCE_TAIL = 3  # syllables from the reference to the distance ("… của X khoảng 92 km")


def _distance_reference(syls, k: int, edge: int) -> bool:
    """'bị thu giữ ở vùng biển cách vịnh Subic của Philippines khoảng 92 km', 'cách biên giới Triều Tiên 50 km': a
    mention between a distance marker (grammar class `distance_marker`: "cách") and a number with a distance unit
    (class `distance_unit`: "km", "hải lý" …; quantity words between) is the point the distance is measured from, a
    place, not a party."""
    g = grammar()
    lead = None
    for x in range(k - 1, max(-1, k - 1 - DISTANCE_LEAD), -1):
        if not syls[x].text[:1].isalnum():
            return False
        if syls[x].low in g.distance_markers and syls[x].word_start and syls[x].word_end:
            lead = x
            break
    if lead is None:
        return False
    y = edge + 1
    while y < len(syls) and y - edge <= DISTANCE_TAIL and syls[y].low in g.quantity_words:
        y += 1
    if y >= len(syls) or not syls[y].text[:1].isdigit():
        return False
    glued = syls[y].low.lstrip("0123456789.,")  # "92km"
    return any(glued == " ".join(u) for u in g.distance_units) or _phrase_starting(syls, y + 1, g.distance_units) is not None


def _after_place_noun(syls, k: int) -> bool:
    """A place noun among the four syllables before k, as a whole word ('báo' in 'thông báo' is not one), with no
    punctuation between ("Trước tình hình này, Ukraine …": Ukraine opens a clause, it is not the topic)."""
    first = max(0, k - 4)
    for x in range(k - 1, first - 1, -1):
        if not syls[x].text[:1].isalnum():
            first = x + 1
            break
    g = grammar()
    if first < k and syls[k - 1].low in g.compass_words and syls[k - 1].text.islower():
        return True  # "tại đông Ukraine": a region ("Nam Phi", capitalised, is a name)
    for start in range(first, k):
        for noun in g.place_nouns_by_first.get(syls[start].low, ()):
            if noun in g.example_markers and _group_noun_phrase(syls, None, start) is not None:
                continue  # "các nước như Cuba và Nga": members of a group of actors, not a forum's name
            if _phrase_joiner(syls, start + len(noun) - 1, -1):
                continue  # "Armenia cũng như Azerbaijan": the end of a joiner, not an example marker
            if _phrase_at(syls, start, noun, k) and (
                    len(noun) > 1 or (syls[start].word_start and syls[start].word_end)) and not any(
                    s.low in g.relative_markers or s.low in g.passive_markers or s.low == g.between
                    or (s.low == g.possessive and noun not in g.topic_nouns)
                    or (s.low in g.partner_preps and noun not in g.topic_nouns and not _crossed(syls, start))
                    or (s.low,) in g.condition_markers  # "Hiệp ước INF nếu Nga …": the condition's actor
                    for s in syls[start + len(noun):k]):
                # "hiệp định mà Ai Cập và Israel ký": a relative clause's agents; "hiệp định giữa A và B": its
                # parties; "máy bay không người lái của Mỹ": the owner, not the noun's name; "cuộc gặp thượng
                # đỉnh với X": the partner ("đóng cửa biên giới với X" too; "tuyến đường qua biên giới với X" not)
                return True
    return False


KIN_REACH = 6  # syllables from a kin noun to the name of the relative it is counted from


def _after_kin_noun(syls, k: int, is_trigger=None) -> bool:
    """'con gái nhà sáng lập Huawei Nhậm Chính Phi', 'em gái nhà lãnh đạo Kim Jong-un', 'vợ cựu Tổng thống Zimbabwe':
    the person meant is the relative (grammar class `kin_noun`), not the name or country that follows."""
    g = grammar()
    for start in range(k - 1, max(-1, k - 1 - KIN_REACH), -1):
        if not syls[start].text[:1].isalnum():
            return False
        if syls[start].low not in g.kin_firsts:
            continue  # most syllables open no kin noun
        noun = _phrase_starting(syls, start, g.kin_nouns)
        if noun is not None and start + len(noun) <= k and _word_aligned(syls, start, len(noun)):
            return not any(_opens_predicate(syls, x, is_trigger) for x in range(start + len(noun), k))
    return False


def _opens_predicate(syls, x: int, is_trigger) -> bool:
    """'Tổng thống Trump và phu nhân (đã) thăm Nhật Bản': an adverb, a preposition or a trigger after the kin noun
    makes it a subject of its own, not the relative of the name after it."""
    g = grammar()
    low = syls[x].low
    return (low in g.clause_adverbs or low in g.passive_markers or low in g.object_preps or low in g.place_preps
            or (is_trigger is not None and is_trigger(x)))


def _after_city(syls, slots, k, is_trigger=None) -> bool:
    """'Sochi, Nga', 'Hamburg, Đức': a country right after a comma and an unknown proper name is a place; not when
    the city closes a fronted place phrase and the country goes on into a predicate ("Tại Geneva, Mỹ lên án …")."""
    g = grammar()
    if _subject_after_fronted_place(syls, slots, k, is_trigger):
        return False
    return (k >= 2 and syls[k - 1].text == "," and not slots[k - 2] and syls[k - 2].text[:1].isupper()
            and (k < 3 or not syls[k - 3].text[:1].isupper() or syls[k - 3].low in g.place_preps
                 or _placed_name_before(syls, slots, k - 2))
            and not (k >= 3 and syls[k - 3].low in g.calendar_nouns)  # "Hồi tháng Ba, Trung Quốc …": a date
            and not _ends_fronted_phrase(syls, k - 1)  # "Giống như Mỹ, Nhật Bản …": the clause's subject
            and not _members_unnamed_group_before(syls, k - 2))  # "nhiều nước châu Âu, Nga và Trung Quốc …"


def _subject_after_fronted_place(syls, slots, k: int, is_trigger) -> bool:
    """'Tại Geneva, Mỹ lên án Nga', 'Ở thủ đô Kiev, Ukraine đã cáo buộc …', 'Trước đó, tại Geneva, Mỹ và Nga sẽ …':
    the comma before the mention at k closes a place phrase that opens the clause, and the mention (with those
    joined to it) is followed by an adverb, a passive marker or a trigger: it is the clause's subject, not the
    country of the city before it ("tại Sochi, Nga." and "Tại Hamburg, Đức, …" stay places)."""
    if k < 2 or syls[k - 1].text != ",":
        return False
    opening = _fronted_segment_start(syls, slots, k - 1)
    if opening is None or syls[opening].low not in grammar().place_preps:
        return False
    edge = _mention_edge(slots, k, backwards=False)
    if edge + 1 < len(syls) and syls[edge + 1].text == ",":
        return False  # "Tại Hamburg, Đức, Mỹ và Nga …": the city's country, then the subjects
    nxt = _list_end(syls, slots, k) + 1
    if nxt >= len(syls):
        return False
    g = grammar()
    low = syls[nxt].low
    return low in g.clause_adverbs or low in g.passive_markers or (is_trigger is not None and is_trigger(nxt))


MEMBERS_REGION_REACH = 4  # syllables of a region after an actor group noun ("nước châu Âu", "quốc gia Mỹ Latin")


def _members_unnamed_group_before(syls, last: int) -> bool:
    """'nhiều nước châu Âu, Nga, Trung Quốc …': the capitalised name ending at `last` closes an unnamed plural group
    of actors (a `list_closer` and an `actor_group_noun`, then a region of a few words): the comma after it joins a
    list of actors, it does not locate a city in the country after it."""
    g = grammar()
    for start in range(last, max(-1, last - MEMBERS_REGION_REACH - 1), -1):
        if not syls[start].text[:1].isalpha():
            return False
        for noun in g.actor_group_nouns:
            at = start - len(noun)
            if at >= 1 and tuple(s.low for s in syls[at:start]) == noun and _phrase_before(syls, at, g.list_closers):
                return True
    return False


CITY_NAME_MAX = 4  # syllables of an unknown city's name ("The Hague", "Rio de Janeiro")


def _placed_name_before(syls, slots, last: int) -> bool:
    """'tại The Hague, Hà Lan': an unknown name of several capitalised syllables ending at `last` that a place
    preposition opens is a city, so the country after its comma locates it."""
    g = grammar()
    x = last
    while x > 0 and last - x < CITY_NAME_MAX and not slots[x - 1] and syls[x - 1].text[:1].isupper():
        x -= 1
    return x < last and x > 0 and syls[x - 1].low in g.place_preps


def _talks_place_apposition(syls, slots, k: int, edge: int, place_end: int) -> bool:
    """'cuộc gặp ở thủ đô Helsinki – Phần Lan', 'hội đàm tại Hà Nội, Việt Nam.': a country named right after a
    place just dropped and a dash (or a comma, when the country closes the phrase: punctuation follows) is the
    place's country, not a party of the meeting held there."""
    if k < 2 or not slots[k] or not all(_is_country_name(m) for m in slots[k]):
        return False
    mark = syls[k - 1].text
    if place_end != k - 2:
        # "ở thủ đô Helsinki – Phần Lan": an unknown capitalised name that a place preposition or a place noun
        # opens, then a dash (a comma is `_after_city`'s)
        return (mark in DYAD_MARKS and not slots[k - 2] and syls[k - 2].text[:1].isupper()
                and (_placed_name_before(syls, slots, k - 2) or _after_place_noun(syls, k - 1)))
    if mark in DYAD_MARKS:
        return True
    return mark == "," and (edge + 1 >= len(syls) or not syls[edge + 1].text[:1].isalnum())


def _city_country(syls, slots, k: int, edge: int) -> bool:
    """'Sochi (Nga)', 'British Columbia (Canada)': a country in brackets after an unknown proper name locates it."""
    return (k >= 2 and syls[k - 1].text == "(" and edge + 1 < len(syls) and syls[edge + 1].text == ")"
            and not slots[k - 2] and syls[k - 2].text[:1].isupper() and all(_is_country_name(m) for m in slots[k]))


def _starts_clause(syls, k) -> bool:
    g = grammar()
    low = syls[k].low
    markers = g.clause_markers_by_first.get(low)
    if not markers:
        return False  # most syllables: no marker starts with them
    if _phrase_starting(syls, k, g.target_phrases):
        return False  # "nhằm vào X" introduces the target
    if low in g.object_preps and k + 1 < len(syls) and _phrase_starting(syls, k + 1, g.list_closers):
        return False  # "không kích nhằm các mục tiêu của IS": a plural noun, not a purpose clause's verb, follows
    return any(_phrase_at(syls, k, m, len(syls)) and _word_aligned(syls, k, len(m)) for m in markers)


def _opens_clause_at(syls, slots, k: int) -> bool:
    """'lo ngại Hezbollah sẽ biến …': an aspect or possibility word right after the mention k makes it a subject."""
    e = k
    while e + 1 < len(syls) and slots[e + 1] and not _head(slots, e + 1):
        e += 1
    g = grammar()
    return e + 1 < len(syls) and (syls[e + 1].low in g.clause_adverbs
                                  or _phrase_starting(syls, e + 1, g.possibility_markers) is not None)


def _after_clause_marker(syls, i: int) -> bool:
    """A clause marker ends right before syllable i ("để tấn công", "sau khi gặp")."""
    for x in (i - 1, i - 2):
        marker = _phrase_starting(syls, x, grammar().clause_markers) if x >= 0 else None
        if marker is not None and x + len(marker) == i and _starts_clause(syls, x):
            return True
    return False


def _arrival_gap(syls, start: int, end: int) -> bool:
    """Only adverbs, date words and numbers stand between a traveller and the arrival verb."""
    gap = grammar().arrival_gap
    k = start
    while k < end:
        if syls[k].text[:1].isdigit() or syls[k].text in DATE_PUNCTUATION:
            k += 1
            continue
        phrase = next((p for p in gap if p[0] == syls[k].low and _phrase_at(syls, k, p, end)), None)
        if phrase is None:
            return False
        k += len(phrase)
    return True


def _hosts_mission(syls, k: int, slots=None) -> bool:
    """'đóng cửa đại sứ quán tại Iran': the country after 'tại' hosts the mission named right before it; so it
    does when the mission is named with its own country ('triệu hồi đại sứ Pháp tại Italy')."""
    g = grammar()
    if _phrase_before(syls, k - 1, g.mission_nouns) is not None:
        return True
    if slots is None or k < 2 or not slots[k - 2]:
        return False
    start = _mention_edge(slots, k - 2, backwards=True)
    return (_phrase_starting(syls, start, g.mission_nouns) is not None
            or _phrase_before(syls, start, g.mission_nouns) is not None)


def _coordinated_predicates(syls, slots, first: Found, second: Found) -> bool:
    """'A V1 X và V2 Y': the second verb follows the first one's object and "và", so it shares the first's actor."""
    g = grammar()
    between = range(first.j, second.i - 1)
    if second.i - first.j < 2 or syls[second.i - 1].low != g.conjunction or not any(slots[k] for k in between):
        return False
    return not any(syls[k].text in g.clause_breaks or syls[k].text == "," or syls[k].low == g.conjunction
                   or _starts_clause(syls, k) for k in between)


def _adverbial_of(syls, slots, first: Found, second: Found) -> bool:
    """'A V1 … khi V2 Y' with no actor and no comma between the verbs: V2's clause has no subject of its own."""
    g = grammar()
    k = second.i
    while k > first.j and syls[k - 1].low in g.clause_adverbs:
        k -= 1
    between = range(first.j, k - 1)
    return (k - 1 >= first.j and syls[k - 1].low in g.shared_subject_markers
            and not any(slots[x] or syls[x].text in g.clause_breaks or syls[x].text == "," for x in between))


def _adverbial_after_object(syls, slots, first: Found, second: Found) -> bool:
    """'Australia ủng hộ Anh khi tuyên bố trục xuất hai nhà ngoại giao Nga': after the first verb's object, a
    subjectless "khi" clause (grammar class `shared_subject_marker`) that opens with a speech verb (adverbs aside)
    is the first verb's actor's announcement, so it shares that actor: only the object's names and joiners stand
    between the first verb and the marker. Without the speech verb who acts is unclear ("Mỹ trừng phạt Nga khi tấn
    công Ukraine")."""
    g = grammar()
    k = second.i
    while k > first.j and syls[k - 1].low in g.clause_adverbs:
        k -= 1
    speech = _phrase_before(syls, k, g.speech_verbs)
    if speech is None or k - len(speech) <= first.j:
        return False
    k -= len(speech)
    while k > first.j and syls[k - 1].low in g.clause_adverbs:
        k -= 1
    if k - 1 <= first.j or syls[k - 1].low not in g.shared_subject_markers:
        return False
    between = range(first.j, k - 1)
    return any(slots[x] for x in between) and all(slots[x] or syls[x].low in g.joiners for x in between)


def _opens_coordinated_clause(syls, slots, k: int) -> bool:
    """Whether the mention at k, after "và", is followed by an adverb that starts its own predicate."""
    after = _mention_edge(slots, k, backwards=False) + 1
    return after < len(syls) and syls[after].low in grammar().clause_adverbs




def _clause_start(syls, end: int) -> int:
    """The first syllable of the clause that `end` closes: after the last clause break or comma before it."""
    g = grammar()
    return next((x + 1 for x in range(end - 1, -1, -1) if syls[x].text in g.clause_breaks or syls[x].text == ","), 0)


def _clause_end(syls, start: int, limit: int | None = None) -> int:
    """The first syllable from `start` (before `limit`) that ends the clause: a clause break or a comma."""
    g = grammar()
    end = len(syls) if limit is None else min(len(syls), limit)
    return next((x for x in range(start, end) if syls[x].text in g.clause_breaks or syls[x].text == ","), end)


def _phrase_starting(syls, k: int, phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The phrase of `phrases` that starts at syllable k, if any (none past the sentence's end): the first, in
    their order, of those that begin with syllable k's word."""
    if k >= len(syls):
        return None
    # _by_first_syllable written out: this is the hottest lookup of the rules (a call saved per syllable tested)
    starting = (phrases.by_first if type(phrases) is Phrases else _grouped_by(phrases, 0)).get(syls[k].low)
    if starting is None:
        return None  # most syllables start none of the phrases
    return next((p for p in starting if _phrase_at(syls, k, p, len(syls))), None)


def _by_first_syllable(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """`phrases` grouped by first syllable, each group in the phrases' order (read-only): a grammar class
    (kg.grammar.Phrases) keeps its own index; any other tuple is grouped once, by a cache keyed on its contents."""
    return phrases.by_first if type(phrases) is Phrases else _grouped_by(phrases, 0)


@lru_cache(maxsize=256)
def _grouped_by(phrases: tuple[tuple[str, ...], ...], at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    return Phrases(phrases).by_first if at == 0 else Phrases(phrases).by_last


def _after_vehicle(syls, k: int) -> bool:
    """A craft noun (grammar class `vehicle_noun`) ends right before syllable k ("tàu | tuần tra")."""
    g = grammar()
    return k > 0 and syls[k - 1].low in g.vehicle_noun_ends and _phrase_before(syls, k, g.vehicle_nouns) is not None


def _unnamed_reported_subject(syls, at: int, marker: int) -> bool:
    """Between the mention at `at` and the passive marker stand a declaring or speech verb and then a word that is
    neither an adverb nor a complementiser ("Ryabkov khẳng định tên lửa 9M729 bị Mỹ cáo buộc …"): the reported clause
    has an unnamed subject of its own, which undergoes the act; the speaker does not ("Iran khẳng định đã bị …" does)."""
    g = grammar()
    verbs = g.declare_verbs + g.speech_verbs
    ends = [x for x in range(at + 1, marker + 1) if _phrase_before(syls, x, verbs)]
    return bool(ends) and any(syls[y].low not in g.clause_adverbs and syls[y].low not in g.complementisers
                              and (syls[y].low,) not in g.negation for y in range(ends[-1], marker))


def _party_reported_noun_subject(syls, at: int, marker: int) -> bool:
    """'Zakharova nói tình trạng thiết quân luật được Ukraine áp đặt …', 'Peskov cho biết các biện pháp được Mỹ áp
    đặt …': a speech or declaring verb between the speaker at `at` and the passive marker, then (complementisers
    aside) a lower-case noun that opens the reported clause: that noun undergoes the act, not the speaker (helper
    h13-g). A pronoun, an honorific, an adverb or a negation there ("khẳng định không từ chức dù ông đang bị …",
    "cho biết đã bị …") leaves the speaker, and so does a clause opening between."""
    g = grammar()
    verbs = g.declare_verbs + g.speech_verbs
    ends = [x for x in range(at + 1, marker + 1) if _phrase_before(syls, x, verbs)]
    if not ends:
        return False
    y = ends[-1]
    while y < marker and syls[y].low in g.complementisers:
        y += 1
    if y >= marker or any(_starts_clause(syls, x) for x in range(y, marker)):
        return False
    first = syls[y]
    return (first.text[:1].islower() and first.low not in g.clause_adverbs and (first.low,) not in g.negation
            and first.low not in g.pronouns and first.low not in g.honorifics)


def _claim_owner_before(syls, slots, k: int) -> list[str]:
    """The owner of a claim noun ending right before syllable k ("cáo buộc của Mỹ | cho rằng …", "những lời cáo buộc
    từ Washington | cho rằng …"): who makes the claim whose content a declaring verb at k opens; [] if none."""
    g = grammar()
    if k < 3 or not slots[k - 1]:
        return []
    head = _mention_edge(slots, k - 1, backwards=True)
    marker = head - 1 if syls[head - 1].low in g.honorifics else head
    if marker < 2 or syls[marker - 1].low not in g.agent_markers - g.relative_markers:
        return []
    return _group(syls, slots, head, backwards=False) if _phrase_before(syls, marker - 1, g.claim_nouns) else []


LABEL_GAP = 4  # syllables between the copula of a naming clause and a trigger in the name it gives



EVALUATED_ACT_REACH = 22  # syllables from the act's noun to its evaluation ("việc Mỹ áp thuế 10% với 300 tỷ USD …")
EVALUATOR_GAP = 5  # syllables of a place or time adjunct between a speech verb and its complementiser


def _evaluation_anchor(syls, slots, trig: Found) -> int | None:
    """Where the evaluation of an act starts: the copula right before the trigger (lower-case words and quotation
    marks between, no actor), or the quotation mark that opens it ('việc Mỹ áp thuế … "không mang tính xây dựng"')."""
    g = grammar()
    for k in range(trig.i - 1, max(-1, trig.i - LEGITIMACY_REACH), -1):
        if slots[k] or syls[k].text == "," or syls[k].text in g.clause_breaks:
            return None
        if syls[k].low == g.copula:
            return k
        if syls[k].text in QUOTE_MARKS:  # '… “hoàn toàn sai trái”': adverbs inside the quotation
            return k - 1 if k > 0 and syls[k - 1].low == g.copula else k
    return None


def _evaluator_verb(syls, slots, k: int) -> tuple[int, int] | None:
    """The span of the verb of saying or judging whose complement opens at syllable k: right before it, or before a
    comma or complementiser before it ("phát biểu, việc …", "nói rằng việc …"); with a complementiser, a short
    adjunct with no actor but a place may stand between ("nói tại Bangkok rằng …")."""
    g = grammar()
    verbs = g.label_verbs + g.declare_verbs + g.speech_verbs
    verb = _phrase_before(syls, k, verbs)  # "cho rằng việc …": the complementiser ends the verb itself
    if verb is not None:
        return k - len(verb), k
    end = k - 1 if k > 0 and (syls[k - 1].text == "," or syls[k - 1].low in g.complementisers) else k
    verb = _phrase_before(syls, end, verbs)
    if verb is not None:
        return end - len(verb), end
    if end == k:
        return None
    for x in range(end - 1, max(0, end - 1 - EVALUATOR_GAP), -1):
        if syls[x].text == "," or syls[x].text in g.clause_breaks:
            return None
        verb = _phrase_before(syls, x, verbs)
        if verb is not None and syls[x].low in g.place_preps:
            return x - len(verb), x
    return None


def _act_owners(syls, slots, k: int, anchor: int) -> list[str]:
    """Who does the act whose noun opens at syllable k: the actor(s) right after a nominaliser ("việc Triều Tiên
    phóng …"), or after "của" within a few lower-case words ("hành động của Moskva"); [] when the act is
    undergone ("việc X bị …") or no actor is named before the evaluation."""
    g = grammar()
    x = k + 1
    while x < anchor and not slots[x] and syls[x].text[:1].islower() and x - k <= OWNED_EVENT_REACH:
        x += 1
    if x >= anchor or not slots[x] or x > k + 1 and syls[x - 1].low != g.possessive:
        return _owned_noun_owner(syls, slots, k, anchor)
    return [] if _undergone(syls, slots, x) else _group(syls, slots, x, backwards=False)


def _owned_noun_owner(syls, slots, k: int, anchor: int) -> list[str]:
    """'gọi ý tưởng đưa quân vào Colombia của ông Trump là …': an act noun (class `owned_act_noun`, not a bare
    nominaliser) names its owner after the "của" that ends its phrase, past the places and partners the act is
    about; a "của" after a place noun names a place ("lãnh thổ của X"). [] at a comma or clause break."""
    g = grammar()
    if _phrase_starting(syls, k, g.owned_act_nouns) is None:
        return []
    for m in range(k + 1, anchor - 1):
        if syls[m].text == "," or syls[m].text in g.clause_breaks:
            return []
        at = m + 1 + (syls[m + 1].low in g.honorifics)
        if syls[m].low == g.possessive and at < anchor and slots[at] and _phrase_before(
                syls, m, g.place_nouns) is None:
            return _group(syls, slots, at, backwards=False)
    return []


REFUSAL_OWN_FRAMES = frozenset({"nominal_of", "faced_objection"})  # frames that read an objection's owner after it


def _refusal_misread(syls, trig: Found, rule: str | None) -> bool:
    """An objection followed (gap words aside: grammar class `refusal_gap`) by "của"/"từ phía" and its owner: a
    reading that takes the actors before it as the objectors and the owner as the object is wrong ("cuộc gặp giữa A
    và B … do sự phản đối của Thủ tướng nước chủ nhà C"), and so is any reading of one named as the cause of another
    event (class `refusal_cause`: "do", "vì", "bởi"): what its owner objects to is that event, no actor (helper p13a)."""
    g = grammar()
    gap = g.syllables("refusal_gap")
    k = trig.j
    while k < len(syls) and k - trig.j < REFUSAL_GAP_REACH and syls[k].low in gap:
        k += 1
    owned = k < len(syls) and (syls[k].low == g.possessive
                                or _phrase_starting(syls, k, g.agent_marker_pairs) is not None)
    if not owned:
        return False
    if rule not in REFUSAL_OWN_FRAMES:
        return True
    x = trig.i
    while x > 0 and syls[x - 1].low in gap:
        x -= 1
    return _phrase_before(syls, x, g.phrases("refusal_cause")) is not None


REFUSAL_GAP_REACH = 4  # gap words between an objection and the "của" of its owner


def _refusal_claimed_act(syls, slots, k: int, anchor: int) -> bool:
    """The act whose nominaliser is at k is its owners' claim: "việc Mỹ cáo buộc Nga …" (a `claim_verb` right after
    the owners, clause adverbs between), so an evaluation of it as baseless rejects the claimant (helper p13a)."""
    g = grammar()
    x = k + 1
    while x < anchor and not slots[x] and syls[x].text[:1].islower() and x - k <= OWNED_EVENT_REACH:
        x += 1
    if x >= anchor or not slots[x]:
        return False
    end = _list_end(syls, slots, x) + 1
    while end < anchor and syls[end].low in g.clause_adverbs:
        end += 1
    return end < anchor and _phrase_starting(syls, end, g.phrases("claim_verb")) is not None


def _undergone(syls, slots, x: int) -> bool:
    """The mention at x is followed by a passive marker: "việc Syria bị tấn công" is done to Syria."""
    return _undergoes(syls, _mention_edge(slots, x, backwards=False) + 1)


def _labeller_end(syls, slots, copula: int) -> int | None:
    """Where the actor who labels ends, right before a labelling verb and the copula at `copula` ("A coi X là …",
    "điều A gọi là …"), or None when no actor stands there."""
    verb = _phrase_before(syls, copula, grammar().label_verbs)
    end = copula - len(verb) - 1 if verb else -1
    return end if end >= 0 and slots[end] else None

def _named_by_label(syls, slots, trig: Found) -> bool:
    """'…, điều (mà) Thủ tướng Anh Theresa May gọi là "vụ trục xuất … lớn nhất"', 'việc LHQ mô tả là cuộc đàn áp':
    the trigger stands in the name a clause opened by a referent (grammar class `label_referent`) and closed by a
    label verb and the copula gives an act told before; the namer in that clause is not the act's actor."""
    g = grammar()
    k = trig.i - 1
    while k >= 0 and trig.i - k <= LABEL_GAP and syls[k].low != g.copula:
        if syls[k].text in g.clause_breaks or syls[k].text == "," or slots[k]:
            return False
        k -= 1
    if k < 1 or syls[k].low != g.copula:
        return False
    namer = _labeller_end(syls, slots, k)
    if namer is None:
        return False
    y = _mention_edge(slots, namer, backwards=True)
    y -= 1 if y > 0 and syls[y - 1].low in g.honorifics else 0
    y -= 1 if y > 0 and syls[y - 1].low in g.relative_markers else 0
    return _phrase_before(syls, y, g.label_referents) is not None


def _phrase_before(syls, k: int, phrases) -> tuple[str, ...] | None:
    """The first of `phrases` that ends right before syllable k."""
    if k < 1:
        return None
    # the phrases ending with that syllable: a grammar class keeps them (kg.grammar.Phrases), another tuple is grouped once
    ending = (phrases.by_last if type(phrases) is Phrases else _grouped_by(phrases, -1)).get(syls[k - 1].low)
    if ending is None:
        return None  # most syllables end none of the phrases: no tuple is built for them
    return next((p for p in ending if len(p) <= k and tuple([s.low for s in syls[k - len(p) : k]]) == p), None)


REPORTED_GAP = 6  # lower-case syllables after "cho biết," beyond which the reported clause has a subject of its own


def _reported_clause_subject(syls, k: int, trig: Found) -> bool:
    """k is the comma or complementiser after a speech verb ("cho hay,", "cho biết rằng") and more than a few
    words stand between it and the trigger: they hold the reported clause's own (unnamed) subject."""
    g = grammar()
    return ((syls[k].text == "," or syls[k].low in g.complementisers) and _after_speech_verb(syls, k)
            and trig.i - k - 1 > REPORTED_GAP)


def _after_speech_verb(syls, k: int) -> bool:
    return _phrase_before(syls, k, grammar().speech_verbs) is not None


def _fronted_clause_subject(syls, slots, trig: Found) -> tuple[list[str], int | None]:
    """'Sau khi hội đàm với B, A tuyên bố …', 'Trước khi gặp B, A …': a time clause that opens the sentence
    (grammar class `fronted_time_clause`) whose first verb (adverbs aside) is the trigger shares the main clause's
    actor, named within MAIN_ACTOR_REACH syllables after the comma that closes the clause. A verb coordinated
    with the trigger ("Sau khi trao đổi với B và gặp C, A …") reaches it through the carried subject."""
    g = grammar()
    start = next((k for k in range(len(syls)) if syls[k].text[:1].isalnum()), None)
    marker = _phrase_starting(syls, start, g.fronted_time_clauses) if start is not None else None
    if marker is None or start + len(marker) > trig.i or any(slots[start : trig.i]):
        return [], None
    verb = start + len(marker)
    while verb < trig.i and syls[verb].low in g.clause_adverbs:
        verb += 1
    if verb != trig.i:
        return [], None  # "Khi được hỏi về việc Mỹ hỗ trợ …": the trigger is not the clause's own verb
    end = _clause_end(syls, start)
    if end >= len(syls) or syls[end].text != "," or end < trig.j:
        return [], None
    for k in range(end + 1, min(len(syls), end + 1 + MAIN_ACTOR_REACH)):
        if slots[k] and _head(slots, k):
            return _group(syls, slots, k, backwards=False), k
        if not syls[k].text[:1].isalnum():
            break
    return [], None


def _session_of(syls, slots, trig: Found, o_index: int) -> bool:
    """'tại cuộc họp Hội đồng Bảo an', 'tham dự cuộc họp Liên Hợp Quốc': an organisation's own name right after a
    meeting noun (nothing between) is the body whose session it is; attending it is multilateral attendance, not
    a meeting with the body (GUIDELINES.md). A titled head ("cuộc gặp Tổng thư ký NATO") or "với" before the
    name makes a partner."""
    g = grammar()
    nominal = (any(s.low in g.nominalisers for s in syls[max(trig.i - 1, 0) : trig.i + 1])
               or _phrase_starting(syls, trig.i, g.meeting_nouns) is not None)
    # "dự hội nghị thượng đỉnh các (nước) thành viên NATO": the body's members (grammar class `forum_member_gap`)
    # hold its session just as the body does
    members = _phrase_starting(syls, trig.j, grammar().phrases("forum_member_gap"))
    gap = len(members) if members and _word_aligned(syls, trig.j, len(members)) else 0
    if not (trig.relation == "consult" and trig.mutual and nominal and o_index == trig.j + gap):
        return False
    return all(m.actor_id.partition(":")[0] == ORGANISATION_ID_PREFIX and m.via == NAMED_VIA for m in slots[o_index])

@cache
def _treaties() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each treaty name of kg/data/agreements.jsonl (its matching key) -> the treaty's sides (actor ids)."""
    with open(data_dir() / "agreements.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {low_key(name): tuple(tuple(side) for side in row["sides"]) for row in rows for name in row["names_vi"]}


@cache
def _treaty_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(key) for key in _treaties()}, reverse=True))


def _treaty_at(syls, k: int) -> tuple[tuple[str, ...], ...] | None:
    """The sides of the treaty whose name (the longest) starts at syllable k, if one does."""
    for n in _treaty_lengths():
        sides = _treaties().get(tuple(s.low for s in syls[k:k + n]))
        if sides is not None and k + n <= len(syls):
            return sides
    return None


def _is_person(actor_id: str) -> bool:
    return actor_id.partition(":")[0] == PERSON_ID_PREFIX


CONVEYED_TO = "conveyed_to_prep"  # grammar class: "sang", "tới", "cho" before where people are conveyed


def _refused_transfer(syls, trig: Found) -> bool:
    """'Nga từ chối dẫn độ công dân của mình sang Anh': a refusal whose complement is a verb that moves people
    (grammar class `conveying_verb`: "dẫn độ", "trao trả") refuses the destination, named after a `conveyed_to_prep`;
    the people conveyed, named before it, are not the ones refused (GUIDELINES.md: refusing to hand over is reject)."""
    return trig.relation == REJECT_RELATION and _phrase_starting(syls, trig.j, grammar().conveying_verbs) is not None


REJECT_RELATION = "reject"
LEGITIMACY_AFFIRMED = "support"  # the relation of a legitimacy word that, denied ("không phải là"), rejects


def _sent_to(syls, trig: Found) -> bool:
    """Whether a mention after "tới"/"sang" receives what the trigger sends: aid and bans always ("gửi viện trợ
    tới X"), a verbal act only as a noun or a thing sent ("gửi lời cảnh báo tới X", "gửi công hàm phản đối tới X",
    not "hoan nghênh … chuyến bay tới X")."""
    kind = relation_types()[trig.relation].sent_to
    if kind != "nominal":
        return kind == "always"
    g = grammar()
    return any(s.low in g.nominalisers or s.low in g.send_verbs for s in syls[max(0, trig.i - SENT_REACH) : trig.j])


def _mention_slots(syls: list[Syl], mentions: list[Mention]) -> list[list[Mention]]:
    """For each syllable, the mentions covering it (a pair reference covers with two)."""
    slots: list[list[Mention]] = [[] for _ in syls]
    if not mentions:
        return slots
    # syllables are ordered and disjoint: those inside a mention are one run, found by bisection
    starts = [s.start for s in syls]
    ends = [s.end for s in syls]
    for m in mentions:
        for k in range(bisect_left(starts, m.start), bisect_right(ends, m.end)):
            slots[k].append(m)
    return slots


TALKS_DENIAL_REACH = 8  # syllables from a denial verb to the meeting it denies ("phủ nhận việc Ngoại trưởng X gặp")
TALKS_ASIDE_REACH = 8  # syllables from an attribution aside's opening comma to its closing one


def _talks_aside_end(syls, comma: int) -> int:
    """'Trong một cuộc điện đàm với B, như AFP đưa tin, A …': after the comma at `comma`, an attribution aside (a
    word of grammar class `talks_aside_opener`: "như", "theo") closed by another comma within TALKS_ASIDE_REACH
    syllables, no clause break between; the closing comma's index, or -1."""
    g = grammar()
    if comma + 1 >= len(syls) or _phrase_starting(syls, comma + 1, g.phrases("talks_aside_opener")) is None:
        return -1
    for x in range(comma + 2, min(len(syls), comma + TALKS_ASIDE_REACH)):
        if syls[x].text in g.clause_breaks:
            return -1
        if syls[x].text == ",":
            return x
    return -1


def _list_comma(syls, slots, k) -> bool:
    """A comma between two actors, the second joined on to a further one ("Nga, Iran và Triều Tiên"), is a list's:
    it ends no phrase or clause. Not "trong chuyến thăm Qatar, Bộ trưởng Mattis cũng …": the adjunct's comma."""
    if not (0 < k < len(slots) - 1 and slots[k - 1] and slots[k + 1]):
        return False
    end = _mention_edge(slots, k + 1, backwards=False)
    return (end + 2 < len(slots) and bool(slots[end + 2])
            and (syls[end + 1].text == "," or syls[end + 1].low in grammar().joiners))


def _head(slots, k) -> bool:
    """True at the first syllable of a mention."""
    return k == 0 or not slots[k - 1] or slots[k - 1][0] is not slots[k][0]


def _prev_word(syls, slots, k) -> str:
    return syls[k - 1].low if k > 0 else ""


def _role_blocked(syls, slots, k) -> bool:
    """Mentions that are places, possessors or objects of another preposition are not agents; the named members
    of a plural group ("một số đồng minh như Anh") are. An abbreviation in brackets right after a name has that
    name's role ("Đại sứ Mỹ tại Liên Hợp Quốc (LHQ) …": the bracket is the UN's, still a place)."""
    host = _bracketed_after(syls, slots, k)
    if host is not None:
        return _role_blocked(syls, slots, host)
    prev = _prev_word(syls, slots, k)
    if _phrase_before(syls, k, grammar().place_prep_lookalikes) is not None:
        return False  # "hiện tại Pháp và Đức thúc giục …": "at present", an adverb, not the place preposition "tại"
    return (prev in grammar().not_agent_after and _examples_at(syls, slots, k) is None
            and not _owns_craft(syls, k) and not _phrase_joiner(syls, k - 1, -1))  # "Pháp cũng như Đức"


def _bracketed_after(syls, slots, k) -> int | None:
    """Where the name starts whose bracketed abbreviation is the mention at k ('Liên Hợp Quốc (LHQ)'), or None."""
    if k < 2 or syls[k - 1].text != "(" or not slots[k - 2]:
        return None
    edge = _mention_edge(slots, k, backwards=False)
    if edge + 1 >= len(syls) or syls[edge + 1].text != ")":
        return None
    return _mention_edge(slots, k - 2, backwards=True)


CRAFT_REACH = 6  # syllables from a craft noun to the "của" that names its owner


DEPLOYED_REACH = 10  # syllables of a deployed system's description ("hệ thống phòng thủ tên lửa S-400")


def _deployed_craft(syls, trig: Found, k: int) -> bool:
    """'triển khai hệ thống phòng thủ tên lửa S-400 của Nga', 'triển khai máy bay Rafale của Pháp': a craft or
    system (grammar class `vehicle_noun`) right after the trigger, with no preposition or comma before the "của"
    at k - 1, is what is deployed; the owner after "của" made or sold it ("tới vùng biển của X" names a place)."""
    g = grammar()
    if k - 1 - trig.j > DEPLOYED_REACH or _phrase_starting(syls, trig.j, g.vehicle_nouns) is None:
        return False
    return not any(syls[x].text in g.clause_breaks or syls[x].text == "," or syls[x].low in g.not_agent_after
                   or syls[x].low in g.object_preps for x in range(trig.j, k - 1))


def _owns_craft(syls, k: int) -> bool:
    """'Máy bay chiến đấu của Israel đã tấn công …', '3 tàu tấn công nhanh của Iran đã bao vây …': the owner of the
    craft (grammar class `vehicle_noun`) named before "của" is the one acting."""
    g = grammar()
    if k < 2 or syls[k - 1].low != g.possessive:
        return False
    for start in range(k - 2, max(-1, k - 2 - CRAFT_REACH), -1):
        if not syls[start].text[:1].isalnum():
            return False
        if _phrase_starting(syls, start, g.vehicle_nouns) is not None:
            return True
    return False


def _glossed_name_start(syls, slots, pos: int) -> int | None:
    """Where the name starts that a bracketed acronym at `pos` glosses, when that name qualifies a plural group noun
    ("Mỹ và các nước Liên minh châu Âu (EU)": the same actor right before the opening bracket, after "các nước"), so
    the list goes on past the group; else None. A bare glossed name keeps its own frame (a signer of a deal, …)."""
    if pos < 2 or syls[pos - 1].text != "(" or not slots[pos - 2] or not slots[pos]:
        return None
    if {m.actor_id for m in slots[pos - 2]} != {m.actor_id for m in slots[pos]}:
        return None
    start = _mention_edge(slots, pos - 2, backwards=True)
    return start if _plural_lead(syls, start) is not None else None


def _plural_lead(syls, pos: int) -> int | None:
    """Where a plural determiner and an actor group noun written right before the mention at `pos` start ("nhiều
    nước phương Tây", "các quốc gia châu Âu"), or None."""
    g = grammar()
    for noun in g.actor_group_nouns:
        at = pos - len(noun)
        if at >= 1 and tuple(s.low for s in syls[at:pos]) == noun:
            closer = _phrase_before(syls, at, g.list_closers)
            return at - len(closer) if closer else None
    return None


INCLUDED_REACH = 12  # syllables from a passive verb to "bao gồm X" that names members of its unnamed agent


def _included_after(syls, slots, start: int) -> list[str]:
    """'được hơn 50 quốc gia công nhận là tổng thống, bao gồm Mỹ': the actors an inclusion marker lists after the
    verb, within its sentence part, are members of the unnamed group that acted."""
    g = grammar()
    for x in range(start, min(len(syls), start + INCLUDED_REACH)):
        if syls[x].text in g.clause_breaks or _starts_clause(syls, x):
            return []
        members = _members_after_marker(syls, slots, x)
        if members is not None:
            return _group(syls, slots, members, backwards=False, enumerated=True)
    return []


def _examples_after(syls, slots, start: int) -> list[str]:
    """'được nhiều nước ủng hộ như Nga, Trung Quốc': an example marker right after the passive verb whose agent is
    an unnamed plural noun phrase lists that phrase's members, who acted; a comparison ("như một đối tác") lists
    no actor and gives none."""
    marker = _phrase_starting(syls, start, grammar().example_markers) if start < len(syls) else None
    first = start + len(marker) if marker else None
    if first is None or first >= len(syls) or not slots[first] or not _head(slots, first):
        return []
    return _group(syls, slots, first, backwards=False, enumerated=True)


TOPIC_AFTER_OWNER_REACH = 10  # syllables of "về cơ sở hạt nhân bí mật" between a claim's owner and the copula


def _topic_after_owner(syls, slots, held: int) -> int | None:
    """'thông tin của Israel về cơ sở hạt nhân bí mật là sai sự thật': where the topic phrase ("về" and lower-case
    words, no mention, comma or clause break) starts that stands between the owner of a claim or act and the copula;
    None when there is none or when no owned claim or act comes before it (only the owner is declared about)."""
    g = grammar()
    for x in range(held - 1, max(0, held - TOPIC_AFTER_OWNER_REACH), -1):
        if slots[x] or not syls[x].text[:1].islower():
            return None
        if syls[x].low in g.topic_preps:
            if not slots[x - 1] or _owned_event_start(syls, slots, _mention_edge(slots, x - 1, backwards=True)) is None:
                return None
            return x
    return None


def _pronoun_opens(syls, k: int) -> bool:
    """An "ông"/"bà" standing alone opens the clause of the passive marker at k, adverbs between ("Ông vẫn được …")."""
    g = grammar()
    x = k
    while x > 0 and syls[x - 1].low in g.clause_adverbs:
        x -= 1
    return (x > 0 and syls[x - 1].low in g.honorifics
            and (x == 1 or not syls[x - 2].text[:1].isalnum() or syls[x - 2].low in g.joiners))


def _described_start(syls, named: int, verbs, regime: bool = False) -> int | None:
    """'Thổ Nhĩ Kỳ coi lực lượng YPG là tổ chức khủng bố': a descriptive noun of a group (grammar class
    `descriptor_noun`) between the declaring verb and the name; where that noun starts, or None. With `regime`, a
    regime noun before a leader (`regime_noun`: 'cho rằng chính quyền Tổng thống X là …') counts too: only the
    copula frame asks for it, whose 'là' closes the declared phrase, and the possessive may join them ('gọi chính
    quyền của Maduro là bất hợp pháp')."""
    g = grammar()
    if regime and named > 0 and syls[named - 1].low == g.possessive:
        noun = _phrase_before(syls, named - 1, g.regime_nouns)
        named = named - 1 if noun else named
    noun = _phrase_before(syls, named, g.descriptor_nouns + (g.regime_nouns if regime else ()))
    if noun is None or not _phrase_before(syls, named - len(noun), verbs):
        return None
    return named - len(noun)


OWNED_EVENT_REACH = 8  # syllables of "việc tái đắc cử (năm 2018)" between a declaring verb and "của X"


def _owned_event_start(syls, slots, head: int) -> int | None:
    """'coi cuộc tái bầu cử năm 2018 của ông Maduro là bất hợp pháp', 'khẳng định cáo buộc của X là vô căn cứ': where
    the nominal event or claim owned by the mention at `head` starts, when a declaring verb comes right before it;
    None otherwise."""
    g = grammar()
    k = head - 1
    if k >= 0 and syls[k].low in g.honorifics:
        k -= 1
    if k < 1 or syls[k].low != g.possessive:
        return None
    for x in range(k - 1, max(-1, k - 1 - OWNED_EVENT_REACH), -1):
        if slots[x] or syls[x].text == "," or syls[x].text in g.clause_breaks:
            return None
        if ((syls[x].low in g.nominalisers or _phrase_starting(syls, x, g.claim_nouns)
             or _phrase_starting(syls, x, g.owned_act_nouns))  # "cho rằng quyết định của Mỹ là sai lầm"
                and _phrase_before(syls, x, g.declare_verbs)):
            return x  # "khẳng định cáo buộc của Triều Tiên là vô căn cứ": a claim the declarer dismisses
    return None


def _backing_speaker_after_comma(syls, slots, k: int, start: int) -> bool:
    """'Australia ủng hộ tuyên bố của Guaido, Israel khẳng định đứng về phía Mỹ': a name after a bare comma (no
    "và" closes a list) followed right away by a speech or declaring verb opens a clause of its own: it is the
    speaker, not the last item of a list that a preposition before it governs."""
    g = grammar()
    if syls[start - 1].text != ",":
        return False
    after = _mention_edge(slots, k, backwards=False) + 1
    while after < len(syls) and syls[after].low in g.clause_adverbs:
        after += 1  # "Israel cũng khẳng định"
    if after >= len(syls) or after + 1 < len(syls) and syls[after].low == g.conjunction:
        return False
    return bool(_phrase_starting(syls, after, g.speech_verbs) or _phrase_starting(syls, after, g.declare_verbs))


def _between_list_after_actor(syls, slots, k: int) -> bool:
    """The mention at k is in a list that "giữa" opens ("căng thẳng giữa Serbia và Kosovo"), and an actor is named
    before it in the sentence (a pair that opens the sentence, "Cuộc đàm phán giữa A và B …", may be its subject)."""
    g = grammar()
    start = _mention_edge(slots, k, backwards=True)
    while start >= 2 and syls[start - 1].low in g.list_joiners and slots[start - 2]:
        start = _mention_edge(slots, start - 2, backwards=True)
    return start > 0 and syls[start - 1].low == g.between and any(slots[x] for x in range(start - 1))


def _blocked_list(syls, slots, k: int) -> bool:
    """The mention at k ends a list whose first item a preposition governs ("đến Hàn Quốc, Trung Quốc và họp …",
    "cuộc họp với các Ngoại trưởng Thổ Nhĩ Kỳ và Iran để bàn …"): the whole list is that preposition's object."""
    g = grammar()
    start = _mention_edge(slots, k, backwards=True)
    if start < 2 or syls[start - 1].low not in g.list_joiners or not slots[start - 2]:
        return False
    if _backing_speaker_after_comma(syls, slots, k, start):
        return False
    while start >= 2 and syls[start - 1].low in g.list_joiners and slots[start - 2]:
        if syls[start - 1].text == "," and (_ends_fronted_phrase(syls, start - 1)
                                            or _ends_fronted_place(syls, slots, start - 1)):
            return False  # "Theo Ngoại trưởng X, Ankara …", "Tại Syria, Mỹ …": the comma closes a fronted phrase
        start = _mention_edge(slots, start - 2, backwards=True)
    plural = _phrase_before(syls, start, g.list_closers)  # "với các Ngoại trưởng A và B"
    head = start - len(plural) if plural else start
    if head > 0 and syls[head - 1].low == g.between:
        # "giữa A và B" names the parties of what follows as often as a preposition's object; after a border or
        # area noun ("gần khu vực biên giới giữa Syria và Israel, Jordan đã bị …") it names a place
        return _phrase_before(syls, head - 1, g.phrases("between_place_noun")) is not None
    if _phrase_before(syls, head, g.place_prep_lookalikes) is not None:
        return False  # "hiện tại Pháp và Đức …": an adverb, no preposition governs the list
    return head > 0 and syls[head - 1].low in g.not_agent_after and _examples_at(syls, slots, start) is None


NAME_REACH = 8  # syllables from a trigger to the bracketed acronym that closes the name holding it


def _inside_acronymed_name(syls, slots, trig: Found) -> bool:
    """'Hội đồng hợp tác và hoà giải dân tộc liên Triều (KCRC)': lower-case words after a capitalised word inside the
    sentence, closed by an upper-case acronym in brackets, are an organisation's name; its verbs are no events."""
    k = trig.i - 1
    while k > 0 and syls[k].text.islower() and not slots[k]:
        k -= 1
    if k <= 0 or slots[k] or not syls[k].text[:1].isupper() or not syls[k - 1].text[:1].isalnum():
        return False  # a sentence's or clause's first word is capitalised anyway
    for x in range(trig.j, min(len(syls) - 2, trig.j + NAME_REACH)):
        if syls[x].text == "(":
            acronym = syls[x + 1].text
            return len(acronym) > 1 and acronym.isalpha() and acronym.isupper() and syls[x + 2].text == ")"
        if not syls[x].text[:1].isalnum():
            return False
    return False


def _talks_referred_to(syls, slots, trig: Found) -> bool:
    """'giải quyết tranh chấp qua đàm phán' (a bare noun after a means preposition), 'trở ngại cho các cuộc đàm
    phán', 'thúc đẩy đối thoại' (what is hindered, promoted or conditioned): talks spoken of as a kind of act, not talks anyone holds."""
    g = grammar()
    direct_object = trig.j < len(syls) and bool(slots[trig.j])  # "ghé qua gặp Thủ tướng Abe": a verb, not a means
    if syls[trig.i].low not in g.nominalisers and _phrase_before(syls, trig.i, g.means_preps) and not direct_object:
        return True
    k = trig.i
    while k > 0 and (syls[k - 1].low in g.nominalisers or syls[k - 1].low in g.claim_quantifiers):
        k -= 1
    return _phrase_before(syls, k, g.talk_referrers) is not None


def _topic_of_speech(syls, trig: Found) -> bool:
    """A nominal event right after a topic preposition ("về hội nghị thượng đỉnh với X"), a content noun ("nội
    dung cuộc điện đàm") or a speech verb ("nhận định các cuộc tấn công") is what is spoken of."""
    g = grammar()
    k = trig.i - 1
    if k >= 0 and syls[k].low in g.nominalisers and syls[trig.i].low not in g.nominalisers:
        k -= 1
    nominal = syls[trig.i].low in g.nominalisers or k < trig.i - 1
    if (nominal or trig.j - trig.i > 1) and _phrase_before(syls, k + 1, g.content_nouns):
        return True  # "dẫn lại nội dung cuộc điện đàm": the reporter is not a party
    if k >= 0 and syls[k].low in g.topic_preps and (nominal or trig.j - trig.i > 1):
        return True
    while k >= 0 and syls[k].low in g.claim_quantifiers:
        k -= 1
    # "nói, đồng thời nhận định các cuộc tấn công …": a nominal event a speaker comments on is not the speaker's
    return nominal and _phrase_before(syls, k + 1, g.speech_verbs) is not None


EXAMPLE_REACH = 6  # syllables of the plural noun phrase before "như" ("một số quốc gia Mỹ Latin": six)


def _examples_at(syls, slots, k: int) -> int | None:
    """Where the plural noun phrase starts when the run of names ending at k lists its members after an example
    marker ("một số đồng minh như Anh, Canada"); None otherwise."""
    g = grammar()
    start = _mention_edge(slots, k, backwards=True)
    while start >= 2 and syls[start - 1].low in g.joiners and slots[start - 2]:
        start = _mention_edge(slots, start - 2, backwards=True)
    marker = _phrase_before(syls, start, g.example_markers)
    return None if marker is None else _group_noun_phrase(syls, slots, start - len(marker))


def _members_examples_of_named_group(syls, slots, k: int) -> bool:
    """'Các nước phương Tây như Mỹ, Anh, Pháp đã công nhận …': the run of names ending at k follows an example marker
    right after a group the lexicon names, whose name opens with a plural determiner (`list_closer`) and an actor
    group noun: the names are its members, and bare commas join them."""
    g = grammar()
    start = _mention_edge(slots, k, backwards=True)
    while start >= 2 and syls[start - 1].low in g.joiners and slots[start - 2]:
        start = _mention_edge(slots, start - 2, backwards=True)
    marker = _phrase_before(syls, start, g.example_markers)
    at = start - len(marker) - 1 if marker else -1
    if at < 0 or not slots[at]:
        return False
    head = _mention_edge(slots, at, backwards=True)
    closer = _phrase_starting(syls, head, g.list_closers)
    return closer is not None and _phrase_starting(syls, head + len(closer), g.actor_group_nouns) is not None


def _group_noun_phrase(syls, slots, at: int) -> int | None:
    """The start of a noun phrase of actors ending right before syllable `at` ("các nước", "một số quốc gia Mỹ
    Latin"), or None: one of its words must be an actor group noun. Without `slots` (before mentions are
    placed), names inside the phrase are not looked at."""
    g = grammar()
    begin, grouped = None, False
    for x in range(at - 1, max(-1, at - 1 - EXAMPLE_REACH), -1):
        if syls[x].text == "," or syls[x].text in g.clause_breaks or syls[x].low in g.joiners:
            break
        if slots is not None and slots[x] and not _head_of_nominal(syls, slots, x):
            break
        grouped = grouped or _phrase_starting(syls, x, g.actor_group_nouns) is not None
        begin = x
    return begin if grouped else None


def _head_of_nominal(syls, slots, x: int) -> bool:
    """A mention inside the plural noun phrase that only qualifies it ("các quốc gia Mỹ Latin")."""
    return x > 0 and not slots[x - 1] and syls[x - 1].text[:1].islower() and syls[x - 1].low not in grammar().joiners


def _group(syls, slots, k, backwards: bool, joiners: frozenset[str] | None = None, listed: bool = False,
           verbs=None, enumerated: bool = False, split=None) -> list[str]:
    """The mention at k and those coordinated with it by 'và', ',' or sharing its span. `listed`: a 'và' closes
    the list further on ("Nga, Trung Quốc và một số nước khác"), so a comma before k joins too. `verbs`: the
    sentence's trigger starts, when a forward list may be closed by a plural noun phrase that is not the subject
    of a verb of its own. `enumerated`: the list follows "gồm", so a bare comma joins too."""
    g = grammar()
    joiners = g.joiners if joiners is None else joiners
    ids = [m.actor_id for m in slots[k]]
    step = -1 if backwards else 1
    pos = _mention_edge(slots, k, backwards)
    seen_and = listed
    pending: list[str] = []  # forward items joined by a bare comma, kept only if a "và" closes the list
    joined_items = 1  # mentions in the list so far
    while True:
        conj = pos + step
        nxt = conj + step
        if not (0 <= conj < len(syls) and 0 <= nxt < len(syls)):
            break
        glossed = _glossed_name_start(syls, slots, pos) if backwards else None
        if glossed is not None:
            pos = glossed  # "các nước Liên minh châu Âu (EU)": the acronym in brackets glosses the name before it
            continue
        lead = _plural_lead(syls, pos) if backwards else None
        if lead is not None and lead >= 2 and syls[lead - 1].low in joiners and slots[lead - 2]:
            conj, nxt = lead - 1, lead - 2  # "Mỹ và nhiều nước phương Tây": a plural noun opens the next item
        conj, nxt = _past_honorific(syls, slots, conj, nxt, step)
        wide = _phrase_joiner(syls, conj, step)  # "Armenia cũng như Azerbaijan": a joiner of two syllables
        if wide and 0 <= conj + wide * step < len(syls) and slots[conj + wide * step]:
            nxt = conj + wide * step
            conj = nxt - step  # its syllable next to the item, a word of the phrase, stands for the joiner
        if enumerated and step > 0 and syls[conj].low in joiners and not slots[nxt]:
            nxt = _role_named(syls, slots, nxt) or nxt  # "gồm … Michael Kovrig và doanh nhân Michael Spavor"
        if step > 0 and syls[conj].low == g.conjunction and not slots[nxt]:
            nxt = _counted_country_item(syls, slots, nxt) or nxt  # "3 quan chức Iran và 2 công ty Trung Quốc"
        if (syls[conj].low not in joiners and not wide) or not slots[nxt]:
            break
        if split is not None and split(conj):
            break  # "Mỹ ủng hộ Guaido và Nga chỉ trích Washington": Nga opens a clause of its own
        if (backwards and syls[conj].text == "," and not seen_and and _mention_edge(slots, nxt, True) != 0
                and not _comma_list_opens_clause(syls, slots, nxt, joined_items)):
            break  # "Theo ông X, Thổ Nhĩ Kỳ …": a comma alone makes no list; "A, B và C" and a lead "Mỹ, Nga bàn" do
        if syls[conj].text == "," and (_ends_fronted_phrase(syls, conj) or _ends_fronted_place(syls, slots, conj)):
            break  # "Bất chấp cảnh báo của Nga, Mỹ, Anh và Pháp …", "Tại Syria, Mỹ và Nga …": a fronted phrase
        seen_and = seen_and or syls[conj].low == g.conjunction
        joined_items += 1
        joined = [m.actor_id for m in slots[nxt]]
        if backwards:
            ids = joined + ids
        elif syls[conj].text == "," and not enumerated:
            pending += joined  # "tấn công Ukraine, Mỹ có thể …" is not a list
        else:
            ids, pending = ids + pending + joined, []
        pos = _mention_edge(slots, nxt, backwards)
    if pending and verbs is not None and _closed_by_plural_phrase(syls, pos, verbs):
        ids += pending  # "đổ lỗi cho Mỹ, Colombia và những đối thủ …": a plural noun phrase closes the list
    return ids


MEMBERS_GROUP_REACH = 6  # syllables of a group's name before an inclusion marker ("nhóm P 5+1", "6 cường quốc")


def _members_lone_party(syls, slots, trig: Found, subjects: list[str]) -> tuple[list[str], list[str]]:
    """'Iran và nhóm P5+1 (bao gồm Mỹ, Anh, Pháp, Nga, Trung Quốc và Đức) ký thỏa thuận': the subjects of a mutual
    trigger are the members an inclusion marker lists after a group (an actor group noun or a group head of class
    `members_group_head` in a few syllables without a name of their own, or an organisation's name) that a joiner
    coordinates with an actor before it: that actor (and those listed with it) is the one party facing each member.
    (the party, the members), or ([], [])."""
    g = grammar()
    for x in range(trig.i - 1, 0, -1):
        if syls[x].text in g.clause_breaks:
            return [], []
        at = _members_after_marker(syls, slots, x)
        if at is None:
            continue
        members = _group(syls, slots, at, backwards=False, enumerated=True)
        if not set(subjects) <= set(members):
            return [], []
        y = x - 1
        if syls[y].text == "(":
            y -= 1
        grouped, named = False, False
        while y > 0 and x - y <= MEMBERS_GROUP_REACH + 1:
            if slots[y]:
                if named or grouped or not all(m.actor_id.startswith("organisation:") for m in slots[y]):
                    break
                named = True  # "nhóm G7 gồm …": the group's own name is no party beside its members
                y = _mention_edge(slots, y, backwards=True) - 1
                continue
            if syls[y].low in g.joiners and syls[y].text != ",":
                break
            if not syls[y].text[:1].isalnum() and syls[y].text not in "+-":
                return [], []
            grouped = grouped or _phrase_starting(syls, y, g.members_group_nouns) is not None
            y -= 1
        if not (grouped or named) or y < 1 or syls[y].low not in g.joiners or syls[y].text == "," or not slots[y - 1]:
            return [], []
        lone = [a for a in _group(syls, slots, y - 1, backwards=True) if a not in members]
        return (lone, members) if lone else ([], [])
    return [], []


def _members_of_partner_group(syls, slots, trig: Found) -> tuple[list[str], int] | None:
    """'Iran ký thỏa thuận hạt nhân với nhóm P5+1 (gồm Mỹ, Anh, Pháp, Nga, Trung Quốc và Đức)': a partner
    preposition a few lower-case syllables after the trigger, then a group (a `members_group_head` or an
    `actor_group_noun` in a few syllables that name no actor, or an organisation's name) whose members an inclusion
    marker lists: the members are the partners (the group's own name is none). None otherwise."""
    g = grammar()
    prep = None
    for x in range(trig.j, min(len(syls), trig.j + MAX_OBJECT_GAP)):
        if slots[x] or not syls[x].text[:1].isalnum() or syls[x].text in g.clause_breaks:
            return None
        if syls[x].low in g.partner_preps and syls[x].word_start and syls[x].word_end:
            prep = x
            break
    if prep is None:
        return None
    grouped, named, y = False, False, prep + 1
    while y < len(syls) and y - prep <= MEMBERS_GROUP_REACH + 1:
        at = _members_after_marker(syls, slots, y + (syls[y].text == "("))
        if at is not None:
            if not (grouped or named):
                return None
            return _group(syls, slots, at, backwards=False, enumerated=True), at
        if slots[y]:
            if named or grouped or not all(m.actor_id.startswith("organisation:") for m in slots[y]):
                return None
            named = True  # "với nhóm G7 gồm …": the group's own name is no partner beside its members
            y = _mention_edge(slots, y, backwards=False) + 1
            continue
        if syls[y].low in g.joiners or syls[y].text in g.clause_breaks:
            return None
        if not syls[y].text[:1].isalnum() and syls[y].text not in "+-":
            return None
        grouped = grouped or _phrase_starting(syls, y, g.members_group_nouns) is not None
        y += 1
    return None


def _members_joint_noun(syls, trig: Found) -> bool:
    """A reciprocal trigger whose last word is a joint marker (grammar class `joint_marker`: "tuyên bố chung",
    "thông cáo chung"): a statement its owners make together."""
    if trig.relation not in relations_with("reciprocal"):
        return False
    words = [s.low for s in syls[trig.i : trig.j]]
    return any(len(p) <= len(words) and tuple(words[-len(p):]) == p for p in grammar().joint_markers)


def _nominal_trigger(syls, trig: Found) -> bool:
    """A trigger that is a noun: it opens with a nominaliser or follows one ("chuyến thăm", "cuộc gặp")."""
    g = grammar()
    return syls[trig.i].low in g.nominalisers or (trig.i > 0 and syls[trig.i - 1].low in g.nominalisers)


def _counted_country_item(syls, slots, x: int) -> int | None:
    """'trừng phạt 3 quan chức Iran và 2 công ty Trung Quốc': an item after "và" that counts entities of a country
    (a number, then lower-case words that are no verbs, then the country's name, which ends the sentence or the list,
    or which a place preposition or a clause marker follows) joins the list as that country: where its name starts; None otherwise ("… và 2 quan chức Mỹ cho
    biết …": the country's people open a clause of their own)."""
    g = grammar()
    if x >= len(syls) or not syls[x].text[:1].isdigit():
        return None
    for y in range(x + 1, min(len(syls), x + 1 + COUNTED_ITEM_REACH)):
        if slots[y]:
            if not all(_is_country_name(m) for m in slots[y]):
                return None
            after = _mention_edge(slots, y, backwards=False) + 1
            closed = (after >= len(syls) or not syls[after].text[:1].isalnum() or syls[after].low in g.joiners
                      or syls[after].low in g.place_preps or _starts_clause(syls, after))
            return y if closed else None
        if not syls[y].text[:1].islower() or syls[y].verb:
            return None
    return None


def _phrase_joiner(syls, conj: int, step: int) -> int:
    """The length of a joiner of several syllables (grammar class `phrase_joiner`: "cũng như") that starts at
    `conj` (reading forward) or ends there (reading backward), else 0."""
    for phrase in grammar().phrase_joiners:
        start = conj if step > 0 else conj - len(phrase) + 1
        if (0 <= start < len(syls) and syls[start].low == phrase[0] and _phrase_at(syls, start, phrase, len(syls))
                and _word_aligned(syls, start, len(phrase))):
            return len(phrase)
    return 0


GOODS_ITEM = 4  # syllables of an item of a list of goods ("nhôm, thép lên X", "lúa mì nhập khẩu với X")


def _listed_goods(syls, slots, comma: int) -> bool:
    """'áp thuế nhôm, thép lên Canada': a comma between lower-case words whose last item is followed by an object
    preposition and an actor joins a list of goods; it does not close the clause."""
    g = grammar()
    if comma < 1 or not syls[comma - 1].text.isalpha() or not syls[comma - 1].text.islower():
        return False
    for x in range(comma + 2, min(len(syls) - 1, comma + 2 + GOODS_ITEM)):
        item = syls[comma + 1 : x]
        if syls[x].text == "," and all(s.text.isalpha() and s.text.islower() for s in item):
            return _listed_goods(syls, slots, x)  # "đậu tương, ngô, lúa mì … với X": the list goes on
        if any(slots[y] for y in range(comma + 1, x)) or not all(s.text.isalpha() and s.text.islower() for s in item):
            return False
        if syls[x].low in g.object_preps and syls[x].word_start and slots[x + 1]:
            return True
    return False


def _members_after(syls, slots, at: int, marker: tuple[str, ...]) -> tuple[list[str], int] | None:
    """The actors an inclusion marker at `at` lists (a role noun before a person's name skipped), or None."""
    first = _role_named(syls, slots, at + len(marker)) if at + len(marker) < len(syls) else None
    if first is None:
        return None
    return _group(syls, slots, first, backwards=False, enumerated=True), first


ROLE_REACH = 6  # syllables of a role noun before a listed person's name ("cựu nhân viên ngoại giao Michael Kovrig")


def _role_named(syls, slots, k: int) -> int | None:
    """The mention at k, or the person named after a lower-case role noun starting at k ("doanh nhân Michael
    Spavor"); None when something else comes first."""
    for x in range(k, min(len(syls), k + ROLE_REACH + 1)):
        if slots[x]:
            return x if x == k or all(_is_person(m.actor_id) for m in slots[x]) else None
        if not syls[x].text[:1].isalnum() or not syls[x].text.islower():
            return None
    return None


def _past_honorific(syls, slots, conj: int, nxt: int, step: int) -> tuple[int, int]:
    """'ông Putin và ông Erdogan': an honorific before a listed person stands outside the name, so the joiner and
    the next item lie one syllable further (forwards after the joiner, backwards before it)."""
    honorifics = grammar().honorifics
    if step > 0 and 0 <= nxt < len(syls) - 1 and syls[nxt].low in honorifics and slots[nxt + 1]:
        return conj, nxt + 1
    if step < 0 and conj >= 2 and syls[conj].low in honorifics and not slots[conj]:
        return conj - 1, nxt - 1
    return conj, nxt


def _accused_comma_items(syls, slots, end: int) -> list[str]:
    """'Pompeo cáo buộc Nga, Cuba gây ra khủng hoảng': the names right after an accusation verb, joined by bare
    commas, are all subjects of its complement clause when a verb follows the last of them at once. A clause of its
    own ("cáo buộc Nga, Mỹ cũng lên án …", "…, Mỹ cho biết"): an aspect or possibility word or a speech verb
    follows. `end`: the last syllable of the list found so far. Returns the actors to add."""
    g = grammar()
    items: list[str] = []
    while end + 2 < len(syls) and syls[end + 1].text == "," and slots[end + 2] and _head(slots, end + 2):
        items += [m.actor_id for m in slots[end + 2]]
        end = _mention_edge(slots, end + 2, backwards=False)
    after = end + 1
    if (not items or after >= len(syls) or slots[after] or not syls[after].verb or not syls[after].text.islower()
            or _opens_clause_at(syls, slots, end) or _phrase_starting(syls, after, g.speech_verbs)):
        return []
    return items


def _closed_by_plural_phrase(syls, k: int, verbs) -> bool:
    """'và' right after syllable k, then a plural noun phrase (grammar class `list_closer`) with no verb of its
    own before the clause ends ("tấn công Ukraine, Mỹ và các đồng minh lập tức lên án": a new clause)."""
    g = grammar()
    if not (k + 2 < len(syls) and syls[k + 1].low == g.conjunction
            and _phrase_starting(syls, k + 2, g.list_closers) is not None):
        return False
    for x in range(k + 2, _clause_end(syls, k + 2)):
        if _starts_clause(syls, x) or syls[x].low in g.topic_preps or syls[x].low in g.place_preps:
            break  # "… và các thế lực thù địch về các cuộc biểu tình": what follows is a topic or a place
        if x in verbs and syls[x - 1].low not in g.nominalisers:
            return False
    return True


def _ends_fronted_place(syls, slots, comma: int) -> bool:
    """'Tại Syria, Mỹ lên án Nga', 'Tại Syria, Mỹ và Nga đã hợp tác', 'Trước đó, tại Geneva, Mỹ …': the comma
    closes a place phrase that opens the clause, when the name (or names joined by 'và') right after it goes on
    into the clause ("Tại Syria, Iraq và Yemen, …" lists places: its list ends at a comma)."""
    if comma + 1 >= len(syls) or not slots[comma + 1]:
        return False
    opening = _fronted_segment_start(syls, slots, comma)
    if opening is None or syls[opening].low not in grammar().place_preps:
        return False
    edge = _mention_edge(slots, comma + 1, backwards=False)
    end = _list_end(syls, slots, comma + 1)
    if end == edge:
        return edge + 1 < len(syls) and syls[edge + 1].low not in grammar().list_joiners
    if syls[edge + 1].text == "," and comma > 0 and slots[comma - 1] \
            and {m.actor_id for m in slots[comma - 1]} & {m.actor_id for m in slots[comma + 1]}:
        return False  # "Tại Paris, Pháp, Đức và Anh …": the capital's own country, then a comma, names the place
    # a coordinated subject goes on into a word ("Mỹ và Nga đã …"); listed places end at a comma or the sentence
    return end + 1 < len(syls) and syls[end + 1].text[:1].isalpha()


def _fronted_segment_start(syls, slots, comma: int) -> int | None:
    """The first word of the comma-delimited segment ending at `comma`, when that segment opens the clause: the
    sentence's first, or one after fronted adverbials that name no actor ("Trước đó, tại …"), after a fronted
    prepositional phrase ("Theo Reuters, tại …") or after a fronted place phrase; a segment that only names again
    the country of the city before it ("tại Bangkok, Thái Lan,") belongs to the segment before it. None when a
    clause break or a segment naming an actor comes before it ("Mỹ cho biết, tại Syria, …": the place is inside a
    clause, not fronted)."""
    g = grammar()
    start, previous = 0, None
    for k in range(comma + 1):
        if syls[k].text in g.clause_breaks:
            return None
        if syls[k].text != "," or k == start:
            continue
        opening = next((x for x in range(start, k) if syls[x].text[:1].isalpha()), None)
        if previous is not None and _country_apposition(syls, slots, start, k):
            opening = previous  # "tại Bangkok, Thái Lan,": the place phrase goes on
        if k == comma:
            return opening
        named = any(slots[x] for x in range(start, k))
        if named and not _ends_fronted_phrase(syls, k) and (opening is None or syls[opening].low not in g.place_preps):
            return None
        start, previous = k + 1, opening
    return None


def _country_apposition(syls, slots, start: int, end: int) -> bool:
    """The segment [start, end) goes on the place phrase before its comma: one mention naming the same actor as the
    mention right before that comma ('Bangkok, Thái Lan'), or capitalised words whose mention was already dropped
    as a place ('Hamburg, Đức', 'Warsaw, Ba Lan')."""
    if start < 2 or end <= start:
        return False
    if not any(slots[x] for x in range(start, end)):
        return all(syls[x].text[:1].isupper() for x in range(start, end))
    if not slots[start] or not slots[start - 2] or _mention_edge(slots, start, backwards=False) != end - 1:
        return False
    return bool({m.actor_id for m in slots[start]} & {m.actor_id for m in slots[start - 2]})


def _ends_fronted_phrase(syls, comma: int) -> bool:
    """The comma at `comma` is the sentence's first and closes a phrase that a fronted preposition opens
    ("Bất chấp sức ép từ Washington, …", "Mặc dù Mỹ phản đối, …")."""
    if any(syls[k].text == "," or syls[k].text in grammar().clause_breaks for k in range(comma)):
        return False
    first = next((k for k in range(comma) if syls[k].text[:1].isalpha()), None)
    return first is not None and _phrase_starting(syls, first, grammar().fronted_prepositions) is not None


def _comma_list_opens_clause(syls, slots, k: int, joined: int) -> bool:
    """'Trong khi đó, Trung Quốc, Nga, Cuba công nhận …': at least three mentions joined by bare commas, the first
    opening the sentence or following a fronted phrase's comma, are a list (two could be "Theo ông X, Nga …").
    k: the mention before the comma; `joined`: the mentions after it already in the list."""
    items, start = joined + 1, _mention_edge(slots, k, backwards=True)
    while start >= 2 and syls[start - 1].text == "," and slots[start - 2]:
        items, start = items + 1, _mention_edge(slots, start - 2, backwards=True)
    g = grammar()
    # "…, trong khi Nga, Trung Quốc, Cuba đứng về phía …": a clause marker opens the clause the list is subject of
    return items >= MIN_COMMA_LIST and (start == 0 or syls[start - 1].text == "," or _strike_list_lead(syls, start)
                                        or _phrase_before(syls, start, g.clause_markers + g.counterclaim_markers) is not None)


def _strike_site_hedge(syls, slots, trig: Found, k: int) -> int:
    """'không kích các cơ sở được cho là nơi sản xuất vũ khí hóa học của Syria': inside an attack's object, after a
    noun of its own (not right after the trigger) and before any actor, a hedge of grammar class `strike_site_hedge`
    ("được cho là", "bị nghi là") opens a description of the site; its length, so that the search goes on to the
    site's owner, or 0."""
    if trig.relation != _STRIKE_ATTACK or k <= trig.j or any(slots[x] for x in range(trig.j, k)):
        return 0
    hedge = _phrase_starting(syls, k, grammar().phrases("strike_site_hedge"))
    if not hedge or k + len(hedge) >= len(syls) or slots[k + len(hedge)]:
        return 0
    return len(hedge)


def _strike_list_lead(syls, start: int) -> bool:
    """'Liên quân Mỹ, Anh, Pháp phóng …': a collective noun of grammar class `strike_list_head` ("liên quân", "các
    nước") that opens the clause (at the sentence's start or after a comma) and runs up to the list's first item
    (whose mention may take in its last word: "[quân Mỹ]") heads the comma list as the sentence's start would."""
    heads = grammar().phrases("strike_list_head")
    for b in range(max(0, start - 3), start + 1):
        if b == 0 or syls[b - 1].text == ",":
            head = _phrase_starting(syls, b, heads)
            if head and b + len(head) >= start:
                return True
    return False


def is_multilateral(subjects, objects, symmetric: bool, rule: str | None) -> bool:
    """A mutual event among more than MAX_PAIRWISE_PARTIES parties is a multilateral forum, unless one party faces
    all the others ("thỏa thuận giữa Iran với 6 cường quốc gồm …")."""
    return (symmetric and rule not in (ONE_WITH_MANY, _TALKS_WITH_LIST)
            and len(set(subjects) | set(objects)) > MAX_PAIRWISE_PARTIES)


_TALKS_WITH_LIST = "with_list"  # the word-order rule when one actor holds talks with a list of partners


def _talks_one_faces_list(syls, trig: Found, subjects, objects, o_index: int) -> bool:
    """'Ông Guaido tiến hành đàm phán với Đức, Nhật Bản, Brazil và Colombia': one actor who holds talks (consult)
    with a partner list named right after "với" faces each partner (one line each), not a forum of all of them;
    the partners never meet each other, so the event gives 2 x N lines, not a clique. A party count between the
    trigger and the list ("đàm phán 6 bên với …", grammar class `multilateral`) keeps it a forum."""
    return (trig.relation == CONSULT and len(set(subjects)) == 1 and not set(subjects) & set(objects)
            and len(objects) >= MAX_PAIRWISE_PARTIES
            and not _has_any([x.low for x in syls[trig.j : o_index]], grammar().multilateral))


def _members_after_marker(syls, slots, x: int) -> int | None:
    """Where the members listed after an inclusion marker at x start ("gồm Mỹ", "gồm chủ yếu là Mỹ": a hedge of
    grammar class `inclusion_hedge` may stand between); None when no marker or no mention is there."""
    g = grammar()
    marker = _phrase_starting(syls, x, g.inclusion_markers)
    if not marker:
        return None
    at = x + len(marker)
    hedge = _phrase_starting(syls, at, g.inclusion_hedges) if at < len(syls) else None
    at += len(hedge) if hedge else 0
    return at if at < len(syls) and slots[at] else None


def _included_list(syls, slots, k: int) -> list[str]:
    """'(giữa A) với 6 cường quốc gồm B, C và D': after a joiner at k, a plural noun phrase and an inclusion
    marker (grammar class `inclusion_marker`), the listed actors; [] otherwise."""
    g = grammar()
    if k >= len(syls) or syls[k].low not in g.joiners | g.between_joiners:
        return []
    for x in range(k + 1, _clause_end(syls, k + 1, k + INCLUSION_REACH)):
        if slots[x]:
            return []
        members = _members_after_marker(syls, slots, x)
        if members is not None:
            return _group(syls, slots, members, backwards=False, enumerated=True)
    return []


def _after_duration(syls, k: int) -> bool:
    """A count and a unit of time end right before syllable k ("15 tháng", "nhiều năm", "hai thập kỷ")."""
    g = grammar()
    unit = _phrase_before(syls, k, g.duration_units)
    if unit is None or k - len(unit) < 1:
        return False
    count = syls[k - len(unit) - 1]
    return count.text[:1].isdigit() or count.low in g.duration_counts


AMOUNT_REACH = 4  # syllables after a modal within which a span of time ends ("cần ít nhất hai năm")


def _states_amount(syls, trig: Found) -> bool:
    """'Triều Tiên cần ít nhất hai năm nữa để …', 'Iran cần thêm thời gian': a modal followed by a quantity word or
    a span of time (a count and a unit of time) states what something takes, not what X is asked to do."""
    if trig.j < len(syls) and syls[trig.j].low in grammar().quantity_words:
        return True
    return any(_after_duration(syls, k) for k in range(trig.j + 2, min(len(syls), trig.j + AMOUNT_REACH) + 1))


def _making_verb_after(syls, k: int) -> bool:
    """A verb of making (grammar class `making_verb`: "ký", "đạt được", "áp đặt" …) within a few syllables of k,
    before the clause ends: the subject of a relative clause made the event it describes."""
    g = grammar()
    for x in range(k, _clause_end(syls, k, k + RELATIVE_VERB_REACH)):
        verb = _phrase_starting(syls, x, g.making_verbs)
        if verb and _word_aligned(syls, x, len(verb)):
            return True
    return False


def _list_closes(syls, slots, k: int, end: int) -> bool:
    """Between the mention at k and `end`, a 'và' joins a common noun phrase to the list ("Nga, Trung Quốc và
    một số nước khác công nhận …"): the mention ends a list of names that the phrase closes."""
    g = grammar()
    after = _mention_edge(slots, k, backwards=False) + 1
    return (after < end and syls[after].low == g.conjunction and k > 0 and syls[k - 1].text == ","
            and not any(slots[x] for x in range(after + 1, end))
            and not any(s.text in g.clause_breaks or s.text == "," for s in syls[after + 1:end]))


def _in_tenure(syls, slots, k: int) -> bool:
    """'Philippines dưới thời cựu tổng thống Aquino nhất trí …', 'Nhật Bản dưới thời Thủ tướng Abe tăng cường …': a
    leader named after a tenure marker (grammar class `tenure_marker`; an office modifier or honorific between) dates
    the clause; the state before is its actor."""
    g = grammar()
    start = _mention_edge(slots, k, backwards=True)
    while start > 0 and (syls[start - 1].low in g.office_modifiers or syls[start - 1].low in g.honorifics):
        start -= 1
    marker = _phrase_before(syls, start, g.tenure_markers)
    return marker is not None and syls[start - len(marker)].word_start


def _company_of(syls, slots, k: int, trig: Found) -> bool:
    """'hai công ty Trung Quốc', 'các doanh nghiệp Nhật Bản': a country named right after a company noun (grammar
    class `company_noun`) only says whose the companies are; the companies, acting on their own, are not the state
    (GUIDELINES.md: a state is coded for a company only where the state itself acts on it)."""
    g = grammar()
    if any(m.via == COMPANY_OF_COUNTRY for m in slots[k]):
        return True  # "hai công ty Trung Quốc X và Y giúp …": the companies named (kg.extract.actors), as unnamed
    if not any(m.actor_id.partition(":")[0] == COUNTRY_ID_PREFIX for m in slots[k]):
        return False
    if any(syls[x].low in g.passive_markers for x in range(k, trig.j)):  # the passive probes at its marker
        return False  # "Ngân hàng trung ương Nga bị Mỹ trừng phạt": the patient, coded as its state like an object
    start = _mention_edge(slots, k, backwards=True)
    while start >= 2 and syls[start - 1].low in g.list_joiners and slots[start - 2]:
        start = _mention_edge(slots, start - 2, backwards=True)  # "các công ty Trung Quốc và Nga": the list's head
    # "các tập đoàn dầu khí Nga": a trade word or two may stand between the noun and the country
    return any(_phrase_before(syls, start - gap, g.company_nouns) is not None
               and all(s.text.islower() and s.text.isalpha() for s in syls[start - gap:start])
               for gap in range(COMPANY_TRADE_GAP + 1) if start - gap > 0)


def _owner_of_act(syls, slots, k: int, trig: Found) -> bool:
    """'quyết định của Tổng thống Mỹ rút khỏi …', 'những động thái của Mỹ gia tăng trừng phạt Nga': the owner of a
    noun of a decision, move or policy (grammar class `owned_act_noun`), named right before the verb that spells the
    act out (a few lower-case words between), is that verb's actor, not a possessor to pass over."""
    g = grammar()
    start = k
    while start > 0 and slots[start - 1] and slots[start - 1][0] is slots[k][0]:
        start -= 1
    if start < 2 or syls[start - 1].low != g.possessive or _phrase_before(syls, start - 1, g.owned_act_nouns) is None:
        return False
    end = _mention_edge(slots, k, backwards=False)
    between = syls[end + 1:trig.i]  # "ủng hộ quyết định của Hàn Quốc và kêu gọi …": a joined predicate is not X's
    return trig.i - end - 1 <= ADVERB_GAP and all(s.text[:1].islower() and s.low not in g.joiners
                                                   and s.low != g.conjunction for s in between)


def _fronted_goods_owner(syls, slots, s_index: int, own_side) -> tuple[list[str], int | None]:
    """'các mặt hàng Trung Quốc mà Mỹ áp thuế', 'hàng hóa của EU mà Washington dự định trừng phạt': the subject at
    s_index opens a relative clause (a relative marker right before it) on goods (grammar class `goods_noun`) of a
    country named right after the goods noun or after "của": that country is the sanction's recipient."""
    g = grammar()
    start = _mention_edge(slots, s_index, backwards=True)
    if start < 2 or syls[start - 1].low not in g.relative_markers or not slots[start - 2]:
        return [], None
    owner = start - 2
    head = _mention_edge(slots, owner, backwards=True)
    before = head - 1 if head > 0 and syls[head - 1].low == g.possessive else head
    if _goods_noun_before(syls, slots, before) is None:
        return [], None
    named = [m.actor_id for m in slots[owner] if not (own_side and own_side(m.actor_id))]
    return (list(dict.fromkeys(named)), owner) if named else ([], None)


def _goods_noun_before(syls, slots, k: int) -> int | None:
    """Where a goods noun (grammar class `goods_noun`) starts that ends right before k or before a short lower-case
    description of the goods ("sản phẩm nông nghiệp Mỹ", "hàng hóa nhập khẩu Trung Quốc"); None when none does."""
    goods = grammar().phrases("goods_noun")
    for x in range(k, max(0, k - GOODS_ITEM) - 1, -1):
        noun = _phrase_before(syls, x, goods)
        if noun is not None:
            return x - len(noun)
        if x < 1 or slots[x - 1] or not syls[x - 1].text.isalpha() or not syls[x - 1].text.islower():
            return None
    return None


def _goods_owner_before(syls, slots, k: int) -> tuple[int, int] | None:
    """(the country's last syllable, the goods noun's start) of goods of a country ending right before k, lower-case
    words (modals: "dự kiến", "có thể") between: "mặt hàng Trung Quốc (dự kiến) bị …", "hàng hóa của Mỹ bị …"."""
    g = grammar()
    owner = k - 1
    while owner >= 0 and k - owner <= LIST_GAP and not slots[owner] and syls[owner].text.isalpha() \
            and syls[owner].text.islower():
        owner -= 1
    if owner < 1 or not slots[owner]:
        return None
    head = _mention_edge(slots, owner, backwards=True)
    before = head - 1 if head > 0 and syls[head - 1].low == g.possessive else head
    start = _goods_noun_before(syls, slots, before)
    return (owner, start) if start is not None else None


def _list_maker_verb_before(syls, slots, k: int) -> Found | None:
    """'công bố danh sách (hơn 800) mặt hàng …': the verb that puts forward or widens (grammar class
    `list_maker_verb`) a list (`list_noun`) of goods starting at k, counts and plural markers between; None else."""
    g = grammar()
    for x in range(k, max(0, k - LIST_GAP) - 1, -1):
        noun = _phrase_before(syls, x, g.phrases("list_noun"))
        if noun is not None:
            verb = _phrase_before(syls, x - len(noun), g.phrases("list_maker_verb"))
            return Found(SANCTION, x - len(noun) - len(verb), x - len(noun)) if verb else None
        if x < 1 or slots[x - 1] or syls[x - 1].text in g.clause_breaks or syls[x - 1].text == ",":
            return None
    return None


def _opens_clause_before(syls, slots, k: int, trig: Found) -> bool:
    """'(tăng mạnh) do Mỹ trừng phạt Iran', 'thỏa thuận mà Nga ký': after a word that opens a clause ("do" =
    because / by, "mà"), a mention right before the trigger is that clause's actor."""
    g = grammar()
    start = k
    while start > 0 and slots[start - 1] and slots[start - 1][0] is slots[k][0]:
        start -= 1
    if start == 0 or syls[start - 1].low not in g.relative_markers:
        return False
    end = _mention_edge(slots, k, backwards=False)
    return trig.i - end - 1 <= ADVERB_GAP and all(s.text[:1].islower() for s in syls[end + 1:trig.i])


def _group_end(syls, slots, k: int, group: list[str]) -> int:
    """The last syllable of the list that starts with the mention at k and holds `group` ("Mỹ, Pháp và Anh")."""
    joiners = grammar().joiners
    end = _mention_edge(slots, k, backwards=False)
    while (end + 2 < len(syls) and syls[end + 1].low in joiners and slots[end + 2]
           and any(m.actor_id in group for m in slots[end + 2])):
        end = _mention_edge(slots, end + 2, backwards=False)
    return end


def _members_by_copula(syls, slots, trig: Found, o_index: int) -> list[str]:
    """'Chỉ có 6 nước bỏ phiếu cho Nga là Nga, Trung Quốc, Azerbaijan …': a subject that is an unnamed plural noun
    phrase of actors (an `actor_group_noun` in it) right before the verb, and the copula (or an inclusion marker:
    "các nước ủng hộ X gồm Nga, Cuba") right after the object listing actors: those actors are the subject's
    members, who acted."""
    if _group_noun_phrase(syls, slots, trig.i) is None:
        return []
    first = _listed_members_at(syls, slots, _list_end(syls, slots, o_index) + 1)
    if first is None or not _head(slots, first):
        return []
    return _group(syls, slots, first, backwards=False, enumerated=True)


def _listed_members_at(syls, slots, end: int) -> int | None:
    """Where the members listed right after a verb's object start: after the copula, a colon allowed ("những nước
    ủng hộ X là: Nga, Bolivia …"), or after an inclusion marker ("các nước ủng hộ X gồm Nga, Cuba"); None when
    no mention starts there."""
    g = grammar()
    if end >= len(syls):
        return None
    if syls[end].low != g.copula:
        return _members_after_marker(syls, slots, end)
    at = end + 2 if end + 1 < len(syls) and syls[end + 1].text == ":" else end + 1
    return at if at < len(syls) and slots[at] else None


def _members_by_example(syls, slots, trig: Found, o_index: int) -> list[str]:
    """'Lãnh đạo các nước ủng hộ ông Maduro như Tổng thống Bolivia Evo Morales, Tổng thống Cuba …', 'các nước ủng
    hộ Guaido như Mỹ, Canada': a subject that is an unnamed plural noun phrase of actors right before the verb, and
    an example marker right after the object listing actors (a role noun before a person skipped): those actors are
    the subject's members, who act."""
    g = grammar()
    if o_index is None or _group_noun_phrase(syls, slots, trig.i) is None:
        return []
    end = _list_end(syls, slots, o_index) + 1
    marker = _phrase_starting(syls, end, g.example_markers) if end < len(syls) else None
    if not marker or not _word_aligned(syls, end, len(marker)):
        return []
    first = _role_named(syls, slots, end + len(marker)) if end + len(marker) < len(syls) else None
    if first is None or not _head(slots, first):
        return []
    return _group(syls, slots, first, backwards=False, enumerated=True)


REMIT_REACH = 5  # syllables between a remit verb and the trigger ("xử lý việc trao đổi và hợp tác")


def _remit_before(syls, slots, trig: Found) -> bool:
    """'cơ quan phụ trách việc hợp tác với Triều Tiên', 'xử lý việc trao đổi và hợp tác liên Triều': a trigger
    after a verb of handling (grammar class `remit_verb`), only lower-case words (a nominaliser, coordinated
    nouns) between, names the kind of act an agency or official is in charge of, not an act done."""
    remits = grammar().remit_verbs
    for x in range(trig.i, max(0, trig.i - REMIT_REACH) - 1, -1):
        if _phrase_before(syls, x, remits) is not None:
            return True
        if x < 1 or slots[x - 1] or not syls[x - 1].text[:1].isalpha() or not syls[x - 1].text.islower():
            return False
    return False


def _detail_to_agree(syls, slots, trig: Found) -> bool:
    """'vào thời gian và địa điểm hai bên thống nhất', 'theo lộ trình Nga và Ukraine nhất trí': an agreement verb
    right after its subject (no past marker between), the subject right after a time, place or terms noun (grammar
    class `agreed_detail_noun`), is a relative clause without "mà" naming what is still to be agreed."""
    g = grammar()
    k = trig.i
    dual = _phrase_before(syls, k, g.dual_references)
    if dual:
        k -= len(dual)
    elif k > 0 and slots[k - 1]:
        k = _mention_edge(slots, k - 1, backwards=True)
        while k >= 2 and syls[k - 1].low in g.joiners and slots[k - 2]:  # "Nga và Ukraine"
            k = _mention_edge(slots, k - 2, backwards=True)
    else:
        return False
    return _phrase_before(syls, k, g.agreed_detail_nouns) is not None


def _predicate_opener(syls, x: int) -> tuple[str, ...] | None:
    """The word at x that opens a predicate after its subject: an aspect word (class `clause_adverb`), a contrast
    adverb (`contrast_adverb`), a negation, a possibility marker or an intention word ("Nga cũng đã", "Nga lại",
    "Nga không", "Nga có thể", "Nga muốn"); None if none starts there."""
    g = grammar()
    if syls[x].low in g.clause_adverbs:
        return (syls[x].low,)
    return next((word for phrases in (g.negation, g.phrases("contrast_adverb"), g.possibility_markers, g.intention)
                 if (word := _phrase_starting(syls, x, phrases)) is not None), None)


def _list_head(syls, slots, k: int) -> int | None:
    """The first syllable of the list of names that ends with the mention at k (items joined by grammar class
    `list_joiner`, an honorific before a person inside its item); None when no mention ends at k."""
    if k < 0 or not slots[k]:
        return None
    g = grammar()
    start = _mention_edge(slots, k, backwards=True)
    while True:
        item = start - 1 if start > 0 and syls[start - 1].low in g.honorifics else start
        if item < 2 or syls[item - 1].text not in g.list_joiners and syls[item - 1].low not in g.list_joiners \
                or not slots[item - 2]:
            return start
        start = _mention_edge(slots, item - 2, backwards=True)


def _mention_edge(slots, k, backwards: bool) -> int:
    """Index of the far end of the mention covering k, in the direction of travel."""
    step = -1 if backwards else 1
    while 0 <= k + step < len(slots) and slots[k + step] and slots[k + step][0] is slots[k][0]:
        k += step
    return k


def _clause_adverb_after(syls, slots, k: int) -> bool:
    """The actors listed from k are followed by "sẽ", "đã", "đang": they are the subject of a clause of their own."""
    end = _list_end(syls, slots, k) + 1
    return end < len(syls) and syls[end].low in grammar().clause_adverbs


def _deal_bracketed_body(syls, slots, k: int) -> int:
    """'tổ chức Chống vũ khí hoá học (OPCW)': a body's Vietnamese name the lexicon does not know (it opens with a
    capital), then its acronym in brackets: where the acronym's mention starts, else k."""
    if k >= len(syls) or slots[k] or not syls[k].text[:1].isupper():
        return k
    for x in range(k + 1, min(k + _DEAL_NAME_REACH, len(syls) - 1)):
        if slots[x] or syls[x].text in grammar().clause_breaks or syls[x].text == ",":
            return k
        if syls[x].text == "(":
            return x + 1 if slots[x + 1] else k
    return k


def _deal_exhorted(syls, trig: Found) -> bool:
    """'Nhật Bản, Hàn Quốc và Mỹ cần đồng ý rằng …': an exhortation (grammar class `deal_exhortation`, right before
    the agreeing verb, list adverbs such as "cùng" between) urges an agreement that is not reached."""
    g = grammar()
    k = trig.i
    while k > 0 and syls[k - 1].low in g.single_words("deal_exhortation_gap"):
        k -= 1
    return _phrase_before(syls, k, g.phrases("deal_exhortation")) is not None


def _separate_consent(syls, trig: Found, s_index: int | None) -> bool:
    """'Hy Lạp và Tây Ban Nha đồng ý tiếp nhận …': each consents to someone else; 'hai bên đồng ý …' and 'đồng ý
    hoãn cuộc tập trận chung' are mutual."""
    g = grammar()
    if tuple(s.low for s in syls[trig.i : trig.j]) not in g.consent_verbs:
        return False
    before = [s.low for s in syls[(s_index or 0) : trig.i]]
    end = next((k for k in range(trig.j, len(syls)) if syls[k].text in g.clause_breaks), len(syls))
    accepted = [s.low for s in syls[trig.j : end]]
    return not (any(_has(before, phrase) for phrase in g.dual_references)
                or any(_has(accepted, phrase) for phrase in g.joint_markers))


def _reciprocal_marker(syls, trig: Found) -> bool:
    window = [s.low for s in syls[trig.j : trig.j + 3]]
    return any(_has(window, phrase) and (unless is None or unless not in window)
               for phrase, unless in grammar().reciprocal_markers)


RECIPROCAL_OWNER_REACH = 8  # syllables from a trigger to "của nhau" closing its object ("các cơ sở hạt nhân của nhau")


def _reciprocal_owner(syls, slots, trig: Found) -> bool:
    """'Ấn Độ và Pakistan cam kết không tấn công các cơ sở hạt nhân của nhau': the object is owned by "each other"
    (the possessive, then a reciprocal marker), so the coordinated actors act on each other. Only lower-case words
    of the object between, no mention or punctuation: a named owner is a recipient of its own."""
    g = grammar()
    for k in range(trig.j, min(trig.j + RECIPROCAL_OWNER_REACH, len(syls) - 1)):
        if slots[k] or not syls[k].text[:1].isalpha() or not syls[k].text[:1].islower():
            return False
        if syls[k].low == g.possessive:
            window = [s.low for s in syls[k + 1 : k + 4]]
            return any(window[: len(p)] == list(p) and (unless is None or unless not in window)
                       for p, unless in g.reciprocal_markers)
    return False


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    """`phrase` occurs in `words` (contiguously)."""
    first = phrase[0]
    if first not in words:  # the usual case, answered in C
        return False
    n = len(phrase)
    if n == 1:
        return True
    return any(words[i] == first and tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _has_any(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """any(_has(words, p) for p in phrases); one set test answers the usual case, where no word starts one."""
    if _first_words(phrases).isdisjoint(words):
        return False
    return any(_has(words, p) for p in phrases)


@cache
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first words of a grammar class's phrases (the classes are fixed tuples: a small cache)."""
    return frozenset(p[0] for p in phrases)


def _mode(syls, trig: Found) -> str:
    g = grammar()
    first = max(0, trig.i - 6)
    window = syls[first : trig.i]
    joined = [k for k, s in enumerate(window) if s.low == g.conjunction]
    if joined and first + joined[-1] == trig.i - 1 and _modal_over_coordination(syls, trig.i - 1):
        return "negated"  # "không chịu nhượng bộ và đàm phán với X": the refusal covers both verbs
    window = window[joined[-1] + 1:] if joined else window  # "… là không đúng và yêu cầu …": not negated
    window = window[_passive_reason_start(window, g):]  # "hủy cuộc gặp vì bị X cáo buộc": the accusation stands
    before = [s.low for s in window]
    cancelled = _has_any(before, g.cancellation)
    if cancelled and _negation_before_cancel(before, g):
        return "asserted"  # "không đe hủy bỏ các cuộc đàm phán": the talks go on
    unlike = _without_lookalikes(syls, trig.i - len(before), trig.j, g.negation_lookalikes, trig.i)[: len(before)]
    if (_negated(_bare_head(unlike, g), g.negation) or _has_any(before, g.prevention) or cancelled
            or _near_miss(window, g)
            or _denied_material_act(syls, trig) or _halted_cooperation(syls, trig)  # "phủ nhận đã từng tấn công …": denied, not done
            or _cancelled_after(syls, trig)):
        return "negated"
    if _has_any(before, g.hypothetical) or _has_any([s.low for s in syls[: trig.i]], g.hypothetical_sentence):
        return "hypothetical"
    # a one-syllable cue counts only as a word of its own: "định" (intend) is not the one in "hiệp định"
    if _first_words(g.intention).isdisjoint(before):
        return "asserted"  # `words` below holds only words of `before`
    first = max(0, trig.i - 6)
    words = ["" if _in_compound(syls, k) else syls[k].low for k in range(first, trig.i)]
    if any(_has(words if len(p) == 1 else before, p) for p in g.intention):
        return "intended"
    return "asserted"


_ENDORSE_VERB_SYLLABLES = 2  # a bare verb of support or backing ("hậu thuẫn", "ủng hộ"); longer rows hold their object
_ENDORSE_NOUN_REACH = 3  # lower-case syllables of a head noun between "và" and the coordinated actor ("lực lượng")


def _endorse_coordinated_not_object(syls, trig: Found, o_index: int | None, triggers) -> bool:
    """'giao tranh giữa phe ly khai được Nga hậu thuẫn và lực lượng Ukraine', 'Mỹ hậu thuẫn và Anh ủng hộ …': an
    actor that "và" coordinates right after a bare verb (one word of at most two syllables; only a short head noun
    between, no verb, possessive, partner preposition or other trigger) is a conjunct of a noun phrase or the subject of the next clause, never
    the verb's object. "ủng hộ và hỗ trợ Ukraine" (a second verb, a trigger, sharing the object) keeps it, and so does
    a trigger row that holds its object noun ("đóng cửa đại sứ quán và lãnh sự quán Mỹ") (helper h14-b)."""
    g = grammar()
    if (o_index is None or trig.j - trig.i > _ENDORSE_VERB_SYLLABLES or trig.j >= len(syls)
            or syls[trig.j].low != g.conjunction):
        return False
    between = syls[trig.j + 1 : o_index]
    if any(trig.j < t.i < o_index for t in triggers):
        return False
    return len(between) <= _ENDORSE_NOUN_REACH and all(
        s.text.isalpha() and s.text.islower() and not s.verb and s.low != g.possessive
        and s.low not in g.partner_preps for s in between)


def _endorse_single_relative(syls, slots, k: int, trig: Found) -> bool:
    """'giữa Tổng thống Maduro và thủ lĩnh đối lập Juan Guaido, người nhận được sự hậu thuẫn của Mỹ': a relative
    apposition opened by a noun for one person (grammar class `single_relative_head`) right after the comma that
    follows the mention k, before the trigger, describes that last conjunct only, not the list it closes (helper
    h14-b)."""
    end = _mention_edge(slots, k, backwards=False)
    if end + 2 >= trig.i or syls[end + 1].text != ",":
        return False
    head = _phrase_starting(syls, end + 2, grammar().phrases("single_relative_head"))
    return head is not None and _word_aligned(syls, end + 2, len(head)) and end + 2 + len(head) <= trig.i


_ENDORSE_AGENT_REACH = 12  # syllables of a passive's agent phrase between the marker and the trigger


def _endorse_negated_passive(syls, slots, trig: Found) -> bool:
    """'Thỏa thuận không được Mỹ và Triều Tiên ký kết', 'đề xuất không được các nước phương Tây chấp nhận': a
    negation right before a passive marker whose agent phrase (mentions, list joiners, a dual reference such as
    "hai bên") runs up to the trigger negates the event, however long the agent list is (`_mode` sees only the
    last three words). A look-alike negation ("không chỉ được A ủng hộ mà còn …") negates nothing (helper
    h14-b)."""
    g = grammar()
    k = trig.i - 1
    agent = False
    while k > 0 and trig.i - k <= _ENDORSE_AGENT_REACH:
        low = syls[k].low
        if low in g.passive_markers:
            break
        dual = _phrase_before(syls, k + 1, g.dual_references)
        filler = dual or _phrase_before(syls, k + 1, g.phrases("passive_agent_filler"))
        if filler:
            agent, k = agent or bool(dual), k - len(filler)
            continue
        if slots[k]:
            agent = True
        elif low not in g.joiners:
            return False
        k -= 1
    if not agent or k <= 0 or syls[k].low not in g.passive_markers:
        return False
    before = _without_lookalikes(syls, max(0, k - 4), k + 1, g.negation_lookalikes, k)[:-1]
    return _negated(before, g.negation)


def _halted_cooperation(syls, trig: Found) -> bool:
    """'tạm dừng các cuộc tập trận chung với X', 'ngừng các cuộc tuần tra chung với X': a cooperative event right
    after a halting word is not held (negated); halted aid is coded as a sanction instead (`_halted`)."""
    return relation_types()[trig.relation].cooperative and trig.relation != AID and _halted(syls, trig)


MODAL_VERB_REACH = 3  # syllables of the first coordinated verb between a negated modal and "và"


def _modal_over_coordination(syls, conj: int) -> bool:
    """'từ chối nhượng bộ và đàm phán với X', 'không chịu ngừng bắn và đàm phán …': a negated modal or refusal
    (grammar class `negated_modal`) governs "V1 và V2" when only a short first verb (lower-case words, no comma)
    stands between it and the "và" at `conj`, right before the trigger: both verbs are refused. A plain negation
    ("không rút quân và hội đàm …") negates its own verb only, a refusal with an object of its own ("từ chối yêu cầu
    của Mỹ và …") does not reach past it, and a second verb with a modal of its own ("từ chối đối đầu và muốn đối
    thoại với X") is not governed."""
    modals = grammar().phrases("negated_modal")
    for end in range(max(1, conj - MODAL_VERB_REACH), conj):
        if _phrase_before(syls, end, modals) is not None:
            return all(s.text.isalpha() and s.text.islower() for s in syls[end:conj])
    return False


def _passive_reason_start(window, g) -> int:
    """Where a passive reason clause opens in `window` (a `reason_marker`, then a passive marker): a negation or
    cancellation before it is the main clause's ("Đức hủy cuộc họp vì bị Trung Quốc cáo buộc …"), not the reason's;
    0 where there is none."""
    words = [s.low for s in window]
    for k in range(len(words) - 1, 0, -1):
        if words[k] in g.passive_markers and _phrase_before(window, k, g.reason_markers) is not None:
            return k
    return 0


COUNTED_ITEM_REACH = 5  # syllables from the count of a listed item ("2 công ty") to its country's name
MEDIATION_CODE = "045"  # CAMEO 045 Mediate: with a willingness word before it, an offer to mediate (propose)
WILLING_REACH = 6  # syllables before a trigger where a willingness word makes it one-sided ("muốn duy trì các kênh đối thoại với X": a support verb and its noun between)


def _refused_under_pressure(syls, trig: Found, o_index: int) -> bool:
    """'Chúng tôi sẽ không đàm phán dưới sức ép của Mỹ': negated talks, then right after the trigger a phrase of
    pressure (grammar class `pressure_phrase`) and the possessive before the object: the presser is the counterpart
    the refusal answers. Asserted talks under pressure ('đàm phán với Nga dưới áp lực của Mỹ') name no partner."""
    g = grammar()
    if o_index < 2 or syls[o_index - 1].low != g.possessive or _mode(syls, trig) != "negated":
        return False
    pressure = _phrase_before(syls, o_index - 1, g.phrases("pressure_phrase"))
    return pressure is not None and o_index - 1 - len(pressure) == trig.j


SUBJECT_MATTER_REACH = 4  # syllables between a subject-matter noun and the trigger it names the topic of


def _subject_matter_predicate(syls, trig: Found) -> bool:
    """'Quan hệ giữa A và B sẽ là chủ đề đàm phán': the copula, a subject-matter noun (grammar class
    `subject_matter_noun`) and then, past links (`subject_matter_link`, the possessive, nominalisers), the trigger:
    the pair before the copula is what the event is about, not who holds it."""
    g = grammar()
    links = {w for phrase in g.phrases("subject_matter_link") for w in phrase} | {g.possessive} | set(g.nominalisers)
    k = trig.i
    while k > 0 and trig.i - k < SUBJECT_MATTER_REACH and syls[k - 1].low in links:
        k -= 1
    for noun in sorted(g.phrases("subject_matter_noun"), key=len, reverse=True):
        start = k - len(noun)
        if start > 0 and tuple(s.low for s in syls[start:k]) == tuple(noun) and syls[start - 1].low == g.copula:
            return True
    return False


def _not_allied_hosts(trig: Found, subjects, objects) -> tuple:
    """'Nga triển khai tên lửa tới Belarus': forces sent to a standing ally (kg/data/alliances.jsonl) are not aimed
    at it, so an ally of every subject is no target of a mobilization; a third state stays."""
    if trig.relation != MOBILIZE:
        return objects
    return tuple(o for o in objects if not all(allied(s, o) for s in subjects))


def _one_sided(syls, trig: Found) -> bool:
    """A willingness or cancellation word ("sẵn sàng", "muốn", "hủy") stands just before the trigger, in its
    clause: what it says of a meeting is one side's act."""
    words = [s.low for s in syls[max(0, trig.i - WILLING_REACH):trig.i]]
    if "," in words:
        words = words[len(words) - words[::-1].index(","):]
    g = grammar()
    if trig.relation == "agree" and _has_any(words, g.efforts):
        return True  # "nỗ lực đạt được thỏa thuận với EU": sought, so one side's; talks striven for are still held
    return _has_any(words, g.willingness) or (_has_any(words, g.cancellation)
                                              and not _negation_before_cancel(words, g))


def _head_after(syls, k: int, skip: frozenset[str], heads: tuple[tuple[str, ...], ...]) -> bool:
    """From syllable k on, past words of `skip` (prepositions, plural markers), a phrase of `heads` opens."""
    while k < len(syls) and syls[k].low in skip:
        k += 1
    return k < len(syls) and _phrase_starting(syls, k, heads) is not None


def _warns_of_situation(syls, trig: Found) -> bool:
    """'A cảnh báo (về) (cuộc) khủng hoảng X …', 'cảnh báo căng thẳng giữa X và Y có thể …': a situation noun heads
    what is warned about, and the countries only modify it: general concern (GUIDELINES.md), no one is warned.
    "cảnh báo X về tình hình …" names X right after the verb and keeps it."""
    g = grammar()
    skip = g.topic_preps | g.complementisers | g.nominalisers | g.claim_quantifiers
    return _head_after(syls, trig.j, skip, grammar().phrases("warned_situation"))


def _party_unnamed_migrants(syls, slots, k: int) -> bool:
    """A noun of migrants, refugees or border crossers (grammar class `migrant_noun`) opens at k, a whole word, and
    no name follows it right away: the act's recipients are these unnamed people; a country named later in their
    own clause ("người di cư cố vượt biên vào Mỹ", "người tị nạn từ Syria") is where they go or come from, no
    participant (helper h13-g). "người di cư Honduras" names their country right after the noun and keeps it."""
    if slots[k]:
        return False
    noun = _phrase_starting(syls, k, grammar().phrases("migrant_noun"))
    if noun is None or not _word_aligned(syls, k, len(noun)):
        return False
    end = k + len(noun)
    return not (end < len(syls) and slots[end])


def _party_warns_of_owned_act(coder, syls, slots, trig: Found) -> bool:
    """'Saudi Arabia cảnh báo các biện pháp trừng phạt của Mỹ, nếu có, là thiển cận', 'cảnh báo những vụ tấn công
    của X': a warning verb (grammar class `warning_verb`, the whole trigger) whose object is a nominal act (plural
    markers, quantifiers and nominalisers between) with its owner after an agent marker: the warner speaks about
    the owner's act, which the owner does; it threatens no one (helper h13-g). A retaliation ("sẽ đáp trả các lệnh
    trừng phạt của Mỹ") is no warning verb and stays aimed at the owner; "cảnh báo Mỹ …" names its addressee first."""
    g = grammar()
    verb = _phrase_starting(syls, trig.i, g.phrases("warning_verb"))
    if verb is None or trig.i + len(verb) != trig.j:
        return False
    k = trig.j
    while k < len(syls) and syls[k].low in g.warned_act_determiners and not slots[k]:
        k += 1
    if k >= len(syls) or slots[k] or not coder._trigger_at(syls, k):
        return False
    return bool(coder._agent_of(syls, slots, coder._found_at(syls, k)))


SITUATION_SEARCH = 30  # syllables after a warning searched for its first actor
SITUATION_PAIR_REACH = 4  # syllables between a situation noun and the "giữa" of its pair ("chiến tranh thương mại giữa")


def _situation_pair_only(syls, slots, trig: Found) -> bool:
    """'cảnh báo sẽ không có người thắng cuộc nếu một cuộc chiến tranh thương mại giữa Mỹ và Trung Quốc nổ ra': the
    first actor after a warning (in its sentence) opens the pair "giữa A và B" of a situation noun (grammar classes
    `warned_situation`, `conflict_noun`) a few syllables before; the pair only describes the situation warned about
    (general concern, GUIDELINES.md), no one is warned. "cảnh báo X … xung đột giữa …" names X first and keeps it."""
    g = grammar()
    heads = grammar().phrases("warned_situation") + grammar().phrases("conflict_noun")
    for k in range(trig.j, min(len(syls), trig.j + SITUATION_SEARCH)):
        if syls[k].text in g.clause_breaks:
            return False
        if slots[k]:
            if k < 2 or syls[k - 1].low != g.between:
                return False
            return any(_phrase_starting(syls, x, heads) for x in range(max(trig.j, k - 1 - SITUATION_PAIR_REACH), k - 1))
    return False


def _coordinated(syls, slots, trig: Found, subjects: list[str]) -> Frame | None:
    """Coordinated subjects who hold the event with each other, unless they are one actor or only the pair of a
    situation noun before the trigger (_in_situation_pair)."""
    if len(subjects) < 2 or _in_situation_pair(syls, slots, trig, subjects):
        return None
    return Frame(subjects, subjects, True, "coordinated_subjects")


def _in_situation_pair(syls, slots, trig: Found, actors: list[str]) -> bool:
    """'(Vấn đề) căng thẳng giữa Mỹ và Trung Quốc là chủ đề thảo luận …': every actor stands in the pair "giữa A
    và B" of a situation noun (grammar classes `warned_situation`, `conflict_noun`) before the trigger, with no
    clause break: the pair describes the situation, it is no subject of the later verb."""
    g = grammar()
    at = next((k for k in range(trig.i - 1, -1, -1) if syls[k].low == g.between or syls[k].text in g.clause_breaks), None)
    if at is None or syls[at].low != g.between:
        return False
    heads = grammar().phrases("warned_situation") + grammar().phrases("conflict_noun")
    if not any(_phrase_starting(syls, x, heads) for x in range(max(0, at - SITUATION_PAIR_REACH), at)):
        return False
    if at + 1 >= trig.i or not slots[at + 1]:
        return False
    pair = _group(syls, slots, at + 1, backwards=False)
    end = _group_end(syls, slots, at + 1, pair)
    # "… dịu bớt sau khi hai nước đạt được thỏa thuận": an actor named after the pair is the verb's own subject
    return end < trig.i and not any(slots[end + 1 : trig.i]) and all(a in pair for a in actors)


def _meeting_unheld(syls, trig: Found, triggers) -> bool:
    """'để tránh một cuộc gặp với X', 'né tránh gặp X': a meeting right after a verb of avoiding (grammar class
    `meeting_avoided`, read as `_doubted` reads its phrases) is not held. 'bất kỳ cuộc đàm phán nào với X': a meeting
    under a free-choice quantifier (class `meeting_free_choice`) is any meeting at all (a condition, a rule, a
    readiness), none reported, unless a negation stands before it in its clause ('không có bất kỳ cuộc đàm phán
    nào với Mỹ' denies talks and is left to negation)."""
    if _doubted(syls, trig, triggers, "meeting_avoided"):
        return True
    if not _doubted(syls, trig, triggers, "meeting_free_choice"):
        return False
    g = grammar()
    start = trig.i
    while start > 0 and syls[start - 1].text != "," and syls[start - 1].text not in g.clause_breaks:
        start -= 1
    return not _has_any([s.low for s in syls[start:trig.i]], g.negation)


def _meeting_absent(syls, trig: Found) -> bool:
    """'Duterte không tham gia cuộc họp ASEAN - Mỹ', 'vắng mặt tại hội nghị thượng đỉnh ASEAN - Trung Quốc': a phrase
    of absence (grammar class `meeting_absence`) right before the meeting noun, past nominalisers and plural markers.
    The attendance verb in it may be a trigger of its own, so no other trigger is skipped (unlike `_doubted`)."""
    g = grammar()
    k = trig.i
    while k > 0 and (syls[k - 1].low in g.nominalisers or syls[k - 1].low in g.claim_quantifiers):
        k -= 1
    return _phrase_before(syls, k, g.phrases("meeting_absence")) is not None


_MEETING_SENDER_REACH = 4  # syllables between the agent marker "do" and the sender's name (titles: "Tổng thống Nga")


def _meeting_sender(syls, slots, k: int) -> bool:
    """'phái đoàn Mỹ do Tổng thống Joe Biden cử tới thăm Đài Loan', 'đặc phái viên do ông Putin chỉ định': the mention
    at k is the agent (grammar class `meeting_sender_marker`, titles between) of a verb of sending or appointing
    right after it (class `meeting_sender_verb`): it names who sent the envoys, not who visits or meets; the visitor
    is the delegation named before. "phái đoàn do ông Blinken dẫn đầu" (led by) is no sending and keeps its leader."""
    g = grammar()
    end = _mention_edge(slots, k, backwards=False)
    if _phrase_starting(syls, end + 1, g.phrases("meeting_sender_verb")) is None:
        return False
    for x in range(k - 1, max(-1, k - 1 - _MEETING_SENDER_REACH), -1):
        if slots[x]:
            return False
        if _phrase_starting(syls, x, g.phrases("meeting_sender_marker")) is not None:
            return True
    return False


def _doubted(syls, trig: Found, triggers, cls: str = "doubt_phrase") -> bool:
    """'đặt câu hỏi về cam kết của Mỹ đối với NATO', 'hoài nghi về cam kết của X': a doubt phrase (grammar class
    `doubt_phrase`) right before a nominal event, past nominalisers, plural markers and the nouns of other triggers
    ("đặt dấu hỏi về cam kết viện trợ của X"), questions whether it holds; it is no asserted event of its owner."""
    g = grammar()
    ends = {t.j: t.i for t in triggers if t.i < trig.i}
    k = trig.i
    while k > 0 and (syls[k - 1].low in g.nominalisers or syls[k - 1].low in g.claim_quantifiers or k in ends):
        k = ends.get(k, k - 1)
    return _phrase_before(syls, k, grammar().phrases(cls)) is not None


def _addressee_comma(syls, slots, c: int) -> bool:
    """'ra tối hậu thư cho châu Âu, Trung Quốc và Nga có biện pháp giúp …': a comma between two names (an actor
    right after it; an actor or a capitalised word the lexicon does not know right before it) joins a list of
    addressees; it closes no clause, so the act after the list is still what is asked of them."""
    if c < 1 or c + 1 >= len(syls) or not slots[c + 1]:
        return False
    return bool(slots[c - 1]) or syls[c - 1].text[:1].isupper()


def _negated_condition(syls, trig: Found) -> bool:
    """'Nếu hai bên không đạt được thỏa thuận, Mỹ sẽ …': a negated event inside a condition clause (a condition
    marker opens its clause, no comma between) is only a supposition that it fails, neither asserted nor denied."""
    g = grammar()
    for k in range(trig.i - 1, -1, -1):
        if syls[k].text == "," or syls[k].text in g.clause_breaks:
            return False
        if _phrase_starting(syls, k, g.condition_markers) is not None:
            return _mode(syls, trig) == "negated"
    return False


MATCH_REACH = 12  # syllables after a trigger searched for the venue of a match ("tại trận bán kết")


def _match_venue(syls, trig: Found) -> bool:
    """'Anh và Nga có thể gặp nhau tại trận bán kết', 'Iran đánh bại Mỹ ở vòng bảng': a place preposition after the
    trigger, in its clause, opens a match stage (grammar class `match_stage`, a "trận" or "vòng" before it
    allowed): national sides meeting, beating or attacking each other in a match are teams at play, not states
    (sport is not annotated, GUIDELINES.md). A stage named in another clause ("sẽ tới Nga nếu Pháp lọt vào bán
    kết") is no venue of the trigger."""
    g = grammar()
    stages = grammar().phrases("match_stage")
    heads = _first_words(grammar().phrases("match_head"))  # "trận", "vòng" before the stage
    for k in range(trig.j, min(len(syls), trig.j + MATCH_REACH)):
        if syls[k].text == "," or syls[k].text in g.clause_breaks or _phrase_starting(syls, k, g.condition_markers):
            return False
        if syls[k].low in g.place_preps or syls[k].low in g.venue_preps:
            x = k + 1
            while x < len(syls) and syls[x].low in heads:
                x += 1
            if x < len(syls) and _phrase_starting(syls, x, stages) is not None:
                return True
    return False


HAZARD_REACH = 20  # syllables after a hazard warned of searched for a predicate of its own (its clause ends it sooner)


def _warns_of_hazard(syls, trig: Found) -> bool:
    """'Nhật Bản phát cảnh báo tên lửa', 'không kịp cảnh báo tên lửa Triều Tiên', 'cảnh báo sóng thần', 'cảnh báo
    công dân tránh tới …': what is warned about, right after the warning, is a hazard or the public (grammar class
    `warned_hazard`): a public alert or advisory, not a threat against the country the hazard comes from. A
    warning that predicates of the hazard ("cảnh báo tên lửa Mỹ ở châu Âu sẽ trở thành mục tiêu": a future or a
    modal in its clause) is a threat and stays."""
    g = grammar()
    skip = g.topic_preps | g.nominalisers | g.claim_quantifiers
    if not _head_after(syls, trig.j, skip, grammar().phrases("warned_hazard")):
        return False
    for k in range(trig.j, min(len(syls), trig.j + HAZARD_REACH)):
        if syls[k].text == "," or syls[k].text in g.clause_breaks:
            break
        if syls[k].low in g.future_markers or _phrase_starting(syls, k, g.hypothetical) is not None:
            return False
    return True


def _capability_marked(syls, trig: Found) -> bool:
    """'Trung Quốc đủ sức tấn công Đài Loan', 'Nga có đủ khả năng tấn công mọi mục tiêu': an ability word (grammar
    class `capability_marker`) right before the trigger (clause adverbs between) says what an actor is able to do,
    a capability the guidelines do not code, not an act nor a stated option."""
    g = grammar()
    k = trig.i
    while k > 0 and syls[k - 1].low in g.clause_adverbs:
        k -= 1
    return _phrase_before(syls, k, grammar().phrases("capability_marker")) is not None


WEAPON_REACH = 8  # syllables from a possibility marker back to the weapon it is said of ("tên lửa Hwasong-15 của X")


def _weapon_capability(syls, slots, trig: Found) -> bool:
    """'Triều Tiên sở hữu tên lửa có khả năng tấn công Mỹ', 'tên lửa Hwasong-15 của Bình Nhưỡng có thể vươn tới Mỹ':
    a possibility marker right before the trigger whose subject is a weapon (grammar class `weapon_noun`, or a
    `vehicle_noun`, its name or owner between): what the weapon can reach or strike, a capability, not an attack
    (hypothetical or not). "Israel có thể tấn công Iran" (a state's option) has no weapon before it."""
    g = grammar()
    k = trig.i
    while k > 0 and syls[k - 1].low in g.clause_adverbs:
        k -= 1
    marker = _phrase_before(syls, k, grammar().phrases("weapon_ability"))
    if marker is None:
        return False
    heads = grammar().phrases("weapon_noun") + grammar().phrases("vehicle_noun")
    for x in range(k - len(marker) - 1, max(-1, k - len(marker) - 1 - WEAPON_REACH), -1):
        if syls[x].text == "," or syls[x].text in g.clause_breaks or syls[x].low == g.conjunction:
            return False
        if syls[x].verb and not slots[x] and syls[x].text[:1].islower() and _phrase_before(syls, x + 1, heads) is None \
                and _phrase_starting(syls, x, heads) is None:
            return False  # a verb of its own ("Nga điều tàu … và"): the marker is said of the clause's subject
        if _phrase_starting(syls, x, heads) is not None:
            return True
    return False


def _feared(syls, slots, trig: Found) -> bool:
    """'… do lo ngại Mỹ có thể triển khai lực lượng tới Colombia', 'bất chấp nguy cơ bị Mỹ áp đặt lệnh trừng phạt',
    'Kiev lo sợ bị Nga tấn công': the trigger's agent follows a word of fear (grammar class `feared_act`) or a noun
    of risk (`risk_noun`), a complementiser, or the passive marker that makes the agent's act befall the fearer,
    between, and only clause adverbs and possibility markers (a making verb and determiners before a measure noun)
    stand between the agent and the trigger: an act someone fears or risks, not one its agent does or announces.
    After a fear word a possibility or future marker, or the passive marker, must say so ("lo ngại Trung Quốc sử
    dụng …" may be an act going on); a risk is never a deed. A past marker ("lo ngại Nga đã triển khai …") or any
    other word ("sẽ tiếp tục cung cấp": an act going on) leaves the act reported."""
    g = grammar()
    k = _measure_determiners_start(syls, trig.i)
    verb = _phrase_before(syls, k, g.making_verbs)  # "nguy cơ bị Mỹ áp đặt (các) lệnh trừng phạt"
    k = k - len(verb) if verb else trig.i
    modal = False
    while k > 0:
        if syls[k - 1].low in g.past_markers:
            return False
        possible = _phrase_before(syls, k, g.possibility_markers)
        if possible is None and syls[k - 1].low not in g.clause_adverbs:
            break
        modal = modal or possible is not None or syls[k - 1].low in g.future_markers
        k -= len(possible) if possible else 1
    x = k
    while x > 0 and (slots[x - 1] or x > 1 and slots[x - 2] and (
            syls[x - 1].low in g.list_joiners and syls[x - 1].text != "," or syls[x - 1].low == g.conjunction)):
        x -= 1
    if x == k:
        return False  # no agent right before: "lo ngại có thể …" names no one who would act
    passive = x > 0 and syls[x - 1].low in g.passive_markers
    fears = grammar().phrases("feared_act")
    fused = _phrase_before(syls, x, fears) is not None  # "e rằng": a fear word bound to its complementiser
    x -= 1 if passive or x > 0 and syls[x - 1].low in g.complementisers else 0
    if _phrase_before(syls, x, grammar().phrases("risk_noun")) is not None:
        return True
    return (modal or passive) and (fused or _phrase_before(syls, x, fears) is not None)


COMMIT_REACH = 8  # syllables after the actor opening a main clause searched for its future marker or threat
SPECULATION_REACH = 50  # syllables before a trigger searched for the verb of a prediction or assessment
ANALYST_REACH = 8  # syllables from an analyst noun to the assessment verb it is the subject (or passive agent) of


def _speculated(syls, slots, trig: Found) -> bool:
    """'Cựu đại sứ Canada dự đoán các hoạt động trao đổi … có thể bị dừng lại', 'Các chuyên gia nhận định động thái
    này thể hiện X đang cân nhắc …', 'Diễn biến này được giới quan sát đánh giá là …': the trigger stands in the
    complement of a prediction verb (grammar class `speculation_verb`) or of an assessment verb (`assessment_verb`)
    whose subject or passive agent is an analyst, expert or observer (`analyst_noun`), in its sentence: analysts'
    and journalists' speculation, which the guidelines do not annotate. A verb of assessment by an actor ("Mỹ cho
    rằng Nga đã tấn công …") is no speculation and is left to the other rules."""
    g = grammar()
    predictions, assessments = grammar().phrases("speculation_verb"), grammar().phrases("assessment_verb")
    analysts = grammar().phrases("analyst_noun")
    for k in range(trig.i - 1, max(-1, trig.i - 1 - SPECULATION_REACH), -1):
        if syls[k].text in g.clause_breaks:
            return False
        if _phrase_starting(syls, k, predictions) is not None:
            return True
        verb = _phrase_starting(syls, k, assessments)
        if verb is not None and k + len(verb) <= trig.i:
            return any(_phrase_starting(syls, x, analysts) is not None and not any(slots[x:k])
                       for x in range(max(0, k - ANALYST_REACH), k)) or _analyst_owned(syls, slots, k + len(verb))
    return False


ANALYST_OWNER_GAP = 2  # determiner syllables between "của" and the analyst noun ("của nhiều chuyên gia", "của một số")


def _analyst_owned(syls, slots, y: int) -> bool:
    """'Theo nhận định của giới quan sát, …', 'theo đánh giá của nhiều chuyên gia': the assessment (a noun here) at
    `y` is owned ("của") by analysts (grammar class `analyst_noun`), a few lower-case determiners between: their
    speculation. "Theo đánh giá của Bộ Quốc phòng Anh" is an actor's."""
    g = grammar()
    if y >= len(syls) or syls[y].low != g.possessive:
        return False
    for x in range(y + 1, min(len(syls), y + 2 + ANALYST_OWNER_GAP)):
        if _phrase_starting(syls, x, grammar().phrases("analyst_noun")) is not None:
            return True
        if slots[x] or not syls[x].text.isalpha() or not syls[x].text.islower():
            return False
    return False


CANCELLED_REACH = 16  # syllables after a meeting noun searched for the passive of its cancellation ("bị hủy")


def _cancelled_after(syls, trig: Found) -> bool:
    """'Cuộc gặp giữa A và B bị hủy vào phút chót', 'Chuyến thăm X của Y đã bị hoãn': a cooperative event (a meeting,
    a visit, a joint exercise) followed in its clause by a passive marker and a cancellation word (clause adverbs
    between) is called off: negated, as the active 'A hủy cuộc gặp với B'. "không bị hủy" cancels nothing."""
    if not relation_types()[trig.relation].cooperative:
        return False
    g = grammar()
    for k in range(trig.j, min(len(syls), trig.j + CANCELLED_REACH)):
        if syls[k].text == "," or syls[k].text in g.clause_breaks:
            return False
        if syls[k].low not in g.passive_markers:
            continue
        x = k + 1
        while x < len(syls) and syls[x].low in g.clause_adverbs:
            x += 1
        if _phrase_starting(syls, x, g.cancellation) is not None:
            return _phrase_before(syls, k, g.negation) is None
        return False
    return False


SUSPENDED = "suspended"  # the rule suffix of meetings suspended indefinitely (a sanction in force)


def _suspended_indefinitely(syls, trig: Found) -> bool:
    """'hoãn vô thời hạn tất cả các cuộc họp song phương với X', 'đình chỉ vô thời hạn các cuộc tiếp xúc': a
    cancellation or halting word followed by an indefinite term (grammar class `indefinite_term`) in the trigger's
    window: the contacts are suspended (a sanction), not one meeting postponed (a negated meeting)."""
    g = grammar()
    stops = g.cancellation + grammar().phrases("halting")
    terms = grammar().phrases("indefinite_term")
    for k in range(max(0, trig.i - CANCEL_REACH - 2), trig.i):
        if syls[k].text == "," or syls[k].text in g.clause_breaks:
            return False
        stop = _phrase_starting(syls, k, stops)
        if stop is not None and _phrase_starting(syls, k + len(stop), terms) is not None:
            return _phrase_before(syls, k, g.negation) is None
    return False


def _rehearsed(syls, trig: Found) -> bool:
    """'diễn tập tấn công các căn cứ của Mỹ', 'tập trận mô phỏng một cuộc tấn công vào X', 'tập dượt không kích': a
    drill word (grammar class `drill_word`) right before the trigger (clause adverbs, counts and nominalisers
    between) makes the act a rehearsal."""
    g = grammar()
    k = trig.i
    while k > 0 and (syls[k - 1].low in g.clause_adverbs or syls[k - 1].low in g.nominalisers
                     or syls[k - 1].low in g.claim_quantifiers or syls[k - 1].low in g.quantity_words
                     or syls[k - 1].low in g.light_nouns):
        k -= 1
    return _phrase_before(syls, k, g.phrases("drill_word")) is not None


_WARNING_PRESSURE = frozenset({"coerce", "demand", "threaten", "attack"})  # what force stated as an option is for
# measures that are threats when not ruled out, announced on a condition (CAMEO 131 threaten non-force, 137 threaten
# with repression), but stay themselves when only considered; attack has its own `option_as` column
_WARNING_OPTION_AS = {"sanction": "131", "coerce": "137"}
OPEN_OPTION_REACH = 6  # syllables before a trigger searched for a marker that leaves the option open


def _warning_domain_adjunct(syls, k: int) -> int:
    """'(biện pháp trả đũa) về ngoại giao đối với Anh', 'về mặt quân sự nhằm vào X': a topic preposition, then a
    field of action (grammar class `warning_domain`), then right away a partner, target or "đối với" preposition:
    the field qualifies the act and the recipient follows. The syllables of the adjunct, or 0."""
    g = grammar()
    if k >= len(syls) or syls[k].low not in g.topic_preps:
        return 0
    field = _phrase_starting(syls, k + 1, grammar().phrases("warning_domain"))
    if field is None:
        return 0
    after = k + 1 + len(field)
    if after < len(syls) and (syls[after].low in g.partner_preps or _phrase_starting(syls, after, g.target_phrases)
                              or _phrase_starting(syls, after, (g.regarding,))):
        return 1 + len(field)
    return 0


def _warning_optional(relation: str) -> bool:
    """Whether an event of the relation is a threat when stated as an option or announced on a condition."""
    return bool(relation_types()[relation].option_as) or relation in _WARNING_OPTION_AS


def _warning_open_option(syls, trig: Found) -> bool:
    """'Mỹ không loại trừ khả năng bắt giữ …', 'để ngỏ khả năng trừng phạt …': a marker of grammar class
    `warning_open_option` in the trigger's clause, at most OPEN_OPTION_REACH syllables before it, with no past
    marker right after it and no passive marker or clause opening between."""
    g = grammar()
    markers = grammar().phrases("warning_open_option")
    for k in range(max(0, trig.i - OPEN_OPTION_REACH), trig.i):
        if syls[k].text == "," or syls[k].text in g.clause_breaks:
            return False
        marker = _phrase_starting(syls, k, markers)
        if marker and _word_aligned(syls, k, len(marker)) and k + len(marker) <= trig.i:
            after = k + len(marker)
            if after < trig.i and syls[after].low in g.past_markers:
                return False
            return not any(syls[x].low in g.passive_markers or _starts_clause(syls, x) for x in range(after, trig.i))
    return False


_WARNING_QUOTES = QUOTE_MARKS | frozenset("'‘’")  # quotation marks, single ones too ("sẽ phải 'trả giá'")


def _warning_made_force(syls, trig: Found) -> bool:
    """'Mỹ tuyên bố sẽ áp đặt (thêm) các lệnh trừng phạt đối với Nga nếu …': a measure noun made by a verb of making
    (grammar class `making_verb`; quantifiers and nominalisers between) right after a future marker that a speech
    verb opens, and a condition after it: a conditional threat, as `_conditional_force` codes a verb right after
    the marker."""
    k = _measure_determiners_start(syls, trig.i)
    verb = _phrase_before(syls, k, grammar().making_verbs)
    return verb is not None and _conditional_force(syls, replace(trig, i=k - len(verb)))


def _measure_determiners_start(syls, k: int) -> int:
    """Where the determiners (quantifiers, nominalisers, quantity words: "thêm các") before a measure noun at k
    start: a making verb ends there ("áp đặt | thêm các lệnh trừng phạt")."""
    g = grammar()
    while k > 0 and (syls[k - 1].low in g.claim_quantifiers or syls[k - 1].low in g.nominalisers
                     or syls[k - 1].low in g.quantity_words):
        k -= 1
    return k


def _warning_past_quotes(syls, k: int) -> int:
    """The first syllable from k on that is no quotation mark ('sẽ phải "trả giá"')."""
    while k < len(syls) and syls[k].text in _WARNING_QUOTES:
        k += 1
    return k


def _future_before(syls, k: int) -> bool:
    """A future marker ("sẽ"), or a word of readiness (grammar class `option_marker`: "sẵn sàng", "không loại trừ"),
    stands before the condition marker at k in its sentence, no clause break between: the condition trails a
    commitment, an offer or a threat ("Australia sẽ tham chiến nếu Triều Tiên tấn công Mỹ", "Iran sẵn sàng đàm
    phán nếu Mỹ dỡ bỏ trừng phạt"), whose supposition is not coded (only the commitment is); a fronted condition
    ("Nếu A và B đạt được thỏa thuận, …") keeps its hypothetical event."""
    g = grammar()
    for x in range(k - 1, -1, -1):
        if syls[x].text in g.clause_breaks:
            return False
        if syls[x].low in g.future_markers or _phrase_starting(syls, x, g.option_markers) is not None:
            return True
    return False


def _undergoes(syls, k: int) -> bool:
    """A passive marker opens the predicate at syllable k (clause adverbs before it): the actor before k undergoes
    the act ("nếu Guaido bị tổn hại", "nếu lãnh thổ Nga bị tấn công")."""
    g = grammar()
    while k < len(syls) and syls[k].low in g.clause_adverbs:
        k += 1
    return k < len(syls) and syls[k].low in g.passive_markers


def _cancellation_considered(syls, trig: Found) -> bool:
    """'Obama tính hủy gặp Duterte', 'Pháp cân nhắc hoãn chuyến thăm Nga', 'dọa hủy cuộc gặp thượng đỉnh': a
    cancellation word (grammar class `cancellation`) in the trigger's window right after a word of considering,
    threatening or possibility (class `considered_cancel`): nothing is cancelled yet and the meeting is not held
    either, so the trigger codes no event (the consideration or threat is coded on its own where a row has it)."""
    g = grammar()
    for k in range(max(0, trig.i - CANCEL_REACH), trig.i):
        if syls[k].text in g.clause_breaks or syls[k].text == ",":
            return False
        cancel = _phrase_starting(syls, k, g.cancellation)
        if cancel is not None and k + len(cancel) <= trig.i:
            return _phrase_before(syls, k, grammar().phrases("considered_cancel")) is not None
    return False


CANCEL_REACH = 6  # syllables before a trigger searched for the cancellation word (the window of _mode)


def _passive_verb(syls, slots, k: int) -> bool:
    """The verb at syllable k is passive: a passive marker (grammar classes `passive_marker`,
    `reduced_passive_marker`) right before it or before the agent named right before it ('do Iran hậu thuẫn')."""
    g = grammar()
    markers = g.single_words("reduced_passive_marker") | g.passive_markers
    before = _mention_edge(slots, k - 1, backwards=True) if k > 0 and slots[k - 1] else k
    return before > 0 and syls[before - 1].low in markers


def _nominal_opening(syls, k: int) -> bool:
    """A nominaliser, plural marker or determiner at syllable k ('các cuộc đàm phán', 'những lệnh …'): a noun
    phrase opens there, not a predicate."""
    g = grammar()
    return (syls[k].low in g.nominalisers or syls[k].low in g.claim_quantifiers
            or _phrase_starting(syls, k, g.phrases("trigger_determiner")) is not None)


def _before_determiners(syls, k: int) -> int:
    """Where the nominalisers, plural markers and determiners (grammar class `trigger_determiner`) right before
    syllable k begin: 'tạm ngưng | các khoản viện trợ', 'đình chỉ | toàn bộ viện trợ'."""
    g = grammar()
    determiners = g.phrases("trigger_determiner")
    while k > 0:
        if syls[k - 1].low in g.nominalisers or syls[k - 1].low in g.claim_quantifiers:
            k -= 1
            continue
        det = _phrase_before(syls, k, determiners)
        if det is None:
            return k
        k -= len(det)
    return k


def _halted(syls, trig: Found) -> bool:
    """'chấm dứt viện trợ quân sự cho X', 'tạm dừng các cuộc tập trận chung với X': a halting word (grammar class
    `halting`) right before the event noun, past nominalisers and plural markers; the event is stopped, not done.
    A negation right before the halting word ("không ngừng tăng cường hợp tác": incessantly) halts nothing."""
    k = _before_determiners(syls, trig.i)
    halt = _phrase_before(syls, k, grammar().phrases("halting"))
    if halt is None:
        return False
    at = k - len(halt)
    return _phrase_before(syls, at, grammar().negation) is None


def _permitted(syls, slots, trig: Found) -> bool:
    """'cho phép Nga, Trung Quốc và châu Âu tiếp tục hợp tác với Iran': an act after a permission verb (grammar
    class `permission_verb`) in its clause is what the permitter allows, its concession, not an act the permitted
    did. A comma ends the clause unless it is inside the list of permitted actors right after the verb."""
    g = grammar()
    phrases = grammar().phrases("permission_verb")
    for k in range(trig.i, max(0, trig.i - REQUEST_REACH), -1):
        if syls[k - 1].text in g.clause_breaks:
            return False
        if _phrase_before(syls, k, phrases) is not None:
            return not any(syls[x].text == "," and not _in_actor_list(syls, slots, k, x) for x in range(k, trig.i))
    return False


def _in_actor_list(syls, slots, start: int, x: int) -> bool:
    """Only actors, commas and list joiners stand from `start` to `x`: the comma at x is inside a list of actors."""
    joiners = grammar().list_joiners
    # "cho phép, Hàn Quốc …": a comma right after the verb closes its clause, no list stands before it
    return x > start and all(slots[y] or syls[y].text == "," or syls[y].low in joiners for y in range(start, x))


def _meets_unnamed(syls, trig: Found) -> bool:
    """'Hai ông A và B đã gặp người đồng cấp', '… hội đàm với các quan chức …', '… gặp gỡ báo giới': the meeting
    verb has an object, an unnamed counterpart; the coordinated subjects meet it, not each other."""
    g = grammar()
    skip = frozenset(g.partner_preps) | g.claim_quantifiers
    return _head_after(syls, trig.j, skip, grammar().phrases("unnamed_counterpart"))


def _said_by(syls, trig: Found, k: int) -> bool:
    """'ca ngợi bức thư từ X', 'bác bỏ các cáo buộc từ phía X': after a verbal event and what it is about, "từ"
    names whose it is, the recipient; a material event's "từ" is where something comes from."""
    verbal = relation_types()[trig.relation].quad_class.startswith("verbal")
    return verbal and k - 1 > trig.j and syls[k - 1].low in grammar().agent_markers


PROPOSING_REACH = 8  # syllables from a proposing word to the meeting it proposes ("gợi ý khối có thể tổ chức thảo luận")


def _words_before(syls, trig: Found, reach: int) -> list[str]:
    """The lower-case words of the `reach` syllables before the trigger, from the last comma on."""
    words = [s.low for s in syls[max(0, trig.i - reach):trig.i]]
    return words[len(words) - words[::-1].index(","):] if "," in words else words


def _proposing_at(syls, trig: Found) -> int | None:
    """Where the proposing word before a meeting trigger starts ("lời kêu gọi tiếp tục đàm phán"), or None."""
    for k in range(trig.i - 1, max(0, trig.i - PROPOSING_REACH) - 1, -1):
        if _phrase_starting(syls, k, grammar().proposing):
            return k
    return None


def _invitee_between(syls, slots, trig: Found) -> bool:
    """An actor stands between a proposing verb and the meeting ("mời ông Kim tới thăm Nga"): the invitee."""
    g = grammar()
    first = max(0, trig.i - PROPOSING_REACH)
    for k in range(trig.i - 1, first - 1, -1):
        phrase = _phrase_starting(syls, k, g.proposing)
        if phrase:
            return any(slots[x] for x in range(k + len(phrase), trig.i))
    return False


def _states_option(syls, trig: Found) -> bool:
    """An option marker stands in the trigger's clause before it ("không loại trừ khả năng", "sẵn sàng"; "có thể"
    only right after a speech verb: "tuyên bố có thể can thiệp"), not followed by a past marker ("có thể đã tấn
    công" is speculation about the past)."""
    g = grammar()
    first = max((k + 1 for k in range(max(0, trig.i - 6), trig.i) if syls[k].text == ","), default=max(0, trig.i - 6))
    for k in range(first, trig.i):
        possible = _phrase_starting(syls, k, g.possibility_markers)
        marker = _phrase_starting(syls, k, g.option_markers) or (
            possible if possible and _speaker_states(syls, k) else None)
        if marker and _word_aligned(syls, k, len(marker)):
            after = k + len(marker)
            if after < trig.i and syls[after].low in g.past_markers:
                return False
            # "khả năng bị Triều Tiên tấn công", "có thể đáp trả nếu cuộc tấn công …": not the attacker's option
            return not any(syls[x].low in g.passive_markers or _starts_clause(syls, x) for x in range(after, trig.i))
    return False




def _speaker_states(syls, k: int) -> bool:
    """A speech verb ends right before syllable k, or before a pronoun that stands for its speaker (grammar class
    `speaker_pronoun`, a complementiser before it allowed): "tuyên bố có thể can thiệp", "Mỹ cho biết (rằng) họ có
    thể can thiệp quân sự …": the possibility that follows is the speaker's own stated option. A named subject of
    its own ("Mỹ cho biết Nga có thể tấn công …") makes it a claim about another, which stays as it is."""
    g = grammar()
    pronoun = _phrase_before(syls, k, grammar().phrases("speaker_pronoun"))
    if pronoun is not None:
        k -= len(pronoun)
        k -= 1 if k > 0 and syls[k - 1].low in g.complementisers else 0
    return _phrase_before(syls, k, g.speech_verbs) is not None


def _forum_of_meeting(syls, slots, trig: Found) -> str | None:
    """'Nga chỉ trích Anh tại cuộc họp Hội đồng Bảo an', 'phát biểu tại hội nghị thượng đỉnh NATO': an organisation
    named right after a meeting noun (grammar class `meeting_noun`) is the body that holds the meeting, the forum
    where the sentence's actor speaks, not the party it meets; "hội nghị thượng đỉnh EU - Trung Quốc" names two
    parties (a dash follows) and keeps them. Words naming the body's members may stand between (grammar class
    `forum_member_gap`)."""
    g = grammar()
    k = trig.j
    if k >= len(syls) or _phrase_before(syls, k, g.meeting_nouns) is None:
        return None
    gap = _phrase_starting(syls, k, grammar().phrases("forum_member_gap"))
    k += len(gap) if gap else 0  # "hội nghị thượng đỉnh các thành viên NATO": the members' body is still the forum
    if k >= len(syls) or not slots[k]:
        return None
    mention = slots[k][0]
    end = _mention_edge(slots, k, backwards=False)
    if mention.actor_id.partition(":")[0] != ORGANISATION_ID_PREFIX or (
            end + 1 < len(syls) and syls[end + 1].text in DYAD_MARKS):
        return None
    return mention.actor_id


def _capability(syls, slots, trig: Found) -> bool:
    """'Liên Xô đặt tên lửa ở Cuba, có thể bắn trúng các mục tiêu của Mỹ', 'Nga triển khai S-400, có thể bắn hạ máy
    bay ở cự ly 400 km': a clause that opens with a possibility marker (adverbs aside) right after a comma and a
    word that is no actor (a noun, or a name taken as a place: "trên đất Cuba,") says what that thing can do (a weapon's range, a capability), not what an actor does.
    After a speech verb ("cảnh báo, có thể tấn công …") it is the speaker's stated option, and stays."""
    g = grammar()
    k = trig.i
    while k > 0 and syls[k - 1].low in g.clause_adverbs:
        k -= 1
    marker = _phrase_before(syls, k, g.possibility_markers)
    if marker is None:
        return False
    comma = k - len(marker) - 1
    if comma < 1 or syls[comma].text != "," or slots[comma - 1] or not syls[comma - 1].text[:1].isalnum():
        return False
    return not _after_speech_verb(syls, comma)


def _report_content_after(syls, trig: Found) -> bool:
    """'Thủ tướng Campuchia bác tin cho Trung Quốc dùng căn cứ hải quân', 'bác bỏ thông tin về việc Mỹ rút quân': a
    verb of denial (grammar class `denial`) right before a report noun (`nominal_report`, quantifiers before it)
    followed by an object preposition: what follows the preposition is the report's content, and the actor named
    there is neither the report's maker nor rejected. "phía" (a side noun) names the maker instead."""
    g = grammar()
    if tuple(s.low for s in syls[trig.i : trig.j]) not in g.denials:
        return False
    k = trig.j
    while k < len(syls) and syls[k].low in g.claim_quantifiers:
        k += 1
    report = _phrase_starting(syls, k, g.phrases("nominal_report"))
    if report is None or k + len(report) >= len(syls):
        return False
    after = syls[k + len(report)].low
    return after in g.object_preps and after not in g.side_nouns


def _claimed(syls, trig: Found) -> bool:
    """'X cáo buộc Y đã đảo chính', 'Y bị cáo buộc nhận tài trợ từ Z': an act in the complement of an accusation
    (grammar class `claim_verb`, up to CLAIM_REACH syllables before it, no comma or clause break between) is what
    the accuser claims, not an event the text asserts (CAMEO codes the accusation, not its content)."""
    g = grammar()
    firsts = _first_words(g.claim_verbs)
    for k in range(trig.i - 1, max(-1, trig.i - CLAIM_REACH - 3), -1):
        if syls[k].low in g.complementisers and _phrase_before(syls, k, g.claim_verbs):
            continue  # "cáo buộc rằng X đã …": the complementiser opens the claim's content
        if syls[k].text in g.clause_breaks or syls[k].text == "," or _starts_clause(syls, k):
            return False  # "bác bỏ cáo buộc nhưng vẫn bị trừng phạt": a clause of its own
        if (syls[k].low == g.conjunction and k + 1 == trig.i and k > 0 and syls[k - 1].text[:1].isalpha()
                and syls[k - 1].text[:1].islower()):
            continue  # "cáo buộc X 'lên kế hoạch đảo chính và ám sát' Y": acts joined inside the claim's content
        if syls[k].low == g.copula or (syls[k].low == g.conjunction and k + 1 < len(syls) and syls[k + 1].verb):
            return False  # "cáo buộc … là không đúng và kêu gọi …": a predicate of its own, not the claim's content
        if syls[k].low not in firsts:
            continue
        claim = _phrase_starting(syls, k, g.claim_verbs)
        if claim and k + len(claim) <= trig.i and _word_aligned(syls, k, len(claim)):
            return trig.i - (k + len(claim)) <= CLAIM_REACH
    return False


def _suffered_noun_at(syls, trig: Found) -> int | None:
    """'Venezuela hứng chịu lệnh trừng phạt Mỹ', 'đất nước bị bủa vây bởi các lệnh trừng phạt Mỹ': a nominal event
    right after a verb of suffering (class `undergo`, not a bare passive marker) or after the passive agent marker
    ("bởi"), determiners between, is undergone by the clause's subject; after a verb of suffering a bare mention
    after a sanction noun is its imposer. Where the verb or marker starts, or None."""
    g = grammar()
    k = trig.i
    while k > 0 and (syls[k - 1].low in g.claim_quantifiers or syls[k - 1].low in g.nominalisers):
        k -= 1
    if k > 0 and syls[k - 1].low == g.passive_agent:
        return k - 1
    verb = _phrase_before(syls, k, g.receiving)
    return k - len(verb) if verb and _word_aligned(syls, k - len(verb), len(verb)) else None


PATIENT_REACH = 4  # syllables of the passive verb between "bị" and "bởi"


def _passive_patient(syls, slots, trig: Found) -> list[str]:
    """The mention right before the passive marker of 'X bị <verb> bởi <nominal event>': X undergoes the event."""
    g = grammar()
    at = _suffered_noun_at(syls, trig)
    if at is None or syls[at].low != g.passive_agent:
        return []
    for k in range(at - 1, max(0, at - 1 - PATIENT_REACH), -1):
        if slots[k] or not syls[k].text[:1].isalpha():
            return []
        if syls[k].low in g.passive_markers:
            return _group(syls, slots, k - 1, backwards=True) if k > 0 and slots[k - 1] else []
    return []


def _receives_noun(syls, trig: Found) -> bool:
    """A verb of receiving or suffering (grammar class `undergo`, not a bare passive marker: "bị trục xuất" is a
    passive verb) within four syllables before the trigger makes it a noun ("nhận được viện trợ quân sự từ Mỹ")."""
    return _word_before(syls, trig, grammar().receiving)


def _word_before(syls, trig: Found, phrases) -> bool:
    """One of `phrases`, as whole words ("nhận" but not the "nhận" of "công nhận"), within four syllables before
    the trigger."""
    starting = _by_first_syllable(phrases)  # the phrases starting with each syllable, not a scan of them all
    return any(_phrase_at(syls, k, p, trig.i) and _word_aligned(syls, k, len(p))
               for k in range(max(0, trig.i - 4), trig.i) for p in starting.get(syls[k].low, ()))


def _conditional_force(syls, trig: Found) -> bool:
    """'Israel tuyên bố sẽ tấn công Hezbollah nếu …', 'Mỹ tuyên bố sẵn sàng áp đặt lệnh trừng phạt đối với X nếu …':
    force or a measure its actor declares it will use, or is ready to use, on a condition (a speech verb, then a
    future marker or an option marker (grammar class `option_marker`) right before the trigger, a condition marker
    after it) is a threat: readiness on a condition is as much a conditional threat as "sẽ". With no condition a
    readiness stays what it is ("sẵn sàng ký lệnh trừng phạt mới": a sanction, hypothetical)."""
    g = grammar()
    marker = _phrase_before(syls, trig.i, g.option_markers)
    if marker is not None:
        k = trig.i - len(marker)
    elif trig.i >= 1 and syls[trig.i - 1].low in g.future_markers:
        k = trig.i - 1
    else:
        return False
    if k < 1 or not _phrase_before(syls, k, g.speech_verbs):
        return False
    return any(_phrase_starting(syls, x, g.condition_markers) for x in range(trig.j, len(syls)))


def _without_lookalikes(syls, first: int, end: int, lookalikes: tuple[tuple[str, ...], ...],
                        trigger: int | None = None) -> list[str]:
    """The lower-cased syllables [first, end) with every word that only looks like it opens with a negation
    ("Không quân", "không kích", "không người lái", "không chỉ … mà còn") blanked: 'Không quân Israel không kích …'
    is not negated. The span runs through the trigger, so a word ending inside it is seen whole. A look-alike that
    opens before the trigger's first syllable (`trigger`) and runs into it is none: the trigger's own word wins,
    and the 'không' before it negates it ("không chỉ trích" is "does not criticise", "không ngừng viện trợ" "does not
    halt aid", "không quản thúc" "does not detain")."""
    words = [s.low for s in syls[first:end]]
    by_first = _by_first_syllable(lookalikes)  # only phrases opening with word k can match there: most words none
    start = len(words) if trigger is None else trigger - first
    k = 0
    while k < len(words):
        phrase = next((p for p in by_first.get(words[k], ()) if tuple(words[k:k + len(p)]) == p
                       and not k < start < k + len(p)), None)
        if phrase is None:
            k += 1
            continue
        words[k:k + len(phrase)] = [""] * len(phrase)
        k += len(phrase)
    return words


DENIED_ACT_REACH = 5  # syllables between a denial and the act it denies ("phủ nhận việc tham gia cuộc tấn công")


def _denial_before(syls, i: int) -> int | None:
    """Where the act-denial verb starts whose object is the act at syllable i ("phủ nhận (việc / đã / từng) V",
    "phủ nhận việc tham gia cuộc V": a joining verb and the nominalisers after it belong to the act), else None."""
    g = grammar()
    k = i
    while k > 0 and i - k < 2 and syls[k - 1].low in g.nominalisers:
        k -= 1
    joined = _phrase_before(syls, k, g.joining_verbs)
    k = k - len(joined) if joined else i  # nominalisers right before the act only after a joining verb
    while k > 0 and i - k < DENIED_ACT_REACH and syls[k - 1].low in g.denied_act_gaps:
        k -= 1
    denial = _phrase_before(syls, k, g.act_denials)
    return k - len(denial) if denial else None


def _denied_material_act(syls, trig: Found) -> bool:
    """A material act right after an act denial (`_denial_before`); a verbal one there is a claim denied ("bác bỏ
    những cáo buộc từ Washington": the accusation stands, it is what is rejected). Talks are acts held, not claims:
    "Nga phủ nhận đã đàm phán với Ukraine", "phủ nhận việc A gặp B" deny the meeting (negated consult), they reject
    no one (helper h13-d)."""
    verbal = relation_types()[trig.relation].quad_class.startswith("verbal") and trig.relation != CONSULT
    return not verbal and _denial_before(syls, trig.i) is not None


def _negation_before_cancel(before: list[str], g) -> bool:
    """A negation stands before the cancellation word ("không … hủy bỏ"): nothing is cancelled."""
    at = next((x for x in range(len(before)) if any(before[x:x + len(p)] == list(p) for p in g.cancellation)), 0)
    return any(_has(before[:at], p) for p in g.negation)


def _near_miss(window, g) -> bool:
    """'Thổ Nhĩ Kỳ suýt mở chiến dịch tấn công Syria': a near-miss word (negation rows of scope "window") anywhere
    in the mode window after its last comma: the whole verb phrase it opens did not happen, not only its first verb.
    A name between closes it ("Vừa suýt thua bầu cử Erdogan chỉ trích …": the near miss is Erdogan's, not his
    criticism) unless the near miss opens the clause right before that name ("Suýt nữa thì Mỹ đã tấn công …"), and
    so does a comma ("Suýt trúng đạn, Nga vẫn không kích …")."""
    words = [s.low for s in window]
    start = max((k + 1 for k, w in enumerate(words) if w == ","), default=0)
    for k in range(start, len(words)):
        found = [p for p in g.negation_window if tuple(words[k:k + len(p)]) == p]
        if not found:
            continue
        rest = window[k + max(map(len, found)):]
        named = [x for x, s in enumerate(rest) if s.text[:1].isupper()]
        if not named or named[0] == 0:
            return True
    return False


def _negated(before: list[str], negation: tuple[tuple[str, ...], ...]) -> bool:
    """A negation among the last three words, or a longer one that ends right before the trigger."""
    if _first_words(negation).isdisjoint(before):
        return False
    near = before[-3:]
    adjacent = any(len(p) > len(near) and before[-len(p):] == list(p) for p in negation)
    return any(_has(near, p) for p in negation) or adjacent


def _bare_head(words: list[str], g) -> list[str]:
    """`words` without a joining verb (grammar class `joining_verb`) and the quantifiers or nominalisers after it that
    stand right before the trigger: "không tham gia các lệnh trừng phạt" negates the sanctions themselves (not so
    "không gỡ bỏ các lệnh trừng phạt", where the lifting is negated)."""
    end = len(words)
    while end > 0 and (words[end - 1] in g.claim_quantifiers or words[end - 1] in g.nominalisers):
        end -= 1
    verb = next((v for v in g.joining_verbs if tuple(words[max(0, end - len(v)) : end]) == v), None)
    # "không nhận được sự ủng hộ của X": a negated verb of receiving (class `undergo`) negates what is received
    verb = verb or next((v for v in g.receiving if tuple(words[max(0, end - len(v)) : end]) == v), None)
    return words[: end - len(verb)] if verb else words


def _in_compound(syls, k: int) -> bool:
    """The segmenter glued syllable k to a lower-case neighbour ("hiệp định"); a name glued to the next word
    ("Belarus định") is the segmenter's slip, not a compound."""
    glued_left = not syls[k].word_start and k > 0 and syls[k - 1].text[:1].islower()
    glued_right = not syls[k].word_end and k + 1 < len(syls) and syls[k + 1].text[:1].islower()
    return glued_left or glued_right


def _open_question(syls, trig: Found) -> bool:
    """'Hiện vẫn chưa rõ Mỹ có tiếp tục đàm phán với Nga … hay không': whether it happens is unknown."""
    g = grammar()
    return (_has_any([s.low for s in syls[: trig.i]], g.unclear)
            and _has_any([s.low for s in syls[trig.j :]], g.question_tags))


def _named_relative(syls, slots, trig: Found) -> bool:
    """'… có bao gồm thủ lĩnh đối lập được Mỹ hậu thuẫn Juan Guaido hay không': a lower-case noun, a passive marker,
    the agent named right after it, the verb, then the name the noun introduces: a relative clause inside a noun
    phrase, which the sentence takes as given; a question about the clause around it does not reach it."""
    g = grammar()
    if trig.i < 3 or trig.j >= len(syls) or not slots[trig.i - 1] or not _actor_at(syls, slots, trig.j):
        return False
    start = _mention_edge(slots, trig.i - 1, backwards=True)
    if start < 2 or syls[start - 1].low not in g.passive_markers:
        return False
    noun = syls[start - 2]
    return (not slots[start - 2] and noun.text[:1].islower() and noun.text.isalpha()
            and not _word_start(syls, start - 2).verb and noun.low not in g.clause_adverbs
            and _phrase_before(syls, start - 1, g.negation) is None)


def _speaker(syls, slots, trig: Found) -> str | None:
    """In 'Lavrov cho biết Nga sẵn sàng …', the person before the speech verb is the claim's source."""
    words = [s.low for s in syls[: trig.i]]
    g = grammar()
    for k in range(len(words) - 1, 0, -1):
        if words[k] not in g.speech_first:
            continue
        for verb in g.speech_verbs:
            if tuple(words[k : k + len(verb)]) == verb:
                for x in range(k - 1, -1, -1):
                    if slots[x]:
                        return slots[x][0].actor_id
                return None
    return None


def _asks_for_act(syls, slots, trig: Found) -> bool:
    """A request verb followed straight by a verb asks for that act: the mention after it is the act's object,
    not the addressee ("kêu gọi cải cách Hội đồng Bảo an"); "kêu gọi X làm Y" names X first."""
    k = trig.j
    if trig.relation not in relations_with("verbal_request") or trig.needs is not None or not trig.i < k < len(syls):
        return False
    if any(s.low in grammar().nominalisers for s in syls[max(trig.i - 1, 0) : trig.i + 1]):
        return False  # "lời kêu gọi khẩn thiết tới X": a nominal request, its adjunct is no act asked for
    if slots[k] or not syls[k].word_start:
        return False
    act = _phrase_starting(syls, k, grammar().asked_acts)  # a verb the tagger takes for a noun
    return syls[k].verb or act is not None and _word_aligned(syls, k, len(act))


def _detain_nominal_agent(syls, slots, k: int, trig: Found) -> bool:
    """'Bình luận của ông Trump được đưa ra sau vụ Nga bắt 24 thủy thủ Ukraine': a word of grammar class
    `nominal_act_opener` ("vụ", "việc") right before an actor, between a passive marker and the verb, opens a
    nominalised act whose agent that actor is; the marker before it belongs to another verb."""
    return k + 1 < trig.i and bool(slots[k + 1]) and syls[k].low in grammar().single_words("nominal_act_opener")


def _detain_reported_nominal(syls, trig: Found) -> bool:
    """'EU nói rằng vụ bắt ông Kovrig khiến châu Âu lo ngại', 'Canada cho rằng vụ bắt giữ … là vô căn cứ': a trigger
    right after a word of grammar class `nominal_act_opener` ("vụ", "việc") that itself follows a complementiser or a
    speech, declare, labelling or blame verb (or a noun row opening with one there, "vụ bắt giữ") names an act the
    speaker talks about; the speaker is not its agent (one named inside, "vụ Nga bắt …", comes between the opener
    and the verb and is found as usual)."""
    g = grammar()
    openers = g.single_words("nominal_act_opener")
    k = trig.i if syls[trig.i].low in openers else trig.i - 1  # a noun row opening with one: "vụ bắt giữ"
    if k < 1 or syls[k].low not in openers:
        return False
    verbs = g.speech_verbs + g.declare_verbs + g.label_verbs + g.blame_declarers
    return syls[k - 1].low in g.complementisers or _phrase_before(syls, k, verbs) is not None


# -- talk, meeting and relationship nouns that name no event (helper h12-a) --------------------------------------
_NOMINAL_RELATIONS = frozenset({CONSULT, "cooperate"})  # the relations of talk, meeting and cooperation nouns
_NOMINAL_VISIT_CODES = ("042", "043")  # CAMEO visits and hosting: "đoàn thăm …" is a delegation's visit
_NOMINAL_PROMOTER_REACH = 8  # syllables from a promoting verb to the bare relation noun it promotes
_NOMINAL_WHY_REACH = 16  # syllables from a why-word to the negated trigger of its question


def _nominal_modifier(syls, trig: Found) -> bool:
    """'trưởng đoàn đàm phán của Mỹ với Triều Tiên', 'cựu đặc phái viên đàm phán hạt nhân với X', 'quan điểm cứng
    rắn trong vấn đề đàm phán với X': a talk or cooperation noun (`nominal_talk_noun`) right after a role noun
    (`nominal_role`) or a noun of subject matter, stance or prospect (`nominal_matter`, the possessive between)
    modifies it; an office, a view or a potential, not talks held. A verb of dispatch right before the role noun
    ("cử đại diện đàm phán với X": sent to negotiate) keeps the talks."""
    g = grammar()
    if _phrase_starting(syls, trig.i, g.phrases("nominal_talk_noun")) is None:
        return False  # "Đặc phái viên gặp ông Kim …": a verb after a role noun as its subject
    role = _phrase_before(syls, trig.i, g.phrases("nominal_role"))
    if role is not None:
        start = trig.i - len(role)
        while start > 0 and not syls[start].word_start:
            start -= 1  # the whole word: "phái" in "trưởng phái đoàn" is no verb of dispatch
        return _phrase_before(syls, start, g.phrases("nominal_dispatch_verb")) is None
    k = trig.i - 1 if trig.i > 0 and syls[trig.i - 1].low == g.possessive else trig.i  # "tầm quan trọng của hợp tác"
    return _phrase_before(syls, k, g.phrases("nominal_matter")) is not None


def _nominal_promoted(coder: SentenceCoder, syls, slots, trig: Found) -> bool:
    """'Putin sẵn lòng tạo điều kiện để thúc đẩy quan hệ hợp tác giữa Hàn Quốc và Triều Tiên', 'Nhật Bản ủng hộ đối
    thoại giữa Mỹ và Triều Tiên': a bare relation noun (no nominaliser: a counted event such as "cuộc tập trận chung
    giữa …" is held) a little after a promoting verb (`nominal_promoter`, no actor or clause break between), whose
    actor (the nearest mention before the verb in its sentence) is neither of the pair nor on its side: promoted by a
    third party, not an act of the pair."""
    g = grammar()
    if syls[trig.i].low in g.nominalisers or trig.i > 0 and syls[trig.i - 1].low in g.nominalisers:
        return False
    promoters = g.phrases("nominal_promoter")
    verb_start = None
    for k in range(trig.i, max(0, trig.i - _NOMINAL_PROMOTER_REACH) - 1, -1):
        if k < trig.i and (slots[k] or not syls[k].text[:1].isalnum()):
            return False
        found = _phrase_before(syls, k, promoters)
        if found is not None:
            verb_start = k - len(found)
            break
    if verb_start is None:
        return False
    promoter = None
    for k in range(verb_start - 1, -1, -1):
        if syls[k].text in g.clause_breaks and not syls[k].text[:1].isalnum():
            break
        if _phrase_before(syls, k + 1, g.phrases("dual_reference")) is not None:
            return False  # "hai bên nhất trí sẽ thúc đẩy hợp tác giữa …": the pair promotes its own relation
        if slots[k]:
            promoter = slots[k][0].actor_id
            break
    if promoter is None:
        return False
    pair = coder._between_pair(syls, slots, trig) or coder._dyad_after(syls, slots, trig)
    return bool(pair) and not any(promoter == a or coder._same_side(promoter, a) for a in pair)


def _question_mark_after(syls, trig: Found) -> int | None:
    """Where the first question mark after the trigger stands, if any."""
    return next((k for k in range(trig.j, len(syls)) if syls[k].text == "?"), None)


def _nominal_why_not(syls, trig: Found) -> bool:
    """'thì tại sao không cùng hợp tác …?', 'Vì sao A không đối thoại với B?': a negated event after a why-word
    (`nominal_why`; a one-syllable one only as a word of its own) of its clause, in a sentence that ends with a
    question mark, is an act proposed, neither done nor denied."""
    if _question_mark_after(syls, trig) is None or _mode(syls, trig) != "negated":
        return False
    g = grammar()
    for k in range(trig.i, max(0, trig.i - _NOMINAL_WHY_REACH), -1):
        if syls[k - 1].text in g.clause_breaks:
            return False
        found = _phrase_before(syls, k, g.phrases("nominal_why"))
        if found is not None and (len(found) > 1 or syls[k - 1].word_start and syls[k - 1].word_end):
            return True
    return False


def _nominal_agenda(syls, trig: Found) -> bool:
    """'X không nằm trong chương trình (nghị sự của) cuộc họp thượng đỉnh … giữa A và B': a meeting noun owned by an
    agenda noun (`nominal_agenda`; the possessive and nominalisers between) has no actor before it. Not a visit:
    "trong lịch trình công du đến Bỉ" is the traveller's own itinerary."""
    if (trig.cameo or "").startswith(_NOMINAL_VISIT_CODES):
        return False
    g = grammar()
    k = trig.i
    while k > 0:  # looked for before each step back: "nghị sự" ends in a nominaliser's syllable
        if _phrase_before(syls, k, g.phrases("nominal_agenda")) is not None:
            return True
        if syls[k - 1].low not in g.nominalisers and syls[k - 1].low != g.possessive:
            return False
        k -= 1
    return False


def _nominal_asked(syls, trig: Found) -> bool:
    """'Liệu A có đàm phán với B?', 'Phải chăng A và B đang hợp tác …?', 'A và B có nối lại đàm phán hay không?': in a
    sentence with a question mark after the trigger, a question word (`nominal_whether`) before the trigger in its
    clause (list commas aside) or a question tag (`question_tag`) between the trigger and the mark: asked about."""
    g = grammar()
    mark = _question_mark_after(syls, trig)
    if mark is None:
        return False
    if any(_phrase_before(syls, k, g.question_tags) for k in range(trig.j + 1, mark + 1)):
        return True
    for k in range(trig.i, 0, -1):
        if _phrase_before(syls, k, g.phrases("nominal_whether")) is not None:
            return True
        if syls[k - 1].text in g.clause_breaks or syls[k - 1].text in ".!?":
            return False
    return False


_ENDORSE_WHETHER_REACH = 24  # syllables from a whether-word ("liệu") to the predicate it asks about


def _endorse_whether_clause(syls, trig: Found, triggers) -> bool:
    """'thảo luận liệu ông Putin có chấp nhận lời mời của ông Trump hay không', 'không biết liệu A có gặp B hay
    không', 'được hỏi liệu Nga có trục xuất … hay không': the first trigger after a whether-word (`nominal_whether`,
    as a word of its own: not the "liệu" of "tài liệu") in its clause, with a question tag (`question_tag`) after it
    in the sentence and no question mark needed, is the predicate asked about: not reported. A nominal event inside
    the asked clause's object ("lời mời của ông Trump") is still reported (helper h14-b)."""
    g = grammar()
    tag = next((k for k in range(trig.j, len(syls)) if syls[k].text in ".!?"
                or _phrase_starting(syls, k, g.question_tags) is not None), None)
    if tag is None or syls[tag].text in ".!?":
        return False
    openers = g.phrases("nominal_whether")
    for k in range(trig.i, max(0, trig.i - _ENDORSE_WHETHER_REACH), -1):
        opener = _phrase_before(syls, k, openers)
        if opener is not None and syls[k - len(opener)].word_start and not _in_compound(syls, k - len(opener)):
            return not any(k <= t.i < trig.i for t in triggers)
        if syls[k - 1].text in g.clause_breaks or syls[k - 1].text in ".!?":
            return False
    return False


def _nominal_rumoured(syls, trig: Found) -> bool:
    """'tin đồn về một cuộc gặp giữa A và B', 'bác bỏ thông tin về một cuộc gặp bí mật giữa A và B', 'phủ nhận các báo
    cáo về chuyến thăm …': a meeting or visit noun (nominalisers, quantifiers and a topic preposition between) after a
    rumour noun (`nominal_rumour`), or after a report noun (`nominal_report`, plural markers before it) right after a
    denial (`denial`), is no meeting reported as held (`nominal_determiner` words are skipped as plural markers)."""
    g = grammar()
    k = trig.i
    determiners = g.syllables("nominal_determiner")
    while k > 0 and (syls[k - 1].low in g.nominalisers or syls[k - 1].low in g.claim_quantifiers
                     or syls[k - 1].low in determiners):
        k -= 1
    if k > 0 and syls[k - 1].low in g.topic_preps:
        k -= 1
    if _phrase_before(syls, k, g.phrases("nominal_rumour")) is not None:
        return True
    report = _phrase_before(syls, k, g.phrases("nominal_report"))
    if report is None:
        return False
    k -= len(report)
    while k > 0 and syls[k - 1].low in g.claim_quantifiers:
        k -= 1
    return _phrase_before(syls, k, g.phrases("denial")) is not None


def _nominal_attended(syls, slots, trig: Found) -> bool:
    """'Lãnh đạo Mỹ, Anh, Pháp và Đức sẽ tham dự hội nghị thượng đỉnh G20', 'cùng tham dự hội nghị thượng đỉnh APEC': a
    meeting noun right after an attendance verb (`nominal_attend_verb`, nominalisers between) whose forum is an
    organisation (`_forum_of_meeting`, read on the slots before places and forums were dropped), the attendees named
    right before the verb (clause adverbs and `nominal_attend_gap` words between), is attended, not held by them
    (GUIDELINES.md: multilateral summit attendance with no bilateral act is not annotated)."""
    if _forum_of_meeting(syls, slots, trig) is None:
        return False
    g = grammar()
    verbs = g.phrases("nominal_attend_verb")
    k = trig.i
    while k > 0 and syls[k - 1].low in g.nominalisers and _phrase_before(syls, k, verbs) is None:
        k -= 1  # "tham dự các hội nghị …"
    found = _phrase_before(syls, k, verbs)
    if found is None:
        return False
    k -= len(found)
    gap = g.syllables("nominal_attend_gap")
    while k > 0 and (syls[k - 1].low in g.clause_adverbs or syls[k - 1].low in gap):
        k -= 1
    return k > 0 and bool(slots[k - 1])  # the attendees stand right before: "Mỹ và Nhật Bản cùng tham dự …"


CHARGE_VICTIM_ACT = "charge_victim_act"  # grammar class: "sát hại", "đầu độc", "bắt cóc" … done to people
CHARGE_PATIENT_GAP = 4  # syllables, at most, between a condemned act and the victim named after it


def _charge_act_patient(matcher, syls, slots, start: int, k: int) -> bool:
    """'Pháp lên án vụ sát hại đại sứ Nga', 'Anh lên án vụ đầu độc cựu điệp viên Nga …': the mention at k, reached in
    an accusation's object search, is named right after an act of violence (a material-conflict trigger phrase of
    any row, or a `charge_victim_act` phrase) between the accusation's end `start` and k, with only a few words
    between, no owner's "của", no agent marker, no other actor: it is the act's victim, not the one accused. An act
    whose owner comes first ("lên án việc Trung Quốc bắt giữ …") never reaches this: its owner is met first."""
    g = grammar()
    victim_acts = g.phrases(CHARGE_VICTIM_ACT)
    for x in range(start, k):
        ends = [x + len(p) for p in victim_acts
                if syls[x].low == p[0] and _phrase_at(syls, x, p, k + 1) and _word_aligned(syls, x, len(p))]
        for n in matcher.lengths.get(syls[x].low, ()):
            hit = matcher.triggers.get(tuple(s.low for s in syls[x : x + n]))
            if hit and hit[0] and relation_types()[hit[0]].quad_class == MATERIAL_CONFLICT:
                ends.append(x + n)
        for end in ends:
            between = range(end, k)
            if end <= k and len(between) <= CHARGE_PATIENT_GAP and not any(
                    slots[y] or syls[y].low == g.possessive or syls[y].low in g.agent_markers
                    or syls[y].text in g.clause_breaks or syls[y].text == "," for y in between):
                return True
    return False
