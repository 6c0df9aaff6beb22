"""Date, time and dateline shapes from the real145-162 pages, widened to their families: a page's all-numeric
stamp glued onto the lead with its time before or after it (any separator, seconds, AM/PM, a comma or a bar
between); a meta line's day, month in words and two-digit year before a view counter or a time; a Chinese
12-hour time after the word for its part of the day ('下午9:15'); a portal's bracketed credit with its complete
date after the city and its day, a colon glued to the lead. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse
from despatch.ingest.dates import find_dates, find_time

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
STORIES = {"en": (EN_TITLE, EN_STORY), "ru": (RU_TITLE, RU_STORY), "zh": (ZH_TITLE, ZH_STORY)}


def _stamp_glued_to_lead(language: str, stamp: str) -> str:
    title, story = STORIES[language]
    return f"{title}\n\n{stamp} {story}\n\n{story}\n"


def _stamp_under_title(language: str, stamp: str) -> str:
    title, story = STORIES[language]
    return f"{title}\n\n{stamp}\n\n{story}\n\n{story}\n"


@pytest.mark.parametrize("language, stamp, day, time", [
    ("ru", "12:20, 24.10.2025", dt.date(2025, 10, 24), "12:20"),
    ("ru", "12:20 24/10/2025", dt.date(2025, 10, 24), "12:20"),
    ("ru", "12:20 | 24.10.2025", dt.date(2025, 10, 24), "12:20"),
    ("ru", "24.10.2025 в 12:20", dt.date(2025, 10, 24), "12:20"),
    ("en", "10:15 PM 24-10-2025", dt.date(2025, 10, 24), "22:15"),
    ("en", "2025/10/24 09:15:07", dt.date(2025, 10, 24), "09:15:07"),
    ("en", "09:15 • 2025.10.24", dt.date(2025, 10, 24), "09:15"),
    ("zh", "2025-10-24 09:15:07", dt.date(2025, 10, 24), "09:15:07"),
])
def test_a_numeric_stamp_with_its_time_glued_onto_the_lead_dates_the_page(language, stamp, day, time):
    article = parse(_stamp_glued_to_lead(language, stamp))
    assert (article.date, article.time) == (day, time)


@pytest.mark.parametrize("language, stamp, day, time", [
    ("ru", "Президент 03 октября 16 1658", dt.date(2016, 10, 3), None),
    ("en", "World 03 Oct 16 1658", dt.date(2016, 10, 3), None),
    ("ru", "03 октября 16, 14:05", dt.date(2016, 10, 3), "14:05"),
])
def test_a_meta_line_with_a_two_digit_year_after_the_month_dates_the_page(language, stamp, day, time):
    article = parse(_stamp_under_title(language, stamp))
    assert (article.date, article.time) == (day, time)


@pytest.mark.parametrize("text", ["3 октября 16 человек пришли", "3 октября 16:30", "в 3 октября 16 раз"])
def test_a_day_and_month_before_a_count_or_an_hour_has_no_two_digit_year(text):
    assert not any(found.has_year for found in find_dates(text))


@pytest.mark.parametrize("printed, time", [
    ("2025年10月24日 下午9:15", "21:15"), ("晚上 8:30", "20:30"), ("上午10:05", "10:05"),
    ("凌晨12:10", "00:10"), ("下午15:30", "15:30"), ("发布于 09:15", "09:15"),
])
def test_a_chinese_twelve_hour_time_takes_its_part_of_the_day(printed, time):
    assert find_time(printed) == time


def test_a_chinese_afternoon_stamp_gives_the_page_its_24_hour_time():
    article = parse(_stamp_under_title("zh", "发布时间：2025年10月24日 下午9:15"))
    assert (article.date, article.time) == (dt.date(2025, 10, 24), "21:15")


@pytest.mark.parametrize("dateline, city", [
    ("Beijing, March 1 (SomePortal / Other News - 1st Mar, 2023 ) :Officials", "Beijing"),
    ("Almaty, May 15 (SomePortal - May 15th, 2023) : Officials", "Almaty"),
    ("Kyiv, Ukraine, (SomePortal / Other News - 15th May, 2023 ) :Officials", "Kyiv"),
])
def test_a_portals_bracketed_credit_after_the_city_and_its_day_is_a_dateline(dateline, city):
    text = f"{EN_TITLE}\n\n{dateline} of the two towns met to discuss the new bridge and its opening.\n\n{EN_STORY}\n"
    assert parse(text).dateline == city


@pytest.mark.parametrize("language, stamp, day, time", [
    ("en", "By Anna NovakOctober 24, 2025", dt.date(2025, 10, 24), None),
    ("en", "Anna NovakOct 24, 2025 9:15 PM", dt.date(2025, 10, 24), "21:15"),
    ("ru", "Автор Анна НовакОктябрь 24, 2025", dt.date(2025, 10, 24), None),
])
def test_a_byline_glued_to_the_stamps_capitalised_month_leaves_the_date_readable(language, stamp, day, time):
    article = parse(_stamp_under_title(language, stamp))
    assert (article.date, article.time) == (day, time)


@pytest.mark.parametrize("text", ["Summer 24, 2025", "Анна Новакоктября 24, 2025"])
def test_a_month_name_inside_a_word_is_no_month(text):
    assert find_dates(text) == []


def _stamp_after_story(language: str, stamp: str) -> str:
    title, story = STORIES[language]
    return f"{title}\n\n{story}\n\n{story}\n\n{stamp}\n"


@pytest.mark.parametrize("language, stamp", [
    ("en", "Accessed 24.10.2025"), ("en", "Retrieved on October 24, 2025"), ("en", "Last viewed: 24 Oct 2025"),
    ("ru", "(дата обращения: 24.10.2025)"), ("ru", "Дата доступа 24 октября 2025"),
    ("zh", "访问时间:2025-10-24"), ("zh", "瀏覽日期：2025年10月24日"),
])
def test_a_day_labelled_as_accessed_or_retrieved_does_not_date_the_page(language, stamp):
    assert parse(_stamp_after_story(language, stamp)).date is None


def test_the_published_stamp_stands_beside_an_access_stamp():
    article = parse(_stamp_under_title("en", "Published 12.03.2021\n\nAccessed 24.10.2025"))
    assert article.date == dt.date(2021, 3, 12)


@pytest.mark.parametrize("language, link", [
    ("en", "Related: Bridge opens to traffic 12.03.2021"), ("en", "Read also: Bridge opens to traffic, 12.03.2021"),
    ("ru", "Читайте также: Мост открыли 12.03.2021"), ("zh", "相关阅读：大桥通车 2021-03-12"),
])
def test_a_related_storys_link_with_its_day_does_not_date_the_page(language, link):
    assert parse(_stamp_after_story(language, link)).date is None
