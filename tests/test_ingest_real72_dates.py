"""Ingest rules for event dates drawn from the 72nd to 75th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import parse

RU_STORY = "Стороны обсудили вопросы торгового и культурного сотрудничества и договорились о новых встречах."


def test_an_undated_page_whose_lead_tells_of_today_gives_no_event_day_from_its_background():
    text = ("ДЕЛЕГАЦИЯ СОСЕДНЕЙ СТРАНЫ ПРИБЫВАЕТ В СТОЛИЦУ\n\n"
            "Озёрск, 11 марта. (Агентство «Восток», Иван Петров). — Сегодня в Озёрск прибудет делегация "
            "соседней республики. Прошлый визит состоялся 12 мая 2004 года и стал важным событием.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).event_date is None


def test_an_undated_page_whose_opening_sentence_dates_its_today_keeps_that_day():
    text = ("President starts a visit to the neighbouring country\n\n"
            "The president (file photo) (Agency) 5 December 2005 -- The president today held talks with his "
            "counterpart on the first day of a three-day state visit.\n\n"
            "The two leaders signed a number of cooperation agreements on trade and education.\n")
    assert parse(text).event_date.isoformat() == "2005-12-05"


def test_a_dateline_day_later_in_the_stamps_month_is_no_day_a_year_before():
    text = ("Министр отправится на совещание\n\n"
            "ОЗЁРСК, 21 окт – Восток. Заместитель министра примет участие в совещании министров торговли.\n\n"
            "1 октября 2016, 10:15\n\n"
            f"{RU_STORY}\n")
    story = parse(text)
    assert story.event_date is None
