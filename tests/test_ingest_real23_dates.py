"""Ingest rules for dates drawn from the 23rd held-out set of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, ZH_STORY, parse


def test_span_of_a_stay_below_a_lead_without_a_day_names_no_event_day():
    text = (
        "Два лидера обсудили мирные переговоры\n\n06 апреля 2024\n\n"
        "Президенты двух стран обсудили урегулирование конфликта. Об этом сообщил посол Ивановский.\n\n"
        "По словам дипломата, стороны договорились объединить усилия.\n\n"
        "Президент находился в Пекине с 1 по 3 апреля.\n"
    )
    assert parse(text).event_date is None


def test_span_after_an_interviewers_question_still_opens_the_story():
    text = (
        "Ambassador sums up a state visit\n\n12 April 2024, 10:15\n\n"
        "Mr Ambassador, how do you assess the visit?\n\n"
        "On 31 March to 2 April 2024, the President of Ruritania travelled to China on a state visit.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2024, 4, 1)


def test_nakanune_before_an_occasion_is_its_eve_not_yesterday():
    text = (
        " date 2024-05-12\n\nПрезидент вылетел в Китай\n\n"
        "МИНСК, 12 мая - АГЕНТСТВО. Президент вылетел в Китай (день накануне визита он провел в Гродно) "
        "и взял курс на Пекин, где 13 мая пройдет форум.\n\n"
        "Ожидается подписание ряда соглашений.\n"
    )
    assert parse(text).event_date == dt.date(2024, 5, 12)


def test_nakanune_alone_is_still_yesterday():
    text = (
        " date 2024-05-12\n\nМинистр рассказал о поставках\n\n"
        "МИНСК, 12 мая - АГЕНТСТВО. Министр накануне заявил журналистам, что поставки выросли.\n\n"
        "Ожидается подписание ряда соглашений.\n"
    )
    assert parse(text).event_date == dt.date(2024, 5, 11)


def test_dateline_in_january_over_last_years_totals_takes_the_year_after():
    text = (
        "Завод за год поставил в Россию 40 тысяч машин\n"
        "Москва. 29 января. INTERFAX.RU - Совместное предприятие \"Северавто\" выпустило в 2021 году около 50 тысяч "
        "автомобилей, 40 тысяч из которых были проданы в России, сообщил вице-премьер Петров.\n"
        "Сообщается, что в 2020 году завод выпустил 30 тыс. автомобилей.\n"
    )
    article = parse(text)
    assert article.date == dt.date(2022, 1, 29)
    assert article.event_date is None  # the day the vice-premier spoke is not told


def test_year_total_told_on_a_later_month_gives_no_year():
    text = (
        "Завод поставил в Россию 40 тысяч машин\n"
        "Москва. 29 июня. INTERFAX.RU - Совместное предприятие \"Северавто\" выпустило в 2021 году около 50 тысяч "
        "автомобилей, 40 тысяч из которых были проданы в России, сообщил вице-премьер Петров.\n"
    )
    assert parse(text).date is None


def test_wire_lead_with_a_past_years_total_names_no_event_day():
    text = (
        " date 2022-01-29 MINSK, January 29. /TASS/. The joint venture Northauto produced 50,000 cars in 2021, "
        "with 40,000 sold in Russia, according to Deputy Prime Minister Petrov.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).event_date is None


def test_year_total_told_today_keeps_the_datelines_day():
    text = (
        "Товарооборот области с Китаем вырос\n\n17 мая 2022, 12:48\n\n"
        "17 мая, Минск /Корр. БЕЛТА/. Товарооборот области с Китаем в 2021 году вырос на 15%. "
        "Об этом журналистам сообщил сегодня заместитель председателя облисполкома.\n\n"
        "Ожидается подписание ряда соглашений.\n"
    )
    assert parse(text).event_date == dt.date(2022, 5, 17)


def test_city_date_and_title_case_outlet_between_full_stops_is_a_dateline():
    text = (
        "Visitors may stay three days without a visa\n\n"
        "Almaty. August 25. Steppenews - Citizens of a neighbouring country may stay without a visa "
        "for up to three days, the ministry reports.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).dateline == "Almaty"


def test_a_chinese_past_years_total_told_today_keeps_the_day_it_was_told():
    # '经济部今天表示': 'today' glued to the ministry's name still names the day of the telling
    text = (
        "两国贸易额增长\n\n2024-01-31 10:15:00\n\n"
        "新华社明斯克1月31日电 2023年白俄罗斯对华出口增长17%,白俄罗斯经济部今天表示。\n\n"
        f"{ZH_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2024, 1, 31)
