"""Wire datelines from the real212-215 pages, read in all the forms a family prints them in: 'City (ABBR) –',
'City/ABBR:', 'AGENCY | City', 'CITY:Text' with no space, 'CITY, DC -Text', 'CITY, (Host / AGENCY - date)',
an aggregator's '(MENAFN- Agency (ABBR))' before the wire's own dateline, 'CITY. 9 July.', 'Outlet, City, date.',
'(City, date, "Outlet", Writer).', '【本报上海讯】'. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import DATELINE_PAGE_HEADS, EN_STORY, dateline_of, parse

@pytest.mark.parametrize("opening, city", [
    ("ISLAMABAD:The ", "Islamabad"),
    ("NEW DELHI:Officials said ", "New Delhi"),
    ("KATHMANDU; The ", "Kathmandu"),
    ("DHAKA：The ", "Dhaka"),
    ("Islamabad:The ", "Islamabad"),
    ("Colombo：The ", "Colombo"),
])
def test_a_city_and_a_colon_glued_to_the_lead_or_a_semicolon_for_it(opening, city):
    assert dateline_of("en", opening) == city


@pytest.mark.parametrize("opening, city", [
    ("WASHINGTON, DC -The ", "Washington"),
    ("WASHINGTON, D.C. – The ", "Washington"),
    ("KUALA LUMPUR, Malaysia -The ", "Kuala Lumpur"),
    ("Kuala Lumpur, Malaysia - The ", "Kuala Lumpur"),
    ("NAIROBI, KENYA—The ", "Nairobi"),
])
def test_a_city_with_its_state_or_country_and_a_dash_of_any_kind(opening, city):
    assert dateline_of("en", opening) == city


@pytest.mark.parametrize("opening, city", [
    ("Pretoria - The ", "Pretoria"),
    ("Nairobi - Officials of ", "Nairobi"),
])
def test_a_title_case_city_and_a_spaced_hyphen(opening, city):
    assert dateline_of("en", opening) == city


@pytest.mark.parametrize("opening, city", [
    ("Cairo (UNA-OIC) – The ", "Cairo"),
    ("Dhaka (UNB/Example) - The ", "Dhaka"),
    ("Lagos (News Agency of Nigeria) — The ", "Lagos"),
    ("Nairobi (K.N.A.) -- The ", "Nairobi"),
])
def test_a_title_case_city_and_an_agency_with_a_hyphen_slash_dot_or_words(opening, city):
    assert dateline_of("en", opening) == city


@pytest.mark.parametrize("opening, city", [
    ("New Delhi/UNI: ", "New Delhi"),
    ("NEW DELHI/UNI: ", "New Delhi"),
    ("Dhaka / BSS – ", "Dhaka"),
    ("Colombo/Example News: ", "Colombo"),
    ("Kathmandu/RSS：", "Kathmandu"),
    ("New Delhi (IANS): ", "New Delhi"),
])
def test_a_city_a_slash_and_the_wire_then_a_colon_or_a_dash(opening, city):
    assert dateline_of("en", opening + "The ") == city


def test_a_second_city_after_the_slash_is_no_outlet():
    article = parse(f"{DATELINE_PAGE_HEADS['en']}Moscow/Minsk: The {EN_STORY}\n\n{EN_STORY}\n")
    assert article.dateline == "Moscow"
    assert article.source != "Minsk"


@pytest.mark.parametrize("opening, city", [
    ("ABU DHABI, (ExamplePoint / Example Point News / WAM - 08th Feb, 2021) The ", "Abu Dhabi"),
    ("DUBAI, (ExamplePoint / WAM - 17th Nov, 2020) The ", "Dubai"),
    ("Lahore, (Example Portal / Other Name / APP - 3rd March, 2022) : The ", "Lahore"),
    ("RIYADH, (ExamplePoint / Example News / SPA - Jan 5, 2021) -- The ", "Riyadh"),
])
def test_a_portals_credit_with_the_wire_and_the_date_in_brackets_after_the_city(opening, city):
    assert dateline_of("en", opening) == city


@pytest.mark.parametrize("opening, city", [
    (" date 2020-11-17 DUBAI, (ExamplePoint / Example News / WAM - 17th Nov, 2020) The ", "Dubai"),
    ("2021-02-08 ISLAMABAD:The ", "Islamabad"),
])
def test_the_same_under_a_page_stamp_run_into_the_paragraph(opening, city):
    assert dateline_of("en", opening) == city


@pytest.mark.parametrize("opening, city", [
    ("(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, May 31 (KUNA) -- The ", "Kuwait"),
    ("(MENAFN - Emirates News Agency (WAM)) ABU DHABI, June 2 (WAM) -- The ", "Abu Dhabi"),
    ("(MENAFN- Example News Agency) DOHA, May 31 -- The ", "Doha"),
])
def test_an_aggregators_prefix_naming_the_wire_with_its_short_name_in_brackets(opening, city):
    assert dateline_of("en", opening) == city


@pytest.mark.parametrize("head_line, city", [
    ("IANS  |  Beijing ", "Beijing"),
    ("Xinhua | Minsk", "Minsk"),
    ("IANS ｜ New Delhi", "New Delhi"),
])
def test_an_agency_and_a_city_between_bars_on_a_line_over_the_story(head_line, city):
    article = parse(f"Ministers discuss a freight corridor\n\n{head_line}\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert article.dateline == city


@pytest.mark.parametrize("opening, city", [
    ("ЕКАТЕРИНБУРГ. 9 июля. Члены ", "Yekaterinburg"),
    ("Екатеринбург. 9 июля 2010 г. Члены ", "Yekaterinburg"),
    ("ХАБАРОВСК. 26 августа. По ", "Khabarovsk"),
])
def test_a_city_a_full_stop_and_the_day_without_an_outlet(opening, city):
    assert dateline_of("ru", opening) == city


def test_the_same_in_english():
    assert dateline_of("en", "MINSK. March 9. The ") == "Minsk"


@pytest.mark.parametrize("language, opening, city", [
    ("ru", "ПримерМедиа, Екатеринбург, 12.09.2025. В ", "Yekaterinburg"),
    ("ru", "УрПример, Хабаровск, 5 июня 2024 года. В ", "Khabarovsk"),
    ("en", "Example Post, Minsk, 3 March 2024. The ", "Minsk"),
])
def test_the_outlet_the_city_and_the_complete_date_closed_by_a_full_stop(language, opening, city):
    assert dateline_of(language, opening) == city


@pytest.mark.parametrize("language, opening, city", [
    ("ru", "(Хабаровск, 26 августа, “Пример-информ”, Иван Петров). ", "Khabarovsk"),
    ("ru", "(Екатеринбург, 3 июня, «Пример Урал»). ", "Yekaterinburg"),
    ("en", "(Minsk, 5 July, Example News, Anna Novak). The ", "Minsk"),
])
def test_the_outlets_credit_in_brackets_with_city_day_outlet_and_writer(language, opening, city):
    assert dateline_of(language, opening) == city


@pytest.mark.parametrize("opening, city", [
    ("【本报上海讯】日前,", "Shanghai"),
    ("（本报莫斯科电）", "Moscow"),
    ("【某某网北京讯】", "Beijing"),
    ("本報台北訊 ", "Taipei"),
])
def test_a_papers_tag_with_its_city_and_no_day(opening, city):
    assert dateline_of("zh", opening) == city


@pytest.mark.parametrize("opening", [
    "Pretoria - Nairobi flights resume after a pause, the carrier said. ",
    "Nairobi – Kuala Lumpur route opens for freight, the carrier said. ",
    "Cairo — Dubai service restarts this week, the carrier said. ",
])
def test_two_known_cities_joined_by_a_dash_are_a_route_not_a_dateline(opening):
    assert dateline_of("en", opening) is None


def test_the_datelines_own_city_after_the_dash_is_the_lead_not_a_route():
    assert dateline_of("en", "LAHORE - Lahore Chamber of Commerce members said. ") == "Lahore"
