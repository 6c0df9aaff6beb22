"""Author rules from the real206-211 pages: a writer's label among the labelled fields of a Chinese
stamp line, a writer credited after the office the writer works in, a reporter with a less common
surname signing in brackets under the story, the kind of piece naming the writer's work ('Interview
by'), a photographer's credit after a slash, and a page's end-of-article mark that names nobody.
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, ZH_STORY, parse

ZH_HEADLINE = "某国教育代表团来校访问"
EN_HEADLINE = "Trade ties between the two nations grow"


def _zh_page(stamp: str, closing: str = "") -> str:
    return f"{ZH_HEADLINE}\n\n{stamp}\n\n{ZH_STORY}\n\n{ZH_STORY}{closing}\n"


@pytest.mark.parametrize("stamp, author", [
    ("添加时间:2023-09-08 19:13 来源:国际交流处 通讯员:王明 摄影:李华(新闻中心)", "王明"),
    ("发布时间:2021-04-02 来源:外事办公室 记者:张强 编辑:李华", "张强"),
    ("发布日期:2022-05-06 10:20 来源:学院办公室 撰稿:刘洋、陈静 审核:赵军", "刘洋, 陈静"),
    ("發布時間:2022-05-06 來源:國際處 通訊員：黃志明", "黃志明"),
])
def test_a_writers_label_among_the_stamps_labelled_fields_names_the_author(stamp, author):
    assert parse(_zh_page(stamp)).author == author


@pytest.mark.parametrize("stamp, author", [
    ("来源:文/国际合作交流处 王明 图/新闻中心 李华    发布时间:2014-11-17", "王明"),
    ("发布时间:2014-11-17 文/外事处 王明 图/李华", "王明"),
    ("发布时间:2019-03-02 文/经济管理学院 张强 摄影/刘洋", "张强"),
])
def test_the_office_before_the_writers_name_is_no_writer(stamp, author):
    assert parse(_zh_page(stamp)).author == author


FOOTER = ("\n\n扫一扫在手机打开当前页\n网站声明 | 网站地图 | 帮助说明\n"
          "Copyright 2013 www.example.gov.cn All Rights Reserved 主办单位:某某区人民政府办公室\n"
          "网站维护:某某市电子政务外网运营中心 某公网安备号 51000000000001号\n"
          "联系电话:0800-1234567 政府网站标识码5100000000 某ICP备01234567号-1\n智能问答 政务微信")


@pytest.mark.parametrize("credit, author", [
    ("(记者 兰楠)", "兰楠"),
    ("（记者 左晓东）", "左晓东"),
    ("(记者 关玉)", "关玉"),
])
def test_a_reporter_with_a_less_common_surname_signing_under_the_story_over_the_sites_footer(credit, author):
    text = (f"某某区人民政府\n您当前的位置:首页 » 某国驻某市总领事馆开馆 » 详情\n某国驻某市总领事馆开馆\n"
            f"发布时间: 2023-06-14   来源: 某某日报   信息类型: 信息转载\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}{credit}{FOOTER}\n")
    assert parse(text).author == author


@pytest.mark.parametrize("byline", [
    "Interview by Anna Novak",
    "Interviewed by Anna Novak",
    "Analysis by Anna Novak",
    "Text and photos by Anna Novak",
])
def test_the_kind_of_piece_before_by_names_the_writer(byline):
    text = f"{EN_HEADLINE}\n\n{byline}\n\nMarch 3, 2022\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


@pytest.mark.parametrize("byline", [
    "by ANNA NOVAK/ pic by JOHN SMITH",
    "By Anna Novak / Photos by John Smith",
    "by Anna Novak/Pictures: John Smith",
])
def test_a_photographers_credit_after_a_slash_is_no_part_of_the_byline(byline):
    text = f"{EN_HEADLINE}\n\n{byline}\n\nMarch 3, 2022\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author.casefold() == "anna novak"


@pytest.mark.parametrize("mark", ["End of Article", "END OF STORY", "— End of report —", "Конец статьи", "正文完"])
def test_an_end_of_article_mark_names_no_author(mark):
    text = f"“A chance for our firms abroad”\n\nThis story is from November 19, 2022\n\n{EN_STORY}\n\n{EN_STORY}\n{mark}\nFOLLOW US ON SOCIAL MEDIA\n"
    assert parse(text).author is None
