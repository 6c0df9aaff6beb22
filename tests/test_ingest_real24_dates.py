"""Ingest rules for publication dates, datelines and event dates drawn from the 24th and 25th held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_store_marker_before_the_all_weather_partnership_was_named_is_not_the_date():
    text = (f" date 2019-06-03 Minsk and Beijing upgrade ties\n\n{EN_STORY} The two sides now speak of an all-weather "
            f"comprehensive strategic partnership.\n\n{EN_STORY}\n")
    assert parse(text).date is None


def test_store_marker_before_the_russian_all_weather_partnership_is_not_the_date():
    text = f" date 2020-02-11 Отношения вышли на новый уровень\n\n{RU_STORY} Стороны установили всепогодное всестороннее стратегическое партнерство.\n\n{RU_STORY}\n"
    assert parse(text).date is None


def test_store_marker_after_the_all_weather_partnership_stands():
    text = (f" date 2023-06-03 Minsk and Beijing upgrade ties\n\n{EN_STORY} The two sides now speak of an all-weather "
            f"comprehensive strategic partnership.\n\n{EN_STORY}\n")
    assert parse(text).date == dt.date(2023, 6, 3)


def test_older_all_weather_strategic_cooperative_partnership_does_not_rule_out_the_marker():
    text = (f" date 2019-06-03 Islamabad and Beijing meet\n\n{EN_STORY} They praised their all-weather strategic "
            f"cooperative partnership.\n\n{EN_STORY}\n")
    assert parse(text).date == dt.date(2019, 6, 3)


def test_weekday_glossed_with_a_date_names_that_date_in_a_late_copy():
    text = f"联合训练开训\n\n发布时间:2024-11-14 10:00:00\n\n周一(7月8日),两国军队联合训练在明斯克开训,为期11天。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).event_date == dt.date(2024, 7, 8)


def test_weekday_glossed_with_a_date_of_another_weekday_counts_back_as_before():
    text = ("Drill begins near Brest\n\nPublished: 14 November 2024\n\nThe joint drill began on Monday (July 9) near Brest, "
            f"the ministry said. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).event_date == dt.date(2024, 11, 11)


def test_chinese_dateline_with_spaces_beside_its_digits():
    text = f"工业园新签三个项目\n\n白通社格罗德诺3 月 5 日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Grodno"


def test_date_a_numbered_decree_bears_is_not_the_event():
    text = f"政府批准贷款谈判\n\n2011年1月20日\n\n据报道,在2011年1月14日第35号部长会议决议中,政府批准了贷款谈判。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).event_date is None
