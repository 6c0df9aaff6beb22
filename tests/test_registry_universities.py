"""Universities, whose news pages report exchanges and visits, are registered with the names they
print in English, Russian, Chinese and their own language, and their domains: a page signed by its
university, or copied from its site, names it (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import parse, registry, PAGE_PARAGRAPHS_EN


@pytest.mark.parametrize("printed, university", [
    ("哈爾濱工業大學", "Harbin Institute of Technology"),
    ("Хэйлунцзянский университет", "Heilongjiang University"),
    ("Гродненский государственный университет имени Янки Купалы", "Yanka Kupala State University of Grodno"),
    ("Полацкі дзяржаўны ўніверсітэт", "Polotsk State University"),
    ("ДВФУ", "Far Eastern Federal University"),
    ("遠東聯邦大學", "Far Eastern Federal University"),
    ("KazNU", "Al-Farabi Kazakh National University"),
])
def test_a_university_is_named_by_its_printed_forms(printed, university):
    assert registry().source_named(printed).name == university


@pytest.mark.parametrize("host, university", [
    ("news.hit.edu.cn", "Harbin Institute of Technology"),
    ("www.grsu.by", "Yanka Kupala State University of Grodno"),
    ("www.dvfu.ru", "Far Eastern Federal University"),
])
def test_a_universitys_site_names_it(host, university):
    assert source_for_host(registry(), host).name == university


@pytest.mark.parametrize("word", ["hit", "HIT", "成功大學", "政治大學", "БГУ", "Нархоз"])
def test_a_word_or_a_short_form_several_universities_share_names_none(word):
    # 'hit' is an English word, '成功大學' and '政治大學' read 'success university' and 'politics
    # university', and 'БГУ' is the short form of several Belarusian and Russian universities
    assert registry().source_named(word) is None


def test_a_page_headed_by_its_universitys_name_is_the_universitys():
    article = parse("Polotsk State University\n\nDelegation from a partner university in Harbin visits the campus\n\n"
                    + PAGE_PARAGRAPHS_EN)
    assert article.source == "Polotsk State University"
