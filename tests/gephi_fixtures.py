"""A small, realistic event graph for the Gephi/report tests, built with kg.graph.build_graph from hand-made
kg.model.ArticleResult objects (no NLP involved).

The sentences paraphrase Vietnamese wire reports of the kind in seeds/ (VOV, TTXVN, Người Lao Động); the
events are what the extractor should find in them: Russia -cooperate (intended)-> US-led coalition, Russia
and Turkey agree and cooperate with each other (symmetric, two sentences), two defence ministers consult,
a negated support, a material conflict, and dates on some events but not all.
"""

from __future__ import annotations

from kg.graph import build_graph
from kg.model import Actor, ArticleMeta, ArticleResult, Event, Mention

RUSSIA = Actor("country:RUS", "Russia", "Nga", "country", "Q159")
USA = Actor("country:USA", "United States", "Mỹ", "country", "Q30")
TURKEY = Actor("country:TUR", "Turkey", "Thổ Nhĩ Kỳ", "country", "Q43")
SYRIA = Actor("country:SYR", "Syria", "Syria", "country", "Q858")
COALITION = Actor(
    "coalition:USA", "US-led coalition", "liên quân do Mỹ dẫn đầu", "coalition", None, "country:USA"
)
ISIS = Actor("armed_group:ISIL", "Islamic State", "Nhà nước Hồi giáo (IS) tự xưng", "armed_group", "Q2429253")
LAVROV = Actor(
    "person:sergei-lavrov",
    "Sergei Lavrov",
    "Sergei Lavrov",
    "person",
    None,
    "country:RUS",
    "Minister of Foreign Affairs",
)
SHOIGU = Actor(
    "person:sergei-shoigu",
    "Sergei Shoigu",
    "Sergei Shoigu",
    "person",
    None,
    "country:RUS",
    "Minister of Defence",
)
CARTER = Actor(
    "person:ashton-carter",
    "Ashton Carter",
    "Ashton Carter",
    "person",
    None,
    "country:USA",
    "Secretary of Defense",
)

TEXT_VOV = (
    "Nga sẵn sàng phối hợp với Mỹ giải phóng Raqqa\n\n"
    "Hãng tin Nga Interfax ngày 14/3 dẫn lời Ngoại trưởng Nga Sergei Lavrov cho biết, Nga sẵn sàng phối hợp "
    "hành động với liên quân do Mỹ dẫn đầu ở Syria để đẩy lùi phiến quân Nhà nước Hồi giáo (IS) tự xưng ra "
    "khỏi Raqqa. Liên quân do Mỹ dẫn đầu tiếp tục không kích các mục tiêu của Nhà nước Hồi giáo (IS) tự xưng "
    "ở Raqqa."
)
TEXT_TTXVN = (
    "Nga, Thổ Nhĩ Kỳ nhất trí phối hợp các chiến dịch tại Syria\n\n"
    "Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria sau khi Mỹ tuyên bố rút quân "
    "khỏi Syria. Ankara và Moskva đã nhất trí mục tiêu quét sạch các tổ chức khủng bố, cũng như sẽ phối hợp "
    "các chiến dịch tại Syria. Thổ Nhĩ Kỳ không ủng hộ kế hoạch của Mỹ tại miền Bắc Syria."
)
TEXT_NLD = (
    "Trong một cuộc điện đàm hôm 18-9, Bộ trưởng Quốc phòng Nga Sergei Shoigu và người đồng cấp Mỹ Ashton "
    "Carter nhất trí tiếp tục thảo luận về tình hình ở Syria."
)

SENTENCE_COOPERATE = (
    "Hãng tin Nga Interfax ngày 14/3 dẫn lời Ngoại trưởng Nga Sergei Lavrov cho biết, Nga sẵn sàng phối hợp "
    "hành động với liên quân do Mỹ dẫn đầu ở Syria để đẩy lùi phiến quân Nhà nước Hồi giáo (IS) tự xưng ra "
    "khỏi Raqqa."
)
SENTENCE_ATTACK = (
    "Liên quân do Mỹ dẫn đầu tiếp tục không kích các mục tiêu của Nhà nước Hồi giáo (IS) tự xưng ở Raqqa."
)
SENTENCE_AGREE = (
    "Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria sau khi Mỹ tuyên bố rút quân "
    "khỏi Syria."
)
SENTENCE_AGREE_2 = (
    "Ankara và Moskva đã nhất trí mục tiêu quét sạch các tổ chức khủng bố, cũng như sẽ phối hợp các chiến "
    "dịch tại Syria."
)
SENTENCE_NEGATED = "Thổ Nhĩ Kỳ không ủng hộ kế hoạch của Mỹ tại miền Bắc Syria."
SENTENCE_CONSULT = TEXT_NLD


def _event(
    doc: str,
    text: str,
    sentence: str,
    evidence: str,
    subjects,
    objects,
    relation: str,
    mode: str,
    rule: str,
    **extra,
) -> Event:
    start = text.index(sentence)
    evidence_start = text.index(evidence, start)
    return Event(
        doc=doc,
        sentence=sentence,
        sentence_start=start,
        subjects=tuple(subjects),
        objects=tuple(objects),
        relation=relation,
        mode=mode,
        evidence=evidence,
        evidence_start=evidence_start,
        evidence_end=evidence_start + len(evidence),
        rule=rule,
        confidence=0.9,
        **extra,
    )


