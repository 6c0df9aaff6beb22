"""Byline rules from the real212-215 pages: a font-size widget's words are no writer; the office a
university's writer works in, set before the name in the author field, is no second writer; an agency's
bracketed dateline closes on its reporter's name whatever quotes its own name is set in. Texts written
for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("widget", ["Large Medium Small", "Small Medium Large", "Big | Normal | Small", "Крупный Средний Мелкий"])
def test_a_font_size_widgets_words_are_no_author(widget):
    text = (f"Ministers hold talks in the capital\n\n(Agency)\nUpdated: 2010-09-27 14:01\n{widget}\n\n"
            f"CAPITAL - {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).author is None


@pytest.mark.parametrize("field, name", [
    ("作者:国际处 吴锡路", "吴锡路"),
    ("作者：宣传部 李明", "李明"),
    ("作者:外事办 张晓东", "张晓东"),
])
def test_the_office_before_a_writers_name_is_no_second_writer(field, name):
    text = f"2024年09月05日 | {field} |  点击数: |\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == name


def test_two_writers_whose_names_end_with_a_units_character_are_both_kept():
    text = f"2024年09月05日 | 作者:王建会 李明 |  点击数: |\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王建会, 李明"


@pytest.mark.parametrize("opening", [
    "(Уфа, 5 мая, “Башинформ”, Иван Соколов). Губернатор",
    "(Уфа, 5 мая, „Башинформ“, Иван Соколов). Губернатор",
    "(Уфа, 5 мая, \"Башинформ\", Иван Соколов). Губернатор",
])
def test_a_bracketed_dateline_closing_on_its_reporter_in_any_quotes(opening):
    text = f"Губернаторы встретились в столице\n\n{opening} {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Иван Соколов"
