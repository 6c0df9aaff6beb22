"""Ingest rules for dates drawn from the 90th to 93rd held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_teaser_stamp_over_the_first_copy_of_the_headline_yields_to_the_stamp_over_the_second():
    text = ("05.03.2025\n"
            "Министры обсудили транспортные проекты\n"
            "11.02.2025\n"
            "Министры обсудили транспортные проекты\n\n"
            "Министр иностранных дел встретился с комиссаром по вопросам соседства. Стороны обсудили проекты "
            "развития транспортной связанности региона и планы предстоящих визитов.\n\n"
            "Были затронуты и другие вопросы двустороннего сотрудничества.\n")
    assert str(parse(text).date) == "2025-02-11"


def test_one_stamp_over_a_headline_printed_once_is_kept():
    text = ("05.03.2025\n"
            "Министры обсудили транспортные проекты\n\n"
            "Министр иностранных дел встретился с комиссаром по вопросам соседства. Стороны обсудили проекты "
            "развития транспортной связанности региона и планы предстоящих визитов.\n\n"
            "Были затронуты и другие вопросы двустороннего сотрудничества.\n")
    assert str(parse(text).date) == "2025-03-05"


def test_a_full_date_and_a_site_domain_before_a_slash_opening_the_lead_date_the_page():
    text = ("14\nМар\n"
            "3 апреля 2016, newsfeed.com / В ходе встречи спикеров двух парламентов подписан меморандум о "
            "сотрудничестве между законодательными органами.\n\n"
            "Документ охватывает межпарламентский диалог и обмен опытом.\n\n"
            "Источник: Вестник\n")
    assert str(parse(text).date) == "2016-04-03"


def test_a_city_in_capitals_and_an_agency_between_slashes_before_a_dash_is_a_dateline():
    text = ("Министры обороны подписали договор\n\n"
            "ТАШКЕНТ /Trend/ - Министры обороны двух стран подписали договор о сотрудничестве. " + RU_STORY + "\n\n"
            + RU_STORY + "\n")
    assert parse(text).dateline == "Tashkent"


def test_an_agency_a_slash_and_a_special_dispatch_from_a_city_is_a_dateline():
    text = ("僑委會訪問泰北僑校\n\n"
            "中央社／ 曼谷30日專電\n\n"
            "僑務委員會委員長今天抵達泰北訪問僑校。" + ZH_STORY + "\n\n" + ZH_STORY + "\n")
    assert parse(text).dateline == "Bangkok"


def test_a_known_city_its_country_and_a_full_stop_with_a_hyphen_is_a_dateline():
    text = ("Cuba and China discuss trade\n\n"
            "Havana, Cuba.- The vice prime minister spoke today with the visiting company president. " + EN_STORY + "\n\n"
            + EN_STORY + "\n")
    assert parse(text).dateline == "Havana"
