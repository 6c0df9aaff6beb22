"""The registry knows the region's outlets beyond those met in the sample pages: provincial and
overseas Chinese papers, Russian regional and post-Soviet sites, the wires and papers of Asia, Africa
and the Gulf, each found by a name it prints in a credit (texts written for these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("label, source", [
    ("来源:齐鲁晚报", "Qilu Evening News"),
    ("來源:光華日報", "Kwong Wah Yit Poh"),
    ("来源:明报", "Ming Pao"),
])
def test_a_chinese_source_label_names_a_regional_paper(label, source):
    assert parse(f"两国签署新协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n").source == source


@pytest.mark.parametrize("label, source", [
    ("Источник: Московская правда", "Moskovskaya Pravda"),
    ("Источник: Сахалин Медиа", "Sakhalin Media"),
    ("Источник: Ньюсмейкер", "NewsMaker"),
])
def test_a_russian_source_label_names_a_regional_site(label, source):
    assert parse(f"Стороны подписали новое соглашение\n\n{label}\n\n{RU_STORY}\n\n{RU_STORY}\n").source == source


@pytest.mark.parametrize("label, source", [
    ("Source: Premium Times Nigeria", "Premium Times"),
    ("Source: Malay Mail", "Malay Mail"),
    ("Source: Bangkok Post", "Bangkok Post"),
])
def test_an_english_source_label_names_a_paper_of_asia_or_africa(label, source):
    assert parse(f"The two sides sign a new trade agreement\n\n{label}\n\n{EN_STORY}\n\n{EN_STORY}\n").source == source


@pytest.mark.parametrize("host, source", [
    ("www.whb.cn", "Wenhui Daily"),
    ("tengrinews.kz", "Tengrinews"),
    ("www.khaleejtimes.com", "Khaleej Times"),
    ("www.gulf-times.com", "Gulf Times"),
])
def test_a_regional_outlets_domain_names_it(host, source):
    assert source_for_host(registry(), host).name == source


def test_a_shared_masthead_is_registered_under_a_qualified_name_only():
    """'Oriental Daily News' is a Hong Kong and a Malaysian paper: the Malaysian one answers only to
    its own forms, so neither paper is taken for the other."""
    assert parse(f"两国签署新协议\n\n来源:马来西亚东方日报\n\n{ZH_STORY}\n\n{ZH_STORY}\n").source == "Oriental Daily News (Malaysia)"


@pytest.mark.parametrize("label, source", [
    ("来源:中华人民共和国驻肯尼亚共和国大使馆", "Embassy of the People's Republic of China in Kenya"),
    ("来源:巴基斯坦驻华大使馆", "Embassy of Pakistan in China"),
    ("来源:昆明日报", "Kunming Daily"),
])
def test_missions_and_city_papers_are_named_by_their_printed_chinese_names(label, source):
    assert parse(f"两国签署新协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n").source == source


@pytest.mark.parametrize("label, source", [
    ("Источник: Посольство России в Казахстане", "Embassy of the Russian Federation in Kazakhstan"),
    ("Источник: Забайкальский рабочий", "Zabaikalsky Rabochy"),
])
def test_missions_and_regional_papers_are_named_by_their_printed_russian_names(label, source):
    assert parse(f"Стороны подписали новое соглашение\n\n{label}\n\n{RU_STORY}\n\n{RU_STORY}\n").source == source


@pytest.mark.parametrize("host, source", [
    ("ke.china-embassy.gov.cn", "Embassy of the People's Republic of China in Kenya"),
    ("vietnam.mfa.gov.by", "Embassy of the Republic of Belarus in Vietnam"),
    ("www.cz001.com.cn", "Changzhou Daily"),
])
def test_a_missions_or_city_papers_site_names_it(host, source):
    assert source_for_host(registry(), host).name == source


def test_no_mission_answers_to_the_bare_word_embassy():
    names = {alias.casefold() for source in registry().sources for alias in (source.name, *source.aliases)}
    assert not names & {"embassy", "посольство", "大使馆", "大使館", "consulate", "总领事馆"}
