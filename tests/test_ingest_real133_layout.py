"""Layout rules from the real133-138 pages: a broadcaster's box of skip links, a widget's loading notice, a back
link's arrow drawn with a letter before a section's name, a story's length with its reading time and a menu of a
portal's channels are chrome, never headlines. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import RU_STORY, ZH_STORY, line_kind, parse, read_title

ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
EN_TITLE = "River bridge brings two border towns closer together"


@pytest.mark.parametrize("line", [
    "Ссылки для упрощенного доступа", "Accessibility links", "等待处理…", "加載中...", "Loading…",
    "ㄑ Top News", "ㄑ 要闻",
    "本篇文章1200字,读完约4分钟", "全文共800字，阅读约需3分钟",
    "首页 - 国内新闻 - 体育频道 - 文化频道 - 旅游频道", "财经频道 | 汽车频道"])
def test_page_furniture_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [EN_TITLE, RU_TITLE, ZH_TITLE, "本文作者走访了边境口岸", "两国频道合作启动"])
def test_headlines_are_not_chrome(line):
    assert line_kind(line) != "chrome"


def test_a_skip_links_box_over_the_headline_is_passed_over():
    text = f"Ссылки для упрощенного доступа\n\n{RU_TITLE}\n\n{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == RU_TITLE


@pytest.mark.parametrize("head", ["等待处理…", "本篇文章980字,读完约3分钟",
                                  "首页 - 国内新闻 - 体育频道 - 文化频道 - 旅游频道 - 健康频道"])
def test_a_zh_page_head_of_furniture_is_passed_over(head):
    text = f"{head}\n\n{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


def test_a_reading_time_alone_is_no_headline():
    assert read_title(parse(f"本篇文章980字,读完约3分钟\n\n{ZH_STORY}\n\n{ZH_STORY}\n")) is None
