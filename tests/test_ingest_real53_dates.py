"""Ingest rules for publication dates, datelines and event dates drawn from the 53rd to 55th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_print_views_current_date_at_the_foot_is_not_the_pages_date():
    text = ("Портал о сотрудничестве\n\nДелегация посетит завод в мае\n\n"
            f"Делегация области посетит завод 12-13 мая, сообщил представитель ведомства. {RU_STORY}\n\n{RU_STORY}\n\n"
            "Источник: Некое агентство\n\nТекущая дата: 03.02.2023\n")
    assert parse(text).date is None


def test_the_date_of_an_exchange_rates_widget_is_not_the_pages_date():
    text = ("Курсы валют от 05/03/2025\n$1 – 12000.50\nПоиск\nСтраны подписали соглашение о торговле\n\n"
            f"Самарканд (Some.uz) — В столице состоялась церемония подписания соглашения. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).date is None


def test_a_past_day_since_which_a_train_runs_lends_no_year_to_an_outlets_day():
    text = ("某某网11月14日讯(记者 王某)今天上午,国际论坛在某市开幕。\n\n"
            f"自2014年11月18日开通以来,班列已运行多年。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).date is None


def test_without_a_publication_date_a_month_and_year_of_a_recounted_history_lends_no_year_to_the_openings_day():
    text = ("On 8 and 9 June, the bloc held its summit in the capital. The country became a partner in 2011. "
            "It applied for membership in June 2021, and the summit in October 2021 approved the bid. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).event_date is None


def test_an_openings_day_weeks_after_the_pages_stamp_is_no_today_of_a_speaker_further_on():
    text = ("市长会见总领事\n\n发布时间:2016-03-02 10:00\n\n5月20日晚,市长在某湖会见了总领事,双方进行了交谈。\n\n"
            f"市长在会见时说,今天我十分高兴地迎来了总领事。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).event_date is None


def test_a_span_under_way_on_the_wires_day_still_dates_the_news_by_the_dateline():
    text = ("Capital hosts cup final\n\n5 May 2017\n\nMINSK, 5 May (BelTA) – The capital is hosting the cup final on 5-7 May, "
            f"BelTA has learned. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).event_date) == "2017-05-05"


def test_a_chinese_wires_day_without_its_month_and_unbracketed_is_read():
    text = f"代表团访问某市\n\n新华社北京22日电 代表团访问了某市。{ZH_STORY}\n\n{ZH_STORY}\n"
    parsed = parse(text)
    assert (parsed.dateline, parsed.source) == ("Beijing", "Xinhua")


def test_a_chinese_wires_city_holds_when_the_month_of_its_day_was_lost():
    text = f"某州活动日在布列斯特举行\n\n白通社布列斯特46日电 白通社报道。活动日正在布列斯特举行。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Brest"


def test_a_known_capitals_city_and_a_complete_date_run_on_into_the_lead_are_the_dateline():
    text = (f"Leaders meet before the summit\n\nBEIJING, June 16, 2025 Chinese officials met their guests on Monday. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    parsed = parse(text)
    assert (parsed.dateline, str(parsed.date)) == ("Beijing", "2025-06-16")
