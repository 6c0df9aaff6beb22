"""Outlets registered from the 94th to 99th sets of real pages (an Iranian news site, a trade-finance
magazine, a Bobruisk portal, Kazakh and Kyrgyz sites and a Kazakh channel, Chinese foundations, colleges,
district offices and a company) and name forms they print: each is recognised by a name or domain it
prints (texts written for these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import registry


@pytest.mark.parametrize("host, source", [
    ("www.islamtimes.org", "Islam Times"),
    ("www.gtreview.com", "Global Trade Review"),
    ("bobrlife.by", "Bobrlife"),
    ("politprosvet.kz", "Politprosvet.kz"),
    ("bizmedia.kz", "Bizmedia.kz"),
    ("www.kp.kg", "Komsomolskaya Pravda Kyrgyzstan"),
    ("astanatv.kz", "Astana TV"),
    ("www.cfisnet.com", "China Foundation for International Studies"),
    ("www.weichai.com", "Weichai"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("Islam Times", "Islam Times"),
    ("Global Trade Review", "Global Trade Review"),
    ("Bobrlife", "Bobrlife"),
    ("Политпросвет.kz", "Politprosvet.kz"),
    ("Комсомольская правда Кыргызстан", "Komsomolskaya Pravda Kyrgyzstan"),
    ("AstanaTV", "Astana TV"),
    ("Апостроф", "Apostrophe.ua"),
    ("Republican Confucius Institute of Sinology at Belarusian State University",
     "Republican Institute of Chinese Studies"),
    ("中国国际问题研究基金会", "China Foundation for International Studies"),
    ("Chutian Metropolis Daily", "Jimu News"),
    ("辽宁农业职业技术学院", "Liaoning Agricultural Vocational and Technical College"),
    ("FM971敦煌之声", "FM971 Dunhuang Voice"),
    ("中国甘肃政府网", "People's Government of Gansu Province"),
    ("长宁区外办", "Changning District Foreign Affairs Office"),
    ("濰柴動力", "Weichai"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["GTR", "Report", "Astana", "敦煌", "濰柴"])
def test_an_ordinary_or_ambiguous_phrase_is_no_name_of_an_outlet(word):
    # a bare abbreviation, an ordinary word, a capital city, a city name and a short company name (mostly a
    # byline or the subject) are not outlets by themselves
    assert registry().source_named(word) is None
