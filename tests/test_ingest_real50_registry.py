"""Outlets registered from the 50th to 52nd sets of real pages, and name forms they print for outlets
registered before: each is recognised by a name or domain it prints (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("name, source", [
    ("El.kz", "El.kz"),
    ("Kant.kg", "Kant.kg"),
    ("RuBaltic.ru", "RuBaltic.ru"),
    ("УзТАГ", "UzTAG"),
    ("Витьбичи", "Vitbichi.by"),
    ("Правительственный портал Республики Узбекистан", "Government Portal of the Republic of Uzbekistan"),
])
def test_a_russian_source_label_naming_a_newly_registered_outlet_gives_it(name, source):
    text = f"Стороны обсудили новый пограничный переход\n\nИсточник: {name}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("label, source", [
    ("来源:中国国际航空", "Air China"),
    ("來源:駐俄羅斯使館", "Embassy of the People's Republic of China in the Russian Federation"),
])
def test_a_chinese_source_label_naming_a_registered_outlets_printed_form_gives_it(label, source):
    text = f"两国签署新协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


def test_a_district_committees_english_masthead_over_its_menu_gives_it():
    text = f"Font size\nOsipovichi Regional Executive Committee\nMain / News\n\nA district opens a new dairy plant\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Osipovichi District Executive Committee"


@pytest.mark.parametrize("host, source", [
    ("el.kz", "El.kz"),
    ("kant.kg", "Kant.kg"),
    ("www.rubaltic.ru", "RuBaltic.ru"),
    ("gov.uz", "Government Portal of the Republic of Uzbekistan"),
    ("china.mfa.uz", "Embassy of the Republic of Uzbekistan in China"),
    ("mfa.uz", "Ministry of Foreign Affairs of the Republic of Uzbekistan"),
    ("www.airchina.com.cn", "Air China"),
    ("www.vitbichi.by", "Vitbichi.by"),
    ("www.enter-invest.com", "Enter Invest"),
    ("blog.diffeo.com", "Diffeo"),
    ("osipovichi.gov.by", "Osipovichi District Executive Committee"),
    ("beshenkovichi.vitebsk-region.gov.by", "Beshenkovichi District Executive Committee"),
    ("glubokoe.vitebsk-region.gov.by", "Glubokoe District Executive Committee"),
    ("vitebsk-region.gov.by", "Vitebsk Regional Executive Committee"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    # a district's site under the region's domain is the district's, not the region's
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("Official website of the President of Uzbekistan", "President of the Republic of Uzbekistan"),
    ("Официальный веб-сайт Президента Республики Узбекистан", "President of the Republic of Uzbekistan"),
    ("Embassy of China in Russia", "Embassy of the People's Republic of China in the Russian Federation"),
    ("中國駐俄羅斯大使館", "Embassy of the People's Republic of China in the Russian Federation"),
    ("Embassy of Uzbekistan in China", "Embassy of the Republic of Uzbekistan in China"),
    ("烏茲別克斯坦駐華大使館", "Embassy of the Republic of Uzbekistan in China"),
    ("國航", "Air China"),
    ("中國國際航空公司", "Air China"),
    ("Віцьбічы", "Vitbichi.by"),
    ("EnterInvest Company", "Enter Invest"),
    ("Глубокский районный исполнительный комитет", "Glubokoe District Executive Committee"),
    ("Бешенковичский райисполком", "Beshenkovichi District Executive Committee"),
    ("Осиповичский районный исполнительный комитет", "Osipovichi District Executive Committee"),
    ("RuBaltic", "RuBaltic.ru"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Report", "Kant", "Посольство", "Embassy", "Portal"])
def test_an_ordinary_word_in_an_outlets_name_is_no_name_of_it(word):
    # Report.az prints itself as bare 'Report', but the word heads ordinary prose ('Report: ...')
    assert registry().source_named(word) is None
