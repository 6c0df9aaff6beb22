"""Ingest rules for publication dates, datelines and event dates drawn from the 32nd and 33rd held-out sets (texts here are our own)."""
from __future__ import annotations

from despatch.ingest.dates import calendar_years

from ingest_support import RU_STORY, parse


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
