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


def test_a_day_the_lead_names_after_an_outlets_credit_is_the_events_not_the_credits():
    text = ("航空资讯网2018年5月9日消息:5月8日晚,一架包机从边境城市机场起飞,标志着两地之间的临时国际包机航线正式开通。\n"
            + PAGE_PARAGRAPHS_ZH)
    article = parse(text)
    assert article.date == dt.date(2018, 5, 9)
    assert article.event_date == dt.date(2018, 5, 8)
    # the credit still dates the event, as a wire's dateline does, when the lead names no day
    text = ("边城日报2018年5月9日讯 两地之间的临时国际包机航线正式开通,首批旅客顺利抵达。\n"
            "航线每周往返两班,由对方航空公司执飞,机票已在各大平台开售。\n"
            "当地表示,航线将方便两地居民往来,并带动边境旅游和商贸发展。\n")
    assert parse(text).event_date == dt.date(2018, 5, 9)


def test_a_two_digit_year_between_the_citys_comma_and_the_agency_in_slashes_dates_the_story():
    text = ("Бишкек, 14.06.21 /Горное эхо/. В городе Ош прошло заседание совета по приграничному "
            "сотрудничеству, участники обсудили работу пунктов пропуска.\n" + PAGE_PARAGRAPHS_RU)
    assert parse(text).date == dt.date(2021, 6, 14)


def test_a_day_the_lead_tells_of_as_still_to_come_does_not_rule_out_the_stores_marker():
    text = (" date 2024-06-10 Talks were held in the capital between the prime minister and a visiting "
            "provincial governor. On June 12, the prospects for the industrial park will be discussed "
            "at the government house.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date == dt.date(2024, 6, 10)
    text = (" date 2024-06-10 Премьер-министр и губернатор провинции начали переговоры в столице.\n"
            "Губернатор прибыл в страну с двухдневным визитом. 12 июня он примет участие в "
            "бизнес-форуме в индустриальном парке.\n" + PAGE_PARAGRAPHS_RU)
    assert parse(text).date == dt.date(2024, 6, 10)


def test_the_captioned_picture_between_headline_and_lead_dates_the_story_by_its_alt_stamp():
    text = ("Space agency to fly the first woman from the republic to the station\n\n"
            "© Photo Space agency A rocket on the launch pad at the cosmodrome\n"
            "A rocket on the launch pad at the cosmodrome - Orbit News, 1920, 14.05.2024\n"
            "Subscribe\n"
            "The space agency is to launch a crew of three that includes the first woman from the republic "
            "to fly to the orbital station.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date == dt.date(2024, 5, 14)


def test_a_views_count_in_brackets_beside_a_labelled_date_is_no_viewing_date():
    text = ("外媒:两国计划扩大工业园区合作\n\n"
            "来源: 编辑部 | 更新日期:2019-04-16 10:21:05 | 浏览(85)人次\n\n"
            "据外国媒体报道,两国官员在首都举行会谈,同意扩大工业园区合作,并签署了多项合作文件。\n"
            + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date == dt.date(2019, 4, 16)
