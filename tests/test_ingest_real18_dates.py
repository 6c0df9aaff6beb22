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


# --- a dateline's day is the event's only for news of that day ------------------------------


def test_a_wire_story_with_no_day_of_its_own_is_dated_by_its_dateline():
    text = (
        "两国签署农业合作文件\n\n2023-06-03 10:15:00\n\n"
        f"新华社明斯克6月3日电 两国代表在明斯克签署农业合作文件。\n{ZH_STORY}\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.dateline == "Minsk"
    assert article.event_date == dt.date(2023, 6, 3)


def test_a_lead_that_puts_the_event_at_an_unnamed_earlier_time_gives_no_event_day():
    # '日前' (the other day): the interview was given before the day the story was filed
    text = (
        "专访:园区看好合作前景\n\n2023-06-03 10:15:00\n\n"
        "新华社明斯克6月3日电 “我们看好园区的合作前景。”园区管委会主任日前在接受记者专访时说。\n"
        f"{ZH_STORY}\n{ZH_STORY}\n"
    )
    assert parse(text).event_date is None


def test_recently_in_an_english_lead_gives_no_event_day():
    text = (
        "Park director upbeat on cooperation\n\n2023-06-03 10:15\n\n"
        "MINSK, June 3 (Some Agency) -- The director of the industrial park recently told reporters "
        f"that the park expects new residents this year.\n\n{EN_STORY}\n"
    )
    assert parse(text).event_date is None


def test_a_feature_labelled_in_its_headline_gives_no_event_day_from_its_dateline():
    text = (
        "通讯:让工业园区的明珠熠熠生辉\n\n2023-04-17 10:15:00\n\n"
        f"新华社明斯克4月17日电 走进园区,一座座厂房拔地而起,建设者们忙碌不停。\n{ZH_STORY}\n{ZH_STORY}\n"
    )
    assert parse(text).event_date is None


def test_a_feature_that_names_its_day_keeps_it():
    text = (
        "Interview: Envoy hails ties\n\n2023-06-03 10:15\n\n"
        "MINSK, June 3 (Some Agency) -- The ambassador said on Wednesday that ties between the "
        f"two countries keep growing.\n\n{EN_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2023, 5, 31)  # the Wednesday before Saturday 3 June
