"""Layout and chrome rules from the real206-211 pages: a masthead broken in two over the headline is not the
headline's first half; a line with a web address is never the headline; a comment button or counter glued to the
headline, a rubric after a Russian headline or a rubric and region row over it are the page's; a list row's date cell
and headline cell are split. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse


@pytest.mark.parametrize("masthead, country", [
    ("The Official Website of the", "Republic of Uzbekistan"),
    ("Ministry of Foreign Affairs of the", "Kyrgyz Republic"),
    ("The Press Service of the", "Republic of Tajikistan"),
])
def test_a_masthead_broken_over_a_country_name_is_not_joined_to_the_headline(masthead, country):
    text = (f"{masthead}\n{country}\nOn the working visit of the Minister to the Neighbouring Capital\n"
            f"2019-03-12 | Politics\n{EN_STORY}\n{EN_STORY}\n")
    article = parse(text)
    assert article.title == "On the working visit of the Minister to the Neighbouring Capital"


def test_a_headline_broken_over_two_lines_is_still_joined():
    text = (f"Regional universities hold an online symposium with\n\nPartner colleges of the northern provinces\n\n"
            f"March 12, 2019\n\n{EN_STORY}\n\n{EN_STORY}\n")
    article = parse(text)
    assert article.title == "Regional universities hold an online symposium with Partner colleges of the northern provinces"


@pytest.mark.parametrize("header", [
    "- examplegov.hu - https://2015-2022.examplegov.hu/minister-met-his-counterpart/ -",
    "Example Portal - http://www.example-portal.org/news/minister-met-his-counterpart",
    "Printed from www.example-portal.net/en/news/12345",
])
def test_a_print_views_line_with_the_pages_address_is_never_the_headline(header):
    text = f"{header}\n\nMinister met his counterpart from the southern republic\n\n{EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.title == "Minister met his counterpart from the southern republic"


@pytest.mark.parametrize("button", ["我要评论", "【我要纠错】", "发表评论", "我來說兩句"])
def test_a_comment_button_glued_to_a_chinese_headline_is_dropped(button):
    text = (f"首页 > 国际 > 新闻\n\n某国第三所孔子学院在南部城市揭牌 {button}\n\n"
            f"2016-12-28 19:21:20 来源:某某网\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    article = parse(text)
    assert article.title == "某国第三所孔子学院在南部城市揭牌"


@pytest.mark.parametrize("counter", ["4", "12", "305"])
def test_a_comment_counter_glued_to_a_russian_headline_is_dropped(counter):
    text = f"Министр обсудит с партнёрами поставки зерна{counter}\n{RU_STORY}\n{RU_STORY}\n"
    article = parse(text)
    assert article.title == "Министр обсудит с партнёрами поставки зерна"


def test_latin_digits_run_on_a_word_stay_in_the_headline():
    text = f"Regional forum discusses Web3\n\n{EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.title == "Regional forum discusses Web3"


@pytest.mark.parametrize("row", ["Политика Астраханская область", "Экономика Пермский край", "Общество Республика Алтай",
                                 "Происшествия Москва"])
def test_a_rubric_and_region_row_over_the_story_is_chrome(row):
    assert line_kind(row) == "chrome"


def test_a_rubric_and_region_row_gives_way_to_the_headline_under_the_picture_credit():
    text = (f"26 февраля 2026\nЭкономика Пермский край\nФото: пресс-служба\n\n"
            f"Поставки зерна и совместные проекты обсуждали на встрече в краевом центре\n\n{RU_STORY}\n\n{RU_STORY}\n")
    article = parse(text)
    assert article.title == "Поставки зерна и совместные проекты обсуждали на встрече в краевом центре"


def test_a_subject_and_place_heading_of_other_words_is_left_alone():
    assert line_kind("Политика памяти") != "chrome"


@pytest.mark.parametrize("rubric", ["Политика", "Экономика", "Общество", "В мире"])
def test_a_rubric_printed_after_a_russian_headline_on_its_line_is_dropped(rubric):
    text = (f"Область и соседняя республика создали рабочую группу по сотрудничеству {rubric}\n\n"
            f"Фото: пресс-служба\n\n{RU_STORY}\n\n{RU_STORY}\n")
    article = parse(text)
    assert article.title == "Область и соседняя республика создали рабочую группу по сотрудничеству"


def test_a_name_at_the_end_of_a_russian_headline_stays():
    text = f"Делегация области посетила завод Политехник\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.title == "Делегация области посетила завод Политехник"


@pytest.mark.parametrize("row, date", [
    ("04.06.2002  Город у реки: открылась ярмарка товаров из соседних стран", dt.date(2002, 6, 4)),
    ("2002-06-04\tГород у реки: открылась ярмарка товаров из соседних стран", dt.date(2002, 6, 4)),
    ("04/06/2002    Город у реки: открылась ярмарка товаров из соседних стран", dt.date(2002, 6, 4)),
])
def test_a_list_rows_date_cell_and_headline_cell_are_split(row, date):
    text = f"{row}\n\n{RU_STORY}\n{RU_STORY}\n"
    article = parse(text)
    assert article.title == "Город у реки: открылась ярмарка товаров из соседних стран"
    assert article.date == date

