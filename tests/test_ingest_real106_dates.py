"""Ingest rules for dates and datelines drawn from the 106th to 108th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import RU_STORY, parse

ZH_STORY = "双方表示将继续推进务实合作，扩大贸易往来，深化人文交流，推动两国关系不断向前发展。"


def test_a_wire_filed_from_two_cities_takes_the_first_as_its_dateline():
    text = ("金鹰展翅高飞\n\n  新华社北京/阿斯塔纳7月2日电(记者王明)" + ZH_STORY * 3 + "\n\n"
            + ZH_STORY * 3 + "\n")
    assert parse(text).dateline == "Beijing"


def test_a_wire_day_days_past_the_pages_stamp_does_not_date_the_page_a_year_back():
    text = ("Культура Узбекистана представлена в Омске\n"
            "Август 07, 2025. 07:35 • 2 мин\n"
            "ОМСК, 11 августа. /ИА «Восток»/. " + RU_STORY + "\n\n" + RU_STORY + "\n")
    assert str(parse(text).date) == "2025-08-07"
