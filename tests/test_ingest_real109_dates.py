"""Ingest rules for dates and datelines drawn from the 109th to 114th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import parse

ZH_STORY = "双方表示将继续推进务实合作，扩大贸易往来，深化人文交流，推动两国关系不断向前发展。"
EN_STORY = ("The two sides agreed to expand trade, deepen cooperation in education and culture, "
            "and open new direct flights between the capitals next year.")


def test_a_chinese_wire_filed_from_a_country_and_a_provincial_city_names_the_city_in_english():
    text = ("新铁路段开通\n\n人民日报塞尔维亚苏博蒂察5月2日电(记者李明)" + ZH_STORY * 3 + "\n\n"
            + ZH_STORY * 3 + "\n")
    assert parse(text).dateline == "Subotica"


def test_a_traditional_chinese_wire_from_karabakh_names_khankendi():
    text = ("媒體論壇開幕\n\n新華社阿塞拜疆漢肯德5月2日電(記者王明)" + ZH_STORY * 3 + "\n\n"
            + ZH_STORY * 3 + "\n")
    assert parse(text).dateline == "Khankendi"


def test_a_syndicators_country_and_day_before_the_papers_own_city_gives_that_city():
    text = ("Prime minister arrives for talks\n\n"
            "LAOS, May 6 - VIENTIANE — The prime minister of Belarus arrived on Monday night. "
            + EN_STORY * 2 + "\n\n" + EN_STORY * 3 + "\n")
    assert parse(text).dateline == "Vientiane"


RU_STORY = ("Стороны обсудили вопросы торгово-экономического сотрудничества и договорились "
            "расширить поставки продукции машиностроения.")


def test_a_future_span_of_years_joined_by_a_minus_sign_does_not_rule_out_the_date_marker():
    text = (" date 2025-03-04 4 марта, Минск. Министры встретились в столице. " + RU_STORY * 2 + "\n\n"
            "Стороны подписали программу сотрудничества на 2026−2030 годы. " + RU_STORY * 2 + "\n")
    assert str(parse(text).date) == "2025-03-04"


def test_a_closing_stamp_above_a_photo_credit_and_a_tag_dates_the_page():
    text = ("Ministers open a joint trade fair\n\n" + EN_STORY * 3 + "\n\n" + EN_STORY * 3 + "\n\n"
            "14 мар 2023, 10:25\nPhoto source: govsite.kz\n\nсотрудничество\n")
    assert str(parse(text).date) == "2023-03-14"


def test_a_chinese_outlets_bracketed_lead_credit_dates_the_page():
    text = ("总统抵达首都访问\n\n【东方台北京时间2023年05月14日讯】" + ZH_STORY * 3 + "\n\n"
            + ZH_STORY * 3 + "\n")
    assert str(parse(text).date) == "2023-05-14"


def test_an_outlets_credit_line_with_the_date_and_time_before_the_source_label_dates_the_page():
    text = ("省长会见州长\n\n中央政府门户网站 www.example.cn   2015年03月09日 10时05分   来源:某某日报\n\n"
            + ZH_STORY * 3 + "\n\n" + ZH_STORY * 3 + "\n")
    assert str(parse(text).date) == "2015-03-09"


def test_a_day_first_published_label_in_a_flattened_page_dates_it():
    text = ("副部长访问北京 双方举行会谈" + ZH_STORY + " 发表时间: 21/06/2022 - 09:30 3 分钟 作者: 小明 "
            + ZH_STORY * 4 + "\n")
    assert str(parse(text).date) == "2022-06-21"
