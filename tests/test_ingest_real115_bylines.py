"""Byline rules from the real109-117 pages: a staff writer credited with the outlet's possessive
('By CGTN's Anna Lee'), and a Chinese paper's reporter credit with the city it was filed from,
marked with a box ('□本报特派记者 王小明 发自内罗毕'). Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, ZH_STORY, parse

EN_TITLE = "Rail link revives an old trade route"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def test_an_outlets_possessive_before_the_name_is_no_part_of_it():
    text = f"{EN_TITLE}\n\nBy CGTN's Anna Lee\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author == "Anna Lee"


def test_a_possessive_of_no_outlet_is_no_byline_cut():
    text = f"{EN_TITLE}\n\nBy Anna O'Neil\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author == "Anna O'Neil"


@pytest.mark.parametrize("credit", ["本报记者 王小明 发自北京", "□本报特派首席记者 王小明 发自内罗毕",
                                    "■本報特派記者 王小明 發自開羅"])
def test_a_papers_reporter_filed_from_a_city_is_the_author(credit):
    text = f"{ZH_TITLE}\n\n{credit}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author == "王小明"
