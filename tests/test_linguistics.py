"""Linguistic features event coders need, each on a real sentence from the seeds or the development corpus
(sentences quoted as published; dev sentences come from ../shared/dev/docs, see tests/data/README_seeds_gold.md)."""

from __future__ import annotations

import pytest

from kg.model import Article


@pytest.fixture(scope="module")
def nlp():
    from kg.extract import make_pipeline

    return make_pipeline()


def _doc(nlp, text):
    return nlp(text)


def _labels(doc, ids):
    actors = doc._.kg_actors.actors
    return tuple(actors[i].label for i in ids)


def _events(nlp, text):
    doc = _doc(nlp, text)
    return [(_labels(doc, e.subjects), e.relation, _labels(doc, e.objects), e.mode, e.symmetric, e)
            for e in doc._.kg_events]


def _mentions(nlp, text):
    doc = _doc(nlp, text)
    actors = doc._.kg_actors.actors
    return [(m.text, actors[m.actor_id].label, m.via) for m in doc._.kg_actors.mentions]


SEED_000 = (
    "Hãng tin Nga Interfax ngày 14/3 dẫn lời Ngoại trưởng Nga Sergei Lavrov cho biết, Nga sẵn sàng phối hợp hành "
    "động với liên minh do Mỹ dẫn đầu ở Syria để đẩy lùi phiến quân Nhà nước Hồi giáo (IS) tự xưng ra khỏi Raqqa ở "
    "Syria.\n\nInterfax dẫn lời ông Lavrov trả lời phỏng vấn kênh truyền hình Ren-TV cho biết.\n\n"
    "Ngoại trưởng Nga cũng cho biết thêm rằng Mỹ đã đề nghị phân công."
)


# -- coreference ---------------------------------------------------------------------------------------------
def test_surname_with_honorific_resolves_to_the_person(nlp):
    mentions = _mentions(nlp, SEED_000)
    assert ("Lavrov", "Sergei Lavrov", "lexicon") in mentions


def test_title_and_country_alone_resolve_to_the_office_holder_named_earlier(nlp):
    mentions = _mentions(nlp, SEED_000)
    assert ("Ngoại trưởng Nga", "Sergei Lavrov", "coref") in mentions


def test_periphrastic_title_resolves_to_the_office_holder(nlp):
    # seed 000's sentence with its title replaced by the periphrasis Vietnamese news also uses
    text = SEED_000.replace("Ngoại trưởng Nga cũng", "Người đứng đầu ngành ngoại giao Nga cũng")
    mentions = _mentions(nlp, text)
    assert ("Người đứng đầu ngành ngoại giao Nga", "Sergei Lavrov", "coref") in mentions


def test_nuoc_nay_is_the_last_country_named(nlp):
    # dev d007
    text = "Lãnh đạo Pháp từng cho biết nước này có thể đơn phương không kích các mục tiêu ở Syria."
    assert ("nước này", "France", "coref") in _mentions(nlp, text)


def test_hai_ben_is_the_pair_just_named(nlp):
    # seed 004
    text = ("Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria.\n\n"
            "Bên cạnh đó, hai bên đã thảo luận các kế hoạch trợ giúp người tị nạn hồi hương.")
    consult = [e for e in _events(nlp, text) if e[1] == "consult"]
    assert consult and set(consult[0][0]) == {"Russia", "Turkey"} and consult[0][4]


def test_military_of_the_two_countries(nlp):
    # dev d003
    text = ("Theo TASS, tại cuộc điện đàm giữa Tổng thống Nga V.Pu-tin và người đồng cấp Thổ Nhĩ Kỳ T.Éc-đô-gan, "
            "hai bên nhất trí sẽ thúc đẩy hợp tác và phối hợp giữa quân đội hai nước trong các chiến dịch chống tổ "
            "chức tự xưng Nhà nước Hồi giáo (IS) tại Xy-ri.")
    events = _events(nlp, text)
    cooperate = [e for e in events if e[1] == "cooperate"]
    assert {frozenset(e[0] + e[2]) for e in cooperate} == {frozenset({"Russian military", "Turkish military"})}
    agree = [e for e in events if e[1] == "agree"]
    assert set(agree[0][0]) == {"Vladimir Putin", "Recep Tayyip Erdoğan"}


