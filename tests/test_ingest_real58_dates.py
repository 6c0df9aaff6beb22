"""Ingest rules for publication dates, datelines and event dates drawn from the 58th to 61st held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_founding_date_in_a_paragraph_cut_short_at_the_end_is_not_the_pages_date():
    text = ("Lakeside (ABC) – The envoy of Northland praised the friendship society at a reception in Lakeside on March 3.\n\n"
            f"{EN_STORY}\n\n"
            "Founded on May 9, 1998, the society is working to bring the two peoples closer, with exhib\n")
    assert parse(text).date is None


def test_a_plans_span_of_later_years_does_not_contradict_the_stores_marker():
    text = (" date 2024-06-10 Главное Спорт Регионы\n"
            "Две страны подписали дорожные карты о сотрудничестве\n\n"
            "Министры двух стран подписали дорожные карты о промышленной кооперации и торговле на 2025-2027 годы.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).date.isoformat() == "2024-06-10"


def test_a_later_year_told_in_the_past_still_contradicts_the_marker():
    text = (" date 2019-06-10\nДве страны подписали соглашение\n\n"
            "В сентябре 2022 года министры подписали соглашение о торговле.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).date is None


def test_the_date_on_the_alt_text_of_the_storys_own_picture_dates_the_page():
    text = ("媒体:某国总统准备访问邻国\n\n"
            "媒体:某国总统准备访问邻国 - 某某通讯社, 1920, 05.02.2024\n关注\n"
            "某某通讯社明斯克2月5日电 据报道,该国领导人准备在大选前访问邻国。\n\n"
            f"{ZH_STORY}\n")
    assert parse(text).date.isoformat() == "2024-02-05"


def test_a_day_with_a_dot_before_the_month_name_is_a_full_date():
    text = ("fredag 5. mars 2021\n\nNorthland to open a trade office in Southland, officials say\n\n"
            f"Northland will open a trade office in Southland by the end of the year, its ministry said. {EN_STORY}\n")
    assert parse(text).date.isoformat() == "2021-03-05"


def test_a_sites_domain_then_a_day_with_a_two_digit_year_and_a_view_count_dates_the_page():
    text = ("Новый консул прибыл в город\n\nExample.ru 12.10.22 240\n\n"
            "11 октября новый консул официально вступил в должность.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).date.isoformat() == "2022-10-12"


def test_a_sites_rubric_in_the_citys_place_is_no_dateline_city():
    text = ("Глава государства провел ряд встреч\n\n"
            "НОВОСТИ В МИРЕ, 2 сентября. /АГЕНТСТВО/. Сегодня президент провел встречи с деловыми кругами.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).dateline is None


def test_a_chinese_wire_special_dispatch_is_a_dateline():
    text = ("两国签署自贸协定备忘录\n\n"
            "新华社第比利斯10月5日专电(记者李某)商务部部长5日在第比利斯签署了谅解备忘录。\n\n"
            f"{ZH_STORY}\n")
    assert parse(text).dateline == "Tbilisi"


def test_a_russian_wire_dateline_from_two_cities_gives_the_first():
    text = ("Специальный обзор: добрые соседи\n\n"
            "Пекин/Минск, 3 июля /Синьхуа/ -- Председатель заявил, что рад визиту к доброму соседу.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).dateline == "Beijing"


def test_a_known_city_and_the_outlets_name_between_slashes_or_quotes_is_a_dateline():
    english = ("Foreign minister begins visit\n\n"
               f"Ulaanbaatar/MONTSAME/. The foreign minister of Southland has begun an official visit today. {EN_STORY}\n")
    russian = ("Визит президента завершился\n\n"
               f"Бишкек, «АГЕНТСТВО.KG». По итогам заседания подписан ряд документов.\n\n{RU_STORY}\n")
    assert parse(english).dateline == "Ulaanbaatar"
    assert parse(russian).dateline == "Bishkek"


def test_a_papers_reporter_dateline_names_the_city_before_the_desk():
    text = ("副主席抵達訪問\n\n"
            "【本報北京新聞中心記者王某19日電】應邀請,副主席於當地時間19日上午抵達,開始正式訪問。\n\n"
            f"{ZH_STORY}\n")
    assert parse(text).dateline == "Beijing"


def test_figures_for_the_first_months_of_the_year_have_no_event_day():
    text = ("Грузооборот через погранпереход вырос\n\n26/05/2025,16:48\n\n"
            "Урумчи, 26 мая /Синьхуа/ -- По итогам первых четырех месяцев этого года через погранпереход прошло 13 млн тонн грузов.\n\n"
            f"{RU_STORY}\n")
    article = parse(text)
    assert article.date.isoformat() == "2025-05-26"
    assert article.event_date is None


def test_a_wire_story_of_the_day_still_takes_its_datelines_day():
    text = ("Грузооборот через погранпереход вырос\n\n26/05/2025,16:48\n\n"
            "Урумчи, 26 мая /Синьхуа/ -- Через погранпереход прошла первая партия грузов нового маршрута.\n\n"
            f"{RU_STORY}\n")
    assert str(parse(text).event_date) == "2025-05-26"
