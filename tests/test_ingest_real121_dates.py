"""Ingest rules for dates drawn from the 121st to 126th held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse

ZH_BARE_DAY_LEAD = ("某某电台报道：17日，甲国外长同乙国外长在乙国首都举行会谈，双方讨论了高层互访和地区形势等议题。"
                    "会谈持续约两个小时。\n")


def test_a_marker_before_the_bare_day_a_chinese_lead_reports_is_no_day_of_writing():
    text = " date 2024-05-08 图片：某某通讯社\n\n" + ZH_BARE_DAY_LEAD + PAGE_PARAGRAPHS_ZH
    article = parse(text)
    assert article.date is None
    assert article.event_date is None


def test_a_marker_just_across_the_turn_of_the_month_still_dates_a_bare_day_lead():
    text = " date 2024-05-02 图片：某某通讯社\n\n" + ZH_BARE_DAY_LEAD.replace("17日", "30日") + PAGE_PARAGRAPHS_ZH
    assert parse(text).date == dt.date(2024, 5, 2)


def test_a_marker_of_another_year_than_the_lead_retelling_the_headlines_year_is_dropped():
    text = (" date 2018-11-20 HomeEconomySocietyPoliticsSportTelegram\n"
            "Tractor works plans to launch a new harvester with a foreign engine in early 2023\n\n"
            "The tractor works plans to launch a new harvester with a foreign engine early next year. "
            "The model is meant for field and transport work.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date is None


def test_a_marker_of_the_year_before_the_headlines_year_stays():
    text = (" date 2022-11-20 HomeEconomySocietyPoliticsSportTelegram\n"
            "Tractor works plans to launch a new harvester with a foreign engine in early 2023\n\n"
            "The tractor works plans to launch a new harvester with a foreign engine early next year. "
            "The model is meant for field and transport work.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date == dt.date(2022, 11, 20)


def test_a_later_year_a_plan_is_set_for_leaves_the_marker():
    text = (" date 2025-10-22 Делегация края посетит три провинции Китая.\n"
            "Первой точкой маршрута стал Харбин, где прошла встреча с вице-губернатором провинции. "
            "Стороны обсудили проекты, запуск которых запланирован на 2026 год.\n" + PAGE_PARAGRAPHS_RU)
    assert parse(text).date == dt.date(2025, 10, 22)
