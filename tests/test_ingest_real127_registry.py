"""Name forms registered from the 127th to 132nd sets of real pages: outlets of Central Asia, the
Caucasus, Moldova and Ukraine (Jibek Joly TV, Newsline, Georgia Online, Kishinevskie Novosti,
NewsInfo, PanARMENIAN.Net, Jnews, Novy Region, Rupor.md, Beltsy.md, Nor.ge, Newshay), sites of
China's border regions (Northnews, Ulanqab News, Yili News, Yanbian Radio and Television, Inner
Mongolia News Network, Chinaru.info, CARNOC, Landbridge), Chinese universities, Belarusian Confucius
institutes, and the short forms outlets print of themselves ('ICIS news', '驻俄大使馆', '延邊廣播電視臺')
(texts written for these tests)."""
import pytest

from ingest_support import PAGE_PARAGRAPHS_ZH, parse_page, registry
from despatch.ingest.sources import canonical_source, misspelt_source


@pytest.mark.parametrize("printed, source", [
    ("Jibek Joly TV", "Jibek Joly TV"),
    ("jjtv.kz", "Jibek Joly TV"),
    ("Zamin", "Zamin.uz"),
    ("Newsline.kz", "Newsline"),
    ("Georgia Online", "Georgia Online"),
    ("Кишинёвские новости", "Kishinevskie Novosti"),
    ("NewsInfo.Ru", "NewsInfo"),
    ("PanARMENIAN.Net", "PanARMENIAN.Net"),
    ("Jnews", "Jnews"),
    ("Agroportal.ua", "Agroportal.ua"),
    ("Новый Регион – Приднестровье", "Novy Region"),
    ("Rupor.md", "Rupor.md"),
    ("Beltsy.md", "Beltsy.md"),
    ("Nor.ge", "Nor.ge"),
    ("Newshay", "Newshay"),
    ("Russia-Armenia.info", "Russia-Armenia.info"),
    ("ICIS news", "ICIS"),
    ("Центр транспортных стратегий", "CFTS"),
    ("Агентство финансовых новостей", "AFN"),
    ("Belarus Hi-Tech Park", "Hi-Tech Park Belarus"),
    ("戈梅利国立大学孔子学院", "Confucius Institute at Francisk Skorina Gomel State University"),
    ("白俄罗斯国立技术大学科技孔子学院", "Confucius Institute of Science and Technology, BNTU"),
    ("Republican Institute for Chinese Studies named after Confucius, BSU", "Republican Institute of Chinese Studies"),
    ("Ministry of Transport and Communications of Belarus",
     "Ministry of Transport and Communications of the Republic of Belarus"),
    ("正北方网", "Northnews"),
    ("內蒙古新聞網", "Inner Mongolia News Network"),
    ("乌兰察布新闻网", "Ulanqab News"),
    ("伊犁新聞網", "Yili News"),
    ("延邊廣播電視臺", "Yanbian Radio and Television"),
    ("黑龙江新闻网", "Heilongjiang News Network"),
    ("中俄资讯网", "Chinaru.info"),
    ("民航资源网", "CARNOC"),
    ("Landbridge", "Landbridge"),
    ("Magnificent Xinjiang", "Magnificent Xinjiang"),
    ("Tianshannet", "Tianshan Net"),
    ("Zhejiang Online", "Zhejiang Daily"),
    ("Fujian Southeast Network", "Fujian Daily"),
    ("齐鲁网·闪电新闻", "iQilu"),
    ("綜合開發研究院", "China Development Institute"),
    ("浙江中医药大学", "Zhejiang Chinese Medical University"),
    ("蘇州科技大學", "Suzhou University of Science and Technology"),
    ("呼和浩特市外事办公室", "Hohhot Foreign Affairs Office"),
    ("巴彦淖尔市卫生健康委员会", "Bayannur Municipal Health Commission"),
    ("驻俄大使馆", "Embassy of the People's Republic of China in the Russian Federation"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("named, bare", [
    ("Hi-Tech Park Belarus", "Hi-Tech Park"),
    ("Белорусский парк высоких технологий", "Парк высоких технологий"),
    ("Jibek Joly TV", "Jibek Joly"),
    ("Телеканал Жибек Жолы", "Жибек Жолы"),
    ("Landbridge", "大陆桥"),
])
def test_an_outlet_is_named_by_its_full_name_and_not_by_a_bare_phrase_shared_with_others(named, bare):
    # many countries have a hi-tech park; 'Silk Road' in Kazakh is also a street, a bank and a phrase
    assert registry().source_named(named) is not None
    assert registry().source_named(bare) is None


def test_the_daily_and_its_web_portal_are_two_outlets():
    # 正北方网 is the Inner Mongolia Daily group's portal: its own name, not the paper's
    assert registry().source_named("内蒙古日报").name == "Inner Mongolia Daily"
    assert registry().source_named("正北方網").name == "Northnews"


@pytest.mark.parametrize("printed, source", [
    ("Yanbian Radio and Television (延边广播电视台)", "Yanbian Radio and Television"),
    ("Kishinevskie Novosti (kn.md)", "Kishinevskie Novosti"),
])
def test_a_name_with_its_site_or_native_name_in_brackets_is_its_outlet(printed, source):
    assert canonical_source(printed, registry(), known_only=True) == source


def test_a_county_outlet_named_in_a_chinese_source_field_gives_its_source():
    article = parse_page(f"""
        边境口岸迎来购物游客
        发布时间:2024年05月17日 17:56 来源:延邊廣播電視臺 编辑:李明
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "Yanbian Radio and Television"


def test_an_embassy_short_form_in_a_chinese_source_field_gives_its_source():
    article = parse_page(f"""
        总领馆举行开馆仪式
        来源:驻俄大使馆 日期:2019-08-03
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "Embassy of the People's Republic of China in the Russian Federation"


@pytest.mark.parametrize("printed, source", [
    # the Georgian agency's Russian edition signs 'ГРУЗИНФОРМ' on the .ge sites too
    ("Georgia Inform", "Gruzinform"),
    ("saqinform.ge", "Gruzinform"),
    ("Embassy of China in the United States", "Embassy of the People's Republic of China in the United States"),
    ("《中國經濟周刊》", "China Economic Weekly"),
    ("Ministry of Foreign Affairs (MOFA) of the Republic of China (Taiwan)", "Ministry of Foreign Affairs of Taiwan"),
    ("Институт Конфуция по науке и технике", "Confucius Institute of Science and Technology, BNTU"),
    ("Confucius Institute of Science and Technology at BNTU", "Confucius Institute of Science and Technology, BNTU"),
    ("Настаўніцкай газеты", "Nastaunitskaya Gazeta"),
    ("Azerbaycan 24", "Azerbaycan 24"),
    ("azinform.com", "AZINFORM"),
    ("BTLC", "Belintertrans"),
    ("Белинтертранс", "Belintertrans"),
])
def test_a_printed_name_form_of_a_later_round_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


def test_two_agencies_one_letter_apart_keep_their_own_names():
    # AZINFORM (Azerbaijan) is KAZINFORM (Kazakhstan) with one letter dropped: each as printed is itself
    assert registry().source_named("AZINFORM").name == "AZINFORM"
    assert registry().source_named("KAZINFORM").name == "Kazinform"
    assert misspelt_source("AZINFORM", registry()) is None

