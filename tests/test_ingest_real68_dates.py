"""Ingest rules for datelines drawn from the 68th to 71st held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, parse

RU_STORY = "Стороны обсудили вопросы торгового и культурного сотрудничества и договорились о новых встречах."


def test_a_dateline_with_a_two_digit_year_names_its_city():
    text = ("Делегация посетила форум\n\n"
            "Цзинань, 13.05.19. /Восток-Пресс/. В китайском городе стартовал форум регионального сотрудничества.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).dateline == "Jinan"


def test_a_us_dateline_keeps_the_wire_spelling_of_saint():
    text = ("Governor leads mission abroad\n\n"
            "ST. PAUL, Minn. (AP) — The governor of Northstate will lead a trade mission to Eastland next week.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline == "St. Paul"


def test_macau_takes_its_press_spelling():
    text = ("Trade envoys meet in Macau\n\n"
            "MACAU, June 3 (Eastwire) -- Trade envoys of Northland and Eastland met on Tuesday.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline == "Macau"
