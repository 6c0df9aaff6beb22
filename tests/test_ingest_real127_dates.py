"""Ingest rules for dates drawn from the 127th to 132nd held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse


def test_a_last_update_stamp_above_the_headline_is_the_sites_not_the_storys():
    text = ("Последнее обновление: 12.03.2024 11:40\n\n"
            "МИНИСТР ПРИНЯЛ ДЕЛЕГАЦИЮ ПРОВИНЦИИ\n\n"
            "Министр в четверг принял делегацию провинции, которая находится в стране с визитом, "
            "сообщили в пресс-службе ведомства.\n" + PAGE_PARAGRAPHS_RU)
    article = parse(text)
    assert article.date is None
    assert article.event_date is None


def test_a_last_update_stamp_under_the_headline_still_dates_the_story():
    text = ("Minister receives a provincial delegation\n\n"
            "Last updated: March 12, 2024\n\n"
            "The minister received a provincial delegation on a working visit to the country, "
            "the ministry's press office said.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date == dt.date(2024, 3, 12)


def test_a_weekday_glossed_with_the_day_before_tells_no_year_for_the_dateline():
    text = ("ASTANA, May 5, Steppe-Press - A trade delegation arrived in Astana Wednesday [May 4] evening "
            "to discuss a new road link.\n"
            "The talks focused on the supply of machines for the works.\n"
            "Visas issued to traders have doubled since 2010\n" + PAGE_PARAGRAPHS_EN)
    article = parse(text)
    assert article.date is None


# Datelines of the 127th to 132nd sets' shapes


def test_a_city_date_and_agency_tag_alone_on_the_line_over_the_lead_is_a_dateline():
    text = ("Tashkent, May 14, UZA\n\n"
            "The minister of economy met the head of a provincial investment company on the margins "
            "of the investment forum.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).dateline == "Tashkent"


def test_a_wire_dateline_with_the_country_between_slashes_after_a_small_city():
    text = ("Нарочь /Беларусь/, 12 июля /Синьхуа/ -- Группа школьников из провинции провела неделю "
            "в детском лагере на берегу озера, сообщили организаторы поездки.\n" + PAGE_PARAGRAPHS_RU)
    assert parse(text).dateline == "Naroch"


def test_a_border_county_town_in_a_chinese_wire_dateline_is_put_into_english():
    text = ("中新网乌恰5月8日电 (记者 王某) 口岸新址近日落成,两座口岸已全部搬迁。\n" + PAGE_PARAGRAPHS_ZH)
    assert parse(text).dateline == "Wuqia"
