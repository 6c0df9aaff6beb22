"""Ingest rules for date and dateline shapes that recur across outlets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, parse


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
