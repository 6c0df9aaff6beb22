"""Ingest rules for publication dates, datelines and event dates drawn from the 26th and 27th held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_view_counter_beside_the_date_does_not_make_it_a_viewing_date():
    text = f"菜单\n\n两国农业合作前景分析\n\n来源:某某网 2024-03-08 10:15:20 浏览:236 收藏\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date == dt.date(2024, 3, 8)


def test_empty_view_counter_beside_the_date_does_not_make_it_a_viewing_date():
    text = f"新闻动态\n\n友好学校代表团来访\n\n发布者:  时间:2024-05-06 09:00:00  浏览:\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date == dt.date(2024, 5, 6)


def test_labelled_viewing_time_is_still_the_day_the_page_was_viewed():
    text = f"两国农业合作前景分析\n\n浏览时间:2024-03-08 10:15\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date is None


def test_numeric_date_glued_onto_the_first_paragraph_is_the_page_date():
    text = f"О визите делегации\n\n12.03.2025 г.В Пекине прошла встреча делегаций. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).date == dt.date(2025, 3, 12)


def test_chinese_publication_label_inside_a_line_of_debris_dates_the_page():
    text = (f"两国领导人会晤\n\n论坛 含有热门话题及交流资讯。撰文:某某网出版:2025-06-14 forum,bbs\n\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).date == dt.date(2025, 6, 14)


def test_launch_centre_after_its_province_in_a_chinese_dateline():
    text = f"卫星发射成功\n\n中新网四川西昌3月5日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Xichang"
