"""Name forms registered in the R7 round: outlets the 172nd-177th sets print (a Chinese port group's site,
a Jordanian and an Indian site, a Russian portal, a provincial paper's app), then the wider region a
researcher of China's relations with Eastern Europe meets: the national agencies of Central Europe and the
Balkans in their own, Russian and Chinese names, their main papers and broadcasters, Sputnik's Balkan and
Caucasian services, China's embassies there and theirs in China in every standard English, Russian and
Chinese form, and Chinese provincial papers' apps. A region's name, a short form another body shares and an
ordinary word stay unregistered (texts written for these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


def _named(name: str) -> str | None:
    source = registry().source_named(name)
    return source.name if source else None


@pytest.mark.parametrize("printed, source", [
    # outlets of the 172nd-177th sets and their other forms
    ("招商局集团", "China Merchants Group"), ("招商局集團", "China Merchants Group"), ("Albawaba", "Al Bawaba"),
    ("News Track", "NewsTrack"), ("Колокол России", "Kolokol Rossii"), ("The Caspian Post", "Caspian Post"),
    ("甬派", "Ningbo Daily"), ("甬派客户端", "Ningbo Daily"), ("MOLDPRES State News Agency", "Moldpres"),
    ("Danas", "Danas"),
    # national agencies of Central Europe and the Balkans
    ("Венгерское телеграфное агентство", "Hungarian News Agency (MTI)"), ("匈通社", "Hungarian News Agency (MTI)"),
    ("ČTK", "Czech News Agency (ČTK)"), ("ЧТК", "Czech News Agency (ČTK)"), ("捷克通讯社", "Czech News Agency (ČTK)"),
    ("Bulgarian News Agency", "BTA"), ("БТА", "BTA"), ("保加利亞通訊社", "BTA"),
    ("AGERPRES", "Agerpres"), ("Агерпрес", "Agerpres"), ("罗马尼亚国家新闻社", "Agerpres"),
    ("Croatian News Agency", "HINA"), ("Slovenska tiskovna agencija", "Slovenian Press Agency"),
    ("Медиумска информативна агенција", "Media Information Agency (North Macedonia)"), ("Макфакс", "Makfax"),
    ("Federalna novinska agencija", "FENA"), ("СРНА", "SRNA"), ("Agjencia Telegrafike Shqiptare", "Albanian Telegraphic Agency"),
    ("ФоНет", "FoNet"), ("Агентство Инфо-Прим Нео", "IPN Moldova"), ("ANA-MPA", "Athens-Macedonian News Agency"),
    # papers and broadcasters
    ("Mladá fronta DNES", "iDNES.cz"), ("Česká televize", "Czech Television"), ("ČT24", "Czech Television"),
    ("Český rozhlas", "Czech Radio"), ("Denník N", "Denník N"), ("Pravda.sk", "Pravda (Slovakia)"),
    ("RTVS", "STVR"), ("Hír TV", "Hír TV"), ("Népszava", "Népszava"), ("Adevărul", "Adevărul"),
    ("Televiziunea Română", "Televiziunea Română"), ("Българска национална телевизия", "Bulgarian National Television"),
    ("БНР", "Bulgarian National Radio"), ("24 часа", "24 Chasa"), ("Вечерње новости", "Večernje novosti"),
    ("Блиц", "Blic"), ("Спутник Србија", "Sputnik Serbia"), ("Sputnik Абхазия", "Sputnik Abkhazia"),
    ("Влада Републике Србије", "Government of the Republic of Serbia"), ("Hrvatska radiotelevizija", "HRT"),
    ("Jutarnji list", "Jutarnji list"), ("RTV SLO", "RTV Slovenija"), ("Oslobodjenje", "Oslobođenje"),
    ("Радио Телевизија Републике Српске", "RTRS"), ("Radio i Televizija Crne Gore", "RTCG"),
    ("Македонска радио телевизија", "Macedonian Radio Television"), ("Radio Televizioni Shqiptar", "RTSH"),
    ("Radio Slobodna Evropa", "RFE/RL"), ("Глас Америке", "Voice of America"), ("Evropeiska Pravda", "Ukrainska Pravda"),
    # Chinese provincial papers' apps and platforms, Hong Kong and Taiwan
    ("北斗融媒", "Liaoning Daily"), ("彩練新聞", "Jilin Daily"), ("浙江新闻客户端", "Zhejiang Daily"),
    ("新福建客户端", "Fujian Daily"), ("紫金山新闻", "Nanjing Daily"), ("引力播", "Suzhou Daily"),
    ("新花城", "Guangzhou Daily"), ("橙柿互动", "Metropolis Express"),
    ("长江云", "Hubei TV"), ("新華社客戶端", "Xinhua"), ("中青在线", "China Youth Daily"),
    ("学习强国", "Xuexi Qiangguo"), ("北方新闻网", "Northnews"), ("亞洲週刊", "Yazhou Zhoukan"),
    ("晴報", "Sky Post"), ("民視", "FTV News"),
])
def test_a_newly_registered_form_names_its_outlet(printed, source):
    assert _named(printed) == source


CHINESE_EMBASSY = "Embassy of the People's Republic of China in {}"


@pytest.mark.parametrize("printed, country", [
    ("Посольство КНР в РФ", "the Russian Federation"), ("Посольство Китая в России", "the Russian Federation"),
    ("Chinese Embassy in Moscow", "the Russian Federation"),
    ("Посольство Китайской Народной Республики в Республике Казахстан", "Kazakhstan"),
    ("中国驻哈萨克斯坦共和国大使馆", "Kazakhstan"), ("Embassy of China in Astana", "Kazakhstan"),
    ("Посольство КНР в Киргизии", "Kyrgyzstan"), ("Посольство КНР в Кыргызской Республике", "Kyrgyzstan"),
    ("Посольство Китайской Народной Республики в Грузии", "Georgia"), ("Chinese Embassy in Tbilisi", "Georgia"),
    ("Посольство КНР в Республике Молдова", "Moldova"), ("中國駐摩爾多瓦共和國大使館", "Moldova"),
    ("Посольство Китая в Сербии", "Serbia"), ("Посольство Китайской Народной Республики в Сербии", "Serbia"),
    ("Embassy of China in Hungary", "Hungary"), ("Chinese Embassy in Budapest", "Hungary"),
    ("Посольство КНР в Чешской Республике", "the Czech Republic"), ("驻波兰使馆", "Poland"),
    ("Посольство Китайской Народной Республики в Литве", "Lithuania"), ("中國駐阿爾巴尼亞共和國大使館", "Albania"),
])
def test_china_s_embassy_in_the_region_is_named_in_every_standard_form(printed, country):
    source = registry().source_named(printed)
    assert source is not None and source.name.startswith("Embassy of the People's Republic of China in")
    assert source.name == CHINESE_EMBASSY.format(country) or country.removeprefix("the ") in source.name


@pytest.mark.parametrize("printed, source", [
    ("Embassy of the Republic of Kazakhstan in China", "Embassy of Kazakhstan in China"),
    ("Посольство Республики Казахстан в Китае", "Embassy of Kazakhstan in China"),
    ("Kazakh Embassy in Beijing", "Embassy of Kazakhstan in China"),
    ("Georgian Embassy in Beijing", "Embassy of Georgia in China"),
    ("塞爾維亞共和國駐華使館", "Embassy of Serbia in China"), ("Посольство Республики Сербия в Пекине", "Embassy of Serbia in China"),
    ("Embassy of the Republic of Moldova in the People's Republic of China", "Embassy of Moldova in China"),
    ("Посольство Румынии в Китае", "Embassy of Romania in China"), ("保加利亚驻华大使馆", "Embassy of Bulgaria in China"),
    ("Montenegrin Embassy in China", "Embassy of Montenegro in China"),
    ("Посольство Северной Македонии в КНР", "Embassy of North Macedonia in China"),
])
def test_the_region_s_embassies_in_china_are_registered(printed, source):
    assert _named(printed) == source


@pytest.mark.parametrize("word", [
    "Центральная Азия", "Politika", "MTI", "МТИ", "STA", "MIA", "ATA", "RTS", "N1", "TVR", "MRT", "RRI", "HN",
    "Novosti", "Trud", "Dnevnik", "Duma", "Index", "Telex", "Origo", "Portfolio", "Фокус", "Гордон", "ТСН",
    "招商局", "浙江新闻", "新福建", "广西云", "今日新聞", "世界日報",
])
def test_a_region_s_name_a_shared_short_form_or_an_ordinary_word_names_no_outlet(word):
    # a text on Central Asia prints the region's name; 'STA', 'MIA', 'RTS', 'MRT' name other bodies too;
    # '招商局' is every city's investment bureau; 'Novosti', 'Фокус', 'Trud' are words
    assert _named(word) is None


@pytest.mark.parametrize("host, source", [
    ("www.cmhk.com", "China Merchants Group"), ("www.albawaba.com", "Al Bawaba"),
    ("english.newstracklive.com", "NewsTrack"), ("kolokolrussia.ru", "Kolokol Rossii"),
    ("ru.china-embassy.org", "Embassy of the People's Republic of China in the Russian Federation"),
    ("ge.chineseembassy.org", "Embassy of the People's Republic of China in Georgia"),
    ("kz.china-embassy.org", "Embassy of the People's Republic of China in Kazakhstan"),
    ("pi.cnnb.com.cn", "Ningbo Daily"), ("www.cnnb.com.cn", "China Ningbo Net"),
    ("www.bta.bg", "BTA"), ("www.agerpres.ro", "Agerpres"), ("www.hina.hr", "HINA"), ("www.danas.rs", "Danas"),
    ("n1info.ba", "N1 Info"), ("ct24.ceskatelevize.cz", "Czech Television"), ("www.xuexi.cn", "Xuexi Qiangguo"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    found = source_for_host(registry(), host)
    assert found is not None and found.name == source


@pytest.mark.parametrize("line, source", [
    ("Источник: http://www.cmhk.com", "China Merchants Group"),
    ("Source: www.cmhk.com", "China Merchants Group"),
    ("Source: Embassy of China in Moldova", "Embassy of the People's Republic of China in Moldova"),
    ("Source: Bulgarian News Agency", "BTA"),
])
def test_a_source_line_naming_a_new_outlet_gives_it(line, source):
    assert parse(f"Ministers meet in the capital\n\n{line}\n\n{EN_STORY}\n\n{EN_STORY}\n").source == source


@pytest.mark.parametrize("lead, source", [
    ("SOFIA, March 3 (BTA) -", "BTA"), ("BUCHAREST, 3 March (AGERPRES) -", "Agerpres"),
    ("ZAGREB, March 3 (HINA) -", "HINA"), ("ALBAWABA -", "Al Bawaba"), ("AL BAWABA —", "Al Bawaba"),
])
def test_an_english_lead_crediting_a_new_agency_gives_it(lead, source):
    assert parse(f"Ministers meet in the capital\n\n{lead} {EN_STORY}\n\n{EN_STORY}\n").source == source


@pytest.mark.parametrize("line, source", [
    ("Источник: Посольство КНР в РФ", "Embassy of the People's Republic of China in the Russian Federation"),
    ("Источник: ЧТК", "Czech News Agency (ČTK)"),
    ("СОФИЯ, 3 марта. /БТА/.", "BTA"),
    ("ЗАГРЕБ, 3 марта. /ХИНА/.", "HINA"),
    ("Источник: Посольство Республики Сербия в КНР", "Embassy of Serbia in China"),
])
def test_a_russian_source_line_or_lead_naming_a_new_form_gives_it(line, source):
    assert parse(f"Министры встретились в столице\n\n{line}\n\n{RU_STORY}\n\n{RU_STORY}\n").source == source


@pytest.mark.parametrize("stamp, source", [
    ("甬派原创       2019-05-14 06:00:00", "Ningbo Daily"),
    ("来源:甬派", "Ningbo Daily"),
    ("来源:紫金山新闻", "Nanjing Daily"),
    ("来源:北斗融媒客户端", "Liaoning Daily"),
    ("来源:学习强国", "Xuexi Qiangguo"),
    ("来源:中國駐塞爾維亞共和國大使館", "Embassy of the People's Republic of China in Serbia"),
])
def test_a_chinese_stamp_naming_a_provincial_app_or_an_embassy_gives_it(stamp, source):
    assert parse(f"两国签署新的合作协议\n\n{stamp}\n\n{ZH_STORY}\n\n{ZH_STORY}\n").source == source


def test_a_site_s_tag_after_a_store_marker_with_no_headline_gives_it():
    assert parse(f" date 2024-03-05 ALBAWABA - {EN_STORY}\n\n{EN_STORY}\n").source == "Al Bawaba"


def test_an_outlet_credit_under_the_headline_wins_over_the_region_s_name_in_the_text():
    text = (f"Полный текст совместного заявления саммита «Китай — Центральная Азия»\nCGTN\n\n"
            f"{RU_STORY} Центральная Азия и Китай подтвердили курс на сотрудничество.\n\n{RU_STORY}\n")
    assert parse(text).source == "CGTN"


@pytest.mark.parametrize("printed, source", [
    ("МИД Польши", "Ministry of Foreign Affairs of the Republic of Poland"),
    ("波兰外交部", "Ministry of Foreign Affairs of the Republic of Poland"),
    ("Ministry of Foreign Affairs of Czechia", "Ministry of Foreign Affairs of the Czech Republic"),
    ("Министерство иностранных дел Словакии", "Ministry of Foreign and European Affairs of the Slovak Republic"),
    ("羅馬尼亞外交部", "Ministry of Foreign Affairs of Romania"),
    ("Министерство на външните работи", "Ministry of Foreign Affairs of the Republic of Bulgaria"),
    ("Croatian Foreign Ministry", "Ministry of Foreign and European Affairs of the Republic of Croatia"),
    ("МИД Черногории", "Ministry of Foreign Affairs of Montenegro"),
    ("北马其顿外交部", "Ministry of Foreign Affairs of North Macedonia"),
    ("МИД Албании", "Ministry for Europe and Foreign Affairs of Albania"),
    ("匈牙利外交部", "Ministry of Foreign Affairs and Trade of Hungary"),
    ("Külgazdasági és Külügyminisztérium", "Ministry of Foreign Affairs and Trade of Hungary"),
    ("格鲁吉亚外交部", "Ministry of Foreign Affairs of Georgia"),
    ("Foreign Ministry of Kyrgyzstan", "Ministry of Foreign Affairs of the Kyrgyz Republic"),
])
def test_a_foreign_ministry_of_the_region_is_named_in_english_russian_chinese_and_its_own_language(printed, source):
    assert _named(printed) == source


@pytest.mark.parametrize("printed, source", [
    ("哈萨克斯坦国际通讯社", "Kazinform"), ("吉尔吉斯斯坦国家通讯社", "Kabar"), ("塔吉克斯坦國家通訊社", "Khovar"),
    ("亚美尼亚国家通讯社", "Armenpress"), ("立陶宛通讯社", "ELTA"), ("拉脫維亞通訊社", "LETA"),
    ("波罗的海通讯社", "Baltic News Service"), ("塞尔维亚通讯社", "Tanjug"), ("ТАСР", "TASR"),
    ("摩尔多瓦国家通讯社", "Moldpres"), ("阿塞拜疆趋势通讯社", "Trend News Agency"), ("Польское агентство печати", "PAP"),
    ("ПраймТАСС", "PRIME"), ("Институт Китая и современной Азии", "Institute of China and Contemporary Asia"),
    ("Синология.ру", "Sinologia.ru"), ("Евразийский банк развития", "Eurasian Development Bank"),
])
def test_a_region_s_agency_or_research_body_is_named_in_another_script(printed, source):
    assert _named(printed) == source


@pytest.mark.parametrize("printed, source", [
    ("俄罗斯驻哈尔滨总领事馆", "Consulate General of Russia in Harbin"),
    ("Генеральное консульство России в Шэньяне", "Consulate General of Russia in Shenyang"),
    ("Russian Consulate General in Guangzhou", "Consulate General of Russia in Guangzhou"),
    ("白俄罗斯共和国驻上海总领事馆", "Consulate General of Belarus in Shanghai"),
    ("Генконсульство Республики Беларусь в Гуанчжоу", "Consulate General of Belarus in Guangzhou"),
    ("哈薩克斯坦駐烏魯木齊總領館", "Consulate General of Kazakhstan in Urumqi"),
    ("Consulate General of the Republic of Kazakhstan in Xi'an", "Consulate General of Kazakhstan in Xi'an"),
    ("吉尔吉斯共和国驻乌鲁木齐总领事馆", "Consulate General of Kyrgyzstan in Urumqi"),
    ("蒙古国驻呼和浩特总领事馆", "Consulate General of Mongolia in Hohhot"),
])
def test_a_consulate_of_the_region_in_china_is_named_in_english_russian_and_chinese(printed, source):
    assert _named(printed) == source


@pytest.mark.parametrize("printed, source", [
    ("CRI на русском", "China Radio International"), ("Русская служба Синьхуа", "Xinhua"),
    ("Global Times на русском", "Global Times"), ("Цзефан жибао", "Jiefang Daily"), ("Голос России", "Voice of Russia"),
    ("俄罗斯之声", "Voice of Russia"), ("俄罗斯龙报", "Long Bao (Russia)"), ("匈牙利新导报", "Xin Dao Bao (Hungary)"),
    ("中俄头条", "Zhong E Toutiao"), ("mongoliaweekly.org", "Mongolia Weekly"),
])
def test_a_chinese_outlet_s_russian_service_or_a_chinese_paper_abroad_is_named(printed, source):
    assert _named(printed) == source
