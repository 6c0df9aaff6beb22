"""Ingest rules for dates and datelines drawn from the 76th to 79th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, parse


def test_a_city_with_accents_keeps_its_dateline_date_and_wire():
    text = ("Poznań, May 12, 2019 (Eastwire) - The governments of Northland and Eastland want to expand "
            "trade in grain and machinery.\n\n"
            f"{EN_STORY}\n")
    article = parse(text)
    assert (article.dateline, str(article.date), article.source) == ("Poznan", "2019-05-12", "Eastwire")


def test_an_accented_city_the_list_does_not_know_is_kept_as_printed():
    text = ("Trade talks open\n\n"
            "Ribeirão Alto, March 3, 2011 (Eastwire) - Trade envoys of Northland and Eastland met on Tuesday.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline == "Ribeirão Alto"


def test_a_city_whose_name_opens_with_a_two_letter_word_is_a_dateline():
    text = ("Naval ships visit the port\n\n"
            "Da Nang (Eastwire) – Two naval ships of Northland arrived at the port on Monday for a friendly visit.\n\n"
            f"{EN_STORY}\n")
    article = parse(text)
    assert (article.dateline, article.source) == ("Da Nang", "Eastwire")


def test_a_four_word_city_opening_with_a_two_letter_word_is_a_dateline():
    text = ("Business forum held\n\n"
            "Ho Chi Minh City (Eastwire) – A business forum of Northland and Eastland opened on Friday.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline == "Ho Chi Minh City"


def test_a_preposition_before_a_city_is_no_dateline():
    text = ("Envoys meet\n\n"
            "In Minsk (Eastwire) – envoys of Northland and Eastland met on Friday to discuss trade.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline != "In Minsk"

