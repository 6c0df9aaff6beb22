"""Ingest rules for publication dates, datelines and event dates drawn from the 34th and 35th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_the_span_of_days_a_weekly_issue_covers_is_not_the_publication_date():
    text = (f"January 9 – January 15, 2023\nForeign policy\n\nPartners weigh the costs of new ties\n\n"
            f"The ministry is counting on its partners to keep their promises. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date is None


def test_a_span_of_days_in_one_month_is_not_the_publication_date():
    text = (f"9–15 января 2023\n\nПартнёры взвешивают цену новых связей\n\n"
            f"Министерство рассчитывает на обещания партнёров. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).date is None


def test_a_single_date_line_above_the_headline_stays_the_publication_date():
    text = (f"January 15, 2023\n\nPartners weigh the costs of new ties\n\n"
            f"The ministry is counting on its partners to keep their promises. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).date) == "2023-01-15"


# --- datelines ------------------------------------------------------------------------------------

def test_a_machine_translated_belta_dateline_with_its_correspondent_tag_gives_the_city():
    text = f"园区讲述成功项目\n3 月 14 日,明斯克 / Corr. 貝爾塔/。园区负责人讲述了已经实施的项目。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Minsk"


def test_a_papers_own_dispatch_from_a_known_city_without_a_day_gives_the_city():
    text = f"代表团访问白俄罗斯\n本报明斯克电 (记者 王 明) 代表团日前访问白俄罗斯并会见总理。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Minsk"


def test_a_papers_digest_of_the_wires_in_brackets_gives_the_city():
    text = f"部长将访问两国\n(北京9日綜合電)據國防部週一透露,部長將於9日至12日出訪。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Beijing"


def test_an_unknown_place_before_a_dispatch_mark_is_no_dateline():
    text = f"代表团访问白俄罗斯\n本报某某电 (记者 王 明) 代表团日前访问白俄罗斯并会见总理。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline is None


# --- event dates ----------------------------------------------------------------------------------

def test_a_weekly_timetable_of_weekdays_gives_no_event_day():
    text = (f"Новый рейс свяжет две столицы\n\n12 марта 2019, 10:00\n\n"
            f"12 марта, Минск /Корр. БЕЛТА/. Авиакомпания открывает новый рейс.\n\n"
            f"Рейс выполнят четыре раза в неделю: в понедельник, среду, пятницу и воскресенье. {RU_STORY}\n\n{RU_STORY}\n")
    assert str(parse(text).event_date) == "2019-03-12"  # the dateline's day, not last Wednesday


def test_a_single_weekday_in_the_lead_still_dates_the_event():
    text = (f"Ministers meet in Minsk\n\nMarch 14, 2019\n\n"
            f"Ministers met in Minsk on Monday and agreed on new projects. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).event_date) == "2019-03-11"
