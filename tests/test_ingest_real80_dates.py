"""Ingest rules for dates and datelines drawn from the 80th to 83rd held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import parse


def test_an_ambiguous_numeric_stamp_is_read_the_way_that_follows_the_reported_day():
    text = ("友谊物资捐赠仪式在北城举行\n\n"
            "06/05/2020\n\n"
            "2020年6月4日,东国大使与北城市长共同出席生活物资捐赠仪式。双方表示将继续加强合作。\n\n"
            "大使表示,东国愿同北国民众站在一起,共克时艰。北城市长感谢东国的援助。\n")
    assert str(parse(text).date) == "2020-06-05"


def test_an_ambiguous_numeric_stamp_far_from_the_reported_day_keeps_the_convention():
    text = ("友谊物资捐赠仪式在北城举行\n\n"
            "06/05/2020\n\n"
            "2020年3月1日,东国大使与北城市长共同出席生活物资捐赠仪式。双方表示将继续加强合作。\n\n"
            "大使表示,东国愿同北国民众站在一起,共克时艰。北城市长感谢东国的援助。\n")
    assert str(parse(text).date) == "2020-05-06"


def test_a_wire_dateline_in_the_year_of_the_prc_anniversary_the_lead_celebrates():
    text = ("北城举行国庆招待会\n\n"
            "中新网北城9月27日电 (记者 王明)中国驻东国大使馆26日晚在北城举办招待会,隆重庆祝中华人民共和国成立75周年。"
            "东国外长出席并致辞。\n\n"
            "大使表示,两国友好合作符合两国人民的共同愿望和根本利益。\n")
    assert str(parse(text).date) == "2024-09-27"
