"""Ingest rules for publication dates, datelines and event dates drawn from the 47th to 52nd held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, ZH_STORY, parse


def test_the_store_marker_a_day_before_a_wires_dateline_yields_to_the_wires_day():
    text = (" date 2021-03-09 GRODNO, March 10. /TASS/. The governor said on Wednesday that the bridge would open soon. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).date) == "2021-03-10"


def test_the_store_marker_a_day_after_a_wires_dateline_stays_the_pages_date():
    text = (" date 2021-03-11 GRODNO, March 10 (Xinhua) -- The governor said on Wednesday that the bridge would open soon. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).date) == "2021-03-11"


def test_calling_china_and_belarus_all_weather_partners_rules_out_an_older_marker():
    text = (" date 2018-05-04 The ties of Belarus and China have reached the level of an all-weather partnership, "
            f"the speaker said at a meeting with the ambassador. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date is None


def test_a_summits_banner_with_its_day_is_not_the_pages_date():
    text = (f"某组织峰会 2019年10月20日\n\n关于外长会议\n\n外长会议将于9月3日至4日在某市举行。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).date is None


def test_a_weekdays_clock_above_the_headline_yields_to_the_stamp_under_it():
    text = ("Monday, 08 March 2021 10:15 GMT\nTalks in the capital bring an exchange of prisoners\n\n2022-06-01 09:12:40\n"
            f"(Some Wire) The two delegations agreed on an exchange of prisoners. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).date) == "2022-06-01"


def test_two_days_of_a_month_first_span_name_no_one_event_day():
    text = ("Region shown at a fair in the south\n\n06.01.2020 — News\n\n"
            f"The region was a guest of the fair held in Sanya on December 28-29. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).event_date is None


def test_the_last_day_of_a_chinese_span_after_a_day_without_its_suffix_is_no_event_day():
    text = (f"两国签署合作计划\n\n时间:2021.03.31\n\n3月26~27日外长应邀访问该国,双方签署了合作计划。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).event_date is None


def test_without_a_publication_date_a_forum_that_will_be_held_gives_no_event_day():
    text = ("Форум пройдет в сентябре\n\nФорум сотрудничества пройдет с 4 по 6 сентября в столице, сообщает агентство.\n\n"
            "Впервые форум провели в октябре 2000 года в столице.\n\nУчастники обсудят планы.\n")
    assert parse(text).event_date is None


def test_a_wires_dateline_glued_to_a_caption_ending_in_photo_is_read():
    text = ("Лидер может позвонить коллеге\n\nПредседатель КНР. Архивное фотоМОСКВА, 20 мар — РИА Новости. "
            "Лидер может позвонить коллеге после визита, сообщает газета.\n\nПодробности позже.\n")
    assert parse(text).dateline == "Moscow"


def test_without_a_publication_date_a_day_since_which_things_hold_lends_no_year_to_the_wires_day():
    text = ("Лидер может позвонить коллеге\n\nМОСКВА, 20 мар — РИА Новости. Лидер может позвонить коллеге после визита. "
            "Это будет первый разговор двух лидеров с 24 февраля 2022 года.\n\nПодробности позже.\n")
    assert parse(text).event_date is None


def test_a_known_city_and_an_agency_between_slashes_is_the_dateline():
    text = (f"Commission meets in the capital\n\nUlaanbaatar /MONTSAME/. The commission held its session on Friday. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).dateline == "Ulaanbaatar"


def test_a_known_city_its_country_and_an_agency_between_bars_is_the_dateline():
    text = (f"Delegations meet for talks\n\nISTANBUL, TURKEY | Xinhua | Delegations of the two sides met on Friday. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).dateline == "Istanbul"


def test_a_chinese_agency_city_and_day_before_a_dash_is_the_dateline():
    text = (f"两国领导人会见\n\n越通社河内5月12日——据特派记者报道,领导人当天会见了代表团。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).dateline == "Hanoi"
