"""An outlet the registry lacks, read where a page credits only itself: its copyright line, its page
title's end, its own correspondent's sign-off. The name counts only when it says it is an outlet's
or a public body's (a word of media_words / body_words, an ending of media_endings / body_endings in
credits.yaml, or a site's domain); a person's, a firm's or a place's name is no source, and a name
quoted from another outlet stays unread. Texts and names invented for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TWO = f"{EN_STORY}\n\n{EN_STORY}"
RU_TWO = f"{RU_STORY}\n\n{RU_STORY}"
ZH_TWO = f"{ZH_STORY}\n\n{ZH_STORY}"
EN_HEADLINE = "City signs trade pact with Polish partner"
RU_HEADLINE = "Город подписал торговое соглашение с польскими партнерами"
ZH_HEADLINE = "南湖市与波兰伙伴签署贸易协议"


@pytest.mark.parametrize("separator", [" | ", " - ", " – "])
def test_a_page_titles_unregistered_outlet_after_a_bar_or_dash_is_the_source_and_not_the_headline(separator):
    article = parse(f"{EN_HEADLINE}{separator}Harbor Valley Courier\nMarch 3, 2021\n{EN_TWO}\n")
    assert (article.source, article.title) == ("Harbor Valley Courier", EN_HEADLINE)


def test_a_russian_page_titles_outlet_is_read_the_same_way():
    article = parse(f"{RU_HEADLINE} - Вестник Заречья\n3 марта 2021\n{RU_TWO}\n")
    assert (article.source, article.title) == ("Вестник Заречья", RU_HEADLINE)


def test_a_chinese_page_titles_site_after_an_underscore_is_the_source():
    article = parse(f"{ZH_HEADLINE}_南湖新闻网\n2021-03-03\n{ZH_TWO}\n")
    assert (article.source, article.title) == ("南湖新闻网", ZH_HEADLINE)


def test_a_public_body_after_a_bar_is_the_official_sites_name():
    article = parse(f"{EN_HEADLINE} | Ministry of Trade of Ruritania\nMarch 3, 2021\n{EN_TWO}\n")
    assert (article.source, article.title) == ("Ministry of Trade of Ruritania", EN_HEADLINE)


def test_a_public_body_after_a_russian_headlines_dash_is_its_speaker_not_the_site():
    headline = "Сотрудничество двух стран нацелено на мирный порядок — Министерство иностранных дел Руритании"
    article = parse(f"{headline}\n3 марта 2021\n{RU_TWO}\n")
    assert (article.source, article.title) == (None, headline)


@pytest.mark.parametrize("suffix", ["John Smith", "video", "Part 2", "Polish partner"])
def test_a_name_that_is_no_outlets_after_a_dash_stays_the_headlines(suffix):
    headline = f"{EN_HEADLINE} - {suffix}"
    article = parse(f"{headline}\nMarch 3, 2021\n{EN_TWO}\n")
    assert (article.source, article.title) == (None, headline)


def test_a_quoted_speaker_after_a_dash_is_not_the_site():
    headline = "«Мы откроем новые рынки», - Вестник Заречья"
    assert parse(f"{headline}\n3 марта 2021\n{RU_TWO}\n").source is None


@pytest.mark.parametrize("footer, outlet", [
    ("© 2021 Harbor Valley Courier. All rights reserved.", "Harbor Valley Courier"),
    ("Copyright © 2019-2021 Harbor Valley Courier", "Harbor Valley Courier"),
    ("© 2021 Вестник Заречья. Все права защищены.", "Вестник Заречья"),
])
def test_an_unregistered_outlet_holding_the_pages_rights_in_its_footer_is_the_source(footer, outlet):
    assert parse(f"{EN_HEADLINE}\nMarch 3, 2021\n{EN_TWO}\n{footer}\n").source == outlet


@pytest.mark.parametrize("footer", ["版权所有:南湖市外事办公室", "版权所有：南湖市外事办公室 地址：南湖市人民路1号"])
def test_a_chinese_sites_rights_holder_in_its_footer_is_the_source(footer):
    assert parse(f"{ZH_HEADLINE}\n2021-03-03\n{ZH_TWO}\n{footer}\n").source == "南湖市外事办公室"


def test_the_office_hosting_a_chinese_portal_is_not_the_source_of_its_stories():
    assert parse(f"{ZH_HEADLINE}\n2021-03-03\n{ZH_TWO}\n主办单位：南湖市人民政府办公室\n").source is None


@pytest.mark.parametrize("label, outlet", [("(Taken from Harbor Valley Courier)", "Harbor Valley Courier"),
                                           ("(本文来自南湖日报)", "南湖日报")])
def test_an_unregistered_outlet_a_repost_says_it_was_taken_from_is_the_source(label, outlet):
    assert parse(f"{EN_HEADLINE}\nMarch 3, 2021\n{EN_TWO}\n\n{label}\n").source == outlet


def test_a_repost_label_naming_no_outlet_names_no_source():
    assert parse(f"{EN_HEADLINE}\nMarch 3, 2021\n{EN_TWO}\n\n(Taken from John Smith)\n").source is None


@pytest.mark.parametrize("footer", [
    "© 2021 John Smith. All rights reserved.",
    "© 2021 Harbor Valley Software Technologies. All rights reserved.",
    "© 2021 Polish Partner. All rights reserved.",
])
def test_a_copyright_held_by_no_outlet_names_no_source(footer):
    assert parse(f"{EN_HEADLINE}\nMarch 3, 2021\n{EN_TWO}\n{footer}\n").source is None


@pytest.mark.parametrize("sign_off, outlet", [
    ("передает Вестник Заречья.", "Вестник Заречья"),
    ("сообщает корреспондент Заречье.RU.", "Заречье.RU"),
    ("передает портал «Заречье Медиа».", "Заречье Медиа"),
])
def test_an_unregistered_outlet_signing_its_leads_first_sentence_is_the_source(sign_off, outlet):
    lead = f"Мэр города подписал соглашение с польскими партнерами, {sign_off}"
    assert parse(f"{RU_HEADLINE}\n3 марта 2021\n{lead}\n\n{RU_TWO}\n").source == outlet


@pytest.mark.parametrize("sign_off", [
    "сообщает Министерство обороны Руритании.",  # the informant, a body: not the outlet
    "пишет Вестник Заречья.",  # how a site cites the paper whose story it retells
    "сообщает пресс-служба мэрии.",
])
def test_an_informant_or_a_retold_paper_signing_the_lead_is_no_source(sign_off):
    lead = f"Мэр города подписал соглашение с польскими партнерами, {sign_off}"
    assert parse(f"{RU_HEADLINE}\n3 марта 2021\n{lead}\n\n{RU_TWO}\n").source is None


def test_an_earlier_report_recalled_in_the_lead_is_no_source():
    lead = "Ранее мэр города подписал соглашение с польскими партнерами, сообщает Вестник Заречья."
    assert parse(f"{RU_HEADLINE}\n3 марта 2021\n{lead}\n\n{RU_TWO}\n").source is None


def test_a_registered_outlet_after_the_page_title_is_read_as_before():
    article = parse(f"{EN_HEADLINE} | China Daily\nMarch 3, 2021\n{EN_TWO}\n")
    assert (article.source, article.title) == ("China Daily", EN_HEADLINE)


@pytest.mark.parametrize("byline, outlet", [("By Mina Novak for ZaryaNet (03/09/07)", "ZaryaNet"),
                                            ("By Ann Lee and Tom Roe for the Harbor Valley Courier", "Harbor Valley Courier")])
def test_a_byline_naming_the_outlet_it_was_written_for_gives_the_source(byline, outlet):
    assert parse(f"{EN_HEADLINE}\n{byline}\n{EN_TWO}\n").source == outlet


def test_a_byline_naming_a_person_after_for_names_no_source():
    assert parse(f"{EN_HEADLINE}\nBy Mina Novak for John Smith\n{EN_TWO}\n").source is None


@pytest.mark.parametrize("opener, outlet", [("ZSNews - ", "ZSNews"), ("(南湖电子报)", "南湖电子报")])
def test_an_unregistered_outlet_opening_the_lead_as_a_wires_credit_is_the_source(opener, outlet):
    story = ZH_STORY if opener.startswith("(") else EN_STORY
    headline = ZH_HEADLINE if opener.startswith("(") else EN_HEADLINE
    assert parse(f"{headline}\n2021-03-03\n{opener}{story}\n\n{story}\n").source == outlet


@pytest.mark.parametrize("opener", ["Minsk - ", "John Smith - ", "(南湖市)"])
def test_a_place_or_a_person_opening_the_lead_is_no_source(opener):
    story = ZH_STORY if opener.startswith("(") else EN_STORY
    headline = ZH_HEADLINE if opener.startswith("(") else EN_HEADLINE
    assert parse(f"{headline}\n2021-03-03\n{opener}{story}\n\n{story}\n").source is None


@pytest.mark.parametrize("opener", ["Harbor News / ", "(Harbor News) — ", "(Harbor News) - "])
def test_an_unregistered_outlet_before_a_slash_or_in_brackets_before_a_dash_opening_the_lead_is_the_source(opener):
    assert parse(f"{EN_HEADLINE}\nMarch 3, 2021\n{opener}{EN_STORY}\n\n{EN_STORY}\n").source == "Harbor News"


def test_a_person_before_a_slash_opening_the_lead_is_no_source():
    assert parse(f"{EN_HEADLINE}\nMarch 3, 2021\nJohn Smith / {EN_STORY}\n\n{EN_STORY}\n").source is None
