"""Headline and byline on mirror and scraper pages: an author field filled with a placeholder or
the rubric, a date after an outlet's byline, a Chinese page's 'original headline' label. Each text
is written for this test; it shows one general pattern."""
from ingest_support import parse_page as parse, read_title


PARAGRAPHS_ZH = """
5月3日,两国代表在明斯克举行会谈,双方就扩大贸易、交通运输和教育合作深入交换了意见,并签署了多项合作文件。

双方同意在年底前开通一条新的货运线路,进一步便利两国之间的人员往来和经贸合作。
"""

PARAGRAPHS_EN = """
MINSK, May 3 -- Officials of the two countries met in Minsk on Friday to discuss trade, transport and education, and signed several cooperation documents.

Both sides agreed to open a new freight route before the end of the year, making travel and trade between the two countries easier.
"""


# --- the byline ---------------------------------------------------------------


def test_an_author_field_saying_there_is_no_author_is_no_author():
    for placeholder in ("暂无作者", "不详", "未知"):
        article = parse("""
            两国开通新的货运线路

            时间:2024-05-04 10:15:00 来源:某某网 作者:""" + placeholder + """
            """ + PARAGRAPHS_ZH)
        assert article.author is None, placeholder


def test_an_author_field_filled_with_the_rubric_is_no_author():
    article = parse("""
        两国开通新的货运线路

        时间:2024-05-04 10:15:00 来源:某某网 作者:焦点 阅读:120次
        """ + PARAGRAPHS_ZH)
    assert article.author is None


def test_an_english_or_russian_placeholder_author_is_no_author():
    for placeholder in ("N/A", "Unknown"):
        article = parse("""
            Two countries open a new freight route

            Author: """ + placeholder + """
            May 4, 2024
            """ + PARAGRAPHS_EN)
        assert article.author is None, placeholder


def test_a_month_before_the_day_after_an_outlets_byline_belongs_to_the_date():
    article = parse("""
        Two countries open a new freight route

        By Global Times May 4, 2024
        """ + PARAGRAPHS_EN)
    assert article.author is None


def test_a_month_before_the_day_after_a_writers_name_belongs_to_the_date():
    article = parse("""
        Two countries open a new freight route

        By Anna Novak May 4, 2024
        """ + PARAGRAPHS_EN)
    assert article.author == "Anna Novak"


# --- the headline -------------------------------------------------------------


def test_a_reposts_original_headline_note_is_not_the_headline():
    article = parse("""
        原标题:携手同行 共谱合作新篇章
        某省代表团访问明斯克 双方签署合作文件

        2024-05-04 10:15:00
        """ + PARAGRAPHS_ZH)
    assert read_title(article) == "某省代表团访问明斯克 双方签署合作文件"


def test_a_two_character_chinese_name_printed_with_a_space_is_one_reporter():
    article = parse("""
        江苏代表团访问白俄罗斯
        本报明斯克电 (记者 王 明) 当地时间27日-28日,省长率江苏省代表团访问白俄罗斯。28日上午,白俄罗斯总理在明斯克会见代表团一行。
        访问期间,代表团还考察了中白工业园和有关企业。
        """)
    assert article.author == "王 明"


def test_an_author_label_and_name_without_colon_is_a_byline_not_the_headline():
    article = parse("""
        留学生:愿做友谊之桥
        中新社昆明5月4日电 题:留学生:愿做友谊之桥
        作者 王丽
        近日,白俄罗斯留学生安娜在社交媒体上发布一条短视频,分享她在云南省体验当地茶文化和民族风情的所见所闻。
        随着中文学习的深入,她开始对书法、相声、旗袍等中国传统文化着迷。
        """)
    assert article.author == "王丽"
    assert read_title(article) != "作者 王丽"
