"""Byline rules from the real169-171 pages: a line of single letters under the date (a type-size switch,
'L M S') and a comment box's count under the story ('Нет Ответов', 'No Replies') name no one; a newsroom's
desk in the reporter's slot ('國際組', '编辑部') is no person; a known city run into a reporter's name before
the kind of report ('記者李明華沙報道') is the place reported from. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("letters", ["L M S", "A A A", "S M L", "Б С М"])
def test_a_line_of_single_letters_under_the_date_is_no_name(letters):
    text = f"{EN_TITLE}\n\nMarch 3, 2024\n  {letters}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author is None


def test_a_name_under_the_date_is_still_read():
    text = f"{EN_TITLE}\n\nMarch 3, 2024\n  Anna Novak\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


@pytest.mark.parametrize("story, title, count", [
    (RU_STORY, RU_TITLE, "Нет Ответов"), (RU_STORY, RU_TITLE, "Нет Комментариев"),
    (EN_STORY, EN_TITLE, "No Replies"), (EN_STORY, EN_TITLE, "No Responses")])
def test_a_comment_box_count_under_the_story_is_no_signature(story, title, count):
    text = f"{title}\n\n{story}\n\n{story}\n\n{count}\n\nДобавить комментарий\n"
    assert parse(text).author is None


@pytest.mark.parametrize("credit", ["（某某新聞／國際組 綜合報導）", "（某某新闻／财经组 综合报道）",
                                    "(某某网/编辑部 综合报道)", "（某某新聞／要聞組 報導）"])
def test_a_desk_in_the_reporters_slot_is_no_author(credit):
    text = f"{ZH_TITLE}\n\n{credit}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None


def test_a_reporter_in_the_same_slot_is_still_read():
    text = f"{ZH_TITLE}\n\n（某某新聞／王大明 綜合報導）{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王大明"


@pytest.mark.parametrize("credit, name", [
    ("/某某報記者李明華沙報道", "李明"), ("/某某报记者张伟北京报道", "张伟"),
    ("記者 王明 李華北京報道", "王明, 李華"), ("。记者刘洋上海报道", "刘洋")])
def test_a_city_run_into_the_reporters_name_is_the_place(credit, name):
    text = f"{ZH_TITLE}\n\n{ZH_STORY}{credit}\n\n{ZH_STORY}\n"
    assert parse(text).author == name
