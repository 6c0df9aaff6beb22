"""Ingest rules for dates drawn from the 103rd to 105th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, parse


# a portal's repost clock above the headline, the original's stamp under the byline
REPOSTED_PAGE = ("Газета: Минск и Пекин расширят сотрудничество\n\n"
                 "03:15 21.05.2025\n\n"
                 "Минск и Пекин расширят сотрудничество\n\n"
                 "Иван Петров\n\n"
                 "Обозреватель отдела международной политики\n\n"
                 "20.05.2025\n\n"
                 + RU_STORY + "\n\n" + RU_STORY + "\n")


def test_a_stamp_under_the_byline_the_marker_names_beats_a_portals_repost_clock():
    assert str(parse(" date 2025-05-20 " + REPOSTED_PAGE).date) == "2025-05-20"


def test_without_a_marker_the_first_stamp_still_dates_the_page():
    assert str(parse(REPOSTED_PAGE).date) == "2025-05-21"


def test_a_day_month_comma_year_opening_the_text_is_the_pages_stamp():
    text = ("14 апреля, 2025 Минск выделит средства на строительство новых школ в регионах. "
            + RU_STORY + "\n\n" + RU_STORY + "\n")
    assert str(parse(text).date) == "2025-04-14"


def test_prose_opening_with_a_date_and_its_year_word_is_no_stamp():
    text = ("14 апреля 2025 года Минск выделит средства на строительство новых школ в регионах. "
            + RU_STORY + "\n\n" + RU_STORY + "\n")
    assert parse(text).date is None


def test_a_wire_tag_opened_by_a_slash_and_closed_by_a_full_stop_is_a_dateline():
    text = ("Ministers prepare the intergovernmental commission\n\n"
            "MINSK, May 4. /'Vostok' IA. The deputy prime minister chaired a meeting. " + EN_STORY + "\n\n"
            + EN_STORY + "\n")
    assert parse(text).dateline == "Minsk"


def test_a_russian_dateline_with_the_outlet_in_quotation_marks():
    text = ("Душанбе. 3 мая. «Памир-Инфо» — Соглашение о помощи подписано сегодня в Душанбе. "
            + RU_STORY + "\n\n" + RU_STORY + "\n")
    assert parse(text).dateline == "Dushanbe"


def test_a_date_then_the_city_under_the_headline_is_a_dateline():
    text = ("Meeting with the President of Turkmenistan\n\n"
            "March 4, 2023, Tashkent\n\n"
            "The president met his counterpart on the sidelines of the summit. " + EN_STORY + "\n\n"
            + EN_STORY + "\n")
    article = parse(text)
    assert (article.dateline, str(article.date)) == ("Tashkent", "2023-03-04")
