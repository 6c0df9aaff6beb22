"""Dateline families from the real216-220 pages (wire stories reposted, old page templates), read in the
variants each family prints: a Western agency's Chinese service ('路透City3月26日 - '), a Malaysian Chinese paper's
'(Country‧City24日綜合電)', an agency's spaced figures and its reporter in the slashes ('City, 05. 09. 17. /Name –
Agency/.'), a title-case city with its day and a colon ('Tokyo, March 25: '), a stamp line closed by a dash and the
city, the wire's credit closing the story without brackets ('… . Minsk, Outlet'), a Chinese writer's credit filed
from a city opening the story ('记者 某某 发自莫斯科 …'), and a hard-wrapped release's dateline under its date stamp.
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, dateline_of, parse

@pytest.mark.parametrize("opening, city", [
    ("路透迪拜3月26日 - ", "Dubai"),
    ("路透北京3月26日 — ", "Beijing"),
    ("路透社东京3月26日 - ", "Tokyo"),
    ("彭博华盛顿3月26日电 ", "Washington"),
    ("法新社巴黎3月26日 –", "Paris"),
])
def test_a_western_agencys_chinese_service_with_its_short_name_and_any_dash(opening, city):
    assert dateline_of("zh", opening) == city


@pytest.mark.parametrize("opening, city", [
    ("(伊朗‧德黑蘭24日綜合電)", "Tehran"),
    ("（日本·东京5日专电）", "Tokyo"),
    ("(本報吉隆坡24日訊)", "Kuala Lumpur"),
    ("(美國‧紐約綜合訊)", "New York"),
    ("（俄羅斯・莫斯科3月5日綜合電）", "Moscow"),
])
def test_a_malaysian_chinese_papers_tag_with_the_country_and_a_middle_dot(opening, city):
    assert dateline_of("zh", opening) == city


@pytest.mark.parametrize("opening", [
    "Бишкек, 05. 09. 17. /Иван Петров – Кабар/. ",
    "Бишкек, 05.09.17. /Иван Петров - Кабар/. ",
    "Бишкек, 5. 9. 2017 / Кабар /. ",
    "BISHKEK, 05. 09. 17. /Ivan Petrov — Kabar/. ",
])
def test_an_agencys_spaced_figures_and_its_reporter_before_its_name_in_the_slashes(opening):
    language = "ru" if opening[0] in "Б" else "en"
    assert dateline_of(language, opening) == "Bishkek"


@pytest.mark.parametrize("opening, city", [
    ("Tokyo, March 25: ", "Tokyo"),
    ("Astana, 5 June：", "Astana"),
    ("Ankara, Sept. 3 : ", "Ankara"),
    ("Havana, March 25th: ", "Havana"),
])
def test_a_title_case_city_its_day_and_a_colon(opening, city):
    assert dateline_of("en", opening) == city


def test_a_title_case_word_and_a_date_and_a_colon_is_no_dateline_without_a_known_city():
    assert dateline_of("en", "Update, March 25: ") is None


@pytest.mark.parametrize("stamp, city", [
    ("December 08, 2009 01:59 am | Updated November 17, 2021 10:48 am IST - MOSCOW", "Moscow"),
    ("December 08, 2009 01:59 am IST — NEW DELHI", "New Delhi"),
    ("08.12.2009 14:30 | Минск", "Minsk"),
])
def test_a_stamp_line_closed_by_a_dash_or_a_bar_and_the_city(stamp, city):
    article = parse(f"Ministers discuss a freight corridor\n\n{stamp}\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert article.dateline == city


@pytest.mark.parametrize("credit, city", [
    ("Minsk, Prensa Latina", "Minsk"),
    ("Havana / Prensa Latina", "Havana"),
    ("Xinhua, Harare", "Harare"),
    ("MINSK, Prensa Latina.", "Minsk"),
])
def test_the_wires_credit_closing_the_story_without_brackets(credit, city):
    article = parse(f"Ministers discuss a freight corridor\n\n{EN_STORY}\n\n{EN_STORY} {credit}\n")
    assert article.dateline == city


def test_a_closing_city_and_a_word_that_is_no_outlet_is_no_credit():
    article = parse(f"Ministers discuss a freight corridor\n\n{EN_STORY}\n\n{EN_STORY} Minsk, Belarus\n")
    assert article.dateline is None


@pytest.mark.parametrize("opening, city", [
    ("本报特约记者 王小明 发自莫斯科 ", "Moscow"),
    ("記者 李大華 發自東京 ", "Tokyo"),
    ("本报驻俄记者王小明、李四发自莫斯科：", "Moscow"),
    ("（记者 王小明 发自北京）", "Beijing"),
])
def test_a_chinese_writers_credit_filed_from_a_city_opening_the_story(opening, city):
    assert dateline_of("zh", opening) == city


WRAPPED_LEAD = """Pretoria - The foreign ministers of the two countries will
on Monday open the fifth session of the joint commission on trade,
transport and education in the capital.
"""


@pytest.mark.parametrize("dateline, city", [
    ("Pretoria - ", "Pretoria"),
    ("PRETORIA – ", "Pretoria"),
    ("Minsk: ", "Minsk"),
])
def test_a_hard_wrapped_releases_dateline_under_its_date_stamp(dateline, city):
    lead = WRAPPED_LEAD.replace("Pretoria - ", dateline)
    text = ("Ministers to open the joint commission on trade\nand transport next week\n\n22 October 2006\n\n"
            f"{lead}\nThe commission has six committees that meet once a year to review\nthe progress of the joint "
            "projects agreed by the two governments.\n")
    article = parse(text)
    assert article.dateline == city
    assert article.event_date is None  # the release's day is the stamp's, no day the dateline files
