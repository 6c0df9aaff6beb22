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



def test_an_outlets_name_run_into_the_full_day_and_the_word_for_a_report_dates_the_lead():
    text = ("航空资讯网2018年5月9日消息:5月8日晚,一架包机从边境城市机场起飞,标志着两地之间的临时国际包机航线正式开通。\n"
            + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date == dt.date(2018, 5, 9)


def test_a_lead_opening_with_a_day_and_a_word_on_power_is_no_outlets_credit():
    text = ("某省电网2018年5月9日电力负荷创下历史新高,全省用电需求持续增长,有关部门正在加强调度。\n"
            + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date is None


def test_a_closing_credit_with_its_day_dates_a_print_view_despite_the_day_it_was_printed():
    text = ("Стороны обсудили порядок пересечения границы в пунктах пропуска и договорились "
            "продлить действующие ограничения ещё на месяц.\n" + PAGE_PARAGRAPHS_RU +
            "\nРадио Полесье, 12 июня 2019\n"
            "Ссылка на текущий документ: http://example.org/print/3-41/77\n"
            "Текущая дата: 02.03.2023\n")
    assert parse(text).date == dt.date(2019, 6, 12)


def test_a_chinese_date_that_a_sentence_runs_on_from_is_no_closing_stamp():
    text = ("口岸全年旅客通关量创下新纪录\n\n" + PAGE_PARAGRAPHS_ZH +
            "\n2023年10月14日,某某青年文化艺术交流活动在边境城市开幕\n")
    assert parse(text).date is None


def test_a_stamp_printed_as_day_and_month_over_time_and_year_is_read_whole():
    text = ("Газета «Вечерний город»\n\nНовости\n\n"
            "Депутат встретился с послом дружественной страны\n"
            "14 марта\n"
            "09:05 2022\n\n" + PAGE_PARAGRAPHS_RU)
    assert parse(text).date == dt.date(2022, 3, 14)


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
