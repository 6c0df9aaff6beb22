"""Date and dateline rules from the real200-205 pages: a dated sign-off read under a print view's
link to the page; a yearless stamp under the headline in the year of the story's latest past date;
a wire's yearless dateline in the year of the page's dated address whose day it shares; a time as
the next item of the story's details; a slash closing an agency's tag; a Chinese city name with
干 printed with 乾 by a converter. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

RU_MORE = ("Предприятие рассчитывает, что первые поставки оборудования начнутся уже в следующем квартале, "
           "а совместная сервисная служба откроется в областном центре до конца года.")


@pytest.mark.parametrize("footer", [
    "Ссылка на текущий документ:\nhttp://example-portal.kz/news/10-0/1/75672\nТекущая дата: 22.11.2024",
    "Ссылка на текущий документ: http://example-portal.kz/news/6-0/124/39255\nТекущая дата: 17.11.2024",
    "Постоянный адрес страницы: https://example-portal.by/a/3-411/19/53486",
    "Permalink: https://example-portal.com/story/3-411/19/53486\nCurrent date: 23.11.2024",
])
def test_a_dated_sign_off_over_a_print_views_link_to_the_page_dates_the_story(footer):
    text = f"Стороны договорились о новом проекте\n\n{RU_STORY}\n\n{RU_MORE}\n\nТелеканал Пример, 27 октября 2024\n{footer}"
    assert parse(text).date == dt.date(2024, 10, 27)


@pytest.mark.parametrize("stamp, time", [("11:26, 12 February", "11:26"), ("12 February, 11:26", "11:26"),
                                         ("12 February", None)])
def test_a_yearless_stamp_takes_the_year_of_the_latest_past_date_the_story_tells(stamp, time):
    text = (f"Sides to sign a new agreement\n\n{stamp}\n\nThe government will sign a cooperation agreement with "
            f"the regional authorities.\n\nThe decision was formalised by a resolution of 10 February 2020 that was "
            f"published on 12 February.\n\n{EN_STORY}")
    article = parse(text)
    assert article.date == dt.date(2020, 2, 12)
    assert article.time == time


def test_a_yearless_stamp_in_russian():
    text = (f"Стороны подпишут новое соглашение\n\n14:05, 3 марта\n\nРешение оформлено постановлением от 28 февраля "
            f"2019 года, которое было опубликовано 1 марта.\n\n{RU_STORY}\n\n{RU_MORE}")
    article = parse(text)
    assert article.date == dt.date(2019, 3, 3)
    assert article.time == "14:05"


def test_a_yearless_stamp_long_after_the_storys_past_dates_stays_undated():
    text = (f"Sides to sign a new agreement\n\n11:26, 12 November\n\nThe decision was formalised by a resolution of "
            f"10 February 2020.\n\n{EN_STORY}\n\n{EN_STORY}")
    assert parse(text).date is None


@pytest.mark.parametrize("dateline, address", [
    ("МОСКВА, 8 мая - ПРАЙМ.", "https://example-prime.ru/state/20150508/809827877.html"),
    ("МОСКВА, 8 мая - ПРАЙМ.", "https://example-prime.ru/2015/05/08/809827877.html"),
    ("MINSK, May 8 (ExampleWire) –", "https://example-wire.com/news/20150508/809827877.html"),
])
def test_a_wires_yearless_dateline_takes_the_year_of_the_pages_address_on_its_day(dateline, address):
    story = RU_STORY if dateline.startswith("МОСКВА") else EN_STORY
    text = f"Стороны обсудили проекты\n\n{dateline} {story}\n\n{RU_MORE}\n\n{address}"
    assert parse(text).date == dt.date(2015, 5, 8)


def test_an_address_of_another_day_gives_no_year():
    text = f"Стороны обсудили проекты\n\nМОСКВА, 8 мая - ПРАЙМ. {RU_STORY}\n\n{RU_MORE}\n\nhttps://example-prime.ru/state/20150611/809827877.html"
    assert parse(text).date is None


@pytest.mark.parametrize("time_line", ["• 11:56", "· 11:56", "| 11:56", "- 11:56", "11:56 GMT+4", "11:56 (MSK)"])
def test_a_time_as_the_next_item_of_the_storys_details_is_the_stamps(time_line):
    text = f"The sides agree on a new project\n\n• 17 November, 2025\n{time_line}\n\n{EN_STORY}\n\n{EN_STORY}"
    article = parse(text)
    assert article.date == dt.date(2025, 11, 17)
    assert article.time == "11:56"


@pytest.mark.parametrize("dateline, city", [("Baku. 10 June. REPORT.AZ/", "Baku"), ("Astana. 10 June. EXAMPLE.KZ/", "Astana"),
                                            ("Баку. 10 июня. ПРИМЕР.AZ/", "Baku"), ("Baku, 10 June, REPORT.AZ/", "Baku")])
def test_an_agencys_tag_closed_by_a_slash_ends_the_dateline(dateline, city):
    text = f"The sides agree on a new project\n\nJune 10, 2016 11:58\n\n{dateline} {EN_STORY}\n\n{EN_STORY}"
    assert parse(text).dateline == city


@pytest.mark.parametrize("city, english", [("塔什乾", "Tashkent"), ("卡拉乾達", "Karaganda"), ("納曼乾", "Namangan")])
def test_a_city_with_gan_converted_to_qian_is_known(city, english):
    text = f"兩國加強對話\n\n某某通訊社{city}1月5日電 {ZH_STORY}\n\n{ZH_STORY}"
    assert parse(text).dateline == english


@pytest.mark.parametrize("opening, city", [("MINSK, Belarus—", "Minsk"), ("TALLINN, Estonia– ", "Tallinn"),
                                           ("ASTANA, Kazakhstan --", "Astana")])
def test_a_capitals_city_and_its_country_run_on_into_the_lead_by_a_dash(opening, city):
    text = f"{opening}{EN_STORY}\n\n{EN_STORY}\n\n{EN_STORY}"
    assert parse(text).dateline == city
