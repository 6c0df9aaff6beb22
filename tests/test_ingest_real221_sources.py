"""Source shapes from the real221-226 pages (official pages and business news): a release headed or
credited by a body's press service, a release's issuer label, a credit to a body's official site, a
heading over a site's own social-media accounts; and wrong reads mended: a day in a dateline's
brackets, a picture's agency credit under the headline, an official site's menu word over it.
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse, registry

from despatch.ingest.sources import _date_only, press_service_source, release_issuer_source
from despatch.ingest.lines import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(number=i, text=text, kind="short") for i, text in enumerate(texts)]


# --- a day is no outlet ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["27 April 2014", "April 27, 2014", "27.04.2014", "27 апреля 2014 г.", "2014年4月27日"])
def test_a_day_alone_is_no_outlets_name(name):
    assert _date_only(name)


@pytest.mark.parametrize("name", ["Channel 4", "Radio 1 Steppe", "Газета 2014", "Xinhua"])
def test_a_name_with_a_figure_is_still_a_name(name):
    assert not _date_only(name)


@pytest.mark.parametrize("day", ["27 April 2014", "April 27, 2014"])
def test_a_day_in_a_datelines_brackets_is_no_source(day):
    text = (f"Prime Minister greets his neighbour on his appointment\n\n"
            f"Steppetown, Ruritania ({day}) – The Prime Minister congratulated his neighbour on the appointment, "
            f"adding that the ties of the two countries are a strong basis for closer relations.\n{PAGE_PARAGRAPHS_EN}")
    article = parse(text)
    assert article is not None
    assert article.source != day


# --- a picture's agency credit ------------------------------------------------------------------

@pytest.mark.parametrize("credit", ["新华社图", "新华社供图", "新华社资料图", "中新社照片"])
def test_a_pictures_agency_credit_under_the_headline_is_no_story_credit(credit):
    text = f"某国寻求与邻国合作 论坛签署多项投资协议\n\n2023-06-12 14:33\n\n{credit}\n{PAGE_PARAGRAPHS_ZH}"
    article = parse(text)
    assert article is not None
    assert article.source not in ("Xinhua", "China News Service")


def test_the_agencys_own_name_under_the_headline_still_credits_it():
    text = f"某国寻求与邻国合作 论坛签署多项投资协议\n\n2023-06-12 14:33\n\n新华社\n{PAGE_PARAGRAPHS_ZH}"
    assert parse(text).source == "Xinhua"


# --- an official site's menu word --------------------------------------------------------------

@pytest.mark.parametrize("menu", ["Конституция", "Контакты", "Биография"])
def test_an_official_sites_menu_word_over_the_headline_is_no_source(menu):
    text = (f"{menu}\nРеспублики Руритания\n\nПрезидент страны провел встречу с бывшим послом\n\n"
            f"Сегодня президент страны провел встречу с бывшим послом, встреча состоялась по инициативе дипломата.\n"
            f"{PAGE_PARAGRAPHS_RU}")
    article = parse(text)
    assert article is not None
    assert article.source != menu


# --- a credit to a body's official site ---------------------------------------------------------

@pytest.mark.parametrize("credit, body", [
    ("Источник: Официальный сайт Государственной Думы РФ", "State Duma"),
    ("Источник: официальный интернет-портал Совета Федерации", "Federation Council"),
    ("Source: Official website of the State Duma of the Russian Federation", "State Duma"),
])
def test_a_credit_to_an_official_site_names_its_body(credit, body):
    text = f"Председатель палаты встретился с делегацией\n\n12 марта 2024\n{credit}\n{PAGE_PARAGRAPHS_RU}"
    assert parse(text).source == body


# --- a press service's heading or credit -------------------------------------------------------

@pytest.mark.parametrize("line, body", [
    ("Сообщение пресс-службы Министерства иностранных дел Республики Таджикистан",
     "Ministry of Foreign Affairs of the Republic of Tajikistan"),
    ("По материалам пресс-службы Совета Федерации.", "Federation Council"),
    ("Информация пресс-службы Государственной Думы", "State Duma"),
    ("No:101/23, Information of the Press Service Department of the Government of Ruritania on the talks in Steppetown",
     "Government of Ruritania"),
    ("Statement by the Press Office of the Embassy of Ruritania", "Embassy of Ruritania"),
])
def test_a_press_services_heading_or_credit_names_its_body(line, body):
    assert press_service_source(_lines(line), registry()) == body


@pytest.mark.parametrize("line", [
    "По информации пресс-службы Совета Федерации, встреча прошла в теплой обстановке.",  # a lead citing it
    "The press service of the ministry said the talks went well.",
    "Information of the Press Service of the talks",  # no body's name
])
def test_a_lead_citing_a_press_service_is_no_heading(line):
    assert press_service_source(_lines(line), registry()) is None


def test_a_press_service_heading_over_a_release_credits_the_body():
    text = ("Сообщение пресс-службы Министерства иностранных дел Республики Таджикистан\n\n"
            f"По итогам поездки делегации\n{PAGE_PARAGRAPHS_RU}")
    assert parse(text).source == "Ministry of Foreign Affairs of the Republic of Tajikistan"


# --- a release's issuer label ------------------------------------------------------------------

@pytest.mark.parametrize("line, issuer", [
    ("Press Release: Government of Ruritania", "Government of Ruritania"),
    ("Media release — Steppe Chamber of Commerce", "Steppe Chamber of Commerce"),
    ("News release from: Ministry of Trade of Ruritania", "Ministry of Trade of Ruritania"),
])
def test_a_release_label_names_its_issuer(line, issuer):
    assert release_issuer_source(_lines(line), registry()) == issuer


@pytest.mark.parametrize("line", ["Press Release: Foreign Minister To Visit Ruritania", "Press Release", "Press Release: 12 March 2024"])
def test_a_release_label_over_a_headline_names_no_issuer(line):
    assert release_issuer_source(_lines(line), registry()) is None


def test_a_release_label_outranks_the_hosting_sites_section_over_it():
    text = ("Parliament\n\nForeign Minister To Visit Ruritania\n\nFriday, 25 March 2022, 3:04 pm\n"
            f"Press Release: Government of Ruritania\n{PAGE_PARAGRAPHS_EN}")
    assert parse(text).source == "Government of Ruritania"


# --- a heading over the site's own social-media accounts ---------------------------------------

@pytest.mark.parametrize("heading, body", [
    ("Официальные страницы Министерства иностранных дел Республики Таджикистан в социальных сетях:",
     "Ministry of Foreign Affairs of the Republic of Tajikistan"),
    ("Официальные аккаунты Совета Федерации в соцсетях", "Federation Council"),
    ("Official social media accounts of the Embassy of Ruritania:", "Embassy of Ruritania"),
])
def test_a_heading_over_the_sites_own_accounts_names_its_body(heading, body):
    text = (f"Министр провел встречу с коллегой\n\n{PAGE_PARAGRAPHS_RU}\n{heading}\n"
            "Мы в Фейсбуке: www.facebook.com/example\nМы в Телеграме: t.me/example\n")
    assert parse(text).source == body


# --- an official site's masthead and its greeting ----------------------------------------------

@pytest.mark.parametrize("masthead, body", [
    ("The Official Website of the People's Government of Steppe Province Mobile 中文 Francais 日本語", "People's Government of Steppe Province"),
    ("Official website of the Ministry of Trade of Ruritania EN RU", "Ministry of Trade of Ruritania"),
    ("Официальный сайт Государственной Думы", "State Duma"),
])
def test_an_official_sites_masthead_names_its_body(masthead, body):
    text = f"{masthead}\n\nVice Governor meets a trade delegation\n\n2018-05-13\n{PAGE_PARAGRAPHS_EN}"
    assert parse(text).source == body


@pytest.mark.parametrize("greeting, body", [
    ("Спасибо, что посетили официальную страницу Государственной Думы.", "State Duma"),
    ("Добро пожаловать на официальный сайт Совета Федерации!", "Federation Council"),
    ("Welcome to the official website of the Embassy of Ruritania in Steppetown.", "Embassy of Ruritania in Steppetown"),
])
def test_a_sites_greeting_to_its_visitors_names_its_body(greeting, body):
    text = f"Обращение председателя\n\n2020/4/3\n\n{greeting}\n{PAGE_PARAGRAPHS_RU}"
    assert parse(text).source == body


# --- a Chinese paper's credit box, a dashed source label, a writer's role line -----------------

@pytest.mark.parametrize("box", ["【环球时报驻埃及特派记者张明 环球时报记者李华】", "【环球时报记者 王芳】", "[人民日报驻巴黎记者 赵强]"])
def test_a_papers_credit_box_over_the_lead_names_the_paper(box):
    paper = "People's Daily" if "人民日报" in box else "Global Times"
    text = f"两国企业代表签署多项协议\n\n13.06.2023  14:41\n\n{box}两国企业代表周一在首都签署了三十份合作协议,涉及能源、交通和农业领域。\n{PAGE_PARAGRAPHS_ZH}"
    assert parse(text).source == paper


@pytest.mark.parametrize("label, outlet", [("Источник   –  Ведомости", "Vedomosti"), ("Source — Xinhua", "Xinhua"), ("来源—环球时报", "Global Times")])
def test_a_source_label_set_apart_by_a_dash_names_the_outlet(label, outlet):
    text = f"Стороны договорились о поставках угля\n\n12.03.2024\n{PAGE_PARAGRAPHS_RU}\n{label}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("role, outlet", [
    ("специальный корреспондент «Известия»", "Izvestia"),
    ("обозреватель газеты «Коммерсантъ»", "Kommersant"),
    ("Senior correspondent, Global Times", "Global Times"),
])
def test_a_writers_role_line_names_the_outlet(role, outlet):
    text = f"Удобрения для новых рынков\n\nИван Степанов\n{role}\n9 октября 2022, 14:05\n{PAGE_PARAGRAPHS_RU}"
    assert parse(text).source == outlet


@pytest.mark.parametrize("role", ["специальный корреспондент «Степной вестник»", "Senior correspondent, Steppe Ledger"])
def test_an_unregistered_outlet_in_a_role_line_is_not_read(role):
    text = f"Удобрения для новых рынков\n\nИван Степанов\n{role}\n9 октября 2022, 14:05\n{PAGE_PARAGRAPHS_RU}"
    assert parse(text).source not in ("Степной вестник", "Steppe Ledger")
