"""Outlets and name forms registered from the 100th to 102nd sets of real pages (a Turkmen news site's
short name, an Uzbek site's country tags, Kommersant's regional editions, a fertilizer trade site, an Uzbek
university, the Chinese consular service, a city commerce bureau, a CCTV programme and the commerce
ministry's site): each is recognised by a name or domain it prints (texts written for these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import registry


@pytest.mark.parametrize("host, source", [
    ("fertilizerdaily.com", "Fertilizer Daily"),
    ("www.qarshidu.uz", "Karshi State University"),
    ("cs.mfa.gov.cn", "China Consular Affairs"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("nCa Report", "News Central Asia"),
    ("CentralAsia (TJ)", "CentralAsia.media"),
    ("Ъ-Южный Урал", "Kommersant"),
    ("Коммерсантъ-Сибирь", "Kommersant"),
    ("USWLU", "Uzbekistan State World Languages University"),
    ("Qarshi State University", "Karshi State University"),
    ("领事直通车", "China Consular Affairs"),
    ("哈尔滨市商务局", "Harbin Municipal Commerce Bureau"),
    ("时政新闻眼", "CCTV"),
    ("Ministry of Commerce of China", "Ministry of Commerce of the People's Republic of China"),
    ("商务部网站", "Ministry of Commerce of the People's Republic of China"),
    ("Embassy of China in Uzbekistan", "Embassy of the People's Republic of China in Uzbekistan"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Ъ", "CentralAsia", "对俄贸易处"])
def test_a_bare_letter_or_a_generic_office_is_no_name_of_those_outlets(word):
    # Kommersant's hard sign alone, the bare word the Kazakh and Uzbek sites share, and a trade division
    # that many cities have
    src = registry().source_named(word)
    assert src is None or src.name not in {"Kommersant", "CentralAsia.media"}
