"""Ingest rules for dates drawn from the 94th to 99th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, parse


def test_the_day_the_lead_calls_today_dates_a_page_stamped_weeks_later():
    text = ("Monday, October 21, 2024 - 9:15 am\n"
            "Ambassador backs trade corridor\n\n"
            "The corridor will be expanded. This was announced today, October 2, by the ambassador in Minsk, "
            "Li Wenhua. " + EN_STORY + "\n\n" + EN_STORY + "\n")
    assert str(parse(text).date) == "2024-10-02"


def test_a_russian_today_with_its_day_dates_the_story_too():
    text = ("25.06.2023 10:40\n"
            "Посол поддержал транспортный коридор\n\n"
            "Об этом сегодня, 3 июня, заявил посол в Минске Ли Вэньхуа. " + RU_STORY + "\n\n" + RU_STORY + "\n")
    assert str(parse(text).date) == "2023-06-03"


def test_a_today_naming_the_stamps_own_day_leaves_the_stamp():
    text = ("Monday, October 21, 2024 - 9:15 am\n"
            "Ambassador backs trade corridor\n\n"
            "This was announced today, October 21, by the ambassador in Minsk. " + EN_STORY + "\n\n" + EN_STORY + "\n")
    assert str(parse(text).date) == "2024-10-21"


def test_a_day_not_called_today_does_not_move_the_stamp():
    text = ("Monday, October 21, 2024 - 9:15 am\n"
            "Ambassador backs trade corridor\n\n"
            "The forum opened on October 2 in Minsk, the ambassador said. " + EN_STORY + "\n\n" + EN_STORY + "\n")
    assert str(parse(text).date) == "2024-10-21"


def test_a_date_after_a_bracketed_time_label_in_a_long_info_bar_dates_the_page():
    text = ("Language Centre Opens New Reading Hall at the National University of Technology\n\n"
            "[Source]    Language Centre of the National University of Technology and Applied Sciences [Time]    "
            "2021-03-12 10:05:00 \n\n"
            "On March 3rd local time, the centre opened its new reading hall in Minsk. " + EN_STORY + "\n\n"
            + EN_STORY + "\n")
    assert str(parse(text).date) == "2021-03-12"



def test_a_marker_before_the_pandemic_is_dropped_by_a_text_naming_the_coronavirus_epidemic():
    text = (" date 2018-03-02 The president met the ambassador today. He thanked China for its help during "
            "the coronavirus epidemic. " + EN_STORY + "\n\n" + EN_STORY + "\n")
    assert parse(text).date is None


def test_a_marker_before_an_office_holder_took_office_is_dropped():
    text = (" date 2019-12-13 Belarus and China held talks today. " + EN_STORY + "\n\n"
            "Maxim Ryzhenkov, Minister of Foreign Affairs of Belarus, thanked his host. " + EN_STORY + "\n")
    assert parse(text).date is None


def test_a_marker_after_the_office_holder_took_office_stays():
    text = (" date 2024-07-08 Belarus and China held talks today. " + EN_STORY + "\n\n"
            "Maxim Ryzhenkov, Minister of Foreign Affairs of Belarus, thanked his host. " + EN_STORY + "\n")
    assert str(parse(text).date) == "2024-07-08"


def test_a_currency_rates_widget_date_is_not_the_publication_date():
    text = ("Currency rates from 11/09/2025\n"
            "Summit leaders meet one on one\n\n"
            "Tashkent, Uzbekistan -- The leaders held talks in the capital. " + EN_STORY + "\n\n" + EN_STORY + "\n")
    assert parse(text).date is None


def test_a_date_with_a_tajik_weekday_above_the_headline_is_the_sites_date_widget():
    text = ("26 май 2024, якшанбе\n"
            "President meets the Chinese leader\n\n"
            "The president held talks with the Chinese leader. " + EN_STORY + "\n\n" + EN_STORY + "\n")
    assert parse(text).date is None
