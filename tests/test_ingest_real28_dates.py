"""Ingest rules for publication dates, datelines and event dates drawn from the 28th and 29th held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_date_under_an_excerpt_cut_short_dates_that_listed_story_not_the_page():
    text = (f"两座城市人口相近,经济规模却相差很大,这笔账该怎么算?甲市人口八百万,乙市人口九百万,账一...\n\n"
            f"2024-05-10 3\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).date is None


def test_dateline_with_the_outlet_tag_left_empty_gives_city_and_date():
    text = (f"Residents oppose planned plant\n\nSAN DIEGO , March 14, 2013 () – Residents of a river town spoke "
            f"against a planned plant, a local paper reported. {EN_STORY}\n\n{EN_STORY}\n")
    article = parse(text)
    assert article.dateline == "San Diego"
    assert article.date == dt.date(2013, 3, 14)


def test_portal_credit_in_brackets_after_the_city_is_a_dateline():
    text = (f"Minister to visit Minsk next week\n\nBeijing, (APP - SomePortal / Some Point News - 11th Mar, 2024) "
            f"The minister will visit Belarus next week, the ministry said Monday. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).dateline == "Beijing"


def test_writer_byline_with_a_known_city_gives_the_dateline_but_no_event_day():
    text = (f"Industrial park hopes for investors\n\nBy Anna Novak in Minsk March 3, 2017\n\n"
            f"The park wants to become a hub for export manufacturing. {EN_STORY}\n\n{EN_STORY}\n")
    article = parse(text)
    assert article.dateline == "Minsk"
    assert article.event_date is None


def test_photo_caption_run_into_the_wire_dateline_neither_hides_it_nor_dates_the_page():
    text = (f" date 2024-05-17\n\nThe premier meets the president in Minsk, Belarus, May 16, 2024. (Xinhua/Wang Tao) "
            f"MINSK, May 16 (Xinhua) — The premier said Thursday that the sides will deepen ties. {EN_STORY}\n\n{EN_STORY}\n")
    article = parse(text)
    assert article.dateline == "Minsk"
    assert article.source == "Xinhua"
    assert article.date == dt.date(2024, 5, 17)


def test_day_glossing_its_weekday_takes_the_one_printed_year_it_falls_on_that_weekday():
    text = (f"Учения у границы\n\nВ понедельник, 8 июля, на полигоне под Брестом начались учения «Орлиный штурм-2024», "
            f"сообщили военные. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).event_date == dt.date(2024, 7, 8)


def test_day_glossing_a_weekday_it_does_not_fall_on_in_the_printed_year_dates_nothing():
    text = (f"Учения у границы\n\nВо вторник, 8 июля, на полигоне под Брестом начались учения «Орлиный штурм-2024», "
            f"сообщили военные. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).event_date is None
