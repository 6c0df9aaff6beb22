"""Outlets registered from the 80th to 83rd sets of real pages, and other members of their kinds
(Caucasus agencies, Russian regional sites and 'Вести <region>' state TV, overseas Chinese papers and
TV in the Americas, Australia and the Philippines, Chinese city foreign-affairs offices, Cuban and
African sites): each is recognised by a name or domain it prints (texts written for these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import registry


@pytest.mark.parametrize("host, source", [
    ("kgd.ru", "Kaliningrad.Ru"),
    ("vpk-news.ru", "Voenno-promyshlennyi kurier (vpk-news.ru)"),
    ("www.chinapro.ru", "ChinaPRO"),
    ("www.haixiafeng.com.cn", "Haixiafeng"),
    ("www.amtvusa.com", "AMTV"),
    ("www.pcccii.ph", "Philippine China Chamber of Commerce"),
    ("wsb.changzhou.gov.cn", "Changzhou Municipal Foreign Affairs Office"),
    ("www.radiohc.cu", "Radio Habana Cuba"),
    ("www.mynewsgh.com", "MyNewsGH"),
    ("asianlite.uk", "Asian Lite"),
    ("asiaplus.news", "Asia-Plus"),
    ("www.unitednews.net.ph", "United Daily News (Philippines)"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("Калининград.Ru", "Kaliningrad.Ru"),
    ("Военно-промышленный курьер", "Voenno-promyshlennyi kurier (vpk-news.ru)"),
    ("Вести «Калмыкия»", "Vesti Kalmykia"),
    ("Вести-Приморье", "Vesti Primorye"),
    ("MOLDOVAinform", "MOLDOVAinform"),
    ("24KZ", "Khabar"),
    ("Правда Гомель", "Gomelskaya Pravda"),
    ("国研所", "China Institute of International Studies"),
    ("海峽風網", "Haixiafeng"),
    ("天眼日报", "Tianyan Daily"),
    ("四川在線", "Sichuan Online"),
    ("澳華財經在線", "ACB News"),
    ("菲律宾中国商会", "Philippine China Chamber of Commerce"),
    ("美洲華聯社", "美洲华联社"),
    ("全美電視", "AMTV"),
    ("常州市外事办公室", "Changzhou Municipal Foreign Affairs Office"),
    ("西安市外侨办", "Xi'an Foreign and Overseas Chinese Affairs Office"),
    ("Radio Havana Cuba", "Radio Habana Cuba"),
    ("ACN", "Agencia Cubana de Noticias"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["外办", "外侨办", "Вести", "天眼", "United News", "The Falcon"])
def test_an_ordinary_phrase_is_no_name_of_an_outlet(word):
    # a bare 'foreign-affairs office' names no one city's office, bare 'Вести' stays the federal
    # channel (no region's), '天眼' starts other names, 'United News' is shared by several agencies
    # (India, Bangladesh) and 'The Falcon' is an ordinary phrase
    named = registry().source_named(word)
    assert named is None or named.name == "Vesti"
