"""Name forms registered from the 157th to 159th sets of real pages and other members of their kinds: a
Chinese provincial paper's web portal ('每日甘肃网', '大连新闻网', '厦门网') or app ('极光新闻') as the paper, an outlet credited in
capitals by an aggregator, a genitive in a Russian editor's note, the Belarusian
embassy's full English name, RFE/RL's regional projects, and Belarusian and Russian outlets not listed before
(a financial agency, state and independent papers and sites, regional sites) (texts written for these tests)."""
import pytest

from despatch.evaluate import _source_key, _source_keys
from ingest_support import PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse_page, registry


@pytest.mark.parametrize("printed, source", [
    ("每日甘肃网", "Gansu Daily"), ("Gansu Daily online", "Gansu Daily"),
    ("河北新闻网", "Hebei Daily"), ("北国网", "Liaoning Daily"), ("兰州新闻网", "Lanzhou Daily"),
    ("大连新闻网", "Dalian Daily"), ("dlxww.com", "Dalian Daily"),
    ("哈尔滨新闻网", "Harbin Daily"), ("my399.com", "Harbin Daily"),
    ("厦门网", "Xiamen Daily"), ("xmnn.cn", "Xiamen Daily"),
    ("sxgov.cn", "Yellow River News Net"),
])
def test_a_provincial_papers_portal_is_the_paper(printed, source):
    assert _registered(printed) == source


@pytest.mark.parametrize("printed, source", [
    ("读创", "Shenzhen Special Zone Daily"), ("新重庆客户端", "Chongqing Daily"), ("极光新闻", "Heilongjiang Daily"),
    ("草原云", "Inner Mongolia Daily"), ("石榴云", "Xinjiang Daily"), ("新甘肃客户端", "Gansu Daily"),
    ("紫牛新闻", "Yangtse Evening Post"),
])
def test_a_provincial_papers_app_is_the_paper(printed, source):
    assert _registered(printed) == source


def test_a_portals_name_in_a_source_field_names_its_paper():
    article = parse_page(f"""
        市长会见友好城市代表团 双方商定合作计划
        2024-03-12 09:21 来源:大连新闻网
        {PAGE_PARAGRAPHS_ZH}
        """)
    assert article.source == "Dalian Daily"


def test_an_answer_naming_a_portal_with_its_english_name_is_the_paper():
    reg = registry()
    assert _source_key("Gansu Daily", reg) in _source_keys("Gansu Daily online (每日甘肃网)", reg)


def test_an_outlet_in_capitals_before_an_aggregators_link_is_the_source():
    # 'Источник: NAME Все новости источника': the aggregator's credit runs on into its link to the outlet's page
    article = parse_page(f"""
        Область получит инвестиции на развитие молочной отрасли
        Источник: AGRONEWS Все новости источника
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "AGRONEWS"


@pytest.mark.parametrize("printed, source", [
    ("Ленты.ру", "Lenta.ru"),
    ("Embassy of the Republic of Belarus in the People's Republic of China", "Embassy of the Republic of Belarus in China"),
    ("Сибирь.Реалии", "RFE/RL"), ("Север.Реалии", "RFE/RL"), ("Idel.Реалии", "RFE/RL"), ("Крым.Реалии", "RFE/RL"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert _registered(printed) == source


@pytest.mark.parametrize("printed, source", [
    ("Финмаркет", "Finmarket"), ("finmarket.ru", "Finmarket"),
    ("Белорусская деловая газета", "Belorusskaya Delovaya Gazeta"), ("bdg.by", "Belorusskaya Delovaya Gazeta"),
    ("Беларуская думка", "Belaruskaya Dumka"),
    ("Во славу Родины", "Vo Slavu Rodiny"), ("vsr.mil.by", "Vo Slavu Rodiny"),
    ("devby.io", "dev.by"), ("Журнал «Имена»", "Imena"), ("Медиаполис", "Mediapolis"), ("ex-press.by", "Ex-Press.by"),
    ("Газета Слонимская", "Gazeta Slonimskaya"), ("МК-Беларусь", "MK-Belarus"),
    ("Бел.Ру", "Bel.Ru"), ("СмолНарод", "SmolNarod"),
])
def test_an_outlet_of_the_region_is_registered(printed, source):
    assert _registered(printed) == source


@pytest.mark.parametrize("word", ["Имена", "БДГ"])
def test_an_ordinary_word_or_bare_abbreviation_is_no_outlet(word):
    assert _registered(word) is None


def test_slonims_independent_paper_and_its_district_paper_stay_apart():
    assert _registered("Газета Слонімская") != _registered("Слонімская газета")


def test_a_registered_agencys_russian_name_in_a_source_field_gives_its_name():
    article = parse_page(f"""
        Правительство обсудило новые энергетические проекты
        Источник: Финмаркет
        {PAGE_PARAGRAPHS_RU}
        """)
    assert article.source == "Finmarket"


def _registered(printed: str) -> str | None:
    """The registry's outlet for a printed name or a site's domain."""
    reg = registry()
    found = reg.source_named(printed) or next((s for s in reg.sources if printed in s.domains), None)
    return found and found.name
