"""Layout rules from the real115-117 pages: a link to the site's mobile edition, a button to
open the page on a phone and a news agency's tabs run together are no headlines. Texts written
for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse

ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("chrome", ["某某網移動版", "新闻网手机版", "用手机看", "手機閱讀", "News Search Topics"])
def test_a_phone_link_or_tab_line_is_chrome(chrome):
    assert line_kind(chrome) == "chrome"


@pytest.mark.parametrize("chrome", ["某某網移動版", "用手机看"])
def test_a_phone_link_over_a_chinese_headline_is_no_headline(chrome):
    text = f"{chrome}\n\n{ZH_TITLE}\n\n2022-12-08 08:03:00\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title == ZH_TITLE


def test_agency_tabs_over_an_english_headline_are_no_headline():
    title = "Envoys of two neighbours to meet in Vienna in spring"
    text = f"All news\nNews Search Topics\n\n{title}\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).title == title


def test_a_headline_about_phones_is_kept():
    title = "两国签署协议 推动手机产业合作"
    assert parse(f"{title}\n\n{ZH_STORY}\n{ZH_STORY}\n").title == title


def test_a_caption_closed_by_a_dashed_credit_is_no_headline():
    caption = "Foreign Minister of Ruritania Ivan Petrov and his host Minister Omar Khan.—The Daily Herald"
    text = f"{caption}\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).title != caption


def test_a_page_description_with_outlet_and_day_is_no_headline():
    description = ("Глава государства проведет переговоры с коллегой в третий день своего визита. "
                   "Вестник Новости, 02.09.2025")
    text = f"{description}\n\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).title != description


def test_a_headline_run_into_its_lead_by_a_run_of_spaces_stops_at_the_run():
    line = f"{ZH_TITLE}   由两国合作建设、连接"
    text = f"某某网\n\n{line}\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title == ZH_TITLE