@pytest.mark.parametrize("name, label", [
    ("Moskva", "Russia"), ("Điện Kremlin", "Russian government"), ("Washington", "United States"),
    ("Nhà Trắng", "United States government"), ("Lầu Năm Góc", "United States Department of Defense"),
])
def test_metonyms_resolve_to_their_state(nlp, name, label):
    mentions = _mentions(nlp, f"Ankara và {name} đã nhất trí mục tiêu quét sạch các tổ chức khủng bố.")
    assert (name, label, "metonym") in mentions


# -- coordination and reciprocity -------------------------------------------------------------------------------
def test_coordinated_actors_make_one_reciprocal_event(nlp):
    # seed 004: one event with two actors, expanded to both directions only for the graph
    events = _events(nlp, "Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria.")
    agree = [e for e in events if e[1] == "agree"]
    assert len(agree) == 1 and set(agree[0][0]) == {"Russia", "Turkey"} and agree[0][4]
    assert sorted(agree[0][5].pairs()) == sorted([("country:RUS", "country:TUR"), ("country:TUR", "country:RUS")])


def test_coordinated_recipients(nlp):
    # seed 004
    text = "Theo ông Cavusoglu, Thổ Nhĩ Kỳ sẽ tiếp tục phối hợp với Nga và Iran đẩy nhanh việc đạt được giải pháp."
    events = [e for e in _events(nlp, text) if e[1] == "cooperate"]
    assert events[0][0] == ("Turkey",) and events[0][2] == ("Russia", "Iran") and events[0][3] == "intended"


# -- reported speech --------------------------------------------------------------------------------------------
def test_reported_speech_codes_the_reported_actor_and_keeps_the_speaker(nlp):
    events = _events(nlp, SEED_000.split("\n\n")[0])
    event = next(e for e in events if e[1] == "cooperate")
    assert event[0] == ("Russia",) and event[2] == ("US-led coalition",) and event[3] == "intended"
    assert event[5].source == "person:sergei-lavrov"


# -- modality and negation -----------------------------------------------------------------------------------------
def test_negation(nlp):
    # dev d019 (title)
    events = _events(nlp, "Tổng thống Duterte không nhờ Mỹ giúp đỡ tại Marawi")
    assert [(e[0], e[1], e[2], e[3]) for e in events] == [(("Rodrigo Duterte",), "request", ("United States",),
                                                           "negated")]


def test_condition_makes_an_event_hypothetical(nlp):
    # dev d006
    text = ("Politico dẫn lời một số quan chức của Mỹ cho biết, nếu Nga tìm cách tấn công Ukraine, Mỹ có thể sẽ "
            "nhanh chóng cung cấp thêm khí tài cho Ukraine để giúp họ tăng cường phòng vệ.")
    attack = [e for e in _events(nlp, text) if e[1] == "attack"]
    assert attack and attack[0][0] == ("Russia",) and attack[0][2] == ("Ukraine",)
    assert attack[0][3] == "hypothetical"


def test_intention(nlp):
    events = _events(nlp, "Phía Nga sẵn sàng hợp tác với Mỹ giải phóng Raqqa.")
    assert [(e[0], e[1], e[2], e[3]) for e in events] == [(("Russia",), "cooperate", ("United States",), "intended")]


# -- passive, agentive, nominal ------------------------------------------------------------------------------------
def test_passive_bi(nlp):
    # dev d027
    events = _events(nlp, "Đây được xem là hành động trả đũa sau khi Iran bị khủng bố IS tấn công hồi đầu tháng 6.")
    attack = [e for e in events if e[1] == "attack"]
    assert attack and attack[0][0] == ("Islamic State",) and attack[0][2] == ("Iran",)
    assert attack[0][5].rule == "attack.passive"


def test_agentive_do_dan_dau_builds_the_coalition(nlp):
    mentions = _mentions(nlp, "Nga sẵn sàng phối hợp hành động với liên minh do Mỹ dẫn đầu ở Syria.")
    assert ("liên minh do Mỹ dẫn đầu", "US-led coalition", "composite") in mentions


