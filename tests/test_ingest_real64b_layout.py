"""Lines that are not a headline, and credits read whole: a site's label printed far apart on the
page, a social box's heading, a language switcher, a 'trending' row, a PDF link; a field's label
glued after a Chinese name, an editor's closing bracket, a broadcaster's 'interviewer' credit, a
writer after an outlet's name, a university's 'unit sent it in' credit and a byline after the date.
Each text is written for this test; it shows one general pattern."""

from ingest_support import parse, parse_page, read_title, PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_ZH


def test_a_site_label_printed_far_apart_is_not_the_headline():
    article = parse_page("""
        Logo of Daily Courier

        Logo of Daily Courier

        Ministers agree on a new freight route

        Capital, May 4 (Daily Courier) Officials of the two countries met on Friday to discuss trade, transport and education.

        Both sides agreed to open a new freight route before the end of the year, making trade easier.

        The ministers also discussed student exchanges and a joint exhibition planned for the autumn.

        Related

        Other story of the day

        Logo of Daily Courier
        """)
    assert read_title(article) == "Ministers agree on a new freight route"


def test_a_headline_printed_three_times_close_together_is_still_the_headline():
    article = parse("Ministers agree on a new freight route\n\nMinisters agree on a new freight route\n"
                    "Ministers agree on a new freight route\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == "Ministers agree on a new freight route"


def test_a_social_boxs_heading_is_not_the_headline():
    article = parse("Connect with us\n\nHi, what are you looking for?\n\nMinisters agree on a new freight route\n"
                    + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == "Ministers agree on a new freight route"


def test_a_language_switcher_is_not_the_headline():
    article = parse("عربي Español Русский Français Tiếng Việt\n\nMinisters agree on a new freight route\n"
                    + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == "Ministers agree on a new freight route"


def test_a_trending_row_is_not_the_headline():
    article = parse("熱門: 颱風假 晚會 球賽\n\n兩國部長同意開通新的貨運線路\n" + PAGE_PARAGRAPHS_ZH)
    assert read_title(article) == "兩國部長同意開通新的貨運線路"


def test_a_link_to_the_issues_pdf_is_not_the_headline():
    article = parse("Reader Icon Download this ISSUE in PDF\n\nMinisters agree on a new freight route\n"
                    + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == "Ministers agree on a new freight route"


def test_a_label_glued_after_the_name_is_no_part_of_it():
    article = parse("两国部长同意开通新的货运线路\n\n作者: 王丽华来源:\n" + PAGE_PARAGRAPHS_ZH)
    assert article.author == "王丽华"


def test_an_editors_closing_bracket_names_no_author():
    article = parse("两国部长同意开通新的货运线路\n" + PAGE_PARAGRAPHS_ZH.rstrip() + "(编辑 李明)\n")
    assert article.author is None


def test_a_broadcasters_interviewer_in_brackets_is_the_author():
    article = parse("两国部长同意开通新的货运线路\n" + PAGE_PARAGRAPHS_ZH.rstrip() + "(总台采访人员王丽)\n")
    assert article.author == "王丽"


def test_the_writer_after_an_outlets_name_is_the_author():
    article = parse("两国部长同意开通新的货运线路\n\n【文/某某网 张强】\n" + PAGE_PARAGRAPHS_ZH)
    assert article.author == "张强"


def test_a_broadcasters_reporter_before_the_date_is_the_author():
    article = parse("兩國部長同意開通新的貨運線路\n\n某某廣播電台/林志明 2016.07.11 00:00\n" + PAGE_PARAGRAPHS_ZH)
    assert article.author == "林志明"


def test_the_writer_before_the_unit_that_sent_it_in_is_the_author():
    article = parse("副校长出访友好学校\n\n张文华 外国语学院供稿\n" + PAGE_PARAGRAPHS_ZH)
    assert article.author == "张文华"


def test_a_byline_after_the_date_and_time_is_the_author():
    article = parse("Ministers agree on a new freight route\n\n24 February 2025 - 10:12 By Anna Novak\n"
                    + PAGE_PARAGRAPHS_EN)
    assert article.author == "Anna Novak"


def test_a_galleries_headline_over_every_picture_is_still_the_headline():
    pictures = "".join("两国部长同意开通新的货运线路(图)\n\n  第%d张图片的说明文字\n\n  \n\n" % n for n in range(1, 6))
    article = parse(pictures + PAGE_PARAGRAPHS_ZH)
    assert read_title(article) == "两国部长同意开通新的货运线路(图)"
