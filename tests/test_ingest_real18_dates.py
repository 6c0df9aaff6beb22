"""Ingest rules for publication dates, datelines and event dates drawn from an eighteenth and nineteenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_page_date_months_after_the_wire_dateline_is_a_repost():
    text = (
        "发布时间:2023-12-02 08:15:40 来源: mirror\n"
        f"新华网北京5月9日电 (记者王明)8日上午,两国代表在北京签署了合作文件。\n{ZH_STORY}\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.date == dt.date(2023, 5, 9)
    assert article.event_date == dt.date(2023, 5, 8)


def test_page_date_a_day_before_the_wire_dateline_keeps_the_page_date():
    text = (
        "Cooperation news\n\n12 Mar 2021\n\nPark residents met the delegation\n\n"
        f"MINSK, 13 March (BelTA) – The delegation visited the park, BelTA has learned.\n\n{EN_STORY}\n"
    )
    assert parse(text).date == dt.date(2021, 3, 12)


def test_page_date_a_few_days_after_the_wire_dateline_keeps_the_page_date():
    text = (
        "发布时间:2023-05-12 08:15:40\n"
        f"新华网北京5月9日电 (记者王明)8日上午,两国代表在北京签署了合作文件。\n{ZH_STORY}\n{ZH_STORY}\n"
    )
    assert parse(text).date == dt.date(2023, 5, 12)


def test_embedded_post_signature_date_is_not_the_publication_date():
    text = (
        "Два государства провели совместные учения у границы, которые аналитики называют демонстрацией.\n"
        "— Some News Service (@SomeNews) July 12, 2024\n"
        f"{RU_STORY}\n{RU_STORY}\n"
    )
    article = parse(text)
    assert article.date is None
    assert article.event_date is None


def test_date_line_with_spaced_slashes_dates_the_article():
    text = f"Завод начал сборку двигателей\n\n14 / 03 / 2019\n512\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).date == dt.date(2019, 3, 14)


def test_agency_name_then_complete_date_opening_the_lead_dates_the_article():
    text = (
        "NORTHWIRE-NEWS. March 14, 2012. The government of the republic will guarantee a loan for a new power plant. "
        f"The decision is contained in a resolution of 12 March.\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert article.date == dt.date(2012, 3, 14)
    assert article.dateline is None


def test_complete_date_then_city_in_brackets_is_a_dateline():
    text = (
        "Leaders meet in the capital\n\n"
        f"9th May 2022 – (Beijing) The two leaders held talks in Beijing on Monday.\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert article.date == dt.date(2022, 5, 9)
    assert article.dateline == "Beijing"


def test_known_city_with_a_space_before_the_colon_is_a_dateline():
    text = f"Leaders pledge closer ties\n\nMINSK : The two presidents met in the capital and signed documents.\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Minsk"


def test_two_cities_and_the_outlet_in_brackets_give_the_first_city():
    text = (
        "Armies hold joint drills\n\n"
        f"BEIJING/WARSAW (Some Wire) – The two armies continued their joint drills on Thursday.\n\n{EN_STORY}\n"
    )
    assert parse(text).dateline == "Beijing"


def test_span_of_most_of_a_week_names_no_event_day():
    text = (
        "2025-06-09 10:46:25\n"
        "为推动农业科技合作,6月3日-6月7日,某大学代表团参加了在明斯克举行的国际农业展会并获得两项奖励。\n"
        f"{ZH_STORY}\n{ZH_STORY}\n"
    )
    assert parse(text).event_date is None


def test_span_of_three_days_stands_for_its_middle_day():
    text = (
        "2025-06-09 10:46:25\n"
        "为推动农业科技合作,6月3日-6月5日,某大学代表团参加了在明斯克举行的国际农业论坛并获得两项奖励。\n"
        f"{ZH_STORY}\n{ZH_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2025, 6, 4)
