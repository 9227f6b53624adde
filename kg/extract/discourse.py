"""Arguments beyond the trigger's clause: the article's topic chain.

Vietnamese drops a subject that the previous sentence established ("Ngoại trưởng X tới Ankara. Sau đó, đã hội đàm
với …"). When a trigger has no actor before it in its sentence but has a recipient after it, the actor is the
article's current topic: the subject of the last coded event, or the actor a sentence opens with. The topic is
carried one sentence at most; beyond that a dropped subject is too often someone else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract.relations import (
    _DEAL_BODY,
    ACCUSE,
    ARRIVAL,
    BLAME,
    DISMISSED_CLAIM,
    LABEL,
    LEAVING,
    LEGITIMACY,
    LEGITIMACY_REACH,
    OBLIGATION,
    PASSIVE_ONLY,
    REJECT_RELATION,
    THREATEN,
    Found,
    Frame,
    RelationExtractor,
    SentenceCoder,
    _act_owners,
    _envoy_before,
    _group,
    _has_any,
    _head,
    _is_person,
    _list_comma,
    _list_end,
    _mention_edge,
    _mode,
    _one_sided,
    _phrase_before,
    _phrase_starting,
    _refused_under_pressure,
    _starts_clause,
)
from kg.grammar import grammar
from kg.model import Event
from kg.vocab import relation_types, relations_with

TOPIC_REACH = 1
ADVERB_REACH = 3  # lower-case words ("đã", "cũng", "tiếp tục") between an adverbial's comma and the verb  # sentences a topic is carried forward
SUBJECT_WINDOW = 6  # a sentence "opens with" an actor named within its first syllables


@dataclass(frozen=True)
class Topic:
    actor: str | None
    sentence: int  # index of the sentence that set it
    claims: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = ()  # (claimants, targets, sentence) of answerable events
    person: str | None = None  # the last person named: what "Ông …"/"Bà …" opening a clause refers to
    person_sentence: int = -1
    acts: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = ()  # (doers, targets, sentence) of conflictual acts
    expulsions: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = ()  # (expellers, expelled, sentence)
    people: tuple[str, ...] = ()  # the distinct people named in sentence `people_sentence`: "… tiếp ông" binds one
    # (noun, owners, sentence) of proposals and owned plans: what "ý tưởng này", "ý định mời …" refers back to (p13a)
    refusal_ideas: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = ()
    people_sentence: int = -1
    # the subjects of the first event of sentence `group_sentence`: what a clause opening with "họ" carries (p13i)
    pronoun_group: tuple[str, ...] = ()
    pronoun_group_sentence: int = -1
    # the countries named (not referred to) in sentence `countries_sentence`: whom a rebounding "nước này" means
    countries: tuple[str, ...] = ()
    countries_sentence: int = -1


CLAIM_REACH = 1  # sentences a claim stays answerable by a bare denial ("song Washington phủ nhận.")
NAMED_CLAIM_REACH = 3  # … and by a denial that names it ("Iran bác bỏ cáo buộc này")


def code_sentence(extractor: RelationExtractor, text: str, start: int, end: int, syls, mentions, same_side,
                  index: int, topic: Topic | None,
                  compatriots=None) -> tuple[list[Event], list[tuple[str, str, str, str]], Topic | None]:
    """The sentence's events (rules first, then the topic chain for triggers with no actor of their own), the
    explanation of each trigger, and the topic after the sentence."""
    coder = extractor.coder(syls, mentions, same_side)
    live = topic if topic is not None and topic.actor and index - topic.sentence <= TOPIC_REACH else None
    claims = live_claims(topic.claims if topic is not None else (), index)
    acts = [act for act in (topic.acts if topic is not None else ()) if index - act[2] <= OBJECTION_REACH]
    expulsions = [e for e in (topic.expulsions if topic is not None else ()) if index - e[2] <= EXPULSION_REACH]
    events, reasons = [], []
    pronoun_carried: list = []  # (trigger, actors) of this sentence's triggers whose actor was carried in (p13i)
    live_person = (topic.person if topic is not None and topic.person and index - topic.person_sentence <= TOPIC_REACH
                   else None)
    unaddressed = []  # this sentence's appeals with an actor but no recipient: (trigger, appellants)
    ideas = [idea for idea in (topic.refusal_ideas if topic is not None else ()) if index - idea[2] <= REFUSAL_IDEA_REACH]
    charge_outer: list = []  # (trigger, event) of this sentence's accusations so far (p14c)
    for trig in coder.triggers:
        event, why = coder.code("", text, start, end, trig)
        if trig.needs == OBLIGATION:  # a modal has only its own frame: the one who says X must act, and X
            frame = quoted_obligation(coder, trig) if event is None else None
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
            told = envoy_told_to_leave(coder, trig)
            if told is not None:  # "… cho biết đại sứ Triều Tiên sẽ phải rời khỏi nước này": expelled, not asked
                event = coder._event("", text, start, end, trig, told) or event
            events += [event] if event is not None else []
            reasons.append((text[syls[trig.i].start : syls[trig.last].end], trig.relation,
                            "coded" if event else "missed", event.rule if event else why))
            continue
        if event is None and trig.needs == BLAME:  # '"Mỹ đang khiêu khích …", ông Lavrov nói'
            frame = (quoted_blame(coder, trig) or _detain_cause_frame(coder, trig)  # "nói nguyên nhân là do X …"
                     or _blame_postposed_speaker(coder, trig))  # "Nga phải chịu trách nhiệm …, ông Johnson nói."
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and (trig.needs == BLAME or trig.needs is None and _blame_backing_row(coder, trig)):
            frame = _blame_backer(coder, trig)  # "cáo buộc đây là cuộc đảo chính do Mỹ chống lưng": Mỹ is accused
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs == LABEL and _blame_pretext_row(coder, trig):
            frame = _blame_pretext(coder, trig)  # "khẳng định viện trợ là vỏ bọc cho cuộc xâm lược của Mỹ"
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs in (LEGITIMACY, LABEL):  # '"Đây là hành động khiêu khích của X", A nói'
            frame = quoted_declaration(coder, trig) or _blame_postposed_declaration(coder, trig)
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs in (LEGITIMACY, LABEL):  # 'Mỹ trừng phạt Iran. Iran gọi đây là "…"'
            frame = _blame_anaphor_label(coder, trig, acts, same_side, compatriots)
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs == LEGITIMACY:  # 'Mỹ cáo buộc Nga … . Nga khẳng định cáo buộc này là vô lý'
            frame = claim_called_baseless(coder, trig, claims, same_side, compatriots)
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs is None and trig.relation in relations_with("complement_target"):
            frame = (fronted_reproach(coder, trig) or fronted_aimed_reproach(coder, trig)
                     or quote_reproach(coder, trig))  # "Trước những chỉ trích của Mỹ, …"
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs is None:
            frame = fronted_backing(coder, trig)  # "Dưới sự hậu thuẫn của X, Y tấn công …": X backs Y
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        faced = _refusal_faced_frame(coder, trig)
        if faced is not None:  # "Bất chấp sự phản đối của X, Y …": X rejects Y, whatever the word order said
            event = coder._event("", text, start, end, trig, faced)
            why = why if event is None else None
        charged = _charge_faced_frame(coder, trig)
        if charged is not None:  # "X đối mặt với những cáo buộc (của Y)": only Y accuses, and X is the accused
            event = coder._event("", text, start, end, trig, charged) if charged.subjects and charged.objects else None
            why = "an accusation faced by the clause's actor, with no accuser named" if event is None else None
        owned = _refusal_owned_frame(coder, trig) if faced is None else None
        if owned is not None and (event is None or set(event.objects) != set(owned.objects)):
            # "phản đối quyết định chuyển đại sứ quán Mỹ tới Jerusalem của Tổng thống Trump": the owner is rejected
            event = coder._event("", text, start, end, trig, owned) or event
            why = why if event is None else None
        refused = refused_appeal(coder, trig, unaddressed) if event is None and is_denial(coder.syls, trig) else None
        if refused is not None:  # the refuser was the one appealed to
            asked, appellants, refusers = refused
            event = coder._event("", text, start, end, trig, Frame(refusers, appellants, False, "answers"))
            appeal = coder._event("", text, start, end, asked, Frame(appellants, refusers, False, "refused"))
            events += [appeal] if appeal is not None else []
        elif event is None and is_denial(coder.syls, trig):
            grouped = _refusal_group_denial(coder, trig, claims, index)
            if grouped is not None:  # "Venezuela cáo buộc A, B và C … . Cả ba quốc gia trên đều phủ nhận cáo buộc."
                event = coder._event("", text, start, end, trig, grouped)
                why = why if event is None else None
            answered = answered_claimant(coder, trig, claims, same_side, index, compatriots) if event is None else None
            if answered is not None:
                event = coder._event("", text, start, end, trig, Frame(*answered, False, "answers"))
                why = why if event is None else None
            named = denier_named(coder, trig, compatriots) if event is None else None
            if named is not None:  # "WSJ khẳng định Trung Quốc …, nhưng Bắc Kinh bác bỏ thông tin"
                event = coder._event("", text, start, end, trig, named)
                why = why if event is None else None
            accused = denier_accused(coder, trig) if event is None else None
            if accused is not None:  # "Mỹ cho rằng việc đàn áp … ngày càng nghiêm trọng, trong khi Trung Quốc phủ nhận"
                claim, claimants, deniers = accused
                blame = coder._event("", text, start, end, claim, Frame(claimants, deniers, False, "denied_claim"))
                events += [blame] if blame is not None else []
                event = coder._event("", text, start, end, trig, Frame(deniers, claimants, False, "answers"))
                why = why if event is None else None
        if event is None and trig.needs is None and is_objection(coder.syls, trig):
            objected = objected_act(coder, trig, acts, same_side, compatriots)
            if objected is not None:  # "Mỹ áp thuế … hàng hóa Canada. Ottawa lập tức phản đối."
                event = coder._event("", text, start, end, trig, Frame(*objected, False, "objects"))
                why = why if event is None else None
        recalled = _refusal_recalled_frame(coder, trig, ideas) if event is None and owned is None else None
        if recalled is not None:  # "Trump đề xuất … . Tuy nhiên, EU phản đối ý tưởng này.": the proposer is rejected
            event = coder._event("", text, start, end, trig, recalled)
            why = why if event is None else None
        if event is not None and event.relation in relations_with("answerable"):
            claims.append((event.subjects, event.objects, index))
        quoted = _quoted(coder.syls, trig.i) or _continued_quote(coder, trig)
        if (event is None and quoted is not None and _lacks_actor(coder, trig, quoted[0])
                and _first_person(coder.syls, quoted[0], trig.i)):
            speaker = _speaker_of_quote(coder, quoted) or (live.actor if live is not None else None)
            if speaker is not None and (trig.needs != ARRIVAL or _is_person(speaker)):
                event = _carried(coder, text, start, end, trig, speaker, "quote_speaker")
                why = why if event is None else None
        joint = joint_exercise_frame(coder, trig, event)
        if joint is not None:  # "Mỹ và Hàn Quốc khởi động tập trận …", "… tập trận với Mỹ": cooperation
            event = coder._event("", text, start, end, trig, joint)
            why = why if event is None else None
        if event is None and live_person is not None:  # "Ông được Mỹ … ủng hộ": the pronoun is the last person
            frame = pronoun_passive(coder, trig, live_person)
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs is None:  # "Động thái của Anh nhận được sự ủng hộ của Mỹ": the act's owner
            frame = backing_owner_receiver(coder, trig)
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and live_person is not None:  # "Ông nhận được sự ủng hộ từ Nga": the receiver
            frame = backing_pronoun_receiver(coder, trig, live_person)
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        expelled = envoys_sent_away(coder, trig, event) or embassy_staff_expelled(coder, trig, event)
        if expelled is not None:  # "yêu cầu 4 nhà ngoại giao Nga rời khỏi nước này": an expulsion, not a request
            event = coder._event("", text, start, end, trig, expelled) or event
        followed = followers_frame(coder, trig, event)
        if followed is not None:  # "Brazil, Argentina nhanh chóng theo chân Mỹ công nhận Guaido": they recognise too
            event = coder._event("", text, start, end, trig, followed) or event
        joined = backing_joined_frame(coder, trig, event)
        if joined is not None:  # "Israel tham gia cùng Mỹ, Canada trong việc công nhận X": all of them recognise X
            event = coder._event("", text, start, end, trig, joined) or event
        counted = counted_expulsion(coder, trig, event, expulsions)
        if counted is not None:  # "Đan Mạch trục xuất hai nhà ngoại giao Nga. Hà Lan cũng trục xuất ba người."
            event = coder._event("", text, start, end, trig, counted)
            why = why if event is None else None
        warned = declared_warner_frame(coder, trig)
        if warned is not None:  # "Nga cho rằng NATO … và cảnh báo …": the declarer warns, not the one declared about
            event = coder._event("", text, start, end, trig, warned) if warned.objects else None
            why = why if event is not None else "the warner is the declarer, and its own side is not threatened"
        if event is None and topic is not None and topic.people_sentence == index - 1:
            frame = bare_honorific_object(coder, trig, topic.people, compatriots)
            if frame is not None:  # "Thủ tướng Canada Mark Carney tới Washington. Tổng thống Trump tiếp ông …"
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None:
            before = topic.countries if topic is not None and topic.countries_sentence == index - 1 else ()
            frame = rebound_reference_frame(coder, trig, acts, index, before)
            if frame is not None:  # "Nếu Iran …, Israel có thể tấn công các cơ sở hạt nhân của nước này"
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None:
            frame = _detain_blame_shift_frame(coder, trig)
            if frame is not None:  # "Mỹ đổ lỗi vụ tấn công cho Iran": the blamed one after the incident
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None:
            frame = _detain_list_pronoun_frame(coder, trig, live_person)
            if frame is not None:  # "… nhắm vào Canada, Đức và EU, cáo buộc họ …": "họ" is the list
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None:
            frame = coordinated_clause_frame(coder, trig)
            # the declarer's warning is not the declared clause's again ("cho rằng NATO … và cảnh báo Moskva …")
            frame = frame if warned is None or frame is None or set(frame.subjects) <= set(warned.subjects) else None
            if frame is not None:
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs is None:
            frame = backing_speaker_pronoun(coder, trig)
            if frame is not None:  # "Anh nói rằng họ sẽ công nhận Guaido": "họ" is the speaker
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs is None:
            frame = backing_shared_verbs(coder, trig)
            if frame is not None:  # "Mỹ tuyên bố ủng hộ cũng như cam kết hỗ trợ Guaido": both verbs take Guaido
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        carried = _carried_actor(coder, trig, topic, index) if live is not None else None
        if (event is None and carried is not None and _lacks_actor(coder, trig) and _topic_can_fill(coder, trig)
                and (trig.needs != ARRIVAL or _is_person(carried)) and trig.needs not in (LEGITIMACY, LABEL, BLAME, PASSIVE_ONLY)):  # only a person arrives on a visit
            group = _pronoun_carried_group(coder, trig, topic, index, carried)
            event = (_carried(coder, text, start, end, trig, carried) if len(group) < 2
                     else _pronoun_carried_event(coder, text, start, end, trig, group))
            why = why if event is None else None
            pronoun_carried += [(trig, group)] if event is not None else []
        if event is None and trig.needs is None and pronoun_carried:
            frame = _pronoun_coordinated_carried(coder, trig, pronoun_carried)
            if frame is not None:  # "Ông đã thăm Nga và hội đàm với Tổng thống Putin": the carried actor again
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs is None and topic is not None and topic.people_sentence == index - 1:
            frame = _pronoun_addressee(coder, trig, topic.people, compatriots)
            if frame is not None:  # "Liên minh châu Phi đề nghị ông xin lỗi": the one person named before
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs is None:
            frame = _pronoun_reported_object(coder, trig)
            if frame is not None:  # "Nga nói Mỹ đã cáo buộc họ …": "họ" is the one reporting it
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs is None:
            frame = _pronoun_coordinated_frame(coder, trig)
            if frame is not None:  # "Mỹ và Canada chỉ trích Nga, đồng thời họ kêu gọi Moskva …": the first subjects
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is None and trig.needs in (BLAME, LEGITIMACY) and live_person is not None:
            frame = _pronoun_according_to(coder, trig, live_person)
            if frame is not None:  # "… Nebenzia … . Theo ông, các cuộc tấn công của Mỹ là hành vi xâm lược"
                event = coder._event("", text, start, end, trig, frame)
                why = why if event is None else None
        if event is not None and _charge_inner_claim(coder, trig, event, charge_outer):
            # "A chỉ trích X đổ lỗi cho Y": X blames Y, A criticises X; A blames no Y
            event, why = None, "an accusation said of the one another accuser criticises is that one's, not the accuser's"
        if event is not None and event.relation == "accuse":
            charge_outer.append((trig, event))
        if person_leaves(coder, trig, event):  # "khi nhân vật này muốn rời khỏi Triều Tiên": no state withdraws
            event, why = None, "the one who leaves is a person or an envoy, not a state, body or force"
        if event is not None:
            events.append(event)
            acts += [(event.subjects, event.objects, index)] if _conflictual(event) else []
            expulsions += ([(event.subjects, event.objects, index)]
                           if _is_expulsion(trig, event) or expelled is not None and event.relation == EXPULSION else [])
            ultimatum = ultimatum_frame(coder, trig, event)  # "cảnh báo sẽ … nếu X không …": also a demand on X
            demand = coder._event("", text, start, end, trig, ultimatum) if ultimatum is not None else None
            events += [demand] if demand is not None else []
        elif trig.relation in relations_with("verbal_request") and trig.needs is None:
            appellants, _ = coder._subject(coder.syls, coder.slots, trig)
            unaddressed += [(trig, appellants)] if appellants else []
        evidence = text[syls[trig.i].start : syls[trig.last].end]
        reasons.append((evidence, trig.relation, "coded" if event else "missed",
                        event.rule if event else why or "no actor pair found"))
    after = _next_topic(coder, events, index, topic, claims)
    named = people_named(coder.slots)
    ideas += _refusal_ideas_named(coder, index)
    return events, reasons, (replace(after, acts=tuple(acts), expulsions=tuple(expulsions), people=named,
                                     people_sentence=index, refusal_ideas=tuple(ideas),
                                     pronoun_group=_pronoun_sentence_group(coder, events),
                                     pronoun_group_sentence=index, countries=countries_named(coder.slots),
                                     countries_sentence=index) if after is not None else after)


OBJECTION_REACH = 1  # sentences an act stays answerable by a bare objection ("Ottawa lập tức phản đối.")
CONFLICT_QUAD = "conflict"  # the quad classes verbal_conflict and material_conflict: acts a target objects to


COUNTRY_REFERENCE = "coref"  # the `via` of "nước này"/"quốc gia này" resolved to the last country named (actors.py)
COUNTRY_ID_PREFIX = "country:"


def rebound_reference_frame(coder: SentenceCoder, trig, acts: list, index: int,
                            previous_countries: tuple[str, ...] = ()) -> Frame | None:
    """A hostile act, or one sent to a recipient (aid, support, a request: 'Pakistan hoan nghênh việc Trung Quốc
    viện trợ cho nước này'), aimed at "nước này" that resolved to the actor's own country: 'Nếu Iran tiếp tục làm
    giàu urani, Israel có thể tấn công các cơ sở hạt nhân của nước này', 'Israel không kích Iran. Tehran tuyên bố sẽ
    đáp trả nước này'. A state does not attack, aid or petition itself, so the reference is to the one other
    country in play: the only other country named earlier in the sentence (also by an unnamed title, "Thủ tướng Ấn
    Độ cho biết Mỹ sẽ hỗ trợ nước này", or an earlier "nước này"), else the only other party of the
    previous sentence's hostile act, else the only other country the previous sentence names ("Iran tiếp tục làm
    giàu urani. Israel đe dọa tấn công nước này"). Not for a person as the actor: the subject found for an embedded
    verb is often a person whose own country "nước này" rightly names ("buộc Tổng thống Venezuela Maduro … trừng
    phạt … của nước này"). Only where "nước này" is the recipient itself (right after the verb, or after a
    `recipient_case` word: "cho nước này", "đối với nước này") or the owner after "của" ("các cơ sở … của nước
    này"); a place ("tại/ở nước này") is not, and "phe đối lập nước này", "công dân nước này" are the actor's own
    people. With two candidates, or none, nothing is coded."""
    if trig.needs is not None or not _directed_relation(trig.relation):
        return None
    syls, slots = coder.syls, coder.slots
    if not any(slot and slot[0].via == COUNTRY_REFERENCE for slot in slots[trig.j:]):
        return None  # the usual case, checked before the costlier subject and object searches
    subjects, _ = coder._subject(syls, slots, trig)
    if not subjects or any(_is_person(s) for s in subjects):
        return None  # a person's own country is named often in its sentence: "buộc Tổng thống Venezuela Maduro …"
    _, at = coder._object(syls, slots, trig)
    if at is None or not slots[at] or slots[at][0].via != COUNTRY_REFERENCE:
        return None
    if not (at == trig.j or at > 0 and syls[at - 1].low == grammar().possessive
            or _recipient_case_before(syls, trig, at)):
        return None

    def own(actor: str) -> bool:
        return any(actor == s or coder._same_side(s, actor) for s in subjects)

    if not own(slots[at][0].actor_id):
        return None
    named = {m.actor_id for k in range(trig.i) for m in slots[k]
             if m.actor_id.startswith(COUNTRY_ID_PREFIX) and not own(m.actor_id)}
    if not named:
        named = {a for doers, targets, sentence in acts if sentence == index - 1 for a in doers + targets
                 if a.startswith(COUNTRY_ID_PREFIX) and not own(a)}
    if not named:
        named = {a for a in previous_countries if not own(a)}
    if len(named) != 1:
        return None
    return Frame(subjects, list(named), False, "rebound_reference")


def _directed_relation(relation: str) -> bool:
    """A conflict, or an act sent to a recipient (aid, support, a request): a state does none of them to itself."""
    return _conflict_relation(relation) or relation in relations_with("sent_to")


def _recipient_case_before(syls, trig, at: int) -> bool:
    """'viện trợ cho nước này', 'trừng phạt đối với nước này': only a recipient case (grammar class
    `recipient_case`) stands between the verb and the reference."""
    return tuple(s.low for s in syls[trig.j:at]) in grammar().phrases("recipient_case")


def countries_named(slots) -> tuple[str, ...]:
    """The distinct countries a sentence names (not "nước này" resolved to one), in order."""
    found = [m.actor_id for slot in slots for m in slot
             if m.actor_id.startswith(COUNTRY_ID_PREFIX) and not m.via.startswith(COUNTRY_REFERENCE)]
    return tuple(dict.fromkeys(found))


def people_named(slots) -> tuple[str, ...]:
    """The distinct people named in a sentence, in order (not a pronoun resolved to one)."""
    found = [slot[0].actor_id for k, slot in enumerate(slots) if slot and _head(slots, k)
             and _is_person(slot[0].actor_id) and not slot[0].via.startswith(COUNTRY_REFERENCE)]
    return tuple(dict.fromkeys(found))


def bare_honorific_object(coder: SentenceCoder, trig, previous: tuple[str, ...], compatriots=None) -> Frame | None:
    """'Thủ tướng Canada Mark Carney đã tới Washington. Tổng thống Donald Trump tiếp ông tại Phòng Bầu dục': a bare
    "ông"/"bà" right after the verb (no name after it) is the person the sentence before named, when it named
    exactly one and that one is neither the actor's side nor a compatriot (a minister praised by his president is
    domestic politics); the clause names no other person before the verb (who could be meant). With two people
    before ("Putin điện đàm với Erdogan. Trump chỉ trích ông"), nothing is coded."""
    syls, slots = coder.syls, coder.slots
    k = trig.j
    if trig.needs is not None or len(previous) != 1 or k >= len(syls) or slots[k]:
        return None
    named_after = k + 1 < len(syls) and (slots[k + 1] or syls[k + 1].text[:1].isupper())
    if syls[k].low not in grammar().honorifics or named_after:
        return None  # "tiếp ông Kishida": named, coded by the plain frame
    if k + 1 < len(syls) and (syls[k + 1].verb or trig.relation in relations_with("complement_target")
                              and syls[k + 1].text[:1].isalnum()):
        return None  # "cáo buộc ông liên tục can thiệp …": "ông" opens the complement, whose subject it may not be
    subjects, _ = coder._subject(syls, slots, trig)
    person = previous[0]
    if not subjects or any(person == s or coder._same_side(s, person) or compatriots and compatriots(s, person)
                           for s in subjects):
        return None
    if any(p not in subjects for p in people_named(slots[: trig.i])):
        return None  # "Trump gặp Carney rồi tiếp ông": a person of this clause may be meant
    mutual = trig.mutual and trig.relation == "consult" and not _one_sided(syls, trig)
    return Frame(subjects, [person], mutual, "bare_honorific_object")


def _conflictual(event: Event) -> bool:
    return _conflict_relation(event.relation) and event.mode != "negated"


def _conflict_relation(relation: str) -> bool:
    """The relation's quad class is a conflict (verbal or material), not a cooperation."""
    return relation_types()[relation].quad_class.endswith(CONFLICT_QUAD)


def is_objection(syls, trig) -> bool:
    """The trigger ends with an objection verb (grammar class `objection`: "phản đối", "lên án") and closes its
    clause, or only manner adverbs follow ("phản đối mạnh mẽ."): an objection with nothing named after it."""
    g = grammar()
    words = tuple(s.low for s in syls[trig.i:trig.j])
    if not any(words[-len(p):] == p for p in grammar().phrases("objection")):
        return False
    k = trig.j
    manner = grammar().phrases("objection_manner")
    while True:
        follows = next((p for p in manner if tuple(s.low for s in syls[k:k + len(p)]) == p), None)
        if follows is None:
            break
        k += len(follows)
    return k >= len(syls) or not syls[k].text[:1].isalnum() or syls[k].low == g.conjunction


def objected_act(coder: SentenceCoder, trig, acts: list, same_side, compatriots=None):
    """'Mỹ áp thuế … hàng hóa Canada. Ottawa lập tức phản đối.', 'Trung Quốc tập trận quanh Đài Loan. Đài Bắc phản
    đối mạnh mẽ.': a bare objection (is_objection) by an actor with no recipient of its own answers the latest
    conflictual act done to that actor (or its side) in this or the previous sentence: (objectors, doers). An
    objector that was not the act's target (a third country) objects to no one named."""
    subjects, _ = coder._subject(coder.syls, coder.slots, trig)
    objects, _ = coder._object(coder.syls, coder.slots, trig)
    if not subjects or objects:
        return None
    for doers, targets, _ in reversed(acts):
        answered = [d for d in doers if d not in subjects]
        if answered and any(t == s or same_side(t, s) or compatriots and compatriots(t, s)
                            for t in targets for s in subjects):
            return subjects, answered
    return None


JOINT_RELATION = "cooperate"  # joint exercises are symmetric cooperation (GUIDELINES.md)
SHOW_OF_FORCE = "mobilize"
HALT_REACH = 5  # syllables before an exercise word where a halt ("ngừng toàn bộ các cuộc …") may stand


def joint_exercise_frame(coder: SentenceCoder, trig, event: Event | None) -> Frame | None:
    """'Mỹ và Hàn Quốc khởi động tập trận Tự do', 'Nhật Bản và Hàn Quốc tổ chức tập trận với Mỹ': an exercise verb
    (grammar class `joint_exercise`, a show of force when aimed at someone) held by coordinated actors with no
    target, or held with a partner after "với"/"cùng", is a joint exercise: symmetric cooperation among them
    (GUIDELINES.md). An exercise near or around someone ("tập trận quanh Đài Loan") stays a show of force."""
    if trig.relation != SHOW_OF_FORCE or not _opens_with(coder.syls, trig, "joint_exercise"):
        return None
    before = [s.low for s in coder.syls[max(0, trig.i - HALT_REACH):trig.i]]
    if _has_any(before, grammar().phrases("exercise_halt")):
        return None  # "kêu gọi Mỹ và Hàn Quốc ngừng các cuộc tập trận": an exercise asked to stop is not held
    if event is not None:
        if not event.rule.endswith(".with"):
            return None
        everyone = list(dict.fromkeys(event.subjects + event.objects))
        return Frame(everyone, everyone, True, "joint_exercise", JOINT_RELATION)
    subjects, _ = coder._subject(coder.syls, coder.slots, trig)
    objects, _ = coder._object(coder.syls, coder.slots, trig)
    if objects or len(subjects) < 2 or any(coder._same_side(a, b) for a in subjects for b in subjects if a != b):
        return None
    return Frame(subjects, subjects, True, "joint_exercise", JOINT_RELATION)


def _opens_with(syls, trig, cls: str) -> bool:
    words = tuple(s.low for s in syls[trig.i:trig.j])
    return any(words[:len(p)] == p for p in grammar().phrases(cls))


def live_claims(claims, index: int) -> list:
    """The claims a denial in sentence `index` may still answer (the longest reach; answered_claimant checks each)."""
    return [claim for claim in claims if index - claim[2] <= NAMED_CLAIM_REACH]


def _carried_actor(coder: SentenceCoder, trig, topic: Topic, index: int) -> str:
    """The topic, or the last person named when the clause opens with "ông"/"bà" ("Đại sứ Mỹ Nikki Haley sẽ tới
    châu Phi. Bà thăm Ethiopia …": she, not the United States the title named first)."""
    if topic.person and index - topic.person_sentence <= TOPIC_REACH and opens_with_honorific(coder.syls, trig):
        return topic.person
    return topic.actor


def opens_with_honorific(syls, trig) -> bool:
    """The trigger's clause opens with "ông"/"bà" standing alone (a pronoun, not the title of a name after it)."""
    start = max((k + 1 for k in range(trig.i) if syls[k].text == ","), default=0)
    first = next((k for k in range(start, trig.i) if syls[k].text[:1].isalnum()), None)
    return (first is not None and syls[first].low in grammar().honorifics
            and not syls[first + 1].text[:1].isupper())


def last_person(slots, current: str | None) -> str | None:
    """The first person named in the sentence, else the one named before."""
    for k, slot in enumerate(slots):
        if slot and _head(slots, k) and _is_person(slot[0].actor_id):
            return slot[0].actor_id
    return current


def _lacks_actor(coder: SentenceCoder, trig, since: int = 0, made: bool = False) -> bool:
    """No actor is named before the trigger in its sentence (or since `since`), and the trigger is a verb: a
    nominal event ("các cuộc tấn công của Mỹ") names its own agent or none."""
    syls = coder.syls
    nominalisers = grammar().nominalisers
    nominal = syls[trig.i].low in nominalisers or (trig.i > 0 and syls[trig.i - 1].low in nominalisers)
    # "và áp đặt lệnh trừng phạt": in a coordinated clause, a nominal trigger that a verb of making takes is verbal
    nominal = nominal and not (made and _predicate_start(syls, trig.i) < trig.i)
    places = grammar().place_preps | grammar().sent_to_preps  # "Tại Nhà Trắng, ông …", "ông tới Abu Dhabi để …"
    return not nominal and not any(coder.slots[k] and _head(coder.slots, k) and not (k > 0 and syls[k - 1].low in places)
                                   for k in range(since, trig.i))


def _first_person(syls, start: int, end: int) -> bool:
    """The speaker's own voice between start and end ("Chúng tôi sẽ …"): a quotation's dropped subject is its
    speaker only then; otherwise the quoted clause is about something else ("Đạo luật … phê chuẩn viện trợ …")."""
    words = [s.low for s in syls[start:end]]
    return _has_any(words, grammar().first_person)


def _topic_can_fill(coder: SentenceCoder, trig) -> bool:
    """The clause has no subject of its own: the trigger's clause opens with a third-person pronoun ("Ông đã hội
    đàm …", "Bà lên án …") or with a few lower-case words after an adverbial ("Sau đó, đã tới …"). A noun phrase
    the lexicon does not know ("Các nhà phê bình cáo buộc …", "Rodriguez cáo buộc …") is a subject all the same,
    and a sentence that opens with the trigger word makes it a noun ("Thỏa thuận cho phép …")."""
    g = grammar()
    syls = coder.syls
    start = max((k + 1 for k in range(trig.i) if syls[k].text == ","), default=0)
    clause = [s for s in syls[start:trig.i] if s.text[:1].isalnum()]
    words = [s.low for s in syls[:trig.i] if s.text[:1].isalnum()]
    if not words or _has_any(words, g.first_person):
        return False
    if clause and clause[0].low in g.honorifics | g.pronouns:
        return True
    if _coordinator_before(syls, trig.i) == start:
        return True  # "Đồng thời gửi thông điệp cảnh báo tới …": a clause coordinator, comma or not, then the verb
    return start > 0 and len(clause) <= ADVERB_REACH and not any(s.text[:1].isupper() for s in clause)


COORDINATED_GAP = 3  # lower-case words (adverbs, a speech verb) between a clause coordinator and the verb


def coordinated_clause_frame(coder: SentenceCoder, trig) -> Frame | None:
    """The frame of a verb in a coordinated clause with no actor of its own (clause_subject), if it has a
    recipient."""
    # a misconduct verb (needs blame) accuses its own subject, never what it is done to: in "cáo buộc Israel gieo
    # rắc chiến tranh … và xâm phạm chủ quyền Syria" the second verb continues Israel's charge, not the accuser's clause
    first = first_clause_frame(coder, trig) if trig.needs not in (OBLIGATION, BLAME) else None
    shared = list(first.subjects) if first is not None else []
    if not shared:
        return None
    frame = carried_frame(coder, trig, shared, "coordinated_clause")
    if frame is None:
        frame = _addressed_demand(coder, trig, first)
    if frame is None:
        frame = _warning_addressed_threat(coder, trig, first)
    if frame is None or trig.relation in relations_with("with_only") and not frame.symmetric:
        return None  # "… và nhất trí thúc đẩy X": what is agreed is not a partner
    objects = [o for o in frame.objects if not any(o == s or coder._same_side(s, o) for s in shared)]
    return Frame(frame.subjects, objects, frame.symmetric, frame.rule) if objects else None


BACKING_PASSIVE_REACH = 6  # syllables before a verb in which a passive marker makes it a passive's verb
BACKING_VERB_GAP = 3  # lower-case words after the joiner before the second verb ("cam kết", "sẽ", "tuyên bố")


def backing_shared_verbs(coder: SentenceCoder, trig) -> Frame | None:
    """'Mỹ tuyên bố ủng hộ cũng như cam kết hỗ trợ Guaido', 'Canada ủng hộ và sẽ viện trợ cho Ukraine': two verbs
    joined by a phrase of grammar class `shared_verb_joiner` ("và", "cũng như", "đồng thời" …; then at most a few
    lower-case words, no name, no comma) share one subject and one object: the first verb, which has no object of
    its own, takes the second's; the second, which has no subject of its own, takes the first's."""
    syls, slots = coder.syls, coder.slots
    if any(s.low in grammar().passive_markers for s in syls[max(0, trig.i - BACKING_PASSIVE_REACH):trig.i]):
        return None  # "được Mỹ hậu thuẫn và …": a passive's verbs share their patient, not a subject
    starts = {t.i for t in coder.triggers}
    if trig.j in starts:
        return None  # "cam kết hỗ trợ X": a verb over another verb's clause; that verb takes X
    later = next((t for t in coder.triggers if t.i >= trig.j and t.needs is None and t.j not in starts
                  and _backing_joined(syls, slots, trig.j, t.i)), None)
    earlier = next((t for t in reversed(coder.triggers) if t.j <= trig.i and t.needs is None
                    and _backing_joined(syls, slots, t.j, trig.i)), None)
    if later is None and earlier is not None and _talks_object_of_between(coder.triggers, earlier, trig):
        return None  # "hoan nghênh và ủng hộ hội nghị thượng đỉnh giữa A và B": the summit is what is backed
    other = later if later is not None else earlier
    if other is not None and _conflict_relation(other.relation) != _conflict_relation(trig.relation):
        return None  # "Nga rút quân và tấn công Ukraine": a cooperative and a hostile verb share no object
    if later is not None:
        subjects, _ = coder._subject(syls, slots, trig)
        objects, _ = coder._object(syls, slots, later)
    elif earlier is not None:
        subjects, _ = coder._subject(syls, slots, earlier)
        objects, _ = coder._object(syls, slots, trig)
    else:
        return None
    objects = [o for o in objects if o not in subjects]
    return Frame(subjects, objects, False, "svo") if subjects and objects else None


def _talks_object_of_between(triggers, earlier, trig) -> bool:
    """Another trigger starts between the first joined verb and `trig` ("Trung Quốc hoan nghênh và ủng hộ hội nghị
    thượng đỉnh giữa Mỹ và Triều Tiên"): `trig` is that verb's object (the summit backed), not a second verb that
    shares the first one's subject; the third party who welcomes a summit holds no talks (GUIDELINES.md). Talks
    only: "ủng hộ cũng như cam kết hỗ trợ Guaido" is two verbs ("cam kết" a modal of the second) with one subject."""
    return trig.relation == "consult" and any(
        t is not earlier and t is not trig and earlier.j <= t.i < trig.i for t in triggers)


BACKING_PRONOUN_GAP = 3  # lower-case words between "họ" and the verb ("sẽ", "đã", "cũng sẽ")


def backing_speaker_pronoun(coder: SentenceCoder, trig) -> Frame | None:
    """'Anh, Pháp và Đức nói rằng họ sẽ công nhận Guaido', 'Nhật Bản cho biết họ ủng hộ Philippines': a pronoun of
    grammar class `speaker_pronoun` ("họ") opening a clause reported after a speech verb (class `speech_verb`,
    "rằng" optional) stands for the speech verb's subject; with no actor as that subject nothing is coded."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    k = trig.i
    pronoun = _phrase_before(syls, k, g.phrases("speaker_pronoun"))
    while (pronoun is None and k > 0 and not slots[k - 1] and syls[k - 1].text[:1].islower()
           and trig.i - k < BACKING_PRONOUN_GAP):
        k -= 1
        pronoun = _phrase_before(syls, k, g.phrases("speaker_pronoun"))
    if pronoun is None:
        return None
    k -= len(pronoun)
    if k > 0 and syls[k - 1].low in g.complementisers:
        k -= 1
    verb = _phrase_before(syls, k, g.speech_verbs)
    if verb is None:
        return None
    speakers, _ = coder._subject(syls, slots, Found(trig.relation, k - len(verb), k))
    if not speakers:
        return None
    objects, _ = coder._object(syls, slots, trig)
    objects = [o for o in objects if o not in speakers]
    return Frame(speakers, objects, False, "svo") if objects else None


def _backing_joined(syls, slots, end: int, start: int) -> bool:
    """Between the first verb's end and the second verb's start: a shared-verb joiner right after the first verb,
    then at most BACKING_VERB_GAP lower-case words, none a name."""
    g = grammar()
    joiner = _phrase_starting(syls, end, g.phrases("shared_verb_joiner")) if end < start else None
    if joiner is None:
        return False
    gap = range(end + len(joiner), start)
    if any(_phrase_starting(syls, x, g.actor_group_nouns) or _phrase_starting(syls, x, g.list_closers) for x in gap):
        return False  # "được quân đội hậu thuẫn và nhiều nước ủng hộ": a subject of its own opens the second clause
    return len(gap) <= BACKING_VERB_GAP and all(not slots[x] and syls[x].text[:1].islower() for x in gap)


def _addressed_demand(coder: SentenceCoder, trig, first: Frame) -> Frame | None:
    """'Iran lên án việc Anh bắt tàu và kêu gọi thả tàu ngay': a demand or appeal with no recipient of its own,
    coordinated after a conflictual act on someone, is addressed to that someone."""
    if (trig.relation not in relations_with("verbal_request") or first.relation in relations_with("cooperative")
            or not first.objects):
        return None
    return Frame(first.subjects, first.objects, False, "coordinated_clause")


def _warning_addressed_threat(coder: SentenceCoder, trig, first: Frame) -> Frame | None:
    """'Iran lên án việc Anh bắt giữ tàu chở dầu và cảnh báo sẽ đáp trả', 'Trung Quốc chỉ trích Mỹ …, đồng thời cảnh
    báo sẽ có biện pháp đáp trả': a threat with no recipient of its own (nor a condition naming one), coordinated
    after a conflictual act on someone, threatens that someone, as a demand so placed is addressed to it
    (_addressed_demand); only where the warner announces its own act (a future marker or another trigger right
    after the threat, a complementiser between allowed): "đồng thời cảnh báo các thỏa thuận … có thể tồi tệ hơn"
    is a prediction, no threat."""
    if trig.relation != THREATEN or first.relation in relations_with("cooperative") or not first.objects:
        return None
    g, syls = grammar(), coder.syls
    k = trig.j + (1 if trig.j < len(syls) and syls[trig.j].low in g.complementisers else 0)
    if k >= len(syls) or not (syls[k].low in g.future_markers or coder._trigger_at(syls, k)
                               and coder._found_at(syls, k).relation not in relations_with("cooperative")):
        return None  # "cảnh báo các thỏa thuận …": an agreement is no act of the warner's
    return Frame(first.subjects, first.objects, False, "coordinated_clause")


def clause_subject(coder: SentenceCoder, trig) -> list[str]:
    """The subject a coordinated clause with no actor of its own shares (first_clause_frame)."""
    first = first_clause_frame(coder, trig)
    return list(first.subjects) if first is not None else []


def declared_warner_frame(coder: SentenceCoder, trig) -> Frame | None:
    """'Bộ trưởng Shoigu cho rằng NATO đã tăng gấp đôi hoạt động … và cảnh báo Moskva sẽ trả đũa', 'Venezuela cho
    rằng ông Kriener đã vi phạm …, đồng thời cảnh báo EU …': a warning verb (grammar class `warning_verb`) whose
    clause a coordinator opens, naming no actor of its own, after a clause declared by someone (its first actor
    named right after a declare or speech verb) goes on with the declarer's speech: the declarer warns, not the
    one declared about, and warns no one of its own side (an empty recipient list then)."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    if _phrase_starting(syls, trig.i, g.phrases("warning_verb")) is None:
        return None
    opener = _coordinator_before(syls, trig.i)
    if opener is None or not _lacks_actor(coder, trig, since=opener):
        return None
    verbs = g.declare_verbs + g.speech_verbs
    verbs += tuple(v + (c,) for v in verbs for c in g.complementisers)
    for k in range(opener):
        if not (slots[k] and _head(slots, k)) or _mention_edge(slots, k, backwards=True) != k:
            continue
        at = k - 1 if k > 0 and syls[k - 1].low in g.honorifics else k  # "cho rằng ông Kriener …"
        verb = _phrase_before(syls, at, verbs)
        if verb is None:
            continue
        declarers, _ = coder._subject(syls, slots, Found(trig.relation, at - len(verb), at))
        if not declarers or any(m.actor_id in declarers for m in slots[k]):
            return None
        end = _mention_end(slots, k)
        if not any(not slots[x] and syls[x].text[:1].islower() for x in range(end + 1, opener)):
            return None  # "công nhận Guaido và cảnh báo …": X is the verb's object, no clause declared about X
        objects, _ = coder._object(syls, slots, trig)
        objects = [o for o in objects if not any(o == d or coder._same_side(d, o) for d in declarers)]
        return Frame(declarers, objects, False, "coordinated_clause")
    return None


def first_clause_frame(coder: SentenceCoder, trig) -> Frame | None:
    """'Nga bác bỏ đề xuất của Ukraine, đồng thời cảnh báo Mỹ …', '… lên án phe đối lập và tuyên bố cắt đứt quan
    hệ với Colombia': a verb whose clause opens with a clause coordinator (then at most a few lower-case words) and
    names no actor of its own shares the subject of the sentence's first clause, i.e. of its first trigger that
    has one: that trigger's frame (its relation in `relation`). A nominal event names its own agent or none."""
    opener = _coordinator_before(coder.syls, _predicate_start(coder.syls, trig.i))
    if opener is None or not _lacks_actor(coder, trig, since=opener, made=True):
        return None
    for first in sorted(coder.triggers, key=lambda t: t.i):
        if first.j > opener or _in_unknown_name(coder, first.i):
            break  # "Hội đồng hợp tác và hòa giải …": the name of a body, not two clauses
        if _subordinate_open(coder.syls, first.j, opener):
            return None  # "… do lo ngại leo thang và tiếp tục …": the coordinator continues the subordinate clause
        # the actor its frame found ("tuyên bố Maduro là … bất hợp pháp": the declarer, not Maduro), else the
        # word-order subject of a plain trigger whose clause has no recipient ("hoan nghênh tuyên bố chung")
        frame = next((frame for _, frame in coder.frames(first) if frame.subjects), None)
        if frame is None and first.needs is None:
            subjects, _ = coder._subject(coder.syls, coder.slots, first)
            frame = Frame(subjects, [], False, "svo") if subjects else None
        if frame is not None:
            return Frame(frame.subjects, frame.objects, frame.symmetric, frame.rule, frame.relation or first.relation)
    return None


def _predicate_start(syls, i: int) -> int:
    """'… và (tái) áp đặt lệnh trừng phạt với Tehran': a nominal trigger right after a verb of making (grammar class
    `making_verb`; nominalisers and plural markers between) is that verb's object, so the predicate, and the
    clause the coordinator opens, starts at the verb, or at a prefix of repetition before it (class
    `predicate_prefix`: "tái"); else at syllable i."""
    g = grammar()
    k = i
    # the verb is looked for before each step back: a verb may end in a nominaliser's syllable ("tiến hành")
    while (k > 0 and _phrase_before(syls, k, g.making_verbs) is None
           and (syls[k - 1].low in g.nominalisers or syls[k - 1].low in g.claim_quantifiers)):
        k -= 1
    verb = _phrase_before(syls, k, g.making_verbs)
    if verb is None:
        return i
    k -= len(verb)
    while k > 0 and _phrase_before(syls, k, g.phrases("predicate_prefix")):
        k -= len(_phrase_before(syls, k, g.phrases("predicate_prefix")))
    return k


def _subordinate_open(syls, start: int, end: int) -> bool:
    """A subordinate clause opens between start and end and no comma closes it before end. A complement clause
    ("cho rằng X …") is not one: what follows its "và" is the speaker's next act ("… cho rằng X sai và yêu cầu …")."""
    complementisers = grammar().complementisers
    opened = [k for k in range(start, end) if _starts_clause(syls, k) and syls[k].low not in complementisers]
    return bool(opened) and not any(syls[k].text == "," for k in range(opened[-1], end))


def _in_unknown_name(coder: SentenceCoder, i: int) -> bool:
    """Syllable i continues a capitalised word that names no known actor ("Hội đồng hợp tác …")."""
    k = i - 1
    while k > 0 and not coder.syls[k].word_start:
        k -= 1
    return k >= 0 and coder.syls[k].text[:1].isupper() and not coder.slots[k]


def _coordinator_before(syls, i: int) -> int | None:
    """Where the clause coordinator that opens the clause of syllable i starts, if one does."""
    g = grammar()
    # only adverbs, modality and a speech verb may stand between ("và tuyên bố cắt đứt …"), not a new subject
    for gap in range(COORDINATED_GAP + 1):
        end = i - gap
        if end < 1 or any(syls[k].low not in g.clause_fillers for k in range(end, i)):
            return None
        phrase = _phrase_before(syls, end, g.clause_coordinators)  # the first, in order, ending at `end`
        if phrase is not None:
            return end - len(phrase)
    return None


OPENING_QUOTES = frozenset('"“')
CLOSING_QUOTES = frozenset('"”')
QUOTES = OPENING_QUOTES | CLOSING_QUOTES
SPEAKER_REACH = 10  # syllables between a quotation and its speaker's name
VERBAL_QUAD = "verbal"  # the quad classes verbal_cooperation and verbal_conflict: acts done by speaking


def _quoted(syls, i: int) -> tuple[int, int] | None:
    """(opening, closing) syllable indices of the quotation that holds syllable i, if any."""
    marks = [k for k, s in enumerate(syls) if s.text in QUOTES]  # the union made once, not per syllable
    before = [k for k in marks if k < i]
    after = [k for k in marks if k > i]
    if not before or not after or len(before) % 2 == 0:
        return None  # quotation marks pair up from the start of the sentence
    return before[-1], after[0]


def _continued_quote(coder: SentenceCoder, trig) -> tuple[int, int] | None:
    """(sentence start, closing) when a verbal act ("Chúng tôi kêu gọi Mỹ …") stands in a quotation that opened in
    an earlier sentence and closes in this one (no quotation mark before it, an odd number after). Only a verbal
    act: what else a speaker recounts in the first person ("chúng tôi nhận thấy các tàu đã vào cảng") is too
    often someone else's act."""
    syls = coder.syls
    marks = [k for k, s in enumerate(syls) if s.text in QUOTES]  # the union made once, not per syllable
    if any(k < trig.i for k in marks) or len(marks) % 2 == 0 or not _verbal_act_at(coder, trig.i):
        return None
    return 0, marks[0]


def quoted_obligation(coder: SentenceCoder, trig) -> Frame | None:
    """'"Washington cần phải từ bỏ …", Tổng thống Erdogan nói': a modal inside a quotation (an odd number of
    quotation marks after it; the quotation may open in an earlier sentence) whose speaker is named right after
    it: the speaker demands (asks) it of X, named right before the modal."""
    threat = coder._threatened(trig)
    # '"Washington sẽ phải trả giá", Bộ Ngoại giao Iran cảnh báo': a threat's speaker may follow with a warning verb
    speaker = _quote_speaker(coder, trig, obliged := coder.obliged(trig), verbal=threat)
    if speaker is None:
        return None
    if threat:  # '"Nga sẽ phải chịu thêm khó khăn", Putin cảnh báo': a warning to one's own side threatens no one
        obliged = [o for o in obliged if not coder._same_side(speaker, o)]
    return Frame([speaker], obliged, False, "quote_obligation", "threaten" if threat else None) if obliged else None


def _quote_speaker(coder: SentenceCoder, trig, targets: list[str], verbal: bool = False) -> str | None:
    """The speaker named right after the quotation a trigger sits in (an odd number of closing quotation marks
    after it), when there are targets and the speaker is not one of them; with `verbal`, a verbal act's verb
    after the speaker introduces the quotation as a speech verb does."""
    syls = coder.syls
    marks = [k for k in range(trig.j, len(syls)) if syls[k].text in CLOSING_QUOTES]
    if len(marks) % 2 == 0 or not targets:
        return None
    speaker = _speaker_after(coder, marks[0], verbal)
    return speaker if speaker and speaker not in targets else None


def fronted_reproach(coder: SentenceCoder, trig) -> Frame | None:
    """'Trước những lời chỉ trích từ Bắc Kinh, Washington vẫn …', 'Đáp lại cáo buộc của Mỹ, Trung Quốc …', 'Theo
    cáo buộc của Mỹ, Trung Quốc đã …': an accusation named in a fronted phrase (the sentence opens with a grammar
    `fronted_preposition`, the first comma closes it) whose owner follows an agent marker ("của", "từ (phía)") and
    which names no target of its own is aimed at the main clause's first actor, right after the comma."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    comma = _fronted_phrase(syls, slots, trig)
    if comma is None:
        return None
    owner_at = next((k for k in range(trig.j, comma) if slots[k] and _head(slots, k)), None)
    if owner_at is None or syls[owner_at - 1].low not in g.agent_markers | {p[-1] for p in g.agent_marker_pairs}:
        return None
    # a second actor in the phrase is a target of its own, or a list this frame does not read
    return _fronted_pair(syls, slots, owner_at, comma, inside_is_owner=True)


def fronted_aimed_reproach(coder: SentenceCoder, trig) -> Frame | None:
    """'Trong lời chỉ trích nhằm vào Mỹ, Nga cho biết sẽ đáp trả': an accusation in a fronted phrase (as for
    fronted_reproach) whose target follows a target phrase right after it ("nhằm vào X") and which names no owner
    is the main clause's first actor's, right after the comma: its owner is the one who goes on speaking."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    comma = _fronted_phrase(syls, slots, trig)
    if comma is None:
        return None
    aim = next((p for p in g.target_phrases if tuple(s.low for s in syls[trig.j : trig.j + len(p)]) == p), None)
    target_at = trig.j + len(aim) if aim else None
    if target_at is None or target_at >= comma or not slots[target_at]:
        return None
    # a second actor in the phrase (an owner after "của") is fronted_reproach's reading, or none
    return _fronted_pair(syls, slots, target_at, comma, inside_is_owner=False)


def fronted_backing(coder: SentenceCoder, trig) -> Frame | None:
    """'Dưới sự hậu thuẫn của không quân Nga, quân đội Syria …', 'Với sự hỗ trợ của Mỹ, SDF …': one-way aid or
    support made a noun (a nominaliser) in a phrase that opens the sentence with a backing preposition (grammar
    `backing_preposition`), owned by the actor after an agent marker ("của", "từ"), backs the actor who opens the
    main clause after the comma: the backed side is the one who acts, named outside the phrase."""
    rtype = relation_types().get(trig.relation) if trig.relation else None
    if rtype is None or not rtype.cooperative or rtype.reciprocal:
        return None
    syls, slots = coder.syls, coder.slots
    g = grammar()
    k = trig.i
    while k > 0 and syls[k - 1].low in g.nominalisers:
        k -= 1
    # the noun is made by a nominaliser before the trigger or inside its row ("sự hậu thuẫn")
    prep = _phrase_before(syls, k, g.phrases("backing_preposition")) if syls[k].low in g.nominalisers else None
    first = next((x for x in range(trig.i) if syls[x].text[:1].isalpha()), None)
    if prep is None or first != k - len(prep):
        return None
    comma = next((x for x in range(trig.j, len(syls)) if syls[x].text == ","), None)
    if comma is None or comma + 1 >= len(syls):
        return None
    owner_at = next((x for x in range(trig.j, comma) if slots[x] and _head(slots, x)), None)
    if owner_at is None or syls[owner_at - 1].low not in g.agent_markers | {p[-1] for p in g.agent_marker_pairs}:
        return None
    return _fronted_pair(syls, slots, owner_at, comma, inside_is_owner=True, rule="fronted_backing")


def _fronted_pair(syls, slots, inside_at: int, comma: int, inside_is_owner: bool,
                  rule: str = "fronted_reproach") -> Frame | None:
    """The reproach between the one actor named inside the fronted phrase (at inside_at) and the actor opening the
    main clause after its comma: the owner is the one inside when `inside_is_owner`, else the one after."""
    if any(slots[k] and _head(slots, k) for k in range(_mention_end(slots, inside_at) + 1, comma)):
        return None
    after_at = _actor_after_comma(syls, slots, comma)
    if after_at is None:
        return None
    first = _group(syls, slots, inside_at, backwards=False)
    second = [a for a in _group(syls, slots, after_at, backwards=False) if a not in first]
    owners, targets = (first, second) if inside_is_owner else (second, first)
    return Frame(owners, targets, False, rule) if owners and targets else None


def _fronted_phrase(syls, slots, trig) -> int | None:
    """The comma that closes a fronted prepositional phrase holding the trigger ("Trong lời chỉ trích …, "), when
    no actor stands before the trigger in it ("Sau khi Mỹ …" is a clause of its own)."""
    g = grammar()
    first = next((k for k in range(trig.i) if syls[k].text[:1].isalpha()), None)
    if first is None or not any(tuple(s.low for s in syls[first : first + len(p)]) == p for p in g.fronted_prepositions):
        return None
    comma = next((k for k in range(trig.j, len(syls)) if syls[k].text == ","), None)
    if comma is None or comma + 1 >= len(syls) or any(syls[k].text == "," for k in range(first, trig.i)):
        return None
    return None if any(slots[first : trig.i]) else comma


def _actor_after_comma(syls, slots, comma: int) -> int | None:
    """The mention that opens the main clause right after the fronted phrase's comma, honorifics skipped."""
    k = comma + 1
    while k < len(syls) and not slots[k] and syls[k].low in grammar().honorifics:
        k += 1
    return k if k < len(syls) and slots[k] else None


def quoted_declaration(coder: SentenceCoder, trig) -> Frame | None:
    """'"Đây là hành động khiêu khích của Nhật Bản", Bộ Ngoại giao Hàn Quốc nhấn mạnh', '"Maduro là tổng thống hợp
    pháp", ông Lavrov nói': a legitimacy or label word inside a quotation whose speaker is named after it, with the
    copula before it: the speaker declares it of the actor right before the copula, or of the owner named right after
    the word ("của X")."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    marks = [k for k in range(trig.j, len(syls)) if syls[k].text in CLOSING_QUOTES]
    if len(marks) % 2 == 0:
        return None
    copula = next((k for k in range(trig.i - 1, max(-1, trig.i - LEGITIMACY_REACH), -1) if syls[k].low == g.copula),
                  None)
    if copula is None or any(slots[copula + 1 : trig.i]):
        return None
    speaker = _speaker_after(coder, marks[0])
    if speaker is None:
        return None
    if copula > 0 and slots[copula - 1]:
        held = _group(syls, slots, copula - 1, backwards=True)
    elif trig.j + 1 < marks[0] and syls[trig.j].low == g.possessive and slots[trig.j + 1]:
        held = _group(syls, slots, trig.j + 1, backwards=False)
    else:
        held = _quoted_act_owners(syls, slots, copula)
    held = [a for a in held if a != speaker]
    return Frame([speaker], held, False, "quote_declaration") if held else None


def _quoted_act_owners(syls, slots, copula: int) -> list[str]:
    """'"Việc Mỹ rút khỏi hiệp ước là một sai lầm", ông Lavrov nói', '"Quyết định áp thuế của Washington là …"': the
    actor of the act (a nominaliser or an owned act noun) that opens the quotation before the copula (helper p16f);
    [] for an act X undergoes or one with no named actor."""
    g = grammar()
    opening = next((k for k in range(copula - 1, -1, -1) if syls[k].text in OPENING_QUOTES), None)
    if opening is None or opening + 1 >= copula:
        return []
    k = opening + 1
    if syls[k].low not in g.nominalisers and _phrase_starting(syls, k, g.owned_act_nouns) is None:
        return []
    return _act_owners(syls, slots, k, copula)


def quote_reproach(coder: SentenceCoder, trig) -> Frame | None:
    """'"Mỹ đang phá hoại trật tự thế giới", Ngoại trưởng Lavrov chỉ trích': an accusation verb right after the
    speaker named after a closing quotation mark, with no recipient of its own, is aimed at the first actor the
    quotation names (not the speaker's own)."""
    syls, slots = coder.syls, coder.slots
    closing = next((k for k in range(trig.i - 1, -1, -1) if syls[k].text in CLOSING_QUOTES), None)
    if closing is None or closing < 2:
        return None
    opening = next((k for k in range(closing - 1, -1, -1) if syls[k].text in OPENING_QUOTES), None)
    speaker = _speaker_after(coder, closing, verbal=True)
    if opening is None or speaker is None:
        return None
    named = [k for k in range(closing + 1, trig.i) if slots[k]]
    if not named or _mention_end(slots, named[-1]) != trig.i - 1 or slots[named[-1]][0].actor_id != speaker:
        return None  # the accusation verb must follow the speaker's name right away
    inside = next((k for k in range(opening + 1, closing) if slots[k] and _head(slots, k)
                   and slots[k][0].actor_id != speaker and not coder._same_side(speaker, slots[k][0].actor_id)), None)
    if inside is None:
        return None
    targets = [a for a in _group(syls, slots, inside, backwards=False) if a != speaker and not coder._same_side(speaker, a)]
    return Frame([speaker], targets, False, "quote_reproach") if targets else None


def _mention_end(slots, k: int) -> int:
    while k + 1 < len(slots) and slots[k + 1] and slots[k + 1][0] is slots[k][0]:
        k += 1
    return k


def quoted_blame(coder: SentenceCoder, trig) -> Frame | None:
    """'"Washington đang khiêu khích …", Ngoại trưởng Lavrov nói': a blame row inside a quotation whose speaker is
    named right after it: the speaker accuses X, named right before the row (as for a modal: `quoted_obligation`)."""
    speaker = _quote_speaker(coder, trig, blamed := coder.blamed(trig))
    return Frame([speaker], blamed, False, "quote_blame") if speaker else None


_BLAME_BACKER_REACH = 24  # syllables between the declaring verb and the agent marker of the backed act


def _blame_backing_row(coder: SentenceCoder, trig) -> bool:
    """A backing verb of grammar class `blame_backing_verb` ("chống lưng", "hậu thuẫn") starts at the trigger."""
    return _phrase_starting(coder.syls, trig.i, grammar().phrases("blame_backing_verb")) is not None


def _blame_backer(coder: SentenceCoder, trig) -> Frame | None:
    """'Ông Maduro cho rằng đây là cuộc đảo chính do Mỹ giật dây', 'cáo buộc đây là "cuộc đảo chính điện tử" thực hiện
    bởi "các phần tử tội phạm do Mỹ chống lưng"': inside what a declaring verb says, an act or group named as done or
    backed by X (the agent marker of a reduced passive, class `reduced_passive_marker`, then X, clause adverbs, then a
    blame row or, after an accusation verb only (class `claim_verb`), a backing verb of class `blame_backing_verb`):
    the declarer accuses X. The declaring verb stands in the same clause (no comma or clause break) with no actor
    between it and the marker; a narrator's "phe đối lập do Mỹ hậu thuẫn" (no declaring verb) and "Nga cho rằng lực
    lượng do Mỹ hậu thuẫn đã rút" (a backing verb after a mere declaration) accuse no one."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    k = trig.i
    while k > 0 and syls[k - 1].low in g.clause_adverbs and not slots[k - 1]:
        k -= 1
    if k < 3 or not slots[k - 1]:
        return None
    head = _mention_edge(slots, k - 1, backwards=True)
    while head > 1 and (syls[head - 1].low in g.joiners or syls[head - 1].low in g.list_joiners) and slots[head - 2]:
        # "do Israel và Mỹ đứng sau"
        head = _mention_edge(slots, head - 2, backwards=True)
    marker = head - 1
    if marker < 1 or syls[marker].low not in g.single_words("reduced_passive_marker"):
        return None
    verbs = g.claim_declarers if trig.needs != BLAME else g.accusing_declarers  # a backing verb: accusations only
    declarers = _blame_declarers_before(coder, marker, verbs, max(0, marker - _BLAME_BACKER_REACH))
    if not declarers:
        return None
    accused = _group(syls, slots, k - 1, backwards=True)
    accused = [a for a in accused if not any(a == d or coder._same_side(d, a) for d in declarers)]
    return Frame(declarers, accused, False, "blame_backer", ACCUSE) if accused else None


def _blame_declarers_before(coder: SentenceCoder, end: int, verbs, stop: int = 0) -> list[str]:
    """The declarers of the nearest of `verbs` ending before syllable `end` and after `stop`, in the same clause
    (no comma, clause break or actor between): the verb's subject, else the participial declarer
    (`SentenceCoder._blame_participial_declarer`); none when no such verb stands there (`_blame_backer`,
    `_blame_pretext`)."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    for x in range(end, stop, -1):
        if syls[x - 1].text == "," or syls[x - 1].text in g.clause_breaks or slots[x - 1]:
            return []
        verb = _phrase_before(syls, x, verbs)
        if verb is not None:
            declarers, _ = coder._subject(syls, slots, Found(ACCUSE, x - len(verb), x))
            return declarers or coder._blame_participial_declarer(syls, slots, x - len(verb))
    return []


_BLAME_PRETEXT_REACH = 16  # syllables after a pretext noun within which the covered act's actor is named


def _blame_pretext_row(coder: SentenceCoder, trig) -> bool:
    """A pretext noun of grammar class `blame_pretext_noun` ("vỏ bọc", "cái cớ") starts at the trigger."""
    return _phrase_starting(coder.syls, trig.i, grammar().phrases("blame_pretext_noun")) is not None


def _blame_pretext(coder: SentenceCoder, trig) -> Frame | None:
    """'Ông Maduro khẳng định viện trợ là vỏ bọc cho cuộc xâm lược quân sự của Mỹ', 'Nga cho rằng vũ khí hóa học chỉ
    là cái cớ để Mỹ tấn công Syria': a thing declared (a declaring, speech or labelling verb, no actor between it and
    the copula, in the same clause) to be a pretext (the copula, focus words aside, right before a pretext noun) for
    an act accuses the act's actor: the first actor after the noun in its clause, named right after a link of class
    `blame_pretext_link` ("để", "cho"), a nominaliser or the possessive (the act's owner). A target after "vào"
    ("cái cớ để can thiệp vào Syria") is not reached that way and codes nothing."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    copula = trig.i - 1
    while copula > 0 and syls[copula].low != g.copula and (
            syls[copula].low in g.copula_focus or syls[copula].low in g.clause_adverbs):
        copula -= 1
    if copula < 2 or syls[copula].low != g.copula:
        return None
    while copula > 0 and (syls[copula - 1].low in g.copula_focus or syls[copula - 1].low in g.clause_adverbs):
        copula -= 1  # "chỉ là", "chính là"
    declarers = _blame_declarers_before(coder, copula, g.cause_declarers)  # declare, blame, speech, label verbs
    if not declarers:
        return None
    links = g.single_words("blame_pretext_link") | g.nominalisers | {g.possessive}
    for k in range(trig.j, min(len(syls), trig.j + _BLAME_PRETEXT_REACH)):
        if syls[k].text == "," or syls[k].text in g.clause_breaks:
            return None
        if slots[k] and _head(slots, k):
            if syls[k - 1].low not in links:
                return None
            accused = [a for a in _group(syls, slots, k, backwards=False)
                       if not any(a == d or coder._same_side(d, a) for d in declarers)]
            return Frame(declarers, accused, False, "blame_pretext", ACCUSE) if accused else None
    return None


_BLAME_SPEAKER_GAP = 4  # lower-case words (titles, honorifics) between the comma and a postposed speaker's name


def _blame_postposed_speaker(coder: SentenceCoder, trig) -> Frame | None:
    """'Nga phải chịu trách nhiệm về vụ đầu độc, Thủ tướng Anh nói.', 'Iran đứng sau các vụ tấn công, ông Pompeo cho
    biết hôm thứ Năm.': a blame row in a sentence with no quotation marks whose blamed actor opens the sentence
    (nothing but lower-case words before it, no comma) and whose last comma comes after the row and is followed,
    titles and honorifics aside, by a speaker and a speech verb: the speaker accuses the actor, as when the clause
    is quoted (`quoted_blame`). A word that opens a clause of its own after the comma ("…, trong khi ông X nói")
    and a speaker of the blamed actor's own side ("Mỹ vi phạm …, ông Trump nói": no self-accusation) code nothing."""
    syls, slots = coder.syls, coder.slots
    if any(s.text in QUOTES for s in syls):
        return None
    blamed = coder.blamed(trig)
    if not blamed:
        return None
    first = next(k for k in range(trig.i) if slots[k])
    if any(syls[k].text == "," or not syls[k].text[:1].islower() for k in range(first) if syls[k].text[:1].isalnum()
           or syls[k].text == ","):
        return None
    speaker = _blame_tail_speaker(coder, trig, blamed)
    return Frame([speaker], blamed, False, "postposed_blame") if speaker else None


def _blame_tail_speaker(coder: SentenceCoder, trig, targets: list[str]) -> str | None:
    """The speaker of a "…, <speaker> <speech verb>" clause: the first or the last comma after the trigger is
    followed, four lower-case title words at most (no clause opener) between, by a speaker named before a speech
    verb, who is none of the targets nor of their side."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    commas = [k for k in range(trig.j, len(syls)) if syls[k].text == ","]
    openers = g.clause_opener_words
    for comma in dict.fromkeys(commas[:1] + commas[-1:]):  # "…, ông Trump nói, và …"; "…, một cựu điệp viên, ông X nói"
        head = next((k for k in range(comma + 1, len(syls)) if slots[k]), None)
        if head is None or head - comma - 1 > _BLAME_SPEAKER_GAP or any(
                syls[k].low in openers for k in range(comma + 1, head)):
            continue
        speaker = _speaker_after(coder, comma)
        if speaker is None or any(speaker == b or coder._same_side(speaker, b) for b in targets):
            return None
        return speaker
    return None


def _blame_postposed_declaration(coder: SentenceCoder, trig) -> Frame | None:
    """'Đây là hành động khiêu khích của Nhật Bản, Bộ Ngoại giao Hàn Quốc nói.', 'Việc Mỹ rút khỏi hiệp ước là một sai
    lầm, ông Lavrov nói.': a legitimacy or label word after the copula in an unquoted first clause (no comma before
    it) whose speaker closes the sentence (`_blame_tail_speaker`): the speaker declares it of the actor right before
    the copula, of the owner right after the word ("của X"), or of the actor of the act the sentence opens with (a
    nominaliser, then the actor), as `quoted_declaration` does inside quotation marks."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    if any(s.text in QUOTES for s in syls) or any(s.text == "," for s in syls[: trig.i]):
        return None
    copula = next((k for k in range(trig.i - 1, max(-1, trig.i - LEGITIMACY_REACH), -1) if syls[k].low == g.copula),
                  None)
    if copula is None or any(slots[copula + 1 : trig.i]):
        return None
    first = next((k for k in range(copula) if syls[k].text[:1].isalpha()), None)
    if copula > 0 and slots[copula - 1]:
        held = _group(syls, slots, copula - 1, backwards=True)
    elif trig.j + 1 < len(syls) and syls[trig.j].low == g.possessive and slots[trig.j + 1]:
        held = _group(syls, slots, trig.j + 1, backwards=False)
    elif first is not None and syls[first].low in g.nominalisers and first + 1 < copula and slots[first + 1]:
        held = _group(syls, slots, first + 1, backwards=False)
    else:
        return None
    speaker = _blame_tail_speaker(coder, trig, held)
    return Frame([speaker], held, False, "postposed_declaration") if speaker else None


def _speaker_after(coder: SentenceCoder, closing: int, verbal: bool = False) -> str | None:
    """'"…", Tổng thống Pháp Emmanuel Macron tuyên bố', '"…", hãng tin Reuters dẫn lời ông Tusk': the speaker
    named right after a closing quotation mark."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    k = closing
    while k + 1 < min(len(syls), closing + SPEAKER_REACH):
        k += 1
        if slots[k] and _head(slots, k):
            end = k
            while end + 1 < len(syls) and slots[end + 1] and slots[end + 1][0] is slots[k][0]:
                end += 1
            if end + 1 < len(syls) and slots[end + 1] and _head(slots, end + 1):
                k = end  # "Ngoại trưởng Iran Javad Zarif nói": the title's country, then the speaker's own name
                continue
            quoting = next((p for p in g.quoting_verbs if tuple(s.low for s in syls[end + 1:end + 1 + len(p)]) == p),
                           None)
            if quoting is not None:  # the outlet quotes the one named after the verb
                after = end + 1 + len(quoting)
                named = next((x for x in range(after, min(len(syls), after + 2)) if slots[x] and _head(slots, x)), None)
                return slots[named][0].actor_id if named is not None else None
            follows = [s.low for s in syls[end + 1:end + 3]]
            said = follows and (follows[0] in g.speech_first or verbal and _verbal_act_at(coder, end + 1))
            return slots[k][0].actor_id if said else None
    return None


def _verbal_act_at(coder: SentenceCoder, k: int) -> bool:
    """A verb of verbal conflict or cooperation starts at syllable k ('"…", người phát ngôn X cảnh báo'): it
    introduces the quotation as a speech verb does."""
    if k >= len(coder.syls) or not coder._trigger_at(coder.syls, k):
        return False
    relation = coder._found_at(coder.syls, k).relation
    return relation_types()[relation].quad_class.startswith(VERBAL_QUAD)


def _speaker_of_quote(coder: SentenceCoder, quoted: tuple[int, int]) -> str | None:
    """'"…", Tổng thống Pháp Emmanuel Macron tuyên bố' or 'Ông Macron nói: "…"': the named speaker."""
    syls, slots = coder.syls, coder.slots
    speech_first = grammar().speech_first
    opening, closing = quoted
    if any(slots[k] and _head(slots, k) for k in range(closing + 1, min(len(syls), closing + SPEAKER_REACH))):
        return _speaker_after(coder, closing, verbal=True)  # not for a modal: a warning's 'nên' is no plain appeal
    for k in range(opening - 1, max(-1, opening - SPEAKER_REACH), -1):
        if slots[k] and _head(slots, k):
            between = [s.low for s in syls[k + 1:opening]]
            return slots[k][0].actor_id if any(w in speech_first for w in between) else None
    return None


def _carried(coder: SentenceCoder, text: str, start: int, end: int, trig, actor: str,
             rule: str = "carried") -> Event | None:
    frame = carried_frame(coder, trig, [actor], rule)
    return None if frame is None else coder._event("", text, start, end, trig, frame)


def carried_frame(coder: SentenceCoder, trig, actors: list[str], rule: str) -> Frame | None:
    """The frame of a trigger whose actors come from elsewhere: its recipient is found as usual."""
    if trig.needs == _DEAL_BODY:  # a joining verb: only the body or the initiative's owner it names
        joined = [o for o in coder._deal_joined(coder.syls, coder.slots, trig, actors) if o not in actors]
        return Frame(actors, joined, False, rule) if joined else None
    objects, at = coder._object(coder.syls, coder.slots, trig)
    objects = [o for o in objects if o not in actors]
    g = grammar()
    if not objects:
        return None
    owned_thing = (trig.relation in relations_with("maker_target") and at - 1 > trig.j
                   and coder.syls[at - 1].low == g.possessive)  # "lên án hành động của Mỹ": the thing's maker
    pressed = trig.relation == "consult" and _refused_under_pressure(coder.syls, trig, at)  # refusal answers the presser
    if coder.syls[at - 1].low in (g.possessive, g.between) and not owned_thing and not pressed:
        return None  # "… của Mỹ", "giữa A và B": the event's own participants, not a recipient
    # "Ông đã hội đàm với B", "Ông đã gặp B": B met him too, as in the word-order frame ("sẵn sàng gặp B" is one
    # side's act)
    partner = coder.syls[at - 1].low in g.partner_preps or trig.relation == "consult"
    # "… và không chịu đàm phán với X", "… và sẽ không tập trận chung với X": a refusal is the refuser's act
    # toward X, X refuses nothing (as in the word-order frame)
    mutual = (trig.mutual and partner and not _one_sided(coder.syls, trig)
              and _mode(coder.syls, trig) != "negated")
    return Frame(actors, objects, mutual, rule)


def _next_topic(coder: SentenceCoder, events: list[Event], index: int, topic: Topic | None,
                claims: list) -> Topic | None:
    person = last_person(coder.slots, None)
    if person is None and topic is not None:
        person, person_at = topic.person, topic.person_sentence
    else:
        person_at = index
    if events:
        return Topic(events[0].subjects[0], index, tuple(claims), person, person_at)
    for k in range(min(SUBJECT_WINDOW, len(coder.slots))):
        if coder.slots[k] and _head(coder.slots, k):
            return Topic(coder.slots[k][0].actor_id, index, tuple(claims), person, person_at)
    if topic is None:
        return Topic(None, index, tuple(claims), person, person_at) if claims or person else None
    return Topic(topic.actor, topic.sentence, tuple(claims), person, person_at)


def answered_claimant(coder: SentenceCoder, trig, claims: list, same_side,
                      index: int, compatriots=None) -> tuple[list[str], list[str]] | None:
    """'Mỹ cáo buộc Cuba …, nhưng Havana bác bỏ (mọi cáo buộc)': a denial with an actor but no recipient of its own
    answers the latest claim made on that actor (or on its side): all who made it. A bare denial answers a claim of
    this or the previous sentence; one that names the claim ("bác bỏ cáo buộc này") reaches a few sentences back."""
    subjects, _ = coder._subject(coder.syls, coder.slots, trig)
    objects, _ = coder._object(coder.syls, coder.slots, trig)
    if not subjects or objects or not _denies_a_claim(coder.syls, trig):
        return None
    reach = NAMED_CLAIM_REACH if _names_a_claim(coder.syls, trig) else CLAIM_REACH
    for claimants, targets, said in reversed(claims):
        if index - said > reach:
            continue
        answered = [c for c in claimants if c not in subjects]
        if answered and (said == index and _claim_named_in_clause(coder.syls, trig)
                         and _third_party_denial(subjects, claimants, same_side)
                         or any(t == s or same_side(t, s) or compatriots and compatriots(t, s)
                                for t in targets for s in subjects)):
            return subjects, answered
    return None


CLAIM_NAMING_REACH = 10  # syllables after a denial, in its sentence, where the claim it denies may be named


def _claim_named_in_clause(syls, trig) -> bool:
    """The denial names the claim ("bác bỏ cáo buộc này") or goes on to name it ("bác bỏ, gọi đây là cáo buộc vô
    căn cứ"): a claim noun within a few words after it, before the sentence ends."""
    if _names_a_claim(syls, trig):
        return True
    g = grammar()
    for k in range(trig.j, min(len(syls), trig.j + CLAIM_NAMING_REACH)):
        if syls[k].text in g.clause_breaks:
            return False
        if _phrase_starting(syls, k, g.claim_nouns) is not None:
            return True
    return False


def _third_party_denial(subjects, claimants, same_side) -> bool:
    """'Mỹ và Pháp cho rằng quân đội Syria là thủ phạm, còn Nga bác bỏ cáo buộc này': a denial that names the
    claim, in the very sentence of the claim, rejects the claimants whoever denies it, the accused or a defender
    (GUIDELINES.md: denying an accusation is `reject` toward the accuser); a bare third party's denial answers
    no one ("…, song Trung Quốc phủ nhận.": what it denies is unsaid), and across sentences only the accused's
    side answers a claim. No claimant's side denies its own claim."""
    return not any(s == c or same_side(s, c) for s in subjects for c in claimants)


EXPULSION = "sanction"  # expelling diplomats (CAMEO 166) is a sanction (GUIDELINES.md)
EXPULSION_CODE = "166"  # CAMEO 166 Expel or withdraw
DEPARTURE_REACH = 6  # syllables from the envoys' country to the verb of leaving ("… Nga ở mỗi nước rời đi")
ENVOY_GAP = 2  # lower-case words between an envoy noun and the country ("quan chức ngoại giao Nga")


def envoys_sent_away(coder: SentenceCoder, trig, event: Event | None) -> Frame | None:
    """'Ba Lan đề nghị 4 quan chức ngoại giao Nga rời đi', 'yêu cầu các nhà ngoại giao Nga rời khỏi lãnh thổ': a
    request or demand addressed to a country's envoys (a count or determiner, an envoy noun of grammar class
    `declared_envoy`, the country) whose asked act is to leave (class `departure_verb`, within a few words, in the
    clause) expels them: a sanction on their country (CAMEO 166), by the requester."""
    if event is None or event.relation not in relations_with("verbal_request"):
        return None
    g = grammar()
    syls = coder.syls
    envoys = _envoys_at(coder, trig.j, via_mission=False)
    if envoys is None:
        return None
    country, x = envoys
    for y in range(x, min(len(syls), x + DEPARTURE_REACH)):
        if syls[y].text in g.clause_breaks or syls[y].text == ",":
            return None
        if _phrase_starting(syls, y, g.departure_verbs) is not None:
            return Frame(list(event.subjects), country, False, "expulsion", EXPULSION)
    return None


def embassy_staff_expelled(coder: SentenceCoder, trig, event: Event | None) -> Frame | None:
    """'Estonia trục xuất một tham tán quân sự tại đại sứ quán Nga': an expulsion (CAMEO 166) with no recipient of
    its own whose object is envoys "tại/của" a mission (grammar class `mission_noun`) of a country expels that
    country's envoys: the place preposition names the mission they serve, not where the event is."""
    if event is not None or trig.relation != EXPULSION or not (trig.cameo or "").startswith(EXPULSION_CODE):
        return None
    subjects, _ = coder._subject(coder.syls, coder.slots, trig)
    envoys = _envoys_at(coder, trig.j, via_mission=True) if subjects else None
    return Frame(subjects, envoys[0], False, "expulsion") if envoys is not None else None


def pronoun_passive(coder: SentenceCoder, trig, person: str) -> Frame | None:
    """'Guaido tự xưng là tổng thống lâm thời. Ông được Mỹ và khoảng 50 quốc gia ủng hộ': a passive whose clause
    opens with "ông"/"bà" standing alone is done to the last person named (as an active clause's pronoun is that
    person's: `_carried_actor`)."""
    if not opens_with_honorific(coder.syls, trig):
        return None
    agents, patients = coder._passive(coder.syls, coder.slots, trig, pronoun=person)
    agents = [a for a in agents if a != person]
    return Frame(agents, patients, False, "passive") if agents and patients == [person] else None


def backing_pronoun_receiver(coder: SentenceCoder, trig, person: str) -> Frame | None:
    """'Maduro bác bỏ tối hậu thư. Ông nhận được sự ủng hộ từ Nga': a nominal event received (a verb of grammar class
    `undergo` before it, its agent after "của"/"từ") in a clause that opens with "ông"/"bà" standing alone is
    received by the last person named, as `pronoun_passive` reads the passive."""
    if not opens_with_honorific(coder.syls, trig) or not coder._undergoer_before(coder.syls, trig):
        return None
    agent = coder._agent_of(coder.syls, coder.slots, trig)
    if not agent:
        return None
    agents = [a for a in agent[0] if a != person]
    return Frame(agents, [person], False, "nominal_of") if agents else None


BACKING_RECEIVER_REACH = 4  # syllables before the trigger in which the verb of receiving starts


def backing_owner_receiver(coder: SentenceCoder, trig) -> Frame | None:
    """'Động thái của Anh nhận được sự ủng hộ của Mỹ', 'Kế hoạch của Pháp nhận được sự hậu thuẫn từ Đức': a nominal
    event received (a verb of grammar class `undergo` before it, its agent after "của"/"từ") by a noun of a
    decision, move or plan (class `owned_act_noun`) owned by X ("của X") is received by X, the act's owner."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    if not coder._undergoer_before(syls, trig):
        return None
    verb = next((k for k in range(max(0, trig.i - BACKING_RECEIVER_REACH), trig.i)
                 if _phrase_starting(syls, k, g.undergo) is not None), None)
    if verb is None:
        return None
    owner = next((x for x in range(verb - 1, max(-1, verb - 8), -1) if slots[x] and _head(slots, x)), None)
    if owner is None or owner < 2 or syls[owner - 1].low != g.possessive:
        return None
    if _phrase_before(syls, owner - 1, g.owned_act_nouns) is None:
        return None
    if any(syls[x].text == "," or syls[x].text in g.clause_breaks for x in range(owner, verb)):
        return None
    agent = coder._agent_of(syls, slots, trig)
    if not agent:
        return None
    owners = _group(syls, slots, owner, backwards=True)
    agents = [a for a in agent[0] if a not in owners]
    return Frame(agents, owners, False, "nominal_of") if agents else None


FOLLOWER_GAP = 3  # lower-case words between the followers and "theo chân" ("nhanh chóng", "cũng đã")
LEADER_GAP = 2  # words between the one followed and the trigger ("theo chân Mỹ áp đặt lệnh trừng phạt")


def followers_frame(coder: SentenceCoder, trig, event: Event | None) -> Frame | None:
    """'Các nước như Brazil, Argentina nhanh chóng theo chân Mỹ công nhận Guaido': the actor right before the verb
    follows a following marker (grammar class `following_marker`: "theo chân", "nối gót" …), which the actors
    named before it (a few lower-case words between, in the clause) follow: they do the act too, beside the one
    they follow."""
    if event is None or not event.subjects:
        return None
    g = grammar()
    syls, slots = coder.syls, coder.slots
    k = next((y for y in range(trig.i, max(0, trig.i - LEADER_GAP - 1), -1)  # "theo chân Mỹ áp đặt lệnh trừng phạt"
              if y > 0 and slots[y - 1]), None)
    if k is None or not any(m.actor_id in event.subjects for m in slots[k - 1]) or any(
            not syls[y].text[:1].isalnum() for y in range(k, trig.i)):
        return None
    followers = _group_before_marker(coder, k - 1, event.subjects, g.following_markers, FOLLOWER_GAP)
    if not followers:
        return None
    return Frame(followers + list(event.subjects), list(event.objects), event.symmetric, "follows")


def _group_before_marker(coder: SentenceCoder, last: int, members, markers: tuple, gap: int) -> list[str] | None:
    """The actors named before a marker of `markers` ("theo chân", "tham gia cùng") that opens the list of `members`
    whose last mention covers syllable `last` (the list reaching back over joiners: "nối gót Mỹ và Anh"), at most
    `gap` lower-case words between them and the marker ("nhanh chóng", "cũng đã"); `members` left out. None: no
    marker, or no actor right before it and its gap."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    first = _mention_edge(slots, last, backwards=True)
    while (first > 1 and syls[first - 1].low in g.joiners and slots[first - 2]
           and any(m.actor_id in members for m in slots[first - 2])):
        first = _mention_edge(slots, first - 2, backwards=True)
    marker = _phrase_before(syls, first, markers)
    if marker is None:
        return None
    x = first - len(marker)
    for _ in range(gap):
        if x > 0 and not slots[x - 1] and syls[x - 1].text[:1].islower():
            x -= 1
    if x < 1 or not slots[x - 1]:
        return None
    return [a for a in _group(syls, slots, x - 1, backwards=True, listed=True) if a not in members]


BACKING_JOIN_GAP = 3  # lower-case words between the ones joined and the act ("trong việc", "để")
BACKING_JOINER_GAP = 3  # lower-case words between the one who joins and the marker ("cũng đã", "quyết định")


def backing_joined_frame(coder: SentenceCoder, trig, event: Event | None) -> Frame | None:
    """'Israel tham gia cùng Mỹ, Canada trong việc công nhận lãnh đạo mới', 'Nhật Bản tham gia cùng Mỹ áp đặt lệnh
    trừng phạt đối với Nga': the actor before a marker of grammar class `joined_marker` ("tham gia cùng", "chung tay
    với" …) joins the actors named after it in the act that follows them (a few lower-case words between): the
    joiner and the joined all do the act, to its recipient."""
    if trig.needs is not None:
        return None
    g = grammar()
    syls, slots = coder.syls, coder.slots
    y = trig.i
    while y > 0 and not slots[y - 1] and syls[y - 1].text[:1].islower() and trig.i - y < BACKING_JOIN_GAP:
        y -= 1
    if y < 1 or not slots[y - 1]:
        return None
    joined = _group(syls, slots, y - 1, backwards=True, listed=True)
    joiners = _group_before_marker(coder, y - 1, joined, g.phrases("joined_marker"), BACKING_JOINER_GAP)
    if not joiners:
        return None
    if event is not None:
        objects = list(event.objects)
    else:
        objects, _ = coder._object(syls, slots, trig)
    objects = [o for o in objects if o not in joiners and o not in joined]
    return Frame(joiners + joined, objects, False, "follows") if objects else None


EXPULSION_REACH = 2  # sentences an expulsion's expelled side stays the one a bare count refers to


def _is_expulsion(trig, event: Event) -> bool:
    return event.relation == EXPULSION and (trig.cameo or "").startswith(EXPULSION_CODE)


def counted_expulsion(coder: SentenceCoder, trig, event: Event | None, expulsions: list) -> Frame | None:
    """'Italy trục xuất hai nhà ngoại giao Nga, trong khi Litva trục xuất ba người', 'Séc cũng sẽ trục xuất số lượng
    tương tự': in a run of expulsions, one whose object is a bare count of people (grammar classes
    `expelled_count` and `declared_envoy`, no country named) expels the side the latest expulsion of this or the
    last sentences expelled; when the expeller is that side, it answers in kind and expels the latest expeller
    ("Nga đáp trả, trục xuất 60 người")."""
    if event is not None or not expulsions or not (trig.relation == EXPULSION
                                                  and (trig.cameo or "").startswith(EXPULSION_CODE)):
        return None
    syls, slots = coder.syls, coder.slots
    subjects, _ = coder._subject(syls, slots, trig)
    objects, _ = coder._object(syls, slots, trig)
    if not subjects or objects or not _counted_people(syls, slots, trig.j):
        return None
    doers, targets, _ = expulsions[-1]
    answering = any(s == t or coder._same_side(s, t) for s in subjects for t in targets)
    expelled = [a for a in (doers if answering else targets)
                if not any(a == s or coder._same_side(a, s) for s in subjects)]
    return Frame(subjects, expelled, False, "carried_expulsion") if expelled else None


def _counted_people(syls, slots, k: int) -> bool:
    """A bare count of people starts at k and ends the clause: counts or determiners, then a people noun (class
    `expelled_count`: "người", "số lượng tương tự" …, or an envoy noun), then punctuation or a clause end."""
    g = grammar()
    counted = _phrase_starting(syls, k, g.expelled_counts)
    if counted is None:
        start = k
        while k < len(syls) and (syls[k].text[:1].isdigit() or syls[k].low in g.claim_quantifiers
                                 or syls[k].low in g.duration_counts or syls[k].low in g.light_nouns):
            k += 1
        counted = (_phrase_starting(syls, k, g.expelled_counts) or _phrase_starting(syls, k, g.declared_envoys)
                   if k > start else None)
    if counted is None:
        return False
    k += len(counted)
    return k >= len(syls) or not syls[k].text[:1].isalnum() or _starts_clause(syls, k)


def _envoys_at(coder: SentenceCoder, k: int, via_mission: bool) -> tuple[list[str], int] | None:
    """The country of the envoys named from syllable k (counts and determiners, an envoy noun, a few lower-case
    words, with `via_mission` also a place or possessive preposition and a mission noun, then the country), and
    where its mention ends; None when no such phrase starts at k."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    while k < len(syls) and (syls[k].text[:1].isdigit() or syls[k].low in g.claim_quantifiers
                             or syls[k].low in g.duration_counts or syls[k].low in g.light_nouns
                             or syls[k].low in g.office_modifiers):
        k += 1
    noun = _phrase_starting(syls, k, g.declared_envoys)
    if noun is None:
        return None
    if not via_mission and slots[k] and _head(slots, k):
        return _titled_envoy_country(syls, slots, k)
    k += len(noun)
    for _ in range(ENVOY_GAP):
        if k < len(syls) and not slots[k] and syls[k].text[:1].islower() and not (
                via_mission and (syls[k].low in g.place_preps or syls[k].low == g.possessive)):
            k += 1
    if via_mission:
        if k >= len(syls) or not (syls[k].low in g.place_preps or syls[k].low == g.possessive):
            return None
        mission = _phrase_starting(syls, k + 1, g.mission_nouns)
        if mission is None:
            return None
        # the mission named with its country is one mention ("đại sứ quán Nga", the embassy: its state's body)
        k += 1 if slots[k + 1] and _head(slots, k + 1) else 1 + len(mission)
    if k >= len(syls) or not slots[k] or not _head(slots, k):
        return None
    country = _group(syls, slots, k, backwards=False)
    while k < len(syls) and slots[k]:
        k += 1
    return country, k


def _titled_envoy_country(syls, slots, k: int) -> tuple[list[str], int] | None:
    """'yêu cầu đại sứ Triều Tiên rời khỏi …': the envoy's title read as part of its country's mention stands for
    that country (the unnamed envoy is its state's agent); a named envoy ('đại sứ Mỹ Nikki Haley') is a person,
    no country's envoys sent away. The country and where its mention ends; None for a person."""
    country = _group(syls, slots, k, backwards=False)
    if not country or any(_is_person(actor) for actor in country):
        return None
    return country, _mention_end(slots, k) + 1


NEGATION_GAP = 2  # adverbs ("vẫn", "tiếp tục") between a condition's actor and its negation ("nếu Mỹ vẫn không …")
ULTIMATUM = "demand"  # the relation of an ultimatum (CAMEO 139 is coded as a demand: GUIDELINES.md)


def ultimatum_frame(coder: SentenceCoder, trig, event: Event) -> Frame | None:
    """'Phe đối lập cảnh báo sẽ luận tội nếu Tổng thống X không từ chức', '… trừ khi X rút quân': a threat whose
    condition is that an actor fails to act (a negated condition, or an "unless" marker: a condition_marker row
    with value "negated") is an ultimatum: besides the threat, a demand on the actor named first in the condition
    (GUIDELINES.md: ultimatums and conditions are demands), the threatened or another ("sẽ không kích Syria nếu
    Iran không rút quân": Iran is asked to withdraw)."""
    if event.relation != "threaten":
        return None
    g = grammar()
    syls, slots = coder.syls, coder.slots
    unless = tuple(row.words for row in g.of("condition_marker") if row.value == "negated")
    for x in range(trig.j, len(syls)):
        if syls[x].text in g.clause_breaks:
            return None
        marker = next((m for m in g.condition_markers if tuple(s.low for s in syls[x:x + len(m)]) == m), None)
        if marker is None:
            continue
        k = x + len(marker)
        if k >= len(syls) or not slots[k] or not _head(slots, k):
            return None  # "nếu không, …" (otherwise) or a condition about no named actor
        target = [m.actor_id for m in slots[k]
                  if not any(m.actor_id == a or coder._same_side(a, m.actor_id) for a in event.subjects)]
        if not target:
            return None  # "… nếu Nga không được mời": the threatener's own side is asked nothing
        end = k
        while end + 1 < len(syls) and slots[end + 1] and slots[end + 1][0] is slots[k][0]:
            end += 1
        after = [s.low for s in syls[end + 1:end + 1 + NEGATION_GAP + 3]]
        gap = 0
        while gap < NEGATION_GAP and gap < len(after) and after[gap] in g.clause_adverbs:
            gap += 1
        negated = any(after[gap:gap + len(n)] == list(n) for n in g.negation)
        if marker in unless or negated:
            return Frame(list(event.subjects), target, False, "ultimatum", ULTIMATUM)
        return None
    return None


def refused_appeal(coder: SentenceCoder, trig, unaddressed: list):
    """'EU kêu gọi bầu cử mới, nhưng Maduro bác bỏ đề nghị này': a refusal with an actor but no recipient of its
    own, after an appeal of the same sentence that named no recipient: (appeal, appellants, refusers)."""
    if not unaddressed or not _denies_a_claim(coder.syls, trig):
        return None
    refusers, _ = coder._subject(coder.syls, coder.slots, trig)
    objects, _ = coder._object(coder.syls, coder.slots, trig)
    asked, appellants = unaddressed[-1]
    if not refusers or objects or any(r in appellants for r in refusers):
        return None
    return asked, appellants, refusers


ACCUSATION = "accuse"  # a claim of misconduct that its denier answers accuses the denier (CAMEO 112)
ACCUSATION_CODE = "112"
MATERIAL_CONFLICT = "material_conflict"  # the quad class of the acts a claim of misconduct tells of


def denier_accused(coder: SentenceCoder, trig):
    """'Mỹ và Pháp cho rằng việc đàn áp cộng đồng Hồi giáo ngày càng nghiêm trọng, trong khi Trung Quốc phủ nhận': a
    bare denial after a counterclaim marker (grammar class `counterclaim_marker`), answering a declaration of the same
    sentence whose complement tells of a material conflict act or a misconduct (blame row) and names no actor: the
    denier is the one the claim is about, so the declarers accuse it and it rejects them. A complement that names
    its actor is answered by that actor's side only (`answered_claimant`). (claim, claimants, deniers) or None."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    countered = _countered_declaration(coder, trig)
    if countered is None:
        return None
    deniers, verb_end, close = countered
    if any(slots[k] and _head(slots, k) for k in range(verb_end, close)):
        return None
    if not any(t.i >= verb_end and t.j <= close and (t.needs == BLAME or t.needs is None and t.relation
               and relation_types()[t.relation].quad_class == MATERIAL_CONFLICT) for t in coder.triggers):
        return None  # "Nga cho rằng cần đàm phán, trong khi Ukraine bác bỏ": a proposal rejected, no misconduct
    verb = _phrase_before(syls, verb_end, g.declare_verbs)
    claim = Found(ACCUSATION, verb_end - len(verb), verb_end, cameo=ACCUSATION_CODE)
    claimants, _ = coder._subject(syls, slots, claim)
    claimants = [c for c in claimants if not any(c == d or coder._same_side(c, d) for d in deniers)]
    return (claim, claimants, deniers) if claimants else None


def _countered_declaration(coder: SentenceCoder, trig) -> tuple[list[str], int, int] | None:
    """A bare denial, or one naming a claim, whose actor follows a counterclaim marker ("…, nhưng Bắc Kinh bác bỏ"):
    (deniers, the end of the declare verb before the marker, the end of that declaration's complement) or None."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    deniers, at = coder._subject(syls, slots, trig)
    objects, _ = coder._object(syls, slots, trig)
    if not deniers or objects or at is None or not _denies_a_claim(syls, trig):
        return None
    start = _mention_edge(slots, at, backwards=True)
    while start > 0 and syls[start - 1].low in g.side_nouns:
        start -= 1
    marker = _phrase_before(syls, start, g.counterclaim_markers)
    if marker is None:
        return None
    close = start - len(marker)
    close -= 1 if close > 0 and syls[close - 1].text == "," else 0
    verb_end = next((k for k in range(close - 1, 0, -1) if _phrase_before(syls, k, g.declare_verbs)), None)
    return (deniers, verb_end, close) if verb_end is not None else None


def denier_named(coder: SentenceCoder, trig, compatriots=None) -> Frame | None:
    """'Wall Street Journal khẳng định Trung Quốc trao đổi với phe đối lập …, nhưng Bắc Kinh bác bỏ thông tin': a
    denial after a counterclaim marker answering a declaration of the same sentence whose complement opens with the
    denier (or its side) as the actor of what is claimed: the denier rejects the declarers, whatever the claim
    (an accusation of its own is coded by its rule). A complement about someone else is answered by its actor's
    side only; one that names no actor is `denier_accused`'s."""
    countered = _countered_declaration(coder, trig)
    if countered is None:
        return None
    deniers, verb_end, close = countered
    syls, slots = coder.syls, coder.slots
    first = next((k for k in range(verb_end, close) if slots[k] and _head(slots, k)), None)
    if first is None or _mention_edge(slots, first, backwards=True) - verb_end > 1:
        return None  # the claimed act's actor must open the complement ("khẳng định (rằng) Trung Quốc …")
    named = slots[first][0].actor_id
    if not any(named == d or coder._same_side(named, d) or compatriots and compatriots(named, d) for d in deniers):
        return None
    verb = _phrase_before(syls, verb_end, grammar().declare_verbs)
    declaring = Found(trig.relation, verb_end - len(verb), verb_end)
    declarers, _ = coder._subject(syls, slots, declaring)
    declarers = [c for c in declarers if not any(c == d or coder._same_side(c, d) for d in deniers)]
    return Frame(deniers, declarers, False, "answers") if declarers else None


def _denies_a_claim(syls, trig) -> bool:
    """The denial ends its clause ("song Washington phủ nhận.") or names a claim ("bác bỏ mọi cáo buộc"), rather
    than something else it rejects ("phủ nhận có binh lính bị thương", "từ chối đối thoại")."""
    g = grammar()
    k = _after_quantifiers(syls, trig.j)
    if k >= len(syls) or not syls[k].text[:1].isalnum() or syls[k].low == g.conjunction:
        return True
    return _names_a_claim(syls, trig)


def _names_a_claim(syls, trig) -> bool:
    """A claim noun follows the denial ("bác bỏ (mọi) cáo buộc")."""
    k = _after_quantifiers(syls, trig.j)
    words = [s.low for s in syls[k:k + 4]]
    return any(words[:len(p)] == list(p) for p in grammar().claim_nouns)


def _after_quantifiers(syls, k: int) -> int:
    while k < len(syls) and syls[k].low in grammar().claim_quantifiers:
        k += 1
    return k


def is_denial(syls, trig) -> bool:
    """The trigger is a verb of denial or refusal (grammar class `denial`)."""
    words = tuple(s.low for s in syls[trig.i:trig.j])
    return words in grammar().denials


PLACE_SPAN = 4  # syllables of a place named after "tại/ở" between the leaver and the modal
LEAVER_GAP = 3  # adverbs and modals between the leaver and the verb of leaving ("sẽ phải", "cũng muốn")


def _before_leaving(syls, slots, k: int) -> int:
    """Where the leaver's phrase ends before a verb of leaving at k: clause adverbs and modals (grammar classes
    `clause_adverb`, `leaving_modal`: "sẽ phải", "muốn") skipped, at most a few of them."""
    g = grammar()
    for _ in range(LEAVER_GAP):
        if k <= 0 or slots[k - 1]:
            break
        modal = _phrase_before(syls, k, g.leaving_modals)
        if syls[k - 1].low in g.clause_adverbs:
            k -= 1
        elif modal is not None:
            k -= len(modal)
        else:
            break
    return k


def _leaver_mention(syls, slots, k: int) -> int | None:
    """The first syllable of the mention that leaves, ending right before k; a place after "tại/ở" there
    ("đại sứ Triều Tiên tại Kuwait City sẽ phải rời khỏi") is where the leaver serves, so the mention before it
    leaves. None when no mention ends at k."""
    g = grammar()
    place = next((y for y in range(k - 1, max(0, k - 1 - PLACE_SPAN), -1) if syls[y].low in g.venue_preps), None)
    if place is not None and place > 0 and slots[place - 1] and all(
            slots[y] or syls[y].text[:1].isupper() for y in range(place + 1, k)):
        k = place  # a place named after "tại/ở" (a name the lexicon may only partly know: "Kuwait City")
    if k <= 0 or not slots[k - 1]:
        return None
    return _mention_edge(slots, k - 1, backwards=True)


def _is_envoy(syls, head: int) -> bool:
    """The mention at `head` is an envoy of its country: an envoy noun (class `declared_envoy`) right before it or
    opening it ("đại sứ Triều Tiên" is one mention, the office)."""
    return _envoy_before(syls, head) != head or _phrase_starting(syls, head, grammar().declared_envoys) is not None


def person_leaves(coder: SentenceCoder, trig, event: Event | None) -> bool:
    """'… bắt giữ một người Mỹ khi nhân vật này muốn rời khỏi Triều Tiên', 'đại sứ Triều Tiên tại Kuwait City sẽ
    phải rời khỏi nước này': withdrawing (CAMEO 087, 0874) is done by a state, a body or a force; a verb of leaving
    (class `departure_verb`) whose leaver is a person (a `person_leaver` or envoy noun before the mention, or such a
    noun and a demonstrative with no mention at all) codes no withdrawal."""
    if event is None or event.relation != LEAVING:
        return False
    g = grammar()
    syls, slots = coder.syls, coder.slots
    if _phrase_starting(syls, trig.i, g.departure_verbs) is None:
        return False
    k = _before_leaving(syls, slots, trig.i)
    head = _leaver_mention(syls, slots, k)
    if head is not None:
        return _is_envoy(syls, head) or _phrase_before(syls, head, g.person_leavers) is not None
    shown = _phrase_before(syls, k, g.demonstratives)
    end = k - len(shown) if shown is not None else k  # "nhân vật này", "người đó"
    nouns = g.person_leavers + g.declared_envoys
    return end < k and _phrase_before(syls, end, nouns) is not None


def envoy_told_to_leave(coder: SentenceCoder, trig) -> Frame | None:
    """'Bộ Ngoại giao Tây Ban Nha ra thông cáo cho biết đại sứ Triều Tiên sẽ phải rời khỏi nước này': a country's
    envoy who must (a modal, `needs` obligation) leave, as the declarer announces, is expelled: a sanction by the
    declarer on the envoy's country (CAMEO 166, as `envoys_sent_away` for a request), not a demand."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    x = trig.j
    while x < len(syls) and syls[x].low in g.clause_adverbs:
        x += 1
    if trig.needs != OBLIGATION or _phrase_starting(syls, x, g.departure_verbs) is None:
        return None
    k = trig.i
    while k > 0 and not slots[k - 1] and syls[k - 1].low in g.clause_adverbs:
        k -= 1
    head = _leaver_mention(syls, slots, k)
    if head is None or not _is_envoy(syls, head):
        return None
    country = [m.actor_id for m in slots[head]]
    verbs = g.declare_verbs + g.speech_verbs
    verbs += tuple(v + (c,) for v in verbs for c in g.complementisers)  # "cho biết rằng đại sứ X phải …"
    end = _mention_edge(slots, head, backwards=False) + 1
    declared = coder._declared(syls, slots, trig, end, "expulsion", verbs)
    declarers = [a for a in declared.subjects if a not in country] or _quoted_expeller(coder, trig, country)
    return Frame(declarers, country, False, "expulsion", EXPULSION) if declarers else None


def _quoted_expeller(coder: SentenceCoder, trig, country: list[str]) -> list[str]:
    """'"Đại sứ Triều Tiên sẽ phải rời đi", Ngoại trưởng Italy cho biết': the speaker named after the quotation
    announces the expulsion, as a declarer before it does; one's own envoy told to leave (a recall) is expelled by
    no one."""
    speaker = _quote_speaker(coder, trig, country)
    if speaker is None or any(coder._same_side(speaker, actor) for actor in country):
        return []
    return [speaker]


_DETAIN_CAUSE_LINK = "cause_link"  # grammar class: what joins a cause noun to its cause ("là do", "xuất phát từ")
_DETAIN_LINK_REACH = 6  # syllables between a cause noun and its link ("nguyên nhân [của cuộc khủng hoảng] là do")
_DETAIN_OWNER_REACH = 6  # syllables of a named act between the link and its owner ("là do các lệnh trừng phạt của X")


def _detain_cause_frame(coder: SentenceCoder, trig) -> Frame | None:
    """'Maduro nói rằng nguyên nhân xuất phát từ việc Washington trừng phạt …', 'Trump cho rằng nguyên nhân bất đồng
    là do Bình Nhưỡng …': a cause noun (a blame row) right after a declaring, blame, speech or labelling verb (a
    complementiser optional), then, within a few lower-case words and no actor or comma, a cause link (grammar class
    `cause_link`; a row may end with it, "lỗi thuộc về"), nominalisers and adverbs at most, and an actor X, or an act
    owned by X ("là do các lệnh trừng phạt của X"): the declarer blames X. A cause with no named actor blames no one."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    links = g.phrases(_DETAIN_CAUSE_LINK)
    verb = _phrase_before(syls, trig.i, g.cause_declarers)
    if verb is None or not links:
        return None
    k = trig.j if _phrase_before(syls, trig.j, links) else None
    for x in range(trig.j, min(len(syls), trig.j + _DETAIN_LINK_REACH)) if k is None else ():
        if slots[x] or syls[x].text in g.clause_breaks or not syls[x].text[:1].isalpha():
            return None
        link = _phrase_starting(syls, x, links)
        if link is not None:
            k = x + len(link)
            break
    if k is None:
        return None
    while k < len(syls) and (syls[k].low in g.nominalisers or syls[k].low in g.clause_adverbs
                             or syls[k].low in g.honorifics):
        k += 1
    blamed: list[str] = []
    if k < len(syls) and slots[k]:
        blamed = _group(syls, slots, k, backwards=False)
    else:
        for x in range(k, min(len(syls) - 1, k + _DETAIN_OWNER_REACH)):
            if slots[x] or syls[x].text in g.clause_breaks or not syls[x].text[:1].isalpha():
                break
            if syls[x].low == g.possessive and slots[x + 1]:
                blamed = _group(syls, slots, x + 1, backwards=False)
                break
    if not blamed:
        return None
    declarer, _ = coder._subject(syls, slots, Found(trig.relation, trig.i - len(verb), trig.i))
    blamed = [b for b in blamed if b not in declarer]
    return Frame(declarer, blamed, False, "cause_blame") if declarer and blamed else None


_DETAIN_LIST_PRONOUN = "list_pronoun"  # grammar class: a plural pronoun object that refers back to a list ("họ")


def _detain_list_pronoun_frame(coder: SentenceCoder, trig, person: str | None = None) -> Frame | None:
    """'Ông Trump nhắm vào Canada, Đức và EU, cáo buộc họ …', 'Nga lên án Anh và Pháp, yêu cầu họ …': a trigger
    whose clause opens after a comma (lower-case words at most between) and whose object is a plural pronoun
    (grammar class `list_pronoun`) acts on the list of two or more actors that ends the clause before the comma;
    its actor is the subject of that clause (the actor before the word that precedes the list), or `person`, the
    discourse's last person, when that clause opens with a bare "ông"/"bà" ("Ông còn … nhắm vào A, B và C, …")."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    after = trig.row_end if trig.row_end is not None else trig.j
    if _phrase_starting(syls, after, g.phrases(_DETAIN_LIST_PRONOUN)) is None:
        return None
    c = trig.i - 1
    while c >= 0 and not slots[c] and syls[c].text[:1].islower():
        c -= 1
    if c < 2 or syls[c].text != ",":
        return None
    k = c - 1
    if syls[k].text in _DETAIN_CLOSING_MARKS:  # "Liên minh châu Âu (EU),": the name before the bracket
        k = next((x - 1 for x in range(k - 1, max(0, k - _DETAIN_BRACKET_REACH), -1)
                  if syls[x].text in _DETAIN_OPENING_MARKS), 0)
    if k < 1 or not slots[k]:
        return _detain_nationals_pronoun(coder, trig, c)
    group = _group(syls, slots, k, backwards=True, listed=True)
    first = min((x for x in range(k + 1) if slots[x] and slots[x][0].actor_id in group), default=None)
    if len(group) < 2 or first is None or first < 2:
        return None
    verb = first - 1
    while verb > 0 and not syls[verb].word_start and not slots[verb - 1]:  # "lên án": the verb's first syllable
        verb -= 1
    subjects, _ = coder._subject(syls, slots, Found(trig.relation, verb, first))
    if not subjects and person is not None and opens_with_honorific(syls, Found(trig.relation, verb, first)):
        subjects = [person]
    objects = [o for o in group if o not in subjects and not any(coder._same_side(s, o) for s in subjects)]
    return Frame(subjects, objects, False, "list_pronoun") if subjects and objects else None


def _detain_nationals_pronoun(coder: SentenceCoder, trig, comma: int) -> Frame | None:
    """'Nga bắt ba tàu chiến và 24 thủy thủ Ukraine gần eo biển Kerch, cáo buộc họ …': when the clause before the
    comma ends with no actor, "họ" is the unnamed nationals (grammar class `national_noun`) that clause's last
    trigger acts on, and the actor is that trigger's own (its first frame with an actor)."""
    before = [t for t in coder.triggers if t.j <= comma and t.i != trig.i]
    if not before:
        return None
    last = max(before, key=lambda t: t.j)
    if any(coder.syls[x].text == "," for x in range(last.j, comma)):
        return None
    frame = next((f for _, f in coder.frames(last) if f.subjects), None)
    objects, _ = coder._nationals_country(coder.syls, range(last.j, comma))
    if frame is None or not objects:
        return None
    objects = [o for o in objects if o not in frame.subjects]
    return Frame(list(frame.subjects), objects, False, "list_pronoun") if objects else None


_DETAIN_CLOSING_MARKS = frozenset(")]")
_DETAIN_OPENING_MARKS = frozenset("([")
_DETAIN_BRACKET_REACH = 6  # syllables inside a bracketed short name after a list's last member


_DETAIN_BLAME_SHIFT = "blame_shift_verb"  # grammar class: verbs that lay blame on someone after "cho" ("đổ lỗi")
_DETAIN_BLAME_RECIPIENT = "blame_recipient_prep"  # grammar class: what marks the one blamed ("cho")
_DETAIN_SHIFT_REACH = 14  # syllables of the blamed-for incident between the verb and "cho X"
_DETAIN_DESCRIPTOR_GAP = 2  # lower-case syllables between "cho" and the blamed actor ("cho lực lượng PKK")


def _detain_blame_shift_frame(coder: SentenceCoder, trig) -> Frame | None:
    """'Mỹ đổ lỗi vụ tấn công cho Iran', 'Ankara quy trách nhiệm vụ đánh bom cho lực lượng PKK': a verb of grammar
    class `blame_shift_verb` whose incident (lower-case words, no actor, comma or clause break) comes first lays the
    blame on the actor after the recipient marker (`blame_recipient_prep`) that follows it; the verb's subject blames."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    shifts = g.phrases(_DETAIN_BLAME_SHIFT)
    preps = g.phrases(_DETAIN_BLAME_RECIPIENT)
    end = trig.row_end if trig.row_end is not None else trig.j
    if tuple(s.low for s in syls[trig.i:end]) not in shifts:
        return None
    for k in range(end, min(len(syls) - 1, end + _DETAIN_SHIFT_REACH)):
        if slots[k] or syls[k].text in g.clause_breaks or not syls[k].text[:1].isalnum():
            return None
        prep = _phrase_starting(syls, k, preps)
        if prep is not None and k > end:
            at = next((x for x in range(k + len(prep), min(len(syls), k + len(prep) + _DETAIN_DESCRIPTOR_GAP + 1))
                       if slots[x] or not syls[x].text[:1].islower()), None)  # "cho lực lượng PKK", "cho ông X"
            if at is None or not slots[at]:
                return None
            subjects, _ = coder._subject(syls, slots, trig)
            objects = [o for o in _group(syls, slots, at, backwards=False) if o not in subjects]
            return Frame(subjects, objects, False, "blame_shift") if subjects and objects else None
    return None


_BLAME_ANAPHOR_REACH = 8  # syllables between the copula and a reproach label ('gọi đây là "hành động … xấc xược"')
_BLAME_ACCUSE = "accuse"


def _blame_anaphor_label(coder: SentenceCoder, trig, acts: list, same_side, compatriots=None) -> Frame | None:
    """'Mỹ trừng phạt Iran. Iran gọi đây là "hành động xấc xược"', 'Bắc Kinh coi động thái này là khiêu khích': a
    reproach label (an accuse row of the label or legitimacy frame) given to an act referred back to (grammar class
    `blame_act_anaphor` right after a label verb, then the copula, lower-case words and quotation marks up to the
    label) accuses the doer of the latest conflictual act of this or the previous sentence done to the namer or its
    side, as a bare objection answers it (`objected_act`). An act done to someone else names no one."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    if trig.relation != _BLAME_ACCUSE or not acts:
        return None
    copula = next((k for k in range(trig.i - 1, max(-1, trig.i - _BLAME_ANAPHOR_REACH - 1), -1)
                   if syls[k].low == g.copula), None)
    if copula is None or any(slots[x] for x in range(copula, trig.i)):
        return None
    anaphor = _phrase_before(syls, copula, g.phrases("blame_act_anaphor"))
    if anaphor is None:
        return None
    verb = _phrase_before(syls, copula - len(anaphor), g.label_verbs)
    if verb is None:
        return None
    at = copula - len(anaphor) - len(verb)
    naming = Found(trig.relation, at, at + len(verb))
    namers, _ = coder._subject(syls, slots, naming)
    namers = namers or clause_subject(coder, naming)  # "Maduro bác bỏ yêu cầu và gọi đây là …": a shared subject
    if not namers:
        return None
    for doers, targets, _ in reversed(acts):
        accused = [d for d in doers if d not in namers and not any(same_side(d, n) for n in namers)]
        if accused and any(t == n or same_side(t, n) or compatriots and compatriots(t, n)
                           for t in targets for n in namers):
            return Frame(namers, accused, False, "label_anaphor")
    return None



_DISMISSED_CLAIM_GAP = 5  # words between a claim referred back to and the baseless word ("cáo buộc này hoàn toàn là")
_OWNED_CLAIM_REACH = 30  # syllables from the copula back to an owned claim whose content stands between


def claim_called_baseless(coder: SentenceCoder, trig, claims: list, same_side, compatriots=None) -> Frame | None:
    """A baseless word (a reject row of the legitimacy frame) said, after a label verb, of a claim the legitimacy
    frame does not read: one owned by X whose content stands between X and the copula (`_dismissed_owned_claim`:
    the speaker rejects X), or one with no owner of its own, referred back to ('Mỹ cáo buộc Nga vi phạm INF. Nga
    khẳng định cáo buộc này là vô lý', 'Bình Nhưỡng gọi đây là những cáo buộc bịa đặt': `_dismissed_claim_verb_end`),
    which answers, as a denial that names its claim does (`answered_claimant`), the latest claim made on the speaker
    or its side: the speaker rejects all who made it (GUIDELINES.md: denying an accusation is `reject` toward the
    accuser). A claim on someone else, or none, names no one: a third party's verdict on another's quarrel is no
    rejection here. A negated label verb ("Iran không cho rằng cáo buộc này là vô căn cứ") gives no verdict."""
    if trig.needs != LEGITIMACY or trig.relation != REJECT_RELATION:
        return None
    owned = _dismissed_owned_claim(coder.syls, coder.slots, trig)
    verb_end = owned[0] if owned else _dismissed_claim_verb_end(coder.syls, coder.slots, trig)
    verb = _phrase_before(coder.syls, verb_end, grammar().label_verbs) if verb_end is not None else None
    if verb is None:
        return None
    naming = Found(trig.relation, verb_end - len(verb), verb_end)
    if _mode(coder.syls, naming) == "negated":
        return None
    namers, _ = coder._subject(coder.syls, coder.slots, naming)
    namers = namers or clause_subject(coder, naming)  # "Iran bác bỏ …, gọi đây là những cáo buộc vô căn cứ"
    if owned:
        owners = [o for o in _group(coder.syls, coder.slots, owned[1], backwards=False) if o not in namers]
        return Frame(namers, owners, False, "legitimacy") if namers and owners else None
    for claimants, targets, _ in reversed(claims):
        answered = [c for c in claimants if c not in namers and not any(same_side(c, n) for n in namers)]
        if answered and any(t == n or same_side(t, n) or compatriots and compatriots(t, n)
                            for t in targets for n in namers):
            return Frame(namers, answered, False, DISMISSED_CLAIM)
    return None


def _dismissed_owned_claim(syls, slots, trig) -> tuple[int, int] | None:
    """'Bộ Ngoại giao Nga khẳng định cáo buộc của Mỹ cho rằng quân đội Nga đứng sau vụ tấn công là vô căn cứ': a
    baseless word after the copula, said of a claim owned by X ("<claim noun> của X") whose content follows the
    owner (a complementiser, a declare or speech verb, or a topic preposition right after X) and runs to the copula
    with no comma or clause break. (where the claim's phrase starts, quantifiers included: the label verb ends
    there; X's syllable) or None. The legitimacy frame itself reads only an owner right before the copula."""
    g = grammar()
    copula = next((k for k in range(trig.i - 1, max(-1, trig.i - LEGITIMACY_REACH), -1) if syls[k].low == g.copula),
                  None)
    if copula is None or any(slots[copula + 1 : trig.i]):
        return None
    for k in range(copula - 1, max(-1, copula - _OWNED_CLAIM_REACH), -1):
        if syls[k].text == "," or syls[k].text in g.clause_breaks:
            return None
        noun = _phrase_starting(syls, k, g.claim_nouns)
        owner = k + len(noun) + 1 if noun else None
        if owner is None or owner >= copula or syls[owner - 1].low != g.possessive or not slots[owner]:
            continue
        if not _opens_claim_content(syls, _list_end(syls, slots, owner) + 1):
            return None
        while k > 0 and syls[k - 1].low in g.claim_quantifiers:
            k -= 1
        return k, owner
    return None


def _opens_claim_content(syls, k: int) -> bool:
    """A claim's content opens at k: "rằng", "cho rằng", "nói", "về" … (after "cáo buộc của X")."""
    g = grammar()
    if k >= len(syls):
        return False
    return (syls[k].low in g.complementisers or syls[k].low in g.topic_preps
            or _phrase_starting(syls, k, g.declare_verbs + g.speech_verbs) is not None)


def _dismissed_claim_verb_end(syls, slots, trig) -> int | None:
    """Where the label verb before a claim referred back to ends: '<verb> (những) cáo buộc (này) (là) <word>' or
    '<verb> đây là (những) cáo buộc <word>'; only lower-case gap words (copula, focus, adverbs, quantifiers) and
    quotation marks between, no actor named. None when the claim has an owner or content of its own."""
    g = grammar()
    gap = g.claim_quantifiers | g.clause_adverbs | set(g.copula_focus) | {g.copula}
    k, copula_seen = trig.i, False
    while k > 0 and trig.i - k < _DISMISSED_CLAIM_GAP and not slots[k - 1] and (
            syls[k - 1].low in gap or syls[k - 1].text in QUOTES):
        copula_seen = copula_seen or syls[k - 1].low == g.copula
        k -= 1
    anaphor = next((p for p in sorted(g.phrases("refusal_anaphor"), key=len, reverse=True)
                    if _phrase_before(syls, k, (p,)) and not slots[k - 1]), None)
    k -= len(anaphor) if anaphor else 0
    noun = _phrase_before(syls, k, g.claim_nouns)
    if noun is None:
        return None
    k -= len(noun)
    while k > 0 and syls[k - 1].low in g.claim_quantifiers:
        k -= 1
    if not copula_seen and not anaphor and k > 0 and syls[k - 1].low == g.copula:  # "gọi đây là cáo buộc bịa đặt"
        pointer = _phrase_before(syls, k - 1, g.phrases("blame_act_anaphor"))
        return k - 1 - len(pointer) if pointer else None
    return k


REFUSAL_FACED = "refusal_faced"  # grammar class: "bất chấp", "mặc cho", "vấp phải" … before an objection
REFUSAL_GAP = "refusal_gap"  # grammar class: determiners and manner words around an objection ("sự", "mạnh mẽ")
REFUSAL_REACH = 6  # syllables of gap words, at most, on either side of the objection


def _refusal_faced_at(syls, slots, trig) -> tuple[int, list[int]] | None:
    """Where the `refusal_faced` phrase before an objection starts, and the heads of the actors named between it
    and the trigger ("bất chấp Triều Tiên phản đối"); only gap words, joiners and list commas may stand between."""
    g = grammar()
    gap, faced = g.syllables(REFUSAL_GAP), g.phrases(REFUSAL_FACED)
    k, heads = trig.i, []
    while k > 0 and trig.i - k <= REFUSAL_REACH + 8:
        phrase = _phrase_before(syls, k, faced)
        if phrase is not None:
            return k - len(phrase), heads
        if slots[k - 1]:
            k = _mention_edge(slots, k - 1, backwards=True)
            heads.insert(0, k)
            continue
        if syls[k - 1].low not in gap and not (heads and (syls[k - 1].low in g.joiners or syls[k - 1].text == ",")):
            return None
        k -= 1
    return None


def _refusal_owners_after(syls, slots, trig) -> list[str]:
    """The objector named after the objection: "sự phản đối (mạnh mẽ) của/từ (phía) X"."""
    g = grammar()
    gap = g.syllables(REFUSAL_GAP)
    k = trig.j
    while k < len(syls) and k - trig.j < REFUSAL_REACH and syls[k].low in gap and not slots[k]:
        k += 1
    if k + 1 < len(syls) and (syls[k].low, syls[k + 1].low) in g.agent_marker_pairs:  # "từ phía"
        k += 2
    elif k < len(syls) and syls[k].low in g.agent_markers:
        k += 1
    else:
        return []
    k = _refusal_past_honorifics(syls, slots, k)
    return _group(syls, slots, k, backwards=False) if k < len(syls) and slots[k] else []


def _refusal_past_honorifics(syls, slots, k: int) -> int:
    """The first syllable from k on that is no honorific outside a name: where the owner after "của ông" starts."""
    g = grammar()
    while k < len(syls) and not slots[k] and syls[k].low in g.honorifics:
        k += 1
    return k


def _refusal_faced_frame(coder: SentenceCoder, trig) -> Frame | None:
    """'Bất chấp sự phản đối của Trung Quốc, Mỹ bán vũ khí cho Đài Loan', 'Mỹ và Hàn Quốc vẫn tập trận bất chấp
    Triều Tiên phản đối', 'Kế hoạch của Mỹ vấp phải sự phản đối của Nga': an objection after a `refusal_faced`
    phrase is its owner's (named between the phrase and the objection, or after "của"/"từ") toward the actor who
    acts despite it or meets it: the first actor after the comma that closes a fronted phrase, else the actor the
    sentence opens with. GUIDELINES.md: opposing is `reject`; the one who is opposed is the object."""
    if trig.relation != REJECT_RELATION:
        return None
    syls, slots = coder.syls, coder.slots
    found = _refusal_faced_at(syls, slots, trig)
    if found is None:
        return None
    start, heads = found
    owners = [a for h in heads for a in _group(syls, slots, h, backwards=False)] or _refusal_owners_after(
        syls, slots, trig)
    if not owners:
        return None
    first = next((k for k in range(start) if syls[k].text[:1].isalnum()), None)
    if first is None:  # fronted: "Bất chấp …, Mỹ …"
        comma = next((k for k in range(trig.j, len(syls)) if syls[k].text == "," and not _list_comma(syls, slots, k)),
                     None)
        at = _actor_after_comma(syls, slots, comma) if comma is not None else None
    else:  # the clause before it: the actor it opens with
        at = next((k for k in range(start) if slots[k]), None)
        at = _refusal_reported_subject(syls, slots, at, start) if at is not None and at < SUBJECT_WINDOW else None
    if at is None:
        return None
    targets = [a for a in _group(syls, slots, at, backwards=False) if a not in owners]
    targets = [t for t in targets if not any(coder._same_side(t, o) for o in owners)]
    return Frame(owners, targets, False, "faced_objection") if targets else None


def _refusal_reported_subject(syls, slots, at: int, start: int) -> int | None:
    """The actor the clause before a faced objection opens with, at `at`; when a speech verb follows it ("Bộ trưởng
    X cho biết hệ thống sẽ được chuyển …, bất chấp …"), the subject of the reported clause, named right after the
    verb (a complementiser between), or none: the speaker only reports who acts."""
    g = grammar()
    end = _list_end(syls, slots, at) + 1
    for k in range(end, min(end + REFUSAL_SPEECH_GAP, start)):
        verb = _phrase_starting(syls, k, g.speech_verbs)
        if verb is None:
            continue
        m = k + len(verb)
        m += 1 if m < start and syls[m].low in g.complementisers else 0
        return m if m < start and slots[m] else None
    return at


REFUSAL_SPEECH_GAP = 6  # syllables (a date, adverbs) between a speaker and the speech verb


REFUSAL_OWNED_REACH = 16  # syllables from the owned noun to the "của" of its owner
OWNED_PLAN_RELATIONS = frozenset({REJECT_RELATION, "support"})  # rejecting or endorsing X's plan acts on X


def _refusal_plan_noun(syls, trig, relations=frozenset({REJECT_RELATION})) -> tuple[int, tuple[str, ...]] | None:
    """The plan noun (Grammar.plan_nouns: class `refusal_owned_noun`, the claim nouns) a rejection's object starts
    with, and where: right after the trigger, a partner preposition ("không đồng ý với"), quantifiers and
    nominalisers aside. None unless `trig` is a row of `relations` (a rejection) that needs no actor of its own."""
    if trig.relation not in relations or trig.needs is not None:
        return None
    g = grammar()
    k = trig.j
    k += 1 if k < len(syls) and syls[k].low in g.partner_preps else 0
    while k < len(syls) and (syls[k].low in g.claim_quantifiers or syls[k].low in g.nominalisers):
        k += 1
    noun = _phrase_starting(syls, k, g.plan_nouns)
    return (k, noun) if noun is not None else None


def _refusal_phrase_ends(syls, m: int) -> bool:
    """A plan noun's phrase ends at a comma, a clause break or a clause opening."""
    return syls[m].text in grammar().clause_breaks or syls[m].text == "," or _starts_clause(syls, m)


def _refusal_owned_frame(coder: SentenceCoder, trig) -> Frame | None:
    """'EU tái phản đối quyết định chuyển đại sứ quán Mỹ tới Jerusalem của Tổng thống Trump', 'Đức không đồng ý với ý
    định mời Putin tới G7 của ông Trump', 'Nhật Bản phản đối kế hoạch xây dựng nhà máy ở Triều Tiên của Nga': a
    rejection whose object is a decision, plan, intention, proposal or claim (grammar class `refusal_owned_noun`,
    and the claim nouns) owned by X, named after "của" at the end of the noun's phrase, rejects X (GUIDELINES.md:
    the object is the one whose proposal, request or decision is rejected), not an actor named inside the phrase.
    The phrase ends at a comma or clause break; a "của" after a place noun ("lãnh thổ của X") names a place.
    An endorsement passes to the owner the same way ("ủng hộ kế hoạch cải cách EU của bà Merkel": Merkel is backed,
    CAMEO 051), so support rows are read here too (helper p16f)."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    found = _refusal_plan_noun(syls, trig, OWNED_PLAN_RELATIONS)
    if found is None:
        return None
    k, noun = found
    for m in range(k + len(noun), min(len(syls) - 1, k + REFUSAL_OWNED_REACH)):
        if _refusal_phrase_ends(syls, m):
            return None
        if syls[m].low != g.possessive or _phrase_before(syls, m, g.place_nouns) is not None:
            continue
        at = _refusal_past_honorifics(syls, slots, m + 1)
        if at >= len(syls) or not slots[at]:
            continue
        subjects, _ = coder._subject(syls, slots, trig)
        owners = [a for a in _group(syls, slots, at, backwards=False) if a not in subjects]
        return Frame(subjects, owners, False, "owned_objection") if subjects and owners else None
    return None


REFUSAL_IDEA_REACH = 3  # sentences a proposal or an owned plan stays what a later rejection may refer back to
REFUSAL_ANAPHOR = "refusal_anaphor"  # grammar class: "này", "đó", "trên" … after a plan noun: one named before
REFUSAL_PROPOSING = frozenset({"propose"}) | frozenset(relations_with("verbal_request"))


def _refusal_ideas_named(coder: SentenceCoder, index: int) -> list:
    """The sentence's proposals and owned plans, for a later rejection to refer back to: each proposing or
    requesting trigger with an actor before it, as (its words, its actors, index) ("Trump nhiều lần đề xuất rằng Nga
    nên …"), and each plan noun (class `refusal_owned_noun`, claim nouns) with its owner right after "của" ("ý định
    của Trump"), as (the noun, the owners, index)."""
    syls, slots, g = coder.syls, coder.slots, grammar()
    out = []
    for trig in coder.triggers:
        if trig.relation in REFUSAL_PROPOSING and trig.needs is None:
            subjects, _ = coder._subject(syls, slots, trig)
            if subjects:
                out.append(((), tuple(subjects), index))
    nouns = g.plan_nouns
    for k in range(len(syls) - 2):
        noun = _phrase_starting(syls, k, nouns)
        if noun is None:
            continue  # most syllables start no plan noun
        at = _refusal_past_honorifics(syls, slots, k + len(noun) + 1)
        if at < len(syls) and syls[k + len(noun)].low == g.possessive and slots[at]:
            out.append((noun, tuple(_group(syls, slots, at, backwards=False)), index))
            continue
        x = k
        while x > 0 and (syls[x - 1].low in g.claim_quantifiers or syls[x - 1].low in g.nominalisers):
            x -= 1
        verb = _phrase_before(syls, x, g.phrases(REFUSAL_PUT_FORWARD))
        if verb is not None:  # "Trung Quốc đưa ra kế hoạch hòa bình …": the plan is its author's
            subjects, _ = coder._subject(syls, slots, Found(REJECT_RELATION, x - len(verb), x))
            out += [(noun, tuple(subjects), index)] if subjects else []
    return out


REFUSAL_PUT_FORWARD = "refusal_put_forward"  # grammar class: "đưa ra", "công bố" … a plan put forward by its author


def _refusal_recalled_frame(coder: SentenceCoder, trig, ideas: list) -> Frame | None:
    """'Trump nhiều lần đề xuất rằng Nga nên được tái gia nhập G7. … Tuy nhiên, EU phản đối ý tưởng này.', 'Macron sẽ
    ủng hộ ý định của Trump … Anh không đồng ý với ý định mời Putin tới G7': a rejection of a plan noun that names
    no owner of its own refers back: with a demonstrative after the noun (class `refusal_anaphor`), to the latest
    proposal or the latest plan of that noun named in the last sentences; without one, to the latest plan of that
    very noun. Its owner is rejected (GUIDELINES.md: the one whose proposal is rejected), never the rejecter's side."""
    if not ideas:
        return None
    syls, slots = coder.syls, coder.slots
    g = grammar()
    found = _refusal_plan_noun(syls, trig)
    if found is None:
        return None
    k, noun = found
    after = k + len(noun)
    recalled = _phrase_starting(syls, after, g.phrases(REFUSAL_ANAPHOR)) is not None
    for m in range(after, min(len(syls), after + REFUSAL_OWNED_REACH)):
        if _refusal_phrase_ends(syls, m):
            break
        if syls[m].low == g.possessive or slots[m] and not recalled and m == after:
            return None  # an owner of its own ("ý tưởng của X"), or the noun's own actor right after it
    subjects, _ = coder._subject(syls, slots, trig)
    if not subjects:
        return None
    for said, owners, _ in reversed(ideas):
        if said != noun and not (recalled and not said):
            continue
        rejected = [o for o in owners if o not in subjects and not any(coder._same_side(o, s) for s in subjects)]
        if rejected:
            return Frame(subjects, rejected, False, "recalled_idea")
        return None
    return None


REFUSAL_GROUP_SPAN = 8  # syllables of a group anaphor subject ("cả ba quốc gia trên đều")


def _refusal_group_denial(coder: SentenceCoder, trig, claims: list, index: int) -> Frame | None:
    """'Venezuela cáo buộc Colombia, Chile và Mexico âm mưu đảo chính. Tuy nhiên, cả ba quốc gia trên đều phủ nhận
    cáo buộc.': a denial of a claim (a claim noun after it, or nothing) whose subject is a group anaphor (lower-case
    words only from the clause's start: an `actor_group_noun` then a `refusal_anaphor`, "các nước này", "cả ba quốc
    gia trên") is made by the targets of the latest claim on several actors, of this sentence or the ones before
    (NAMED_CLAIM_REACH); each rejects the claimants (GUIDELINES.md: denying an accusation is reject toward the
    accuser)."""
    syls, slots = coder.syls, coder.slots
    g = grammar()
    if not _denies_a_claim(syls, trig):
        return None
    start = trig.i
    while start > 0 and syls[start - 1].text != "," and syls[start - 1].text[:1].isalpha():
        start -= 1
    words = syls[start : trig.i]
    if not words or len(words) > REFUSAL_GROUP_SPAN or any(slots[start : trig.i]):
        return None
    nouns, anaphors = g.actor_group_nouns, g.phrases(REFUSAL_ANAPHOR)
    noun_end = next((k + len(p) for k in range(start, trig.i) for p in [_phrase_starting(syls, k, nouns)] if p), None)
    if noun_end is None or _phrase_starting(syls, noun_end, anaphors) is None:
        return None
    for claimants, targets, said in reversed(claims):
        if index - said > NAMED_CLAIM_REACH:
            continue
        deniers = [t for t in targets if t not in claimants]
        if len(deniers) >= 2:
            return Frame(deniers, list(claimants), False, "answers")
        return None
    return None


_PRONOUN_PLURAL = "pronoun_plural_topic"  # grammar class: "họ" opening a clause, the last sentence's subjects
_PRONOUN_REPORT_VERB = "pronoun_report_verb"  # grammar class: verbs of holding besides speech verbs ("cho rằng")
_PRONOUN_REPORTED_OPENER = "pronoun_reported_opener"  # grammar class: "rằng", "việc" between a speech verb and a clause


def _pronoun_opens_plural(syls, trig) -> bool:
    """The trigger's clause (after its last comma) opens with a plural pronoun of class `pronoun_plural_topic`."""
    start = max((k + 1 for k in range(trig.i) if syls[k].text == ","), default=0)
    first = next((k for k in range(start, trig.i) if syls[k].text[:1].isalnum()), None)
    return first is not None and _phrase_starting(syls, first, grammar().phrases(_PRONOUN_PLURAL)) is not None


def _pronoun_carried_group(coder: SentenceCoder, trig, topic: Topic, index: int, carried: str) -> list[str]:
    """'Mỹ, Anh và Pháp cáo buộc Syria … . Họ cũng kêu gọi Nga …': a clause opening with "họ" (class
    `pronoun_plural_topic`) carries every subject of the previous sentence's first event, not only the first of
    them; only the sentence right before (another sentence between resets the group), and only when the carried
    topic is that group's first member."""
    group = topic.pronoun_group
    if (index - topic.pronoun_group_sentence != 1 or len(group) < 2 or group[0] != carried
            or not _pronoun_opens_plural(coder.syls, trig)):
        return [carried]
    return list(group)


def _pronoun_carried_event(coder: SentenceCoder, text: str, start: int, end: int, trig, group: list[str]):
    frame = carried_frame(coder, trig, group, "carried")
    return None if frame is None else coder._event("", text, start, end, trig, frame)


def _pronoun_reported_object(coder: SentenceCoder, trig) -> Frame | None:
    """'Nga nói Mỹ đã cáo buộc họ vi phạm hiệp ước', 'Iran khẳng định việc Mỹ trừng phạt họ là vô lý': the object
    pronoun "họ" (class `speaker_pronoun`) right after a trigger whose subject is named in a clause reported by a
    speech verb ("rằng"/"việc", class `pronoun_reported_opener`, between) is that speech verb's subject, the one
    reporting it, never the clause's own subject; with no actor as the speaker ("Các nhà phân tích nói Mỹ …")
    nothing is coded."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    after = trig.row_end if trig.row_end is not None else trig.j
    if _phrase_starting(syls, after, g.phrases("speaker_pronoun")) is None:
        return None
    doers, _ = coder._subject(syls, slots, trig)
    first = min((k for k in range(trig.i) if slots[k] and slots[k][0].actor_id in doers), default=None)
    if not doers or first is None or any(syls[x].text in ",;:" for x in range(first, trig.i)):
        return None
    k = first
    verbs = tuple(g.speech_verbs) + g.phrases(_PRONOUN_REPORT_VERB)
    verb = _phrase_before(syls, k, verbs)  # "cho rằng" is a verb of its own, "rằng" an opener too
    while verb is None and _phrase_before(syls, k, g.phrases(_PRONOUN_REPORTED_OPENER)) is not None:
        k -= len(_phrase_before(syls, k, g.phrases(_PRONOUN_REPORTED_OPENER)))
        verb = _phrase_before(syls, k, verbs)
    if verb is None:
        return None
    speakers, _ = coder._subject(syls, slots, Found(trig.relation, k - len(verb), k))
    speakers = [s for s in speakers if s not in doers and not any(coder._same_side(d, s) for d in doers)]
    return Frame(doers, speakers, False, "pronoun_reported") if speakers else None


def _pronoun_according_to(coder: SentenceCoder, trig, person: str) -> Frame | None:
    """'Đại sứ Nga Nebenzia phát biểu … . Theo ông, các cuộc tấn công của Mỹ là hành vi xâm lược': a fronted
    "theo" phrase whose source is a bare "ông"/"bà" (the honorific alone, then the comma) is the last person named,
    and declares or blames as a named source does (`SentenceCoder._blamed_according_to`): the last actor named
    between the comma and the misconduct or legitimacy word. "Theo ông Lavrov, …" names its own source."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    first = next((k for k in range(trig.i) if syls[k].text[:1].isalpha()), None)
    if (first is None or first + 2 >= trig.i or syls[first].low != g.according_to
            or syls[first + 1].low not in g.honorifics or syls[first + 2].text != ","):
        return None
    comma = first + 2
    blamed = next((k for k in range(trig.i - 1, comma, -1) if slots[k] and _head(slots, k)), None)
    if blamed is None or any(_phrase_starting(syls, x, g.phrases("consequence_link")) for x in range(blamed + 1, trig.i)):
        return None
    objects = [o for o in _group(syls, slots, blamed, backwards=True)
               if o != person and not coder._same_side(person, o)]
    return Frame([person], objects, False, "blame" if trig.needs == BLAME else "legitimacy") if objects else None


def _pronoun_coordinated_frame(coder: SentenceCoder, trig) -> Frame | None:
    """'Mỹ và Canada chỉ trích Nga, đồng thời họ kêu gọi Moskva rút quân': a clause that a clause coordinator
    (class `clause_coordinator`, a comma before it or not) opens with "họ" (class `pronoun_plural_topic`; a few
    lower-case words before the verb) has the subjects of the sentence's first trigger that has any. Not after a
    contrast marker: in "Mỹ trừng phạt Nga, nhưng họ vẫn …" the pronoun may be the one acted on."""
    g = grammar()
    syls, slots = coder.syls, coder.slots
    k = trig.i
    pronoun = _phrase_before(syls, k, g.phrases(_PRONOUN_PLURAL))
    while (pronoun is None and k > 0 and not slots[k - 1] and syls[k - 1].text[:1].islower()
           and trig.i - k < BACKING_PRONOUN_GAP):
        k -= 1
        pronoun = _phrase_before(syls, k, g.phrases(_PRONOUN_PLURAL))
    if pronoun is None:
        return None
    k -= len(pronoun)
    link = _phrase_before(syls, k, g.clause_coordinators)
    if link is None:
        return None
    k -= len(link)
    subjects: list[str] = []
    for first in sorted(coder.triggers, key=lambda t: t.i):
        if first.j > k or _subordinate_open(syls, first.j, k):
            return None
        frame = next((f for _, f in coder.frames(first) if f.subjects), None)
        if frame is None and first.needs is None:
            subjects, _ = coder._subject(syls, slots, first)
        else:
            subjects = list(frame.subjects) if frame is not None else []
        if subjects:
            break
    if not subjects:
        return None
    frame = carried_frame(coder, trig, subjects, "coordinated_clause")
    if frame is None:
        return None
    objects = [o for o in frame.objects if not any(o == s or coder._same_side(s, o) for s in subjects)]
    return Frame(frame.subjects, objects, frame.symmetric, frame.rule) if objects else None


def _pronoun_sentence_group(coder: SentenceCoder, events: list[Event]) -> tuple[str, ...]:
    """What a next sentence's "Họ …" carries: the subjects of this sentence's first event, else, with no event, the
    list named first within the subject window ("Nga và Trung Quốc đã phủ quyết dự thảo. Họ cũng lên án Mỹ …")."""
    if events:
        return tuple(events[0].subjects)
    for k in range(min(SUBJECT_WINDOW, len(coder.slots))):
        if coder.slots[k] and _head(coder.slots, k):
            return tuple(_group(coder.syls, coder.slots, k, backwards=False, listed=True))
    return ()


def _pronoun_coordinated_carried(coder: SentenceCoder, trig, carried: list) -> Frame | None:
    """'Trước đó, ông đã thăm Nga và hội đàm với Tổng thống Putin': a verb whose clause a clause coordinator opens
    (no actor of its own since) shares the actor carried into the sentence's earlier clause (`code_sentence`'s
    topic chain), as `coordinated_clause_frame` shares a named first subject; not past a subordinate clause."""
    opener = _coordinator_before(coder.syls, _predicate_start(coder.syls, trig.i))
    if opener is None or not _lacks_actor(coder, trig, since=opener, made=True):
        return None
    before = [(t, actors) for t, actors in carried if t.j <= opener]
    if not before:
        return None
    first, actors = before[-1]
    # only a person that a bare "ông"/"bà" carried: a country or body carried by the topic chain is often a guess
    # the second clause would repeat ("Sau hội nghị, ông sẽ thăm Anh và gặp Putin" carried the body of the summit)
    if (_subordinate_open(coder.syls, first.j, opener) or not all(_is_person(a) for a in actors)
            or not opens_with_honorific(coder.syls, first)):
        return None
    frame = carried_frame(coder, trig, list(actors), "coordinated_clause")
    if frame is None or trig.relation in relations_with("with_only") and not frame.symmetric:
        return None
    objects = [o for o in frame.objects if not any(o == s or coder._same_side(s, o) for s in actors)]
    return Frame(frame.subjects, objects, frame.symmetric, frame.rule) if objects else None


def _pronoun_addressee(coder: SentenceCoder, trig, previous: tuple[str, ...], compatriots=None) -> Frame | None:
    """'Tổng thống Trump có phát ngôn gây tranh cãi. Liên minh châu Phi đã đề nghị ông xin lỗi': a bare "ông"/"bà"
    right after a request verb (relations of quad class `verbal_request`) and before the verb of what is asked is
    the one addressed, the person the sentence before named when it named exactly one (as `bare_honorific_object`,
    which leaves a verb after the pronoun alone for other verbs: "cáo buộc ông liên tục can thiệp …")."""
    syls, slots = coder.syls, coder.slots
    k = trig.row_end if trig.row_end is not None else trig.j
    if (trig.relation not in relations_with("verbal_request") or len(previous) != 1 or k + 1 >= len(syls)
            or slots[k] or syls[k].low not in grammar().honorifics or slots[k + 1]
            or syls[k + 1].text[:1].isupper() or not syls[k + 1].text[:1].isalnum()):
        return None
    subjects, _ = coder._subject(syls, slots, trig)
    person = previous[0]
    if not subjects or any(person == s or coder._same_side(s, person) or compatriots and compatriots(s, person)
                           for s in subjects):
        return None
    if any(p not in subjects for p in people_named(slots[: trig.i])):
        return None
    return Frame(subjects, [person], False, "bare_honorific_object")


CHARGE_FACED = "charge_faced"  # grammar class: "đối mặt với", "vướng vào", "vấp phải" … before an accusation
CHARGE_GAP = "charge_gap"  # grammar class: "hàng loạt", "luồng dư luận" … (besides `refusal_gap`) before it
CHARGE_REACH = 6  # syllables of gap words, at most, between the phrase and the accusation


def _charge_faced_at(syls, slots, trig) -> int | None:
    """Where the `charge_faced` phrase before an accusation starts, with only gap words (no actor) between."""
    g = grammar()
    gap, faced = g.syllables(REFUSAL_GAP) | g.syllables(CHARGE_GAP), g.phrases(CHARGE_FACED)
    k = trig.i
    while k > 0 and trig.i - k <= CHARGE_REACH:
        phrase = _phrase_before(syls, k, faced)
        if phrase is not None:
            return k - len(phrase)
        if slots[k - 1] or syls[k - 1].low not in gap:
            return None
        k -= 1
    return None


def _charge_faced_frame(coder: SentenceCoder, trig) -> Frame | None:
    """'Nga tiếp tục đối mặt với những cáo buộc can thiệp bầu cử Mỹ', 'Trung Quốc vướng vào nhiều cáo buộc …',
    'Đối mặt với làn sóng chỉ trích của Mỹ và EU, ông Maduro …': an accusation the clause's actor faces, meets or is
    caught up in is made against that actor (GUIDELINES.md: the object of `accuse` is the accused). Its owner,
    named after "của"/"từ (phía)", accuses the actor right after the comma that closes a fronted phrase, else the
    actor the sentence opens with; with no owner named, the frame has no subjects: the actor before it accuses no
    one, and an actor named inside the accusation is not its target."""
    if trig.relation != "accuse" or trig.needs is not None:
        return None
    syls, slots = coder.syls, coder.slots
    start = _charge_faced_at(syls, slots, trig)
    if start is None:
        return None
    owners = _refusal_owners_after(syls, slots, trig)
    if not owners:
        return Frame([], [], False, "charge_faced")
    first = next((k for k in range(start) if syls[k].text[:1].isalnum()), None)
    if first is None:  # fronted: "Đối mặt với …, X …"
        comma = next((k for k in range(trig.j, len(syls)) if syls[k].text == "," and not _list_comma(syls, slots, k)),
                     None)
        at = _charge_main_actor(syls, slots, comma) if comma is not None else None
    else:
        at = next((k for k in range(start) if slots[k]), None)
        at = at if at is not None and at < SUBJECT_WINDOW else None
    targets = [a for a in _group(syls, slots, at, backwards=False) if a not in owners] if at is not None else []
    targets = [t for t in targets if not any(coder._same_side(t, o) for o in owners)]
    return Frame(owners, targets, False, "charge_faced")


def _charge_main_actor(syls, slots, comma: int) -> int | None:
    """The actor that opens the main clause after a fronted phrase's comma, a short time adjunct ("ngày 10-1",
    "hôm qua") or honorifics before it allowed: the first mention within SUBJECT_WINDOW syllables, no comma between."""
    for k in range(comma + 1, min(comma + 1 + SUBJECT_WINDOW, len(syls))):
        if slots[k]:
            return k
        if syls[k].text == ",":
            return None
    return None


CHARGE_OBJECT_REACH = 4  # syllables from an accusation to the object it names, and from that object to a later verb


def _charge_inner_claim(coder: SentenceCoder, trig, event: Event, outer: list) -> bool:
    """'Ngoại trưởng A chỉ trích các nước phương Tây đổ lỗi mọi chuyện cho Trung Quốc', 'A lên án X cáo buộc Y …': an
    accusation verb right after the object of an earlier accusation in the same clause (no joiner, comma or clause
    marker between) is said of that object, not of the earlier accuser: true when `event` gives it to the earlier
    accuser all the same."""
    if event.relation != "accuse":
        return False
    syls, slots = coder.syls, coder.slots
    g = grammar()
    markers = g.phrases("clause_marker") + g.phrases("clause_coordinator")
    for first, earlier in outer:
        if first.j > trig.i or set(earlier.subjects) != set(event.subjects):
            continue
        heads = [k for k in range(first.j, min(first.j + CHARGE_OBJECT_REACH + 1, trig.i))
                 if slots[k] and any(m.actor_id in earlier.objects for m in slots[k])]
        if not heads or set(event.objects) & set(earlier.objects):
            continue
        end = heads[-1] + 1  # after the earlier object itself: "chỉ trích Anh, gọi quyết định của Mỹ là …" (p16f)
        between = range(end, trig.i)
        if len(between) > CHARGE_OBJECT_REACH or any(
                slots[k] or syls[k].low in g.joiners or syls[k].text in g.clause_breaks
                or _phrase_starting(syls, k, markers) for k in between):
            continue
        return True
    return False
