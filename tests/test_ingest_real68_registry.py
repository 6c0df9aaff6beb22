"""Outlets registered from the 68th to 71st sets of real pages, and other members of their kinds
(Russian and Central Asian news sites, Taiwanese regional papers, Chinese government offices,
US governors' offices and local stations): each is recognised by a name or domain it prints (texts
written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import registry


@pytest.mark.parametrize("host, source", [
    ("rustopnews.ru", "RusTopNews"),
    ("www.titoff.ru", "Titoff.ru"),
    ("orel-news.net", "Orel-news.net"),
    ("www.dialog.tj", "Dialog.tj"),
    ("www.turkmenistan.ru", "Turkmenistan.ru"),
    ("armedia.am", "Armedia"),
    ("www.nia.gov.cn", "National Immigration Administration"),
    ("www.usitrip.com", "Usitrip (走四方旅遊網)"),
    ("www.ujs.edu.cn", "Jiangsu University"),
    ("www.bisu.edu.cn", "Beijing International Studies University"),
    ("www.komu.com", "KOMU"),
    ("governor.wa.gov", "Office of the Governor of Washington"),
    ("www.thaiheadlines.com", "Thai Headlines News Agency"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("German Press Agency", "dpa"),
    ("亞太新聞網", "Asia Pacific News Network"),
    ("大成報", "Great News (大成報)"),
    ("泰国头条新闻社", "Thai Headlines News Agency"),
    ("Thai Headline News", "Thai Headlines News Agency"),
    ("香港新聞網", "Hong Kong China News Agency"),
    ("中國臺灣網", "Taiwan.cn"),
    ("國家移民管理局", "National Immigration Administration"),
    ("走四方旅游网", "Usitrip (走四方旅遊網)"),
    ("江蘇大學", "Jiangsu University"),
    ("北京第二外国语学院", "Beijing International Studies University"),
    ("厦门市人民政府外事办公室", "Foreign Affairs Office of Xiamen Municipal People's Government"),
    ("Embassy of the People's Republic of China in the Republic of Kenya", "Embassy of the People's Republic of China in Kenya"),
    ("Правительство Кыргызской Республики", "Cabinet of Ministers of Kyrgyzstan"),
    ("RusTopNews.Ru", "RusTopNews"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Great News", "走四方", "Office of the Governor", "Governor's Office"])
def test_an_ordinary_phrase_is_no_name_of_an_outlet(word):
    # a cheerful phrase, 'travel everywhere', or an office every state has, names no outlet by itself
    assert registry().source_named(word) is None
