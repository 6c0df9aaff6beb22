"""Date and dateline rules from the real206-211 pages: a picture gallery's button printed beside a
Chinese stamp ('点击图片浏览下一页') is no sign of a viewing date; a wire's city with its country in
brackets before the day ('ЛАНГКАВИ (Малайзия), 11 ноя - ПРАЙМ.'); the Malaysian state capitals and
district towns a wire datelines its stories from; a Kyrgyz city in Chinese characters. Texts written
for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("stamp", [
    "2016-12-28 19:21:20 来源:新华社 作者: 责任编辑: 点击图片浏览下一页",
    "2016-12-28 19:21:20 瀏覽大圖",
    "2016-12-28 19:21:20 来源:某某网 点击浏览原图",
])
def test_a_gallery_button_beside_the_stamp_leaves_the_stamp_the_pages_date(stamp):
    article = parse(f"某国第四所孔子学院正式揭牌\n\n{stamp}\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.date == dt.date(2016, 12, 28)
    assert article.time == "19:21:20"


def test_a_labelled_viewing_time_is_still_no_pages_date():
    article = parse(f"某国第四所孔子学院正式揭牌\n\n浏览时间:2016-12-28 19:21:20\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.date is None


@pytest.mark.parametrize("dateline, city", [
    ("ЛАНГКАВИ (Малайзия), 11 ноя - ПРАЙМ.", "Langkawi"),
    ("КУАНТАН (Малайзия), 11 ноя - РИА Новости.", "Kuantan"),
    ("ДЖАЛАЛ-АБАД (Киргизия), 3 мар — Sputnik.", "Jalal-Abad"),
    ("ОШ (Киргизия), 11 ноября /ТАСС/.", "Osh"),
])
def test_a_wires_city_with_its_country_in_brackets(dateline, city):
    article = parse(f"Товарооборот двух стран вырос\n\n2025-11-11T13:08+0300\n\n{dateline} {RU_STORY}\n\n{RU_STORY}\n")
    assert article.dateline == city


@pytest.mark.parametrize("dateline, city", [
    ("PONTIAN: ", "Pontian"),
    ("SANDAKAN: ", "Sandakan"),
    ("KUALA TERENGGANU: ", "Kuala Terengganu"),
])
def test_a_malaysian_towns_dateline(dateline, city):
    article = parse(f"Durian exports to start soon\n\nJune 27, 2024\n\n{dateline}{EN_STORY}\n\n{EN_STORY}\n")
    assert article.dateline == city


def test_a_kyrgyz_city_in_a_chinese_wires_dateline():
    article = parse(f"某国第四所孔子学院正式揭牌\n\n2016-12-28 19:21:20\n\n新华社吉尔吉斯斯坦贾拉拉巴德12月26日电 {ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.dateline == "Jalal-Abad"
