"""Layout rules from the real139-141 pages: a picture's caption with its credit after no stop ('… Photo: VCG',
'… - Press Photo'), a standfirst printed twice whose sentence the article goes on with, a headline with its stop
printed twice at the top, a sentence pointing back at what was said ('Об этом …'), a teaser cut short after a
title's abbreviation ('Mr. Lee …'), an outlet's name with a headline after its dash, and a Chinese page's print
and close buttons, neighbouring stories' links, share prompt and 'you are here' label. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title
from despatch.ingest.text import propose_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("line", [
    "打印本文打印本文 关闭窗口关闭窗口", "打印本文 关闭窗口",
    "3 上一篇  下一篇 4 放大 缩小 默认", "上一篇 下一篇",
    "喜歡就分享這篇文章", "分享这篇文章", "Share this article",
    "你當前的位置:首頁正文", "您目前所在的位置：首页 > 新闻"])
def test_chinese_page_buttons_are_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [ZH_TITLE, "两国签署分享经验的合作协议", "代表团参观了新位置的工业园"])
def test_headlines_are_not_chrome(line):
    assert line_kind(line) != "chrome"


def test_a_print_button_row_over_the_headline_is_passed_over():
    text = f"打印本文打印本文 关闭窗口关闭窗口\n\n{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


def test_a_share_prompt_alone_over_a_wire_story_is_no_headline():
    text = f"喜歡就分享這篇文章\n【新華社某地8日電】{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None


def test_a_proposed_title_drops_the_wire_datelines_closing_bracket():
    assert propose_title("】某国总统8日在首都会见代表团。双方讨论合作。", dateline_read=True) == "某国总统8日在首都会见代表团"


@pytest.mark.parametrize("caption", ["Two delegations at the border Photo: VCG",
                                     "The two presidents shake hands after the talks - Press Photo"])
def test_a_caption_with_its_credit_is_no_headline(caption):
    text = f"{EN_TITLE}\n{caption}\n\n{caption}\n\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == EN_TITLE


@pytest.mark.parametrize("line", ["Photo gallery of the summer festival in the old town",
                                  "Minister opens photo exhibition on friendship between towns"])
def test_headlines_about_photos_stay_headlines(line):
    text = f"{line}\n\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == line


def test_a_standfirst_printed_twice_that_the_article_goes_on_with_is_no_headline():
    cut = "The park's largest investor is one of the biggest holdings in the region, now running projects worth $20bn"
    text = (f"{EN_TITLE}\n\n{cut}\n{cut}\n\nBuilders started work on a hotel with a tennis court\n\n"
            f"in a dozen countries, with part of the money spent here. {EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE


def test_a_headline_with_its_stop_printed_twice_is_the_headline():
    head = "Губернатор встретился с делегацией побратимского района."
    text = f"{head}\n{head}\n\nДелегация района прибыла в область. {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == head


def test_a_sentence_with_its_stop_printed_once_over_another_lead_is_no_headline():
    head = "Губернатор встретился с делегацией побратимского района."
    text = f"{head}\n{RU_STORY} {RU_STORY}\n{RU_STORY}\n"
    assert read_title(parse(text)) is None


def test_a_sentence_pointing_back_is_no_headline():
    text = ("2023-1-11 03:55 |\nОб этом в беседе с агентством заявил посол республики.\n"
            "Стороны могут досрочно нарастить объем торговли до 200 млрд долларов, заявил посол республики.\n"
            "Подробнее читайте на example.ru ...\n")
    assert read_title(parse(text)) is None


def test_teasers_cut_short_after_an_abbreviation_stand_over_the_headline():
    text = ("Related stories\n-\nActivist launches bid for the town council\n"
            "Apart from Mr. Lee, six persons have already said they would run in this year's election...\n"
            "- Rescuers stage a large exercise at the sports center\n- Residents celebrate the end of the winter\n"
            f"{EN_TITLE}\nA new river bridge opened on Friday between the two border towns. {EN_STORY}\n{EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE


def test_an_outlets_name_with_a_headline_after_its_dash_is_the_headline():
    head = "Харбинский политехнический университет – давняя история дружбы с соседями"
    text = f"{head}\n\n{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == head


@pytest.mark.parametrize("line", ["Харбинский политехнический университет – Официальный сайт",
                                  "Харбинский политехнический университет"])
def test_an_outlets_name_with_its_slogan_stays_its_masthead(line):
    assert line_kind(line) == "source"
