"""Dateline rules from the real221-226 pages: a release's place-and-date line printing the date after the place with
a space alone (its state's initials between them perhaps), and cities of Latin America's ports in the forms Chinese
and Russian trade news print them. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("place_line, city, day", [
    ("Washington, D.C. August 29, 2016", "Washington", dt.date(2016, 8, 29)),
    ("Washington, DC 29 August 2016", "Washington", dt.date(2016, 8, 29)),
    ("Kathmandu 23 April 2023", "Kathmandu", dt.date(2023, 4, 23)),
    ("New Delhi March 5, 2024", "New Delhi", dt.date(2024, 3, 5)),
    ("Москва 5 июля 2024 г.", "Moscow", dt.date(2024, 7, 5)),
])
def test_a_place_and_date_line_over_the_headline_with_a_space_before_the_date(place_line, city, day):
    story = RU_STORY if place_line[0] in "МВ" and not place_line.isascii() else EN_STORY
    headline = "Визит министра в столицу" if story is RU_STORY else "Minister visits the capital"
    article = parse(f"{place_line}\n\n{headline}\n\n{story}\n\n{story}\n")
    assert article.dateline == city
    assert article.date == day


def test_a_place_and_words_after_it_are_no_place_and_date_line():
    article = parse(f"Minister visits the capital\n\nMinsk talks continue 5 March 2024\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert article.dateline is None


@pytest.mark.parametrize("opening, city", [
    ("新华社钱凯11月14日电 ", "Chancay"),
    ("新華社錢凱11月14日電 ", "Chancay"),
    ("新华社卡亚俄3月2日电 ", "Callao"),
    ("新华社卡塔赫纳5月20日电 ", "Cartagena"),
])
def test_a_chinese_wire_dateline_from_a_latin_american_port(opening, city):
    article = parse(f"两国港口合作取得新进展\n\n2024年11月14日\n\n{opening}{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.dateline == city


def test_a_russian_wire_dateline_from_a_latin_american_port():
    article = parse(f"Порт начал принимать суда\n\n14 ноября 2024\n\nЧАНКАЙ, 14 ноября. /ТАСС/. {RU_STORY}\n\n{RU_STORY}\n")
    assert article.dateline == "Chancay"
