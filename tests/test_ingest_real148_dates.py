"""Date and dateline rules from the real148-156 pages: a site clock whose weekday runs into its time above the
headline, a Minguo filing code with an advertisement's lines under it, a description ending with the outlet and
the day in digits, a Chinese time label over a two-digit year first, an uploader's name glued to the posted
stamp, a stamp between a summary and the wire's lead, and a portal's wire copy opening 'City (AGENCY) Mon DD,
YYYY' after the house credit. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def test_a_site_clock_with_its_weekday_glued_to_the_time_yields_to_the_stamp_under_the_headline():
    text = f"18 июля 2025, пятница16:33\n\nЭкономика\n\n{RU_TITLE}\n\n2 июля 2014, 7:08\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.date == dt.date(2014, 7, 2)
    assert article.time == "07:08"


def test_a_minguo_filing_code_above_an_advertisements_lines_dates_the_story():
    text = (f"{ZH_TITLE}\n\n(中央社某地23日綜合外電報導){ZH_STORY}\n\n{ZH_STORY}\n\n"
            f"部長表示,雙方將繼續合作。(譯者:某某)1100524\n\n我是廣告 請繼續往下閱讀\n\n鞋槓人生\n")
    assert parse(text).date == dt.date(2021, 5, 24)


def test_a_description_ending_with_the_outlet_and_the_day_in_digits_dates_the_page():
    text = (f"{RU_TITLE}\n\nГлава области заявил, что регион развивает связи с провинцией. Вестник Новостей, 08.08.2025\n\n"
            f"ВИЛЬНЯ, 8 авг – Вестник Новостей. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).date == dt.date(2025, 8, 8)


def test_a_time_label_over_a_two_digit_year_first_run_into_the_source_label_dates_the_page():
    text = f"{ZH_TITLE}\n时间:20-11-23来源:某某化工网 点击: 次\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date == dt.date(2020, 11, 23)


def test_a_two_digit_year_first_without_a_label_is_not_read():
    text = f"{ZH_TITLE}\n编号 20-11-23 某某化工网\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date is None


def test_an_uploaders_name_glued_to_the_posted_stamp_dates_the_page():
    text = (f"{ZH_TITLE}\n\n转载 lina2024/11/03 12:51:17 发布 IP属地:未知 来源:某某社 作者: 227 阅读 0 评论\n\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    article = parse(text)
    assert article.date == dt.date(2024, 11, 3)
    assert article.time == "12:51:17"


def test_a_stamp_between_a_summary_and_the_wires_lead_dates_the_page():
    text = (f"{EN_TITLE}\n{EN_STORY}\n{EN_STORY}\n09:28 GMT 06.07.2024\n© Some Photo / Jane Roe Two flags\n"
            f"VILNIUS (Newswire) - {EN_STORY}\n{EN_STORY}\n")
    article = parse(text)
    assert article.date == dt.date(2024, 7, 6)
    assert article.time == "09:28"


def test_a_portals_wire_copy_opening_with_city_agency_and_day_gives_date_and_dateline():
    text = f"by Staff Writers Minsk (AFP) Sept 17, 2011 The two towns opened a bridge. {EN_STORY} {EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.date == dt.date(2011, 9, 17)
    assert article.dateline == "Minsk"
    assert article.source == "AFP"


def test_a_time_alone_after_the_stores_marker_is_the_pages_time():
    text = f" date 2025-11-20 10:29\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.date == dt.date(2025, 11, 20)
    assert article.time == "10:29"


def test_a_chinese_month_word_with_its_measure_is_read_in_a_stamp():
    text = f"11:14, 30 八月份 2025 | GMT +5\n{ZH_TITLE}\n{ZH_STORY}\n{ZH_STORY}\n"
    article = parse(text)
    assert article.date == dt.date(2025, 8, 30)
    assert article.time == "11:14"


def test_a_known_city_and_the_agency_in_capitals_with_no_dash_are_a_dateline():
    text = f"{EN_TITLE}\n\nXI’AN. NEWSWIRE 47 documents were signed during the visit. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Xi'an"


def test_a_republished_wires_credit_line_names_agency_and_city():
    text = f"{EN_TITLE}\n\nNewswire, Astana :\nThe premier will start a visit on Sunday. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Astana"


def test_a_portals_bracketed_credit_after_city_and_country_gives_the_dateline():
    text = (f" date 2023-05-15 Kyiv, Ukraine, (SomePortal / Other News - 15th May, 2023 ) :The envoy will arrive "
            f"on Tuesday. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).dateline == "Kyiv"

