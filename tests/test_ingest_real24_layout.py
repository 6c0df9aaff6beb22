"""Ingest rules for the headline, the page's layout and the byline drawn from the twenty-fourth
and twenty-fifth held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

# --- chrome above the headline -----------------------------------------------------------------


def test_chinese_search_box_hint_is_not_the_headline():
    text = "您可以输入20\n您所在的位置:\n白俄罗斯向中国出口更多乳制品\n\n" f"{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title == "白俄罗斯向中国出口更多乳制品"


def test_image_placeholder_sending_to_an_app_is_not_a_headline():
    text = "打开某某新闻 查看精彩图片\n\n" f"{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title != "打开某某新闻 查看精彩图片"
    assert article.title is None or article.title_proposed


def test_web_address_without_scheme_is_not_a_headline():
    text = "mirror-feed.com/SomeChannel/1234\nLast Update:\n" f"{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.title is None or article.title_proposed


def test_menu_row_set_apart_by_wide_spaces_is_not_the_headline():
    text = (
        "home    archive    search    contacts\n\n"
        "Minsk tractor plant opens an assembly line in Henan\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Minsk tractor plant opens an assembly line in Henan"


def test_teaser_of_another_story_with_its_age_is_not_the_headline():
    text = (
        "Тема:\n\nВыборы в регионе 3 часа назад\n\n"
        "Минск и Пекин договорились о новых поставках молока\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).title == "Минск и Пекин договорились о новых поставках молока"
