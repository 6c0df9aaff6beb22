"""Layout rules from the real223-229 pages (official pages, business news, culture and education exchanges): a row
of labelled fields run together without spaces is split into its items; a content system's administrator credited
as the writer is no writer; an outline's numbered item is no headline; a Chinese headline sharing its line with
the labelled stamp after a space; a headline's second copy with the channel's name after it. Texts written for
the tests."""
from __future__ import annotations

import pytest

from despatch.ingest.lines import label_row_apart
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_HEADLINE = "Ministers discuss a freight corridor"
RU_HEADLINE = "Министры обсудили грузовой коридор"
ZH_HEADLINE = "两国部长在首都讨论新的货运走廊项目"


def _page(headline: str, row: str, story: str):
    return parse(f"{headline}\n\n{row}\n\n{story}\n\n{story}\n")


@pytest.mark.parametrize("row,source", [
    ("Source: Harbour TimesEditor: Ann Vale03-03-2024 10:06", "Harbour Times"),
    ("Release time:2024-03-03 10:20    Source:Northern Dailyfont-size:AAA", "Northern Daily"),
    ("Date: 2024-03-03Source: Harbour TimesAuthor: Ann Vale", "Harbour Times"),
    ("Published: 03.03.2024 | Source: Northern Daily (ND)Photo: Tom Reed", "Northern Daily"),
])
def test_a_label_row_run_together_gives_its_source_alone(row, source):
    article = _page(EN_HEADLINE, row, EN_STORY)
    assert article.source == source
    assert article.date.isoformat() == "2024-03-03"


@pytest.mark.parametrize("row,items", [
    ("Source: Harbour TimesEditor: Ann Vale", ["Source: Harbour Times", "Editor: Ann Vale"]),
    ("Источник: Северный ВестникАвтор: Иван Петров", ["Источник: Северный Вестник", "Автор: Иван Петров"]),
    ("Источник: СЕВЕРПРЕССРедактор: Иван Петров", ["Источник: СЕВЕРПРЕСС", "Редактор: Иван Петров"]),
    ("来源:某某日报责任编辑:王五", ["来源:某某日报", "责任编辑:王五"]),
    ("来源：某某网本报记者：李四", ["来源：某某网", "本报记者：李四"]),
    ("来源:某某网执行编辑:王五", ["来源:某某网", "执行编辑:王五"]),
    ("Time:10:20 Source:Coast Dailyfont-size:AAA", ["Time:10:20 Source:Coast Daily", "font-size:AAA"]),
])
def test_a_label_row_is_split_before_each_glued_label(row, items):
    assert label_row_apart(row).split("    ") == items


@pytest.mark.parametrize("text", [
    "Opinion: the Update: a newsletter of the mandate: review",  # labels in small letters are words, not glued items
    "The OpenSource: a column about code",  # no label before the glued one: no row of fields
    "他说:来源地的问题",
    "Опрос: Соавтор: кто это",
    "来源:某某新闻客户端 作者: 发表时间:2024-03-03 10:07",  # a compound label is split before its first word only
])
def test_a_line_without_glued_label_items_is_left_alone(text):
    assert label_row_apart(text) == text


def test_a_chinese_label_row_run_together_gives_its_writer():
    article = _page(ZH_HEADLINE, "来源：某某网作者：李四 2024-03-03", ZH_STORY)
    assert article.author == "李四"


@pytest.mark.parametrize("row,story,headline", [
    ("日期:2024-03-03 / 浏览:675次 / 作者:管理员", ZH_STORY, ZH_HEADLINE),
    ("发布时间：2024-03-03  作者：网站管理员", ZH_STORY, ZH_HEADLINE),
    ("2024-03-03 编辑:admin", ZH_STORY, ZH_HEADLINE),
    ("03.03.2024 | Автор: Администратор", RU_STORY, RU_HEADLINE),
    ("March 3, 2024 | Author: Administrator", EN_STORY, EN_HEADLINE),
])
def test_an_administrator_account_is_no_writer(row, story, headline):
    article = _page(headline, row, story)
    assert article.author is None
    assert article.date.isoformat() == "2024-03-03"


def test_a_named_writer_beside_the_row_is_still_read():
    assert _page(ZH_HEADLINE, "日期:2024-03-03 / 浏览:675次 / 作者:李四", ZH_STORY).author == "李四"


@pytest.mark.parametrize("mark", ["(一)", "（二）", "三、", "(1)"])
def test_an_outlines_numbered_item_that_the_lead_retells_is_no_headline(mark):
    text = ("本部例行新闻说明会纪要\n\n发布时间:2024-03-03\n\n一、时间:上午10时\n\n二、地点:新闻中心\n\n"
            f"{mark}北方议会代表团访问南方港口城市\n\n北方议会代表团应邀于3月1日至5日访问南方港口城市,"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) == "本部例行新闻说明会纪要"


@pytest.mark.parametrize("label", ["发布时间", "發佈時間", "日期", "发表时间"])
def test_a_chinese_headline_sharing_its_line_with_a_labelled_stamp_under_a_section_label(label):
    text = f"媒体报道\n\n某某日报:两国企业签署粮食进口协议 {label}:2024-03-03\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == "某某日报:两国企业签署粮食进口协议"


@pytest.mark.parametrize("headline,name,story", [
    ("两国贸易同比增长8.9%!区域合作盘活冷链运输网络!", "某某物流", ZH_STORY),
    ("两国企业签署粮食进口协议!首批货物已经抵达!", "某某财经频道", ZH_STORY),
    ("Freight up 9%! Ports expand cold chain!", "Harbour Logistics Weekly", EN_STORY),
])
def test_a_headlines_copy_with_the_channels_name_after_it_gives_the_headline(headline, name, story):
    text = f"Channel\n\n{headline}\n\n{headline} {name}\n2024-03-03\n\n{story}\n\n{story}\n"
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("text", [
    "Please report this message and include the following information to us.",
    "Please contact the system administrator.",
    "The requested URL /news/a.html was not found on this server.",
    "If you think this is a server error, please contact the webmaster.",
    "Пожалуйста, сообщите об ошибке администратору сайта.",
    "请与网站管理员联系",
])
def test_an_error_pages_request_to_report_it_is_chrome(text):
    assert line_kind(text) == "chrome"


def test_a_papers_name_before_a_labelled_stamp_is_no_headline():
    article = parse(f"某某晚报 时间:2024-03-03\n本报讯 {ZH_STORY}\n{ZH_STORY}\n")
    assert read_title(article) != "某某晚报"


@pytest.mark.parametrize("badge,headline,story", [
    ("новость", "Посол Северии вызван в министерство", RU_STORY),
    ("фоторепортаж", "В столице открылась выставка ремёсел", RU_STORY),
    ("video", "Ministers open a freight corridor", EN_STORY),
    ("інтерв'ю", "Посол Северии о торговле", RU_STORY),
])
def test_a_type_badge_in_small_letters_before_the_headline_is_no_part_of_it(badge, headline, story):
    assert read_title(parse(f"{badge} {headline}\n\n03.03.2024\n\n{story}\n\n{story}\n")) == headline
