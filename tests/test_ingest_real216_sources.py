"""Source rules from the real212-220 pages (wire stories republished by portals and aggregators, old
page templates): a wire's '(Agency, City)' credit printed without its brackets after the last sentence;
a registered site's address closed by a colon over the lead or opening it; a bracketed source label
opening one of the first paragraphs; a reposting site's credit naming the site by its address cut to
the first label ('По материалам: ria'); a registered site's address under a subdomain alone under the
story's last paragraph, which outranks an agency's picture credit under the headline. Texts written
for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_LEAD = ("The two presidents signed a package of agreements on machinery, energy and farming on Saturday "
           "and agreed to open a joint trading house in the spring.")
RU_LEAD = ("Президенты двух стран в субботу подписали пакет соглашений о сотрудничестве в машиностроении, "
           "энергетике и сельском хозяйстве и договорились открыть совместный торговый дом весной.")


# --- a wire's credit without its brackets after the last sentence: '… technologies. Minsk, Prensa Latina'

@pytest.mark.parametrize("credit, expected", [
    ("Minsk, Prensa Latina", "Prensa Latina"),
    ("Port Louis, Xinhua.", "Xinhua"),  # a final stop, and a city of two words
    ("Reuters, Ulan Bator", "Reuters"),  # the agency first
])
def test_an_agencys_credit_and_city_run_on_after_the_last_sentence_name_the_source(credit, expected):
    text = f"Leaders agree on a strategic alliance\n\n{EN_LEAD}\n\n{EN_STORY}\n\n{EN_STORY} {credit}\n"
    assert parse(text).source == expected


def test_the_same_in_russian():
    text = f"Стороны договорились о стратегическом союзе\n\n{RU_LEAD}\n\n{RU_STORY}\n\n{RU_STORY} Москва, ТАСС\n"
    assert parse(text).source == "TASS"


@pytest.mark.parametrize("tail", ["Minsk, Belarus", "Smith, Jones"])
def test_two_names_after_the_last_sentence_without_a_registered_agency_name_no_source(tail):
    text = f"Leaders agree on a strategic alliance\n\n{EN_LEAD}\n\n{EN_STORY}\n\n{EN_STORY} {tail}\n"
    assert parse(text).source is None


# --- a registered site's address closed by a colon over the lead or opening it

@pytest.mark.parametrize("address", ["russian.rt.com:", "tass.ru :", "www.belta.by："])
def test_an_address_closed_by_a_colon_alone_over_the_lead_names_the_source(address):
    text = f"{address}\n\n{RU_LEAD}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    expected = {"russian.rt.com:": "RT", "tass.ru :": "TASS", "www.belta.by：": "BelTA"}[address]
    assert parse(text).source == expected


def test_an_address_closed_by_a_colon_opening_the_lead_names_the_source():
    text = f"Стороны договорились о союзе\n\ntass.ru: {RU_LEAD}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "TASS"


def test_an_unregistered_address_with_a_colon_names_no_source():
    text = f"example-portal-news.ru:\n\n{RU_LEAD}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


# --- a bracketed source label opening one of the first paragraphs

@pytest.mark.parametrize("label, expected", [
    ("《来源:越通社》", "Vietnam News Agency"),
    ("【來源：新華社】", "Xinhua"),
    ("（来源：塔斯社）", "TASS"),
])
def test_a_bracketed_label_opening_the_second_paragraph_names_the_source(label, expected):
    text = (f"某国副总理会见友好代表团\n\n2025年06月23日\n\n某国副总理会见友好代表团。\n\n"
            f"{label}6月18日下午,某国副总理在省会会见了友好代表团。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == expected


def test_an_english_bracketed_label_opening_the_lead_names_the_source():
    text = f"Leaders agree on a strategic alliance\n\nJune 18, 2015\n\n(Source: Xinhua) {EN_LEAD}\n\n{EN_STORY}\n"
    assert parse(text).source == "Xinhua"


# --- a reposting site's credit naming the site by its address cut to the first label

@pytest.mark.parametrize("credit, expected", [
    ("По материалам: ria", "RIA Novosti"),
    ("По материалам: belta", "BelTA"),
    ("По материалам tass", "TASS"),  # two domains of one agency
])
def test_a_repost_credit_naming_a_cut_address_names_its_site(credit, expected):
    text = f"Стороны договорились о союзе\n\n{RU_LEAD}\n\n{RU_STORY}\n\n{credit}\n"
    assert parse(text).source == expected


def test_a_cut_address_several_registered_sites_share_names_none():
    """'rbc' opens the addresses of two registered outlets of different countries."""
    text = f"Стороны договорились о союзе\n\n{RU_LEAD}\n\n{RU_STORY}\n\nПо материалам: rbc\n"
    assert parse(text).source is None


# --- a registered site's address under a subdomain alone under the story's last paragraph

@pytest.mark.parametrize("address, expected", [
    ("russian.rt.com", "RT"),
    ("en.belta.by", "BelTA"),
    ("ria.ru", "RIA Novosti"),
])
def test_an_address_under_the_last_paragraph_outranks_an_agencys_picture_credit(address, expected):
    text = (f"Стороны договорились о союзе\n\nAP\nAP\n\n{RU_LEAD}\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            f"{address}\n0\n28 декабря 2021 г. в 15:00\nПрочитано 15 раз\n")
    assert parse(text).source == expected

