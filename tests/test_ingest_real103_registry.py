"""Outlets and name forms registered from the 103rd to 105th sets of real pages (IWPR, a Central Asian
news site, a Kostanay broadcaster, the Belarusian portal in Kazakhstan, Dni.ru, a Chinese WeChat account on
Eurasian freight; the Dunyo agency's 'IA Dunyo', UzA's English edition, 'Kazpravda', the genitive
'Независимой газеты' and 'Азаттыка', Belarus's СТВ romanised 'STV'): each is recognised by a name or domain
it prints (texts written for these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import registry


@pytest.mark.parametrize("host, source", [
    ("iwpr.net", "IWPR"),
    ("centralasianlight.org", "CentralasianLIGHT.org"),
    ("qostanay.tv", "Qostanay.TV"),
    ("www.belarus.kz", "belarus.kz"),
    ("dni.ru", "Dni.ru"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("Institute for War & Peace Reporting", "IWPR"),
    ("Qostanay TV", "Qostanay.TV"),
    ("Белорусский портал в Казахстане", "belarus.kz"),
    ("Дни.ру", "Dni.ru"),
    ("欧亚新干线", "欧亚新干线"),
    ("歐亞新幹線", "欧亚新干线"),
    ("IA Dunyo", "Dunyo"),
    ("UzA English", "UzA"),
    ("Kazpravda", "Kazakhstanskaya Pravda"),
    ("Независимой газеты", "Nezavisimaya Gazeta"),
    ("Азаттыка", "RFE/RL"),
    ("STV", "CTV.by"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Дни", "ДНИ", "Light", "Новые дни"])
def test_a_common_word_is_no_name_of_those_outlets(word):
    # Dni.ru's name without its domain is the Russian word for 'days'
    src = registry().source_named(word)
    assert src is None or src.name not in {"Dni.ru", "CentralasianLIGHT.org"}
