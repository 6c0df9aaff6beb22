"""Source shapes from the real212-215 pages (diplomatic news on unusual outlets, wire stories
republished by portals): an acronym printed with its letters spaced out, a hard-wrapped sentence's
last words that happen to be an institution's name, another outlet's name ending on a registered
'The …' outlet's word, a copyright's year after its holder, a template's default in the source slot,
a university's own news site named by its level word, a Chinese info bar's next field after the
source, a byline naming its outlet after a comma, an agency's sign-off after a lost mark. Texts
written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, ZH_STORY, parse, registry

from despatch.ingest.lines import Line
from despatch.ingest.settings import load_patterns
from despatch.ingest.sources import _implausible_outlet, canonical_source, copyright_source, labelled_source


@pytest.mark.parametrize("printed, name", [
    ("A P P", "Associated Press of Pakistan"),
    ("W A M", "WAM"),
    ("Т А С С", "TASS"),
    ("U. N. B.", "United News of Bangladesh"),
])
def test_an_acronym_with_its_letters_spaced_out_is_the_acronym(printed, name):
    assert canonical_source(printed, registry(), known_only=False) == name


def test_a_spaced_acronym_in_a_closing_source_label_credits_the_agency():
    text = (f"Steppe and Ruritania agree on new freight corridor\n\nISLAMABAD: {EN_STORY}\n\n{EN_STORY}\n\n"
            f"Source : I A N S\n\nAbout the writer\n")
    assert parse(text).source == "IANS"


@pytest.mark.parametrize("open_end", ["at the", "of the", "with the", "in"])
def test_a_hard_wrapped_sentences_last_words_are_no_credit_line(open_end):
    """'… deliver a speech at the' / 'Tsinghua University.': the institution ends a sentence of the
    wrapped story, it credits nothing."""
    wrapped = ("Visiting Minister Rowan Vale and his Ruritanian counterpart\n"
               "Elin Marsh held talks in the capital on Tuesday on closer\n"
               "ties between the two countries.\n"
               f"On Wednesday, Minister Vale will deliver a lecture {open_end}\n"
               "Tsinghua University.\n"
               "The two sides are expected to sign several agreements on\n"
               "trade, transport and education during the visit.\n")
    assert parse(wrapped).source != "Tsinghua University"


@pytest.mark.parametrize("name", ["Valley Diplomat", "Steppe Diplomat", "Sunday Ruritania Diplomat"])
def test_another_outlets_name_ending_on_a_registered_the_outlets_word_is_not_that_outlet(name):
    assert canonical_source(name, registry(), known_only=True) is None


def test_a_label_before_the_registered_name_still_credits_it():
    assert canonical_source("Корр. The Diplomat", registry(), known_only=True) == "The Diplomat"
    assert canonical_source("Diplomat", registry(), known_only=True) == "The Diplomat"


@pytest.mark.parametrize("line", ["© Steppe Diplomat 2019", "Copyright © Valley Diplomat 2010-2019. All rights reserved"])
def test_a_copyright_with_its_year_after_another_outlets_name_credits_no_the_outlet(line):
    assert copyright_source([Line(1, line, "chrome")], registry()) is None


@pytest.mark.parametrize("line", ["© Xinhua 2019", "© Xinhua 2015–2019", "Copyright Xinhua 2021, all rights reserved"])
def test_a_copyright_with_its_year_after_the_registered_holder_credits_it(line):
    assert copyright_source([Line(1, line, "chrome")], registry()) == "Xinhua"


@pytest.mark.parametrize("value", ["默认", "默认来源", "默認來源", "Default"])
def test_a_templates_default_in_the_source_slot_names_no_outlet(value):
    assert canonical_source(value, registry(), known_only=False) is None


@pytest.mark.parametrize("name", ["校新闻网", "我校官网", "院报", "本校新闻中心", "校园网"])
def test_a_universitys_own_news_site_named_by_its_level_word_names_no_outlet(name):
    assert _implausible_outlet(name, load_patterns(), registry())


def test_a_named_universitys_news_site_is_kept():
    assert not _implausible_outlet("某某大学新闻网", load_patterns(), registry())


@pytest.mark.parametrize("line, name", [
    ("作者:佚名 文章来源:新华网 点击数 更新时间:2016-10-20 10:40:28 责任编辑:某某", "Xinhua"),
    ("时间:2023-03-23 12:36内容来源:联合早报 版阅读:新闻归类:中国聚焦", "Lianhe Zaobao"),
    ("來源：聯合早報 點擊數：3", "Lianhe Zaobao"),
    ("来源:新华网 栏目:时政", "Xinhua"),
])
def test_a_chinese_info_bars_source_before_its_next_field_is_read(line, name):
    assert labelled_source([Line(1, line, "credit")], load_patterns(), registry()) == name


@pytest.mark.parametrize("byline, name", [
    ("By Rowan Vale, JNS", "Jewish News Syndicate"),
    ("By Rowan Vale and Elin Marsh, UNB", "United News of Bangladesh"),
    ("От Ивана Сидорова, ТАСС", "TASS"),
])
def test_a_byline_naming_its_outlet_after_a_comma_under_the_standfirst_credits_it(byline, name):
    text = (f"Steppe and Ruritania close in on energy deal\n\nThe two foreign ministers met on Thursday in the capital "
            f"with their counterparts from the region, ahead of a major energy agreement.\n\n"
            f"“We will continue to advance our strategic relations in the region,” said the foreign minister.\n\n"
            f"{byline}\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == name


def test_a_byline_naming_an_unregistered_title_after_a_comma_credits_nothing():
    text = (f"Steppe and Ruritania close in on energy deal\n\nBy Rowan Vale, Senior Correspondent\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None


@pytest.mark.parametrize("ending", ["meeting.    \ufffdUNB", "meeting. •UNB", "meeting.UNB", "meeting. ■ UNB"])
def test_an_agencys_sign_off_after_a_lost_mark_or_glued_to_the_last_stop_credits_it(ending):
    text = (f"Envoy calls on the president\n\nPublished : Monday, 22 May, 2023\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            f"Officials of both sides were also present during the {ending}\n")
    assert parse(text).source == "United News of Bangladesh"


def test_a_sentence_ending_on_a_capitalised_word_after_a_stop_is_no_sign_off():
    text = (f"Envoy calls on the president\n\nPublished : Monday, 22 May, 2023\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            f"Officials of both sides were also present at the meeting held in the U.S.\n")
    assert parse(text).source is None


@pytest.mark.parametrize("signed, name", [
    (" – SAnews.gov.za", "SAnews"),
    (" - sanews.gov.za", "SAnews"),
    (" — chinadaily.com.cn", "China Daily"),
])
def test_a_registered_site_signing_the_last_paragraph_by_its_address_after_a_dash_is_the_source(signed, name):
    text = (f"Cabinet welcomes the visit of the chancellor\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            f"About six hundred companies of the partner country are represented here and are a source of investment.{signed}\n")
    assert parse(text).source == name
