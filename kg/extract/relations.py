"""Word-order event coding: a trigger from the relation lexicon, the actor(s) before it, the recipient(s) after.

Patterns: "A V với B", "A V B", "A và B V" (reciprocal), "giữa A và B" after a nominal trigger, "A đề nghị B …",
passive "B bị A V" / "B bị V bởi A", agentive "V … của A"; modality from the words between actor and trigger.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path

from kg.extract.actors import Syl
from kg.extract.lexicon import data_dir, syllables
from kg.model import Event, Mention

RECIPROCAL = {"consult", "agree", "cooperate"}
PLACE_PREPS = {"tại", "ở", "gần", "quanh", "khắp", "ngoài", "trong"}
# A country named right after these nouns is a place ("thành phố Hamburg, Đức", "lãnh thổ Syria").
PLACE_NOUNS = (("thành", "phố"), ("tỉnh",), ("thủ", "đô"), ("vùng",), ("khu", "vực"), ("lãnh", "thổ"), ("miền",),
               ("bán", "đảo"), ("dải",), ("vùng", "biển"), ("sân", "bay"), ("thị", "trấn"), ("lãnh", "hải"),
               ("không", "phận"), ("đất",), ("nội", "bộ"),
               # topics and media are not participants either: "tình hình Ukraine", "Đài tiếng nói Đức"
               ("tình", "hình"), ("vấn", "đề"), ("hồ", "sơ"), ("chủ", "đề"), ("tiếng", "nói"), ("hãng", "tin"),
               ("báo",), ("truyền", "thông"), ("biên", "giới"),
               # nationals are not their state: "3 người Palestine bị thương"
               ("người",), ("công", "dân"), ("nhà", "báo"), ("ngư", "dân"),
               # forums, summits and treaties named after their members
               ("bên", "lề"), ("diễn", "đàn"), ("khuôn", "khổ"), ("hội", "nghị"), ("thượng", "đỉnh"),
               ("cấp", "cao"), ("hiệp", "định"), ("hiệp", "ước"), ("như",), ("bầu", "trời"))
NOMINALISERS = {"mối", "chuyến", "vụ", "cuộc", "đợt", "chiến", "những", "các", "lệnh", "hành", "việc", "sự", "lời"}
DESTINATION_RELATIONS = {"withdraw", "consult", "mobilize", "attack"}  # "thăm tới X", "rút khỏi X"
VERBAL_REQUESTS = {"request", "demand", "propose"}  # "kêu gọi thành lập liên minh chống IS": IS is not asked
COOPERATIVE = {"consult", "agree", "cooperate", "support", "aid", "propose", "concede"}
PRONOUNS = {"họ", "tôi", "nó", "chúng"}  # a pronoun subject ends the search for a named actor
WITH_ONLY = {"agree", "cooperate"}  # their partner is introduced by "với"/"cùng", never a bare object
MULTILATERAL = (("3", "bên"), ("ba", "bên"), ("4", "bên"), ("bốn", "bên"), ("đa", "phương"))
PREDICATE_STARTS = {"là", "được", "bị"}  # a new predicate: what follows is not the trigger's recipient
PROPOSING = (("đề", "nghị"), ("kêu", "gọi"), ("mời",), ("đề", "xuất"))  # "đề nghị gặp và hội đàm với B"
UNDOING = (("vi", "phạm"), ("phá", "vỡ"), ("hủy", "bỏ"), ("xé", "bỏ"), ("rút", "khỏi"))  # "vi phạm thỏa thuận"
UNDERGO = (("hứng", "chịu"), ("chịu",), ("gánh", "chịu"), ("bị",), ("phải", "chịu"))
CONTROL_RELATIONS = {"agree", "request", "propose", "demand"}  # their subject or object also acts in the complement
ORIGIN_PREPS = {"từ", "khỏi", "tới", "đến", "sang"}
TOPIC_PREPS = {"về"}  # "thảo luận về X": X is the topic, never the partner
OBJECT_PREPS = {"với", "vào", "cho", "nhằm", "đối", "chống", "lên", "tới", "đến", "sang", "về", "khỏi", "phía"}
SPEECH_VERBS = (("cho", "biết"), ("khẳng", "định"), ("tuyên", "bố"), ("nói",), ("nhấn", "mạnh"), ("cho", "hay"),
                ("thông", "báo"), ("xác", "nhận"), ("phát", "biểu"), ("tiết", "lộ"), ("dẫn", "lời"))
NEGATION = (("không",), ("chưa",), ("chẳng",), ("không", "hề"), ("chưa", "từng"), ("từ", "chối"), ("phủ", "nhận"),
            ("không", "có", "ý", "định"))
INTENTION = (("sẵn", "sàng"), ("sẽ",), ("muốn",), ("dự", "kiến"), ("dự", "định"), ("kế", "hoạch"), ("cam", "kết"),
             ("quyết", "tâm"), ("nhất", "trí"), ("đồng", "ý"), ("chuẩn", "bị"), ("tiến", "tới"), ("hy", "vọng"),
             ("mong", "muốn"), ("sắp",), ("định",), ("thống", "nhất"))
# "Nga ngăn cản Liên Hợp Quốc lên án Triều Tiên": the prevented event did not happen
PREVENTION = (("ngăn", "cản"), ("ngăn", "chặn"), ("phản", "đối", "việc"), ("cản", "trở"))
HYPOTHETICAL = (("nếu",), ("không", "rõ"), ("chưa", "rõ"), ("đồn", "đoán"), ("có", "thể"), ("cân", "nhắc"), ("xem", "xét"), ("khả", "năng"), ("trong", "trường", "hợp"),
                ("giả", "sử"), ("nguy", "cơ"))
CLAUSE_BREAKS = {";", ":"}
# Subordinate clauses and connectives that end the search for a recipient.
CLAUSE_MARKERS = (("nếu",), ("bối", "cảnh"), ("sau", "khi"), ("trước", "khi"), ("khi",), ("vì",), ("để",), ("nhằm",), ("trong", "khi"),
                  ("nhưng",), ("tuy", "nhiên"), ("rằng",), ("song",), ("bởi", "vì"), ("do", "đó"), ("sau", "đó"),
                  ("trong", "lúc"), ("mặc", "dù"))
MAX_OBJECT_GAP = 12  # syllables between trigger and recipient


@dataclass(frozen=True)
class Trigger:
    relation: str
    words: tuple[str, ...]


def load_triggers(path: Path | None = None) -> dict[tuple[str, ...], str]:
    path = path or data_dir() / "triggers.jsonl"
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    # a row with "relation": null blocks a phrase that contains a trigger ("tiếp tục" is not "tiếp")
    return {tuple(s.lower() for s in syllables(row["trigger"])): (row["relation"], row.get("needs"), bool(row.get("symmetric")))
            for row in rows}


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


class RelationExtractor:
    def __init__(self, triggers: dict[tuple[str, ...], str]):
        self.triggers = triggers
        lengths: dict[str, set[int]] = {}
        for key in triggers:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}

    def sentence(self, doc_id: str, text: str, start: int, end: int, syls: list[Syl],
                 mentions: list[Mention], same_side=None) -> list[Event]:
        slots = _mention_slots(syls, mentions)
        _drop_places(syls, slots)
        self._same_side = same_side or (lambda a, b: False)
        events = []
        triggers = self._triggers(syls, slots)
        self._trigger_starts = {t.i: t for t in triggers}
        self.last_explanations = []
        for trig in triggers:
            self._why = None
            event = self._code(doc_id, text, start, end, syls, slots, trig)
            if event is not None:
                events.append(event)
            evidence = text[syls[trig.i].start : syls[trig.j - 1].end]
            status = "coded" if event else "missed"
            reason = event.rule if event else self._why or "no actor pair found"
            self.last_explanations.append((evidence, trig.relation, status, reason))
        return events

    # -- triggers ------------------------------------------------------------------------------------------
    def _triggers(self, syls: list[Syl], slots: list[list[Mention]]) -> list[Found]:
        found = []
        i = 0
        while i < len(syls):
            hit = None
            if not slots[i]:
                for n in self.lengths.get(syls[i].low, ()):
                    key = tuple([s.low for s in syls[i : i + n]])
                    if (len(key) == n and key in self.triggers and not any(slots[i : i + n])
                            and _word_aligned(syls, i, n) and not _in_name(syls, i)):
                        relation, needs, mutual = self.triggers[key]
                        hit = Found(relation, i, i + n, needs, mutual)
                        break
            if hit and hit.relation is None:
                i = hit.j
                continue
            if hit and found and found[-1].needs == "between" and found[-1].j == i:
                i = hit.j  # "thỏa thuận hợp tác": the second noun qualifies the first
                continue
            if hit:
                found.append(hit)
                i = hit.j
            else:
                i += 1
        return found

    def _found_at(self, syls, k) -> Found:
        for n in self.lengths.get(syls[k].low, ()):
            hit = self.triggers.get(tuple([s.low for s in syls[k : k + n]]))
            if hit and hit[0] and k + n <= len(syls) and _word_aligned(syls, k, n):
                return Found(hit[0], k, k + n, hit[1], hit[2])
        return Found("", k, k + 1)

    def _trigger_at(self, syls, k) -> bool:
        """bool(self._found_at(syls, k).relation), without making the Found."""
        for n in self.lengths.get(syls[k].low, ()):
            hit = self.triggers.get(tuple([s.low for s in syls[k : k + n]]))
            if hit and hit[0] and k + n <= len(syls) and _word_aligned(syls, k, n):
                return True
        return False

    # -- coding --------------------------------------------------------------------------------------------
    def _code(self, doc_id, text, start, end, syls, slots, trig: Found) -> Event | None:
        """Try each frame in turn; the first that finds both sides codes the event."""
        match = None
        for frame in (self._frame_passive, self._frame_according_to, self._frame_nominal, self._frame_between,
                      self._frame_word_order):
            match = frame(syls, slots, trig)
            if match is not None:
                break
        if match is None:
            subjects, objects, symmetric, rule = [], [], False, None
        else:
            subjects, objects, symmetric, rule = match.subjects, match.objects, match.symmetric, match.rule
            relation = match.relation or trig.relation
            before = [x.low for x in syls[max(0, trig.i - 6) : trig.i]]
            if relation == "consult" and any(_has(before, p) for p in PROPOSING):
                relation, symmetric, rule = "propose", False, f"{rule}+proposed"
            if _open_question(syls, trig):
                subjects, objects = [], []
                self._why = "an open question ('chưa rõ … hay không'), not an event"
            if relation == "agree" and any(_has(before[-2:], p) for p in UNDOING):
                subjects, objects = [], []
                self._why = "the agreement is violated or left, not made"
            trig = Found(relation, trig.i, trig.j, trig.needs, trig.mutual)
        subjects = tuple(dict.fromkeys(subjects))
        objects = tuple(dict.fromkeys(o for o in objects if o not in subjects or symmetric))
        kept = tuple(o for o in objects if not all(self._same_side(s, o) for s in subjects if s != o))
        if objects and not kept:
            self._why = "recipient is the actor's own country or agency"
        objects = kept
        if not subjects or not objects or rule is None:
            self._why = self._why or _missing(subjects, objects, trig)
            return None
        if not symmetric and set(subjects) == set(objects):
            self._why = "actor and recipient are the same actor"
            return None
        trigger_start, trigger_end = syls[trig.i].start, syls[trig.j - 1].end
        return Event(
            doc=doc_id,
            sentence=text[start:end],
            sentence_start=start,
            subjects=subjects,
            objects=objects,
            relation=trig.relation,
            mode=_mode(syls, trig),
            evidence=text[trigger_start:trigger_end],
            evidence_start=trigger_start,
            evidence_end=trigger_end,
            rule=f"{trig.relation}.{rule}",
            confidence=0.8 if rule in {"svo", "with", "between", "coordinated_subjects"} else 0.6,
            symmetric=symmetric,
            source=_speaker(syls, slots, trig),
        )

    # -- frames --------------------------------------------------------------------------------------------
    def _frame_passive(self, syls, slots, trig: Found) -> Frame | None:
        subjects, objects = self._passive(syls, slots, trig)
        return Frame(subjects, objects, False, "passive") if subjects and objects else None

    def _frame_according_to(self, syls, slots, trig: Found) -> Frame | None:
        """'theo yêu cầu/đề nghị của X': X asked the sentence's actor for it."""
        if trig.i == 0 or syls[trig.i - 1].low != "theo":
            return None
        agent = self._agent_of(syls, slots, trig)
        if not agent:
            return None
        return Frame(agent[0], self._main_actor(syls, slots, trig), False, "according_to", "request")

    def _frame_nominal(self, syls, slots, trig: Found) -> Frame | None:
        """'vụ không kích của Mỹ (nhằm vào X)', 'chuyến thăm Moscow của CIA', 'hứng chịu lệnh trừng phạt của LHQ'."""
        nominal = syls[trig.i].low in NOMINALISERS or (trig.i > 0 and syls[trig.i - 1].low in NOMINALISERS)
        followed_by_of = trig.j < len(syls) and syls[trig.j].low == "của"
        if not (nominal or followed_by_of):
            return None
        agent = self._agent_of(syls, slots, trig)
        if agent:
            subjects, after = agent
            objects, _ = self._object(syls, slots, Found(trig.relation, after, after))
            if not objects:
                objects, _ = self._object(syls, slots, trig)  # the destination before "của"
                objects = [o for o in objects if o not in subjects]
            if not objects and self._undergoer_before(syls, trig):
                objects, _ = self._subject(syls, slots, trig)
            if not objects and len(subjects) > 1 and trig.relation in RECIPROCAL:
                return Frame(subjects, subjects, True, "nominal_of")
            # with its actor named after "của"/"từ phía", a nominal event never takes an actor from the left
            return Frame(subjects, objects, False, "nominal_of")
        return None

    def _frame_between(self, syls, slots, trig: Found) -> Frame | None:
        if trig.relation not in RECIPROCAL and trig.needs != "between":
            return None
        between = self._between_pair(syls, slots, trig)
        if between:
            return Frame(between[:1], between[1:], True, "between")
        return Frame([], [], False, "between") if trig.needs == "between" else None

    def _frame_word_order(self, syls, slots, trig: Found) -> Frame | None:
        subjects, _ = self._subject(syls, slots, trig)
        own_side = (lambda o: all(o == s or self._same_side(s, o) for s in subjects)) if subjects else None
        objects, o_index = self._object(syls, slots, trig, exclude=own_side)
        if not subjects:
            return self._nominal_lead(syls, slots, trig)
        reciprocal = _reciprocal_marker(syls, trig)
        if not objects and len(subjects) > 1 and (trig.relation in RECIPROCAL or reciprocal):
            return Frame(subjects, subjects, True, "coordinated_subjects")
        if not objects:
            return None
        if syls[o_index - 1].low == "của" and o_index - 1 <= trig.j + 1:
            return None  # "hỗ trợ của X", "chuyến thăm của X": X is the actor of a nominal event, not its recipient
        with_partner = syls[o_index - 1].low in {"với", "cùng"} and not (
            o_index >= 2 and syls[o_index - 2].low == "đối")  # "biện pháp đối với Triều Tiên" is a topic
        if syls[o_index - 1].low == "với" and o_index >= 2 and syls[o_index - 2].low == "đối" and (
                trig.relation in COOPERATIVE):
            return None
        if trig.relation == "consult" and syls[o_index - 1].low == "của":
            return None  # "thảo luận vụ thử tên lửa của Triều Tiên": a topic's owner, not a partner
        if trig.relation in WITH_ONLY and not with_partner:
            return None  # "đồng ý hoãn phiên tranh tụng … bà Mạnh": what is agreed is not a partner
        rule = "with" if with_partner else "svo"
        mutual = trig.mutual and (with_partner or trig.relation == "consult")
        between_words = [x.low for x in syls[trig.j : o_index]]
        if mutual and any(_has(between_words, p) for p in MULTILATERAL):
            everyone = list(dict.fromkeys(subjects + objects))  # "cuộc họp 3 bên với Iran và Thổ Nhĩ Kỳ"
            return Frame(everyone, everyone, True, "multilateral")
        return Frame(subjects, objects, mutual or (reciprocal and trig.relation in RECIPROCAL | {"accuse"}), rule)

    def _nominal_lead(self, syls, slots, trig: Found) -> Frame | None:
        """'Trong cuộc điện đàm hôm 18-9, A và B nhất trí …': a fronted meeting belongs to the clause's actors."""
        nominal = syls[trig.i].low in NOMINALISERS or (trig.i > 0 and syls[trig.i - 1].low in NOMINALISERS)
        if not nominal or trig.relation not in RECIPROCAL:
            return None
        commas = 0
        for k in range(trig.j, min(len(syls), trig.j + 15)):
            if syls[k].text == ",":
                commas += 1
                if commas > 1:
                    return None
            elif syls[k].text in CLAUSE_BREAKS:
                return None
            elif slots[k] and _head(slots, k):
                group = _group(syls, slots, k, backwards=False)
                return Frame(group, group, True, "nominal_lead") if len(group) > 1 and commas == 1 else None
        return None

    def _undergoer_before(self, syls, trig: Found) -> bool:
        words = [s.low for s in syls[max(0, trig.i - 4) : trig.i]]
        return any(_has(words, p) for p in UNDERGO)

    def _subject(self, syls, slots, trig: Found) -> tuple[list[str], int | None]:
        for k in range(trig.i - 1, -1, -1):
            if syls[k].text in CLAUSE_BREAKS and k < trig.i - 1:
                break
            crossed = self._trigger_starts.get(k) if hasattr(self, "_trigger_starts") else None
            if (crossed is not None and crossed.relation not in CONTROL_RELATIONS and crossed.relation != trig.relation
                    and not _light_verb(syls, crossed, trig)):
                break
            if syls[k].low in PRONOUNS and not slots[k]:
                break
            if slots[k] and _head(slots, k):
                if _role_blocked(syls, slots, k) or self._object_of_trigger(syls, k):
                    continue
                return _group(syls, slots, k, backwards=True), k
        return [], None

    def _object_of_trigger(self, syls, k) -> bool:
        """'…, vốn phản đối ông Assad, đã tiến hành …': Assad is what another verb acts on."""
        j = k - 1
        if j >= 0 and syls[j].low in {"ông", "bà"}:
            j -= 1
        return j >= 0 and any(t.j == j + 1 and t.relation not in CONTROL_RELATIONS
                              for t in self._trigger_starts.values())

    def _object(self, syls, slots, trig: Found, exclude=None) -> tuple[list[str], int | None]:
        for k in range(trig.j, min(len(syls), trig.j + MAX_OBJECT_GAP)):
            if k > trig.j and self._trigger_at(syls, k):
                # "lên án vụ không kích của Mỹ": the actor of a nominal event is the recipient
                nested_trigger = self._found_at(syls, k)
                if syls[k - 1].low in NOMINALISERS or syls[k].low == "lệnh":
                    nested = self._agent_of(syls, slots, nested_trigger)
                    if nested:
                        return nested[0], nested[1] - 1
                    if trig.relation == "concede":
                        continue  # "dỡ bỏ các lệnh trừng phạt Nga": lifted what was imposed on Nga
                break
            if (syls[k].text in CLAUSE_BREAKS or syls[k].text == "," or _starts_clause(syls, k)
                    or syls[k].low in PREDICATE_STARTS):
                break
            if slots[k] and _head(slots, k):
                prev = _prev_word(syls, slots, k)
                if prev in ORIGIN_PREPS and trig.relation not in DESTINATION_RELATIONS:
                    continue
                if (prev in {"chống", "lại"} and trig.relation in COOPERATIVE | VERBAL_REQUESTS) or prev in TOPIC_PREPS:
                    continue
                if exclude and all(exclude(m.actor_id) for m in slots[k]):
                    continue  # "Washington sẽ rút … quân Mỹ từ Syria": its own troops are not the recipient
                if prev in PLACE_PREPS and not (prev == "gần" and trig.relation == "mobilize"):
                    continue
                return _group(syls, slots, k, backwards=False), k
        return [], None

    def _agent_of(self, syls, slots, trig: Found) -> tuple[list[str], int] | None:
        """'vụ không kích (mới nhất) của (quân đội) Mỹ' -> the mention after 'của' acts."""
        skipped = 0
        k = trig.j
        while k < min(len(syls) - 1, trig.j + 6):
            marker = 2 if syls[k].low == "từ" and syls[k + 1].low == "phía" and k + 2 < len(syls) else 1
            if syls[k].low in {"của", "từ"} and slots[k + marker]:
                edge = _mention_edge(slots, k + marker, backwards=False)
                return _group(syls, slots, k + marker, backwards=False), edge + 1
            if syls[k].text in {",", ";", ":"} or (slots[k] and skipped):
                return None
            if slots[k]:
                skipped += 1
                k = _mention_edge(slots, k, backwards=False)
            k += 1
        return None

    def _main_actor(self, syls, slots, trig: Found) -> list[str]:
        """The first actor of the sentence: who acted 'theo đề nghị của X'."""
        for k in range(len(syls)):
            if slots[k] and _head(slots, k) and not _role_blocked(syls, slots, k):
                return _group(syls, slots, k, backwards=False)
        return []

    def _passive(self, syls, slots, trig: Found) -> tuple[list[str], list[str]]:
        """'B bị A tấn công' or 'B bị tấn công bởi A' -> A attacks B."""
        for k in range(trig.i - 1, max(-1, trig.i - 8), -1):
            if syls[k].text in CLAUSE_BREAKS or syls[k].text == "," or k in self._trigger_starts:
                break
            if syls[k].low in {"bị", "được"}:
                agent = [m.actor_id for x in range(k + 1, trig.i) for m in slots[x] if _head(slots, x)]
                if not agent and trig.j < len(syls) and syls[trig.j].low == "bởi" and trig.j + 1 < len(syls):
                    agent = [m.actor_id for m in slots[trig.j + 1]]
                if not agent:
                    return [], []
                patient, _ = self._subject(syls, slots, Found(trig.relation, k, k + 1))
                return (agent, patient) if patient else ([], [])
        return [], []

    def _between_pair(self, syls, slots, trig: Found) -> list[str]:
        """'cuộc điện đàm giữa A và B' -> [A, B]."""
        k = trig.j
        while k < len(syls) and k < trig.j + 8 and syls[k].low != "giữa":
            # "hợp tác và phối hợp giữa A và B": coordinated triggers share the pair
            coordinated = k > 0 and syls[k - 1].low == "và"
            inner_trigger = self._trigger_at(syls, k) and not coordinated and not (
                trig.needs == "between" and k == trig.j)
            if syls[k].text in {",", ";", ":"} or slots[k] or inner_trigger:
                return []
            k += 1
        if k >= len(syls) or syls[k].low != "giữa":
            return []
        for x in range(k + 1, min(len(syls), k + 8)):
            if slots[x] and _head(slots, x):
                group = _group(syls, slots, x, backwards=False, joiners=JOINERS | {"với"})
                return group if len(group) >= 2 else []
        return []


