"""Byline rules from the real109-120 pages: the writer's name as a dashed or bulleted item right
under the page's date ('- 02 сентября 2025 07:53' / '- Анна Петрова'), and a Chinese reporter's
credit with a platform's name before the paper's ('某某云/某某日报记者 王明'). Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import RU_STORY, ZH_STORY, parse

RU_TITLE = "Стороны подписали меморандум о строительстве нового газопровода"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("date, name", [("- 02 сентября 2025 07:53", "- Анна Петрова"),
                                        ("9 февраля 2025, 16:56", "  • Анна Петрова")])
def test_a_bulleted_name_under_the_date_is_the_author(date, name):
    text = f"{RU_TITLE}\n{date}\n{name}\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).author == "Анна Петрова"


def test_a_bulleted_name_above_the_headline_under_the_date_is_the_author():
    text = f"9 февраля 2025, 16:56\n• Анна Петрова\n\n{RU_TITLE}\n\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).author == "Анна Петрова"


def test_a_bulleted_tag_naming_the_newsmaker_is_no_author():
    story = "Анна Петрова заявила, что стороны обсудили торговлю и транспорт."
    text = f"{RU_TITLE}\n- 02 сентября 2025 07:53\n- Анна Петрова\n{story}\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).author is None


@pytest.mark.parametrize("credit", ["某某云/某某日报记者 王小明", "云端／边疆日報記者 王小明"])
def test_a_platform_before_the_papers_reporter_credit_is_no_part_of_the_name(credit):
    text = f"{ZH_TITLE}\n\n{credit}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author == "王小明"
