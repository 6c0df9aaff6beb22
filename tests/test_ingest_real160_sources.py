"""Source rules from the real145-162 pages: an outlet's all-capitals acronym names it only printed in
capitals as a whole word ('App Store' is no credit of APP); a Chinese outlet's bracketed credit with the
kind of its report ('(某某日報報道)', '〔某某網綜合外電報導〕'), opening the lead after a desk's note of the
kind ('(綜合報道)') or closing the last paragraph, in either script and any bracket. Texts written for
the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry
from despatch.ingest.sources import brand_of, source_named

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


# --- acronyms: case-sensitive whole words --------------------------------------------------------

@pytest.mark.parametrize("printed", ["App", "app", "App Store", "App | 中文"])
def test_an_ordinary_word_is_no_outlets_acronym(printed):
    assert brand_of(registry(), printed) is None
    assert source_named(registry(), printed) is None or printed == "App Store"


@pytest.mark.parametrize("printed", ["APP", "APP | Islamabad"])
def test_the_acronym_in_capitals_names_its_outlet(printed):
    assert brand_of(registry(), printed).name == "Associated Press of Pakistan"


def test_a_name_spelt_out_in_any_case_still_names_its_outlet():
    assert source_named(registry(), "associated press of pakistan").name == "Associated Press of Pakistan"


def test_a_store_button_over_the_headline_names_no_outlet():
    text = f"Прямой эфир\n  • Google Play\n  • App Store\nЭКОНОМИКА\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.source != "Associated Press of Pakistan"
    assert article.publisher != "Associated Press of Pakistan"


# --- a Chinese outlet's bracketed report credit ---------------------------------------------------

@pytest.mark.parametrize("lead, source", [
    ("(綜合報道)(星島日報報道)", "Sing Tao Daily"),
    ("（综合报道）（明报报道）", "Ming Pao"),
    ("〔綜合外電報導〕【聯合報報導】", "United Daily News"),
    ("(明報綜合外電報導)", "Ming Pao"),
    ("〔聯合報專訊〕", "United Daily News"),
])
def test_a_bracketed_report_credit_opening_the_lead_names_the_outlet(lead, source):
    text = f"{ZH_TITLE}\n\n{lead}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("lead", ["(綜合報道)", "〔综合外电报道〕", "(记者报道)"])
def test_a_desks_note_alone_names_no_outlet(lead):
    text = f"{ZH_TITLE}\n\n{lead}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("credit, source", [
    ("(星島日報報道)", "Sing Tao Daily"),
    ("〔明報綜合報導〕", "Ming Pao"),
    ("（联合报 综合外电报道）", "United Daily News"),
])
def test_a_bracketed_report_credit_closing_the_story_names_the_outlet(credit, source):
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}{credit}\n"
    assert parse(text).source == source
