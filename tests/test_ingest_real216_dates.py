"""Date rules from the real216-220 pages: an agency's dateline that prints its complete day (year
and all) dates the story when a portal's stamp above it falls a day or more later; a dotted day,
month and two-digit year in a dateline typed with spaces after the dots; a related story's headline
and stamp set above the article's own headline and stamp. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("dateline, day", [
    ("Бишкек, 05. 09. 17. /Анна Петрова – Кабар/.", dt.date(2017, 9, 5)),
    ("Бишкек, 04.09.17 /Кабар/.", dt.date(2017, 9, 4)),
    ("Ашхабад, 3 сентября 2017 /Тренд/ –", dt.date(2017, 9, 3)),
])
def test_a_wire_dateline_with_its_complete_day_dates_a_later_copy(dateline, day):
    text = (f"2017-9-6 14:03 |\n{dateline} Президенты двух стран начали переговоры в узком формате в столице.\n"
            f"{RU_STORY}\nЗавтра ожидается встреча с главой правительства.\n")
    article = parse(text)
    assert article.date == day


def test_an_english_wire_dateline_with_its_complete_day_dates_a_later_copy():
    text = ("Leaders open talks in the capital\n\n6 September 2017 14:03\n\n"
            "ALMATY, 4 September 2017 (KazTAG) - The two presidents began talks in a narrow format in the capital.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).date == dt.date(2017, 9, 4)


def test_a_yearless_wire_dateline_leaves_the_copys_stamp():
    text = (f"2017-9-6 14:03 |\nБишкек, 5 сентября /Кабар/. Президенты двух стран начали переговоры в узком формате.\n"
            f"{RU_STORY}\n")
    assert parse(text).date == dt.date(2017, 9, 6)


@pytest.mark.parametrize("teaser_day, own_day, expected", [
    ("2024年09月16日", "2025年05月30日", dt.date(2025, 5, 30)),
    ("2023-01-02", "2023-03-08", dt.date(2023, 3, 8)),
    ("12.11.2021", "14.02.2022", dt.date(2022, 2, 14)),
])
def test_a_related_storys_headline_and_stamp_over_the_articles_own_pair(teaser_day, own_day, expected):
    text = (f"要闻\n促进地方发展 首长:共建美好家园\n{teaser_day}\n要闻\n周六访问邻国一天 首长出席对话会并演讲\n"
            f"{own_day}\n\n(某城30日讯){ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).date == expected