def _mentions(text: str, surfaces: dict[str, str]) -> tuple[Mention, ...]:
    """Every occurrence of each surface form, as a mention of its actor."""
    out = []
    for surface, actor_id in surfaces.items():
        start = text.find(surface)
        while start >= 0:
            out.append(Mention(actor_id, start, start + len(surface), surface))
            start = text.find(surface, start + len(surface))
    return tuple(sorted(out, key=lambda m: (m.start, m.actor_id)))


def _vov() -> ArticleResult:
    doc = "vov-2017-03-14"
    events = (
        _event(
            doc,
            TEXT_VOV,
            SENTENCE_COOPERATE,
            "sẵn sàng phối hợp hành động với",
            [RUSSIA.id],
            [COALITION.id],
            "cooperate",
            "intended",
            "with_object",
            source=LAVROV.id,
            date="2017-03-14",
        ),
        _event(
            doc,
            TEXT_VOV,
            SENTENCE_ATTACK,
            "không kích",
            [COALITION.id],
            [ISIS.id],
            "attack",
            "asserted",
            "subject_verb_object",
        ),
    )
    mentions = _mentions(
        TEXT_VOV,
        {
            "Nga sẵn": RUSSIA.id,
            "Nga Interfax": RUSSIA.id,
            "Nga Sergei": RUSSIA.id,
            "Sergei Lavrov": LAVROV.id,
            "liên quân do Mỹ dẫn đầu": COALITION.id,
            "Liên quân do Mỹ dẫn đầu": COALITION.id,
            "Nhà nước Hồi giáo (IS) tự xưng": ISIS.id,
        },
    )
    meta = ArticleMeta(
        doc,
        "tests/vov.txt",
        "Nga sẵn sàng phối hợp với Mỹ giải phóng Raqqa",
        "https://vov.vn/the-gioi/nga-san-sang-phoi-hop-voi-my",
        "2017-03-14",
        "VOV",
    )
    return ArticleResult(meta, (RUSSIA, COALITION, ISIS, LAVROV), mentions, events, sentences=3, syllables=90)


def _ttxvn() -> ArticleResult:
    doc = "ttxvn-2018-12-29"
    events = (
        _event(
            doc,
            TEXT_TTXVN,
            SENTENCE_AGREE,
            "nhất trí",
            [RUSSIA.id],
            [TURKEY.id],
            "agree",
            "asserted",
            "coordinated_subjects",
            symmetric=True,
            date="2018-12-29",
        ),
        _event(
            doc,
            TEXT_TTXVN,
            SENTENCE_AGREE,
            "phối hợp",
            [RUSSIA.id],
            [TURKEY.id],
            "cooperate",
            "intended",
            "coordinated_subjects",
            symmetric=True,
            date="2018-12-29",
        ),
        _event(
            doc,
            TEXT_TTXVN,
            SENTENCE_AGREE,
            "rút quân khỏi",
            [USA.id],
            [SYRIA.id],
            "withdraw",
            "asserted",
            "subject_verb_object",
            date="2018-12-29",
        ),
        _event(
            doc,
            TEXT_TTXVN,
            SENTENCE_AGREE_2,
            "nhất trí",
            [TURKEY.id],
            [RUSSIA.id],
            "agree",
            "asserted",
            "coordinated_subjects",
            symmetric=True,
            date="2018-12-30",
        ),
        _event(
            doc,
            TEXT_TTXVN,
            SENTENCE_AGREE_2,
            "sẽ phối hợp",
            [TURKEY.id],
            [RUSSIA.id],
            "cooperate",
            "intended",
            "coordinated_subjects",
            symmetric=True,
        ),
        _event(
            doc,
            TEXT_TTXVN,
            SENTENCE_NEGATED,
            "không ủng hộ",
            [TURKEY.id],
            [USA.id],
            "support",
            "negated",
            "subject_verb_object",
        ),
    )
    mentions = _mentions(
        TEXT_TTXVN,
        {
            "Nga,": RUSSIA.id,
            "Nga và": RUSSIA.id,
            "Moskva": RUSSIA.id,
            "Thổ Nhĩ Kỳ": TURKEY.id,
            "Ankara": TURKEY.id,
            "Mỹ": USA.id,
            "Syria": SYRIA.id,
        },
    )
    meta = ArticleMeta(
        doc,
        "tests/ttxvn.txt",
        "Nga, Thổ Nhĩ Kỳ nhất trí phối hợp các chiến dịch tại Syria",
        None,
        "2018-12-29",
        "TTXVN",
    )
    return ArticleResult(meta, (RUSSIA, TURKEY, USA, SYRIA), mentions, events, sentences=4, syllables=80)


def _nld() -> ArticleResult:
    doc = "nld-2016-09-19"
    events = (
        _event(
            doc,
            TEXT_NLD,
            SENTENCE_CONSULT,
            "thảo luận",
            [SHOIGU.id],
            [CARTER.id],
            "consult",
            "intended",
            "coordinated_subjects",
            symmetric=True,
            date="2016-09-18",
        ),
    )
    mentions = _mentions(TEXT_NLD, {"Sergei Shoigu": SHOIGU.id, "Ashton Carter": CARTER.id})
    meta = ArticleMeta(doc, "tests/nld.txt", None, None, None, "NLĐO")
    return ArticleResult(meta, (SHOIGU, CARTER), mentions, events, sentences=1, syllables=30)


def article_results() -> list[ArticleResult]:
    return [_vov(), _ttxvn(), _nld()]


def sample_graph():
    """The merged graph of the three articles."""
    return build_graph(article_results())
