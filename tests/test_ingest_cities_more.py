"""The dateline cities' table also covers the big cities and state capitals of North America and Oceania,
Europe's and Asia's regional cities, China's prefecture-level cities and Russia's and Central Asia's
regional towns, in English, Russian and Chinese (simplified and traditional); texts here are our own."""
from __future__ import annotations

import pytest

from despatch.ingest.datelines import city_in_english
from despatch.ingest.settings import load_patterns
from despatch.registry import fold
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("printed, english", [
    ("休斯敦", "Houston"), ("休斯頓", "Houston"), ("ХЬЮСТОН", "Houston"), ("檀香山", "Honolulu"),
    ("SACRAMENTO", "Sacramento"), ("蒙特利尔", "Montreal"), ("珀斯", "Perth"), ("БЕЛФАСТ", "Belfast"),
    ("KÖLN", "Cologne"), ("都靈", "Turin"), ("峴港", "Da Nang"), ("亚庇", "Kota Kinabalu"),
    ("ЕЛИЗОВО", "Yelizovo"), ("后贝加尔斯克", "Zabaykalsk"), ("ТИРАСПОЛЬ", "Tiraspol"),
    ("邯鄲", "Handan"), ("乐山", "Leshan"), ("甘孜", "Garze"), ("康定", "Kangding"), ("马鞍山", "Ma'anshan"),
    ("布拉瓦约", "Bulawayo"), ("VICTORIA FALLS", "Victoria Falls"), ("КУМАСИ", "Kumasi"),
])
def test_printed_city_comes_out_in_english(printed, english):
    assert city_in_english(printed, load_patterns()) == english


@pytest.mark.parametrize("word", ["madison", "austin", "lincoln", "milan", "lyon", "kobe", "xinyu", "ziyang", "измаил"])
def test_a_city_named_like_a_person_is_left_out(word):
    # 'Madison Reed', 'Milan Novak', 'Wang Xinyu' on a line under a headline are authors, not places
    assert fold(word) not in load_patterns().cities


def test_chinese_wire_dateline_from_a_us_city():
    text = f"两国企业签署合作协议\n\n新华社休斯敦5月12日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Houston"


def test_chinese_wire_dateline_from_a_prefecture_city():
    text = f"中欧班列开行\n\n新华社邯郸5月12日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Handan"


def test_taiwanese_wire_dateline_in_traditional_characters():
    text = f"兩國企業簽署協議\n\n(中央社休斯頓12日電){ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Houston"


def test_russian_wire_dateline_from_a_newly_listed_town():
    text = f"Губернатор принял делегацию\n\nЕЛИЗОВО, 12 мая. /ТАСС/. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).dateline == "Yelizovo"


def test_english_wire_dateline_from_an_african_city():
    text = f"Trade fair opens in the south\n\nBULAWAYO, May 12 (Reuters) - {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Bulawayo"
