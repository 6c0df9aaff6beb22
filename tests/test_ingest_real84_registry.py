"""Outlets registered from the 84th to 89th sets of real pages, and other members of their kinds
(Russian regional TV and papers, Central Asian sites, Chinese city portals and foreign-affairs offices,
China's consulates-general): each is recognised by a name or domain it prints (texts written for
these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import registry


@pytest.mark.parametrize("host, source", [
    ("to-ros.info", "Tikhookeanskaya Rossiya"),
    ("tvtogliatti24.ru", "Tolyatti 24"),
    ("news-amur.ru", "News-amur.ru"),
    ("eburg.mk.ru", "MK-Ural"),
    ("www.mk.ru", "Moskovsky Komsomolets"),
    ("www.turkmeninform.com", "Turkmeninform"),
    ("tjinform.com", "TJinform"),
    ("www.massa.az", "Massa.az"),
    ("en.minanews.net", "Mi'raj News Agency"),
    ("legacy.senate.gov.ph", "Senate of the Philippines"),
    ("liuxue86.com", "liuxue86.com"),
    ("sovch.chuvashia.com", "Sovetskaya Chuvashiya"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("Тихоокеанская Россия", "Tikhookeanskaya Rossiya"),
    ("Телеканал Тольятти 24", "Tolyatti 24"),
    ("МК-Урал", "MK-Ural"),
    ("ТУРКМЕНинформ", "Turkmeninform"),
    ("TJinform.com", "TJinform"),
    ("Sovetskaya Chuvashia", "Sovetskaya Chuvashiya"),
    ("Ministry of Foreign Affairs of Tajikistan", "Ministry of Foreign Affairs of the Republic of Tajikistan"),
    ("Tambov State University", "Derzhavin Tambov State University"),
    ("Державинский университет", "Derzhavin Tambov State University"),
    ("出国留学网", "liuxue86.com"),
    ("张家界新闻", "Zhangjiajie News"),
    ("山西画报", "Shanxi Pictorial"),
    ("中国农科院", "Chinese Academy of Agricultural Sciences"),
    ("CCFAO", "Changchun Municipal Foreign Affairs Office"),
    ("长春市外办", "Changchun Municipal Foreign Affairs Office"),
    ("MINA", "Mi'raj News Agency"),
    ("Senate PRIB", "Senate of the Philippines"),
    ("中国驻清津总领事馆", "Consulate General of the People's Republic of China in Chongjin"),
    ("Chinese Consulate General in Zamyn-Uud", "Consulate General of the People's Republic of China in Zamyn-Uud"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["外办", "张家界", "Тольятти", "Масса"])
def test_an_ordinary_phrase_is_no_name_of_an_outlet(word):
    # a bare office word, a bare city name and an ordinary noun name no outlet: only the full
    # masthead does ('张家界新闻', 'Тольятти 24')
    assert registry().source_named(word) is None
