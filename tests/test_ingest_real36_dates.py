"""Ingest rules for publication dates, datelines and event dates drawn from the 36th and 37th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

from despatch.ingest.dates import find_dates


def test_a_championship_named_with_a_later_year_does_not_rule_out_the_store_marker():
    text = (f" date 2025-03-12\nСборная провела товарищеский матч\n\n"
            f"В рамках подготовки к чемпионату мира - 2026 команда 12 марта провела матч со сборной Китая. {RU_STORY}\n\n{RU_STORY}\n")
    assert str(parse(text).date) == "2025-03-12"


def test_a_later_year_told_in_the_past_still_rules_out_the_store_marker():
    text = (f" date 2019-03-12\nСборная провела товарищеский матч\n\n"
            f"В 2026 году команда провела матч со сборной Китая. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).date is None


def test_a_press_digest_item_header_gives_the_day_the_item_ran():
    text = (f"Торговля с Китаем выросла вдвое\n\nПрайм-Агентство 14.05.22 Слов: 310\n\n"
            f"Товарооборот вырос вдвое, сообщил посол. {RU_STORY}\n\n{RU_STORY}\n")
    assert str(parse(text).date) == "2022-05-14"


def test_an_older_wire_dateline_without_a_comma_gives_the_city():
    text = f"MINSK Nov 3 The potash trader has signed a supply memorandum with a Chinese buyer. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Minsk"


def test_capitals_before_a_month_and_day_are_no_dateline_unless_the_city_is_known():
    text = f"NOTE May 5 The potash trader has signed a supply memorandum with a Chinese buyer. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline is None


def test_a_taiwanese_outlets_reporter_credit_gives_the_city_reported_from():
    text = f"外交部駁斥聯合聲明\n\n某某新聞網記者王小明/台北報導\n\n外交部今日表示對此予以駁斥。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Taipei"


def test_a_rockets_model_name_is_not_a_day():
    assert find_dates("the satellite rode a Long March 3B rocket") == []
    assert [f.day for f in find_dates("launched on March 3 from the site")] == [3]


def test_the_last_day_of_a_span_in_words_is_not_the_event_day():
    text = (f"Год образования в Китае\n\nС 8 по 13 января 2019 года делегация университета приняла участие "
            f"в открытии Года образования. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).event_date is None
