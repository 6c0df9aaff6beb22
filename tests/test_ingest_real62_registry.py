"""Outlets registered from the 62nd and 63rd sets of real pages, and name forms they print for outlets
registered before: each is recognised by a name or domain it prints (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import ZH_STORY, parse, registry


@pytest.mark.parametrize("label, source", [
    ("来源:羊城派", "Yangcheng Evening News"),
    ("来源:南洋网", "Nanyang Siang Pau"),
    ("来源:狮城新闻", "Shicheng News"),
    ("来源:大众新闻", "Dazhong Daily"),
])
def test_a_chinese_source_label_naming_a_registered_outlets_printed_form_gives_it(label, source):
    text = f"两国签署新协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("host, source", [
    ("www.lsnu.edu.cn", "Leshan Normal University"),
    ("www.xilu.com", "Xilu"),
    ("gdfao.gd.gov.cn", "Foreign Affairs Office of the People's Government of Guangdong Province"),
    ("www.enghunan.gov.cn", "People's Government of Hunan Province"),
    ("www.shicheng.news", "Shicheng News"),
    ("www.enanyang.my", "Nanyang Siang Pau"),
    ("www.africanews.com", "Africanews"),
    ("www.wam.ae", "WAM"),
    ("www.ena.et", "Ethiopian News Agency"),
    ("mogadishu24.com", "Mogadishu24"),
    ("axar.az", "Axar.az"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("樂山師範學院", "Leshan Normal University"),
    ("西陆网", "Xilu"),
    ("新聞聯播", "CCTV"),
    ("CCTV-1", "CCTV"),
    ("Dazhong News", "Dazhong Daily"),
    ("大眾報業", "Dazhong Daily"),
    ("天津市人民政府外事办公室", "Tianjin Foreign Affairs Office"),
    ("廣東省人民政府外事辦公室", "Foreign Affairs Office of the People's Government of Guangdong Province"),
    ("Foreign Affairs Office of Guangdong Province", "Foreign Affairs Office of the People's Government of Guangdong Province"),
    ("湖南省人民政府", "People's Government of Hunan Province"),
    ("The People’s Government of Hunan Province", "People's Government of Hunan Province"),
    ("獅城新聞", "Shicheng News"),
    ("南洋商報", "Nanyang Siang Pau"),
    ("羊城晚報", "Yangcheng Evening News"),
    ("Emirates News Agency", "WAM"),
    ("Wam", "WAM"),
    ("ENA", "Ethiopian News Agency"),
    ("Republic of Belarus Ministry of Foreign Affairs", "Ministry of Foreign Affairs of the Republic of Belarus"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["市外办", "Nanyang", "Axar", "西陆", "Xilu.net"])
def test_a_short_or_ordinary_form_is_no_name_of_an_outlet(word):
    # '市外办' is every city's foreign affairs office; 'Nanyang' names a university and a city too
    assert registry().source_named(word) is None
