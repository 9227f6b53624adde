"""A small hand-made graph for the RDF, query and serve tests, built through kg.graph.build_graph.

Sentences come from seeds/000, 003 and 004 (the project's own seed articles); the negated sentence is made up
for the test because the seeds state no refused relation between two actors. Offsets are computed, not typed.
"""

from __future__ import annotations

import networkx as nx

from kg.graph import build_graph
from kg.model import Actor, ArticleMeta, ArticleResult, Event, Mention

RUS = Actor("country:RUS", "Russia", "Nga", "country", "Q159")
USA = Actor("country:USA", "United States", "Mỹ", "country", "Q30")
TUR = Actor("country:TUR", "Turkey", "Thổ Nhĩ Kỳ", "country", "Q43")
SYR = Actor("country:SYR", "Syria", "Syria", "country", "Q858")
COALITION = Actor("coalition:USA", "US-led coalition", "liên minh do Mỹ dẫn đầu", "coalition", country="country:USA")
LAVROV = Actor(
    "person:sergei-lavrov", "Sergei Lavrov", "Sergei Lavrov", "person",
    country="country:RUS", role="Minister of Foreign Affairs",
)

S000 = (
    "Hãng tin Nga Interfax ngày 14/3 dẫn lời Ngoại trưởng Nga Sergei Lavrov cho biết, Nga sẵn sàng phối hợp "
    "hành động với liên minh do Mỹ dẫn đầu ở Syria để đẩy lùi phiến quân Nhà nước Hồi giáo (IS) tự xưng ra "
    "khỏi Raqqa ở Syria."
)
S003A = (
    "Phát biểu trong cuộc họp báo tại Moscow, Ngoại trưởng Lavrov nêu rõ, Nga đang hợp tác với Mỹ thông qua "
    "sự liên hệ chặt chẽ trên chiến trường tại Syria."
)
S003B = (
    "Tuy nhiên, Nga đã nhiều lần đình chỉ đường dây liên lạc này với cáo buộc Mỹ tấn công các lực lượng của "
    "Chính phủ Syria."
)
S004 = (
    "Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria sau khi Mỹ tuyên bố rút quân "
    "khỏi quốc gia Trung Đông này."
)
SNEG = "Mỹ từ chối hợp tác quân sự với Nga tại Syria."


def _event(doc: str, text: str, sentence: str, trigger: str, subjects, objects, relation, mode, **extra) -> Event:
    start = text.index(sentence)
    ev_start = start + sentence.index(trigger)
    return Event(
        doc=doc, sentence=sentence, sentence_start=start, subjects=tuple(a.id for a in subjects),
        objects=tuple(a.id for a in objects), relation=relation, mode=mode, evidence=trigger,
        evidence_start=ev_start, evidence_end=ev_start + len(trigger), rule=extra.pop("rule", "A_V_voi_B"),
        confidence=extra.pop("confidence", 0.9), **extra,
    )


def _mentions(text: str, pairs) -> tuple[Mention, ...]:
    out = []
    for actor, surface in pairs:
        start = text.index(surface)
        out.append(Mention(actor.id, start, start + len(surface), surface))
    return tuple(out)


