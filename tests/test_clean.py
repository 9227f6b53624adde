"""Clean: page furniture goes, title and body stay, outlet and dateline are recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.clean import clean_article
from kg.ingest import read_articles
from kg.model import Article

ROOT = Path(__file__).parents[1]
DEV = Path(__file__).parent / "data" / "dev"
SHARED_DEV = ROOT.parent / "shared" / "dev"


def seed(prefix: str) -> Article:
    [path] = sorted((ROOT / "seeds").glob(f"{prefix}_*.txt"))
    [article] = list(read_articles([path]))
    return clean_article(article)


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


# Per seed: title, outlet, body sentences that must stay, furniture lines that must go.
SEEDS = {
    "000": (
        "Nga sẵn sàng phối hợp với Mỹ giải phóng thủ đô tự xưng của IS ở Syria", "VOV",
        [("Phía Nga sẵn sàng hợp tác với Mỹ giải phóng Raqqa vì đây là khu vực liên quân do Mỹ dẫn đầu đang triển "
         "khai nhiều hoạt động."),
         "Không quân Nga nên tập trung vào việc giải phóng Palmyra"],
        ["Tin liên quan", "Mời quý độc giả theo dõi VOV.VN trên", "(Ảnh: Reuters)",
         "Một chốt kiểm soát của IS gần thành phố Raqqa, Syria.",
         "Lực lượng đối lập ở Syria khẳng định tham gia hòa đàm tại Geneva",
         "Phiến quân bắn hạ máy bay chiến đấu của Syria bất chấp lệnh ngừng bắn",
         "Tuyên bố của Ủy ban đàm phán cấp cao Syria", "/."],
    ),
    "001": (
        "Mỹ, Nga bàn chuyện hợp tác chống IS ở Syria", "Người Lao Động",
        ["Mỹ tỏ dấu hiệu sẵn sàng hợp tác với Nga trong cuộc chiến chống lại nhóm Nhà nước Hồi giáo (IS) tự xưng",
         "Bộ trưởng Quốc phòng Nga Sergei Shoigu và người đồng cấp Mỹ Ashton Carter nhất trí tiếp tục thảo luận",
         "Syria phải đối mặt với cuộc nội chiến kể từ 2011"],
        ["xem thêm", "An Giang", "Bình Dương", "Đăng nhập", "icon Đăng ký gói bạn đọc VIP", "H. Bình (Theo Sputnik)",
         "(NLĐO)", "Lá cờ IS trên ngõ phố ở Syria", "Lên đầu Top", "Bạn cần đăng nhập để thực hiện chức năng này!",
         "Thanh toán mua bài thành công", "Chọn phương thức thanh toán", "Tôi đồng ý với điều khoản sử dụng",
         "Gia hạn tài khoản bạn đọc VIP"],
    ),
    "002": (
        "Tổng thống Putin ra điều kiện phối hợp tác chiến với phương Tây chống IS", "Doanh nghiệp Việt Nam",
        ["Ngày 19/11, Nga tuyên bố sẵn sàng hợp tác với liên minh quân sự Phương Tây chống IS",
         "Ngày 30/9, Nga bắt đầu triển khai chiến dịch không kích chống IS ở Syria"],
        ["Quốc tế", "(DNVN)", "Tùng Bách (Theo RT)", "End of content", "Không có tin nào tiếp theo",
         "Cột tin quảng cáo"],
    ),
    "003": (
        "Nga và liên quân do Mỹ dẫn đầu thiết lập kênh trao đổi về tình hình Syria", "VOV",
        ["Nga đang hợp tác với Mỹ thông qua sự liên hệ chặt chẽ trên chiến trường tại Syria",
         ("Tuy nhiên, Nga đã nhiều lần đình chỉ đường dây liên lạc này với cáo buộc Mỹ tấn công các lực lượng của "
         "Chính phủ Syria.")],
        ["Ngoại trưởng Nga Sergei Lavrov (Ảnh: PressTV).", "Theo vov.vn", "Tin cùng chuyên mục",
         "Bé gái Philippines là người thứ 8 tỷ của thế giới", "Xem tin theo ngày",
         "Tổng Bí thư Tô Lâm viếng đồng chí Khamtay Siphandone", "Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm"],
    ),
    "004": (
        "Nga, Thổ Nhĩ Kỳ nhất trí phối hợp các chiến dịch tại Syria", "TTXVN",
        ["Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria sau khi Mỹ tuyên bố rút quân",
         "Ngày 28/12, Nga cho biết sẽ tổ chức cuộc họp 3 bên với Iran và Thổ Nhĩ Kỳ"],
        ["Chú thích ảnh", "Binh sĩ quân đội Syria tại thị trấn Nassib", "Ngọc Hà (TTXVN)",
         "Lý do thực sự nước Mỹ không thể chi tiền làm", "Nước Mỹ từng thấy mình đủ giàu mạnh", "Chia sẻ:",
         "Thông cáo báo chí Rao vặt", "Các đơn vị thông tin của TTXVN"],
    ),
}


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_seed_keeps_title_and_body_and_drops_furniture(prefix):
    title, outlet, body, furniture = SEEDS[prefix]
    article = seed(prefix)
    assert article.title == title
    assert paragraphs(article)[0] == title
    assert article.outlet == outlet
    for sentence in body:
        assert sentence in article.text
    for line in furniture:
        assert line not in article.text
    assert article.date is None  # the seeds' datelines state day and month only


def test_seed_paragraph_structure():
    article = seed("004")
    paras = paragraphs(article)
    assert len(paras) == 9
    assert all(p.strip() == p and p for p in paras)
    assert paras[-1] == ("Ngày 28/12, Nga cho biết sẽ tổ chức cuộc họp 3 bên với Iran và Thổ Nhĩ Kỳ về cuộc xung đột "
                         "tại Syria vào đầu năm tới.")


def test_cleaning_twice_changes_nothing():
    for prefix in SEEDS:
        once = seed(prefix)
        assert clean_article(once) == once


def test_dateline_gives_outlet_and_date_and_leaves_the_lead():
    text = ("Nga và Mỹ hội đàm về Syria\n\n"
            "Moskva, 14/3/2016 (TTXVN) - Ngoại trưởng Nga Sergei Lavrov và Ngoại trưởng Mỹ John Kerry đã điện đàm "
            "về tình hình Syria, hai bên nhất trí thúc đẩy tiến trình hòa đàm tại Geneva trong những ngày tới.")
    article = clean_article(Article(id="x", text=text, source="x.txt"))
    assert (article.outlet, article.date, article.title) == ("TTXVN", "2016-03-14", "Nga và Mỹ hội đàm về Syria")
    assert paragraphs(article)[1].startswith("Ngoại trưởng Nga Sergei Lavrov và Ngoại trưởng Mỹ John Kerry")


def test_parenthesised_name_in_the_lead_is_not_a_dateline():
    text = ("Tổ chức Giải phóng Palestine (PLO) chỉ trích đạo luật mới của Israel về các khu định cư ở Bờ Tây, "
            "cho rằng đạo luật này vi phạm luật pháp quốc tế và các nghị quyết của Liên Hợp Quốc.")
    article = clean_article(Article(id="x", text=text, source="x.txt"))
    assert article.outlet is None and article.text == text


def test_given_title_and_outlet_are_kept_and_normalised():
    body = ("Nga và Thổ Nhĩ Kỳ ngày 29/12 nhất trí phối hợp các chiến dịch tại Syria sau khi Mỹ tuyên bố rút quân "
            "khỏi quốc gia Trung Đông này, theo thông báo được đưa ra sau cuộc họp tại Moskva.")
    article = clean_article(Article(id="x", text=body, source="c.jsonl:1", title="Nga, Thổ nhất trí",
                                    outlet="vov.vn", fmt="jsonl"))
    assert article.text == f"Nga, Thổ nhất trí\n\n{body}"
    assert article.outlet == "VOV"
    other = clean_article(Article(id="y", text=body, source="c.jsonl:2", outlet="Reuters"))
    assert other.outlet == "Reuters"


def test_short_article_is_kept_whole():
    article = clean_article(Article(id="x", text="Nga tấn công phiến quân IS ở Syria.", source="x.txt"))
    assert article.text == "Nga tấn công phiến quân IS ở Syria."


# --- the development corpus ---------------------------------------------------------------------------------

def gold_sentences(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        # The end mark "/." is furniture; collapse runs of spaces as cleaning does.
        out.setdefault(row["doc"], set()).add(" ".join(row["sentence"].replace("./.", ".").split()))
    return out


def assert_gold_survives(docs: Path, gold: dict[str, set[str]]) -> None:
    cleaned = {a.id: clean_article(a) for a in read_articles([docs])}
    missing = [(doc, s) for doc, sents in sorted(gold.items()) for s in sorted(sents)
               if s not in cleaned[Path(doc).stem].text]
    assert missing == []


def test_gold_sentences_survive_cleaning_on_the_uncleaned_slice():
    assert_gold_survives(DEV / "docs", gold_sentences(DEV / "gold_sentences.jsonl"))


@pytest.mark.skipif(not (SHARED_DEV / "gold.jsonl").exists(), reason="../shared/dev not present")
def test_gold_sentences_survive_cleaning_on_the_whole_dev_corpus():
    gold = gold_sentences(SHARED_DEV / "gold.jsonl")
    assert len(gold) == 30
    assert_gold_survives(SHARED_DEV / "docs", gold)


def dev(doc: str) -> Article:
    [article] = list(read_articles([DEV / "docs" / f"{doc}.txt"]))
    return clean_article(article)


def test_inline_captions_end_mark_and_bylines_are_removed():
    d001, d004, d009, d019 = dev("d001"), dev("d004"), dev("d009"), dev("d019")
    assert "Đoàn xe cứu trợ của chính phủ Syria sau đó bị máy bay tiêm kích của Mỹ tấn công" not in d001.text
    assert "Hồng Nhung" not in d001.text and "/." not in d001.text
    assert d001.text.endswith("là “mối đe dọa” đối với Mỹ và các đối tác.")
    assert d001.outlet == "VOV"
    assert "Tổng thống Nga Putin bắt tay người đồng cấp Mỹ Donald Trump" not in d009.text
    assert "Ảnh: Reuters" not in d009.text and "Mời quý độc giả" not in d009.text and "AMN" not in d009.text
    assert "Như tin tức đã đưa, ngày 7/7, Tổng thống Nga Vladimir Putin" in d009.text
    assert "Tổng thống Duterte trong cuộc họp báo ngày 11/6." not in d019.text
    assert d019.text.endswith("khoảng 50-100 người tại miền nam nước này.")
    assert d004.title is None
    assert d004.text.startswith("Phát biểu nhân chuyến thăm không báo trước")
    for line in ("(Ảnh: TASS)", "(Ảnh: Getty)", "Minh Phương", "Theo AFP, Reuters"):
        assert line not in d004.text
    assert "\n\nUkraine hoan nghênh\n\n" in d004.text  # a subheading between body paragraphs stays


def cleaned_text(text: str) -> str:
    return clean_article(Article(id="pasted", text=text, source="pasted.txt")).text


def test_a_caption_ending_in_a_dashed_credit_is_dropped():
    text = ("Mỹ và Trung Quốc nối lại đàm phán thương mại\n\n"
            "Thủ tướng Ấn Độ Narendra Modi (trái) bắt tay Tổng thống Indonesia Joko Widodo tại Jakarta ngày 30-5 - "
            "Ảnh: REUTERS\n\n"
            "Hai bên đã nhất trí nâng cấp quan hệ lên đối tác chiến lược toàn diện trong cuộc hội đàm kéo dài hai giờ, "
            "theo thông cáo chung được công bố sau đó - một bước tiến mới trong quan hệ song phương.")
    cleaned = cleaned_text(text)
    assert "Ảnh: REUTERS" not in cleaned and "bắt tay Tổng thống Indonesia" not in cleaned
    assert cleaned.endswith("một bước tiến mới trong quan hệ song phương.")


def test_a_related_story_teaser_inside_the_body_is_dropped():
    text = ("Triều Tiên phóng tên lửa đạn đạo\n\n"
            "Hàn Quốc và Nhật Bản đã triệu tập cuộc họp khẩn sau vụ phóng.\n\n"
            "Xem thêm > > Tên lửa rơi sát Nga, Putin cảnh báo đừng uy hiếp Triều Tiên\n\n"
            "Xem thêm: Mỹ cân nhắc trừng phạt mới\n\n"
            "Giới chức Mỹ cho biết Washington đang theo dõi sát tình hình trên bán đảo.")
    cleaned = cleaned_text(text)
    assert "Putin cảnh báo" not in cleaned and "trừng phạt mới" not in cleaned
    assert "Hàn Quốc và Nhật Bản đã triệu tập cuộc họp khẩn sau vụ phóng." in cleaned
    assert cleaned.endswith("Washington đang theo dõi sát tình hình trên bán đảo.")


# --- fuzz ---------------------------------------------------------------------------------------------------

LINES = st.sampled_from(["Tin liên quan", "(Ảnh: Reuters)", "Ảnh: AFP.", "Minh Phương", "Theo vov.vn", "/.",
                         "VOV.VN - ", ">>> Mời quý độc giả", "Nga và Mỹ nhất trí hợp tác.", "\n", "\n\n", " "])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=80), LINES), max_size=30))
def test_fuzz_clean_never_crashes_and_keeps_only_text_it_was_given(parts):
    text = "".join(parts)
    article = clean_article(Article(id="f", text=text, source="f.txt"))
    given = iter("".join(text.split()))
    # a caption sentence dropped inside a paragraph ("… (Ảnh: AFP) Ông …") joins its neighbours, so the kept text is
    # the given text in order with pieces left out: a subsequence of it, spaces aside
    for paragraph in paragraphs(article):
        assert all(ch in given for ch in "".join(paragraph.split()))
