"""Outlets registered from the 43rd and 44th sets of real pages (and name forms met in the 38th to
42nd): each is recognised by a name or domain it prints (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("name, source", [
    ("Occasional Digest", "Occasional Digest"),
    ("Oko Planety", "Oko Planety"),
    ("Ritm Eurasia", "Ritm Eurasia"),
    ("Pars Today", "Pars Today"),
    ("NLGC", "NLGC"),
    ("Huan Qiu Wang", "Huanqiu.com"),
])
def test_a_source_label_naming_a_newly_registered_outlet_gives_it(name, source):
    text = f"Two neighbours agree on a new border crossing\n\nSource: {name}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("label, source", [
    ("来源:俄罗斯卫星新闻社", "Sputnik"),
    ("來源:俄羅斯衛星新聞社", "Sputnik"),
    ("来源:中时电子报", "China Times"),
    ("来源:国防部网", "Ministry of National Defense of the People's Republic of China"),
    ("来源:伊朗之声", "Pars Today"),
    ("來源:俄新網", "RIA Novosti"),
])
def test_a_chinese_source_label_naming_a_registered_outlets_printed_form_gives_it(label, source):
    text = f"两国签署新协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("name, source", [
    ("Ритм Евразии", "Ritm Eurasia"),
    ("Око планеты", "Oko Planety"),
])
def test_a_russian_source_label_naming_a_registered_outlet_gives_it(name, source):
    text = f"Стороны обсудили новый пограничный переход\n\nИсточник: {name}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("host, source", [
    ("parstoday.ir", "Pars Today"),
    ("oko-planet.su", "Oko Planety"),
    ("www.ritmeurasia.org", "Ritm Eurasia"),
    ("maz.by", "MAZ"),
    ("nlgc.ru", "NLGC"),
    ("rusnews.cn", "RIA Novosti"),
    ("www.mingpaocanada.com", "Ming Pao Canada"),
    ("occasionaldigest.com", "Occasional Digest"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("俄罗斯卫星新闻社", "Sputnik"),
    ("衛星新聞社", "Sputnik"),
    ("国防部网站", "Ministry of National Defense of the People's Republic of China"),
    ("Ministry of National Defense of the PRC", "Ministry of National Defense of the People's Republic of China"),
    ("中時電子報", "China Times"),
    ("RUSNEWS.CN", "RIA Novosti"),
    ("伊朗華語台", "Pars Today"),
    ("ОКО ПЛАНЕТЫ", "Oko Planety"),
    ("CISS", "Caspian Institute for Strategic Studies"),
    ("ЭКОПРЕСС", "Ecopress"),
    ("Minsk Automobile Plant", "MAZ"),
    ("МАЗ", "MAZ"),
    ("明報專訊", "Ming Pao"),
    ("加拿大明報", "Ming Pao Canada"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


def test_a_car_plants_name_alone_is_its_subject_not_the_source():
    # a plant publishes its own news, but most texts that name it are about it
    assert registry().source_named("MAZ").kind == "institution"


@pytest.mark.parametrize("word", ["Ъ", "ИФ", "Report", "国防部", "國防部網", "总台", "明報加"])
def test_an_ordinary_word_or_an_ambiguous_short_form_is_no_outlets_name(word):
    # 'Ъ' and 'ИФ' are letters; Taiwan's ministry is also '國防部'
    assert registry().source_named(word) is None
