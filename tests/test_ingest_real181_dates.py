"""Dates and datelines from the real181-186 pages: a Chinese wire's dateline that names the country before a
city abroad, or writes 'city' after it, or mistypes its closing 电; a reporter's credit with the day in Chinese
numerals or with no outlet in the bracket; a long city name in a paper's bracketed dateline; a wire's credit
closing the story ('(Outlet, City)') or opening it ('(Month, day, City, Outlet)'); an outlet, a city and the
complete date before a dash; a stamp with the weekday between the day and the month; an e-paper reader's clock
over a page that dates itself without a year; a wire's yearless dateline in the year of the recent past the
story tells. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse
from despatch.ingest.dates import find_dates
from despatch.ingest.datelines import city_in_english
from despatch.ingest.settings import load_patterns

ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
EN_TITLE = "River bridge brings two border towns closer together"


@pytest.mark.parametrize("printed, city", [
    ("马来西亚关丹", "Kuantan"), ("馬來西亞關丹", "Kuantan"), ("印度尼西亚泗水", "Surabaya"),
    ("南非德班", "Durban"), ("柬埔寨某邦", "某邦"), ("明斯克市", "Minsk"), ("河内市", "Hanoi"),
])
def test_a_chinese_dateline_city_after_its_country_or_before_the_word_for_city(printed, city):
    assert city_in_english(printed, load_patterns()) == city


def test_a_city_state_or_a_listed_city_is_not_cut_at_a_country_name():
    patterns = load_patterns()
    assert city_in_english("巴西利亚", patterns) == "Brasilia"
    assert city_in_english("胡志明市", patterns) == "Ho Chi Minh City"


@pytest.mark.parametrize("opening, city", [
    ("新华社马来西亚关丹8月9日电(记者 王明)", "Kuantan"),
    ("新華社馬來西亞關丹8月9日電(記者 王明)", "Kuantan"),
    ("新华社阿根廷布宜诺斯艾利斯3月2日电", "Buenos Aires"),
    ("越通社明斯克市——", "Minsk"),
    ("某通社明斯克5月21日点 某通社报道。", "Minsk"),
    ("中新社上海3月2日讯 ", "Shanghai"),
    ("(中央社記者王明莫斯科一日專電)", "Moscow"),
    ("（中央社记者李四北京二十三日电）", "Beijing"),
    ("【某某網訊】(記者 王明 北京報道)", "Beijing"),
    ("（特派记者 李四 莫斯科报道）", "Moscow"),
    ("(布宜诺斯艾利斯29日讯)", "Buenos Aires"),
    ("（亚的斯亚贝巴3日电）", "Addis Ababa"),
])
def test_chinese_datelines_and_credits(opening, city):
    assert parse(f"{ZH_TITLE}\n\n{opening}{ZH_STORY}\n\n{ZH_STORY}\n").dateline == city


@pytest.mark.parametrize("credit, city", [
    ("(Xinhua, Harare)", "Harare"), ("(Harare, Xinhua)", "Harare"), ("(Reuters, Nairobi)", "Nairobi"),
    ("(Синьхуа, Минск)", "Minsk"),
])
def test_a_wires_credit_closing_the_story_names_the_city(credit, city):
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\n{EN_STORY} {credit}\n"
    assert parse(text).dateline == city


def test_a_place_and_its_country_closing_a_sentence_is_no_credit():
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\nThe talks took place in the capital (Minsk, Belarus)\n"
    assert parse(text).dateline is None


@pytest.mark.parametrize("opening, city", [
    ("(October, 31, Colombo, Island Courier)", "Colombo"),
    ("(Colombo, Island Courier)", "Colombo"),
    ("(March 3, Nairobi, Savanna Herald)", "Nairobi"),
])
def test_an_outlets_credit_in_brackets_opening_the_lead_names_the_city(opening, city):
    assert parse(f"{EN_TITLE}\n\n{opening} {EN_STORY}\n\n{EN_STORY}\n").dateline == city


@pytest.mark.parametrize("opening, city", [
    ("12ymedia, Havana, 13 December 2023 — ", "Havana"),
    ("Island Post, Minsk, March 3, 2024 – ", "Minsk"),
])
def test_an_outlet_a_city_and_the_complete_date_before_a_dash(opening, city):
    assert parse(f"{EN_TITLE}\n\n{opening}{EN_STORY}\n\n{EN_STORY}\n").dateline == city


@pytest.mark.parametrize("printed, day", [
    ("14th Wednesday, May 2025 - 10:29 UTC", dt.date(2025, 5, 14)),
    ("3 среда, июля 2024", dt.date(2024, 7, 3)),
    ("21st Friday, March 2025", dt.date(2025, 3, 21)),
])
def test_a_stamp_with_the_weekday_between_day_and_month(printed, day):
    assert [f.value for f in find_dates(printed) if f.value] == [day]


@pytest.mark.parametrize("clock, label", [
    ("2026-01-24\n星期六", "日期:12-12"),
    ("2026-01-24\nSaturday", "Date: 12.12"),
    ("24.01.2026\nсуббота", "Дата: 12/12"),
])
def test_a_readers_clock_is_not_the_date_of_a_page_that_dates_itself_without_a_year(clock, label):
    text = f"E-paper reader\n{clock}\nPaper: Evening News\n\n{ZH_TITLE}\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date is None


def test_a_wires_yearless_dateline_in_the_year_of_the_recent_past_it_tells():
    text = (f"{EN_TITLE}\n\nMINSK, May 8 (Xinhua) -- {EN_STORY}\n\n"
            "On February 13, 2018, the two sides waived visas for short trips.\n\n"
            f"More than 20,000 visitors came in 2017.\n\n{EN_STORY}\n")
    assert parse(text).date == dt.date(2018, 5, 8)


def test_a_russian_wires_yearless_dateline_in_the_year_of_the_recent_past_it_tells():
    text = (f"Делегация области посетила побратимский город\n\nМИНСК, 8 мая /ТАСС/. {RU_STORY}\n\n"
            f"13 февраля 2018 года стороны отменили визы для коротких поездок.\n\n{RU_STORY}\n")
    assert parse(text).date == dt.date(2018, 5, 8)


def test_a_dated_plan_or_a_later_year_does_not_set_the_wires_year():
    plan = (f"{EN_TITLE}\n\nMINSK, May 8 (Xinhua) -- {EN_STORY}\n\n"
            f"The sides will waive visas on February 13, 2018, officials said.\n\n{EN_STORY}\n")
    assert parse(plan).date is None
    later = (f"{EN_TITLE}\n\nMINSK, May 8 (Xinhua) -- {EN_STORY}\n\n"
             f"On February 13, 2018, the two sides waived visas.\n\nTrade grew by a tenth in 2019.\n\n{EN_STORY}\n")
    assert parse(later).date != dt.date(2018, 5, 8)


def test_a_chinese_wires_yearless_dateline_in_the_year_of_the_recent_past_it_tells():
    text = f"{ZH_TITLE}\n\n新华社明斯克5月8日电 {ZH_STORY}\n\n2018年2月13日,两国互免签证协定正式生效。\n\n{ZH_STORY}\n"
    assert parse(text).date == dt.date(2018, 5, 8)


def test_a_pictures_day_does_not_set_the_wires_year():
    text = (f"{ZH_TITLE}\n\n新华社明斯克5月8日电 {ZH_STORY}\n\n"
            f"这是摄于2018年4月13日的明斯克街景。新华社记者 王明 摄\n\n{ZH_STORY}\n")
    assert parse(text).date is None
