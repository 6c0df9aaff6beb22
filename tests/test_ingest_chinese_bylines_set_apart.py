"""Chinese bylines set apart on their own line: each reporter's credit marked with a bullet
('●本报记者 王明●本报特约记者 李华'), a reporter sent abroad for the story ('本报赴某国特约记者'), and a
commentary's or journal's writer named alone under the headline ('王健', '郑赤琰教授'). Texts and names
invented for the tests."""
from __future__ import annotations

import pytest

from ingest_support import ZH_STORY, parse

HEADLINE = "两国专家解读双边关系稳步发展"


@pytest.mark.parametrize("credit", ["●本报记者 薛小乐●本报特约记者 蓝宇", "■本报记者 薛小乐 ■本报特约记者 蓝宇",
                                    "●本报记者   薛小乐●本报特约记者   蓝宇"])
def test_reporters_credits_each_marked_with_a_bullet_name_every_reporter(credit):
    assert parse(f"{HEADLINE}\n2015-04-03\n{credit}\n{ZH_STORY}\n\n{ZH_STORY}\n").author == "薛小乐, 蓝宇"


def test_a_reporter_sent_abroad_for_the_story_is_credited_like_a_posted_one():
    assert parse(f"{HEADLINE}\n2015-04-03\n本报赴吉尔吉斯斯坦特约记者 张浩\n{ZH_STORY}\n\n{ZH_STORY}\n").author == "张浩"


@pytest.mark.parametrize("line, author", [("王健", "王健"), ("  侯艾君", "侯艾君"), ("郑赤琰教授", "郑赤琰"),
                                          ("李明 王芳", "李明, 王芳")])
def test_a_chinese_name_alone_between_headline_and_story_is_the_writer(line, author):
    assert parse(f"{HEADLINE}\n{line}\n2015年04月07日\n\n{ZH_STORY}\n\n{ZH_STORY}\n").author == author


@pytest.mark.parametrize("line", ["正文", "北京", "新华社"])
def test_a_menu_word_a_place_or_an_outlet_alone_under_the_headline_is_no_writer(line):
    assert parse(f"{HEADLINE}\n{line}\n2015年04月07日\n\n{ZH_STORY}\n\n{ZH_STORY}\n").author is None