def _in_name(syls, i: int) -> bool:
    """'Cục Điều tra Liên bang': a capitalised trigger inside a sentence belongs to a proper name."""
    return i > 0 and syls[i].text[:1].isupper() and syls[i - 1].text not in {".", ":", "\"", "“", "(", "-", "–"}


def _word_aligned(syls, i: int, n: int) -> bool:
    """A trigger starts where the segmenter starts a word; a one-syllable trigger must be a whole word
    ("kiện" inside "điều kiện" is not "sue"), a longer one may end inside a glued word ("phối hợp tác chiến")."""
    return syls[i].word_start and (n > 1 or syls[i].word_end)


LIGHT_NOUNS = {"chiến", "dịch", "cuộc", "các", "một", "loạt", "đợt", "những", "vụ", "hoạt", "động"}


def _light_verb(syls, crossed: Found, trig: Found) -> bool:
    """'triển khai chiến dịch không kích': the first verb only carries the nominal event after it."""
    gap = [s.low for s in syls[crossed.j : trig.i]]
    return crossed.relation == "mobilize" and 0 < len(gap) <= 4 and all(word in LIGHT_NOUNS for word in gap)


def _drop_places(syls, slots) -> None:
    """Mentions that name a place ('thành phố Hamburg, Đức', 'lãnh thổ Syria') are not participants."""
    k = 0
    in_place = False
    while k < len(syls):
        if slots[k] and _head(slots, k):
            edge = _mention_edge(slots, k, backwards=False)
            is_place = _after_place_noun(syls, k) or (
                in_place and k > 0 and syls[k - 1].low in {",", "và"}) or _after_city(syls, slots, k)
            if is_place:
                for x in range(k, edge + 1):
                    slots[x] = []
            in_place = is_place or (k > 0 and syls[k - 1].low in PLACE_PREPS)
            k = edge + 1
            continue
        if syls[k].low not in {",", "và"}:
            in_place = False if not slots[k] else in_place
        k += 1


