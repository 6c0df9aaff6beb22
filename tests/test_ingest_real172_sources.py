"""Source rules from the real172-177 pages: an interview the lead says was given to an outlet, its
questions following at once; an interview's questions labelled with the asking outlet's name; a Chinese
lead on the outlet's own reporter learning the news ('某某日报记者从…获悉'); a dash inside a quoted name
that parts no headline from a site's brand; an aggregator's source label between the standfirst and the
story; another language's word for 'source' (or 'author' naming an agency) labelling the credit; an
outlet's name and its writer's byline on one line. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry
from despatch.ingest import sources
from despatch.ingest.layout import find_layout
from despatch.ingest.lines import classified, split_lines
from despatch.ingest.settings import load_patterns

RU_TITLE = "Посол: две страны связывает крепкая дружба"
EN_TITLE = "Ambassador says ties between the two countries keep growing"


# --- an interview the lead says was given to an outlet, the questions following ---------------

@pytest.mark.parametrize("lead, questions, expected", [
    ("Дружба двух стран крепнет год от года. Такое мнение высказал посол в интервью корреспонденту БЕЛТА накануне праздника.",
     "- Господин посол, как вы оцениваете итоги года?\n\n- Итоги года мы оцениваем высоко.", "BelTA"),
    # the questions run on after the lead's last stop, no line break between them
    ("Накануне праздника посол дал интервью ТАСС и рассказал о планах на будущий год.- Господин посол, что ждет две страны?- Новые проекты.",
     "", "TASS"),
    ("Накануне годовщины посол дал эксклюзивное интервью агентству Sputnik о сотрудничестве.",
     "— Каковы главные итоги года?\n\n— Главные итоги — новые проекты.", "Sputnik"),
    ("The two countries are closer than ever, the ambassador said in an exclusive interview with Kazinform ahead of the holiday.",
     "Q: How do you see the year ahead?\n\nA: With confidence.", "Kazinform"),
    ("Interview given exclusively to the Moldpres State News Agency by the ambassador of a friendly country.",
     "What do you expect from the coming year?\n\nMore trade and more students.", "Moldpres"),
])
def test_an_interview_given_to_an_outlet_with_its_questions_following_is_that_outlets(lead, questions, expected):
    text = f"{RU_TITLE}\n\n{lead}\n\n{questions}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == expected


@pytest.mark.parametrize("lead", [
    # an interview mentioned in passing, nothing asked after it: the outlet is only quoted
    "Дружба двух стран крепнет год от года, заявил посол в интервью корреспонденту БЕЛТА накануне праздника.",
    "The two countries are closer than ever, the ambassador said in an exclusive interview with Kazinform ahead of the holiday.",
])
def test_an_interview_named_without_questions_after_it_names_no_source(lead):
    text = f"{EN_TITLE}\n\n{lead}\n\n{EN_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_an_interview_named_deep_in_the_story_names_no_source():
    text = (f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "In an exclusive interview with Kazinform, the minister spoke of his plans.\n\nWhat comes next?\n\n{EN_STORY}\n")
    assert parse(text).source is None


@pytest.mark.parametrize("asker, expected", [("MOLDPRES", "Moldpres"), ("БЕЛТА", "BelTA"), ("Kazinform", "Kazinform")])
def test_questions_labelled_with_the_asking_outlet_are_its_interview(asker, expected):
    text = (f"{EN_TITLE}\n\nThe ambassador answered questions on trade and culture.\n\n"
            f"{asker}: Your Excellency, how do you see the coming year?\n\nAmbassador: {EN_STORY}\n\n"
            f"{asker}: What about the students?\n\nAmbassador: {EN_STORY}\n")
    assert parse(text).source == expected


def test_one_paragraph_opened_by_an_outlets_name_is_no_interview():
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\nKazinform: the figures were published on Friday.\n\n{EN_STORY}\n"
    assert parse(text).source is None


# --- a Chinese lead on the outlet's own reporter learning the news -------------------------------

@pytest.mark.parametrize("lead, expected", [
    ("北京日报客户端记者从某国驻华使馆获悉,一批物资今天从北京起运。", "Beijing Daily"),
    ("5月18日,新华社记者从海关总署了解到,一批物资今天从北京起运。", "Xinhua"),
    ("经济日报记者王明从有关部门獲悉,一批物资今天从北京起运。", "Economic Daily"),
])
def test_a_lead_on_the_outlets_reporter_learning_the_news_is_its_report(lead, expected):
    text = f"两国合作再结硕果\n\n{lead}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == expected


def test_a_reporter_of_an_unknown_paper_learning_the_news_names_no_source():
    text = f"两国合作再结硕果\n\n某某新闻记者从有关部门获悉,一批物资今天从北京起运。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


# --- a dash inside a quoted name parts no headline from a site's brand ----------------------------

@pytest.mark.parametrize("line", [
    'Полный текст декларации саммита "Китай — Центральная Азия"',
    "Итоги форума «Китай – Центральная Азия»",
    'Notes from the "Steppe - Central Asia" summit',
])
def test_a_dash_inside_quotes_parts_no_page_title_from_a_brand(line):
    assert sources.brand_of(registry(), line) is None


def test_a_page_title_with_its_sites_name_after_a_dash_keeps_the_brand():
    assert sources.brand_of(registry(), 'Итоги форума "Дружба" - CGTN').name == "CGTN"


def test_the_credit_line_under_a_headline_with_a_quoted_dash_is_the_source():
    text = f'Декларация саммита "Китай — Центральная Азия"\nCGTN\n\n{RU_STORY}\n\n{RU_STORY}\n'
    assert parse(text).source == "CGTN"


# --- an aggregator's source label between the standfirst and the story ---------------------------

def standfirst_page(deck: str, label: str) -> str:
    # a story long enough that its closing lines do not reach up to the label
    return f"Заявление о ситуации в регионе\n\n{deck}\n\n{label}\n\n" + f"{RU_STORY}\n\n" * 8


@pytest.mark.parametrize("deck, label, expected", [
    ("МИД отреагировал на ситуацию в регионе.", "Источник: Комсомольская правда", "Komsomolskaya Pravda"),
    ("МИД отреагировал на ситуацию в регионе.", "Источник: «Известия»", "Izvestia"),
    ("The ministry reacted to the situation in the region.", "Source: Global Times", "Global Times"),
    ("МИД отреагировал на ситуацию в регионе.", "Sources: TASS", "TASS"),
])
def test_a_source_label_under_the_standfirst_credits_the_story(deck, label, expected):
    assert parse(standfirst_page(deck, label)).source == expected


@pytest.mark.parametrize("label", ["Source: BelTA, a news outlet of a neighbour", "Источник: Steppe Daily"])
def test_a_label_introducing_a_cited_outlet_or_an_unknown_one_is_no_standfirst_credit(label):
    text = standfirst_page("МИД отреагировал на ситуацию в регионе.", label)
    assert sources.credit_under_standfirst_source(page_layout(text), text, registry()) is None


def test_a_label_under_a_long_first_paragraph_credits_a_picture_not_the_story():
    deck = "Министерство иностранных дел подробно ответило на вопросы о ситуации в регионе, " + RU_STORY
    text = standfirst_page(deck, "Источник: Комсомольская правда")
    assert sources.credit_under_standfirst_source(page_layout(text), text, registry()) is None


def page_layout(text: str):
    patterns = load_patterns()
    return find_layout(classified(split_lines(text)[1], patterns, registry()), patterns)


# --- another language's word for 'source' or 'author' ----------------------------------------------

@pytest.mark.parametrize("label, expected", [
    ("Izvor: Tanjug", "Tanjug"), ("Извор: Tanjug", "Tanjug"), ("Źródło: PAP", "PAP"), ("Quelle: dpa", "dpa"),
    ("Fuente: EFE", "EFE"), ("Kaynak: Anadolu Agency", "Anadolu Agency"), ("Autor: Tanjug", "Tanjug"),
    ("Auteur : AFP", "AFP"),
])
def test_a_foreign_source_label_names_the_source(label, expected):
    text = f"{EN_TITLE}\n\n{label}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == expected


def test_a_foreign_author_label_naming_a_paper_is_no_agency_credit():
    text = f"{EN_TITLE}\n\nAutor: Global Times\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert sources.foreign_label_source(parse_lines(text), registry()) is None


def parse_lines(text: str):
    return split_lines(text)[1]


# --- an outlet's name and the writer's byline on one line ------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("The Diplomat /  By Jane Roe", "The Diplomat"),
    ("By Jane Roe / Global Times", "Global Times"),
    ("China Daily | By Jane Roe and John Doe", "China Daily"),
])
def test_an_outlet_beside_its_writers_byline_is_the_source(line, expected):
    text = f"{EN_TITLE}\n\n{line}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == expected


def test_an_unknown_name_beside_a_byline_names_no_source():
    text = f"{EN_TITLE}\n\nSteppe Musings /  By Jane Roe\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert sources.outlet_and_byline_source(parse_lines(text), registry()) is None


# --- a Chinese mission's own page ------------------------------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("驻格鲁吉亚大使某某就两国关系接受电视台专访", "Embassy of the People's Republic of China in Georgia"),
    ("駐格魯吉亞大使某某出席招待會", "Embassy of the People's Republic of China in Georgia"),
    ("驻哈萨克斯坦特命全权大使某某会见议长", "Embassy of the People's Republic of China in Kazakhstan"),
])
def test_a_headline_opening_on_the_envoy_by_post_alone_is_the_missions_page(title, expected):
    text = f"{title}\n\n2023-11-29 13:52\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == expected


def test_another_outlet_naming_the_envoy_with_his_country_is_not_the_mission():
    text = f"中国驻格鲁吉亚大使某某就两国关系接受电视台专访\n\n2023-11-29 13:52\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("crumb", ["首页 > 使馆活动", "首頁 > 使館新聞", "首页 > 大使讲话"])
def test_the_missions_own_section_over_a_story_naming_one_mission_is_its_page(crumb):
    text = f"{crumb}\n大使接受杂志书面采访\n2024-10-01 19:54\n\n中国驻俄使馆举办招待会。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Embassy of the People's Republic of China in the Russian Federation"


def test_a_mission_section_over_a_story_naming_two_missions_names_none():
    text = (f"首页 > 使馆活动\n大使接受杂志书面采访\n2024-10-01 19:54\n\n"
            f"中国驻俄使馆和驻格鲁吉亚使馆举办招待会。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source is None


@pytest.mark.parametrize("crumb", ["главная страница > Новости Посольства КНР в России",
                                   "Главная > Новости Посольства КНР в РФ",
                                   "Home > News of the Embassy of the PRC in Russia"])
def test_the_home_page_then_the_bodys_own_news_section_names_the_body(crumb):
    text = f"{crumb}\nИнтервью посла журналу\n2020/12/31\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Embassy of the People's Republic of China in the Russian Federation"
