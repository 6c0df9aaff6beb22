"""Headlines and bylines among a page's leftovers: paragraph tags left in a plain text, a lone
paragraph with no headline, a page's 'skip to content', 'back to top' and 'article content'
labels, links to the neighbouring stories, a bulleted subheading, a newspaper's picture credit,
an archive photo's caption and a writer's name under the page's title. Each text is written for
this test; it shows one general pattern."""

from despatch.ingest import parse_text
from despatch.ingest.decode import without_html_markup
from ingest_support import (
    parse_page as parse,
    read_title,
    PAGE_PARAGRAPHS_EN as PARAGRAPHS_EN,
    PAGE_PARAGRAPHS_ZH as PARAGRAPHS_ZH,
    PAGE_PARAGRAPHS_RU as PARAGRAPHS_RU,
    registry,
)


def test_paragraph_tags_in_a_plain_text_become_line_breaks():
    text = ("Freight route to open by December\n"
            "<p> KHORGOS, May 3 - Steppe Wire. Officials of the two countries met on Friday to discuss trade, "
            "and signed several documents. </p> <p> </p> <p> Both sides agreed to open a new freight route "
            "before the end of the year, making <b>trade</b> easier.</p>")
    article = parse(text)
    assert read_title(article) == "Freight route to open by December"
    assert "<" not in article.body and "Both sides agreed" in article.body


def test_a_text_without_block_tags_keeps_its_angle_brackets():
    assert without_html_markup("Output rose by < 5% a year <b>in all</b>.") == "Output rose by < 5% a year <b>in all</b>."


def test_one_paragraph_of_running_text_is_an_article_without_a_headline():
    text = ("Официальные лица двух стран встретились в пятницу, чтобы обсудить торговлю и транспорт. "
            "Стороны договорились открыть новый грузовой маршрут до конца года. По итогам прошлого года "
            "объем торговли вырос на треть.\nSource: Steppe Wire May 03, 2024 09:13 UTC\n")
    article = parse(text)
    assert read_title(article) is None
    assert "грузовой маршрут" in article.body


def test_a_text_with_no_running_text_is_still_refused():
    article, messages = parse_text("Menu\nSearch\nShare\n", "empty.txt", registry())
    assert article is None
    assert any("no article text found" in message.text for message in messages)


def test_skip_to_content_and_back_to_top_labels_are_no_headlines():
    for label in ("訪問主要內容", "回到網頁上方", "新聞類別"):
        assert read_title(parse(label + "\n" + PARAGRAPHS_ZH)) is None
    assert read_title(parse("Article content\n" + PARAGRAPHS_EN)) is None


def test_links_to_the_neighbouring_stories_are_no_headline():
    article = parse("""
        К списку новостей за день
        Предыдущая новость Следующая новость
        Оцените статью

        Открыт новый грузовой маршрут
    """ + PARAGRAPHS_RU)
    assert read_title(article) == "Открыт новый грузовой маршрут"


def test_a_bulleted_subheading_and_a_pages_picture_credit_are_no_headlines():
    article = parse("◆新货运线路\n旅客在车站候车 本版图片XH\n" + PARAGRAPHS_ZH)
    assert read_title(article) is None


def test_an_archive_photos_caption_is_no_headline():
    article = parse("""
        两国开通新货运线路

        两国官员在会谈前握手。（路透檔案照）
    """ + PARAGRAPHS_ZH)
    assert read_title(article) == "两国开通新货运线路"


def test_a_writers_name_under_the_pages_title_is_the_byline():
    article = parse("两国开通新货运线路 - 彭博社\nAnna Marie Novak\n" + PARAGRAPHS_ZH)
    assert read_title(article) == "两国开通新货运线路"
    assert article.author == "Anna Marie Novak"