def _missing(subjects, objects, trig: Found) -> str:
    if trig.needs == "between" and not subjects:
        return f"'{trig.relation}' trigger needs 'giữa A và B' after it"
    if not subjects and not objects:
        return "no actor before the trigger and no recipient after it"
    if not subjects:
        return "no actor before the trigger (in this clause)"
    return "no recipient after the trigger (in this clause) and the actors are not coordinated"


def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases indexed by their first word (in their original order): most syllables start none."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in out.items()}


_PLACE_NOUNS_BY_FIRST = _by_first(PLACE_NOUNS)
_CLAUSE_MARKERS_BY_FIRST = _by_first(CLAUSE_MARKERS)
_SPEECH_FIRST = frozenset(verb[0] for verb in SPEECH_VERBS)


def _phrase_at(syls, k: int, phrase: tuple[str, ...], limit: int) -> bool:
    """syls[k:] begins with `phrase` (lower-cased) without reaching `limit`."""
    n = len(phrase)
    return k + n <= limit and all(syls[k + x].low == phrase[x] for x in range(1, n))


def _after_place_noun(syls, k: int) -> bool:
    """A place noun among the four syllables before k, as a whole word ('báo' in 'thông báo' is not one)."""
    for start in range(max(0, k - 4), k):
        for noun in _PLACE_NOUNS_BY_FIRST.get(syls[start].low, ()):
            if _phrase_at(syls, start, noun, k) and (
                    len(noun) > 1 or (syls[start].word_start and syls[start].word_end)):
                return True
    return False


