"""Date and byline rules from the real197-199 pages: a stamp whose month name, day and year are joined by
hyphens or slashes, month first ('Posted: Sep-14-2011'); a Chinese reporter's credit line marked with a box or a
bullet ('□某某日报/某某新闻记者 王明'); a paper's staff reporter's bare name set first and a contributor's name after
his role on the same line ('王明  某某军报特约通讯员  李华'); a reporter's credit in brackets closing the story with
the editor's field after a slash ('（記者王明編譯報導/責任編輯：李華）'): the reporter is the author, the editor is
not. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
TW_TITLE = "兩國外長在首都舉行會談並簽署合作文件"
TW_STORY = ("雙方就經貿、交通和能源領域的合作交換了意見,同意在秋季再次會晤,共同審議工業園區項目的進展情況,"
            "並表示將繼續推動兩國務實合作不斷取得新成果。")


# --- a month-first stamp joined by hyphens or slashes -------------------------------------------------------

@pytest.mark.parametrize(("stamp", "expected"), [
    ("Posted: September-14-2011Adjust font size:", dt.date(2011, 9, 14)),
    ("Posted: Sep-14-2011", dt.date(2011, 9, 14)),
    ("Updated: March/3/2020 10:15", dt.date(2020, 3, 3)),
    ("Published: dec-01-2019", dt.date(2019, 12, 1)),
])
def test_a_month_first_stamp_joined_by_hyphens_dates_the_page(stamp, expected):
    article = parse(f"{EN_TITLE}\n{stamp}\n\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n")
    assert article.date == expected


def test_a_day_first_hyphened_stamp_still_reads_day_first():
    article = parse(f"{EN_TITLE}\nPosted: 14-Sep-2011\n\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n")
    assert article.date == dt.date(2011, 9, 14)


# --- Chinese reporters' credit lines ------------------------------------------------------------------------

def _zh_page(credit: str, title: str = ZH_TITLE, story: str = ZH_STORY) -> str:
    return f"{title}\n\n某某日报 2024年08月13日\n\n{credit}\n\n  {story} {story}\n\n  {story}\n"


@pytest.mark.parametrize(("credit", "expected"), [
    ("  □青山日报/观云新闻记者  白晓燕", "白晓燕"),
    ("■本报记者 张明远", "张明远"),
    ("●某某晚报记者  李华华", "李华华"),
    ("◆本報記者 陳大文 林小明", "陳大文, 林小明"),
])
def test_a_reporters_credit_marked_with_a_box_or_bullet_names_the_author(credit, expected):
    assert parse(_zh_page(credit)).author == expected


@pytest.mark.parametrize(("credit", "expected"), [
    ("張大濤  某某軍報特約通訊員  王宏宇", "張大濤, 王宏宇"),
    ("■张大涛 本报记者 王宏宇 通讯员 李小强", "张大涛, 王宏宇, 李小强"),
    ("王明华 特约记者 李华", "王明华, 李华"),
    ("陳大文 實習生 林小明", "陳大文, 林小明"),
])
def test_a_bare_name_before_a_contributors_role_and_name_are_both_authors(credit, expected):
    assert parse(_zh_page(credit)).author == expected


def test_a_source_label_before_a_wires_reporter_is_no_name():
    assert parse(_zh_page("来源 新华社记者 王明")).author != "来源, 王明"


@pytest.mark.parametrize(("credit", "expected"), [
    ("(記者白曉風編譯報導/責任編輯:林泉)", "白曉風"),
    ("（記者陳大文、林小明報導／責任編輯：趙強）", "陳大文, 林小明"),
    ("（记者王明远综合报道/责任编辑：李华）", "王明远"),
])
def test_a_closing_reporters_credit_with_the_editor_after_a_slash_names_the_reporter(credit, expected):
    page = f"{TW_TITLE}\n\n2022年02月28日 10:05\n\n{TW_STORY}\n\n{TW_STORY}\n\n{TW_STORY}\n\n{credit}\n\n相關文章\n"
    assert parse(page).author == expected


@pytest.mark.parametrize("credit", ["(責任編輯:林泉)", "来源:某某网/责任编辑:李华"])
def test_an_editors_field_alone_names_no_author(credit):
    page = f"{TW_TITLE}\n\n2022年02月28日 10:05\n\n{TW_STORY}\n\n{TW_STORY}\n\n{TW_STORY}\n\n{credit}\n"
    assert parse(page).author is None
