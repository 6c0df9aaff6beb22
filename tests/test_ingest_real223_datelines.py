"""Dateline rules from the real223-229 pages. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import dateline_of, parse

ZH_STORY = ("今天有來自對岸的四十名師生來此參加夏令營,縣府官員表示,這是疫情後首度有師生組團來訪,"
            "活動為期五天,安排文化參訪與體育交流。")


# a capital's name printed in capitals with its diacritics ('HÀ NỘI —'), as Vietnamese and Central European
# papers print their datelines
@pytest.mark.parametrize("opening, city", [
    ("HÀ NỘI — ", "Hanoi"),
    ("HÀ NỘI—", "Hanoi"),
    ("ĐÀ NẴNG – ", "Da Nang"),
    ("HẢI PHÒNG, May 3 (VNA) - ", "Haiphong"),
])
def test_a_capitals_dateline_with_diacritics_is_read(opening, city):
    assert dateline_of("en", opening) == city


# a release's city, its country and the day, then a dash
@pytest.mark.parametrize("opening, city", [
    ("HANOI, VIETNAM, September 4 - ", "Hanoi"),
    ("HÀ NỘI, VIỆT NAM, September 4 - ", "Hanoi"),
    ("TASHKENT, Uzbekistan, 4 September 2024 — ", "Tashkent"),
    ("DHAKA, BANGLADESH, Sept. 4, 2024 -- ", "Dhaka"),
])
def test_a_releases_city_country_and_day_before_a_dash_is_its_dateline(opening, city):
    assert dateline_of("en", opening) == city


# a Taiwanese wire's credit filed from a county: the county is the dateline, the reporter the author
@pytest.mark.parametrize("credit, county", [
    ("（中央社記者王大明連江縣25日電）", "Lienchiang"),
    ("(中央社記者李小華澎湖縣3日電)", "Penghu"),
    ("（中央社記者張三豐宜蘭縣12日電）", "Yilan"),
])
def test_a_wire_credit_filed_from_a_county_gives_its_dateline_and_writer(credit, county):
    article = parse(f"兩岸青少年夏令營開幕\n\n2024年7月25日\n\n{credit}{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article is not None
    assert article.dateline == county
    assert article.author == credit.split("記者")[1][:3]


# a known city, the wire's or an aggregator's names in brackets, then a dash: 'CITY (AGENCY) --' in Chinese
@pytest.mark.parametrize("opening, city", [
    ("阿斯塔纳(EXAMPLE.COM / SAMPLE08.COM)--", "Astana"),
    ("北京（XINHUA）——", "Beijing"),
    ("莫斯科(中新网)—", "Moscow"),
])
def test_a_chinese_city_with_bracketed_outlets_before_a_dash_is_a_dateline(opening, city):
    assert dateline_of("zh", opening) == city


def test_a_reporters_bracket_after_a_city_is_no_outlets_dateline():
    assert dateline_of("zh", "北京（记者 王明）——") is None
