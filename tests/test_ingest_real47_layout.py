"""Headlines and bylines among a page's pictures, widgets and tags: a picture left as markup, an
archive photo's label, an old browser's warning, a paper's photo credit closing a caption, a
photographer's credit, teasers of other stories with their age, a breadcrumb, a writer's paper in
brackets, a newsmaker's tag under the date and a syndicator's brand under the story. Each text is
written for this test; it shows one general pattern."""

from despatch.ingest.lines import classify
from despatch.ingest.settings import load_patterns
from ingest_support import (
    parse_page as parse,
    read_title,
    PAGE_PARAGRAPHS_EN as PARAGRAPHS_EN,
    PAGE_PARAGRAPHS_ZH as PARAGRAPHS_ZH,
    PAGE_PARAGRAPHS_RU as PARAGRAPHS_RU,
    registry,
)


def test_a_picture_left_as_markup_is_no_headline():
    for picture in ('![Два министра на встрече](https://example.org/images/a1.jpeg)',
                    '<image>![Два министра на встрече](data:image/gif;base64,R0lGOD)</image>/img/2023/a1.jpg)'):
        assert read_title(parse(picture + "\n" + PARAGRAPHS_RU)) is None


def test_an_archive_photos_label_alone_is_no_headline():
    assert read_title(parse("档案库图\n" + PARAGRAPHS_ZH)) is None
    assert read_title(parse("资料图片\n" + PARAGRAPHS_ZH)) is None


def test_an_old_browsers_warning_is_chrome():
    article = parse("""
        Please Update your browser

        Your browser is out of date, and may not be compatible with our website. A list of browsers is below.
        Just click on the icons to get to the download page.

        New freight route opens between the two countries
    """ + PARAGRAPHS_EN)
    assert read_title(article) == "New freight route opens between the two countries"


def test_a_caption_closing_on_a_papers_photo_credit_is_no_headline():
    article = parse("""
        The trade minister, left, and the ambassador at the national day reception on Sept. 18. (The Daily Photo/Ann Lee)

        Two Countries Expect to Double Their Trade
    """ + PARAGRAPHS_EN)
    assert read_title(article) == "Two Countries Expect to Double Their Trade"


def test_a_photographers_name_and_agency_alone_is_a_caption():
    patterns = load_patterns()
    assert classify("Anna Nowak/PAP", patterns, registry()) == "caption"
    assert classify("Иван Петров/ТАСС", patterns, registry()) == "caption"


def test_teasers_with_their_age_and_a_breadcrumb_are_no_headlines():
    article = parse("""
        相关文章推荐
        某某发布  ·  新规明确了 ·  17 小时前
        某某账号  ·  搭建你自己的知识库 ·  昨天
        好读网  ›  专栏  ›  新视角

        两国开通新货运线路
    """ + PARAGRAPHS_ZH)
    assert read_title(article) == "两国开通新货运线路"


def test_a_writers_paper_in_brackets_after_her_name_makes_a_byline():
    article = parse("""
        New freight route opens between the two countries

        Anna Novak (Global Times)
        Jakarta
        Sat, August 27, 2016
    """ + PARAGRAPHS_EN)
    assert article.author == "Anna Novak"


def test_a_newsmakers_tag_under_the_date_is_no_byline():
    article = parse("""
        New freight route opens between the two countries

        December 16, 2011 |  2:01 pm
        Ivan Petrenko
        Officials of the two countries met on Friday to discuss trade, transport and education, and signed several cooperation documents.

        President Ivan Petrenko said the new freight route would open before the end of the year, making trade between the two countries easier.
    """)
    assert article.author is None


def test_a_syndicators_brand_under_the_story_is_no_byline():
    article = parse("New freight route opens between the two countries\n" + PARAGRAPHS_EN + "\nMIL OSI\n")
    assert article.author is None


def test_a_writers_label_after_a_slash_in_the_date_line_is_the_byline():
    article = parse("""
        Открыт новый грузовой маршрут

        16-05-2023, 13:36 / Автор: Анна Петренко
    """ + PARAGRAPHS_RU)
    assert article.author == "Анна Петренко"


def test_a_writers_card_with_her_fellowship_or_a_few_words_on_her_is_the_byline():
    fellow = parse("""
        New freight route opens between the two countries

        Anna Novak

        Research Fellow of the Eastern Studies Programme, Council for Foreign Affairs
    """ + PARAGRAPHS_EN)
    assert fellow.author == "Anna Novak"
    student = parse("""
        New freight route opens between the two countries

        Anna Marie Novak

        Anna Marie Novak studies Russian language and politics at a university in the north.
    """ + PARAGRAPHS_EN)
    assert student.author == "Anna Marie Novak"


def test_a_blogs_recent_posts_end_the_story_under_its_signature():
    article = parse("Открыт новый грузовой маршрут\n" + PARAGRAPHS_RU + """
        Анна Петренко

        Recent Posts

        Другая новос
    """)
    assert article.author == "Анна Петренко"


def test_a_long_chinese_line_of_clauses_set_apart_by_a_semicolon_is_no_headline():
    article = parse("""
        甲国方面有甲国副总理张某、甲国外交部副部长李某、甲国驻乙国大使王某;乙国方面有乙国驻甲国大使赵某、众多使馆
        工作人员以及在甲国的乙国侨民代表等人在机场迎接。
    """ + PARAGRAPHS_ZH)
    assert read_title(article) is None
