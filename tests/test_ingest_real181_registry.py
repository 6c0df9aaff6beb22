"""Name forms registered from the 181st to 186th sets of real pages and the forms the outlets of a
Belarus–China archive print of themselves: Belarusian ministries and state bodies in Russian, Belarusian,
English and Chinese; Belarus's national and regional broadcasters; Russian federal papers and channels
under their Chinese names; China's international broadcasters and their services (中国网络电视台, 海峡飞虹,
China Media Group, the language services of CGTN); the national agencies and outlets of Vietnam, Iran,
Pakistan and Central Asia in every script; and a few outlets of other regions that credit stories on
China (texts written for these tests)."""
import pytest

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse_page, registry


@pytest.mark.parametrize("printed, source", [
    # China's broadcasters and their services
    ("中国网络电视台", "CCTV"),
    ("中國網絡電視台", "CCTV"),
    ("CNTV", "CCTV"),
    ("China Media Group", "CCTV"),
    ("Медиакорпорация Китая", "CCTV"),
    ("中國中央電視台", "CCTV"),
    ("海峽飛虹", "China Radio International"),
    ("海峡飞虹", "China Radio International"),
    ("CRI English", "China Radio International"),
    ("CGTN Français", "CGTN"),
    ("CGTN Español", "CGTN"),
    ("Информационное агентство Синьхуа", "Xinhua"),
    ("Phoenix TV", "Phoenix New Media"),
    ("凤凰新闻", "Phoenix New Media"),
    ("凤凰资讯台", "Phoenix InfoNews"),
    ("TVB新聞", "TVB News"),
    ("法廣RFI", "RFI"),
    ("RFI華語", "RFI"),
    ("China Business News", "Yicai"),
    # Belarus: state bodies and broadcasters in every script
    ("Міністэрства замежных спраў Рэспублікі Беларусь", "Ministry of Foreign Affairs of the Republic of Belarus"),
    ("白俄罗斯文化部", "Ministry of Culture of the Republic of Belarus"),
    ("Міністэрства па надзвычайных сітуацыях Рэспублікі Беларусь", "Ministry of Emergency Situations of the Republic of Belarus"),
    ("白俄羅斯國家邊防委員會", "State Border Committee of the Republic of Belarus"),
    ("Палата представителей Национального собрания Республики Беларусь", "National Assembly of the Republic of Belarus"),
    ("Министерство жилищно-коммунального хозяйства Республики Беларусь", "Ministry of Housing and Utilities of the Republic of Belarus"),
    ("Минлесхоз Беларуси", "Ministry of Forestry of the Republic of Belarus"),
    ("Следственный комитет Республики Беларусь", "Investigative Committee of the Republic of Belarus"),
    ("ЦИК Беларуси", "Central Election Commission of the Republic of Belarus"),
    ("白俄罗斯中央选举委员会", "Central Election Commission of the Republic of Belarus"),
    ("Администрация Президента Республики Беларусь", "Administration of the President of the Republic of Belarus"),
    ("Госсекретариат Совбеза Беларуси", "Security Council of the Republic of Belarus"),
    ("Всебелорусское народное собрание", "All-Belarusian People's Assembly"),
    ("Белорусское телевидение", "Belarus 1"),
    ("Беларусь 5", "Belarus 1"),
    ("白俄罗斯国家电视台", "Belarus 1"),
    ("Тэлерадыёкампанія «Магілёў»", "Teleradiocompany Mogilev"),
    ("Брестская телерадиокомпания", "Teleradiocompany Brest"),
    ("Агентство «Минск-Новости»", "Minsk-Novosti"),
    ("Komsomolskaya Pravda v Belorussii", "Komsomolskaya Pravda in Belarus"),
    ("АиФ в Белоруссии", "Argumenty i Fakty in Belarus"),
    ("Belarus News and Analysis", "Belarus News and Analysis"),
    # Russian federal outlets under their full and Chinese names
    ("Информационное агентство России ТАСС", "TASS"),
    ("Izvestiya", "Izvestia"),
    ("连塔网", "Lenta.ru"),
    ("俄罗斯议会报", "Parlamentskaya Gazeta"),
    ("俄羅斯紅星報", "Krasnaya Zvezda"),
    ("全俄国家电视广播公司", "Smotrim (Смотрим)"),
    ("俄罗斯24频道", "Vesti"),
    ("Иран.ру", "Iran.ru"),
    # national agencies and outlets of Vietnam, Iran, Pakistan and Central Asia
    ("TTXVN", "Vietnam News Agency"),
    ("越南之声", "Voice of Vietnam"),
    ("越南人民报", "Nhan Dan"),
    ("Vietnam Television (VTV)", "Vietnam Television"),
    ("越南國家電視台", "Vietnam Television"),
    ("Báo Thanh Niên", "Thanh Nien"),
    ("伊朗国家通讯社", "IRNA"),
    ("塔斯尼姆通讯社", "Tasnim News Agency"),
    ("迈赫尔通讯社", "Mehr News Agency"),
    ("法尔斯通讯社", "Fars News Agency"),
    ("Islamic Republic of Iran Broadcasting", "IRIB"),
    ("德黑兰时报", "Tehran Times"),
    ("伊朗新闻电视台", "Press TV"),
    ("巴通社", "Associated Press of Pakistan"),
    ("论坛快报", "The Express Tribune"),
    ("ARY News", "ARY News"),
    ("Turkmen State News Service", "Turkmen State News Agency"),
    ("卡巴尔国家通讯社", "Kabar"),
    ("Пресс-служба Президента Казахстана", "Akorda"),
    ("哈薩克斯坦總統府", "Akorda"),
    ("Press Service of the President of Kyrgyzstan", "President of the Kyrgyz Republic"),
    ("Пресс-служба Президента Таджикистана", "President of the Republic of Tajikistan"),
    ("Foreign Office of Pakistan", "Ministry of Foreign Affairs of Pakistan"),
    # Chinese bodies under their short and other-script names
    ("文旅部", "Ministry of Culture and Tourism of the People's Republic of China"),
    ("全国友协", "Chinese People's Association for Friendship with Foreign Countries"),
    ("一帶一路網", "Belt and Road Portal"),
    ("中山外事", "Zhongshan Foreign Affairs Bureau"),
    # other regions' outlets that credit stories on China
    ("圣保罗页报", "Folha de S.Paulo"),
    ("Folha de São Paulo", "Folha de S.Paulo"),
    ("Sri Lanka Guardian", "Sri Lanka Guardian"),
    ("China-Global South Project", "The China-Global South Project"),
    ("The China Africa Project", "The China-Global South Project"),
    ("14ymedio", "14ymedio"),
    ("卡塔尔半岛电视台", "Al Jazeera"),
    ("外交学者", "The Diplomat"),
    ("亚洲时报", "Asia Times"),
    ("号角报", "Clarín"),
    ("Estadão", "O Estado de S. Paulo"),
    ("巴西环球报", "O Globo"),
    ("Agência Lusa", "Lusa"),
    ("葡通社", "Lusa"),
    ("委内瑞拉国家电视台", "Venezolana de Televisión"),
    ("起义青年报", "Juventud Rebelde"),
    ("青年非洲", "Jeune Afrique"),
    ("安哥拉日报", "Jornal de Angola"),
    ("Mozambique News Agency", "Agência de Informação de Moçambique"),
    ("The Zambian Observer", "Zambian Observer"),
    ("苏丹通讯社", "Sudan News Agency"),
    ("印尼罗盘报", "Kompas"),
    ("Indo-Asian News Service", "IANS"),
    ("蒙古国家广播电视台", "Mongolian National Broadcaster"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", [
    # a heading every Belarusian news site prints ('Новости Беларуси | БелТА'), no outlet's name
    "Новости Беларуси", "Belarus News",
    # a city, a province, an ordinary word or an acronym of several bodies
    "Phoenix", "Fars", "фарс", "Mehr", "Заря", "Великий камень", "VTV", "ISNA", "CMG", "LBO", "AIM", "MENA", "中国报", "Folha",
    # a title several countries' papers share
    "La Nación", "El Universal", "El Tiempo", "The Star", "The Herald", "The National", "New Era",
    # a ministry's bare short form is Russia's as often as Belarus's
    "Минтруда", "Минлесхоз", "ЦИК",
])
def test_a_word_place_or_shared_short_form_names_no_outlet(word):
    assert registry().source_named(word) is None


def test_a_belarusian_agency_page_under_the_countrys_news_heading_is_the_agencys():
    article = parse_page(f"""
        Новости Беларуси
        Белорусское телеграфное агентство
        Главная Экономика

        Делегации обсудили новые проекты промышленной кооперации

        Экономика 14.03.2017 | 10:15

        Делегации двух стран обсудили новые проекты промышленной кооперации, передает корреспондент БЕЛТА.
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "BelTA"


def test_the_chinese_name_of_the_network_television_in_a_source_field_gives_the_broadcaster():
    article = parse_page(f"""
        各国代表出席论坛开幕式
        2011年04月12日 09:40 来源:中国网络电视台 编辑:王某
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "CCTV"


def test_a_russian_source_label_with_a_registered_site_of_a_country_gives_that_site():
    article = parse_page(f"""
        Делегация парламента посетит столицу с визитом

        {PAGE_PARAGRAPHS_RU}
        Источник:
        Iran.ru
        Поделиться:
        """)
    assert article.source == "Iran.ru"


def test_a_portal_banner_in_capitals_names_the_portal_and_is_no_headline():
    # the banner holds the words of a country's news heading, but the whole name is the portal's
    article = parse_page(f"""
        BELARUS NEWS AND ANALYSIS

        DATE:

        14/06/2011

        Grain terminal opens on the river port

        {PAGE_PARAGRAPHS_EN}
        """)
    assert article.title == "Grain terminal opens on the river port"
    assert article.source == "Belarus News and Analysis"