def _after_city(syls, slots, k) -> bool:
    """'Sochi, Nga', 'Hamburg, Đức': a country right after a comma and an unknown proper name is a place."""
    return (k >= 2 and syls[k - 1].text == "," and not slots[k - 2] and syls[k - 2].text[:1].isupper()
            and (k < 3 or not syls[k - 3].text[:1].isupper() or syls[k - 3].low in PLACE_PREPS))


def _starts_clause(syls, k) -> bool:
    if syls[k].low == "nhằm" and k + 1 < len(syls) and syls[k + 1].low == "vào":
        return False  # "nhằm vào X" introduces the target
    return any(_phrase_at(syls, k, m, len(syls)) and _word_aligned(syls, k, len(m))
               for m in _CLAUSE_MARKERS_BY_FIRST.get(syls[k].low, ()))


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


def _head(slots, k) -> bool:
    """True at the first syllable of a mention."""
    return k == 0 or not slots[k - 1] or slots[k - 1][0] is not slots[k][0]


def _prev_word(syls, slots, k) -> str:
    return syls[k - 1].low if k > 0 else ""


def _role_blocked(syls, slots, k) -> bool:
    """Mentions that are places, possessors or objects of another preposition are not agents."""
    prev = _prev_word(syls, slots, k)
    return prev in PLACE_PREPS | ORIGIN_PREPS | {"của", "với", "giữa", "do", "bởi", "chống", "vào", "như", "cho", "theo",
                                                 "về", "thân"}


