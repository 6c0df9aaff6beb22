"""Registry names from the real212-215 pages: the national news agencies of every region (the Gulf, the
Levant, the Maghreb, Africa, South and South-East Asia, Europe, Latin America) and the union of the OIC
agencies, in the forms their republishers print (the abbreviation, 'Name (ABBR)', the Chinese and Russian
names), government news services (a president's media division), and outlets a page names as its own
(a masthead, a copyright, a sign-off). An abbreviation that is an ordinary word or another body's name
(MAP, TAP, RSS, AKP, PNA, TNA, MENA, APS, SPA, MTI, STA) stays out. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("printed, outlet", [
    # the Gulf and the Levant
    ("Саудовское информационное агентство", "Saudi Press Agency"),
    ("Kuwait News Agency (KUNA)", "Kuwait News Agency"),
    ("科威特通讯社", "Kuwait News Agency"),
    ("Кувейтское информационное агентство", "Kuwait News Agency"),
    ("卡塔尔通讯社", "Qatar News Agency"),
    ("巴林通讯社", "Bahrain News Agency"),
    ("阿曼通讯社", "Oman News Agency"),
    ("Jordan News Agency (Petra)", "Petra News Agency"),
    ("约旦通讯社", "Petra News Agency"),
    ("SANA", "Syrian Arab News Agency"),
    ("叙利亚通讯社", "Syrian Arab News Agency"),
    ("INA", "Iraqi News Agency"),
    ("Иракское информационное агентство", "Iraqi News Agency"),
    ("黎巴嫩国家通讯社", "National News Agency (Lebanon)"),
    ("WAFA", "WAFA News Agency"),
    ("UNA-OIC", "Union of OIC News Agencies"),
    ("伊斯兰合作组织通讯社联盟", "Union of OIC News Agencies"),
    ("Союз информационных агентств ОИС", "Union of OIC News Agencies"),
    # Africa
    ("Middle East News Agency (MENA)", "Middle East News Agency"),
    ("Ближневосточное информационное агентство", "Middle East News Agency"),
    ("Algeria Press Service (APS)", "Algeria Press Service"),
    ("阿尔及利亚通讯社", "Algeria Press Service"),
    ("Maghreb Arab Press", "Maghreb Arabe Presse"),
    ("马格里布阿拉伯通讯社", "Maghreb Arabe Presse"),
    ("Tunis Afrique Presse (TAP)", "Tunis Afrique Presse"),
    ("突尼斯非洲通讯社", "Tunis Afrique Presse"),
    ("NAN", "News Agency of Nigeria"),
    ("尼日利亚通讯社", "News Agency of Nigeria"),
    ("肯尼亚通讯社", "Kenya News Agency"),
    ("埃塞俄比亚通讯社", "Ethiopian News Agency"),
    ("SONNA", "Somali National News Agency"),
    ("ZANIS", "Zambia News and Information Services"),
    ("Agence de Presse Sénégalaise", "Agence de Presse Sénégalaise"),
    ("Agence Ivoirienne de Presse", "Agence Ivoirienne de Presse"),
    # South and South-East Asia
    ("UNI", "United News of India"),
    ("United News of India (UNI)", "United News of India"),
    ("Press Trust of India (PTI)", "Press Trust of India"),
    ("A P P", "Associated Press of Pakistan"),
    ("Bangladesh Sangbad Sangstha (BSS)", "Bangladesh Sangbad Sangstha"),
    ("United News of Bangladesh (UNB)", "United News of Bangladesh"),
    ("PMD", "President's Media Division"),
    ("President's Media Division", "President's Media Division"),
    ("Lanka Puvath", "Lanka Puvath"),
    ("National News Agency of Nepal", "Rastriya Samachar Samiti"),
    ("National News Bureau of Thailand (NNT)", "National News Bureau of Thailand"),
    ("泰国国家新闻局", "National News Bureau of Thailand"),
    ("Khaosan Pathet Lao", "KPL Lao News Agency"),
    ("巴特寮通讯社", "KPL Lao News Agency"),
    ("柬埔寨新闻社", "Agence Kampuchea Presse"),
    ("Philippine News Agency (PNA)", "Philippine News Agency"),
    ("Antara News Agency", "Antara"),
    ("Bakhtar News Agency", "Bakhtar News Agency"),
    # East Asia
    ("Yonhap News", "Yonhap"),
    ("韩国联合通讯社", "Yonhap"),
    ("KCNA", "Korean Central News Agency"),
    ("朝中社", "Korean Central News Agency"),
    ("共同通信", "Kyodo News"),
    # Europe
    ("AGI", "Agenzia Italia"),
    ("Agenzia Nazionale Stampa Associata", "ANSA"),
    ("埃菲通讯社", "EFE"),
    ("Агентство ЭФЕ", "EFE"),
    ("法国新闻社", "AFP"),
    ("Belga", "Belga"),
    ("Algemeen Nederlands Persbureau", "ANP"),
    ("Austria Presse Agentur", "Austria Presse Agentur"),
    ("Tidningarnas Telegrambyrå", "TT News Agency"),
    ("Norsk Telegrambyrå", "NTB"),
    ("Suomen Tietotoimisto", "STT"),
    ("Ritzau", "Ritzau"),
    ("Anadolu Ajansı", "Anadolu Agency"),
    # Latin America
    ("阿根廷国家通讯社", "Télam"),
    ("墨西哥通讯社", "Notimex"),
    ("拉丁美洲通讯社", "Prensa Latina"),
    # outlets and services a page names as its own
    ("Horn Diplomat", "Horn Diplomat"),
    ("JNS", "Jewish News Syndicate"),
    ("Città di Torino", "Città di Torino"),
    ("Echorouk", "Echorouk"),
    ("ACTMedia", "ACTMedia"),
    ("УрБК", "UrBC"),
    ("Московское Общество Греков", "Moscow Society of Greeks"),
    ("Официальный Татарстан", "Government of Tatarstan"),
    ("亚联时报", "Asia Union Times"),
    ("亚洲联合时报", "Asia Union Times"),
    ("日刊まにら新聞", "The Daily Manila Shimbun"),
    ("驻拉瓦格领事馆", "Consulate General of the People's Republic of China in Laoag"),
])
def test_the_name_form_a_page_prints_belongs_to_its_outlet(printed, outlet):
    assert registry().source_named(printed).name == outlet


@pytest.mark.parametrize("host, outlet", [
    ("www.una-oic.org", "Union of OIC News Agencies"),
    ("pmd.gov.lk", "President's Media Division"),
    ("www.lankapuvath.lk", "Lanka Puvath"),
    ("www.kcna.kp", "Korean Central News Agency"),
    ("www.agi.it", "Agenzia Italia"),
    ("www.horndiplomat.com", "Horn Diplomat"),
    ("www.jns.org", "Jewish News Syndicate"),
    ("www.echoroukonline.com", "Echorouk"),
    ("urbc.ru", "UrBC"),
    ("www.manila-shimbun.com", "The Daily Manila Shimbun"),
    ("sonna.so", "Somali National News Agency"),
])
def test_an_outlets_own_site_is_known_by_its_host(host, outlet):
    from despatch.ingest.names import source_for_host
    assert source_for_host(registry(), host).name == outlet


@pytest.mark.parametrize("abbreviation", ["MAP", "TAP", "RSS", "AKP", "PNA", "TNA", "MENA", "APS", "NNA", "PPI", "AA", "TT", "SPA", "ISNA", "MTI", "STA"])
def test_an_abbreviation_that_is_a_word_or_another_bodys_name_names_no_agency(abbreviation):
    """'MAP' of a site's menu, the 'TAP' pipeline, an 'RSS' feed, Turkey's 'AKP', the 'MENA' region."""
    assert registry().source_named(abbreviation) is None


@pytest.mark.parametrize("credit, outlet", [
    ("Source : UNI", "United News of India"),
    ("Source: NAN", "News Agency of Nigeria"),
])
def test_a_source_label_under_a_wire_story_names_the_agency(credit, outlet):
    text = f"Ministers review the trade framework\n\nMarch 3, 2023\n\n{EN_STORY}\n\n{EN_STORY}\n\n{credit}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("closing, outlet", [
    ("(Yonhap News)", "Yonhap"),
    ("(UNI)", "United News of India"),
    ("(SANA)", "Syrian Arab News Agency"),
])
def test_an_agency_sign_off_closing_the_story_names_it(closing, outlet):
    text = f"Ministers review the trade framework\n\nMarch 3, 2023\n\n{EN_STORY}\n\n{EN_STORY} {closing}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("text, outlet", [
    (f"Московское Общество Греков\n\nОткрыта выставка о дружбе двух народов\n\n12.03.2021\n\n{RU_STORY}\n\n{RU_STORY}\n",
     "Moscow Society of Greeks"),
    (f"Официальный Татарстан\n\nПрезидент встретился с послом\n\n12.03.2021\n\n{RU_STORY}\n\n{RU_STORY}\n",
     "Government of Tatarstan"),
    (f"УрБК, Екатеринбург, 12.03.2021. {RU_STORY}\n\n{RU_STORY}\n", "UrBC"),
    (f"代表团访问港口城市\n\n2023-03-12\n\n来源:亚联时报\n\n{ZH_STORY}\n\n{ZH_STORY}\n", "Asia Union Times"),
])
def test_a_masthead_a_wire_head_or_a_credit_in_the_name_form_the_page_prints(text, outlet):
    assert parse(text).source == outlet
