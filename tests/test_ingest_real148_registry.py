"""Name forms registered from the 148th to 156th sets of real pages and other members of their kinds:
a Chinese embassy's own short name ('驻X共和国大使馆', without 'China' in front), the Belarusian embassy
in Beijing under the country's newer Chinese name ('白罗斯'), Central Asian agencies and sites (TajikTA,
Altaynews.kz, Jahon, 365info.kz, Tojnews, News-Asia), Ukrainian sites (LB.ua, Novosti Donbassa, Depo.ua),
Siberian and Far Eastern outlets (ZabMedia, Yakutia 24, Inform Polis, Tuva Online, OTV Prim, a Khabarovsk
paper's newer domain), Hong Kong and Taiwanese sites (AAStocks, EatNews) and a Chinese theory portal
(texts written for these tests)."""
import pytest

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse_page, registry


@pytest.mark.parametrize("printed, source", [
    ("驻塞尔维亚共和国大使馆", "Embassy of the People's Republic of China in Serbia"),
    ("驻塞尔维亚大使馆", "Embassy of the People's Republic of China in Serbia"),
    ("驻哈萨克斯坦共和国大使馆", "Embassy of the People's Republic of China in Kazakhstan"),
    ("驻吉尔吉斯共和国大使馆", "Embassy of the People's Republic of China in Kyrgyzstan"),
    ("驻俄罗斯联邦大使馆", "Embassy of the People's Republic of China in the Russian Federation"),
    ("駐俄羅斯聯邦大使館", "Embassy of the People's Republic of China in the Russian Federation"),
    ("驻白俄罗斯共和国大使馆", "Embassy of the People's Republic of China in the Republic of Belarus"),
    ("驻波兰共和国大使馆", "Embassy of the People's Republic of China in Poland"),
])
def test_a_chinese_embassy_is_named_by_its_own_short_form(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("printed", ["白罗斯共和国驻华大使馆", "白罗斯驻华大使馆", "白羅斯共和國駐華大使館", "白俄罗斯共和国驻华大使馆"])
def test_the_belarusian_embassy_in_china_is_named_by_the_countrys_newer_chinese_name(printed):
    assert registry().source_named(printed).name == "Embassy of the Republic of Belarus in China"


@pytest.mark.parametrize("printed, source", [
    ("哈萨克斯坦共和国驻华大使馆", "Embassy of Kazakhstan in China"),
    ("吉尔吉斯共和国驻华大使馆", "Embassy of Kyrgyzstan in China"),
    ("俄罗斯联邦驻华大使馆", "Embassy of the Russian Federation in China"),
    ("塞爾維亞共和國駐華大使館", "Embassy of Serbia in China"),
    ("美利坚合众国驻华大使馆", "Embassy of the United States in China"),
])
def test_a_foreign_embassy_in_china_is_named_by_the_formal_name_of_its_country(printed, source):
    # the formal name a country's own mission uses, as the Chinese embassy in that country spells it
    assert registry().source_named(printed).name == source


def test_a_foreign_embassy_under_its_formal_name_in_a_source_field_is_the_source():
    article = parse_page(f"""
        大使会见省代表团 双方商定合作计划
        2024-03-12 09:21 来源: 哈萨克斯坦共和国驻华大使馆
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "Embassy of Kazakhstan in China"


@pytest.mark.parametrize("printed, source", [
    ("ТаджикТА", "TajikTA"),
    ("Таджикское телеграфное агентство", "TajikTA"),
    ("Altaynews.kz", "Altaynews.kz"),
    ("Жахон", "Jahon"),
    ("jahonnews.uz", "Jahon"),
    ("365info.kz", "365info.kz"),
    ("tojnews.tj", "Tojnews"),
    ("news-asia.ru", "News-Asia"),
    ("Лівий берег", "LB.ua"),
    ("Новости Донбасса", "Novosti Donbassa"),
    ("depo.ua", "Depo.ua"),
    ("ЗабМедиа", "ZabMedia"),
    ("Якутия 24", "Yakutia 24"),
    ("Информ Полис", "Inform Polis"),
    ("Тува-онлайн", "Tuva Online"),
    ("ОТВ-Прим", "OTV Prim"),
    ("toz.su", "Tikhookeanskaya Zvezda"),
    ("阿斯達克財經網", "AAStocks"),
    ("呷新聞", "EatNews"),
    ("宣讲家网", "71.cn"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


def test_an_embassy_short_name_under_the_headline_is_the_source():
    article = parse_page(f"""
        高级别对话会在首都成功举办 各界代表出席
        驻塞尔维亚共和国大使馆
        2025/03/12
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "Embassy of the People's Republic of China in Serbia"


def test_an_agency_named_in_a_dotted_dateline_is_the_source():
    article = parse_page(f"""
        На юге области построят кирпичный завод

        Душанбе.  12 марта. ТаджикТА - Иван Петров. В районе планируется строительство предприятия по выпуску кирпича.
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "TajikTA"


def test_a_site_whose_correspondent_reports_is_the_source():
    article = parse_page(f"""
        Аким области встретился с делегацией соседней провинции

        Аким области провел встречу с делегацией соседней провинции, передает корреспондент Altaynews.kz.
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "Altaynews.kz"


@pytest.mark.parametrize("printed, source", [
    ("Новости Донбасса", "Novosti Donbassa"),
    ("Тува-онлайн", "Tuva Online"),
    ("Информ Полис", "Inform Polis"),
])
def test_a_regional_outlet_in_a_source_line_gives_its_outlet(printed, source):
    article = parse_page(f"""
        Делегация региона обсудила поставки техники с партнерами

        12.03.2024 09:15
        {PAGE_PARAGRAPHS_RU}
        Источник: {printed}
        """)
    assert article.source == source


@pytest.mark.parametrize("printed, source", [
    ("呷新聞", "EatNews"),
    ("阿斯達克財經網", "AAStocks"),
    ("宣讲家网", "71.cn"),
])
def test_a_hong_kong_taiwanese_or_chinese_site_in_a_source_field_gives_its_outlet(printed, source):
    article = parse_page(f"""
        省代表团访问友好城市 签署合作协议
        2024-03-12 09:21 来源: {printed}
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == source


def test_a_ukrainian_site_credited_by_its_name_in_words_gives_its_outlet():
    article = parse_page(f"""
        Делегация обсудила зерновой коридор с партнерами

        12.03.2024 09:15
        {PAGE_PARAGRAPHS_RU}
        Источник: Левый берег
        """)
    assert article.source == "LB.ua"
