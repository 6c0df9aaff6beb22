"""Layout rules from the real109-114 pages: a share widget's leftovers, a reading-time label, a
city switcher, a breadcrumb labelled after its section's name and a summary's label are no
headlines. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse

ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("chrome", ["分享缩略图", "请使用浏览器分享功能进行分享", "链接已复制", "Link copied to clipboard", "3分钟阅读",
                                    "4 минуты чтения", "山西 切换城市", "Минск Выбрать город",
                                    "World Location: 首页>World"])
def test_a_widget_line_is_chrome(chrome):
    assert line_kind(chrome) == "chrome"


@pytest.mark.parametrize("chrome", ["请使用浏览器分享功能进行分享", "3分钟阅读", "山西 切换城市", "World Location: 首页>World"])
def test_a_widget_line_over_a_chinese_headline_is_no_headline(chrome):
    text = f"{chrome}\n\n{ZH_TITLE}\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title == ZH_TITLE


@pytest.mark.parametrize("chrome", ["Beijing Change city", "Top Stories Location: Home>Top Stories"])
def test_a_widget_line_over_an_english_headline_is_no_headline(chrome):
    title = "Foreign ministers hold talks in the capital"
    assert parse(f"{chrome}\n\n{title}\n\n{EN_STORY}\n{EN_STORY}\n").title == title


def test_a_summary_label_line_is_no_headline():
    summary = "摘要:据外交部消息,两国外长将于下周在首都举行会谈,双方将讨论经贸、人文等领域合作"
    text = f"{ZH_TITLE}\n\n来源: 作者: 发布时间:2018-04-18\n{summary}\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title == ZH_TITLE
    assert line_kind(summary) == "chrome"


def test_a_headline_about_sharing_is_kept():
    title = "两国分享发展经验 推动合作迈上新台阶"
    assert parse(f"{title}\n\n{ZH_STORY}\n{ZH_STORY}\n").title == title


def test_a_parallel_text_is_in_the_language_of_its_date_label():
    # each English paragraph followed by its Chinese translation: neither outweighs the other, and
    # the page's own date is written in Chinese
    english = ("The two foreign ministers met in the capital on Monday and agreed to expand trade, "
               "open new air routes and hold regular consultations on regional security matters, the "
               "ministry said in a statement released after the talks.")
    chinese = "两国外长周一在首都会晤,同意扩大贸易、开辟新航线,并就地区安全问题定期举行磋商。双方还签署了多项合作文件。"
    body = "\n\n".join([english, chinese] * 4)
    assert parse(f"{ZH_TITLE}\n\n2024年7月9日\n\n{body}\n").language == "zh"


@pytest.mark.parametrize("chrome", ["Listen to this article", "A- A+ View text size Listening content", "Прослушать новость",
                                    "收听本文"])
def test_a_read_aloud_prompt_is_chrome(chrome):
    assert line_kind(chrome) == "chrome"


def test_a_read_aloud_widget_under_the_stamp_is_no_author():
    title = "Prime minister arrives in the capital for an official visit"
    text = f"{title}\n\nTuesday, 12/12/2023 10:58 GMT+7\nAcronyms View with size's text Listening content\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author is None
