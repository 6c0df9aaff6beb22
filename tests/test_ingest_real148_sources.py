"""Source rules from the real145-156 pages: a section path over the headline whose words spell an
outlet's name, a language switcher's label, the site's own accounts under a story whose lead a wire
signs, 'Об этом [date,] сообщает <agency> со ссылкой на …' as a site's retelling of the wire, and a
Chinese story's closing bracket naming its outlet and then its reporters. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"


def test_a_section_path_spelling_an_outlets_name_is_no_credit():
    # 'China / Diplomacy': the section and its subsection, not the outlet named 'China Diplomacy'
    text = f"Belarus\nChina /  Diplomacy\n\n{EN_TITLE}\n\nAnna Novak\n\n{EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert (article.source, article.publisher) == (None, None)


def test_an_outlets_name_on_its_own_line_still_credits_the_story():
    text = f"{EN_TITLE}\n\nChina Diplomacy\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "China Diplomacy"


@pytest.mark.parametrize("label", ["Language", "Languages", "Язык", "语言"])
def test_a_language_switchers_label_is_no_masthead(label):
    text = f"{label}\n\n主页 某国驻华大使馆 事件\n\n关于大使会见集团董事长\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def _wire_signed_lead(closing: str) -> str:
    return (f"{EN_TITLE}\n\nThe new bridge has cut the drive between the towns to ten minutes.\n\n"
            "The bridge over the border river opened on Monday, the governor said in an interview, BelTA informs.\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n\nWrite your comment\n\n{closing}\n")


def test_a_site_naming_its_own_accounts_under_the_story_retells_the_wire_signing_the_lead():
    assert parse(_wire_signed_lead("Follow Charter97.org social media accounts")).source == "Charter 97"


def test_a_wire_signing_the_lead_stays_the_source_when_the_site_names_no_other_outlet():
    assert parse(_wire_signed_lead("Follow us on social media")).source == "BelTA"


def test_about_this_with_a_date_then_the_agency_citing_its_informant_is_a_sites_retelling():
    text = (
        "Пункт пропуска на границе заработает после праздников\n\n"
        "Пограничный пункт пропуска на границе вновь откроется для грузовиков. Об этом сегодня, 13 января, "
        "сообщает ТАСС со ссылкой на торговое представительство.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).source is None


def test_the_agency_citing_its_informant_after_a_clause_still_signs_its_own_lead():
    text = (
        "Пункт пропуска на границе заработает после праздников\n\n"
        "Пограничный пункт пропуска на границе вновь откроется для грузовиков, "
        "сообщает ТАСС со ссылкой на торговое представительство.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).source == "TASS"


def test_a_closing_bracket_naming_the_outlet_then_its_reporters_credits_the_outlet():
    text = (f"两国外长在首都举行会谈并签署合作文件\n\n{ZH_STORY}\n\n"
            f"双方表示将继续推动务实合作。(央视新闻客户端 总台记者 王明 李华)\n")
    assert parse(text).source == "CCTV"


@pytest.mark.parametrize("notice", ["(本文仅代表作者观点,不代表青松学习网立场。)", "未经青松学习网同意,请勿转载。"])
def test_a_sites_stance_or_reposting_notice_names_the_site(notice):
    text = f"两国外长在首都举行会谈并签署合作文件\n\n{notice}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "青松学习网"


def test_the_sites_word_for_itself_in_a_stance_notice_names_no_outlet():
    text = f"两国外长在首都举行会谈并签署合作文件\n\n(不代表本网立场。)\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_special_report_credit_closing_the_story_names_the_outlet():
    text = f"兩國外長在首都舉行會談\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n《青松通訊社17日專訊》\n"
    assert parse(text).source == "青松通訊社"


def test_a_registered_outlets_name_and_a_dash_opening_the_lead():
    text = f"Islam Times - According to the annual plan, the two armies will hold a joint exercise near the border.\n\n{EN_STORY}\n"
    assert parse(text).source == "Islam Times"


def test_a_registered_outlet_in_a_dated_bracket_after_the_city():
    text = ("Minsk, Belarus, (UrduPoint / Other Point News - 15th May, 2023 ) :An envoy will arrive in the capital "
            f"on Tuesday for a two-day visit.\n\n{EN_STORY}\n")
    assert parse(text).source == "UrduPoint"


def test_a_correspondent_of_a_registered_outlet_signing_under_the_story():
    text = f"Делегация области посетила выставку в Китае\n\n{RU_STORY}\n\n{RU_STORY}\n\nАнна Новикова,\nкорр. УзА.\n"
    assert parse(text).source == "UzA"


def test_a_masthead_naming_the_outlet_and_then_its_kind():
    text = (f"Тихоокеанская звезда. Общественно-политическая газета, город Энск.\nпоиск\n12 мая 2025, Понедельник\n"
            "г. ЭНСК\nРЕКЛАМА Телефон 8(4212) 000-000\n\n"
            f"Делегация области посетила выставку в Китае\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Tikhookeanskaya Zvezda"


def test_an_outlet_promoting_itself_as_the_place_for_news_names_itself():
    text = (f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\nUkrainska Pravda is the place where you will find the latest news "
            "about the region. Follow us on social media!\n")
    assert parse(text).source == "Ukrainska Pravda"


def test_a_writers_name_with_the_outlets_copyright_over_the_story():
    text = (f"Делегация области посетила выставку в Китае\n\n12 мая 2015 16:34    Просмотров: 120\n\n"
            f"Анна Новикова, © News-Asia\n\n{RU_STORY}\n\n{RU_STORY}\n\n© ТАСС\n")
    assert parse(text).source == "News-Asia"
