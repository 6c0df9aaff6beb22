"""Chinese page clutter around the headline and byline (a breadcrumb whose arrows became '?',
a rubric of two section names, a column's tag, a translator's credit, a text hard-wrapped at a
fixed width) and names joined by 和. Each text is written for this test; it shows one general
pattern."""
from ingest_support import parse_page as parse, read_title


PARAGRAPHS = """
5月3日,两国代表在明斯克举行会谈,双方就扩大贸易、交通运输和教育合作深入交换了意见,并签署了多项合作文件。

双方同意在年底前开通一条新的货运线路,进一步便利两国之间的人员往来和经贸合作。
"""


# --- the headline -------------------------------------------------------------


def test_a_breadcrumb_whose_arrows_became_question_marks_is_not_the_headline():
    article = parse("""
        首頁  ?  新聞頻道  ?  國際新聞

        兩國簽署新的貨運線路合作協議

        2024-05-04 10:15:00
        """ + PARAGRAPHS)
    assert read_title(article) == "兩國簽署新的貨運線路合作協議"


def test_two_section_names_joined_by_a_hyphen_are_a_rubric_not_the_headline():
    article = parse("""
        合作交流-宣傳展示

        大使出席兩國貨運線路開通儀式

        來源:駐外使館 日期:2024-05-04
        """ + PARAGRAPHS)
    assert read_title(article) == "大使出席兩國貨運線路開通儀式"


def test_a_columns_tag_before_the_headline_is_part_of_it_and_a_translators_credit_is_not_the_headline():
    article = parse("""
        環球視野

        【環球視野】新貨運線路 影響未來區域物流(上)

        ◎張文明(譯)

        """ + PARAGRAPHS)
    assert read_title(article) == "【環球視野】新貨運線路 影響未來區域物流(上)"
    assert article.author is None


def test_a_text_hard_wrapped_at_a_fixed_width_has_no_headline_in_its_first_line():
    article = parse("""
        《某某通訊社４日專訊》兩國代表在明斯克舉行會談，雙方就擴大貿易、交通運輸和教育合作深

        入交換了意見，並簽署了多項合作文件。雙方同意在年底前開通一條新的貨運線路，進一步便利

        兩國之間的人員往來和經貿合作。
        """)
    assert read_title(article) is None


# --- the byline ---------------------------------------------------------------


def test_two_chinese_names_joined_by_and_are_two_authors():
    article = parse("""
        两国签署新的货运线路合作协议

        日期:2024-05-04 09:27

        5月3日,明斯克的新华社(记者王·明和李强)两国代表在明斯克举行会谈,双方就扩大贸易、交通运输和教育合作深入交换了意见。

        双方同意在年底前开通一条新的货运线路,进一步便利两国之间的人员往来和经贸合作。
        """)
    assert article.author == "王·明, 李强"


def test_a_name_with_he_in_it_is_one_author():
    article = parse("""
        两国签署新的货运线路合作协议

        2024-05-04 作者:张和平

        5月3日,两国代表在明斯克举行会谈,双方就扩大贸易、交通运输和教育合作深入交换了意见,并签署了多项合作文件。

        双方同意在年底前开通一条新的货运线路,进一步便利两国之间的人员往来和经贸合作。
        """)
    assert article.author == "张和平"


def test_a_lead_opening_with_an_agencys_bracketed_tag_is_not_the_headline():
    article = parse("""
        《某某通訊社４日專訊》兩國代表在明斯克舉行會談，雙方

        就擴大貿易、交通運輸和教育合作深入交換了意見，並簽署了多項合作文件。雙方同意在年底前開通一條新的貨運線路。
        """)
    assert read_title(article) is None


def test_a_writers_credit_with_the_city_it_was_filed_from_names_the_author():
    article = parse("""
        兩國簽署新的貨運線路合作協議

        特約撰稿人 張文明 發自華盛頓

        刊登於 2024-05-04
        """ + PARAGRAPHS)
    assert article.author == "張文明"


def test_a_television_reports_correspondent_named_before_the_verb_is_the_author():
    article = parse("""
        Итоги визита министра в Минск

        Министры двух стран подписали соглашение о новом грузовом маршруте. Наш специальный корреспондент Иван Петров рассказывает из Минска.

        Стороны договорились открыть маршрут до конца года и расширить сотрудничество в сфере образования.
        """)
    assert article.author == "Иван Петров"


def test_an_outlets_news_desk_credited_as_the_byline_is_the_author_as_printed():
    article = parse("""
        Ministers agree on a new freight route

        by Global Times news desk June 4, 2024 8:09 PM

        The two ministers met in the capital on Monday and discussed trade, transport and education.

        They agreed to open a new freight route between the two countries before the end of the year.
        """)
    assert article.author == "Global Times news desk"


def test_a_headline_ending_in_an_exclamation_mark_right_above_its_date_is_the_headline_not_the_sites_slogan():
    article = parse("""
        游戏首页
        最好看的新闻,最实用的信息
        05月25日 16.1°C-18.5°C
        登录 注册

        两国申请开通新货运线路,秘书长表态!

        2024-05-04 来源: 某某网 评论0条

        两国申请开通新货运线路的消息传出后,秘书长5月3日在发布会上表示,已收到正式申请,双方就扩大贸易、交通运输和教育合作深入交换了意见。

        双方同意在年底前开通一条新的货运线路,进一步便利两国之间的人员往来和经贸合作。
        """)
    assert read_title(article) == "两国申请开通新货运线路,秘书长表态!"
