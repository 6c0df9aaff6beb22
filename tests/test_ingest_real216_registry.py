"""Registry names from the real216-220 pages: the name forms a republisher prints for an outlet it
carries (a broadcaster's Latin abbreviation beside its Cyrillic one, a Chinese paper's website names -
'X网', 'X网环球在线', 'X网站' - beside the paper's 'X报', a paper's simplified-script name beside its
traditional one, a Malaysian or overseas Chinese paper's short masthead), the older names 2000-2016
pages print (an agency before its rebranding, a ministry before its renaming, a portal's retired
name), international broadcasters' language services in Russian and Chinese, and the ministries of
foreign affairs of Europe, the Americas, Africa and Oceania in their own, English, Russian and
Chinese names. A name that another body shares (DFA, 'Foreign Office', 世界日报) stays out. Texts
written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("printed, outlet", [
    # a broadcaster's Latin abbreviation beside its Cyrillic one
    ("TVC", "TV Centre (ТВ Центр)"),
    ("TV Tsentr", "TV Centre (ТВ Центр)"),
    # a Chinese paper's website names beside the paper
    ("中国日报网环球在线", "China Daily"),
    ("中國日報網站", "China Daily"),
    ("亚心中亚网", "Iyaxin"),
    ("新疆经济报", "Iyaxin"),
    ("中工网", "Workers' Daily"),
    ("京报网", "Beijing Daily"),
    ("解放网", "Jiefang Daily"),
    ("法制网", "Legal Daily"),
    ("中国农网", "Farmers' Daily"),
    ("中国科技网", "Science and Technology Daily"),
    ("中国经济新闻网", "China Economic Times"),
    ("中国贸易新闻网", "China Trade News"),
    ("中证网", "China Securities Journal"),
    ("中国证券网", "Shanghai Securities News"),
    ("证券时报网", "Securities Times"),
    ("21世纪网", "21st Century Business Herald"),
    ("联合早报网", "Lianhe Zaobao"),
    # Taiwanese, Hong Kong, Malaysian and overseas Chinese papers in either script
    ("財訊快報", "Taiwan Finance Express"),
    ("财讯快报", "Taiwan Finance Express"),
    ("中國報 China Press", "China Press (Malaysia)"),
    ("僑報", "China Press (USA)"),
    ("侨报", "China Press (USA)"),
    ("今日新聞網", "NOWnews"),
    ("中华日报", "China Daily News (Taiwan)"),
    ("台湾时报", "Taiwan Times"),
    ("民众日报", "Mypeople News (民眾網)"),
    ("台北时报", "Liberty Times"),
    ("中視", "CTV News (Taiwan)"),
    ("台视", "TTV News"),
    ("台湾国际广播电台", "Radio Taiwan International"),
    ("The Storm Media", "Storm Media"),
    # international broadcasters and their language services
    ("BBC News Русская служба", "BBC"),
    ("Русская служба RFI", "RFI"),
    ("法国24台", "France 24"),
    ("Франс 24", "France 24"),
    ("阿里郎电视台", "Arirang"),
    ("韩国放送公社", "KBS World"),
    ("CCTV-9", "CCTV"),
    ("CCTV International", "CCTV"),
    # older names
    ("Агентство печати Новости", "RIA Novosti"),
    ("Novosti Press Agency", "RIA Novosti"),
    ("伊塔-塔斯社", "TASS"),
    ("俄通-塔斯社", "TASS"),
    ("Information Telegraph Agency of Russia", "TASS"),
    ("ИА Казинформ", "Kazinform"),
    ("Молдпресс", "Moldpres"),
    ("Chinaview", "Xinhua"),
    ("央视国际", "CCTV"),
    ("人民日报网络版", "People's Daily Online"),
    ("中国互联网新闻中心", "China.org.cn"),
    ("CRIENGLISH.com", "China Radio International"),
    ("Foreign Affairs and International Trade Canada", "Global Affairs Canada"),
    ("DFAIT", "Global Affairs Canada"),
    ("Irish Department of Foreign Affairs and Trade", "Department of Foreign Affairs of Ireland"),
    # ministries of foreign affairs in their own, English, Russian and Chinese names
    ("Ministerie van Buitenlandse Zaken", "Ministry of Foreign Affairs of the Netherlands"),
    ("МИД Нидерландов", "Ministry of Foreign Affairs of the Netherlands"),
    ("比利时外交部", "FPS Foreign Affairs of Belgium"),
    ("Utenriksdepartementet", "Ministry of Foreign Affairs of Norway"),
    ("丹麦外交部", "Ministry of Foreign Affairs of Denmark"),
    ("МИД Португалии", "Ministry of Foreign Affairs of Portugal"),
    ("DFAT", "Department of Foreign Affairs and Trade of Australia"),
    ("澳大利亚外交贸易部", "Department of Foreign Affairs and Trade of Australia"),
    ("MFAT", "Ministry of Foreign Affairs and Trade of New Zealand"),
    ("МИД Канады", "Global Affairs Canada"),
    ("Utrikesdepartementet", "Ministry for Foreign Affairs of Sweden"),
    ("智利外交部", "Ministry of Foreign Affairs of Chile"),
    ("Cancillería del Perú", "Ministry of Foreign Affairs of Peru"),
    ("МИД Колумбии", "Ministry of Foreign Affairs of Colombia"),
    ("摩洛哥外交部", "Ministry of Foreign Affairs of Morocco"),
    ("МИД Туниса", "Ministry of Foreign Affairs of Tunisia"),
    ("利比亚外交部", "Ministry of Foreign Affairs of Libya"),
    ("МИД Судана", "Ministry of Foreign Affairs of Sudan"),
    ("坦桑尼亚外交部", "Ministry of Foreign Affairs of Tanzania"),
    ("МИД Уганды", "Ministry of Foreign Affairs of Uganda"),
    ("加纳外交部", "Ministry of Foreign Affairs of Ghana"),
    ("Ministério das Relações Exteriores de Angola", "Ministry of External Relations of Angola"),
    ("莫桑比克外交部", "Ministry of Foreign Affairs of Mozambique"),
    ("МИД Замбии", "Ministry of Foreign Affairs of Zambia"),
    ("肯尼亚外交部", "Ministry of Foreign Affairs of Kenya"),
    ("МИД Кипра", "Ministry of Foreign Affairs of Cyprus"),
    ("冰岛外交部", "Ministry for Foreign Affairs of Iceland"),
    ("蒙古外交部", "Ministry of Foreign Affairs of Mongolia"),
    ("State Department", "U.S. Department of State"),
])
def test_the_name_form_a_page_prints_belongs_to_its_outlet(printed, outlet):
    assert registry().source_named(printed).name == outlet


@pytest.mark.parametrize("host, outlet", [
    ("www.xjjjb.com", "Iyaxin"),
    ("www.mofa.go.ug", "Ministry of Foreign Affairs of Uganda"),
    ("www.minbuza.nl", "Ministry of Foreign Affairs of the Netherlands"),
    ("diplomatie.belgium.be", "FPS Foreign Affairs of Belgium"),
    ("um.dk", "Ministry of Foreign Affairs of Denmark"),
    ("www.dfa.ie", "Department of Foreign Affairs of Ireland"),
    ("www.dfat.gov.au", "Department of Foreign Affairs and Trade of Australia"),
    ("www.mfat.govt.nz", "Ministry of Foreign Affairs and Trade of New Zealand"),
    ("www.international.gc.ca", "Global Affairs Canada"),
    ("www.minrel.gob.cl", "Ministry of Foreign Affairs of Chile"),
    ("www.cancilleria.gov.co", "Ministry of Foreign Affairs of Colombia"),
    ("www.diplomatie.ma", "Ministry of Foreign Affairs of Morocco"),
    ("www.mfa.go.ke", "Ministry of Foreign Affairs of Kenya"),
    ("mfa.gov.cy", "Ministry of Foreign Affairs of Cyprus"),
])
def test_a_ministrys_or_an_outlets_own_site_is_known_by_its_host(host, outlet):
    from despatch.ingest.names import source_for_host
    assert source_for_host(registry(), host).name == outlet


@pytest.mark.parametrize("name", ["DFA", "Foreign Office", "世界日报", "世界日報", "中央日报", "中國報", "上报", "环球在线", "今日新闻"])
def test_a_name_that_several_bodies_share_names_no_outlet(name):
    """The Philippine and the Irish 'DFA', a country's 'Foreign Office', the 世界日报 of several
    countries, Korea's and Taiwan's 中央日报, the bare 中國報 (the start of 中國報導), the verb 上报 ('report upwards'), a menu's 今日新闻 ('today's news')."""
    assert registry().source_named(name) is None


@pytest.mark.parametrize("text, outlet", [
    (f"两国领导人举行会谈\n\n2017-12-14 12:15\n\n来源:財訊快報\n\n{ZH_STORY}\n\n{ZH_STORY}\n", "Taiwan Finance Express"),
    (f"代表团访问港口城市\n\n2008-08-15\n\n来源:中国日报网环球在线\n\n{ZH_STORY}\n\n{ZH_STORY}\n", "China Daily"),
    (f"代表团访问港口城市\n\n2010-03-12\n\n来源:亚心中亚网\n\n{ZH_STORY}\n\n{ZH_STORY}\n", "Iyaxin"),
    (f"Ministers review the trade framework\n\nMarch 3, 2009\n\n{EN_STORY}\n\n{EN_STORY}\n\nSource: DFAT\n",
     "Department of Foreign Affairs and Trade of Australia"),
    (f"Министры обсудили торговлю\n\n12.03.2021\n\n{RU_STORY}\n\n{RU_STORY}\n\nИсточник: МИД Нидерландов\n",
     "Ministry of Foreign Affairs of the Netherlands"),
])
def test_a_credit_in_the_name_form_the_page_prints_names_the_outlet(text, outlet):
    assert parse(text).source == outlet


@pytest.mark.parametrize("label, outlet", [
    ("aif", "Argumenty i Fakty"),
    ("1tv", "Channel One"),
    ("tvzvezda", "Zvezda"),
    ("newsru", "NEWSru.com"),
])
def test_an_aggregators_pointer_to_a_sites_bare_name_names_the_outlet(label, outlet):
    """Russian aggregators point to the story's site by its host's first label, the zone dropped
    ('Подробнее читайте на aif.'); a label of two letters (kp, mk, iz) is too short to be read so."""
    text = f"2021-12-11 18:44 |\n{RU_STORY}\n{RU_STORY}\nПодробнее читайте на {label}.\n"
    assert parse(text).source == outlet
