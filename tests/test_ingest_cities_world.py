"""The dateline cities' table covers the world's capitals and the region's big cities in English, Russian
and Chinese (simplified and traditional); every printed form names one city (texts here are our own)."""
from __future__ import annotations

import pytest
from yaml import safe_load

from despatch.ingest.datelines import city_in_english
from despatch.ingest.settings import INGEST_DATA, load_patterns
from despatch.registry import fold
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_every_printed_form_names_one_city():
    table = safe_load((INGEST_DATA / "cities.yaml").read_text(encoding="utf-8"))
    owner: dict[str, str] = {}
    for english, names in table.items():
        for name in [english, *names]:
            assert owner.setdefault(fold(str(name)), english) == english, (name, english, owner[fold(str(name))])


@pytest.mark.parametrize("printed, english", [
    ("斯德哥爾摩", "Stockholm"), ("斯德哥尔摩", "Stockholm"), ("СТОКГОЛЬМ", "Stockholm"),
    ("新西伯利亚", "Novosibirsk"), ("ХАБАРОВСК", "Khabarovsk"), ("伯力", "Khabarovsk"),
    ("КИШИНЁВ", "Chisinau"), ("CHIŞINĂU", "Chisinau"), ("ODESSA", "Odesa"), ("ХАРКІВ", "Kharkiv"),
    ("亞的斯亞貝巴", "Addis Ababa"), ("ЙОХАННЕСБУРГ", "Johannesburg"), ("BOGOTÁ", "Bogota"),
    ("ШЫМКЕНТ", "Shymkent"), ("苦盞", "Khujand"), ("МАЛАШЕВИЧЕ", "Malaszewicze"), ("ОШМЯНЫ", "Oshmyany"),
    ("海參崴", "Vladivostok"), ("ULAN-BATOR", "Ulaanbaatar"), ("MALÉ", "Malé"),
])
def test_printed_city_comes_out_in_english(printed, english):
    assert city_in_english(printed, load_patterns()) == english


@pytest.mark.parametrize("word", ["male", "nice", "split", "reading", "victoria", "софия", "сана", "семей", "ровно"])
def test_a_word_or_first_name_is_no_listed_city(word):
    # 'Male' (an English word), 'Victoria', 'София' (first names), 'САНА' (Syria's agency): a dateline
    # needs its city listed, an author's name must not be taken for one
    assert fold(word) not in load_patterns().cities


def test_chinese_wire_dateline_from_a_newly_listed_capital():
    text = f"兩國外長會談\n\n(中央社斯德哥爾摩3日電){ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Stockholm"


def test_russian_wire_dateline_from_a_regional_centre():
    text = f"Губернатор встретился с делегацией\n\nНОВОСИБИРСК, 12 мая. /ТАСС/. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).dateline == "Novosibirsk"


def test_english_wire_dateline_from_a_central_asian_city():
    text = f"Trade fair opens in the south\n\nSHYMKENT, May 12 (Reuters) - {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Shymkent"


def test_chinese_wire_dateline_from_an_african_capital():
    text = f"两国签署合作协议\n\n新华社亚的斯亚贝巴5月12日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Addis Ababa"
