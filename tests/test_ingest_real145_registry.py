"""Name forms registered from the 145th to 147th sets of real pages and other members of their kinds:
the short 'Embassy of the PRC in X' form of every Chinese embassy, a regional news site's English name
('Northeast News Net'), the Chinese Ministry of Culture whose pages stay on its successor's site,
Belarusian business sites (Office Life, Blizko), the district executive committees of Belarus's regions,
the regional channels of the Belarusian state broadcaster ('Беларусь 4 Гомель'), a Kyrgyz agency (KirTAG)
and the radio and television stations of China's provinces (texts written for these tests)."""
import pytest

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse_page, registry


@pytest.mark.parametrize("printed, source", [
    ("Embassy of the PRC in Belarus", "Embassy of the People's Republic of China in the Republic of Belarus"),
    ("Embassy of the PRC in Russia", "Embassy of the People's Republic of China in the Russian Federation"),
    ("Embassy of the PRC in Kazakhstan", "Embassy of the People's Republic of China in Kazakhstan"),
    ("Embassy of the PRC in the Philippines", "Embassy of the People's Republic of China in the Philippines"),
    ("Northeast News Net", "Northeast Net"),
    ("Ministry of Culture of the PRC", "Ministry of Culture and Tourism of the People's Republic of China"),
    ("中华人民共和国文化部", "Ministry of Culture and Tourism of the People's Republic of China"),
    ("Office Life", "Office Life"),
    ("officelife.media", "Office Life"),
    ("Blizko", "Blizko"),
    ("blizko.by", "Blizko"),
    ("Оршанский райисполком", "Orsha District Executive Committee"),
    ("Полоцкий районный исполнительный комитет", "Polotsk District Executive Committee"),
    ("Витебский райисполком", "Vitebsk District Executive Committee"),
    ("Берёзовский райисполком", "Bereza District Executive Committee"),
    ("Березовский районный исполнительный комитет", "Bereza District Executive Committee"),
    ("Мозырский райисполком", "Mozyr District Executive Committee"),
    ("Островецкий райисполком", "Ostrovets District Executive Committee"),
    ("Шкловский райисполком", "Shklov District Executive Committee"),
    ("Минский райисполком", "Minsk District Executive Committee"),
    ("Беларусь 4 Могилев", "Belarus 4 Mogilev"),
    ("Беларусь 4. Брест", "Belarus 4 Brest"),
    ("КирТАГ", "KirTAG"),
    ("Kyrgyz Telegraph Agency", "KirTAG"),
    ("山东广播电视台", "Shandong Radio and Television"),
    ("陝西衛視", "Shaanxi Radio and Television"),
    ("山西卫视", "Shanxi Radio and Television"),
    ("湖南广播电视台", "Hunan TV"),
    ("江苏省广播电视总台", "Jiangsu TV"),
    ("上海广播电视台", "Shanghai Media Group"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


def test_the_region_and_city_committees_keep_their_names_beside_the_district_committee_of_their_city():
    assert registry().source_named("Vitebsk Regional Executive Committee").name == "Vitebsk Regional Executive Committee"
    assert registry().source_named("Витебский облисполком").name == "Vitebsk Regional Executive Committee"
    assert registry().source_named("Мингорисполком").name == "Minsk City Executive Committee"


def test_an_everyday_word_that_a_site_takes_as_its_name_is_not_registered_in_cyrillic():
    # 'близко' ('near') would name the site in any sentence
    assert registry().source_named("Близко") is None


def test_an_embassy_short_name_in_a_source_line_gives_the_embassy():
    article = parse_page(f"""
        Friendship centre opens in the capital with embassy support
        Source: Embassy of the PRC in Belarus
        {PAGE_PARAGRAPHS_EN}
        """)
    assert article.source == "Embassy of the People's Republic of China in the Republic of Belarus"


def test_a_business_site_named_under_its_headline_is_the_source():
    article = parse_page(f"""
        Через биржу впервые продали партию станков в Азию

        Office Life
        Компания впервые продала партию станков через торговую площадку. Подробности рассказали Office Life представители площадки.
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "Office Life"


def test_a_district_committee_in_a_source_line_gives_the_committee():
    article = parse_page(f"""
        Делегация района посетила аграрный университет провинции

        12.03.2024
        {PAGE_PARAGRAPHS_RU}
        Источник: Оршанский райисполком
        """)
    assert article.source == "Orsha District Executive Committee"


def test_a_regional_channel_named_under_its_headline_is_the_source():
    article = parse_page(f"""
        Аграрии показали гостям из провинции новые фермы

        Беларусь 4 Гомель
        12.03.2024 09:15
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "Belarus 4 Gomel"


def test_an_agency_beside_the_date_gives_its_agency():
    article = parse_page(f"""
        Стороны договорились о новых грузовых рейсах
        12 марта 2024, 09:15 — КирТАГ
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "KirTAG"


@pytest.mark.parametrize("printed, source", [
    ("山东卫视", "Shandong Radio and Television"),
    ("中华人民共和国文化部", "Ministry of Culture and Tourism of the People's Republic of China"),
])
def test_a_provincial_station_or_a_ministry_in_a_chinese_source_field_gives_its_outlet(printed, source):
    article = parse_page(f"""
        省代表团访问友好城市 签署合作协议
        2024-03-12 09:21 来源: {printed}
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == source


def test_a_district_committee_of_another_region_in_a_source_line_gives_the_committee():
    article = parse_page(f"""
        Делегация провинции познакомилась с работой молочного комбината

        12.03.2024
        {PAGE_PARAGRAPHS_RU}
        Источник: Жлобинский районный исполнительный комитет
        """)
    assert article.source == "Zhlobin District Executive Committee"
