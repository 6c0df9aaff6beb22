"""Name forms registered from the 133rd to 138th sets of real pages: outlets of Pakistan, Latin America,
Africa, Britain and the United States that report Belarus's other partners (Dunya News, Pakistan Press
International, Venezuelanalysis, Havana Times, Zambia News 365, Morning Star, OCCRP), Russian and
Central Asian sites (Novorosinform, SNG.Today, Stanradar, Akchabar, Sugdnews, Cheltoday), and the
forms outlets already registered print of themselves ('新华国际', '陜西日報' with the variant 陜,
'Big Asia', 'Biang', 'Egypt Today') (texts written for these tests)."""
import pytest

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_ZH, parse_page, registry


@pytest.mark.parametrize("printed, source", [
    ("新华国际", "Xinhua"),
    ("新華國際", "Xinhua"),
    ("陜西日報", "Shaanxi Daily"),
    ("Biang", "Biang.ru"),
    ("Big Asia", "Bolshaya Aziya (BigAsia)"),
    ("Egypt Today", "Egypt Today (magazine)"),
    ("venezuelanalysis.com", "Venezuelanalysis"),
    ("Dunya News", "Dunya News"),
    ("Pakistan Press International", "Pakistan Press International"),
    ("Новоросинформ", "Novorosinform"),
    ("sng.today", "SNG.Today"),
    ("Stanradar", "Stanradar"),
    ("Акчабар", "Akchabar"),
    ("Sugdnews", "Sugdnews"),
    ("Blouin News", "Blouin News"),
    ("Harvard Political Review", "Harvard Political Review"),
    ("Havana Times", "Havana Times"),
    ("Morning Star Online", "Morning Star"),
    ("Organized Crime and Corruption Reporting Project", "OCCRP"),
    ("Euro Chinese Daily", "Euro Chinese Daily"),
    ("Zambia News 365", "Zambia News 365"),
    ("Cheltoday", "Cheltoday"),
    ("pg21.ru", "Pro Gorod Cheboksary"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


def test_a_name_shared_by_outlets_of_several_countries_stays_unregistered():
    # 'The Nation' is a paper in Pakistan, Thailand, Kenya and the United States; 'Zambia News' is a phrase
    assert registry().source_named("The Nation") is None
    assert registry().source_named("Zambia News") is None


def test_a_variant_character_in_a_chinese_source_field_gives_its_source():
    article = parse_page(f"""
        省代表团访问友好省州
        2023-09-05 09:15:14來源:陜西日報編輯:張三
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "Shaanxi Daily"


def test_a_desk_of_the_agency_in_a_chinese_source_field_gives_the_agency():
    article = parse_page(f"""
        大使谈两国合作前景
        2014-04-22 13:43   来源:新华国际  责任编辑:王五
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "Xinhua"
