"""Outlets registered from the 76th to 79th sets of real pages, and other members of their kinds
(Kazakh, Kyrgyz, Siberian and Caucasian sites, Malaysian and Canadian Chinese papers, overseas
Chinese bodies, universities, a UK wire, Cuban and Latin American state agencies, Pacific outlets):
each is recognised by a name or domain it prints (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import registry


@pytest.mark.parametrize("host, source", [
    ("golos-naroda.kz", "Golos Naroda"),
    ("cmn.kz", "CMN.KZ"),
    ("omsk.aif.ru", "AiF-Omsk"),
    ("bigasia.ru", "Bolshaya Aziya (BigAsia)"),
    ("www.superlife.ca", "Star Life"),
    ("news.utar.edu.my", "UTAR"),
    ("www.um.edu.mo", "University of Macau"),
    ("info-prim.md", "IPN Moldova"),
    ("www.granma.cu", "Granma"),
    ("www.solomonstarnews.com", "Solomon Star"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("Press Association", "Press Association"),
    ("PA Media", "Press Association"),
    ("ГРУЗИНФОРМ", "Gruzinform"),
    ("Восток-Телеинформа", "Vostok-Teleinform"),
    ("EvrazesNews.com", "EvrazesNews"),
    ("АиФ-Омск", "AiF-Omsk"),
    ("星星生活", "Star Life"),
    ("馬來西亞中國報", "China Press (Malaysia)"),
    ("中国报道", "China Report"),
    ("僑委會", "Overseas Community Affairs Council"),
    ("上海市工商联", "Shanghai Federation of Industry and Commerce"),
    ("菲律宾福建总商会", "Philippine Fujian General Chamber of Commerce"),
    ("湘潭大學", "Xiangtan University"),
    ("Universiti Tunku Abdul Rahman", "UTAR"),
    ("BMSTU", "Bauman Moscow State Technical University"),
    ("Белорусская калийная компания", "Belarusian Potash Company"),
    ("Agencia Peruana de Noticias Andina", "Andina"),
    ("Solomon Islands Broadcasting Corporation", "SIBC"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Голос народа", "The National", "Point", "XTU", "中国报"])
def test_an_ordinary_phrase_is_no_name_of_an_outlet(word):
    # 'the people's voice', a word many papers share, bare abbreviations and '中国报' (the start of
    # '中国报道', '中国报业') name no outlet by themselves
    assert registry().source_named(word) is None
