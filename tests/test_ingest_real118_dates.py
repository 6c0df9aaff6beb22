"""Ingest rules for dates and datelines drawn from the 118th to 120th held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, parse


def test_an_agency_name_where_a_dateline_has_its_city_is_no_place():
    text = ("Премьер Монголии перенёс визит в Россию\n\n"
            "ТАСС, 22 мая. Премьер-министр Монголии отложил официальный визит в Москву, сообщило агентство Монцамэ.\n"
            + PAGE_PARAGRAPHS_RU)
    article = parse(text)
    assert article.dateline is None


def test_a_known_city_in_a_wire_dateline_stays_the_city():
    text = ("Премьер Монголии перенёс визит в Россию\n\n"
            "МОСКВА, 22 мая. /ТАСС/. Премьер-министр Монголии отложил официальный визит, сообщило агентство.\n"
            + PAGE_PARAGRAPHS_RU)
    assert parse(text).dateline == "Moscow"


def test_a_broadcast_players_day_above_the_headline_gives_way_to_the_storys_stamp():
    text = ("Broadcast 05-02-2025\n\nLatest news\n\n"
            "Ulaanbaatar to host railway council meeting in September\n\n"
            "Sarantuya 2016-08-31 11:08\n\n"
            "Officials from Russia, China and European railways will come to Ulaanbaatar in September for a council meeting.\n"
            + PAGE_PARAGRAPHS_EN)
    assert parse(text).date == dt.date(2016, 8, 31)


SYNDICATED_LEAD = ("(MENAFN- Caspian Wire) DUSHANBE, Tajikistan, March 14. The border commission of the two countries "
                   "met in the city of Khujand from March 10 through March 14, 2023, the foreign ministry said, Caspian Wire reports.\n")


def test_a_syndicators_bracketed_credit_before_a_dateline_leaves_the_dateline():
    text = "Border commission holds its meeting\n\n" + SYNDICATED_LEAD + PAGE_PARAGRAPHS_EN
    assert parse(text).dateline == "Dushanbe"


def test_a_wire_dateline_without_its_year_takes_the_year_the_lead_prints_for_that_very_day():
    text = "Border commission holds its meeting\n\n" + SYNDICATED_LEAD + PAGE_PARAGRAPHS_EN
    assert parse(text).date == dt.date(2023, 3, 14)


def test_a_lead_date_of_another_day_gives_a_yearless_dateline_no_year():
    text = ("Border commission holds its meeting\n\n"
            "DUSHANBE, Tajikistan, March 14. The border commission of the two countries first met on "
            "March 10, 2023, the foreign ministry said.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date is None


def test_a_clock_widget_labelled_time_in_a_city_dates_no_page():
    text = ("Time in Ararat: 09:12,   3 March 2024\n\n"
            "Two academies sign a memorandum of cooperation\n\n"
            "ARARAT, OCTOBER 9, NEWSWIRE. The academies of two countries on Monday signed a memorandum of cooperation.\n"
            + PAGE_PARAGRAPHS_EN)
    article = parse(text)
    assert article.date is None



def test_a_stamp_line_closed_by_a_known_city_and_its_country_places_the_story_but_dates_no_event():
    text = ("Two ministers discuss transit\n\n"
            "Caucasus Daily, 4 Feb 2021 - 10:05, Tbilisi,Georgia\n\n"
            "The ministers of two countries discussed transit and logistics in a meeting in the capital.\n\n"
            "Both sides agreed to open a new freight route before the end of the year, making trade easier.\n\n"
            "They also spoke about education and tourism, and signed several cooperation documents.\n")
    article = parse(text)
    assert article.dateline == "Tbilisi"
    assert article.date == dt.date(2021, 2, 4)
    assert article.event_date is None
