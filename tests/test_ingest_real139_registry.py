"""Name forms registered from the 139th to 141st sets of real pages and from outlets of the region that
recur across the earlier sets: Belarusian district and national bodies (Krugloye district executive
committee, the Council of the Republic, the President's press service), Chinese city and provincial media,
universities and portals (鸡西新闻网, 宁波广播电视集团, 海报新闻, Chuanguan News, 江西师范大学, 中国留学网),
Russian, Belarusian, Central Asian and Caucasian outlets and bodies (EastRussia, Общественная служба
новостей, Инфорос, Медиа-Полесье, UTRK, Tashkent Times, Приморье24, the foreign ministry of Kazakhstan,
Azerbaijan's defence ministry) and forms outlets already registered print of themselves ('Oreanda',
'Moscow 24', 'Vecherniy Bishkek') (texts written for these tests)."""
import pytest

from ingest_support import PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse_page, registry


@pytest.mark.parametrize("printed, source", [
    ("Oreanda", "Oreanda-News"),
    ("Official Internet Portal of the President of the Republic of Belarus", "President of the Republic of Belarus"),
    ("Press Service of the President of Belarus", "President of the Republic of Belarus"),
    ("Council of the Republic of the National Assembly of Belarus", "National Assembly of the Republic of Belarus"),
    ("Круглянский райисполком", "Krugloye District Executive Committee"),
    ("海报新闻", "Dazhong Daily"),
    ("Haibao News", "Dazhong Daily"),
    ("Chuanguan News", "Sichuan Daily"),
    ("雞西新聞網", "Jixi News Network"),
    ("宁波广播电视集团", "Ningbo Radio and Television"),
    ("江西师范大学", "Jiangxi Normal University"),
    ("黑龙江工程学院", "Heilongjiang Institute of Technology"),
    ("中国留学网", "China Study Abroad Network"),
    ("中工国际", "China CAMC Engineering"),
    ("chinadiplomacy.org.cn", "China Diplomacy"),
    ("Russia Briefing", "Russia Briefing"),
    ("Pulpapernews", "Pulpapernews.com"),
    ("eFeedLink", "eFeedLink"),
    ("EastRussia", "EastRussia"),
    ("Общественная служба новостей", "Obshchestvennaya Sluzhba Novostey"),
    ("tks.ru", "TKS.ru"),
    ("Travel.ru", "Travel.ru"),
    ("Инфорос", "Inforos"),
    ("Checheninfo", "Checheninfo"),
    ("Медиа-Полесье", "Media-Polesye"),
    ("Soyuz.by", "Soyuz.by"),
    ("Soyuznoye Veche", "Soyuz Belarus-Russia"),
    ("Zviestki", "Zviestki"),
    ("Uzmetronom", "Uzmetronom"),
    ("Turkmenistan Live", "Turkmenistan Live"),
    ("Gundogar", "Gundogar"),
    ("Silk Way News", "Silk Way News"),
    ("Today.az", "Today.az"),
    ("Zona.kz", "Zona.kz"),
    ("UTRK", "KTRK"),
    ("Vecherniy Bishkek", "Vecherny Bishkek"),
    ("Moscow 24", "Moskva 24"),
    ("Press Service of the President of Uzbekistan", "President of the Republic of Uzbekistan"),
    ("Tashkent Times", "Tashkent Times"),
    ("Приморье24", "Primorye24"),
    ("МИД Казахстана", "Ministry of Foreign Affairs of Kazakhstan"),
    ("Минобороны Азербайджана", "Ministry of Defense of Azerbaijan"),
    ("Общественное радио Армении", "Public Radio of Armenia"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


def test_a_place_or_word_that_names_an_outlet_only_with_its_domain_stays_unregistered():
    # 'Orient' (orient.tm) and 'Report' (report.az) are ordinary words; 'Fergana' is a valley and a city
    assert registry().source_named("Orient") is None
    assert registry().source_named("Report") is None
    assert registry().source_named("Fergana") is None


def test_a_city_news_site_in_a_chinese_source_field_gives_its_outlet():
    article = parse_page(f"""
        市长率团访问友好城市
        2025-04-27 09:21 来源: 鸡西新闻网
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "Jixi News Network"


def test_a_news_service_named_beside_the_date_gives_its_outlet():
    article = parse_page(f"""
        Туристы смогут посещать страну без виз
        12 марта 2024, 09:15 — Общественная служба новостей
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "Obshchestvennaya Sluzhba Novostey"


@pytest.mark.parametrize("printed, source", [
    # a channel of the broadcaster credits the broadcaster
    ("CCTV-4", "CCTV"),
    ("CCTV13", "CCTV"),
    # the group's name in both scripts (the bare '潍柴' also signs its own staff's posts)
    ("潍柴集团", "Weichai"),
    ("濰柴集團", "Weichai"),
    ("asbaikaltv.ru", "AS Baikal TV"),
    ("成都大学", "Chengdu University"),
    ("乌兹别克斯坦塔什干孔子学院", "Confucius Institute in Tashkent"),
    ("外交部领事司", "Department of Consular Affairs, Ministry of Foreign Affairs of China"),
    ("Белорусский фонд мира", "Belarusian Fund of Peace"),
    ("TRIBUNE-uz", "TRIBUNE-uz"),
    ("蓉城政事", "Rongcheng Zhengshi"),
    ("Радио Минск", "Radio Minsk"),
    ("Mezhdunarodnaya Zhizn", "International Affairs (Russia)"),
    ("AzerTag", "Azertac"),
    ("Vitebskie Vesti", "Vitebskiye Vesti"),
    ("Беларуская ніва", "Belaruskaya Niva"),
    ("Знамя юности", "Znamya Yunosti"),
    ("belarusfeed.com", "Belarus Feed"),
    ("Railway PRO", "Railway PRO"),
    ("Огонек", "Ogonyok"),
    ("Reuter", "Reuters"),
    ("Белорусский государственный музей народной архитектуры и быта",
     "Belarusian State Museum of Folk Architecture and Life"),
])
def test_a_regional_outlet_or_body_is_known_by_its_printed_name(printed, source):
    assert registry().source_named(printed).name == source


def test_an_embassy_site_under_its_former_address_credits_the_embassy():
    article = parse_page(f"""
        Посол провел встречу с ректорами вузов
        {PAGE_PARAGRAPHS_RU}
        Источник: http://uz.chineseembassy.org/rus/sgxx/t1000001.htm
        """)
    assert article.source == "Embassy of the People's Republic of China in Uzbekistan"
