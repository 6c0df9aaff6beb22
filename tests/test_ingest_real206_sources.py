"""Source shapes from the real206-211 pages: a site's address printed with its 'www.' in the source
label is the site without it; a writer's and photographer's credit printed in the source's slot, a
class of bodies filed as the source ('Министерства и ведомства') and a paper abroad that a Russian
lead says 'writes' it name no source of the page; an outlet and then its writers after a double dash
is the outlet. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def _zh_page(label_line: str) -> str:
    return f"两国签署新的经贸合作协议\n\n{label_line}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"


@pytest.mark.parametrize("label, site", [
    ("时间:2018年11月26日 来源:www.steppe-trade.cn 作者:张良", "steppe-trade.cn"),
    ("发布时间:2019-03-02 来源:WWW.Kumtor-Portal.kz", "Kumtor-Portal.kz"),
    ("日期:2020年5月6日 来源：www.yurta-news.com.cn 点击:12", "yurta-news.com.cn"),
])
def test_a_sites_address_with_its_www_in_the_source_label_is_the_site_without_it(label, site):
    article = parse(_zh_page(label))
    assert article is not None
    assert article.source == site


@pytest.mark.parametrize("label", [
    "[发布单位:     来源:文/国际交流处 杨国科 图/新闻中心 王净    发布时间:2014-11-17]",
    "来源:图/宣传部 李明 文/外事办 张华    发布时间:2016-05-12",
    "来源:撰文:学院办公室 赵刚    日期:2021-09-30",
])
def test_a_writers_and_photographers_credit_in_the_source_slot_names_no_source(label):
    article = parse(_zh_page(label))
    assert article is not None
    assert article.source is None


@pytest.mark.parametrize("label, outlet", [
    ("作者:左超 杨抒燕    发布日期:2023/4/11 22:08:39    来源:草原发布--左超 杨抒燕 马正麟部分内容整合自新华社、", "草原发布"),
    ("发布日期:2022/1/5 来源:塔城日报——王明、李华", "塔城日报"),
    ("来源:丝路在线－－赵强 钱进 综合整理    发布时间:2020-07-01", "丝路在线"),
])
def test_an_outlet_then_its_writers_after_a_double_dash_is_the_outlet(label, outlet):
    article = parse(_zh_page(label))
    assert article is not None
    assert article.source == outlet


@pytest.mark.parametrize("category", [
    "Министерства и ведомства",
    "Пресс-службы, СМИ",
    "Органы власти",
    "Government agencies",
])
def test_a_class_of_bodies_filed_as_the_source_names_no_outlet(category):
    text = (f"Стороны договорились о новых поставках\n\n21 марта 2023 г. 16:41\n\nТип материала: Новость\nИсточник: {category}\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    article = parse(text)
    assert article is not None
    assert article.source is None


@pytest.mark.parametrize("paper", ["Gazeta Wyborcza", "The Guardian", "Neue Zürcher Zeitung"])
def test_a_paper_abroad_that_a_russian_lead_says_writes_it_is_cited_not_the_source(paper):
    text = (f"Министр посетит соседнюю страну\n\nМинистр иностранных дел посетит соседнюю страну в сентябре, пишет {paper}.\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    article = parse(text)
    assert article is not None
    assert article.source is None


EN_LEAD = ("Deputy Prime Minister on Monday received the visiting Deputy Minister of Foreign Affairs who is attending the "
           "session of the intergovernmental committee.")
ZH_LEAD = "6月2日下午,副总理兼外交部长在首都会见了正在访问的对外关系部部长,双方就深化两党两国合作交换了意见。"


@pytest.mark.parametrize("standfirst", [f"VGP – {EN_LEAD}", f"VGP - {EN_LEAD}", f"Kazinform — {EN_LEAD}", f"VGP - {ZH_LEAD}"])
def test_an_outlets_name_and_a_dash_opening_the_standfirst_over_the_stamp_is_the_source(standfirst):
    story = ZH_STORY if "月" in standfirst else EN_STORY
    text = (f"Print article\n\nThe two countries enhance cooperation\n\n{standfirst}\n\nNovember 06, 2012 8:42 AM GMT+7\n\n"
            f"{story}\n\n{story}\n")
    article = parse(text)
    assert article is not None
    assert article.source in ("Vietnam Government Portal", "Kazinform")


@pytest.mark.parametrize("label", ["(Taken from Prensa Latina)", "(Reprinted from the Xinhua)", "(Tomado de Prensa Latina)",
                                   "[Взято с сайта ТАСС]"])
def test_a_bracketed_taken_from_label_under_the_story_names_its_source(label):
    text = f"The two countries enhance cooperation\n\nMay 25, 2021\n\n{EN_STORY}\n\n{EN_STORY}\n\n{label}\n"
    article = parse(text)
    assert article is not None
    assert article.source in ("Prensa Latina", "Xinhua", "TASS")


@pytest.mark.parametrize("ending", ["EFE", "– AFP", "(AFP)", "/EFE/"])
def test_a_wires_bare_name_closing_the_last_paragraph_is_the_source(ending):
    text = (f"The two countries enhance cooperation\n\nMay 25, 2021\n\n{EN_STORY}\n\n"
            f"The fund was set up at the beginning of the decade with money from both governments. {ending}\n")
    article = parse(text)
    assert article is not None
    assert article.source in ("EFE", "AFP")


@pytest.mark.parametrize("ending", ["NATO", "(EU)"])
def test_a_bodys_abbreviation_closing_the_last_paragraph_is_no_source(ending):
    text = (f"The two countries enhance cooperation\n\nMay 25, 2021\n\n{EN_STORY}\n\n"
            f"The fund was set up at the beginning of the decade with money from both governments. {ending}\n")
    article = parse(text)
    assert article is not None
    assert article.source is None
