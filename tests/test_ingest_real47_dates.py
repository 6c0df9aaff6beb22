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
