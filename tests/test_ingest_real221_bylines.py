"""Byline rules from the real221-226 pages: a page's sharing and printing buttons are no writer; a Chinese reporters'
list goes on past a further contributor's label ('通讯员', 'X报道组', '实习生'); a paper's bracketed credit of several
reporters, each after the paper's name, run together; a Chinese stamp line's writer between its outlet and its date.
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("button", [
    "Suggest To A Friend", "Email to a friend", "Send to a Friend", "Tell a friend", "Print this page",
    "Printer-friendly version", "Отправить другу", "Версия для печати", "推荐给朋友", "打印本页",
])
def test_a_sharing_or_printing_button_under_the_story_is_no_writer(button):
    story = ZH_STORY if "\u4e00" <= button[0] <= "\u9fff" else RU_STORY if not button.isascii() else EN_STORY
    article = parse(f"Premier meets the provincial governor\n\n{story}\n\n{story}\n\n{button}\n")
    assert article.author is None


@pytest.mark.parametrize("credit, writers", [
    ("作者: 记者 周明远 张帆 龚平 市委报道组 陈青", "周明远, 张帆, 龚平, 陈青"),
    ("作者: 记者 周明远 通讯员 陈青", "周明远, 陈青"),
    ("作者：本報記者 周明遠 特約記者 陳青", "周明遠, 陳青"),
    ("作者: 记者 周明远 实习生 刘洋", "周明远, 刘洋"),
])
def test_a_reporters_list_goes_on_past_a_contributors_label(credit, writers):
    article = parse(f"两国企业签署合作协议\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.author == writers


@pytest.mark.parametrize("credit, writers", [
    ("【环球时报驻埃及特派记者黄明昭环球时报记者丁雅】", "黄明昭, 丁雅"),
    ("【人民日报驻美国记者李明人民日报记者王华】", "李明, 王华"),
    ("【環球時報駐俄羅斯特派記者李明環球時報記者王華 環球時報特約記者張強】", "李明, 王華, 張強"),
])
def test_a_papers_bracketed_credit_of_reporters_run_together(credit, writers):
    article = parse(f"两国企业签署合作协议\n\n2023年6月13日\n\n{credit}{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.author == writers


@pytest.mark.parametrize("stamp, writer", [
    ("盖世汽车 向秀芳 2025-10-27 07:35:02", "向秀芳"),
    ("环球时报 王明 2025-10-27 07:35", "王明"),
    ("新华网\u3000李华\u30002024年5月3日 10:20", "李华"),
])
def test_a_writer_between_the_stamps_outlet_and_date(stamp, writer):
    article = parse(f"两国企业签署合作协议\n\n{stamp}\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.author == writer


def test_a_city_before_the_name_in_a_stamp_is_no_outlet():
    article = parse(f"两国企业签署合作协议\n\n北京 王明 2025-10-27 07:35\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.author is None


@pytest.mark.parametrize("name, role, stamp, story", [
    ("Сергей Кудрявин", "специальный корреспондент «Вестника»", "9 октября 2022, 14:05", RU_STORY),
    ("Анна Петрова", "собственный корреспондент газеты «Утро»", "9 октября 2022, 14:05", RU_STORY),
    ("Anna Novak", "Chief political correspondent, The Morning Post", "October 9, 2022, 14:05", EN_STORY),
])
def test_a_name_over_its_qualified_trade_and_outlet(name, role, stamp, story):
    article = parse(f"Удобрения нашего роста\n\n{name}\n{role}\n{stamp}\n\n{story}\n\n{story}\n")
    assert article.author == name
