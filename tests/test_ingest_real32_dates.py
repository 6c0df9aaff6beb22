"""Ingest rules for publication dates, datelines and event dates drawn from the 32nd and 33rd held-out sets (texts here are our own)."""
from __future__ import annotations

from despatch.ingest.dates import calendar_years

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


CALENDAR = "<Май 2013\nПнВтСрЧтПтСбВс\n12345678\n9101112131415\nИюнь 2013>\nПнВтСрЧтПтСбВс\n12345678\n"


def test_archive_calendar_month_headings_give_their_years():
    assert calendar_years(CALENDAR.splitlines()) == [2013, 2013]


def test_a_month_and_year_without_a_row_of_weekdays_is_no_calendar():
    assert calendar_years(["Июнь 2013", "Завод открыли в срок."]) == []


def test_last_update_stamp_years_after_the_pages_archive_calendar_is_not_the_publication_date():
    text = (f"Последнее обновление: 12.03.2023 10:05\n\nМинистр обсудил проекты с партнёрами\n\n"
            f"Министр сегодня провёл совещание по совместным проектам с партнёрами. {RU_STORY}\n\n"
            f"{RU_STORY}\n\n{CALENDAR}")
    assert parse(text).date is None


def test_last_update_stamp_of_the_calendars_own_year_stays_the_date():
    text = (f"Последнее обновление: 12.06.2013 10:05\n\nМинистр обсудил проекты с партнёрами\n\n"
            f"Министр сегодня провёл совещание по совместным проектам с партнёрами. {RU_STORY}\n\n"
            f"{RU_STORY}\n\n{CALENDAR}")
    assert str(parse(text).date) == "2013-06-12"


# --- datelines ------------------------------------------------------------------------------------

def test_a_known_chinese_city_and_a_dash_opening_the_lead_is_the_dateline():
    text = f"某国领导人结束访问\n莫斯科 — 某国总统结束访问后带回了贷款和援助。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Moscow"


def test_a_chinese_phrase_and_a_dash_is_no_dateline():
    text = f"某国领导人结束访问\n据悉 — 某国总统结束访问后带回了贷款和援助。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline is None


def test_a_writers_credit_filed_from_a_known_city_gives_the_dateline():
    text = f"小国的出路在哪里?\n\n特約撰稿人 張三 發自華盛頓\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Washington"


def test_a_translated_wire_dateline_with_the_agency_in_brackets_after_captions():
    text = (f"体育场正式启用\n\n总统向运动员代表交付了钥匙。(图片由某某/新华社提供)\n\n"
            f"明斯克,6月8日(新华社电)——这座体育场于周六晚间在此正式启用。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).dateline == "Minsk"


def test_an_english_translation_of_a_chinese_wire_names_the_agency_then_the_city():
    text = (f"Council hears joint statement\n\nChina News Agency, Geneva, July 3rd The council's session is "
            f"being held in Geneva. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).dateline == "Geneva"


def test_a_capitals_city_and_day_without_the_wires_tag_under_quotes_is_the_dateline():
    text = (f"Countries voice support for partner\n\n\"We urge restraint,\" they said in the statement.\n\n"
            f"GENEVA, July 3  -- A group of countries on Friday delivered a joint statement. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).dateline == "Geneva"


def test_a_broadcasters_chinese_city_and_dash_dates_no_event_on_a_repost():
    text = (f"某国领导人面临危机\n\n2020-08-22 20:58:03\n\n"
            f"莫斯科 — 某国的抗议浪潮愈演愈烈,邻国却不希望政权垮台。{ZH_STORY}\n\n{ZH_STORY}\n")
    article = parse(text)
    assert article.dateline == "Moscow"
    assert article.event_date is None