def article_results() -> list[ArticleResult]:
    t000 = "Nga sẵn sàng phối hợp với Mỹ giải phóng thủ đô tự xưng của IS ở Syria\n\n" + S000
    t003 = S003A + " " + S003B
    t004 = S004
    tneg = SNEG
    return [
        ArticleResult(
            ArticleMeta("000_b99a79c0a7bb7213", "seeds/000_b99a79c0a7bb7213.txt",
                        "Nga sẵn sàng phối hợp với Mỹ giải phóng thủ đô tự xưng của IS ở Syria",
                        date="2017-03-14", outlet="VOV"),
            actors=(RUS, COALITION, LAVROV, SYR),
            mentions=_mentions(t000, [(RUS, "Nga"), (LAVROV, "Sergei Lavrov"), (COALITION, "liên minh do Mỹ dẫn đầu"),
                                      (SYR, "Syria")]),
            events=(_event("000_b99a79c0a7bb7213", t000, S000, "phối hợp", [RUS], [COALITION], "cooperate",
                           "intended", source=LAVROV.id, date="2017-03-14", rule="A_san_sang_V_voi_B"),),
        ),
        ArticleResult(
            ArticleMeta("003_0d9d01209cccd38e", "seeds/003_0d9d01209cccd38e.txt", "Nga hợp tác với Mỹ tại Syria",
                        date="2016-10-10", outlet="DNVN"),
            actors=(RUS, USA, LAVROV, SYR),
            mentions=_mentions(t003, [(RUS, "Nga"), (USA, "Mỹ"), (LAVROV, "Lavrov"), (SYR, "Syria")]),
            events=(
                _event("003_0d9d01209cccd38e", t003, S003A, "hợp tác", [RUS], [USA], "cooperate", "asserted",
                       source=LAVROV.id, place="Syria"),
                _event("003_0d9d01209cccd38e", t003, S003B, "cáo buộc", [RUS], [USA], "accuse", "asserted",
                       rule="A_V_B", confidence=0.75),
            ),
        ),
        ArticleResult(
            ArticleMeta("004_675986af5fcbd24d", "seeds/004_675986af5fcbd24d.txt",
                        "Nga, Thổ Nhĩ Kỳ nhất trí phối hợp các chiến dịch tại Syria", date="2018-12-29",
                        outlet="TTXVN"),
            actors=(RUS, TUR, USA, SYR),
            mentions=_mentions(t004, [(RUS, "Nga"), (TUR, "Thổ Nhĩ Kỳ"), (USA, "Mỹ"), (SYR, "Syria")]),
            events=(
                _event("004_675986af5fcbd24d", t004, S004, "nhất trí", [RUS], [TUR], "agree", "asserted",
                       symmetric=True, rule="A_va_B_V", date="2018-12-29"),
                _event("004_675986af5fcbd24d", t004, S004, "rút quân", [USA], [SYR], "withdraw", "asserted",
                       rule="A_V_B", confidence=0.8, date="2018-12-29"),
            ),
        ),
        ArticleResult(
            ArticleMeta("x01_negated", "tests/rdf_fixtures.py", "Mỹ từ chối hợp tác với Nga", date="2016-10-11"),
            actors=(USA, RUS, SYR),
            mentions=_mentions(tneg, [(USA, "Mỹ"), (RUS, "Nga"), (SYR, "Syria")]),
            events=(_event("x01_negated", tneg, SNEG, "hợp tác", [USA], [RUS], "cooperate", "negated",
                           rule="A_tu_choi_V_voi_B", confidence=0.85),),
        ),
    ]


def fixture_graph() -> nx.MultiDiGraph:
    return build_graph(article_results())


# ---- two-way relations, as the extractor writes them -------------------------------------------------------
# "Nga và Thổ Nhĩ Kỳ thảo luận" is one statement whose actors are both sides and whose recipients are both sides
# (symmetric): a query that joins kg:actor to kg:recipient without `?a != ?b` would pair Russia with Russia.
IRN = Actor("country:IRN", "Iran", "Iran", "country", "Q794")
S2W = "Nga, Iran và Thổ Nhĩ Kỳ đã thảo luận và nhất trí sẽ phối hợp các chiến dịch tại Syria."


def two_way_results() -> list[ArticleResult]:
    """The fixture's articles plus one of two-way statements between three parties, dated 2018-12-30."""
    doc, sides = "x02_two_way", (RUS, IRN, TUR)
    return [*article_results(), ArticleResult(
        ArticleMeta(doc, "tests/rdf_fixtures.py", "Nga, Iran, Thổ Nhĩ Kỳ thảo luận về Syria", date="2018-12-30",
                    outlet="TTXVN"),
        actors=(RUS, IRN, TUR, SYR),
        mentions=_mentions(S2W, [(RUS, "Nga"), (IRN, "Iran"), (TUR, "Thổ Nhĩ Kỳ"), (SYR, "Syria")]),
        events=(
            _event(doc, S2W, S2W, "thảo luận", sides, sides, "consult", "asserted", symmetric=True,
                   rule="consult.coordinated_subjects"),
            _event(doc, S2W, S2W, "phối hợp", sides, sides, "cooperate", "intended", symmetric=True,
                   rule="cooperate.coordinated_subjects"),
        ),
    )]


def two_way_graph() -> nx.MultiDiGraph:
    return build_graph(two_way_results())
