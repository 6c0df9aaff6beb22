"""Layout rules from the real109-120 pages: a language menu ('ru en kk', 'Change language:
English'), a link back to the front page, a repost's credit, a reporter's credit alone on its line
and two people's names joined by 'и' (a caption) are no headlines. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse

ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("chrome", ["ru en kk", "RU | KK | EN", "Change language: English", "Выбрать язык: Русский",
                                    ">> 返回某某网首页", "返回首頁"])
def test_a_language_menu_or_home_link_is_chrome(chrome):
    assert line_kind(chrome) == "chrome"


def test_a_language_menu_over_an_english_story_is_no_headline():
    text = f"ru en kk\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).title != "ru en kk"


def test_a_language_label_over_a_headline_is_no_headline():
    title = "Envoys of two neighbours to meet in Vienna in spring"
    text = f"Change language: English\n\n{title}\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).title == title


def test_a_home_link_is_no_headline():
    text = f">> 返回某某网首页\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title != ">> 返回某某网首页"


@pytest.mark.parametrize("credit", ["本文转自:某某社", "文章转载自：某某日报", "某某云/某某日报记者 王明", "本报记者 王明 李华"])
def test_a_repost_or_reporter_credit_is_no_headline(credit):
    text = f"{credit}\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title != credit


def test_a_headline_about_reporters_is_kept():
    title = "两国记者代表团在首都举行交流活动"
    assert parse(f"{title}\n\n2022-12-08 08:03:00\n\n{ZH_STORY}\n{ZH_STORY}\n").title == title


@pytest.mark.parametrize("caption", ["Иван Петров и Омар Хан", "Анна Сидорова и Мухаммед Бен Халид аль-Рашид"])
def test_two_names_joined_are_no_headline(caption):
    text = f"{caption}\n\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).title != caption


def test_a_russian_headline_with_names_is_kept():
    title = "Иван Петров и Омар Хан обсудили торговлю"
    assert parse(f"{title}\n\n{RU_STORY}\n{RU_STORY}\n").title == title


RU_DATED_LEAD = ("14 марта в Бишкеке при участии министров иностранных дел двух соседних республик и "
                 "представителей деловых кругов прошло третье заседание совместной комиссии по торговле")


def test_a_long_line_opening_with_its_day_is_a_lead_not_a_headline():
    text = f"Автор: Иван Петров\n\n{RU_DATED_LEAD}\n\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).title != RU_DATED_LEAD


def test_a_short_headline_opening_with_its_day_is_kept():
    title = "14 марта: министры двух стран обсудят торговлю"
    text = f"{title}\n\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).title == title


def test_a_keyword_run_ending_in_a_stray_mark_is_chrome():
    assert line_kind("在线视频,手机在线观看,国产精品高清,免费在线电影,高清视频下载,最新电视剧 ?") == "chrome"


def test_two_chinese_names_split_by_a_stray_mark_are_no_headline():
    text = f"王小明?李華\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title != "王小明?李華"
