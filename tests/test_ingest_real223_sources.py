"""Source shapes from the real223, 224 and 229 pages: a bare ministry's state told by the page (Taiwan's
or the PRC's), a paid product's label and a paper's regional edition read as the outlet, a wire's
reporter line over a portal's stamp, a Chinese paper's print credit, a qualified source label in
brackets, a site's greeting without its site word, a mission's own headline. Texts written for the
tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, ZH_STORY, parse

ZH_TWO = f"{ZH_STORY}\n\n{ZH_STORY}"
TW_STORY = ("雙方就經貿、交通與能源領域的合作交換意見,同意在秋季再次會晤,共同審議工業園區計畫的進展,"
            "並表示將繼續推動兩國務實合作不斷取得新成果。")
TW_TWO = f"{TW_STORY}\n\n{TW_STORY}"


@pytest.mark.parametrize("masthead, named", [
    ("2025-04-19 | 外交部", "訪問臺灣"),
    ("2024-03-02 | 外交部", "來台訪問"),
    ("2023/11/05 外交部", "中華民國與友邦"),
])
def test_a_bare_foreign_ministry_on_a_traditional_page_speaking_for_taiwan_is_taiwans(masthead, named):
    text = f"{masthead}\n外交部歡迎友邦議長率團{named}\n\n{TW_TWO}\n"
    assert parse(text).source == "Ministry of Foreign Affairs of Taiwan"


def test_a_bare_foreign_ministry_on_a_mainland_page_stays_the_prcs():
    text = f"2025-04-19 | 外交部\n外交部发言人就友邦议长访问答记者问\n\n{ZH_TWO}\n"
    assert parse(text).source == "Ministry of Foreign Affairs of the People's Republic of China"


@pytest.mark.parametrize("label", ["來源:教育部網站", "来源:教育部网站", "來源:教育部官網"])
def test_a_bare_ministrys_site_on_a_prc_portal_is_the_prcs_ministry(label):
    text = f"當前位置: 工作動態\n\n部長會見三國教育部長\n中國政府網 2005年12月02日 {label}\n\n{TW_TWO}\n"
    assert parse(text).source == "Ministry of Education of the People's Republic of China"


@pytest.mark.parametrize("masthead, outlet", [("Caixin PRO", "Caixin"), ("Kommersant Plus", "Kommersant"), ("Caixin Insider", "Caixin")])
def test_a_paid_products_label_over_the_page_is_its_outlet(masthead, outlet):
    text = (f"{masthead}\nHomeNewsBusinessNew railway opens to traffic\n\nNew railway opens to traffic\n\n"
            f"A new line links two cities.\n\nDecember 04, 2025 / 09:37 IST\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == outlet


@pytest.mark.parametrize("credit", [
    "By Ann Lee | China Daily Africa | Updated: 2021-03-04 07:12",
    "By Ann Lee in Nairobi | China Daily Global | Updated: 2021-03-04 07:12",
    "By Ann Lee | China Daily Asia Weekly | Updated: 2021-03-04 07:12",
])
def test_a_registered_papers_edition_in_a_credit_line_is_the_paper(credit):
    text = f"Home / World\n\nNew railway opens to traffic in the east\n\n{credit}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "China Daily"


@pytest.mark.parametrize("reporter", ["新华社记者王明", "新华社驻开罗记者 张三 李四", "中新社记者 王五"])
def test_a_wires_reporter_line_outranks_the_portals_stamp(reporter):
    text = (f"首页 > 社会文化\n\n某国举办春节音乐会\n\n中国金融信息网2017年01月16日16:50分类:社会文化\n\n{reporter}\n\n"
            f"某城(STEPPEFIN.COM)--某城消息:{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source in ("Xinhua", "China News Service")


def test_a_photographers_credit_is_no_reporter_line():
    text = (f"首页 > 社会文化\n\n某国举办春节音乐会\n\n中国金融信息网2017年01月16日16:50分类:社会文化\n\n新华社记者王明摄\n\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source != "Xinhua"


@pytest.mark.parametrize("credit", [
    "  《 人民日报 》( 2017年01月22日 03 版)",
    "《人民日报》(2017年1月22日 第3版)",
    "(《人民日报》2017-01-22 第A3版)",
])
def test_a_chinese_papers_print_credit_under_the_story_names_the_paper(credit):
    text = f"首页 > 历史\n\n某地举办文化艺术展览\n\n{ZH_TWO}\n\n{credit}\n"
    assert parse(text).source == "People's Daily"


@pytest.mark.parametrize("label", ["(新闻来源:中国新闻网)", "（文章来源：中国新闻网）", "(資訊來源:中國新聞網)"])
def test_a_qualified_source_label_in_brackets_under_the_story(label):
    text = f"首页>>文化动态\n\n某地举办文化艺术展览\n\n{ZH_TWO}\n\n        2008-06-19\n        {label}\n"
    assert parse(text).source == "China News Service"


@pytest.mark.parametrize("greeting", [
    "欢迎来到中共广东省委外事工作委员会办公室(广东省人民政府外事办公室)",
    "欢迎来到广东省人民政府外事办公室",
    "歡迎光臨廣東省人民政府外事辦公室!",
])
def test_a_sites_greeting_naming_its_office_without_the_site_word(greeting):
    text = f"{greeting}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).source == "Foreign Affairs Office of the People's Government of Guangdong Province"


@pytest.mark.parametrize("headline, source", [
    ("驻巴拿马使馆与巴拿马国会对外关系委员会举行线上交流", "Embassy of the People's Republic of China in Panama"),
    ("中国驻胡志明市总领馆举办奖学金获得者交流会", "Consulate General of the People's Republic of China in Ho Chi Minh City"),
    ("驻巴拿马大使馆举办开放日活动", "Embassy of the People's Republic of China in Panama"),
])
def test_a_missions_headline_naming_itself_first_is_its_own_page(headline, source):
    text = f"首页 使馆信息\n{headline}\n2021-06-01 08:35\n\n{ZH_TWO}\n"
    assert parse(text).source == source
