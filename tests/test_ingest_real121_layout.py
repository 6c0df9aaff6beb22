"""Layout rules from the real121-126 pages: a breadcrumb's label, a font-size widget, a site's greeting,
a subscriber count, a site's address before its home link and an image placeholder are chrome; a
reporter's credit with the photographer's after it, a Chinese caption closed by its credit or its
table cell's bar, a long Chinese sentence closed by its full stop, a lead opening with its month and
day or with an outlet's formula, a line a hard wrap broke mid-sentence are no headlines; a byline glued to the headline is cut off it.
Texts written for the tests."""
from __future__ import annotations

import textwrap

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("chrome", ["當前位置: 工作動態", "您現在的位置：首頁", "放大字体  缩小字体", "縮小字體 放大字體",
                                    "欢迎光临某某新闻网 Example.com", "歡迎訪問某某新聞 Example.com", "315,3 тыс подписчиков",
                                    "12K subscribers", "3.2万粉丝", "Example.com Home   News", "site.ru Главная",
                                    "Responsive Image Banner", "Header banner image"])
def test_a_widget_label_or_site_greeting_is_chrome(chrome):
    assert line_kind(chrome) == "chrome"


@pytest.mark.parametrize("headline", ["Home sales rise again", "Welcome to the new era of trade", "News of the ministers"])
def test_headlines_near_those_labels_stay_headlines(headline):
    assert line_kind(headline) != "chrome"


@pytest.mark.parametrize("chrome", ["當前位置: 工作動態", "放大字体  缩小字体", "欢迎光临某某新闻网 Example.com"])
def test_a_widget_over_the_headline_gives_way_to_it(chrome):
    text = f"{chrome}\n\n{ZH_TITLE}\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title == ZH_TITLE


def test_a_site_address_with_its_home_link_is_no_headline():
    title = "Farm minister raises grain exports with his counterpart at summit"
    text = f"Example.com Home   News\n\n{title}\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).title == title


def test_a_reporter_and_photographer_credit_is_no_headline():
    text = f"江城新聞記者 李明 攝影王小華\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None


@pytest.mark.parametrize("caption", ["两国领导人去年在首都会面。 某联社", "部长去年访问该国。 新华社/李明", "两国领导人在首都会面。 |"])
def test_a_chinese_caption_closed_by_its_credit_or_cell_bar_is_no_headline(caption):
    text = f"{caption}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None


def test_a_long_chinese_sentence_closed_by_its_full_stop_is_no_headline():
    lead = "某国总统去年十一月在首都欢迎邻国议会代表团来访，表示「两国在经贸、文化和科技领域的合作不断深化，邻国在地区事务中扮演了重要角色。」"
    text = f"{lead}\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None


def test_a_chinese_lead_opening_with_its_day_is_no_headline():
    lead = "5 月 1 日,一位记者向某国总统提问是否担心邻国的影响力?"
    text = f"{lead}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None


def test_an_outlets_lead_formula_is_no_headline():
    lead = "某某网消息(晚间新闻)某国国家副主席今天在首都会见了邻国前总理、某党主席王 明一行。"
    text = f"{lead}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None


def test_a_byline_glued_to_the_headline_is_cut_off():
    text = f"Ministers to tour three capitalsBy Ann Lee (Example Daily)\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).title == "Ministers to tour three capitals"


@pytest.mark.parametrize("credit", ["译| 本刊记者 王小明", "翻譯：李華", "Translated by Ann Lee",
                                    "Перевод: Иван Петров", "Перевела с английского Анна Петрова"])
def test_a_translators_credit_is_no_headline(credit):
    story = ZH_STORY if credit[0] in "译翻" else (RU_STORY if credit[0] == "П" else EN_STORY)
    text = f"{credit}\n{story}\n{story}\n"
    assert read_title(parse(text)) is None


@pytest.mark.parametrize("headline", ["Translation of the treaty is published", "Перевод денег в Китай вырос вдвое"])
def test_headlines_about_translation_stay_headlines(headline):
    story = RU_STORY if headline[0] == "П" else EN_STORY
    text = f"{headline}\n\n{story}\n{story}\n"
    assert parse(text).title == headline


