"""Headlines and bylines among a page's leftovers: a stamp without its year, a wire's dateline on
its own line or opening the story, a speech's salutation, an embedded post, a question under a
breadcrumb that ends with it, a press review's rubric, an advertisement's button, a page that is
only a headline and its deck. Each text is written for this test; it shows one general pattern."""

from despatch.ingest import parse_text
from ingest_support import (
    parse_page as parse,
    read_title,
    PAGE_PARAGRAPHS_EN as PARAGRAPHS_EN,
    PAGE_PARAGRAPHS_ZH as PARAGRAPHS_ZH,
    PAGE_PARAGRAPHS_RU as PARAGRAPHS_RU,
    registry,
)


def test_a_stamp_without_its_year_is_no_headline():
    article = parse("3 May 14:20 (UTC+3)\n" + PARAGRAPHS_EN)
    assert read_title(article) is None


def test_a_wires_dateline_on_its_own_line_is_no_headline():
    article = parse("TALLINN, Estonia, May 3\n" + PARAGRAPHS_EN)
    assert read_title(article) is None


def test_a_line_that_opens_with_a_wires_dateline_is_the_story_not_its_headline():
    article = parse("""
        МИНСК, 3 мая - РИА Новости. Руководители двух стран
        начали переговоры в узком составе во дворце независимости.

        Официальный визит продлится два дня.
        """ + PARAGRAPHS_RU)
    assert read_title(article) is None


def test_a_chinese_wires_dateline_before_its_headline_still_leaves_the_headline():
    article = parse("新华社明斯克5月3日电 通讯:新货运线路连接两国工业园区\n" + PARAGRAPHS_ZH)
    assert read_title(article) == "新货运线路连接两国工业园区"


def test_a_speechs_salutation_is_no_headline():
    for salutation in ("尊敬的各位来宾!", "Dear friends and colleagues!", "Уважаемые коллеги!"):
        article = parse(salutation + "\n" + (PARAGRAPHS_ZH if "尊" in salutation else PARAGRAPHS_EN))
        assert read_title(article) is None, salutation


def test_an_embedded_post_with_its_link_is_no_headline():
    article = parse("""
        #Talks with our partners on trade and transport today https://t.co/AbCd pic.twitter.com/XyZ
        — Ministry (@ministry) 3 May 2024
        """ + PARAGRAPHS_EN)
    assert read_title(article) is None


def test_a_question_under_a_breadcrumb_that_ends_with_it_is_the_headline_and_the_rubric_no_author():
    article = parse("""
        Главная | Из СМИ | Чего ждать от нового маршрута? Эксперты спорят. Так ли это?

        Из СМИ

        Чего ждать от нового маршрута? Эксперты спорят. Так ли это?
        """ + PARAGRAPHS_RU)
    assert read_title(article) == "Чего ждать от нового маршрута? Эксперты спорят. Так ли это?"
    assert article.author is None


def test_an_advertisements_button_and_a_related_box_label_are_chrome():
    article = parse("广告 继续浏览后续\n" + PARAGRAPHS_ZH)
    assert read_title(article) is None
    article = parse("You May Also Like\n" + PARAGRAPHS_EN)
    assert article.author is None


def test_a_page_of_a_headline_and_its_deck_is_read_with_the_deck_as_its_text():
    article = parse("""
        Ministers to open new freight route between the two countries
        - Officials under pressure to finish the line before winter, while traders fear delays at the border
        - The route would be the shortest link between the two industrial parks
        """)
    assert read_title(article) == "Ministers to open new freight route between the two countries"
    assert "shortest link" in article.body


def test_a_page_with_a_headline_and_no_text_is_refused_with_a_clear_message():
    article, messages = parse_text("Ministers to open new freight route\nMenu\n", "page.txt", registry())
    assert article is None
    assert any("no article text found" in message.text for message in messages)


def test_a_name_alone_with_its_institute_is_the_byline_not_the_headline():
    article = parse("李明 某某大学国际关系学院\n" + PARAGRAPHS_ZH)
    assert read_title(article) is None
    assert article.author == "李明"


def test_a_tv_sites_reporter_with_the_kind_of_report_and_the_place_is_the_byline():
    article = parse("新货运线路年底前开通\n王小明 綜合報導 / 台北市\n" + PARAGRAPHS_ZH)
    assert article.author == "王小明"


def test_a_credit_line_ending_with_the_kind_of_report_names_the_reporters():
    article = parse("新货运线路年底前开通\n记者王小明综合报导\n" + PARAGRAPHS_ZH)
    assert article.author == "王小明"
    # a headline as long as the credit line under it is no line of a hard-wrapped text
    article = parse("综述:共建新货运线路为两国经贸合作和人文交流注入新的活力\n北方绿色邮报网援引某某通讯社记者李明明 王华 陈小东报道\n"
                    + PARAGRAPHS_ZH)
    assert read_title(article) == "综述:共建新货运线路为两国经贸合作和人文交流注入新的活力"
    assert article.author == "李明明, 王华, 陈小东"


def test_a_byline_glued_to_a_pictures_credit_at_the_end_names_the_writer():
    article = parse("New freight route to open between the two countries\n" + PARAGRAPHS_EN
                    + "\nImage source: example.azBy Anna Novak\n")
    assert article.author == "Anna Novak"


def test_a_row_of_names_the_article_tells_of_is_no_headline():
    article = parse("""
        Anna Novak Peter Lind

        Two ministers discuss new freight route between their countries

        Anna Novak and Peter Lind held talks on Friday to discuss trade, transport and education, and signed several documents.

        Both sides agreed to open a new freight route before the end of the year, making trade between the two countries easier.
        """)
    assert read_title(article) == "Two ministers discuss new freight route between their countries"


def test_a_byline_with_the_place_filed_from_opening_the_lead_names_the_writer():
    article = parse("""
        Two ministers discuss new freight route between their countries

        By Ana Kovačić from Zagreb/Europe: At a regular press conference, the ministry's spokesperson announced talks on trade and transport.

        Both sides agreed to open a new freight route before the end of the year, making trade between the two countries easier.
        """)
    assert article.author == "Ana Kovačić"


def test_a_title_case_headline_with_small_words_is_kept_though_its_words_are_in_the_article():
    article = parse("""
        The Great Route Freight Park

        Peter Lind

        The Great Route Freight Park opened on Friday near the capital, with officials discussing trade, transport and education.

        Both sides agreed to open a new freight route before the end of the year, making trade between the two countries easier.
        """)
    assert read_title(article) == "The Great Route Freight Park"


def test_a_headline_as_long_as_a_stamp_above_it_is_no_hard_wrapped_line():
    article = parse("09:15, 3 五月份 2024 | GMT +5\n两国地方代表团在首都举行会谈 双方签署七项合作备忘录\n" + PARAGRAPHS_ZH)
    assert read_title(article) == "两国地方代表团在首都举行会谈 双方签署七项合作备忘录"


def test_with_no_headline_of_its_own_a_reposts_note_of_the_original_headline_is_the_headline():
    article = parse(PARAGRAPHS_ZH + "\n原标题:新货运线路年底前开通\n转自:互联网\n")
    assert read_title(article) == "新货运线路年底前开通"


def test_a_quote_right_above_its_byline_is_the_headline():
    article = parse("“我们不仅是伙伴,更是好朋友。”\n\n作者:王小明\n" + PARAGRAPHS_ZH)
    assert read_title(article) == "“我们不仅是伙伴,更是好朋友。”"
    assert article.author == "王小明"