def test_nominal_event_between_two_actors(nlp):
    # dev d003
    text = ("Theo TASS, tại cuộc điện đàm giữa Tổng thống Nga V.Pu-tin và người đồng cấp Thổ Nhĩ Kỳ T.Éc-đô-gan, "
            "hai bên nhất trí.")
    consult = [e for e in _events(nlp, text) if e[1] == "consult"]
    assert consult and consult[0][5].rule == "consult.between" and consult[0][4]
    assert set(consult[0][0] + consult[0][2]) == {"Vladimir Putin", "Recep Tayyip Erdoğan"}


def test_nominal_event_with_its_agent_after_cua(nlp):
    # dev d001: the condemned strike's actor is the one after "của"
    text = ("Chính phủ Syria và Chính phủ Nga ngày 19/5 đã đặc biệt lên án vụ không kích mới nhất của quân đội Mỹ "
            "trên lãnh thổ Syria.")
    accuse = [e for e in _events(nlp, text) if e[1] == "accuse"]
    assert accuse and set(accuse[0][0]) == {"Syrian government", "Russian government"}
    assert accuse[0][2] == ("United States military",)


def test_visit_to_a_capital(nlp):
    # seed 001
    text = ("Báo Bild am Sonntag của Đức dẫn các nguồn tin tình báo Mỹ cho biết một phái đoàn Cơ quan Tình báo "
            "Trung ương Mỹ (CIA) gần đây đã thực hiện chuyến thăm Moscow để hội đàm với đại diện Cơ quan tình báo "
            "nước ngoài của Nga (SVR).")
    consult = [e for e in _events(nlp, text) if e[1] == "consult"]
    assert consult and consult[0][0] == ("Central Intelligence Agency",) and consult[0][2] == ("Russia",)


# -- when and where ----------------------------------------------------------------------------------------------
def test_event_date_and_place_normalised_against_the_article_date():
    from kg.extract.when_where import event_date, event_place

    sentence = "Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria."
    assert event_date(sentence, "2018-12-30") == "2018-12-29"
    assert event_date(sentence, "2019-01-02") == "2018-12-29"  # a January article about late December
    assert event_date("Trong một cuộc điện đàm hôm 18-9, …", "2016-09-20") == "2016-09-18"
    assert event_date("Ngoại trưởng Sergei Lavrov hôm qua tuyên bố", "2015-11-21") == "2015-11-20"
    assert event_date(sentence, None) is None
    assert event_place("Thông báo được đưa ra sau cuộc họp tại Moskva để thảo luận") == "Moskva"


def test_dates_reach_the_events(nlp):
    from kg.extract.article import extract_articles

    article = Article(id="a", text="Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria.",
                      source="a.txt", date="2018-12-30")
    result = next(extract_articles(nlp, [article]))
    assert {e.date for e in result.events} == {"2018-12-29"}
    assert {e.place for e in result.events} == {"Syria"}


# -- people: role and country from titles -------------------------------------------------------------------------
def test_title_gives_an_unknown_person_their_role_and_country(nlp):
    # dev d001: a deputy minister the lexicon does not list
    text = ("Về phía Nga, cùng ngày, Thứ trưởng Ngoại giao Nga Gennady Gatilov cho rằng, vụ không kích là hoàn "
            "toàn không chấp nhận được.")
    doc = _doc(nlp, text)
    people = [a for a in doc._.kg_actors.actors.values() if a.type == "person"]
    assert [(p.label, p.country) for p in people] == [("Gennady Gatilov", "country:RUS")]
    assert people[0].role


# -- names the lexicon lacks ---------------------------------------------------------------------------------------
def test_unknown_proper_names_become_actors_of_type_other(nlp):
    # dev d005
    text = ("Các nguồn tin từ Thổ Nhĩ Kỳ cũng nhấn mạnh rằng Giám đốc cơ quan tình báo trung ương Mỹ (CIA) Mike "
            "Pompeo sẽ đến thăm Thổ Nhĩ Kỳ vào ngày 9/2 để bàn về YPG và cuộc chiến chống mạng lưới của giáo sỹ "
            "Hồi giáo Fethullah Gullen, đang sống lưu vong tại Mỹ.")
    doc = _doc(nlp, text)
    others = [(m.text, doc._.kg_actors.actors[m.actor_id].type, m.via) for m in doc._.kg_actors.mentions
              if m.via == "proper_noun"]
    assert others == [("Fethullah Gullen", "other", "proper_noun")]
