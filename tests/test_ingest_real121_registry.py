"""Name forms registered from the 121st to 126th sets of real pages: papers and sites of Russia's
regions (Zab-News, Khabara.ru, Habinfo, Gorod na Bire, Expert-Ural, SN-Gazeta, NIA-Federation,
Babr24), Belarusian ones (Vestnik Mogileva, UDF.by), national ones (NSN's short names, Radio 1,
RU24, the foreign ministry's journal), Asian and trade-press outlets (YTN, Daily Sun, Republic
World, World Grain, MINING.COM, CemNet, Informare, Jianhua Daily, YesDaily, Huaxia.com), Belarusian
missions and regional governments, and the short forms outlets print of themselves (ET Net,
經濟通新聞, 'Embassy of Belarus in China', '驻坦桑尼亚大使馆') (texts written for these tests)."""
import pytest

from ingest_support import PAGE_PARAGRAPHS_ZH, parse_page, registry
from despatch.ingest.sources import canonical_source


@pytest.mark.parametrize("printed, source", [
    ("World Grain", "World Grain"),
    ("daily-sun.com", "Daily Sun"),
    ("Republic World", "Republic World"),
    ("YTN", "YTN"),
    ("韩国国际广播电台", "KBS World"),
    ("UDF.by", "UDF.by"),
    ("Вестник Могилёва", "Vestnik Mogileva"),
    ("Zab-News", "Zab-News"),
    ("news.khabara.ru", "Khabara.ru"),
    ("Habinfo", "Habinfo"),
    ("Город на Бире", "Gorod na Bire"),
    ("Эксперт-Урал", "Expert-Ural"),
    ("Sn-Gazeta.ru", "SN-Gazeta"),
    ("Смоленская народная газета", "SN-Gazeta"),
    ("НИА-Федерация", "NIA-Federation"),
    ("Утро.ru", "Utro.ru"),
    ("АС Байкал ТВ", "AS Baikal TV"),
    ("НСН", "National News Service"),
    ("Радиоточка НСН", "National News Service"),
    ("Радио 1", "Radio 1 (Russia)"),
    ("RU24", "RU24"),
    ("Международная жизнь", "International Affairs (Russia)"),
    ("ЦентрАзия", "Centr.Asia"),
    ("Centr.Asia", "Centr.Asia"),
    ("Kazaknation", "Kazaknation"),
    ("ISRIA", "ISRIA"),
    ("Informare", "Informare"),
    ("MINING.COM", "MINING.COM"),
    ("International Cement Review", "CemNet"),
    ("柬華日報", "Jianhua Daily"),
    ("爽报", "YesDaily"),
    ("华夏经纬网", "Huaxia.com"),
    ("Zijing", "Bauhinia Magazine"),
    ("ET Net", "ETNet"),
    ("經濟通新聞", "ETNet"),
    ("Economic Daily News", "Economic Daily News (Taiwan)"),
    ("Tyumenskaya Liniya", "Tyumenskaya Linia"),
    ("Китайский информационный Интернет-центр", "China.org.cn"),
    ("Бернама", "Bernama"),
    ("Belarusian Institute of Strategic Research", "Belarusian Institute for Strategic Research"),
    ("Embassy of Belarus in China", "Embassy of the Republic of Belarus in China"),
    ("Генеральное консульство Республики Беларусь в Стамбуле", "Consulate General of the Republic of Belarus in Istanbul"),
    ("Russian Embassy in Australia", "Embassy of the Russian Federation in Australia"),
    ("Government of Western Australia", "Government of Western Australia"),
    ("Правительство Орловской области", "Government of Oryol Oblast"),
    ("Министерство инвестиционного развития Забайкальского края", "Ministry of Investment Development of Zabaykalsky Krai"),
    ("Представительство МИД России в Благовещенске", "Russian MFA Representative Office in Blagoveshchensk"),
    ("Докшицкий райисполком", "Dokshitsy District Executive Committee"),
    ("Копыльский райисполком", "Kopyl District Executive Committee"),
    ("Гродненское отделение Белорусской торгово-промышленной палаты",
     "Grodno branch of the Belarusian Chamber of Commerce and Industry"),
    ("齐鲁工业大学", "Qilu University of Technology"),
    ("驻坦桑尼亚大使馆", "Embassy of the People's Republic of China in Tanzania"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Radio 1", "International Affairs", "紫荆", "Economic Daily", "Centr", "Affairs"])
def test_a_bare_word_or_a_name_shared_with_others_names_no_outlet(word):
    # the BBC and RTÉ have a Radio 1; Chatham House's journal is International Affairs too; 紫荆 is the flower
    source = registry().source_named(word)
    assert source is None or source.name == "Economic Daily"  # the mainland paper keeps its own name


@pytest.mark.parametrize("printed, source", [
    ("BBC Radio 1", "BBC"),
    ("Royal Institute of International Affairs", "Chatham House"),
])
def test_another_outlet_ending_in_a_registered_name_is_not_it(printed, source):
    assert canonical_source(printed, registry(), known_only=True) == source


@pytest.mark.parametrize("printed, source", [
    ("Orel Region Government (regionorel.ru)", "Government of Oryol Oblast"),
    ("YesDaily (爽报)", "YesDaily"),
    ("CemNet (International Cement Review)", "CemNet"),
])
def test_a_name_with_its_site_or_native_name_in_brackets_is_its_outlet(printed, source):
    assert canonical_source(printed, registry(), known_only=True) == source


def test_a_site_whose_last_word_is_another_outlet_keeps_its_own_name():
    # 'Sn-Gazeta.ru' ends with 'Gazeta.ru', a different outlet
    assert canonical_source("Sn-Gazeta.ru", registry(), known_only=True) == "SN-Gazeta"


def test_an_embassy_named_without_its_country_in_a_chinese_source_field_gives_its_source():
    article = parse_page(f"""
        大使出席友谊杯颁奖仪式
        来源:(驻坦桑尼亚大使馆) 2023-04-02 10:15
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "Embassy of the People's Republic of China in Tanzania"
