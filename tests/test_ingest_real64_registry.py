"""Outlets registered from the 64th to 67th sets of real pages, and the other members of the kinds
they showed missing (Chinese consulates-general abroad, overseas Chinese chambers of commerce,
Macao government bureaus): each is recognised by a name or domain it prints (texts written for
these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import ZH_STORY, parse, registry


@pytest.mark.parametrize("label, source", [
    ("来源:甘孜日报", "Ganzi Daily"),
    ("来源:中国驻洛杉矶总领事馆网", "Consulate General of the People's Republic of China in Los Angeles"),
    ("来源:悉尼之家", "Sydney Home"),
])
def test_a_chinese_source_label_naming_a_newly_registered_outlet_gives_it(label, source):
    text = f"两国签署新协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("host, source", [
    ("losangeles.china-consulate.gov.cn", "Consulate General of the People's Republic of China in Los Angeles"),
    ("sydney.china-consulate.gov.cn", "Consulate General of the People's Republic of China in Sydney"),
    ("vancouver.china-consulate.gov.cn", "Consulate General of the People's Republic of China in Vancouver"),
    ("www.taithaitimes.com", "Tai Thai Times"),
    ("www.thaicn.net", "Thai Chinese Net"),
    ("acccim.org.my", "Associated Chinese Chambers of Commerce and Industry of Malaysia"),
    ("mcbc.com.my", "Malaysia-China Business Council"),
    ("www.cusef.org.hk", "China-United States Exchange Foundation"),
    ("m.scpo.cn", "Sichuan Pictorial"),
    ("lwxsd.com", "Outlook New Era"),
    ("www.ipim.gov.mo", "Macao Trade and Investment Promotion Institute"),
    ("vladnews.ru", "Vladivostok (newspaper)"),
    ("cod57.ru", "Cod57.ru"),
    ("4esnok.by", "Chesnok (4esnok.by)"),
    ("china.embassy.gov.au", "Australian Embassy China"),
    ("www.zisu.edu.cn", "Zhejiang International Studies University"),
    ("www.legit.ng", "Legit.ng"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("中华人民共和国驻纽约总领事馆", "Consulate General of the People's Republic of China in New York"),
    ("中華人民共和國駐多倫多總領事館", "Consulate General of the People's Republic of China in Toronto"),
    ("驻悉尼总领馆", "Consulate General of the People's Republic of China in Sydney"),
    ("Chinese Consulate-General in Manchester", "Consulate General of the People's Republic of China in Manchester"),
    ("Consulate General of the PRC in Houston", "Consulate General of the People's Republic of China in Houston"),
    ("甘孜日報", "Ganzi Daily"),
    ("京华时报", "Beijing Times (Jinghua Shibao)"),
    ("四川畫報", "Sichuan Pictorial"),
    ("《瞭望新时代》杂志社", "Outlook New Era"),
    ("瞭新社", "Outlook New Era"),
    ("美中时报", "Sino-US Times"),
    ("台泰时报", "Tai Thai Times"),
    ("泰華網", "Thai Chinese Net"),
    ("馬來西亞中華總商會", "Associated Chinese Chambers of Commerce and Industry of Malaysia"),
    ("ACCCIM", "Associated Chinese Chambers of Commerce and Industry of Malaysia"),
    ("马中商务理事会", "Malaysia-China Business Council"),
    ("新加坡中华总商会", "Singapore Chinese Chamber of Commerce and Industry"),
    ("菲華商聯總會", "Federation of Filipino-Chinese Chambers of Commerce and Industry"),
    ("中美交流基金会", "China-United States Exchange Foundation"),
    ("力報", "Exmoo News"),
    ("澳門特別行政區政府旅遊局", "Macao Government Tourism Office"),
    ("經濟及科技發展局", "Macao Economic and Technological Development Bureau"),
    ("газета «Владивосток»", "Vladivostok (newspaper)"),
    ("Сетевое издание «Cod57.ru»", "Cod57.ru"),
    ("澳大利亚驻华大使馆", "Australian Embassy China"),
    ("浙江外国语学院", "Zhejiang International Studies University"),
    ("Naij News", "Legit.ng"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Владивосток", "Чеснок", "新闻局", "文化局", "Australian Embassy", "总领事馆", "MGTO"])
def test_a_city_or_ordinary_word_is_no_name_of_an_outlet(word):
    # a city's name, a vegetable, or a bureau every government has, names no outlet by itself
    assert registry().source_named(word) is None
