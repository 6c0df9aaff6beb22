"""Ingest rules for authors and datelines drawn from the 133rd to 138th held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import PAGE_PARAGRAPHS_ZH, parse


def test_a_reporters_translated_report_in_brackets_credits_the_reporter_not_the_word_for_translating():
    text = ("(某某报记者王明编译报道)今年以来,两国之间的肉类贸易持续增长,边境口岸的进口量明显上升。\n"
            + PAGE_PARAGRAPHS_ZH)
    assert parse(text).author == "王明"


def test_two_writers_set_apart_by_a_space_before_the_papers_name_in_title_marks_are_both_credited():
    text = ("主席抵达某城开始国事访问\n\n"
            "作者:张华 李明 《某某日报》( 2022年09月15日 01版)\n\n"
            "当地时间9月14日晚,国家主席乘专机抵达某城,开始国事访问并出席峰会。\n"
            + PAGE_PARAGRAPHS_ZH)
    assert parse(text).author == "张华, 李明"


def test_a_press_release_wires_city_full_date_and_wire_between_slashes_is_a_dateline():
    text = ("宁波2019年5月6日电 /美通社/ -- 第二届某某博览会在宁波闭幕,签署了一系列贸易协议。\n"
            + PAGE_PARAGRAPHS_ZH)
    article = parse(text)
    assert article.dateline == "Ningbo"
    assert article.date == dt.date(2019, 5, 6)


def test_a_serbian_steel_town_after_its_country_in_a_wires_dateline_is_named_in_english():
    text = ("新华社塞尔维亚斯梅代雷沃6月15日电 中国企业走进钢铁厂\n\n"
            "钢铁厂的老工人日前对记者说,工厂重现生机。\n" + PAGE_PARAGRAPHS_ZH)
    assert parse(text).dateline == "Smederevo"