JOINERS = frozenset({"và", ",", "cùng", "-", "–"})


def _group(syls, slots, k, backwards: bool, joiners: frozenset[str] = JOINERS) -> list[str]:
    """The mention at k and those coordinated with it by 'và', ',' or sharing its span."""
    ids = [m.actor_id for m in slots[k]]
    step = -1 if backwards else 1
    pos = _mention_edge(slots, k, backwards)
    seen_and = False
    pending: list[str] = []  # forward items joined by a bare comma, kept only if a "và" closes the list
    while True:
        conj = pos + step
        nxt = conj + step
        if not (0 <= conj < len(syls) and 0 <= nxt < len(syls)):
            break
        if syls[conj].low not in joiners or not slots[nxt]:
            break
        if backwards and syls[conj].text == "," and not seen_and and _mention_edge(slots, nxt, True) != 0:
            break  # "Theo ông X, Thổ Nhĩ Kỳ …": a comma alone makes no list; "A, B và C" and a lead "Mỹ, Nga bàn" do
        seen_and = seen_and or syls[conj].low == "và"
        joined = [m.actor_id for m in slots[nxt]]
        if backwards:
            ids = joined + ids
        elif syls[conj].text == ",":
            pending += joined  # "tấn công Ukraine, Mỹ có thể …" is not a list
        else:
            ids, pending = ids + pending + joined, []
        pos = _mention_edge(slots, nxt, backwards)
    return ids


