"""Outlets registered from the 45th and 46th sets of real pages, and name forms they print for outlets
registered before: each is recognised by a name or domain it prints (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("name, source", [
    ("ILKHA", "ILKHA"),
    ("PrimePress", "PrimePress"),
    ("Ukrainian Prism", 'Foreign Policy Council "Ukrainian Prism"'),
    ("The Siasat Daily", "The Siasat Daily"),
    ("VOI", "VOI"),
    ("HKET", "Hong Kong Economic Times"),
])
def test_a_source_label_naming_a_newly_registered_outlet_gives_it(name, source):
    text = f"Two neighbours agree on a new border crossing\n\nSource: {name}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("label, source", [
    ("来源:青年日报", "Youth Daily News"),
    ("來源:CUP媒體", "CUP Media"),
    ("來源:日經中文網", "Nikkei Asia"),
    ("來源:Now新聞台", "Now News"),
    ("來源:自由時報電子報", "Liberty Times"),
])
def test_a_chinese_source_label_naming_a_registered_outlets_printed_form_gives_it(label, source):
    text = f"两国签署新协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("name, source", [
    ("Прайм-Пресс", "PrimePress"),
    ("Областная газета", "Oblastnaya Gazeta"),
    ("Мінск-Навіны", "Minsk-Novosti"),
])
def test_a_russian_source_label_naming_a_registered_outlet_gives_it(name, source):
    text = f"Стороны обсудили новый пограничный переход\n\nИсточник: {name}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("host, source", [
    ("ilkha.com", "ILKHA"),
    ("primepress.by", "PrimePress"),
    ("prismua.org", 'Foreign Policy Council "Ukrainian Prism"'),
    ("www.ydn.com.tw", "Youth Daily News"),
    ("www.cup.com.hk", "CUP Media"),
    ("www.siasat.com", "The Siasat Daily"),
    ("voi.id", "VOI"),
    ("china.hket.com", "Hong Kong Economic Times"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("İlke Haber Ajansı", "ILKHA"),
    ("Белтэлерадыёкампанія", "Belarus 1"),
    ("Совет внешней политики «Украинская призма»", 'Foreign Policy Council "Ukrainian Prism"'),
    ("Мир24", "Mir 24"),
    ("日本經濟新聞社", "Nikkei Asia"),
    ("日経", "Nikkei Asia"),
    ("日经中文网", "Nikkei Asia"),
    ("新民網", "Xinmin Evening News"),
    ("ETtoday新闻云", "ETtoday"),
    ("TVBS新聞", "TVBS"),
    ("Siasat", "The Siasat Daily"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Report", "Корреспондент", "CUP", "经济日报社论"])
def test_an_ordinary_word_in_an_outlets_name_is_no_name_of_it(word):
    # 'Report' (report.az) and 'Корреспондент' (Korrespondent.net) are words every text uses
    assert registry().source_named(word) is None
