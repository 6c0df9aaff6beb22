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


def test_section_name_joined_by_ampersand_is_not_the_headline():
    text = (
        "Arts & Culture\n\n"
        "Minsk orchestra plays its first concert in Shanghai\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Minsk orchestra plays its first concert in Shanghai"


def test_city_news_site_name_is_not_the_headline_and_a_two_word_headline_under_it_is():
    text = "Народные новости Бреста\n\nБрест «учит китайский»\n\n" f"{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == "Брест «учит китайский»"


def test_a_name_alone_above_the_article_is_not_a_headline():
    text = "Народные новости Бреста\n\nАнна Петрова\n\n" f"{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.title is None or article.title_proposed


# --- what a page glues after its headline --------------------------------------------------------


def test_library_catalogue_note_in_brackets_after_the_headline_is_dropped():
    text = (
        "Сёмина, А. Дороги дружбы : [делегация побратима посетила Гомель] / Анна Сёмина // Вестник. — 2021. — 5 мая. — С. 2.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).title == "Дороги дружбы"


def test_a_headline_cell_closed_by_a_table_bar_is_the_headline():
    text = (
        "白俄罗斯钾肥遭到制裁,对我国影响有多大? |\n"
        "来源:某某农资 2021-11-18 9:33:00 |\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).title == "白俄罗斯钾肥遭到制裁,对我国影响有多大?"


def test_a_menu_item_before_a_bar_is_still_chrome():
    text = "Главная |\n\nМинск и Пекин договорились о поставках молока\n\n" f"{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == "Минск и Пекин договорились о поставках молока"


# --- bylines ---------------------------------------------------------------------------------


def test_reporter_in_brackets_before_a_papers_end_mark_is_the_author():
    text = f"{ZH_STORY}\n\n{ZH_STORY}\n\n双方还将在秋季举行新一轮磋商。“我们期待更多成果。” (王晓明)▲\n"
    assert parse(text).author == "王晓明"


def test_author_field_in_a_date_line_beside_an_editor_field_is_the_author():
    text = (
        "白俄罗斯的中国企业越来越多\n"
        "发布时间:2019-03-02 10:00:00 | 来源:某某报 | 作者:张大伟 | 责任编辑:李小红\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).author == "张大伟"


def test_editor_alone_in_a_date_line_is_not_the_author():
    text = (
        "白俄罗斯的中国企业越来越多\n"
        "发布时间:2019-03-02 10:00:00 | 来源:某某报 | 责任编辑:李小红\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).author is None


def test_byline_after_the_posts_age_is_the_author():
    text = (
        "Minsk tractor plant opens an assembly line in Henan\n"
        "2 weeks ago By Anna Novak\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).author == "Anna Novak"


def test_writers_card_under_the_lead_names_the_author():
    text = (
        "Minsk tractor plant opens an assembly line in Henan\n\n"
        f"{EN_STORY}\n\n"
        "Anna Novak\n\n"
        "Political correspondent for Central Europe and the Baltics.\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).author == "Anna Novak"


def test_a_name_above_a_sentence_that_is_no_writers_card_is_not_the_author():
    text = (
        "Minsk tractor plant opens an assembly line in Henan\n\n"
        f"{EN_STORY}\n\n"
        "Anna Novak\n\n"
        "Director of the plant said the line would open in May.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).author is None


def test_a_bylines_label_and_name_under_the_headline_are_no_menu():
    text = (
        "Minsk and Beijing Expand Trade as Leaders Meet to Counter Sanctions\n"
        "By\n"
        "Anna Novak\n"
        "5 min read\n"
        "Leaders Forge Deeper Ties: What It Means for Markets\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert article.title == "Minsk and Beijing Expand Trade as Leaders Meet to Counter Sanctions"
    assert article.author == "Anna Novak"
