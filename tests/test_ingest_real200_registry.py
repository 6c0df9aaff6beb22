"""Name forms registered from the 200th to 205th sets of real pages: the economic and commercial
offices of China's embassies in Belarus, Russia, Central Asia, the Caucasus, Moldova, the Baltics,
Mongolia and Ukraine (their MOFCOM sub-sites, which Chinese portals credit as '驻X经商参处子站'), in
simplified and traditional Chinese and English; the regional and national outlets of Kazakhstan,
Latvia, Estonia, Azerbaijan, Armenia, Georgia and Mongolia that the registry lacked; Taiwan's and
Hong Kong's smaller papers and portals; and the longer names of Xinjiang's broadcaster (texts
written for these tests)."""
import pytest

from ingest_support import PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse_page, registry

OFFICE = "Economic and Commercial Office of the Embassy of the People's Republic of China in {}"


@pytest.mark.parametrize("printed, source", [
    # an embassy's economic and commercial office, in its old and new names and both scripts
    ("驻立陶宛经商参处子站", OFFICE.format("Lithuania")),
    ("驻哈萨克斯坦经商参处", OFFICE.format("Kazakhstan")),
    ("中国驻白俄罗斯大使馆经济商务处", OFFICE.format("Belarus")),
    ("驻乌兹别克斯坦使馆经商处", OFFICE.format("Uzbekistan")),
    ("駐拉脫維亞經商參處", OFFICE.format("Latvia")),
    ("中華人民共和國駐格魯吉亞大使館經濟商務處", OFFICE.format("Georgia")),
    ("驻蒙古经商参处", OFFICE.format("Mongolia")),
    ("Economic and Commercial Counsellor's Office of the Chinese Embassy in Moldova", OFFICE.format("Moldova")),
    ("Economic and Commercial Office of the Chinese Embassy in Azerbaijan", OFFICE.format("Azerbaijan")),
    ("tm.mofcom.gov.cn", OFFICE.format("Turkmenistan")),
    # regional and national outlets of the former Soviet states and Mongolia
    ("Altainews.kz", "Altainews.kz"),
    ("Капитал.кз", "Kapital.kz"),
    ("kasjauns.lv", "Kas Jauns"),
    ("Eesti Päevaleht", "Eesti Päevaleht"),
    ("Azeri Observer", "Azeri Observer"),
    ("Haykakan Zhamanak", "Armtimes"),
    ("Armenian Public Radio", "Public Radio of Armenia"),
    ("საქართველოს რესპუბლიკა", "Sakartvelos Respublika"),
    ("Өдрийн сонин", "Udriin Sonin"),
    ("Зууны мэдээ", "Zuunii Medee"),
    ("IKON.MN", "Ikon.mn"),
    # Taiwan's and Hong Kong's smaller papers and portals
    ("台灣醒報", "Taiwan Awakening News"),
    ("台湾醒报", "Taiwan Awakening News"),
    ("台灣新生報", "Taiwan Shin Sheng Daily News"),
    ("金門日報", "Kinmen Daily News"),
    ("更生日報", "Keng Sheng Daily News"),
    ("國語日報", "Mandarin Daily News"),
    ("警廣", "Police Broadcasting Service"),
    ("壹蘋新聞網", "Nextapple"),
    ("太報", "Taisounds"),
    ("灼見名家", "Master Insight"),
    # a province's broadcaster under its full names
    ("Xinjiang Radio and Television", "Xinjiang Television"),
    ("新疆廣播電視台", "Xinjiang Television"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", [
    # a country's own name is no paper's, though a state paper may share it
    "Республика Армения", "Azerbaijan",
    # an office's country alone, and a league's acronym
    "立陶宛", "EPL", "经商参处",
])
def test_a_country_word_or_bare_office_names_no_outlet(word):
    assert registry().source_named(word) is None


def test_a_russian_correspondent_credit_names_a_regional_kazakh_site():
    article = parse_page(f"""
        Делегация провинции посетила промышленную зону области

        25 октября 2024 14:10

        Делегация провинции осмотрела новые цеха, передает корреспондент Altainews.kz.
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "Altainews.kz"


def test_a_latvian_portal_under_the_publication_date_is_the_source():
    article = parse_page(f"""
        Пограничники открыли новую полосу для грузовиков

        Дата публикации: 12.03.2024
        kasjauns.lv

        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "Kas Jauns"


def test_a_chinese_source_field_naming_an_embassy_commercial_office_gives_the_office():
    article = parse_page(f"""
        爱沙尼亚将扩大港口物流合作
        2019-06-03 10:21:05 来源:驻爱沙尼亚经商参处
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == OFFICE.format("Estonia")
