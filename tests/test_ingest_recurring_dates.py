"""Ingest rules for date and dateline shapes that recur across outlets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse


def test_a_foreign_city_with_its_country_between_slashes_is_a_wires_dateline():
    text = ("ХАНЧЖОУ /Китай/, 3 ноября 2023. /ТАСС/. Премьер-министр встретился с коллегой на полях форума.\n"
            + PAGE_PARAGRAPHS_RU)
    article = parse(text)
    assert article.dateline == "Hangzhou"
    assert article.source == "TASS"
    assert article.date == dt.date(2023, 11, 3)


def test_a_known_city_in_capitals_a_full_stop_and_the_agency_run_on_into_the_lead_is_a_dateline():
    text = "ASTANA. KAZINFORM The two ministers discussed freight and energy projects at the talks.\n" + PAGE_PARAGRAPHS_EN
    assert parse(text).dateline == "Astana"


def test_a_known_city_in_capitals_and_the_agency_in_brackets_without_a_dash_is_a_dateline():
    text = ("Two Countries Sign Agreements\n\n"
            "ISLAMABAD (XYZ) The two countries signed several agreements on science and trade.\n" + PAGE_PARAGRAPHS_EN)
    article = parse(text)
    assert article.dateline == "Islamabad"
    assert article.source is None  # an agency the registry does not know is not credited


def test_a_known_city_and_the_day_run_on_into_the_lead_without_a_dash_is_a_dateline():
    assert parse("MINSK May 10 The bank signed a five-year loan deal.\n" + PAGE_PARAGRAPHS_EN).dateline == "Minsk"
    text = "New Delhi, January 15 The prime minister held a telephone call with his counterpart.\n" + PAGE_PARAGRAPHS_EN
    assert parse(text).dateline == "New Delhi"
    # a title-case city without its comma may open a sentence: no dateline
    assert parse("Minsk May 10 The bank signed a five-year loan deal.\n" + PAGE_PARAGRAPHS_EN).dateline is None


def test_a_known_city_its_country_and_a_colon_is_a_place_that_dates_nothing():
    text = ("Minister Meets Railway Delegation\n\nThu Mar 21 2024\n\n"
            "BISHKEK, Kyrgyzstan: The president met the railway company's vice manager to discuss the project.\n\n"
            "The sides agreed on how the work will be shared and praised the progress made since the spring.\n")
    article = parse(text)
    assert article.dateline == "Bishkek"
    assert article.date == dt.date(2024, 3, 21)
    assert article.event_date is None


def test_a_wire_dateline_in_capitals_on_a_hard_wrapped_line_above_the_lead_is_the_dateline():
    # a wire copy kept with its printed line breaks: the lead's opening lines look like a head
    text = ("* Firm to ship more fertiliser under a new deal\n"
            "* Talks follow the end of a joint venture\n"
            "MINSK, Oct 25 The state fertiliser trader plans to\n"
            "raise its shipments to the east after the breakup of\n"
            "its joint venture, the company said on Friday.\n"
            + PAGE_PARAGRAPHS_EN)
    assert parse(text).dateline == "Minsk"


def test_a_byline_set_off_by_a_dash_gives_the_place_it_was_filed_from():
    text = ("Engine Maker Looks West\n\n- By ANNA NOVAK in Minsk\n\n"
            "The engine plant in the industrial park plans to sell half its output abroad next year.\n\n"
            + PAGE_PARAGRAPHS_EN)
    assert parse(text).dateline == "Minsk"


def test_an_ordinal_day_after_the_month_in_a_wires_dateline():
    text = "Minsk, June 7th (Xinhua) – The deputy minister said the language courses keep growing.\n" + PAGE_PARAGRAPHS_EN
    article = parse(text)
    assert article.dateline == "Minsk"


def test_a_page_stamp_with_the_year_mark_run_into_the_lead_names_no_event_day():
    text = ("Посол принял участие в форуме\n\n"
            "06.10.2023 г.В рамках рабочего визита в период с 4 по 6 октября посол принял участие в форуме.\n\n"
            "Он выступил с докладом о сотрудничестве в сельском хозяйстве и туризме.\n")
    article = parse(text)
    assert article.date == dt.date(2023, 10, 6)
    assert article.event_date is None


def test_on_the_eve_of_a_numbered_or_qualified_occasion_is_not_yesterday():
    text = ("Новая глава дружбы\n\n13.09.2022, 10:16\n\n"
            "Председатель 14 сентября посетит соседнюю страну с государственным визитом. "
            "Эта поездка проводится накануне 20-го съезда партии.\n\n"
            "В 1992 году страны установили дипломатические отношения.\n")
    assert parse(text).event_date is None


def test_a_print_line_at_the_foot_dates_a_later_copy_of_a_wire_story():
    text = ("发布时间:2024-11-27 19:00:11 来源: sp20241127\n\n"
            "新华社塔什干9月7日电(记者王明)9月5日,该国总统在塔什干会见来访的代表团。\n"
            + PAGE_PARAGRAPHS_ZH
            + "\n《 人民日报 》( 2024年09月08日 02 版)\n")
    assert parse(text).date == dt.date(2024, 9, 8)


def test_a_page_stamp_weeks_after_the_wires_day_is_the_pages_date():
    # a month on is the portal's own posting; two months and more a mirror's copy of the wire
    text = ("发布者:管理员 发布时间:2020-07-14 09:04:21 阅读: 997\n\n"
            "中新网北京6月15日电 两国外长当天通电话,祝贺两国建交二十周年。\n" + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date == dt.date(2020, 7, 14)
    text = ("发布时间:2024-11-25 01:32:32 来源: sp20241125\n\n"
            "中新网成都9月13日电 两市代表当天签署合作协议。\n" + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date == dt.date(2024, 9, 13)


def test_a_page_stamp_before_the_wires_day_of_the_year_makes_no_year_old_copy():
    text = ("来自:某某资讯网 2014-12-12\n\n"
            "中新网莫斯科12月26日电(记者 王明)五百余名中国留学生齐聚一堂,共迎新年。\n" + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date == dt.date(2014, 12, 12)


def test_a_print_pages_mark_with_a_sections_letter_dates_the_edition_below_it():
    text = ("第B07版:国内国际 上一版\n标题导航\n\n2019年05月17日 星期五\n\n两市签署友好城市协议\n\n"
            "新华社喀山5月15日电(记者王明)两市代表15日签署友好城市协议。\n" + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date == dt.date(2019, 5, 17)


def test_a_known_city_alone_over_the_stamp_that_ends_the_head_is_the_dateline():
    text = ("Rail Operators Sign Freight Agreements\n\n"
            "The deals are part of a wider transport plan\n\n"
            "Gomel\n\nMarch 14, 2022\n\n"
            "The operators agreed to run more container trains between the two countries.\n\n"
            + PAGE_PARAGRAPHS_EN)
    article = parse(text)
    assert article.dateline == "Gomel"
    assert article.date == dt.date(2022, 3, 14)


def test_a_date_on_a_hard_wrapped_line_of_the_lead_is_not_the_page_stamp():
    # a copy kept with its printed line breaks: a lead's line that holds a date looks like a stamp
    text = ("ALMATY, Kazakhstan, November 12. A new rule on customs\n"
            "checks for lorries at the border posts has come into\n"
            "effect on September 5, 2023, Kabar reports.\n"
            "Drivers may now file their papers online ahead of the\n"
            "crossing, which is meant to shorten the queues for\n"
            "lorries, vans, buses, coaches and private cars.\n"
            "The rule covers all goods vehicles above a set weight\n"
            "and applies at every post along the eastern border.\n"
            "Officials said the checks would take less than an hour\n"
            "once the papers have been filed and found in order.\n")
    assert parse(text).date != dt.date(2023, 9, 5)


def test_a_caption_closing_on_a_bracketed_photo_credit_does_not_date_the_page():
    text = ("Teachers: Building bridges with language\n\n"
            "Pupils paint opera masks at a school in Bishkek on May 3, 2016. [Photo/Xinhua] |\n\n"
            "More than three hundred students now attend the evening classes at the institute.\n\n"
            + PAGE_PARAGRAPHS_EN)
    assert parse(text).date != dt.date(2016, 5, 3)


def test_a_page_address_with_the_day_and_time_run_together_dates_the_story():
    text = ("https://www.example-times.com/realtimenews/20220915002120-260409?ref=home\n"
            "兩國海軍艦艇今日在太平洋水域展開聯合巡邏,國防部表示此舉旨在加強合作。\n" + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date == dt.date(2022, 9, 15)


def test_a_wire_dateline_with_its_day_in_chinese_numerals_gives_the_city_but_no_event_day():
    text = ("兩國友好年在莫斯科開幕\n\n"
            "中新社莫斯科三月二十日電(記者 王明)兩國元首將於三月二十二日出席友好年開幕式,雙方將簽署多項合作文件。\n"
            + PAGE_PARAGRAPHS_ZH)
    article = parse(text)
    assert article.dateline == "Moscow"
    assert article.event_date is None