@pytest.mark.parametrize("caption", ["Король соседней страны Ахмед ибн Салех Аль Фарук на приёме у министров. Архивное фото",
                                     "The foreign minister of the neighbouring kingdom speaks to reporters in the capital. File photo"])
def test_a_caption_closed_by_its_archive_note_is_no_headline(caption):
    title = ("Министр назвал исторической поездку короля в соседнюю страну" if caption[0] == "К"
             else "Minister calls the king's visit to the neighbouring country historic")
    story = RU_STORY if caption[0] == "К" else EN_STORY
    text = f"{caption}\n\n{title}\n\n{story}\n{story}\n"
    assert parse(text).title == title


@pytest.mark.parametrize("headline", ["Тракторный завод соседней страны выходит на рынок Замбии: там будут собирать технику",
                                      "Два города договорились о поставках во Францию: первый поезд уйдёт уже весной"])
def test_a_country_in_an_oblique_case_before_a_colon_is_no_speakers_deck(headline):
    text = f"{headline}\n\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).title == headline


def test_a_lead_cut_short_above_a_quoted_headline_is_no_headline():
    lead = ("In May 2014 the presidents of two neighbouring countries adopted a joint decision, in the capital, "
            "to raise their ties to a new level of partnership and to open a joint industrial park.")
    opening = lead.split(", to raise")[0]
    title = "“Our countries share trust and friendship”"
    text = f"{opening}\n\n{title}\n\n{lead}\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).title == title



def test_a_pictures_copyright_credit_with_slashes_is_no_breadcrumb_over_the_headline():
    credit = "© Агентство / Иван Петров / Перейти в фотобанкМинистр на встрече, архивное фото"
    title = "Пора договориться: новый срок президента может сблизить две страны"
    deck = "Переговоры двух министров должны привести к долгожданному примирению столиц, долго смотревших друг на друга"
    lead = "СТОЛИЦА, 8 авг — Агентство. " + RU_STORY
    text = f"{title}\n\n{credit}\nМинистр на встрече, архивное фото - Агентство\nПодписаться\n{deck}\n\n{lead}\n\n{RU_STORY}\n"
    assert parse(text).title == title


def test_a_chinese_headline_run_into_its_date_label_is_split_off():
    title = "十国官员结束对某市的访问 深化区域合作"
    text = f"|\n{title}時間:2025-10-31 某某通讯社某市讯(记者 李明) {ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title == title


def test_a_sites_list_of_regions_above_the_headline_is_no_paragraph():
    regions = ("Южный округ: Первая область, Вторая область, Третья область. Четвёртая область, "
               "Пятая область, Шестая область, Седьмая область, г.Столица.")
    title = "В крае открыты Дни соседней провинции"
    text = f"{regions}\n\n{title}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == title


def test_a_lead_naming_many_countries_stays_the_lead():
    lead = "Делегации России, Китая, Индии, Бразилии, ЮАР, Ирана и Египта приняли участие в форуме в столице."
    text = f"{lead}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) is None


WRAPPED_PARAGRAPHS = [
    "Ruritania and Freedonia signed a trade agreement here Tuesday, pledging further efforts to widen their "
    "cooperation in farming, transport and other fields.",
    "The agreement was signed during the Ruritanian premier's official visit to Freedonia.",
    "During the visit, the premier held separate talks with Freedonian President Rufus Firefly and acting Prime "
    "Minister Chicolini Marx. The leaders exchanged views and reached a broad consensus on bilateral relations "
    "and regional issues.",
    "Both sides expressed satisfaction with the steady growth of trade since the two countries established "
    "diplomatic ties fifteen years ago.",
]


def _hard_wrapped(width: int) -> str:
    return "\n".join(textwrap.fill(paragraph, width) for paragraph in WRAPPED_PARAGRAPHS) + "\n"


def test_a_line_the_wrap_broke_inside_a_hard_wrapped_text_is_no_headline():
    # 'During the visit, … with Freedonian' ends where the next word 'President' no longer fit
    assert parse(_hard_wrapped(70)).title != "During the visit, the premier held separate talks with Freedonian"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headline_over_a_hard_wrapped_lead_stays(gap):
    title = "Ruritania and Freedonia sign a trade agreement in the capital"
    assert parse(f"{title}{gap}{_hard_wrapped(70)}").title == title