def _mention_edge(slots, k, backwards: bool) -> int:
    """Index of the far end of the mention covering k, in the direction of travel."""
    step = -1 if backwards else 1
    while 0 <= k + step < len(slots) and slots[k + step] and slots[k + step][0] is slots[k][0]:
        k += step
    return k


def _reciprocal_marker(syls, trig: Found) -> bool:
    window = [s.low for s in syls[trig.j : trig.j + 3]]
    return "lẫn" in window or ("nhau" in window and "cùng" not in window)


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    """`phrase` occurs in `words` (contiguously)."""
    first = phrase[0]
    if first not in words:  # the usual case, answered in C
        return False
    n = len(phrase)
    if n == 1:
        return True
    return any(words[i] == first and tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _mode(syls, trig: Found) -> str:
    before = [s.low for s in syls[max(0, trig.i - 6) : trig.i]]
    near = before[-3:]
    if any(_has(near, p) for p in NEGATION) or any(_has(before, p) for p in PREVENTION):
        return "negated"
    whole = [s.low for s in syls[: trig.i]]
    if any(_has(before, p) for p in HYPOTHETICAL) or any(_has(whole, p) for p in HYPOTHETICAL[:4]):
        return "hypothetical"
    if any(_has(before, p) for p in INTENTION):
        return "intended"
    return "asserted"


def _open_question(syls, trig: Found) -> bool:
    """'Hiện vẫn chưa rõ Mỹ có tiếp tục đàm phán với Nga … hay không': whether it happens is unknown."""
    before = [s.low for s in syls[: trig.i]]
    after = [s.low for s in syls[trig.j :]]
    unclear = _has(before, ("chưa", "rõ")) or _has(before, ("không", "rõ"))
    return unclear and (_has(after, ("hay", "không")) or _has(after, ("hay", "chưa")))


def _speaker(syls, slots, trig: Found) -> str | None:
    """In 'Lavrov cho biết Nga sẵn sàng …', the person before the speech verb is the claim's source."""
    words = [s.low for s in syls[: trig.i]]
    for k in range(len(words) - 1, 0, -1):
        if words[k] not in _SPEECH_FIRST:
            continue
        for verb in SPEECH_VERBS:
            if tuple(words[k : k + len(verb)]) == verb:
                for x in range(k - 1, -1, -1):
                    if slots[x]:
                        return slots[x][0].actor_id
                return None
    return None
